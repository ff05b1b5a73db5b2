// Code names used instead of real names everywhere: two lower-case words for a case
// ("home shelf"), a colour and an animal for a person ("Blue Jay").
import { randomInt } from 'node:crypto';
import { wordlist as bip39 } from '@scure/bip39/wordlists/english.js';
import { animals, colors } from 'unique-names-generator';

export type RandomInt = (maxExclusive: number) => number;
const cryptoRandom: RandomInt = (max) => randomInt(max);

// Words that would read badly as the name of a harassment case.
const UNSUITABLE = new Set([
  'abuse', 'assault', 'kill', 'victim', 'crime', 'gun', 'naked', 'sad', 'toxic', 'weapon', 'sex',
  'fat', 'ugly', 'stupid', 'cruel', 'danger', 'evil', 'insane', 'punch', 'slap', 'attack', 'blood',
  'bomb', 'bullet', 'divorce', 'drug', 'enemy', 'fault', 'guilt', 'hurt', 'jail', 'kidnap', 'lawsuit',
  'panic', 'poverty', 'prison', 'rude', 'scare', 'shock', 'sick', 'suspect', 'tragic', 'wreck', 'death',
  'funeral', 'hate', 'hurt', 'lonely', 'pistol', 'rifle', 'scandal', 'script', 'spy', 'thief', 'anger',
  'angry', 'arrest', 'ban', 'bitter', 'blame', 'body', 'chaos', 'cheap', 'crash', 'curse', 'damage',
]);

export const CASE_WORDS: readonly string[] = bip39.filter((w) => !UNSUITABLE.has(w));

const title = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
// Colours that read as descriptions of people's skin are left out of person code names.
const PERSON_COLOUR_EXCLUDED = new Set(['black', 'white', 'brown', 'yellow', 'red', 'tan', 'beige']);
const PERSON_FIRST: readonly string[] = colors.filter((c) => !PERSON_COLOUR_EXCLUDED.has(c)).map(title);
const PERSON_SECOND: readonly string[] = animals.map(title);

export const CASE_CODE_NAME_COMBINATIONS = CASE_WORDS.length * (CASE_WORDS.length - 1);
export const PERSON_CODE_NAME_COMBINATIONS = PERSON_FIRST.length * PERSON_SECOND.length;

function drawUnique(
  draw: () => string,
  taken: (name: string) => boolean,
  combinations: number,
  takenCount: number,
): string {
  // A register would have to hold most of the space before retries become slow; refuse well before.
  if (takenCount >= combinations / 2) throw new Error('code name space exhausted');
  for (;;) {
    const name = draw();
    if (!taken(name)) return name;
  }
}

export function generateCaseCodeName(taken: ReadonlySet<string>, random: RandomInt = cryptoRandom): string {
  return drawUnique(
    () => {
      const a = CASE_WORDS[random(CASE_WORDS.length)]!;
      let b = CASE_WORDS[random(CASE_WORDS.length)]!;
      while (b === a) b = CASE_WORDS[random(CASE_WORDS.length)]!;
      return `${a} ${b}`;
    },
    (n) => taken.has(n),
    CASE_CODE_NAME_COMBINATIONS,
    taken.size,
  );
}

export function generatePersonCodeName(taken: ReadonlySet<string>, random: RandomInt = cryptoRandom): string {
  return drawUnique(
    () => `${PERSON_FIRST[random(PERSON_FIRST.length)]!} ${PERSON_SECOND[random(PERSON_SECOND.length)]!}`,
    // Person code names are unique regardless of case (the people table's index on lower()).
    (n) => taken.has(n) || taken.has(n.toLowerCase()),
    PERSON_CODE_NAME_COMBINATIONS,
    taken.size,
  );
}

/** Code names are compared case- and space-insensitively ("Home  Shelf" is "home shelf"). */
export function normaliseCodeName(s: string): string {
  return s.trim().toLowerCase().replace(/\s+/g, ' ');
}
