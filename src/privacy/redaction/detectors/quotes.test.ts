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

  it('leaves policy text, titles and scare quotes', () => {
    expect(found('The Code of Conduct says "be respectful of differing viewpoints".')).toEqual([]);
    expect(found('Her talk was titled "Scaling Python at the Edge".')).toEqual([]);
    expect(found('That was a "joke", apparently.')).toEqual([]);
    expect(found("Maya's talk and Tom's demo don't count")).toEqual([]);
  });
});
