import { z } from 'zod';

// About 10,000 lines of name, email and username fit in 2 MB with room to spare.
export const checkAttendeesInput = z.object({
  list: z.string().trim().min(1, 'paste a list or choose a CSV file').max(2_000_000, 'is too long: send at most 20,000 rows at a time'),
});
