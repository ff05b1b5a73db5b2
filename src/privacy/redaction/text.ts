// Character-level helpers. The folded text has exactly the same length as the original so
// that an index found in one is an index in the other: each UTF-16 unit folds to one unit
// (lower case, diacritics removed, typographic apostrophes made straight) or stays as it is.

const foldTable = new Uint16Array(0x10000); // 0 = not computed yet

// Letters that carry no combining mark in NFD but are read as a base letter by people
// typing a name on a keyboard that lacks them.
const extraFolds: Record<string, string> = {
  ł: 'l', Ł: 'l', ø: 'o', Ø: 'o', đ: 'd', Đ: 'd', ı: 'i', ħ: 'h', ŧ: 't',
  '’': "'", '‘': "'", 'ʼ': "'", '`': "'", '´': "'",
  '‐': '-', '‑': '-', '–': '-', '—': '-',
  'ё': 'е', 'Ё': 'е', 'й': 'и', 'Й': 'и',
};

function foldUnit(code: number): number {
  const cached = foldTable[code]!;
  if (cached !== 0) return cached;
  let result = code;
  if (code >= 0xd800 && code <= 0xdfff) {
    result = code; // half of a surrogate pair: astral characters are compared as they are
  } else {
    const ch = String.fromCharCode(code);
    const extra = extraFolds[ch];
    if (extra !== undefined) {
      result = extra.charCodeAt(0);
    } else {
      const stripped = ch.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
      if (stripped.length === 1) result = stripped.charCodeAt(0);
      else {
        const lower = ch.toLowerCase();
        if (lower.length === 1) result = lower.charCodeAt(0);
      }
    }
  }
  foldTable[code] = result === 0 ? code : result;
  return result;
}

/** Same-length case and diacritic fold (see the file comment). */
export function fold(text: string): string {
  const n = text.length;
  // Most of a text folds to itself: find the first unit that changes, if any.
  let i = 0;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((foldTable[c] || foldUnit(c)) !== c) break;
  }
  if (i === n) return text;
  // Into a buffer of UTF-16 units, made a string in slices (a decoder would replace lone
  // surrogates, which must stay as they are): far cheaper than growing an array of numbers.
  const units = new Uint16Array(n - i);
  for (let k = i; k < n; k++) {
    const c = text.charCodeAt(k);
    units[k - i] = foldTable[c] || foldUnit(c);
  }
  let out = text.slice(0, i);
  // apply takes any array-like of numbers; TypeScript's lib types it as number[] only.
  for (let k = 0; k < units.length; k += 8192) out += String.fromCharCode.apply(null, units.subarray(k, k + 8192) as unknown as number[]);
  return out;
}

// Whether a unit's fold is its lower case (one unit, no diacritic removed, not Σ, whose lower
// case depends on its place in the word, not half of an astral character): 0 not computed
// yet, 1 yes, 2 no.
const foldIsLower = new Uint8Array(0x10000);

/** The lower case of text.slice(start, end), read from the folded text when every unit of it
 * folds to its lower case (most words): no call into String.prototype.toLowerCase. */
export function lowerCaseOf(text: string, folded: string, start: number, end: number): string {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    let yes = foldIsLower[c]!;
    if (yes === 0) {
      const lower = String.fromCharCode(c).toLowerCase();
      // Surrogates: an astral letter's lower case changes both of its units (fold keeps them).
      yes = c !== 0x3a3 && (c < 0xd800 || c > 0xdfff) && lower.length === 1 && lower.charCodeAt(0) === (foldTable[c] || foldUnit(c)) ? 1 : 2;
      foldIsLower[c] = yes;
    }
    if (yes === 2) return text.slice(start, end).toLowerCase();
  }
  return folded.slice(start, end);
}

const wordRe = /[\p{L}\p{N}\p{M}_]/u;

/** Letters, digits, combining marks and underscore: what a name or a word is made of. */
export function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined || ch === '') return false;
  const c = ch.charCodeAt(0);
  if (c < 0x80) {
    return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
  }
  return wordRe.test(ch);
}

const spacelessRe = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

/** Scripts written without spaces between words, where word boundaries cannot be required. */
export function isSpacelessScript(ch: string | undefined): boolean {
  if (ch === undefined || ch === '') return false;
  return ch.charCodeAt(0) >= 0x0e00 && spacelessRe.test(ch);
}

/** True when [start, end) of text is a whole word (or sits in a spaceless script). */
export function isWholeWord(text: string, start: number, end: number): boolean {
  const first = text[start];
  const last = text[end - 1];
  const before = text[start - 1];
  const after = text[end];
  const startOk = !isWordChar(first) || isSpacelessScript(first) || !isWordChar(before) || isSpacelessScript(before);
  const endOk = !isWordChar(last) || isSpacelessScript(last) || !isWordChar(after) || isSpacelessScript(after);
  return startOk && endOk;
}

