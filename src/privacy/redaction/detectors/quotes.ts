// Layer 2, verbatim quotes attributed to someone, in straight, curly and other quotation
// marks (« », „ “, 「 」 …). Quoted policy text, titles and single words in scare quotes are
// not attributed speech and stay.
import type { DetectedSpan } from '../types';
import { allMatches } from '../text';

const pairs: Array<[string, string]> = [
  ['"', '"'], ['“', '”'], ['„', '“'], ['„', '”'], ['”', '”'], ['«', '»'], ['»', '«'], ['‹', '›'],
  ['「', '」'], ['『', '』'], ['‘', '’'], ["'", "'"], ['‚', '‘'], ['〝', '〞'], ['＂', '＂'],
];
const openerRe = new RegExp(`[${[...new Set(pairs.map(([o]) => o))].join('')}]`, 'g');

// Verbs and phrases that attribute speech or writing to someone, in several languages.
// Only words written in ASCII here: \b reads ASCII letters only, so a word ending in "ó" or
// written in Cyrillic never ends at a \b; those go in speechWide.
const speech = String.raw`said|says|saying|wrote|writes|written|write|replied|replies|reply|responded|answered|posted|posts|messaged|texted|dm'?d|dmed|told\s+\w+|tells\s+\w+|words\s+were|pm'?ing|dm'?ing|messaging|asked|asks|yelled|shouted|screamed|commented|tweeted|tooted|added|typed|claimed|stated|joked|muttered|whispered|snapped|insisted|repeated|continued|sent|called\s+(?:me|us|him|her|them|\w+)|went|goes|put\s+it|quote|quoted|\bwas\s+like|exclaimed|remarked|mentioned|declared|admitted|threatened|sagte|schrieb|meinte|antwortete|fragte|rief|a\s+dit|dit|dijo|disse|scrisse|ha\s+detto|ha\s+scritto|escreveu|zei|schreef|spoke|speaking|message|comment|reply|DM|post|comments|commenting|replying|writing|telling\s+\w+|dicendo|diciendo|dizendo|disant|sagend|alisema|aliandika|alimwambia|alituma|anasema|gesagt|geschrieben|detto|scritto|dicho|escrito`;
// Verbs of speech in languages whose words \b cannot bound (letters outside ASCII).
const speechWide = String.raw`(?<![\p{L}\p{M}])(?:a\s+écrit|écrit|répondu|escribió|respondió|preguntó|сказал|сказала|написал|написала|ответил|ответила|назвав|назвала|назвал|сказав|написав|відповів|відповіла|заявил|заявила|dijo|contestó|gritó|comentó|publicó|répondit|écrivait|ha\s+risposto|ha\s+commentato|respondeu|comentou|perguntou|gritou|zei|schreef|antwoordde|odpowiedział|odpowiedziała|powiedział|dedi|yazdı|söyledi|nói|viết|bảo|trả\s+lời|mengatakan|menulis|berkata|bilang|twierdzi|twierdził|twierdziła|powiedział|powiedziała|napisał|napisała|pisze|krzyczał|krzyczała|skrev|sade|säger|sanoi|kirjoitti|luki|kertoi|dice|decía|gritó|diz|dizia|zegt|sagt|schreibt|قال|قالت|كتب|كتبت|يقول|تقول|אמר|אמרה|כתב|כתבה|napsal|napsala|řekl|řekla|dedi|yazdı|mondta|írta|a\s+spus|a\s+scris|είπε|έγραψε|va\s+dir|va\s+escriure|kazao|kazala|napisao|napisala|berkata|bilang|sinabi|nói|viết|گفت|نوشت|asking)(?![\p{L}\p{M}])`;
const speechAnywhere = new RegExp(String.raw`\b(?:${speech})\b|${speechWide}|[说說道問问]|と言|が言|라고`, 'giu');
const speechAfter = new RegExp(String.raw`^[\s,]{0,3}(?:[—–-]\s*\p{L}|(?:\p{L}[\p{L}'’_.-]*\s+){0,3}(?:(?:${speech})\b|${speechWide})|と(?:言|書|叫|怒鳴|送)|라고|[,，]?\s*[\p{L}\p{N}_@.-]+\s+(?:said|wrote|replied))`, 'iu');
// Quoted text that is a document, title or term rather than someone's words.
const notSpeech = /(?:\bcode\s+of\s+conduct|\bcoc\b|\bpolic(?:y|ies)|\bguidelines?|\bsection|\bclause|\brules?\b|\bhandbook|\bcharter|\bguide\b|\breadme|\bfaq\b|\bdocs\b|\bdocumentation|\btemplate|\btitled?|\bentitled|\bcalled|\bnamed|\bchannel|\bhashtag|\b(?:tag|label|talk|keynote|workshop|slogan|motto|branch|command|button|menu|page|heading|principle|value)s?(?![a-z])|\bsubject(?:\s+line)?|\bthe\s+(?:word|phrase|term)s?|\bterms?(?![a-z])|\bstates|\breads)/gi;
const blankLine = /\n\s*\n/;

/**
 * The verbs of speech of a text, found by one forward scan that goes only as far as it is
 * asked: a quote asks for the verbs in the 100 units before it. Testing a pattern with 150
 * alternatives at every position of those 100 units for each quote made text full of short
 * quotes (a minified JSON line: 100k quoted keys per MB) take seconds; the scan reads each
 * unit once. Each search stops at the next verb and keeps it, even past the position asked
 * for: a search bounded only by the text's end, repeated for every quote of a text without
 * verbs, read the rest of the text once per quote (100k units of JSON: 30 s).
 */
