// The words of a text, read once and shared by the layers that need them: person names
// (layer 3) weigh each word, and the date layer looks its trigger words up among them.
import { isCasedUnit, isSpaceAt, isUpperUnit, letterOrMarkAt, letterRunEnd, lowerCaseOf } from './text';

export type Kind = 'given' | 'ambiguous' | 'family' | 'unknown' | 'no';

export interface Token {
  start: number;
  end: number; // without a possessive suffix
  text: string;
  lower: string;
  folded: string;
  cap: boolean;
  cased: boolean;
  possessive: boolean;
  sentenceStart: boolean;
  /** kindOf's answer, computed once. */
  kind?: Kind;
}

const possessiveRe = /['’]s$/i;
// What may stand between a word and what precedes it without hiding a sentence start:
// opening quotes and brackets, emphasis marks, dashes (whitespace too).
const openingUnits = new Set([...'"“„«‘\'([*_>-'].map((c) => c.charCodeAt(0)));
// Turkish case endings written after an apostrophe: "Kaya'nın", "Ayşe'ye", "Mehmet'ten".
const turkishSuffixRe = /['’](?:n[ıiuü]n|[ıiuü]n|y?[ıiuü]|y?[ae]|n[ae]|[dt][ae]n?|y?l[ae]|d[ıi]r)$/;

/**
 * The words of the text, as /[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*\.?/gu would find them,
 * scanned by hand. `folded` is fold(text), so a word's folded form is a slice of it.
 */
export function tokenize(text: string, folded: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  for (let i = 0; i < n; ) {
    if (letterOrMarkAt(text, i) === 0) {
      i++;
      continue;
    }
    const index = i;
    let j = letterRunEnd(text, i);
    let apostrophe = false;
    for (;;) {
      const c = text.charCodeAt(j);
      if ((c === 39 || c === 0x2019 || c === 45) && letterOrMarkAt(text, j + 1) > 0) {
        if (c !== 45) apostrophe = true;
        j = letterRunEnd(text, j + 1);
      } else break;
    }
    // A trailing full stop belongs to abbreviations ("Dr.") only; keep it out of names.
    const wordEnd = j;
    if (text.charCodeAt(j) === 46) j++;
    i = j;
    const first = text.charCodeAt(index);
    const cased = isCasedUnit(first);
    const cap = cased && isUpperUnit(first);
    // Lower-case words only serve as context: no copy of their text, their lower case stands
    // in for it (same length), and the costlier fields are skipped.
    if (cased && !cap && !apostrophe) {
      const lower = lowerCaseOf(text, folded, index, wordEnd);
      out.push({ start: index, end: wordEnd, text: lower, lower, folded: lower, cap: false, cased, possessive: false, sentenceStart: false, kind: undefined });
      continue;
    }
    let word = text.slice(index, wordEnd);
    let possessive = false;
    if (!apostrophe) {
      // no possessive or case ending to cut
    } else if (possessiveRe.test(word)) {
      word = word.slice(0, -2);
      possessive = true;
    } else if (turkishSuffixRe.test(word)) {
      const cut = Math.max(word.lastIndexOf("'"), word.lastIndexOf('’'));
      if (cut > 1) {
        word = word.slice(0, cut);
        possessive = true;
      }
    }
    if (word === '') continue;
    const lower = lowerCaseOf(text, folded, index, index + word.length);
    if (cased && !cap) {
      out.push({ start: index, end: index + word.length, text: lower, lower, folded: lower, cap: false, cased, possessive, sentenceStart: false, kind: undefined });
      continue;
    }
    let k = index - 1;
    while (k >= 0 && (openingUnits.has(text.charCodeAt(k)) || isSpaceAt(text, k))) k--;
    const afterTitle = text[k] === '.' && /(?:^|[^\p{L}])(?:Mr|Mrs|Ms|Mx|Dr|Prof|St|Sr|Sra|Jr|Mme|Mlle|M|Hr|Fr|Dott|Ing)$/u.test(text.slice(Math.max(0, k - 6), k));
    const sentenceStart = !afterTitle && (k < 0 || /[.!?…:;\n。！？]/.test(text[k]!) || /\n\s*$/.test(text.slice(Math.max(0, k - 2), index)));
    // `kind` is set later by the name layer; present from the start, all tokens keep one shape.
    out.push({ start: index, end: index + word.length, text: word, lower, folded: folded.slice(index, index + word.length), cap, cased, possessive, sentenceStart, kind: undefined });
  }
  return out;
}

