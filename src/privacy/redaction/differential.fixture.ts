// Differential corpus for the redaction engine: a few thousand texts built deterministically
// from varied pieces (names in many scripts and common-word names, possessives, emails also
// written out, handles, name#1234, IRC logs, links, phones, IPs, dates and times in many
// formats, quotes in many marks, emoji and astral characters, non-English text), the texts
// of the unit tests, and a few long texts, with and without known parties, organisation
// addresses and gender-neutral pronouns. differential.test.ts compares the engine's output
// on it with differential.golden.txt, written by the engine before its throughput work, so
// that speed changes cannot change what is detected.
//
// Regenerate the golden file only when detection is meant to change, and say so in the
// commit: npx tsx src/privacy/redaction/differential.fixture.ts --write
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import type { KnownParty } from './types';
import { rng } from './evaluation/seeded-random';

type Party = KnownParty;
export interface Case {
  text: string;
  parties?: Party[];
  org?: string[];
  neutral?: boolean;
}

const names = [
  'Maya Okafor', 'Olusegun Adeyemi', 'Priya Raghunathan', 'José Álvarez', 'Zoë Dubois', 'Łukasz Wróbel', 'Søren Østergaard',
  'Nguyễn Thị Lan', 'Ngozi Okonkwo', 'Kwame Mensah', 'Thandiwe Ndlovu', 'Abebe Bekele', 'Aroha Ngata', 'Keoni Kahale',
  'Siobhán Ní Bhriain', 'Jan van der Berg', 'Ana de la Cruz', 'Mehmet Yılmaz', "Liam O'Brien", 'Fiona McDonald', 'Jean-Luc Moreau',
  'Иван Петров', 'Ольга Ковальчук', 'Γιώργος Παπαδόπουλος', 'محمد الأحمد', 'דוד כהן', 'राहुल शर्मा', '李明', '王芳', '田中 愛子',
  '김민준', 'Efua Asante', 'Tomasz Nowak', 'Ines Kovač', 'Grace Hopper', 'Will Turner', 'Rose Tyler', 'Mark Chen', 'May Lin',
  'June Park', 'Hope Mbeki', 'Bill Evans', 'Faith Otieno', 'Summer Rain', 'Ivy Walker', 'Dawn Li', 'Hunter Grey', 'Precious Moyo',
  'Dr. Kowalczyk', 'Mx. Rivera', 'Mme Lefèvre', 'Frau Schmidt', 'Seun', 'Katya', 'Thabo', 'Leilani', 'Chidi', 'Aigerim Bekova',
  'Hiroshi Sato', 'Sakura Yamamoto', 'Chen Wei', 'Arjun Patel', 'Fatima Zahra', 'Yusuf Demir', 'Noa Levi', 'Oisín Byrne',
  'Bjørn Halvorsen', 'Märta Lindqvist', 'Zsófia Nagy', 'Dvořák', 'Ŧomas', 'Ahmed', 'Kim', 'Lee', 'Al', 'Jo', 'Sam Smith',
];
const handles = ['@maya_o', '@kmoore', '@kat.dev', '@maya@hachyderm.io', '@everyone', '@here', '@troll_42', '@jdoe', '@moguroから', '@ines-k', '@a', '@Σigma'];
const discr = ['troll#1234', 'maya#0001', 'x#12345', 'Ünal#9876', 'a#1234'];
const emails = ['maya.okafor@posteo.de', 'seg@posteo.de', 'coc@pyfound.org', 'kim [at] mailbox [dot] org', 'maya dot o at riseup dot net',
  'info@example.com', 'Ana.Cruz@example.org.', 'j.d@ex-ample.co.uk', 'léa@exemple.fr', 'ivan(at)mail(dot)ru', 'bob AT example DOT com', 'name＠example dot org'];
const urls = ['https://github.com/maya', 'https://github.com/django/django', 'https://github.com/a/b/issues/12#issuecomment-99',
  'https://mastodon.social/@kim/1112223334', 'https://docs.python.org/3/.', 'www.example.org/about', 'hackmd.io/@pyladies', 'github.com/kmoore',
  'https://twitter.com/someone/status/123456789', '(https://example.com/page)', 'https://forum.example.org/t/post/12345', 'https://www.linkedin.com/in/maya-okafor',
  'https://bsky.app', 'http://example.com/comments/4567?id=9'];
