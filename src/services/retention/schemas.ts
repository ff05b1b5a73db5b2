import { z } from 'zod';
import { RETENTION_KINDS } from '../../domain/retention';

export const listRetentionDueSchema = z.object({});

export const expungeCaseSchema = z.object({
  caseId: z.uuid({ message: 'Choose an item of the list' }),
  kind: z.enum(RETENTION_KINDS, { message: 'Choose an item of the list' }),
  /** The chair ticks that they read what will be destroyed. */
  confirm: z.literal('yes', { message: 'Tick the box to confirm that this record is destroyed' }),
});

export const recordReporterRemovalSchema = z.object({
  caseCode: z.string().trim().min(1, 'Give the case code name'),
});
