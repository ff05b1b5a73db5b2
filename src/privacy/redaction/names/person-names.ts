// Layer 3: names of people the record does not know. Capitalised words are weighed with
// name lists (many locales), compromise's English lexicon and context cues (titles, verbs
// of speech, greetings, possessives). Scripts without case rely on the name lists, and
// Japanese, Chinese and Korean names on the honorific that follows them.
import type { DetectedSpan } from '../types';
import { allMatches, fold } from '../text';
import { tokenize, type Kind, type Token } from '../words';
import { AFTER_PERSON, BEFORE_PERSON, CJK_HONORIFICS, INSTITUTION_WORDS, NEVER_NAMES, PARTICLES, PLACE_BEFORE, SOFT_AFTER, TITLES, UNCASED_FUNCTION_WORDS, WEAK_BEFORE } from './cues';
import { isCjkSurname, isCommonWord, isFamilyName, isGivenName, isKnownNameWord, isPlaceOrOrganisation } from './lexicon';

// "GitHub", "PyCon", "JavaScript": inner capitals mark products, except name prefixes.
function looksLikeProduct(t: Token): boolean {
  if (!/\p{Lu}.*\p{Lu}/u.test(t.text.slice(1)) && !/^\p{Lu}[\p{Ll}]+\p{Lu}/u.test(t.text)) return false;
  return !/^(?:Mc|Mac|O'|O’|D'|D’|De|Di|Da|La|Le|Van|Von|Fitz|Al-|El-|Ben-|Abu|Bin)/.test(t.text) && !/-/.test(t.text);
}

function allCaps(t: Token): boolean {
  return t.text.length > 1 && t.text === t.text.toUpperCase();
}


// A word's kind depends on the word alone; remembered across calls (bounded).
const kindByWord = new Map<string, Kind>();

function kindOf(t: Token): Kind {
  if (t.cased && !t.cap) return 'no'; // computeKind's first answer for lower-case words
  if (t.kind === undefined) {
    let k = kindByWord.get(t.text);
    if (k === undefined) {
      k = computeKind(t);
      if (kindByWord.size >= 50_000) kindByWord.clear();
      kindByWord.set(t.text, k);
    }
    t.kind = k;
  }
  return t.kind;
}

function computeKind(t: Token): Kind {
  if (!t.cased) return !UNCASED_FUNCTION_WORDS.has(t.text) && (isGivenName(t.folded) || isFamilyName(t.folded)) ? 'given' : 'no';
  if (!t.cap || allCaps(t) || NEVER_NAMES.has(t.lower) || TITLES.has(t.lower) || INSTITUTION_WORDS.has(t.lower)) return 'no';
  if (BEFORE_PERSON.has(t.lower) || WEAK_BEFORE.has(t.lower)) return 'no';
  if (looksLikeProduct(t) || isPlaceOrOrganisation(t.lower)) return 'no';
  const given = isGivenName(t.folded);
  const common = isCommonWord(t.lower);
  if (given && !common) return 'given';
  if (given && common) return 'ambiguous';
  if (isFamilyName(t.folded) || isKnownNameWord(t.lower)) return common ? 'ambiguous' : 'family';
  if (common) return 'no';
  // "Participants", "Speakers": the plural of an ordinary word.
  if (t.lower.length > 3 && t.lower.endsWith('s') && isCommonWord(t.lower.slice(0, -1))) return 'no';
  return 'unknown';
}

function adjacent(text: string, a: Token, b: Token): boolean {
  const gap = text.slice(a.end, b.start);
  return !a.possessive && (gap === ' ' || gap === '\u00a0');
}

function strongCueBefore(tokens: Token[], i: number, text: string): boolean {
  const prev = tokens[i - 1];
  if (!prev) return false;
  const gap = text.slice(prev.end, tokens[i]!.start);
  if (!/^[.,:]?\s+$/.test(gap) && gap !== ' ') return false;
  return TITLES.has(prev.lower) || BEFORE_PERSON.has(prev.lower);
}

function weakCueBefore(tokens: Token[], i: number, text: string): boolean {
  const prev = tokens[i - 1];
  if (!prev) return false;
  return /^\s+$/.test(text.slice(prev.end, tokens[i]!.start)) && WEAK_BEFORE.has(prev.lower);
}

