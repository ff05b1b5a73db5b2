import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectSpans, redact } from './redact';
import { fold } from './text';

const maya = { names: ['Maya Okafor'], usernames: ['maya_o'], emails: ['maya.okafor@posteo.de'] };

describe('redact', () => {
  it('replaces consistently and says why', () => {
    const r = redact('Maya Okafor wrote on March 3rd, 2025 at 14:05: "leave now". Later Maya\'s friend Olusegun Adeyemi and @maya_o agreed. Olusegun left.', {
      knownParties: [maya],
    });
    expect(r.text).toBe('Person 1 wrote in March 2025: [quote removed]. Later Person 1\'s friend Person 2 and Person 1 agreed. Person 2 left.');
    for (const rep of r.replacements) expect(rep.reason).not.toBe('');
    expect(r.replacements.find((x) => x.original === 'Maya Okafor')?.reason).toBe('name of known party 1');
  });

  it('keeps what identifies no one', () => {
    const text = 'The reporter and an organizer of PyCon Italia in Florence met in March 2025. The Code of Conduct says "be kind". Write to coc@pyfound.org. Run `git log --author=maya` to check.';
    expect(redact(text, { organisationAddresses: ['coc@pyfound.org'] }).text).toBe(text);
  });

  it('finds a nick, user name or chat speaker again wherever the text mentions it', () => {
    const log = '[23:47] <spindle> has anyone seen it\n[23:48] <r0b_k> yeah spindle, it is about hexfox again\n[23:48] <hexfox> a witch hunt\n[23:49] <moss> the moss is green';
    const found = detectSpans(log).map((s) => `${s.label}:${log.slice(s.start, s.end)}`);
    expect(found.filter((f) => f === 'USERNAME:spindle' || f === 'USERNAME:hexfox')).toHaveLength(4);
    // An ordinary word used as a nick stays an ordinary word elsewhere.
    expect(found.filter((f) => f.endsWith(':moss'))).toHaveLength(1);
    // Invented names that no list knows: only the speaker label tells they are names.
    const chat = '12/03/25, 10:47 pm - Zorvik Quellant: hi\n12/03/25, 10:48 pm - Neha Gupta: bilkul nahi, Zorvik. no';
    expect(redact(chat).text).toBe('in 2025 - Person 1: hi\nin 2025 - Person 2: bilkul nahi, Person 1. no');
  });

  it('still removes a known party from code', () => {
    expect(redact('Run `git log --author=maya_o`', { knownParties: [maya] }).text).toBe('Run `git log --author=Person 1`');
  });

  it('uses gender-neutral pronouns when asked', () => {
    const r = redact('Maya said she is tired; her talk was moved and he told her so.', { knownParties: [maya], genderNeutral: true });
    expect(r.text).toBe('Person 1 said they are tired; their talk was moved and they told them so.');
  });

  it('renders dates as periods and drops prepositions that no longer fit', () => {
    expect(redact('We met on 14/03/2025 and on 3 May.').text).toBe('We met in March 2025 and in May.');
    expect(redact('See you tomorrow. Call at 9pm.').text).toBe('See you [date removed]. Call at [time removed].');
  });
});

// Texts built from pieces that exercise every detector, with arbitrary text around them.
const piece = fc.constantFrom(
  'Maya Okafor', "Maya's", 'maya_o', '@maya_o', 'MAYA', 'Máya', 'maya.okafor@posteo.de', 'Okafor',
  'Grace', 'Will', 'on March 3rd at 14:05 UTC', 'yesterday', '3/14/2025', '"you are not welcome"', ' said ',
  '+44 20 7946 0958', 'https://github.com/someone', '@troll#1234', '😀', '𝒜', '🧑🏽‍💻', 'Иван', '田中さん', ' ', '. ', '\n',
);
const textArb = fc.array(fc.oneof(piece, fc.string({ maxLength: 6 }), fc.string({ unit: 'grapheme', maxLength: 4 })), { maxLength: 25 }).map((xs) => xs.join(''));

describe('redaction properties', () => {
  it('spans stay within the text, sorted, never overlapping, with known labels', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        const spans = detectSpans(text, { knownParties: [maya] });
        let last = 0;
        for (const s of spans) {
          expect(s.start).toBeGreaterThanOrEqual(last);
          expect(s.end).toBeGreaterThan(s.start);
          expect(s.end).toBeLessThanOrEqual(text.length);
          expect(['PERSON', 'USERNAME', 'EMAIL', 'URL', 'PHONE', 'DATETIME', 'QUOTE']).toContain(s.label);
          last = s.end;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('the rendered text contains none of the known parties’ strings', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        const out = fold(redact(text, { knownParties: [maya] }).text);
        // As whole words: "Mayan", "OkaforMaya" or "A\u0300Maya" (a combining mark joins the
        // letters into one word, as the engine's word boundaries do) are other words.
        // Identifiers go on through ".", "_" or "-" and a letter: "maya_o-alt" is another account,
        // just as "maya.o" is not found inside "maya.okafor" (the engine's rule for identifiers).
        const w = '\\p{L}\\p{N}\\p{M}_';
        for (const s of ['maya', 'okafor']) expect(out).not.toMatch(new RegExp(`(?<![${w}])${s}(?![${w}])`, 'u'));
        for (const s of ['maya_o', 'maya.okafor@posteo.de']) {
          expect(out).not.toMatch(new RegExp(`(?<![${w}])${s.replace(/\./g, '\\.')}(?![${w}]|[._-][${w}])`, 'u'));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('is a pure function of its input', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        expect(detectSpans(text, { knownParties: [maya] })).toEqual(detectSpans(text, { knownParties: [maya] }));
      }),
      { numRuns: 50 },
    );
  });
});
