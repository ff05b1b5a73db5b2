import { describe, expect, it } from 'vitest';
import { detectPersonNames } from './person-names';

const found = (t: string) => detectPersonNames(t).map((s) => t.slice(s.start, s.end));

describe('person names the record does not know (layer 3)', () => {
  it('finds names from name lists and with context cues, in several scripts', () => {
    expect(found('Yesterday Priya Raghunathan met Olusegun, who said hi.')).toEqual(['Priya Raghunathan', 'Olusegun']);
    expect(found('Dr. Kowalczyk agreed.')).toEqual(['Kowalczyk']);
    expect(found('Иван Петров сказал, что всё хорошо.')).toEqual(['Иван Петров']);
    expect(found('田中さんと李明老师')).toEqual(['田中', '李明']);
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
});