const phones = ['+44 20 7946 0958', '(555) 201-4477', '06 12 34 56 78', '+1-202-555-0143', '0049 30 1234567', '555.201.4477', 'tel: 2014477',
  'call 0171 234 5678', '+81 3-1234-5678', '1,200 people', 'v1.2.3', '2024-2025', '123456789012345678'];
const ips = ['192.168.1.20', '10.0.0.1', 'v1.2.3.4', '2001:db8::ff00:42:8329', 'fe80::1', '12:30:45', '256.1.1.1', '1.2.3.4.5'];
const dates = ['March 3rd at 14:05 UTC', '3/14/2025', '2025-03-14T09:12:44Z', '14.03.2025', 'last Tuesday around 9pm', 'yesterday', 'tonight',
  'the second evening of the conference', 'Two days ago', 'Mon, 3 March', 'Fri 14:00', 'on 3/14', '12. Mai 2025 gegen 22 Uhr', '3 de marzo de 2025',
  '12 марта', '2025年3月14日', '昨日', '3월 14일', '午後3時', '오후 3시', '22h30', '9 p.m.', '11am', 'noon', 'at midnight', 'March 2025', 'in 2024',
  'Monday mornings', 'last week', 'the 3rd of March', 'Mar. 3, 2025', 'day 2 of the sprint', 'that morning', 'the following day', 'heute Abend',
  "aujourd'hui", 'le 3 mars', 'am 12.05.', '14:05:22 (UTC+2)', '2025/3/14', 'sept 9', 'Sat 3 hours', 'this Friday evening', 'a few hours later',
  'March the 3rd', '10:30-11:00', 'between 9 and 10pm', 'Tuesday, 9pm', '7:45 am EST', '8', 'in May', 'May 3', 'on May 3rd'];
const quotes = ['"go back to your kitchen"', '« je ne reviendrai pas »', '„das war nicht okay“', '「もう来ないで」', '“you people always complain,”',
  '"be respectful of differing viewpoints"', '"Scaling Python at the Edge"', '"joke"', "'leave now'", '‘you are not welcome here’', '‹ non ›',
  '『黙れ』', '〝quiet〞', '＂stop it＂', '»nein danke«', '‚schon gut‘', '"unclosed quote', '""', '"two\n\nparagraphs"'];
const speech = [' said ', ' wrote: ', ' replied ', ' told me ', ' a écrit : ', ' sagte: ', ' сказал ', ' と言った', ' said, ', ' posted in the channel: ', ' the sponsor said', ' — '];
const words = ['the reporter', 'an organizer', 'PyCon Italia', 'Florence', 'São Paulo', 'Berlin', 'GitHub', 'JavaScript', 'Django', 'the Code of Conduct',
  'the grace period', 'I will', 'may', 'mark the date', 'Grace Hopper Celebration', 'Rust Belt', 'the working group', 'talked with', 'met', 'Hi', 'Dear',
  'thanks', 'told', 'with', 'and', 'Later,', 'Yesterday', 'Note:', 'Summary:', 'Outcome: warning', 'in', 'at', 'near', 'Apple', 'Will you', 'Rose Garden',
  'Mark\'s', "Maya's", 'Maya’s', "MAYA's", 'Máya', 'maya', 'MAYA', 'Okafor', 'okafor', 'Mayan', 'maya_oz', 'maya.okafor', 'Okafor\'nin', 'she', 'he', 'her',
  'his', 'him', 'hers', 'herself', 'she is', 'he was', 'her talk', 'told her that', 'GRACE', 'the Reporter', 'St. Mary', 'Mr. Smith', 'Prof. Ada',
  '`git log --author=maya`', '```\nconst maya = 1;\n```', 'ruby', 'Ruby', 'Python', 'Rust', 'PyLadies', 'WG', 'CoC', 'O\'Neil', 'D’Angelo', 'MacLeod',
  'van', 'de', 'Al-Hassan', 'El-Sayed', 'bin Ali', '(she/her)', 'who', 'asked', 'warned', 'ping', 'cc', 'aka', 'né', 'partner', 'colleague'];
