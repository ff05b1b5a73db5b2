import { describe, expect, it } from 'vitest';
import { detectQuotes } from './quotes';

const found = (t: string) => detectQuotes(t).map((s) => t.slice(s.start, s.end));

describe('quotes', () => {
  it('finds attributed quotes in many quotation marks', () => {
    expect(found('He said "go back to your kitchen" loudly.')).toEqual(['"go back to your kitchen"']);
    expect(found('Léa a écrit : « je ne reviendrai pas »')).toEqual(['« je ne reviendrai pas »']);
    expect(found('Sie schrieb: „das war nicht okay“')).toEqual(['„das war nicht okay“']);
    expect(found('田中さんは「もう来ないで」と言った')).toEqual(['「もう来ないで」']);
    expect(found('“you people always complain,” the sponsor said')).toEqual(['“you people always complain,”']);
  });

  it('finds quotes attributed with verbs of speech outside ASCII and in Nordic ” ” marks', () => {
    expect(found('Zieliński twierdzi, że „to był przypadek”.')).toEqual(['„to był przypadek”']);
    expect(found('أفادت بأن خالد قال لها «مكانك ليس هنا» يوم الأحد')).toEqual(['«مكانك ليس هنا»']);
    expect(found('Viestissä luki ”pysy poissa tapaamisista”.')).toEqual(['”pysy poissa tapaamisista”']);
    expect(found('Ibáñez dice que "era una broma".')).toEqual(['"era una broma"']);
  });

  it('leaves policy text, titles and scare quotes', () => {
    expect(found('The Code of Conduct says "be respectful of differing viewpoints".')).toEqual([]);
    expect(found('Her talk was titled "Scaling Python at the Edge".')).toEqual([]);
    expect(found('That was a "joke", apparently.')).toEqual([]);
    expect(found('The policy section ”Expected behaviour” applies.')).toEqual([]);
    expect(found("Maya's talk and Tom's demo don't count")).toEqual([]);
  });

  it('finds quotes after "words were" and "PMing me", and a policy document in an earlier sentence does not speak for a later verb', () => {
    expect(found('His words were "you people are all the same".')).toHaveLength(1);
    expect(found('who keeps PMing me "send pics"')).toHaveLength(1);
    expect(found('Please remind everyone of the guidelines. What he said at dinner, "you only got it because of quotas", was heard.')).toHaveLength(1);
    expect(found('The moderation guide says "Moderators must have been active for six months".')).toEqual([]);
  });
});