function cueAfter(tokens: Token[], last: number, text: string): boolean {
  const t = tokens[last]!;
  if (t.possessive) return false;
  const next = tokens[last + 1];
  if (!next) return false;
  const gap = text.slice(t.end, next.start);
  if (/^,?\s+$/.test(gap) && AFTER_PERSON.has(next.lower)) return true;
  // "Selam Tesfaye (ሰላም ተስፋዬ) asked": a name in brackets between the name and its verb.
  const bracketed = /^\s*\([^()\n]{1,40}\)\s+([\p{L}]+)/u.exec(text.slice(t.end, t.end + 60));
  if (bracketed && AFTER_PERSON.has(bracketed[1]!.toLowerCase())) return true;
  // "Maya (she/her)" or "Maya, the reporter"
  return /^\s*\((?:she|he|they|ze|xe)\//i.test(text.slice(t.end, t.end + 8));
}

/** "PyCon Italia", "Rust Belt": a name-like word right after a product or place name is part of it. */
function partOfProperNoun(tokens: Token[], i: number, text: string): boolean {
  const prev = tokens[i - 1];
  if (!prev || !adjacent(text, prev, tokens[i]!) || !prev.cap || !prev.cased || prev.sentenceStart) return false;
  if (NEVER_NAMES.has(prev.lower) || TITLES.has(prev.lower) || BEFORE_PERSON.has(prev.lower) || WEAK_BEFORE.has(prev.lower)) return false;
  return kindOf(prev) === 'no';
}

/** The word after the name, when only a space separates them. */
function nextWord(tokens: Token[], last: number, text: string): Token | undefined {
  const next = tokens[last + 1];
  return next !== undefined && !tokens[last]!.possessive && /^\s+$/.test(text.slice(tokens[last]!.end, next.start)) ? next : undefined;
}

// Words before a month or season: "in June", "since May", "last Summer".
const beforeMonth = new Set([...PLACE_BEFORE, 'since', 'until', 'till', 'of', 'by', 'every', 'last', 'next', 'this', 'early', 'late', 'mid', 'during', 'the']);

const LOWER_CASE_THINGS = new Set(['chapter', 'chapters', 'theme', 'plugin', 'release', 'version', 'meetup', 'conference', 'sprint', 'team', 'foundation']);

function institutionAfter(tokens: Token[], last: number, text: string): boolean {
  const next = tokens[last + 1];
  const t = tokens[last]!;
  if (!next || !adjacent(text, t, next)) return false;
  // "the Adelaide chapter", "the Hugo theme" need no capital.
  if (!next.cap) return LOWER_CASE_THINGS.has(next.lower);
  return INSTITUTION_WORDS.has(next.lower);
}

export function detectPersonNames(text: string, folded: string = fold(text), tokens: Token[] = tokenize(text, folded)): DetectedSpan[] {
  const out: DetectedSpan[] = [];
  let i = 0;
  while (i < tokens.length) {
    const kind = kindOf(tokens[i]!);
    if (kind === 'no') {
      i++;
      continue;
    }
    // Grow the run over adjacent capitalised words and name particles ("Ana de la Cruz").
    let last = i;
    const kinds: Kind[] = [kind];
    for (let j = i + 1; j < tokens.length; j++) {
      const prev = tokens[j - 1]!;
      const t = tokens[j]!;
      if (!adjacent(text, prev, t)) break;
      const k = kindOf(t);
      if (INSTITUTION_WORDS.has(t.lower)) break;
      if (k !== 'no') {
        kinds.push(k);
        last = j;
        continue;
      }
      // "Jamal Washington": a family name that is also a place, right after a given name.
      if (kinds[kinds.length - 1] === 'given' && t.cap && t.cased && !allCaps(t) && (isFamilyName(t.folded) || isGivenName(t.folded)) && isPlaceOrOrganisation(t.lower)) {
        kinds.push('family');
        last = j;
        continue;
      }
      if (PARTICLES.has(t.lower) && tokens[j + 1] && adjacent(text, t, tokens[j + 1]!) && kindOf(tokens[j + 1]!) !== 'no') continue;
      break;
    }
    const first = tokens[i]!;
    const strong = strongCueBefore(tokens, i, text) || cueAfter(tokens, last, text);
    const weak = weakCueBefore(tokens, i, text) || tokens[last]!.possessive;
    const hasGiven = kinds.includes('given');
    const multi = last > i;
    const nameLike = kinds.filter((k) => k !== 'unknown').length;
    let reason = '';
    const prevToken = tokens[i - 1];
    const placeCue = prevToken !== undefined && PLACE_BEFORE.has(prevToken.lower) && /^\s+$/.test(text.slice(prevToken.end, first.start));
    const after = nextWord(tokens, last, text);
    const soft = after !== undefined && SOFT_AFTER.has(after.lower);
    const afterThe = prevToken !== undefined && prevToken.lower === 'the' && /^\s+$/.test(text.slice(prevToken.end, first.start));
    // "Julia 1.10", "Rust 1.78": a product with its version.
    const version = /^\s+v?\d+\.\d/.test(text.slice(tokens[last]!.end, tokens[last]!.end + 8));
    if (institutionAfter(tokens, last, text) || partOfProperNoun(tokens, i, text)) reason = '';
    else if ((placeCue || afterThe || version) && !strong) reason = '';
    else if (kinds[0] === 'ambiguous' && !multi && !strong && soft && !beforeMonth.has(prevToken?.lower ?? '') && (!first.sentenceStart || after!.lower === 'from')) reason = 'name that is also an ordinary word, with a context cue';
    else if (multi && first.sentenceStart && soft && nameLike >= 1 && kinds.every((k) => k !== 'no')) reason = 'capitalised words including a known name, followed by a verb';
    else if (!first.cased) reason = 'given name (name list)';
    else if (hasGiven && (!first.sentenceStart || multi || strong || weak || kinds[0] === 'given')) reason = multi ? 'given name followed by a family name' : 'given name (name list)';
    else if (multi && nameLike >= 1 && (!first.sentenceStart || strong || nameLike === kinds.length)) reason = 'capitalised words including a known given or family name';
    else if (strong && (kinds[0] !== 'unknown' || !first.sentenceStart || multi)) reason = 'capitalised word with a person cue (title, greeting or verb)';
    else if (strong && kinds[0] === 'unknown' && cueAfter(tokens, last, text)) reason = 'capitalised word followed by a verb of speech or action';
    else if (weak && (kinds[0] === 'ambiguous' || kinds[0] === 'family')) reason = 'known name with a context cue';
    if (reason !== '') {
      out.push({ start: first.start, end: tokens[last]!.end, label: 'PERSON', reason: `person name: ${reason}`, priority: 40 });
    }
    i = last + 1;
  }
  const all = out.concat(echoes(tokens, out), bracketedNames(text, out), detectCjkNames(text), detectDevanagariNames(text));
  // The script-specific rules may find again what the name lists found: keep one of each.
  const seen = new Set<string>();
  return all.filter((s) => {
    const key = `${s.start}:${s.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// "Selam Tesfaye (ሰላም ተስፋዬ)": the same name in another script, in brackets right after it.
const otherScriptInBrackets = /^\s*[(（]([^()（）\p{Script=Latin}\d\n]{2,40})[)）]/u;

function bracketedNames(text: string, found: readonly DetectedSpan[]): DetectedSpan[] {
  const out: DetectedSpan[] = [];
  for (const f of found) {
    const m = otherScriptInBrackets.exec(text.slice(f.end, f.end + 48));
    if (m === null || !/\p{L}/u.test(m[1]!) || m[1]!.trim().split(/\s+/).length > 4) continue;
    const start = f.end + m[0].indexOf(m[1]!);
    out.push({ start, end: start + m[1]!.length, label: 'PERSON', reason: 'person name: the same name in another script, in brackets', priority: 40 });
  }
  return out;
}

// Hindi: one or two words right before the agent marker ने or the honorific जी, unless they
// are pronouns or conjunctions ("उसने", "कि").
const devanagariAgentRe = /((?:[\p{Script=Devanagari}]+\s){0,1}[\p{Script=Devanagari}]+)\s+(?:ने|जी)(?![\p{L}\p{M}])/gu;
const devanagariStop = new Set(['कि', 'और', 'तो', 'फिर', 'भी', 'ने', 'को', 'से', 'का', 'की', 'के', 'में', 'पर', 'यह', 'वह', 'उस', 'इस', 'उन्हों', 'इन्हों', 'मैं', 'हम', 'हमने', 'आप', 'तुम', 'किसी', 'जिस', 'जिन्हों', 'सब', 'सभी', 'लोगों', 'टीम', 'आयोजकों', 'आयोजक', 'रिपोर्टर', 'किसने', 'कौन']);

function detectDevanagariNames(text: string): DetectedSpan[] {
  const out: DetectedSpan[] = [];
  if (!/[\u0900-\u097f]/.test(text)) return out;
  for (const m of allMatches(devanagariAgentRe, text)) {
    const words = m[1]!.split(/\s/);
    while (words.length > 0 && devanagariStop.has(words[0]!)) words.shift();
    if (words.length === 0 || words.some((w) => devanagariStop.has(w))) continue;
    const name = words.join(' ');
    const start = m.index + m[1]!.length - name.length;
    out.push({ start, end: start + name.length, label: 'PERSON', reason: 'person name: Hindi name before ने or जी', priority: 40 });
  }
  return out;
}

/** Once "Olusegun Adeyemi" is found (or "Efua" with a cue), "Olusegun", "Adeyemi" or "Efua"
 * elsewhere in the text, capitalised, is that person too. */
function echoes(tokens: Token[], found: readonly DetectedSpan[]): DetectedSpan[] {
  const parts = new Set<string>();
  const sorted = [...found].sort((a, b) => a.start - b.start);
  let ti = 0;
  for (const f of sorted) {
    while (ti < tokens.length && tokens[ti]!.start < f.start) ti++;
    const inside: Token[] = [];
    for (let j = ti; j < tokens.length && tokens[j]!.end <= f.end; j++) inside.push(tokens[j]!);
    if (inside.length < 2 && f.reason.includes('given name')) continue;
    for (const t of inside) if (t.text.length >= 3 && !PARTICLES.has(t.lower)) parts.add(t.folded);
  }
  if (parts.size === 0) return [];
  const out: DetectedSpan[] = [];
  // Tokens come in text order: walk the found spans alongside, keeping the furthest end of
  // those starting at or before the token, to tell whether a found span covers its start.
  let fi = 0;
  let reach = -1;
  for (const t of tokens) {
    while (fi < sorted.length && sorted[fi]!.start <= t.start) reach = Math.max(reach, sorted[fi++]!.end);
    if (!t.cap || !parts.has(t.folded) || isCommonWord(t.lower)) continue;
    if (t.start < reach) continue;
    out.push({ start: t.start, end: t.end, label: 'PERSON', reason: 'person name: part of a name found elsewhere in the text', priority: 40 });
  }
  return out;
}

const cjkNameRe = new RegExp(String.raw`([\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}\p{Script=Hangul}]{1,4})(?:${CJK_HONORIFICS})`, 'gu');
// Korean names are also written with a space before 님 or 씨: "박서준 님이".
const hangulSpacedRe = /(?<![\p{Script=Hangul}])([\p{Script=Hangul}]{2,4})\s(?:님|씨)(?=[이을은께의에과와도,.\s]|$)/gu;
const cjkStop = /^(?:皆|みな|お客|客|お母|お父|お兄|お姉|先|老|各位|大家|여러분)/u;

// A Chinese name (surname from the list + one or two characters) right before a verb of speech.
const hanSpeakerRe = /([\p{Script=Han}]{2,3})(?=说|說|告诉|告訴|表示|写道|寫道|问|問|称|稱|认为|認為|觉得|覺得)/gu;
// …and right after "I am" / "my name is": "我是林家豪", "我叫王芳".
const hanIntroRe = /(?<=我是|我叫|我的名字是|本人是)([\p{Script=Han}]{2,3})/gu;

const cjkScripts = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;
const hanFunctionChars = /[我你妳他她它们們的了在和跟对對向给給被把是也都就还還说說这這那个個有没沒不很]/u;

function detectCjkNames(text: string): DetectedSpan[] {
  const out: DetectedSpan[] = [];
  if (!cjkScripts.test(text)) return out;
  const runs = [
    ...allMatches(hanSpeakerRe, text).map((m) => ({ m, reason: 'person name: Chinese surname before a verb of speech' })),
    ...allMatches(hanIntroRe, text).map((m) => ({ m, reason: 'person name: Chinese surname after 我是 or 我叫' })),
  ];
  for (const { m, reason } of runs) {
    const run = m[1]!;
    // The name is the last two or three characters whose first is a known surname.
    for (const len of [3, 2]) {
      if (run.length < len) continue;
      const name = run.slice(run.length - len);
      const surname = [...name][0]!;
      // "向我说" is "said to me": a pronoun or particle is no part of a given name.
      if (hanFunctionChars.test(name.slice(1))) continue;
      if (isCjkSurname(surname) || isFamilyName(surname) || isFamilyName(name.slice(0, 2))) {
        const start = m.index + run.length - len;
        out.push({ start, end: start + len, label: 'PERSON', reason, priority: 40 });
        break;
      }
    }
  }
  for (const m of allMatches(cjkNameRe, text)) {
    let name = m[1]!;
    let start = m.index;
    // Particles written before a name (の, は, と, に, を, が, 和, 跟, 给) are not part of it.
    const cut = Math.max(name.lastIndexOf('の'), name.lastIndexOf('は'), name.lastIndexOf('と'), name.lastIndexOf('に'), name.lastIndexOf('を'), name.lastIndexOf('が'), name.lastIndexOf('和'), name.lastIndexOf('跟'), name.lastIndexOf('给'), name.lastIndexOf('는'), name.lastIndexOf('가'));
    if (cut >= 0) {
      start += cut + 1;
      name = name.slice(cut + 1);
    }
    if (name === '' || cjkStop.test(name)) continue;
    out.push({ start, end: start + name.length, label: 'PERSON', reason: 'person name: name before an honorific', priority: 40 });
  }
  for (const m of allMatches(hangulSpacedRe, text)) {
    const name = m[1]!;
    if (cjkStop.test(name)) continue;
    out.push({ start: m.index, end: m.index + name.length, label: 'PERSON', reason: 'person name: name before an honorific', priority: 40 });
  }
  return out;
}
