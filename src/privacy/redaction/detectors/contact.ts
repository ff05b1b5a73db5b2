// Layer 2, contact details: email addresses (also spelled out), links, IP addresses and
// phone numbers. Links are returned with a verdict: a profile or a specific post identifies
// someone, a project page or documentation does not.
import type { DetectedSpan, Range } from '../types';
import { allMatches, emailLocalRunStart } from '../text';
import { matchesIn, windowsAround } from '../windows';

const emailRe = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/uy;

/**
 * The matches emailRe would find scanning the whole text, found from each "@" instead: a
 * match is the run of local-part characters before an "@" (never containing one) and a
 * domain after it, so whether it matches depends on the "@" alone, and the leftmost start is
 * where that run begins (or where the previous match ended).
 */
function plainEmails(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let from = 0;
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', Math.max(at + 1, from))) {
    const start = emailLocalRunStart(text, at, from);
    if (start === at) continue;
    emailRe.lastIndex = start;
    const m = emailRe.exec(text);
    if (m === null) continue;
    out.push(m);
    from = m.index + m[0].length;
  }
  return out;
}

// "maya at example dot org", "maya [at] example [dot] org", "maya(at)example.org", and the
// words for "@" and "." in other languages: "arroba … punto", "chez … point", "(at) … Punkt",
// "chiocciola", "małpa … kropka", "собака … точка", "apenstaartje … punt", "arobase … point",
// "arroba … ponto", Vietnamese "a còng … chấm".
const tlds = 'com|org|net|io|dev|de|fr|uk|co|edu|gov|info|me|nl|es|it|ch|at|be|se|no|fi|dk|pl|cz|ru|jp|cn|in|br|ca|au|nz|us|social|eu|ie|pt|app|xyz|tech|email|mx|ar|cl|ua|hu|ro|gr|tr|kr|za';
const AT_WORD = 'at|arroba|arobase|chez|bei|apenstaartje|chiocciola|małpa|malpa|собака|собачка|kukac|zavináč|snabel-a|ät|a\\s+còng|a\\s+móc|còng';
const DOT_WORD = 'dot|punkt|point|punto|ponto|punt|kropka|точка|pont|tečka|piste|nokta|chấm';
const wrapped = (w: string) => String.raw`\(\s*(?:${w})\s*\)|\[\s*(?:${w})\s*\]|\{\s*(?:${w})\s*\}|\s+(?:${w})\s+`;
const AT = String.raw`(?:${wrapped(AT_WORD)}|＠)`;
const DOT = String.raw`(?:${wrapped(DOT_WORD)})`;
const obfuscatedRe = new RegExp(
  String.raw`[\p{L}\p{N}._+-]+(?:\s*${DOT}\s*[\p{L}\p{N}_+-]+)*\s*${AT}\s*[\p{L}\p{N}-]+(?:\s*(?:${DOT}|\.)\s*[\p{L}\p{N}-]+)*?\s*${DOT}\s*(?:${tlds})(?![\p{L}\p{N}])`,
  'giu',
);
// A full-width "＠" with ordinary dots: "yuki.mori＠example.com".
const fullWidthRe = /[A-Za-z0-9._%+-]+＠[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;

// Every written-out address ends in a word for "dot" and a top-level domain: a text without
// that skips the costly pattern ("point" and "at" alone are common words).
const obfuscationHint = new RegExp(String.raw`(?:${DOT_WORD})\s*[)\]}]?\s*(?:${tlds})(?![\p{L}\p{N}])|＠`, 'iu');
const obfuscationHintAll = new RegExp(obfuscationHint.source, 'giu');

// Mailing-list archives print addresses with the word "at" and ordinary dots: "ana.souza at
// example.org", "<aroha at example.nz>". Taken when the local part has a dot, "_", "+", "-" or a
// digit, or the address stands in <…> or (…): "look at example.org" and "meet at docs.python.org"
// stay. Found from each " at " (a sticky pattern for the domain, a bounded walk back for the
// local part), so linear in the text.
const archiveDomainRe = new RegExp(String.raw`[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,4}\.(?:${tlds})(?![\w/@-]|\.[A-Za-z0-9])`, 'iy');
const localCharRe = /[\w.+-]/;

function archiveEmails(text: string, out: DetectedSpan[]): void {
  for (let at = text.indexOf(' at '); at >= 0; at = text.indexOf(' at ', at + 4)) {
    archiveDomainRe.lastIndex = at + 4;
    const domain = archiveDomainRe.exec(text);
    if (domain === null) continue;
    let start = at;
    while (start > 0 && at - start < 64 && localCharRe.test(text[start - 1]!)) start--;
    const local = text.slice(start, at);
    if (local === '' || (start > 0 && localCharRe.test(text[start - 1]!)) || !/^[A-Za-z0-9]/.test(local) || local.endsWith('.')) continue;
    const end = at + 4 + domain[0].length;
    const bracketed = (text[start - 1] === '<' && text[end] === '>') || (text[start - 1] === '(' && text[end] === ')');
    if (!bracketed && !/[._+\-\d]/.test(local)) continue;
    out.push({ start, end, label: 'EMAIL', reason: 'email address written with "at" (list archive)', priority: 70 });
  }
}

export function detectEmails(text: string): DetectedSpan[] {
  const out: DetectedSpan[] = [];
  const plain = plainEmails(text);
  for (const m of plain) {
    let end = m.index + m[0].length;
    while (end > m.index && /[.\-]/.test(text[end - 1]!)) end--;
    out.push({ start: m.index, end, label: 'EMAIL', reason: 'email address', priority: 70 });
  }
  if (text.includes(' at ')) archiveEmails(text, out);
  if (!obfuscationHint.test(text)) return out;
  if (text.includes('＠')) {
    for (const m of allMatches(fullWidthRe, text)) {
      out.push({ start: m.index, end: m.index + m[0].length, label: 'EMAIL', reason: 'email address with a full-width @', priority: 70 });
    }
  }
  // Only around each word for "dot" before a top-level domain: an address ends there, and its
  // words before it are short (the pattern over a whole long text was the costliest step).
  const ends = allMatches(obfuscationHintAll, text).map((m) => m.index);
  for (const { index, match: m } of matchesIn(text, windowsAround(text, ends, 120, 30), obfuscatedRe)) {
    out.push({ start: index, end: index + m[0].length, label: 'EMAIL', reason: 'email address written out in words', priority: 70 });
  }
  return out;
}

export interface FoundLink {
  start: number;
  end: number;
  personal: boolean;
  why: string;
}

const urlRe = /\b(?:https?:\/\/|www\.)[^\s<>"'«»「」『』“”‘’]+|\b(?:github\.com|gitlab\.com|codeberg\.org|bitbucket\.org|twitter\.com|x\.com|bsky\.app|linkedin\.com|instagram\.com|facebook\.com|reddit\.com|t\.me|discord\.com|discord\.gg|youtube\.com|medium\.com|dev\.to|keybase\.io|mastodon\.[a-z]+|[a-z0-9-]+\.social|(?:git|gitlab|gitea|forgejo|codeberg)\.[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,})\/[^\s<>"'«»「」『』“”‘’]+/giu;

const codeHosts = /^(?:www\.)?(?:github\.com|gitlab\.com|codeberg\.org|bitbucket\.org|sr\.ht|git\.sr\.ht|gitea\.com|sourcehut\.org)$/i;
const socialHosts = /^(?:www\.|m\.|mobile\.)?(?:twitter\.com|x\.com|bsky\.app|linkedin\.com|instagram\.com|facebook\.com|fb\.com|reddit\.com|old\.reddit\.com|t\.me|threads\.net|tiktok\.com|youtube\.com|medium\.com|dev\.to|keybase\.io|twitch\.tv|discord\.com|discordapp\.com|news\.ycombinator\.com|stackoverflow\.com|lobste\.rs|hachyderm\.io|fosstodon\.org|mastodon\.[a-z.]+|[a-z0-9-]+\.social)$/i;
// Top-level pages of code hosts that are not accounts.
const reservedFirstSegments = new Set(['about', 'features', 'pricing', 'explore', 'topics', 'marketplace', 'sponsors', 'orgs', 'settings', 'login', 'join', 'search', 'trending', 'collections', 'events', 'security', 'enterprise', 'site', 'contact', 'help', 'docs', 'blog', 'home', 'notifications', 'new']);
// Self-hosted code forges: git.example.org, gitlab.example.com, forgejo.…, codeberg.…
const selfHostedForge = /^(?:git|gitlab|gitea|forgejo|codeberg|code|src|hg|scm|repo|repos)\./i;
// Permalinks on forums and chat archives: /t/slug/2231/14 (Discourse), /archives/C01/p171…
// (Slack), #l-214 (IRC log line), /message/ID, /near/123 (Zulip), viewtopic.php?p=123.
const permalink = /\/t\/[^/]+\/\d+(?:\/\d+)?\/?$|\/archives\/[^/]+\/p\d{6,}|\/(?:message|msg|m|near|d|topic|topics)\/[\w-]*\d[\w-]*\/?$|[?&](?:p|pid|msg|message_id|comment_id)=\d+|#(?:l|line|L|msg|message|m|c|comment|post|p|r|reply|note|n|t)[-_]?\d+$|#\d{2,}$|\/(?:pipermail|archives?)\/.+\/\d+\.html$/i;
const postPath = /\/(?:issues|pull|pulls|merge_requests|discussions|commit|commits|status|statuses|posts?|comments?|p|c|channels|messages|item|thread|threads|reel|video|watch|story|clip|clips)\b|[#?](?:issuecomment|discussioncomment|note_|r\d|comment|post|id=)/i;

function classify(url: string): { personal: boolean; why: string } {
  const withScheme = /^https?:\/\//i.test(url) ? url : `https://${url}`;
  let parsed: URL;
  try {
    parsed = new URL(withScheme);
  } catch {
    return { personal: false, why: 'unparseable link' };
  }
  const host = parsed.hostname;
  const segments = parsed.pathname.split('/').filter((s) => s !== '');
  const tail = parsed.pathname + parsed.search + parsed.hash;
  if (segments.some((s) => s.startsWith('@')) || /^\/(?:~|u\/|user\/|users\/|in\/|profile\/)/i.test(parsed.pathname)) {
    return { personal: true, why: 'link to a personal profile' };
  }
  // matrix.to links name a user (#/@user:server) or a message (#/!room:server/$event).
  if (/^matrix\.to$/i.test(host)) return /^#\/[@!]|\$/.test(parsed.hash) ? { personal: true, why: 'link to a Matrix user or message' } : { personal: false, why: 'link to a Matrix room' };
  if (codeHosts.test(host) || selfHostedForge.test(host)) {
    if (segments.length === 1 && !reservedFirstSegments.has(segments[0]!.toLowerCase())) return { personal: true, why: 'link to a code-host profile' };
    if (postPath.test(tail)) return { personal: true, why: 'link to a specific issue, comment or commit' };
    return { personal: false, why: 'project page' };
  }
  if (socialHosts.test(host)) {
    if (segments.length >= 1 || parsed.search !== '') return { personal: true, why: 'link to a social profile or post' };
    return { personal: false, why: 'site home page' };
  }
  if (postPath.test(tail) && /\d{3,}/.test(tail)) return { personal: true, why: 'link to a specific post or comment' };
  if (permalink.test(tail)) return { personal: true, why: 'link to a specific post, message or log line' };
  if (/^#\/@/.test(parsed.hash)) return { personal: true, why: 'link to a personal profile' };
  return { personal: false, why: 'impersonal link' };
}

export function findLinks(text: string): FoundLink[] {
  const out: FoundLink[] = [];
  if (!text.includes('/') && !/www\./i.test(text)) return out;
  for (const m of allMatches(urlRe, text)) {
    let end = m.index + m[0].length;
    // Trailing sentence punctuation and unbalanced closing brackets are not part of a link.
    while (end > m.index) {
      const last = text[end - 1]!;
      if (/[.,;:!?]/.test(last)) end--;
      else if (last === ')' && !text.slice(m.index, end).includes('(')) end--;
      else break;
    }
    const url = text.slice(m.index, end);
    out.push({ start: m.index, end, ...classify(url) });
  }
  return out;
}

const ipv4Re = /(?<![\w.])(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?![\w.]*\d)/g;
const ipv6Re = /(?<![\w:])(?:[0-9a-f]{1,4}:){7}[0-9a-f]{1,4}(?![\w:])|(?<![\w:])(?:[0-9a-f]{1,4}:){1,6}:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4}(?![\w:])/gi;

export function detectIpAddresses(text: string): DetectedSpan[] {
  const out: DetectedSpan[] = [];
  if (!/\d\.\d|[0-9a-f]:[0-9a-f]*:/i.test(text)) return out;
  for (const m of allMatches(ipv4Re, text)) {
    if (/v$/i.test(text.slice(Math.max(0, m.index - 1), m.index))) continue; // version "v1.2.3.4"
    out.push({ start: m.index, end: m.index + m[0].length, label: 'URL', reason: 'IP address', priority: 65 });
  }
  for (const m of allMatches(ipv6Re, text)) {
    if (!/[a-f]/i.test(m[0]) && m[0].split(':').length < 4) continue; // times like 12:30
    out.push({ start: m.index, end: m.index + m[0].length, label: 'URL', reason: 'IP address', priority: 65 });
  }
  return out;
}

const phoneCandidateRe = /(?<![\w+#/.-])(?:\+|00)?\(?\d[\d ().\-/\u00a0]{5,}\d(?![\w/-]|\.\d)/g;
const phoneCue = /(?:phone|tel|telephone|mobile|cell|call|called|text|sms|whatsapp|signal|number|nummer|numéro|número|numero|numer|teléfono|telefone|telefono|telefon|celular|móvil|movil|handy|portable|cellulare|nomor|llamó|ligou|desde\s+el|телефон|номер|電話|手机|전화|هاتف|טלפון)\W{0,12}$/iu;

function looksLikeDate(s: string): boolean {
  return /^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}$/.test(s) || /^\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}$/.test(s) || /^\d{4}\s*[-–]\s*\d{4}$/.test(s);
}

export function detectPhones(text: string): DetectedSpan[] {
  const out: DetectedSpan[] = [];
  for (const m of allMatches(phoneCandidateRe, text)) {
    let s = m[0];
    let start = m.index;
    // An opening parenthesis belongs to the number only if it closes inside it.
    if (s.startsWith('(') && !s.includes(')')) {
      s = s.slice(1);
      start++;
    }
    s = s.replace(/[\s(]+$/, '');
    const digits = s.replace(/\D/g, '');
    const trimmed = s.trim();
    if (looksLikeDate(trimmed)) continue;
    const international = /^(\+|00)/.test(trimmed);
    const cue = phoneCue.test(text.slice(Math.max(0, start - 30), start));
    const separated = /[\s().\-/]/.test(trimmed);
    const usShape = /^\(?\d{3}\)?[\s.-]?\d{3}[\s.-]\d{4}$/.test(trimmed);
    const trunkShape = /^0\d/.test(trimmed) && digits.length >= 9 && digits.length <= 12;
    let ok = false;
    if (international) ok = digits.length >= 8 && digits.length <= 15;
    else if (usShape) ok = true;
    else if (trunkShape && (separated || digits.length >= 10)) ok = true;
    else if (cue) ok = digits.length >= 7 && digits.length <= 15;
    if (!ok) continue;
    out.push({ start, end: start + s.length, label: 'PHONE', reason: international ? 'phone number in international format' : 'phone number', priority: 68 });
  }
  return out;
}

export function linkSpans(links: readonly FoundLink[]): { spans: DetectedSpan[]; impersonal: Range[] } {
  const spans: DetectedSpan[] = [];
  const impersonal: Range[] = [];
  for (const l of links) {
    if (l.personal) spans.push({ start: l.start, end: l.end, label: 'URL', reason: l.why, priority: 75 });
    else impersonal.push({ start: l.start, end: l.end });
  }
  return { spans, impersonal };
}
