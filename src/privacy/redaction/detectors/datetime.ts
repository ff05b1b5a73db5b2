// Layer 2, dates and times that pin down a day or a moment: "March 3rd at 14:05 UTC",
// "3/14/2025", ISO timestamps, weekdays, "yesterday", "last Tuesday around 9pm", "the
// second evening of the conference". A month or a year alone pins down nothing and is left.
import type { DetectedSpan } from '../types';
import { digitAnchors, matchesIn, tokenAnchorGroups, windowsAround } from '../windows';
import { tokenize, type Token } from '../words';
import {
  CJK_ABOUT, CJK_EVENT_DAY, CJK_PART_OF_DAY, CJK_RELATIVE_DAY, CJK_WEEKDAY, LAST_AFTER, LAST_BEFORE, MONTH, PART_BEFORE,
  PART_OF_DAY, RELATIVE_DAY, TIMEZONE, WEEKDAY, WEEKDAY_ABBR, GERMAN_DAY_PART_WORDS, GERMAN_COMPOUND, WEEKDAY_MORE, LAST_BEFORE_MORE, PART_OF_DAY_MORE, RELATIVE_DAY_MORE,
} from './datetime-words';
import { allMatches, fold, isSpaceAt } from '../text';

// Marks count as letters: a Devanagari word may go on with a vowel sign.
const L = String.raw`(?<![\p{L}\p{M}\p{N}_])`; // start of a word (Unicode aware)
const R = String.raw`(?![\p{L}\p{M}\p{N}_])`; // end of a word
const ORD = String.raw`(?:st|nd|rd|th|er|e|º|ª)?`;
const TZ = String.raw`(?:\s*\(?(?:${TIMEZONE})(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?\)?${R}|\s[+-](?:0\d|1[0-4])[0-5]\d(?!\d))?`;
const YEAR = String.raw`(?:\d{4}|'\d{2})`;

const CJK = /[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]/;
// Parts of the day alone ("evening", "por la noche") pin down nothing; this reason marks
// spans that are dropped unless they merge with a day or a time.
const PART = 'part of the day';
// Ordinals and day words for "the last day of the event" in Romance languages.
const ROMANCE_ORDINAL = 'primeiro|primeira|segundo|segunda|terceiro|terceira|último|última|primer|primero|primera|tercer|tercero|tercera|premier|première|deuxième|troisième|dernier|dernière|primo|prima|secondo|seconda|terzo|terza|ultimo|ultima';
const ROMANCE_DAY = 'dia|día|jour|journée|noite|noche|nuit|soir|soirée|tarde|manhã|mañana|matin|giorno|giornata|sera|serata|notte';
// Hours followed by the part of the day or the word for o'clock: "3 w nocy", "3 in the morning".
const HOUR_PART = String.raw`in\s+the\s+(?:morning|afternoon|evening)|at\s+night|o['’]clock|w\s+nocy|rano|wieczorem|po\s+południu|de\s+la\s+(?:mañana|tarde|noche|madrugada)|da\s+(?:manhã|tarde|noite|madrugada)|du\s+(?:matin|soir)|de\s+l['’]après-midi|ночи|утра|вечера|дня|ночі|ранку|вечора|di\s+(?:notte|sera|mattina)|बजे|giờ(?:\s+\d{1,2}(?:\s+phút)?)?(?:\s+(?:sáng|chiều|tối|trưa|đêm))?`;

// A day of the month right after a weekday: "Saturday the 8th", "lunes 24/02", "jueves 6/3".
const SHORT_DATE = String.raw`,?\s+(?:the\s+(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)(?![\p{L}\p{N}])|(?:0?[1-9]|[12]\d|3[01])[/.](?:0?[1-9]|1[0-2])(?![\p{N}]|[/.]\d))\.?`;

// `needs`: something every match contains; a text without it skips the pattern. `has`: the
// same for single characters (every match holds one of them), tested without a regular
// expression.

