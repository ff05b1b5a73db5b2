import { describe, expect, it } from 'vitest';
import { detectPersonNames } from './person-names';

const found = (t: string) => detectPersonNames(t).map((s) => t.slice(s.start, s.end));

describe('person names the record does not know (layer 3)', () => {
  it('finds names from name lists and with context cues, in several scripts', () => {
    expect(found('Yesterday Priya Raghunathan met Olusegun, who said hi.')).toEqual(['Priya Raghunathan', 'Olusegun']);
    expect(found('Dr. Kowalczyk agreed.')).toEqual(['Kowalczyk']);
    expect(found('Иван Петров сказал, что всё хорошо.')).toEqual(['Иван Петров']);
    expect(found('田中さんと李明老师')).toEqual(['田中', '李明']);
    expect(found('박서준 님이 연락했습니다.')).toEqual(['박서준']);
  });

  it('treats common-word names with care', () => {
    expect(found('Will you come? I will ask.')).toEqual([]);
    expect(found('I talked with Grace and Mark about it.')).toEqual(['Grace', 'Mark']);
  });

  it('leaves places, products, events named after people, and roles', () => {
    expect(found('The Reporter met the organizers of PyCon Italia in São Paulo at the Grace Hopper Celebration.')).toEqual([]);
    expect(found('GitHub, JavaScript and Django were discussed in Berlin.')).toEqual([]);
  });

  it('recognises a part of a name found elsewhere in the text', () => {
    expect(found('Olusegun Adeyemi said it was fine. Later, Adeyemi left.')).toEqual(['Olusegun Adeyemi', 'Adeyemi']);
  });

  it('finds names that are ordinary words when the context says so, and leaves months and products', () => {
    expect(found('is June still coming? I drove Ivy home. Later Summer from the design team saw it; Bill from the venue called.')).toEqual(['June', 'Ivy', 'Summer', 'Bill']);
    expect(found('Will Thornton will present. Hi! I’m Jamal Washington, a volunteer.')).toEqual(['Will Thornton', 'Jamal Washington']);
    expect(found('In June is the release. The summer sprint. The Victoria and Adelaide chapters. Julia 1.10 is fine. Ela disse que não.')).toEqual([]);
  });

  it('finds names in Devanagari before ने or जी, and the same name in another script in brackets', () => {
    expect(found('अनन्या शर्मा ने बताया कि राहुल ने कल रात मैसेज किए। उसने कहा')).toEqual(['अनन्या शर्मा', 'राहुल']);
    expect(found('Selam Tesfaye (ሰላም ተስፋዬ) asked that her name be removed.')).toEqual(['Selam Tesfaye', 'ሰላም ተስፋዬ']);
  });

  it('knows common given names of many regions (curated lists) and Chinese names after 我是 or before a verb of speech', () => {
    expect(found('Next steps: Kerubo drafts the letter. A volunteer, Sione, intervened. Priyanka and Vikram Malhotra agreed.')).toEqual(['Kerubo', 'Sione', 'Priyanka', 'Vikram Malhotra']);
    // (君 is also a Japanese honorific, so "陳怡" is found too; the merge keeps the longer span.)
    expect(found('大家好，我是林家豪。陳怡君表示同意。他向我说明了。').sort()).toEqual(['林家豪', '陳怡', '陳怡君'].sort());
  });
});