class VerbScan {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private scannedTo = 0;
  constructor(private readonly text: string) {}

  /** The last verb that starts at or after `from` and ends by `to`, or undefined. */
  lastIn(from: number, to: number): { start: number; end: number } | undefined {
    const re = speechAnywhere;
    while (this.scannedTo < to) {
      re.lastIndex = this.scannedTo;
      const m = re.exec(this.text);
      if (m === null) {
        this.scannedTo = this.text.length;
        break;
      }
      this.starts.push(m.index);
      this.ends.push(m.index + m[0].length);
      this.scannedTo = m.index + Math.max(1, m[0].length);
    }
    // Verbs come in order of start; the last one found may lie past `to` and is skipped by
    // its end.
    for (let k = this.starts.length - 1; k >= 0; k--) {
      const start = this.starts[k]!;
      if (start < from) return undefined;
      if (this.ends[k]! <= to) return { start, end: this.ends[k]! };
    }
    return undefined;
  }
}

function lastIndexOfMatch(re: RegExp, s: string): number {
  let last = -1;
  for (const m of allMatches(re, s)) last = m.index;
  return last;
}

/** The quote is a document's text or a title rather than someone's words: "section 3 says",
 * "a talk called", or a document mentioned with no verb of speech in the clause before. */
function documentNearer(before: string, lastVerb: number): boolean {
  const doc = lastIndexOfMatch(notSpeech, before);
  if (doc < 0) return false;
  const tail = before.slice(doc);
  if (/^(?:titled|entitled|called|named|the\s+(?:word|phrase|term)s?)\W*$/i.test(tail)) return true;
  const verb = lastVerb;
  if (verb < 0) return tail.split(/\s+/).length <= 7;
  // "the Code of Conduct says": the document speaks. "wrote in the channel:": a person does.
  // A sentence between them ("… the guidelines. What he said at dinner, "…"") makes the
  // document another sentence's subject.
  if (verb > doc) return /^(?:says|states|reads|said|stated)\b/i.test(before.slice(verb)) && !/[.!?]\s/.test(before.slice(doc, verb));
  return false;
}

function findClose(text: string, from: number, open: string, close: string): number {
  for (let i = from; i < text.length && i < from + 800; i++) {
    const ch = text[i]!;
    if (ch === '\n' && text[i + 1] === '\n') return -1;
    if (ch !== close) continue;
    // An apostrophe inside a word ("don't", "Maya’s") does not close a quote.
    if ((close === '’' || close === "'") && /[\p{L}\p{N}]/u.test(text[i + 1] ?? '') ) continue;
    return i;
  }
  return -1;
}

function openerOk(text: string, at: number, open: string): boolean {
  // A straight mark right after a word or right before a space closes a quote; taking it as an
  // opener would pair it with the next quote's opener and swallow the text between them.
  if ((open === '"' || open === '＂') && (/[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{N}]/u.test(text[at - 1] ?? '') || /\s/.test(text[at + 1] ?? ' '))) return false;
  if (open === "'" || open === '’' || open === '‘') {
    const before = text[at - 1];
    // An apostrophe after a letter is an elision or a possessive, not an opening quote.
    if (before !== undefined && /[\p{L}\p{N}]/u.test(before)) return false;
  }
  return true;
}

export function detectQuotes(text: string): DetectedSpan[] {
  const out: DetectedSpan[] = [];
  const verbs = new VerbScan(text);
  let i = 0;
  while (i < text.length) {
    openerRe.lastIndex = i;
    const next = openerRe.exec(text);
    if (next === null) break;
    i = next.index;
    const ch = text[i]!;
    if (!openerOk(text, i, ch)) {
      i++;
      continue;
    }
    let closeAt = -1;
    for (const [o, c] of pairs) {
      if (o !== ch) continue;
      closeAt = findClose(text, i + 1, o, c);
      if (closeAt >= 0) break;
    }
    if (closeAt < 0) {
      i++;
      continue;
    }
    const inner = text.slice(i + 1, closeAt);
    const start = i;
    const end = closeAt + 1;
    i = end;
    if (inner.trim() === '' || blankLine.test(inner)) continue;
    // The line before the quote, at most 100 units of it (looked for in those 100 only: a
    // search back to the line's start read whole texts without line breaks, quadratic).
    const near = text.slice(Math.max(0, start - 100), start);
    const before = near.slice(near.lastIndexOf('\n') + 1);
    const after = text.slice(end, end + 60);
    const colonIntro = /[:：]\s*$/.test(before);
    // A verb of speech in the clause before the quote (after its last [.!?\n]) that ends at
    // most 60 units before it.
    const clause = Math.max(before.lastIndexOf('.'), before.lastIndexOf('!'), before.lastIndexOf('?'), before.lastIndexOf('\n')) + 1;
    const beforeStart = start - before.length;
    const verbInClause = verbs.lastIn(beforeStart + clause, start);
    const verbBefore = verbInClause !== undefined && start - verbInClause.end <= 60;
    const attributed = verbBefore || speechAfter.test(after) || colonIntro;
    if (!attributed) continue;
    const lastVerb = verbs.lastIn(beforeStart, start);
    if (documentNearer(before, lastVerb === undefined ? -1 : lastVerb.start - beforeStart)) continue;
    const words = inner.trim().split(/\s+/).length;
    const spaceless = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(inner);
    // Single quoted words are scare quotes unless someone is clearly quoted.
    if (!attributed || (words < 2 && !spaceless && !verbBefore && !colonIntro)) continue;
    out.push({ start, end, label: 'QUOTE', reason: 'verbatim quote attributed to someone', priority: 100 });
  }
  return out;
}