// `more`: the pattern holds the words added from the second development set and runs only
// in windows around those words (a text without any skips it).
// `on`: every match holds a word of that class (see `classWords` below): the pattern runs
// only in windows around such words, not around every trigger word or digit.
type TriggerClass = 'months' | 'weekdays' | 'parts' | 'relative' | 'romance';
export const patterns: Array<{ re: RegExp; reason: string; words?: true; wholeText?: boolean | 'always'; needs?: RegExp; has?: string; more?: true; on?: TriggerClass }> = [
  // March 3rd, Mar. 3, 2025 / March 3rd 2025
  { re: new RegExp(String.raw`${L}(?:${MONTH})\.?\s+(?:the\s+)?(?:[12]\d|3[01]|0?[1-9])${ORD}${R}(?:,?\s+${YEAR}${R})?`, 'giu'), on: 'months', reason: 'date with a day' },
  // 3 March 2025, the 3rd of March, 3. März, 3 de marzo de 2025, 3 марта
  { re: new RegExp(String.raw`${L}(?:the\s+)?(?:[12]\d|3[01]|0?[1-9])${ORD}\.?\s+(?:of\s+|de\s+)?(?:${MONTH})${R}\.?(?:,?\s+(?:de\s+)?${YEAR}${R})?`, 'giu'), on: 'months', reason: 'date with a day' },
  // The year after the time in ctime and list-archive dates: "Tue Mar 4 10:12:33 CET 2025",
  // "Wed Apr 09 00:00:01 2025" (the weekday and day are found by the patterns above; this span
  // joins them across the time).
  { re: new RegExp(String.raw`${L}(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?:\s+(?:${TIMEZONE}))?\s+(?:19|20)\d{2}${R}`, 'gu'), reason: 'time of day', has: ':' },
  // ISO dates and timestamps (also lower-cased: "2025-03-14t09:12:44z"; with the u flag the end of
  // word after the date sees the letter t, so the time must be taken or the date is lost)
  { re: new RegExp(String.raw`${L}\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?:[Tt ](?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:[Zz]|[+-]\d{2}:?\d{2})?)?${R}`, 'gu'), reason: 'ISO date', has: '-' },
  { re: new RegExp(String.raw`${L}\d{4}/(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])${R}`, 'gu'), reason: 'numeric date', has: '/' },
  // 3/14/2025, 14.03.2025, 14-03-25
  { re: new RegExp(String.raw`${L}(?:0?[1-9]|[12]\d|3[01])([/.-])(?:0?[1-9]|[12]\d|3[01])\1(?:\d{4}|\d{2})(?![\p{L}\p{N}_]|[./-]\d)`, 'gu'), reason: 'numeric date', has: '/.-' },
  // on 3/14
  { re: new RegExp(String.raw`(?<=\b(?:on|am|le|el|den)\s)(?:0?[1-9]|[12]\d|3[01])[/.](?:[12]\d|3[01]|0?[1-9])(?!\d)(?:\.(?!\d))?(?![\p{N}/.]\d)`, 'giu'), reason: 'numeric date', has: '/.' },
  // CJK dates: 2025年3月14日, 3月14日, 3월 14일
  { re: /(?:\d{4}年|(?:令和|平成|昭和)(?:\d{1,2}|元)年)?\d{1,2}月\d{1,2}[日号號](?:\s?[（(][月火水木金土日](?:曜日?)?[)）])?|(?:\d{4}년\s?)?\d{1,2}월\s?\d{1,2}일(?:\s?[（(][월화수목금토일][)）])?/gu, reason: 'date with a day', has: '月월' },
  // 14:05, 9:30 pm, 14:05:22 UTC, 14h05
  { re: new RegExp(String.raw`${L}(?:[01]?\d|2[0-3])(?::[0-5]\d(?::[0-5]\d)?|h[0-5]\d)(?!:\d|\d)(?:\s*[ap]\.?m\.?${R})?${TZ}`, 'giu'), reason: 'time of day', has: ':hH' },
  // 9pm, 9 p.m., 11am
  { re: new RegExp(String.raw`${L}(?:1[0-2]|0?[1-9])(?:[.:][0-5]\d)?\s?(?:[ap]\.m\.|[ap]m${R})${TZ}`, 'giu'), reason: 'time of day', has: 'mM' },
  { re: /(?<=\b(?:at|around|about|by|after|before|until|till|past)\s)(?:noon|midnight|midday)\b/giu, reason: 'time of day', needs: /noon|midnight|midday/iu },
  // 22 Uhr, 22h, 22 h 30
  { re: new RegExp(String.raw`${L}(?:[01]?\d|2[0-3])(?:[.:][0-5]\d)?\s?Uhr${R}|${L}(?:[01]?\d|2[0-3])\s?h(?:\s?[0-5]\d)?${R}(?=\s*(?:${TIMEZONE}|[.,;]|$))`, 'gu'), reason: 'time of day', has: 'hU', needs: /\d\s?(?:Uhr|h)/u },
  { re: new RegExp(String.raw`(?:午前|午後|上午|下午|晚上|早上|凌晨)?\d{1,2}[時点點](?:\d{1,2}分|半)?(?:${CJK_ABOUT})?|(?:오전|오후)\s?\d{1,2}시(?:\s?\d{1,2}분)?(?:${CJK_ABOUT})?`, 'gu'), reason: 'time of day', has: '時点點시' },
  // 3 w nocy, 3 in the morning, 8 o'clock, 9 बजे
  { re: new RegExp(String.raw`${L}(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?\s*(?:${HOUR_PART})${R}`, 'giu'), reason: 'time of day' },
  // vers 21 h, à 21 heures, gegen 22 h: hours written with "h" after a preposition of time.
  { re: new RegExp(String.raw`(?<=${L}(?:vers|à|a|dès|avant|après|jusqu['’]à|um|gegen|ab|bis|às|alle)\s+)(?:[01]?\d|2[0-3])\s?(?:h|heures?)(?:\s?[0-5]\d)?${R}`, 'giu'), reason: 'time of day', has: 'hH', needs: /\d\s?h/iu },
  // Server log timestamps: 29/Nov/2025:14:22:08 +0000
  { re: /\b(?:0?[1-9]|[12]\d|3[01])\/(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\/\d{4}(?::\d{2}:\d{2}:\d{2}(?:\s[+-]\d{4})?)?/gu, reason: 'date with a day', has: '/', needs: /\d\/[A-Z][a-z]{2}\// },
  // 2330 hrs, 0915h (military style)
  { re: new RegExp(String.raw`${L}(?:[01]\d|2[0-3])[0-5]\d\s?(?:hrs|hours|h)${R}`, 'gu'), reason: 'time of day', has: 'h', needs: /\d\s?h/u },
  // Hours with a dot after the word for "o'clock" or "at": "kl. 23.10", "klo 22.30", "saat 17.30", "om 21.15"
  { re: new RegExp(String.raw`(?<=${L}(?:kl\.?|klo|saat|om|alle|às|à|um|at|gegen|vers|verso)\s+)(?:[01]?\d|2[0-3])\.[0-5]\d(?!\.?\d)`, 'giu'), reason: 'time of day', has: '.', needs: /\d\.\d/u },
  // Bare hours after a preposition of time in other languages: "verso le 22", "hacia las 11", "gegen 23"
  { re: new RegExp(String.raw`(?<=${L}(?:verso|hacia|gegen|um|vers|cerca\s+de|por\s+volta\s+d[ae]s?|sobre|alle|a)\s+)(?:(?:le|las|les|l['’]|as)\s*)?(?:[01]?\d|2[0-3])${R}(?!\s*(?:%|[.,:]\d|Uhr|h${R}|heures?)|\s+\p{L}{3,})`, 'giu'), reason: 'time of day', needs: /(?:verso|hacia|gegen|um|vers|cerca\s+de|volta\s+d[ae]s?|sobre|alle|a\s+las)\s+(?:(?:le|las|les|l['’]|as)\s*)?\d/iu },
  // half past two, quarter to midnight, halb zehn
  { re: /\b(?:(?:around|about)\s+)?(?:(?:half|quarter)\s+(?:past|to)|halb|viertel\s+(?:nach|vor))\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|midnight|noon|eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|1[0-2]|[1-9])(?![\p{L}\p{N}])/giu, reason: 'time of day', words: true, needs: /half|quarter|halb|viertel/iu },
  // "on the 2nd", "until the 15th": a day of the month named by its ordinal alone
  { re: /(?<=\b(?:on|by|until|till|since|before|after)\s+)the\s+(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?(?:time|floor|edition|place|round|row|item|version|attempt|year|century|person|one|in\s+line|day|week|month)\b)/giu, reason: 'date with a day', needs: /\d(?:st|nd|rd|th)/iu },
  // (last|next|this) Tuesday (evening), mardi dernier, viernes por la noche
  { re: new RegExp(String.raw`${L}(?:(?:${LAST_BEFORE})\s+)?(?:${WEEKDAY})${R}(?:\s+(?:${LAST_AFTER})${R})?(?:${SHORT_DATE})?`, 'giu'), on: 'weekdays', reason: 'weekday', words: true },
  { re: new RegExp(String.raw`${L}(?:(?:${LAST_BEFORE}|${LAST_BEFORE_MORE})\s+)?(?:${WEEKDAY_MORE}|${WEEKDAY}|${GERMAN_COMPOUND})${R}(?:\s+(?:${LAST_AFTER})${R})?`, 'giu'), reason: 'weekday', words: true, more: true },
  // A part of the day next to a day or time it belongs to: "12 марта вечером", "مساء الخميس".
  // …and "the evening of July 9", "مساء الخميس", "la noche del viernes", written before it.
  { re: new RegExp(String.raw`${L}(?:(?:${PART_BEFORE})(?=\s+[\p{L}\p{N}])|(?:${PART_OF_DAY})${R})`, 'giu'), on: 'parts', reason: PART, words: true },
  // Hebrew weekdays, also with a prefixed preposition (ביום שלישי, בשבת) left out of the span.
  { re: /(?<=(?<![\p{L}\p{M}])[בוהלמשכ]{0,2})(?:יום\s+(?:ראשון|שני|שלישי|רביעי|חמישי|שישי)|שבת)(?![\p{L}\p{M}])/gu, reason: 'weekday', words: true, needs: /[\u0590-\u05ff]/ },
  // Tue, 3 … / Fri 14:00: abbreviations count only right before a date or time.
  { re: new RegExp(String.raw`\b(?:${WEEKDAY_ABBR})\.?,?(?=\s*(?:\d|\p{Lu}))`, 'gu'), reason: 'weekday', words: true, needs: /(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|[Ss]áb|[Mm]ié|[Jj]ue|[Vv]ie|[Dd]om)\p{L}{0,2}\.?,?\s*(?:\d|\p{Lu})/u },
  // "Do., 13.03.", "Sa, 8.3.2025": German weekday abbreviations, only right before a date.
  { re: /\b(?:Mo|Di|Mi|Do|Fr|Sa|So)\.?,?\s*(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.(?:\d{4}|\d{2})?(?!\d)/gu, reason: 'weekday', has: 'MDFS', needs: /\b(?:Mo|Di|Mi|Do|Fr|Sa|So)\.?,?\s*\d/u },
  // "am selben Abend", "am nächsten Morgen": the day named by its relation to another.
  { re: /(?<=\b(?:am|an\s+dem|vom)\s+)(?:selben|gleichen|nächsten|folgenden|darauffolgenden|vorigen|vorherigen)\s+(?:Abend|Tag|Morgen|Nachmittag|Vormittag|Mittag|Nacht)\b/giu, reason: 'day relative to the writing', words: true, needs: /(?:selben|gleichen|nächsten|folgenden|vorigen|vorherigen)\s/iu },
  // "the day after her talk", "the morning after the opening keynote"
  { re: /\bthe\s+(?:day|night|morning|evening|afternoon)\s+(?:after|before)\s+(?:the|her|his|their|my|our|your)\s+(?:(?:opening|closing|first|second|last|final|big)\s+)?[\p{L}-]+/giu, reason: 'moment within an event', words: true, needs: /\s(?:after|before)\s/iu },
  // Swahili: "siku ya pili ya mkutano" (the second day of the meeting)
  { re: /\bsiku\s+ya\s+(?:kwanza|pili|tatu|nne|tano|mwisho)(?:\s+ya\s+[\p{L}-]+)?/giu, reason: 'moment within an event', needs: /siku\s+ya/iu, wholeText: 'always' },
  { re: new RegExp(String.raw`${L}(?:${RELATIVE_DAY})${R}`, 'giu'), on: 'relative', reason: 'day relative to the writing', words: true },
  { re: new RegExp(String.raw`${L}(?:${RELATIVE_DAY_MORE})${R}`, 'giu'), reason: 'day relative to the writing', words: true, more: true },
  { re: new RegExp(String.raw`${L}(?:${PART_OF_DAY_MORE})${R}`, 'giu'), reason: PART, words: true, more: true },
  { re: new RegExp(CJK_RELATIVE_DAY, 'gu'), reason: 'day relative to the writing', words: true },
  { re: new RegExp(CJK_WEEKDAY, 'gu'), reason: 'weekday', words: true, wholeText: true, needs: CJK },
  { re: new RegExp(CJK_EVENT_DAY, 'gu'), reason: 'moment within an event', words: true, wholeText: true, needs: CJK },
  { re: new RegExp(CJK_PART_OF_DAY, 'gu'), reason: PART, words: true, wholeText: true, needs: CJK },
  { re: new RegExp(String.raw`${L}(?:this|that|the\s+same|the\s+next|the\s+following|the\s+previous|later\s+that|earlier\s+that)\s+(?:${PART_OF_DAY}|day)${R}`, 'giu'), reason: 'day relative to the writing', words: true, needs: /(?:this|that|the|later|earlier)\s/i },
  { re: /\b(?:\d{1,2}|an?|one|two|three|four|five|six|few|a\s+few|several|couple\s+of)\s+(?:days?|hours?|minutes?|mins?|nights?)\s+(?:ago|later|earlier|before|after)\b/giu, reason: 'moment relative to the writing', words: true, needs: /ago|later|earlier|before|after/iu },
  // the second evening of the conference, day 2 of the sprint
  { re: /\b(?:the\s+)?(?:first|second|third|fourth|fifth|last|final|opening|closing|1st|2nd|3rd|[4-9]th)\s+(?:day|evening|night|morning|afternoon)(?:\s+(?:of|at)\s+(?:the\s+)?[\p{L}\p{N}'’-]+)?\b/giu, reason: 'moment within an event', words: true, needs: /(?:first|second|third|fourth|fifth|last|final|opening|closing|\d(?:st|nd|rd|th))\s/i },
  { re: /\bday\s+(?:\d{1,2}|one|two|three|four|five)\s+of\s+(?:the\s+)?[\p{L}\p{N}'’-]+/giu, reason: 'moment within an event', words: true, needs: /day/iu },
  // "on day two" (not "from day one", which means "from the start")
  { re: /(?<!\bfrom\s+)\bday\s+(?:[1-9]|1[0-4]|one|two|three|four|five|six|seven)\b(?![.,]\d)/giu, reason: 'moment within an event', words: true, needs: /day/iu },
  // último dia do evento, la première soirée du festival
  { re: new RegExp(String.raw`${L}(?:(?:o|a|el|la|le|il|l['’])\s*)?(?:${ROMANCE_ORDINAL})\s+(?:${ROMANCE_DAY})${R}(?:\s+(?:do|da|de|del|du|de\s+la|de\s+l['’]|dell['’]|della|del)\s*[\p{L}'’-]+)?`, 'giu'), on: 'romance', reason: 'moment within an event', words: true },
];

// CJK relative days have no spaces around them to bound a window: in CJK text they run on the whole text.
// ('always': on every text that passes `needs`, for words no trigger scan looks for.)
for (const p of patterns) p.wholeText ||= p.re.source.includes('昨');

// What may stand between two parts of one moment: "March 3rd at 14:05", "Tuesday, 9pm".
const connector = /^(?:\s*,?\s*(?:at|around|about|at\s+about|at\s+around|approx\.?|approximately|from|to|until|till|between|on|in\s+the|um|à|vers|a\s+las|a\s+la|alle|gegen|@|~|-|–|—|около|близько|приблизно|о|в|у|w|o|około|ok\.|às|as|verso|kl\.?|klo|den|a\s+les|の|に|hacia|cerca\s+de(?:\s+las?)?|por\s+volta\s+d[ae]s?|sobre\s+las?|a\s+eso\s+de\s+las?|ca\.?|gegen|saat|de|del|du|do|da|na|no|em|el|am|por\s+la|en\s+la|pela|a|ב|في|،)?\s*|\s*\(\s*)$/iu;

// Words of approximation before a time belong to it: "around 16:30", "около 23:00".
const approximately = /(?<![\p{L}\p{M}])(?:around|about|approximately|approx\.|roughly|circa|ca\.|gegen|vers|hacia|около|близько|приблизно|około|verso|yaklaşık|cerca\s+de(?:\s+las?)?|por\s+volta\s+d[ae]s?)\s+$/iu;
// "every second Tuesday", "jeden Dienstag", "los jueves", "il giovedì": a habit, not a moment.
const habitBefore = /(?<![\p{L}\p{M}])(?:every|each|jeden|chaque|cada|todos\s+los|los|todas\s+as|ogni|il|каждый|каждую|кожного|кожну|każdy|każdą|her|हर|كل|כל)(?:\s+(?:other|second|third|first|last|2nd|3rd))?\s+$/iu;

// Words that can start or anchor a date phrase without digits; of a phrase, its last word
// ("por la noche", "יום שלישי"), and weekdays also with a possessive ("Thursday's meeting").
const lastWord = (alternatives: string) => alternatives.split('|').map((w) => w.split('\\s+').pop()!);
const triggers = new Set([
  ...lastWord(WEEKDAY), ...WEEKDAY.split('|').flatMap((w) => [`${w}'s`, `${w}’s`]), ...WEEKDAY_ABBR.toLowerCase().split('|'),
  ...lastWord(PART_OF_DAY), ...lastWord(RELATIVE_DAY), ...ROMANCE_DAY.split('|'),
  'مساء', 'صباح', 'ليلة', 'ظهر', 'ночь', 'nuit', 'noite', 'noche', 'יום', 'ביום', 'בשבת', 'ושבת',
  'night', 'ago', 'later', 'earlier', 'noon', 'midnight', 'midday', 'day', 'evening', 'morning', 'afternoon', 'half', 'quarter', 'halb', 'viertel', 'sáb', 'mié', 'jue', 'vie', 'dom',
]);

const moreTriggers = new Set([
  ...lastWord(WEEKDAY_MORE), ...lastWord(LAST_BEFORE_MORE), ...lastWord(PART_OF_DAY_MORE), ...lastWord(RELATIVE_DAY_MORE), ...GERMAN_DAY_PART_WORDS,
]);

// The last word of each phrase, and of a hyphenated word its last part ("après-midi" is read
// as "après" and "midi" by the word scan).
const anchorWords = (alternatives: string) => lastWord(alternatives).map((w) => w.split('-').pop()!);
// Also with a possessive ("yesterday’s talk") and with either apostrophe ("aujourd’hui").
const variants = (words: readonly string[]) =>
  words.flatMap((w) => [w, `${w}'s`, `${w}’s`]).flatMap((w) => (w.includes("'") ? [w, w.replaceAll("'", '’')] : [w]));
const classWords: Record<TriggerClass, string[]> = {
  months: variants(MONTH.split('|')),
  weekdays: variants(anchorWords(WEEKDAY)),
  parts: variants([...anchorWords(PART_OF_DAY), 'morning', 'afternoon', 'evening', 'night', 'noche', 'tarde', 'mañana', 'nuit', 'soirée', 'matinée', 'noite', 'مساء', 'صباح', 'ليلة', 'ظهر', 'ночь']),
  relative: variants(anchorWords(RELATIVE_DAY)),
  romance: variants(ROMANCE_DAY.split('|')),
};
const classes = Object.keys(classWords) as TriggerClass[];

// All sets in one map, so that one scan of the text finds the anchors of each: bit 0
// triggers, bit 1 moreTriggers, then one bit per class.
const triggerGroups = new Map<string, number>();
const addGroup = (words: Iterable<string>, bit: number) => {
  for (const w of words) triggerGroups.set(w.toLowerCase(), (triggerGroups.get(w.toLowerCase()) ?? 0) | (1 << bit));
};
addGroup(triggers, 0);
addGroup(moreTriggers, 1);
classes.forEach((c, i) => addGroup(classWords[c], 2 + i));

// The same patterns as objects of one shape (every field present, in one order): read in the
// loop below for every text, objects of many shapes made each field read a slow lookup.
const uniformPatterns = patterns.map((p) => ({
  re: p.re, reason: p.reason, words: p.words === true, wholeText: p.wholeText ?? false, needs: p.needs, has: p.has, more: p.more === true, on: p.on,
}));

function holdsOneOf(s: string, chars: string): boolean {
  for (let i = 0; i < chars.length; i++) if (s.includes(chars[i]!)) return true;
  return false;
}

/** `tokens`: the text's words (words.ts), when the caller has read them already. */
export function detectDateTimes(text: string, tokens: readonly Token[] = tokenize(text, fold(text))): DetectedSpan[] {
  const raw: DetectedSpan[] = [];
  const digitWindows = windowsAround(text, digitAnchors(text), 30, 30);
  const anchors = tokenAnchorGroups(tokens, triggerGroups, 2 + classes.length);
  const [wordAnchors, moreAnchors] = anchors as [number[], number[]];
  const classWindows = new Map<TriggerClass, ReturnType<typeof windowsAround>>();
  const windowsOf = (c: TriggerClass) => {
    let w = classWindows.get(c);
    if (w === undefined) classWindows.set(c, (w = windowsAround(text, anchors[2 + classes.indexOf(c)]!, 30, 40)));
    return w;
  };
  const wordWindows = windowsAround(text, wordAnchors, 30, 40);
  const cjk = /[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]/.test(text);
  let moreWindows: ReturnType<typeof windowsAround> | undefined;
  for (const { re, reason, words, wholeText, needs, has, more, on } of uniformPatterns) {
    if (more) moreWindows ??= windowsAround(text, moreAnchors, 30, 40);
    const windows = on !== undefined ? windowsOf(on) : more ? moreWindows! : words ? wordWindows : digitWindows;
    const whole = wholeText === 'always' || (cjk && wholeText === true);
    // Without windows the pattern finds nothing (unless it runs on the whole text): skip
    // before paying for the `needs` test, which reads the whole text.
    if (!whole && windows.length === 0) continue;
    // Every match lies in a window and contains what `needs` looks for: the pattern runs only
    // in the windows that contain it (about a third of a text in all).
    const chosen = (needs === undefined && has === undefined) || whole ? windows : windows.filter((w) => {
      const slice = (w.slice ??= text.slice(w.start, w.end));
      return (has === undefined || holdsOneOf(slice, has)) && (needs === undefined || needs.test(slice));
    });
    if (whole ? needs !== undefined && !needs.test(text) : chosen.length === 0) continue;
    const found = whole ? allMatches(re, text).map((match) => ({ index: match.index, match })) : matchesIn(text, chosen, re);
    for (const { index, match: m } of found) {
      if (m[0].trim() === '') continue;
      let start = index;
      let end = index + m[0].length;
      // Leading "the " is part of the phrase; trailing spaces are not.
      while (end > start && isSpaceAt(text, end - 1)) end--;
      while (start < end && isSpaceAt(text, start)) start++;
      // "Monday mornings", "Thursday afternoons": a habit, not a moment.
      if (reason === 'weekday' && /^\s+\p{L}*s\b/u.test(text.slice(end, end + 16)) && /^\s+(?:mornings|afternoons|evenings|nights)\b/i.test(text.slice(end))) continue;
      if (reason === 'weekday' && habitBefore.test(text.slice(Math.max(0, start - 24), start))) continue;
      // A full stop after a month is the end of the sentence unless the month is abbreviated.
      const lastWord = text.charCodeAt(end - 1) === 46 ? /([\p{L}]+)\.$/u.exec(text.slice(start, end)) : null;
      if (lastWord && !/^(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$/i.test(lastWord[1]!) && !/[ap]\.m\.$/i.test(text.slice(start, end))) end--;
      raw.push({ start, end, label: 'DATETIME', reason, priority: 50 });
    }
  }
  raw.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: DetectedSpan[] = [];
  for (const s of raw) {
    const last = merged[merged.length - 1];
    if (last && (s.start <= last.end || connector.test(text.slice(last.end, s.start)))) {
      if (s.end > last.end) {
        last.end = s.end;
        if (!last.reason.includes(s.reason)) last.reason = `${last.reason} and ${s.reason}`;
      }
      continue;
    }
    merged.push({ ...s });
  }
  // A closing bracket opened by the connector belongs to the span too.
  for (const s of merged) {
    // (Searched inside the span only: a search back from its end read the whole text before it
    // when that held no bracket, quadratic on long logs.)
    if (text[s.end] === ')' && text.slice(s.start + 1, s.end + 1).includes('(')) s.end += 1;
    const c = text.charCodeAt(s.start);
    if (c >= 48 && c <= 57) {
      const before = text.slice(Math.max(0, s.start - 24), s.start);
      const m = approximately.exec(before);
      if (m) s.start -= before.length - m.index;
    }
  }
  // A part of the day that joined no day or time is dropped.
  return merged.filter((s) => s.reason !== PART);
}
