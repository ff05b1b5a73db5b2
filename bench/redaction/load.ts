// Reads the evaluation texts: "### id kind" headers, optional "parties:" and "org:" lines,
// then the text with labeled spans written inline as [[X:content]]
// (P person, U username, E email, L link, T phone, D date/time, Q quote).
import { readFileSync } from 'node:fs';
import type { KnownParty, Label } from '../../src/privacy/redaction';
import type { GoldSpan } from '../../src/privacy/redaction/evaluation/score';
import { fold } from '../../src/privacy/redaction/text';

export interface EvalText {
  id: string;
  kind: string;
  parties: KnownParty[];
  org: string[];
  text: string;
  gold: GoldSpan[];
}

const codes: Record<string, Label> = { P: 'PERSON', U: 'USERNAME', E: 'EMAIL', L: 'URL', T: 'PHONE', D: 'DATETIME', Q: 'QUOTE' };
const markRe = /\[\[([PUELTDQ]):(.*?)\]\]/gs;

function parseParties(line: string): KnownParty[] {
  return line.split(';;').map((p) => {
    const [names = '', usernames = '', emails = ''] = p.split('|');
    const list = (s: string) => s.split(',').map((x) => x.trim()).filter((x) => x !== '');
    return { names: list(names), usernames: list(usernames), emails: list(emails) };
  });
}

/** Whether a labeled span is made of the parties' known identifiers. */
function isKnown(content: string, parties: readonly KnownParty[]): boolean {
  const f = fold(content).replace(/^@/, '').trim();
  for (const p of parties) {
    const ids = [...p.usernames, ...p.emails].map((x) => fold(x).replace(/^@/, ''));
    if (ids.includes(f)) return true;
    const parts = new Set(p.names.flatMap((n) => fold(n).split(/[\s-]+/)));
    const words = f.split(/[\s-]+/).filter((w) => w !== '');
    if (words.length > 0 && words.every((w) => parts.has(w))) return true;
  }
  return false;
}

function parseBody(body: string, parties: readonly KnownParty[]): { text: string; gold: GoldSpan[] } {
  let text = '';
  const gold: GoldSpan[] = [];
  let last = 0;
  for (const m of body.matchAll(markRe)) {
    text += body.slice(last, m.index);
    const content = m[2]!;
    gold.push({ start: text.length, end: text.length + content.length, label: codes[m[1]!]!, known: isKnown(content, parties) });
    text += content;
    last = m.index + m[0].length;
  }
  text += body.slice(last);
  if (text.includes('[[')) throw new Error(`unbalanced markup near: ${text.slice(text.indexOf('[['), text.indexOf('[[') + 30)}`);
  return { text, gold };
}

export function loadSet(file: string): EvalText[] {
  const raw = readFileSync(new URL(`./data/${file}`, import.meta.url), 'utf8');
  const out: EvalText[] = [];
  for (const block of raw.split(/^### /m).slice(1)) {
    const lines = block.split('\n');
    const [id = '', kind = ''] = lines.shift()!.trim().split(/\s+/);
    let parties: KnownParty[] = [];
    let org: string[] = [];
    while (lines.length > 0 && /^(parties|org):/.test(lines[0]!)) {
      const line = lines.shift()!;
      if (line.startsWith('parties:')) parties = parseParties(line.slice(8));
      else org = line.slice(4).split(',').map((x) => x.trim()).filter((x) => x !== '');
    }
    const body = lines.join('\n').replace(/\s+$/, '');
    out.push({ id, kind, parties, org, ...parseBody(body, parties) });
  }
  return out;
}