// Per-UTF-16-unit facts used by the hand-written scanners below, computed once per unit on
// first use: whether the unit alone is a letter or combining mark (as /[\p{L}\p{M}]/u sees
// it), and how its case behaves. Astral characters (surrogate pairs) are looked up apart.
const COMPUTED = 1;
const LETTER_OR_MARK = 2;
const CASED = 4; // ch.toLowerCase() !== ch.toUpperCase()
const UPPER = 8; // isUpper(ch)
const EMAIL_LOCAL = 16; // /[\p{L}\p{N}._%+-]/u
const CHAT_NAME = 32; // /[\p{L}\p{N}_.]/u
const SPACE = 64; // /\s/
const unitFacts = new Uint8Array(0x10000);
const letterOrMarkRe = /^[\p{L}\p{M}]$/u;
const emailLocalRe = /^[\p{L}\p{N}._%+-]$/u;
const astralLetterOrMark = new Map<number, boolean>();
const chatNameRe = /^[\p{L}\p{N}_.]$/u;
const astralEmailLocal = new Map<number, boolean>();
const astralChatName = new Map<number, boolean>();

function facts(code: number): number {
  let f = unitFacts[code]!;
  if (f !== 0) return f;
  const ch = String.fromCharCode(code);
  f = COMPUTED;
  if (letterOrMarkRe.test(ch)) f |= LETTER_OR_MARK;
  if (ch.toLowerCase() !== ch.toUpperCase()) f |= CASED;
  if (isUpper(ch)) f |= UPPER;
  if (emailLocalRe.test(ch)) f |= EMAIL_LOCAL;
  if (chatNameRe.test(ch)) f |= CHAT_NAME;
  if (/\s/.test(ch)) f |= SPACE;
  unitFacts[code] = f;
  return f;
}

/** For one UTF-16 unit: ch.toLowerCase() !== ch.toUpperCase(). */
export function isCasedUnit(code: number): boolean {
  return (facts(code) & CASED) !== 0;
}

/** For the UTF-16 unit at i: /\s/.test(text[i]) (false past the end). */
export function isSpaceAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  return !Number.isNaN(code) && (facts(code) & SPACE) !== 0;
}

/** For one UTF-16 unit: isUpper(ch). */
export function isUpperUnit(code: number): boolean {
  return (facts(code) & UPPER) !== 0;
}

/**
 * Length in UTF-16 units of the letter or combining mark (\p{L} or \p{M}, code-point wise as
 * a /u regular expression reads it) starting at i, or 0 when there is none.
 */
export function letterOrMarkAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
    const low = text.charCodeAt(i + 1);
    if (low >= 0xdc00 && low <= 0xdfff) {
      const cp = ((code - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
      let yes = astralLetterOrMark.get(cp);
      if (yes === undefined) {
        yes = letterOrMarkRe.test(String.fromCodePoint(cp));
        astralLetterOrMark.set(cp, yes);
      }
      return yes ? 2 : 0;
    }
  }
  if (Number.isNaN(code)) return 0; // past the end
  return (facts(code) & LETTER_OR_MARK) !== 0 ? 1 : 0;
}

/**
 * Start of the run of characters of a class that ends at `end`, not going back past `from`,
 * and how many characters (code points) it holds. Surrogate pairs are read as one character,
 * as a /u regular expression reads them.
 */
function runBack(text: string, end: number, from: number, bit: number, re: RegExp, astral: Map<number, boolean>): { start: number; chars: number } {
  let i = end;
  let chars = 0;
  while (i > from) {
    const code = text.charCodeAt(i - 1);
    if (code >= 0xdc00 && code <= 0xdfff && i - 2 >= from) {
      const high = text.charCodeAt(i - 2);
      if (high >= 0xd800 && high <= 0xdbff) {
        const cp = ((high - 0xd800) << 10) + (code - 0xdc00) + 0x10000;
        let yes = astral.get(cp);
        if (yes === undefined) {
          yes = re.test(String.fromCodePoint(cp));
          astral.set(cp, yes);
        }
        if (!yes) break;
        i -= 2;
        chars++;
        continue;
      }
    }
    if ((facts(code) & bit) === 0) break;
    i--;
    chars++;
  }
  return { start: i, chars };
}

/** Start of the run of an email's local-part characters ([\p{L}\p{N}._%+-]) ending at `end`. */
export function emailLocalRunStart(text: string, end: number, from: number): number {
  return runBack(text, end, from, EMAIL_LOCAL, emailLocalRe, astralEmailLocal).start;
}

/** The run of chat-name characters ([\p{L}\p{N}_.]) ending at `end`: start and length in characters. */
export function chatNameRunBack(text: string, end: number, from: number): { start: number; chars: number } {
  return runBack(text, end, from, CHAT_NAME, chatNameRe, astralChatName);
}

/** End of the run of letters and combining marks starting at i (i itself when none). */
export function letterRunEnd(text: string, i: number): number {
  let j = i;
  for (let n = letterOrMarkAt(text, j); n > 0; n = letterOrMarkAt(text, j)) j += n;
  return j;
}

export function isUpper(ch: string | undefined): boolean {
  return ch !== undefined && ch !== '' && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** Whether [start, end) intersects any of the ranges (ranges need not be sorted). */
export function intersectsAny(ranges: ReadonlyArray<{ start: number; end: number }>, start: number, end: number): boolean {
  for (const r of ranges) if (r.start < end && start < r.end) return true;
  return false;
}

/**
 * All matches of a global regular expression. Used instead of String.prototype.matchAll,
 * which clones the expression on every call: with the large Unicode patterns here that
 * clone cost more than the matching itself.
 */
export function allMatches(re: RegExp, s: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(s); m !== null; m = re.exec(s)) {
    if (m[0] === '') re.lastIndex++;
    out.push(m);
  }
  return out;
}
