// The places a code of conduct covers: online spaces, in-person events and affiliated programmes.
export const SPACE_KINDS = ['online', 'event', 'affiliated'] as const;
export type SpaceKind = (typeof SPACE_KINDS)[number];
