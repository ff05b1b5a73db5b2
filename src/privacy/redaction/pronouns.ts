// Gender-neutral pronouns for the rendered text: he/she → they, him → them, his/her → their,
// with the verb that follows made plural where it is one we know ("she is" → "they are").
import type { Range } from './types';
import { allMatches, intersectsAny } from './text';

export interface PronounChange {
  start: number;
  end: number;
  original: string;
  replacement: string;
}

const verbFix: Record<string, string> = {
  is: 'are', was: 'were', has: 'have', does: 'do', "isn't": "aren't", "wasn't": "weren't", "hasn't": 'haven’t',
  "doesn't": "don't", 'isn’t': 'aren’t', 'wasn’t': 'weren’t', 'hasn’t': 'haven’t', 'doesn’t': 'don’t',
  says: 'say', goes: 'go', tries: 'try', seems: 'seem', wants: 'want', thinks: 'think', feels: 'feel',
  knows: 'know', likes: 'like', needs: 'need', keeps: 'keep', makes: 'make', gets: 'get', writes: 'write',
  works: 'work', uses: 'use', claims: 'claim', insists: 'insist', denies: 'deny', admits: 'admit',
  comes: 'come', takes: 'take', tells: 'tell', asks: 'ask', sends: 'send', posts: 'post', lives: 'live',
};
// Words after "her" that show it is an object ("told her that"), not a possessive ("her talk").
const afterObject = /^(?:that|to|the|a|an|about|and|or|but|if|when|at|in|on|for|with|from|again|too|so|as|of|into|out|off|up|down|over|back|yesterday|today|later|this|what|how|why|is|was)$/i;

function keepCase(original: string, replacement: string): string {
  return /^\p{Lu}/u.test(original) ? replacement[0]!.toUpperCase() + replacement.slice(1) : replacement;
}

export function neutralPronouns(text: string, avoid: readonly Range[]): PronounChange[] {
  const out: PronounChange[] = [];
  const re = /(?<![\p{L}\p{N}_])(he|she|him|his|her|hers|himself|herself)(?![\p{L}\p{N}_])(?=(?:(\s+)([\p{L}'’]+))?)/giu;
  for (const m of allMatches(re, text)) {
    const word = m[1]!;
    const lower = word.toLowerCase();
    const next = m[3];
    const start = m.index;
    const end = start + word.length;
    if (intersectsAny(avoid, start, end)) continue;
    let replacement: string;
    if (lower === 'he' || lower === 'she') replacement = 'they';
    else if (lower === 'him') replacement = 'them';
    else if (lower === 'hers') replacement = 'theirs';
    else if (lower === 'himself' || lower === 'herself') replacement = 'themself';
    else if (lower === 'his') replacement = next !== undefined && m[2] !== undefined ? 'their' : 'theirs';
    else replacement = next === undefined || m[2] === undefined || afterObject.test(next) ? 'them' : 'their';
    out.push({ start, end, original: word, replacement: keepCase(word, replacement) });
    if ((lower === 'he' || lower === 'she') && next !== undefined && m[2] !== undefined) {
      const fix = verbFix[next.toLowerCase()];
      const nextStart = end + m[2].length;
      if (fix !== undefined && !intersectsAny(avoid, nextStart, nextStart + next.length)) {
        out.push({ start: nextStart, end: nextStart + next.length, original: next, replacement: fix });
      }
    }
  }
  return out;
}