const emoji = ['😀', '𝒜𝒷𝒸', '🧑🏽‍💻', '👋', '🎉', '𠜎𠜱', '\u0301', 'A\u0300', 'é', 'ﬁ', '\u200d', '\u00a0', '\t', 'İ', 'ẞ', 'ς'];
const foreign = ['Das Treffen war gestern in Berlin.', 'Il a dit que tout allait bien.', 'El evento fue en Madrid.', 'Встреча была в Москве.',
  '会議は東京で行われた。', '李明说他不来了。', '王芳表示同意。', '김민준 씨가 말했다.', 'Η συνάντηση έγινε στην Αθήνα.', 'הפגישה הייתה בתל אביב.',
  'الاجتماع كان في القاهرة.', 'बैठक दिल्ली में थी।', 'Cuộc họp ở Hà Nội.', 'Toplantı İstanbul\'da yapıldı.', 'ประชุมที่กรุงเทพ', '田中さんは「もう来ないで」と言った'];
const irc = ['[14:02] <maya_o> hi', '[14:03] <@kmoore> go away', '* kmoore has quit', '--> troll joined', '<+voice> hey', 'maya is now known as maya_away',
  '*** kmoore is now known as km2', 'Tomasz: did you see it?', 'ines_k: yes', 'Note: follow up', '[9:15 PM] Maya: ok', '10:02 - Chidi O.: no', '<--  x has left'];
const seps = [' ', ' ', ' ', ', ', '. ', '\n', ': ', ' — ', ' (', ') ', '; ', '', '\n\n', '! ', '? ', ' and ', ' with ', ' on ', ' at ', '’s ', "'s "];
const parties: Party[] = [
  { names: ['Maya Okafor'], usernames: ['maya_o'], emails: ['maya.okafor@posteo.de'] },
  { names: ['Will Turner'], usernames: [], emails: [] },
  { names: ['May Chen', 'Maisie'], usernames: ['@mchen'], emails: ['info@example.com'] },
  { names: ['Olusegun Adeyemi', 'Segun'], usernames: ['seg'], emails: ['seg@posteo.de'] },
  { names: ['Ana de la Cruz'], usernames: ['ana-cruz'], emails: ['Ana.Cruz@example.org'] },
  { names: ['Иван Петров'], usernames: ['ivan'], emails: [] },
  { names: ['田中 愛子'], usernames: [], emails: [] },
  { names: ['Jean-Luc Moreau'], usernames: ['jl.moreau'], emails: ['jean-luc.moreau@exemple.fr'] },
  { names: ['Grace'], usernames: ['kmoore', 'km'], emails: [] },
  { names: ['  ', 'Ŧomas Ø. Ælfred'], usernames: ['a', ''], emails: ['not-an-email', 'x@y'] },
  { names: ['Łukasz Wróbel', 'Lukasz'], usernames: ['@lw'], emails: ['lukasz@wrobel.pl'] },
  { names: ['Nguyễn Thị Lan'], usernames: [], emails: [] },
  { names: ['June'], usernames: [], emails: [] },
];
const orgs = [['coc@pyfound.org'], ['@pyladies', 'conduct@example.org'], ['info@example.com'], ['https://github.com/django/django']];

const pools = [names, names, names, handles, discr, emails, urls, phones, ips, dates, dates, quotes, speech, words, words, words, emoji, foreign, irc];

