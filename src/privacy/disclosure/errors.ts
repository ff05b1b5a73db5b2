// src/privacy may not import src/errors.ts (privacy imports only privacy and domain), so
// disclosure control has its own error; callers map it to `invalid_input` at the edge.
export class DisclosureInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DisclosureInputError';
  }
}
