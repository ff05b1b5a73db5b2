// A generated stand-in for the evaluation texts, for throughput only (no labels): short case
// notes, reports and chat excerpts of about the same length and mix as data/*.txt, built
// deterministically from templates. Used by `run.ts --throughput-only` when the data files
// are missing or with `--generated`.
import type { KnownParty } from '../../src/privacy/redaction';
import { rng } from '../../src/privacy/redaction/evaluation/seeded-random';
import type { EvalText } from './load';

// Given and family names from many cultures and scripts, combined into mostly distinct
// people (as in the evaluation set, where each text has its own parties).
const given = ['Maya', 'Olusegun', 'Priya', 'José', 'Łukasz', 'Thandiwe', 'Aroha', 'Siobhán', 'Ana', 'Mehmet', 'Grace', 'Will', 'Rose',
  'May', 'Efua', 'Kwame', 'Hiroshi', 'Fatima', 'Noa', 'Bjørn', 'Zsófia', 'Chidi', 'Leilani', 'Arjun', 'Ines', 'Tomasz', 'Aigerim', 'Oisín'];
const family = ['Okafor', 'Adeyemi', 'Raghunathan', 'Álvarez', 'Wróbel', 'Ndlovu', 'Ngata', 'Ní Bhriain', 'de la Cruz', 'Yılmaz', 'Mbeki',
  'Turner', 'Tyler', 'Chen', 'Asante', 'Mensah', 'Sato', 'Zahra', 'Levi', 'Halvorsen', 'Nagy', 'Okonkwo', 'Kahale', 'Patel', 'Kovač'];
const scripts: Array<[string, string]> = [['Иван Петров', 'ivanp'], ['Ольга Ковальчук', 'olga_k'], ['Γιώργος Παπαδόπουλος', 'gpap'],
  ['田中 愛子', 'aiko_t'], ['김민준', 'minjun'], ['राहुल शर्मा', 'rahul'], ['דוד כהן', 'dcohen'], ['محمد الأحمد', 'malahmad']];

function person(r: () => number): [string, string] {
  if (r() < 0.15) return pick(r, scripts);
  const g = pick(r, given);
  const f = pick(r, family);
  const user = `${g.slice(0, 1)}${f.replace(/\s+/g, '')}`.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]/g, '');
  return [`${g} ${f}`, `${user}${Math.floor(r() * 90) + 10}`];
}
const others = ['Tomasz', 'Dr. Kowalczyk', 'Chidi', 'Leilani', 'Arjun Patel', 'Sam', 'Mark', 'Ines Kovač', 'Keoni', 'Zsófia Nagy'];
const dates = ['March 3rd at 14:05 UTC', '3/14/2025', '2025-03-14T09:12:44Z', 'last Tuesday around 9pm', 'yesterday', 'the second evening of the conference',
  'two days ago', '12. Mai 2025 gegen 22 Uhr', 'Friday evening', 'tonight', 'on 14.03.2025', 'at 9:30 pm', '2025年3月14日'];
const quotes = ['"you do not belong here"', '“go back to your kitchen”', '« je ne reviendrai pas »', '„das war nicht okay“', '"nobody asked you"', "'leave now'"];
const places = ['https://docs.example.org/code-of-conduct', 'PyCon Italia', 'the Berlin meetup', 'RustConf', 'the Django sprint', 'the hallway track', 'São Paulo', 'the Discord server', 'the #general channel'];

const templates: Array<(p: [string, string], q: [string, string], r: () => number) => string> = [
  (p, q, r) => `${p[0]} reported that ${q[0].split(' ')[0]} followed her after the talk at ${pick(r, places)} ${pick(r, dates)} and said ${pick(r, quotes)}. The reporter asked us not to contact ${q[0].split(' ')[0]} yet.`,
  (p, q, r) => `[21:04] <${p[1]}> can someone look at this\n[21:05] <${q[1]}> ${pick(r, quotes).slice(1, -1)}\n[21:06] <${p[1]}> @${q[1]} please stop`,
  (p, q, r) => `Met with ${p[0]} ${pick(r, dates)}. ${p[0].split(' ')[0]}'s account: ${q[0]} (@${q[1]}) messaged ${pick(r, ['her', 'him', 'them'])} repeatedly; see https://github.com/${q[1]} and mail ${q[1]}@posteo.de.`,
  (p, q, r) => `Note: ${pick(r, others)} witnessed it. ${q[0].split(' ').pop()} wrote in the channel: ${pick(r, quotes)}. Outcome: warning sent to ${q[1]}#${1000 + Math.floor(r() * 9000)} ${pick(r, dates)}.`,
  (p, q, r) => `Hi ${p[0].split(' ')[0]}, thanks for writing to coc@example.org about ${pick(r, places)}. We will talk with ${q[0]} ${pick(r, dates)}. Call +44 20 7946 0958 if anything changes.`,
  (p, q, r) => `${p[0]}: did you see what ${q[1]} posted?\n${q[1]}: it was a joke\n${p[0]}: ${pick(r, quotes)} is not a joke`,
];

function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)]!;
}

export function generatedSet(count = 166, seed = 2026): EvalText[] {
  const r = rng(seed);
  const out: EvalText[] = [];
  for (let i = 0; i < count; i++) {
    const p = person(r);
    const q = person(r);
    let text = pick(r, templates)(p, q, r);
    if (r() < 0.4) text += `\n${pick(r, templates)(p, q, r)}`;
    const party = ([name, user]: [string, string]): KnownParty => ({ names: [name], usernames: [user], emails: [`${user}@posteo.de`] });
    out.push({ id: `gen-${i}`, kind: 'generated', parties: [party(p), party(q)], org: ['coc@example.org'], text, gold: [] });
  }
  return out;
}