export function generate(count: number, seed: number): Case[] {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const randomChars = () => {
    let s = '';
    const n = 1 + Math.floor(r() * 6);
    for (let i = 0; i < n; i++) {
      const kind = r();
      if (kind < 0.4) s += String.fromCharCode(32 + Math.floor(r() * 95));
      else if (kind < 0.6) s += String.fromCharCode(0xa0 + Math.floor(r() * 0x500));
      else if (kind < 0.75) s += String.fromCharCode(0x3000 + Math.floor(r() * 0x7000));
      else if (kind < 0.85) s += String.fromCodePoint(0x1f300 + Math.floor(r() * 0x300));
      else s += pick(emoji);
    }
    return s;
  };
  const out: Case[] = [];
  for (let i = 0; i < count; i++) {
    const n = 1 + Math.floor(r() * 14);
    let text = '';
    for (let j = 0; j < n; j++) {
      const x = r();
      if (x < 0.08) text += randomChars();
      else if (x < 0.16) text += pick(names) + pick(speech) + pick(quotes);
      else if (x < 0.22) text += `${pick(['On', 'on', 'at', 'Last', 'since', 'in', 'by'])} ${pick(dates)}${pick([' at ', ', ', ' around ', ' ', ' (', ' - '])}${pick(dates)}`;
      else text += pick(pick(pools));
      text += pick(seps);
    }
    if (r() < 0.1) text = text.toUpperCase();
    // biome-ignore lint/suspicious/noDuplicateElseIf: r() draws a new number each call; the corpus depends on this order
    else if (r() < 0.1) text = text.toLowerCase();
    const c: Case = { text };
    const pr = r();
    if (pr < 0.55) {
      const k = 1 + Math.floor(r() * 3);
      c.parties = Array.from({ length: k }, () => pick(parties));
    }
    if (r() < 0.25) c.org = pick(orgs);
    if (r() < 0.3) c.neutral = true;
    out.push(c);
  }
  return out;
}

const unitTexts = [
  'Maya Okafor wrote on March 3rd, 2025 at 14:05: "leave now". Later Maya\'s friend Olusegun Adeyemi and @maya_o agreed. Olusegun left.',
  'The reporter and an organizer of PyCon Italia in Florence met in March 2025. The Code of Conduct says "be kind". Write to coc@pyfound.org. Run `git log --author=maya` to check.',
  'Run `git log --author=maya_o`', 'Maya said she is tired; her talk was moved and he told her so.', 'We met on 14/03/2025 and on 3 May.', 'See you tomorrow. Call at 9pm.',
  "MAYA's note: maya okafor (@maya_o, Maya.Okafor@posteo.de) and Máya", 'I will ask Will. In May 2025 May said she may come on May 3.', 'Mayan ruins and maya_oz', '昨日田中さんが来た',
  'Mail maya.o@posteo.de. Or maya dot o at riseup dot net, or kim [at] mailbox [dot] org.', 'We met at the venue and talked about the dot product.',
  'See https://github.com/maya, https://github.com/django/django, https://github.com/a/b/issues/12#issuecomment-99 and https://mastodon.social/@kim/1112223334 or https://docs.python.org/3/.',
  'Call +44 20 7946 0958, (555) 201-4477 or 06 12 34 56 78. Not 2024-2025, 3/14/2025, v1.2.3 or 1,200 people.', 'from 192.168.1.20 running v1.2.3.4',
  'On March 3rd at 14:05 UTC she wrote.', 'Filed 3/14/2025, seen 2025-03-14T09:12:44Z, met 14.03.2025.', 'last Tuesday around 9pm', 'on the second evening of the conference',
  'It was yesterday. Two days ago he left; tonight he returns.', 'Le 3 mars 2025. Am 12. Mai. El 3 de marzo. Было 12 марта.', '2025年3月14日に、昨日',
  'In March 2025 and in 2024, we meet on Monday mornings for two days.', 'cc @kat.dev and @maya@hachyderm.io, @everyone; mail a@b.org; troll#1234', '@moguroから連絡',
  '[14:02] <maya_o> hi\n[14:03] <@kmoore> go away\n* kmoore has quit', 'Tomasz: did you see it?\nines_k: yes\nNote: follow up', 'Summary: one line\nOutcome: warning',
  'He said "go back to your kitchen" loudly.', 'Léa a écrit : « je ne reviendrai pas »', 'Sie schrieb: „das war nicht okay“', '田中さんは「もう来ないで」と言った',
  '“you people always complain,” the sponsor said', 'The Code of Conduct says "be respectful of differing viewpoints".', 'Her talk was titled "Scaling Python at the Edge".',
  'That was a "joke", apparently.', "Maya's talk and Tom's demo don't count", 'Yesterday Priya Raghunathan met Olusegun, who said hi.', 'Dr. Kowalczyk agreed.',
  'Иван Петров сказал, что всё хорошо.', '田中さんと李明老师', 'Will you come? I will ask.', 'I talked with Grace and Mark about it.',
  'The Reporter met the organizers of PyCon Italia in São Paulo at the Grace Hopper Celebration.', 'GitHub, JavaScript and Django were discussed in Berlin.',
  'Olusegun Adeyemi said it was fine. Later, Adeyemi left.', '🧑🏽‍💻 Maya Okafor 👋 wrote to @jdoe on March 3rd: "you do not belong here" 𝒜𝒷𝒸',
  '𠜎𠜱 Olusegun Adeyemi called +44 20 7946 0958 yesterday 🎉 and mailed seg@posteo.de', 'Call Grace tomorrow', 'Nothing to see in Berlin in 2025.',
  'Maya told @maya_o’s friend on 3/14/2025 that Maya Okafor would leave.', '', ' ', '\n\n', 'a', '"', '««»»', '@', '#1234', '12:30', '2025',
];

export function buildCorpus(): Case[] {
  const cases: Case[] = [];
  const unitOptions: Array<Omit<Case, 'text'>> = [{}, { parties: [parties[0]!] }, { parties: [parties[1]!, parties[2]!], neutral: true }, { org: ['coc@pyfound.org'], parties: [parties[0]!, parties[3]!] }];
  for (const t of unitTexts) for (const o of unitOptions) cases.push({ text: t, ...o });
  cases.push(...generate(1000, 12345));
  // Medium and long texts: many pieces joined, as in a long document.
  const r = rng(99);
  const gen = generate(3000, 777);
  for (let i = 0; i < 6; i++) {
    const k = 40 + Math.floor(r() * 160);
    const start = Math.floor(r() * (gen.length - k));
    const slice = gen.slice(start, start + k);
    cases.push({ text: slice.map((c) => c.text).join(i % 2 === 0 ? '\n\n' : ' '), parties: i % 3 === 0 ? undefined : slice.flatMap((c) => c.parties ?? []).slice(0, 8), org: i % 4 === 0 ? ['coc@pyfound.org'] : undefined, neutral: i % 5 === 0 });
  }
  return cases;
}


interface Engine {
  detectSpans(text: string, options: { knownParties?: Party[]; organisationAddresses?: string[]; genderNeutral?: boolean }): Array<{ start: number; end: number; label: string; reason: string }>;
  redact(text: string, options: { knownParties?: Party[]; organisationAddresses?: string[]; genderNeutral?: boolean }): unknown;
}

const labelCodes: Record<string, string> = { PERSON: 'P', USERNAME: 'U', EMAIL: 'E', URL: 'L', PHONE: 'T', DATETIME: 'D', QUOTE: 'Q' };

/** One line per case: a hash of detectSpans and redact together, then the spans. */
export function goldenLines(engine: Engine, cases: readonly Case[]): string[] {
  return cases.map((c) => {
    const options = { knownParties: c.parties, organisationAddresses: c.org, genderNeutral: c.neutral };
    const spans = engine.detectSpans(c.text, options);
    const hash = createHash('sha256').update(JSON.stringify({ spans, redact: engine.redact(c.text, options) })).digest('hex').slice(0, 16);
    return `${hash} ${spans.map((s) => `${s.start}-${s.end}${labelCodes[s.label] ?? '?'}`).join(' ')}`;
  });
}

export const GOLDEN_FILE = new URL('./differential.golden.txt', import.meta.url);

if (process.argv.includes('--write') && process.argv[1]?.endsWith('differential.fixture.ts')) {
  void import('./redact').then((engine: Engine) => {
    writeFileSync(GOLDEN_FILE, `${goldenLines(engine, buildCorpus()).join('\n')}\n`);
  });
}
