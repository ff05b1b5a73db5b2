// Layer 2, user names: @handles (also fediverse ones), chat names with a discriminator
// ("maya#1234"), and the nicks and speaker labels of pasted chat logs.
import type { DetectedSpan } from '../types';
import { allMatches, chatNameRunBack, fold } from '../text';

// Handles are written in Latin letters and digits on the platforms we see; stopping at other
// scripts keeps the Japanese or Chinese text that follows a handle without a space out of it.
const handleRe = /(?<![\p{L}\p{N}_.@/\\])@[\p{Script=Latin}\p{N}_](?:[\p{Script=Latin}\p{N}_.-]*[\p{Script=Latin}\p{N}_])?(?:[@:][\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+)?/uy;
// Mentions that address a group, not a person.
const groupMentions = new Set(['@everyone', '@here', '@channel', '@all', '@room', '@team', '@moderators', '@mods', '@admins', '@staff', '@organizers', '@organisers']);

const discriminatorRe = /(?<![\p{L}\p{N}_.#])[\p{L}\p{N}_.]{2,32}#\d{4}(?!\d)/uy;

// Every handle starts with its "@": trying the sticky pattern at each "@" finds the same
// matches as scanning the whole text, in the same order.
function handleMatches(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let from = 0;
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', Math.max(at + 1, from))) {
    if (at < from) continue;
    handleRe.lastIndex = at;
    const m = handleRe.exec(text);
    if (m === null) continue;
    out.push(m);
    from = m.index + m[0].length;
  }
  return out;
}

// A name#1234 match can only start where the run of name characters before its "#" starts
// (a start inside the run has a name character before it, which the lookbehind refuses), so
// the sticky pattern is tried there, for each "#".
function discriminatorMatches(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let from = 0;
  for (let hash = text.indexOf('#'); hash >= 0; hash = text.indexOf('#', hash + 1)) {
    const { start, chars } = chatNameRunBack(text, hash, 0);
    if (chars < 2 || chars > 32 || start < from) continue;
    discriminatorRe.lastIndex = start;
    const m = discriminatorRe.exec(text);
    if (m === null) continue;
    out.push(m);
    from = m.index + m[0].length;
  }
  return out;
}

export function detectHandles(text: string): DetectedSpan[] {
  const out: DetectedSpan[] = [];
  const handles = handleMatches(text);
  for (const m of handles) {
    if (groupMentions.has(m[0].toLowerCase())) continue;
    if (/^@[\d.]+$/.test(m[0])) continue; // an IP address after "@" (IRC ban masks, user@host): the IP detector's
    out.push({ start: m.index, end: m.index + m[0].length, label: 'USERNAME', reason: '@handle', priority: 60 });
  }
  const tagged = /#\d{4}/.test(text) ? discriminatorMatches(text) : [];
  for (const m of tagged) {
    out.push({ start: m.index, end: m.index + m[0].length, label: 'USERNAME', reason: 'chat name with a #number', priority: 60 });
  }
  return out;
}

// The timestamp that starts a line of a chat log: "[14:02]", "14:02:33", "[2025-01-30 22:14]",
// "2025-01-30T22:14:05Z", "12/03/25, 10:47 pm -" (WhatsApp exports).
const STAMP = String.raw`(?:\[[^\]\n]{1,32}\]|\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}(?:,?[ T]\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?Z?)?(?:\s*[AaPp]\.?[Mm]\.?)?|\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?)`;
// "[14:02] <maya_o> text", "14:02 <@maya> text", "<+maya> text"
const ircLineRe = new RegExp(String.raw`^[ \t]*(?:${STAMP}[ \t]*)?<[@+%~&]?([^\s<>]{1,32})>`, 'gm');
// "* maya waves", "--> maya has joined", "maya is now known as maya_away"
const ircEventRe = new RegExp(String.raw`^[ \t]*(?:${STAMP}[ \t]*)?(?:\*{1,3}|-->|<--|--|-!-)[ \t]+([^\s/#]{1,32})[ \t]+(?:has (?:joined|quit|left)|is now known as[ \t]+([^\s]{1,32})|sets mode|was kicked|\S)`, 'gm');
// The rest of an IRC event line: who kicked or banned ("was kicked from #x by ops_nadia [spam]",
// "banned by ChanServ", "mode/#x [+q b!*@*] by ChanServ"), whom ("* op has kicked troll from
// #x") and the ident of a join ("has joined" after "[~ident@host]").
const ircEventRestRe = new RegExp(
  String.raw`^[ \t]*(?:${STAMP}[ \t]*)?(?:\*{1,3}|-->|<--|-!-)[ \t][^\n]*?(?:\bby[ \t]+([^\s\[\]()<>]{1,32})(?=[ \t]*(?:[\[(]|$))|\bhas kicked[ \t]+([^\s]{1,32})[ \t]+from\b|[\[(]~?([A-Za-z0-9_][\w.-]{0,15})@[^\s\])]{1,64}[\])][ \t]+has (?:joined|quit|left)\b)`,
  'gm',
);
// Bylines of issue trackers and forums at the start of a line: "kwabena-o · commented · 3 days
// ago", "cheng.li · 4 days ago", "**mariek** wrote:", "lindaq commented on Mar 4, 2025",
// "dvolkov opened this issue", "ahmadr posted:"; and "Posted by hungnv", "Reply from siobhank".
const bylineRe =
  /^[ \t]*(?:\*\*@?([A-Za-z0-9][\w.-]{0,38})\*\*|@?([A-Za-z0-9][\w.-]{0,38}))[ \t]+(?:·[ \t]+(?:commented|replied|posted|wrote|edited|opened|reviewed|approved|answered|\d+[ \t]+\w+[ \t]+ago|yesterday|today|just now)\b|(?:commented|replied|posted|wrote|opened|reviewed|approved|answered)\b(?:[ \t]+on\b[^\n]{0,30}|[ \t]+this\b[^\n]{0,40})?:?[ \t]*$|commented on\b|opened this (?:issue|pull request)\b)|\b(?:Posted|Reported|Submitted|Opened|Edited|Written) by[ \t]+@?([A-Za-z0-9][\w.-]{0,38})|^[ \t]*Reply from[ \t]+@?([A-Za-z0-9][\w.-]{0,38})/gm;
const notBylineNames = new Set(['a', 'an', 'my', 'our', 'his', 'her', 'their', 'some', 'another', 'he', 'she', 'they', 'i', 'we', 'you', 'it', 'who', 'someone', 'somebody', 'everyone', 'nobody', 'one', 'anyone', 'the', 'this', 'that', 'then', 'and', 'also', 'user', 'admin', 'moderator', 'maintainer', 'author', 'reporter', 'said', 'says', 'wrote', 'writes', 'replied', 'posted', 'commented', 'answered', 'opened', 'reviewed', 'approved', 'edited']);

// "maya_o: text", "[14:02] Maya: text", "12/03/25, 10:47 pm - Vikram Malhotra: text" at the
// start of a line; and the time after the name: "maya_o 11:05: text", "Priya (Do., 13.03., 08:15): text".
const speakerRe = new RegExp(
  String.raw`^[ \t]*(?:${STAMP}[ \t]*[-–]?[ \t]*)?([\p{L}\p{N}_.|-]{2,32}(?: [\p{Lu}][\p{L}.-]*)?)(?:[ \t]+(?:\[?\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?\]?|\([^()\n]{0,24}\d{1,2}:\d{2}[^()\n]{0,10}\)))?:[ \t]+\S`,
  'gmu',
);

// Labels that start lines in notes and headers and name a role, not a person.
const notSpeakers = new Set([
  'note', 'notes', 'subject', 'from', 'to', 'cc', 'bcc', 'date', 're', 'fwd', 'q', 'a', 'summary', 'update',
  'reporter', 'reported', 'witness', 'moderator', 'moderators', 'organizer', 'organiser', 'admin', 'bot',
  'outcome', 'action', 'actions', 'decision', 'status', 'context', 'background', 'timeline', 'todo', 'ps',
  'edit', 'quote', 'link', 'source', 'location', 'event', 'channel', 'time', 'when', 'where', 'who', 'what',
  'why', 'how', 'warning', 'reason', 'resolution', 'case', 'step', 'next', 'follow', 'followup', 'response',
  'chair', 'member', 'the', 'http', 'https', 'mailto', 'example', 'error', 'info', 'debug', 'system',
  'coc', 'wg', 'board', 'staff', 'volunteer', 'speaker', 'attendee', 'attendees', 'host', 'team', 'user',
]);

// sshd and fail2ban lines: "Failed password for mkovac", "failed logins as svetlana.k".
const userInLogRe = /(?<=\b(?:Failed password for(?: invalid user)?|Accepted (?:password|publickey) for|Invalid user|logins? as|logged in as|session opened for user)\s+)[a-z_][\w.-]{0,30}\w(?![\w@-]|\.\w)/giu;
// Discord-style message headers: "moonpie_ — Today at 9:41 PM", "vale.dev — ayer a las 23:12".
const chatHeaderRe = /^[ \t]*@?([\p{L}\p{N}_.]{2,32})[ \t]+[—–][ \t]+(?:(?:Today|Yesterday|Heute|Gestern|Aujourd'hui|Hier|Hoy|Ayer|Hoje|Ontem|Oggi|Ieri|Vandaag|Gisteren)\b|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b|(?=[^\n]{0,24}\d{1,2}[:.]\d{2}[ \t]*(?:[AaPp]\.?[Mm]\.?)?[ \t]*$))/gimu;
const userAfterCueRe = /(?<=\b(?:user|username|login|account|nick|uid)[:=]?\s*['"]?)[a-z][\w.-]{1,30}[a-z0-9_](?![\w@-]|\.\w)/giu;
// Words that say the next word is a user name, in several languages: there the name needs no
// digit or underscore to count ("the username coffeeandchaos", "用帳號 tw_ghost").
const USERNAME_WORDS = String.raw`(?<![\p{L}])(?:user\s*name|handle|nick(?:name)?|screen\s+name|benutzername|benutzer|nom\s+d['’]utilisateur|pseudo|usuario|usuário|utente|gebruikersnaam|nazwa\s+użytkownika|kullanıcı\s+adı|имя\s+пользователя|пользователь|логин|ник(?:нейм)?|اسم\s+المستخدم)|帳號|账号|帐号|用户名|用戶名|ユーザー名|アカウント|계정|아이디`;
// Tried (sticky) where a cheap scan finds the start of such a word: the word, what may stand
// between it and the name, then the name (group 1).
const userAfterNameWordRe = new RegExp(
  String.raw`(?:${USERNAME_WORDS})(?:\s+(?:is|was|ist|war|est|était|es|era|é|called|named|to|as|a|como|para|zu|auf|en|in|na))?\s*[:=：]?\s*[("'“«]?\s*([A-Za-z0-9][\w.-]{1,30}[A-Za-z0-9_])(?![\w@-]|\.\w)`,
  'iuy',
);
// The cheap scan: no lookbehind, no Unicode mode; each hit is where a word above may start.
// It reads the folded text (lower case, no diacritics, same offsets), so it needs no
// case-insensitive matching, the costly part of scanning every text.
const usernameWordHint = /user|handle|nick|screen|benutzer|nom\s|pseudo|usuario|utente|gebruiker|nazwa|kullanici|имя|пользовател|логин|ник|اسم|帳號|账号|帐号|用户名|用戶名|ユーザー名|アカウント|계정|아이디|(failed password|accepted|invalid user|logins? as|logged in as|session opened)|(login|account|uid)/g;
// Reddit-style "u/quietlamp", "/u/quietlamp".
const redditUserRe = /(?<![\w/])\/?u\/[A-Za-z0-9_-]{3,20}(?![\w/])/g;
// Written bare, a word shaped like no ordinary word is a user name: snake case with letters
// ("truthseeker_89", "mod_aroha") or digits standing in for letters ("b1llz", "h4ck3r").
const bareUserShapeRe = /^(?:[A-Za-z0-9]+(?:_+[A-Za-z0-9]+)+_*|[a-z]+\d+[a-z]+[a-z\d]*)$/;
const isAsciiWordUnit = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
const letterOrDigitRe = /[\p{L}\p{N}]/u;

/** Runs of [A-Za-z0-9_] that hold a "_" or a digit after a lower-case letter, standing alone
 * (no letter, digit, "@", "/", "-"… around them, no ".x" after), scanned by hand: a Unicode
 * pattern with a lookbehind tried at every position of every text cost more than the rest of
 * this detector. */
function bareUserCandidates(text: string): Array<{ index: number; word: string }> {
  const out: Array<{ index: number; word: string }> = [];
  const n = text.length;
  for (let i = 0; i < n; ) {
    if (!isAsciiWordUnit(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i;
    let marked = false;
    for (; j < n && isAsciiWordUnit(text.charCodeAt(j)); j++) {
      const c = text.charCodeAt(j);
      if (c === 95 || (c >= 48 && c <= 57 && j > i && text.charCodeAt(j - 1) >= 97 && text.charCodeAt(j - 1) <= 122)) marked = true;
    }
    if (marked) {
      const before = text[i - 1] ?? ' ';
      const after = text[j] ?? ' ';
      const okBefore = !letterOrDigitRe.test(before) && !'.@/#:\\-'.includes(before);
      const okAfter = !letterOrDigitRe.test(after) && !'@/\\-'.includes(after) && !(after === '.' && letterOrDigitRe.test(text[j + 1] ?? ' '));
      const word = text.slice(i, j);
      if (okBefore && okAfter && bareUserShapeRe.test(word)) out.push({ index: i, word });
    }
    i = j;
  }
  return out;
}
// Tech words of that shape ("x86_64", "log4j") and letters-digit abbreviations ("i18n", "k8s").
const notUserShapes = /^(?:x86_64|amd64|arm64|aarch64|log4j|log4net|fail2ban|neo4j|web3js|utf_?8|py_?\d+|__\w+__)$/i;

function bareUserShape(word: string): boolean {
  if (notUserShapes.test(word) || word === word.toUpperCase()) return false;
  const letters = word.replace(/[^A-Za-z]/g, '').length;
  if (word.includes('_')) return letters >= 3;
  return letters >= 4;
}

function nickLike(s: string): boolean {
  return /[\d_.|]/.test(s) || s === s.toLowerCase();
}

/** `folded`: fold(text), when the caller has it already. */
export function detectChatNicks(text: string, folded: string = fold(text)): DetectedSpan[] {
  const out: DetectedSpan[] = [];
  const push = (start: number, nick: string, reason: string) => {
    out.push({ start, end: start + nick.length, label: 'USERNAME', reason, priority: 58 });
  };
  // Each pattern needs a character the text may lack: "<" (with ">"), "*" or "-", ":".
  for (const m of text.includes('<') ? allMatches(ircLineRe, text) : []) {
    const nick = m[1]!;
    const at = m.index + m[0].length - 1 - nick.length;
    push(at, nick, 'nick in a chat log');
  }
  for (const m of text.includes('*') || text.includes('-') ? allMatches(ircEventRe, text) : []) {
    const nick = m[1]!;
    const at = m.index + m[0].indexOf(nick, m[0].search(/\*|-->|<--|--|-!-/) + 1);
    push(at, nick, 'nick in a chat log');
    if (m[2] !== undefined) push(m.index + m[0].lastIndexOf(m[2]), m[2], 'nick in a chat log');
  }
  if (text.includes('by') || text.includes('kicked') || text.includes('@')) {
    for (const m of text.includes('*') || text.includes('-') ? allMatches(ircEventRestRe, text) : []) {
      const nick = m[1] ?? m[2] ?? m[3]!;
      push(m.index + m[0].length - (m[3] !== undefined ? m[0].length - m[0].lastIndexOf(nick, m[0].lastIndexOf('@')) : m[2] !== undefined ? m[0].length - m[0].lastIndexOf(nick) : nick.length), nick, 'nick in a chat log');
    }
  }
  for (const m of /·|wrote|comment|replied|posted|opened|reviewed|approved|answered|by|Reply/.test(text) ? allMatches(bylineRe, text) : []) {
    const name = m[1] ?? m[2] ?? m[3] ?? m[4]!;
    if (notBylineNames.has(name.toLowerCase())) continue;
    // A capitalised word with nothing of a user name may be a person's name: the name layer reads it.
    if (m[1] === undefined && /^\p{Lu}\p{Ll}+$/u.test(name) && !m[0].includes('·')) continue;
    const nameAt = m[0].indexOf(name, m[3] !== undefined || m[4] !== undefined ? m[0].search(/\b(?:by|from)[ \t]/) : 0);
    push(m.index + nameAt, name, 'user name in a byline');
  }
  // A nick found in the log, written again to address someone ("hunter2, stop …"): only nicks
  // that no ordinary word looks like (with a digit, "_", "." or "|").
  const nicks = new Set(out.map((s) => text.slice(s.start, s.end)).filter((n) => n.length >= 3 && /[\d_.|^`]/.test(n) && /\p{L}/u.test(n)));
  // The starts found so far, in a set: a test against every span for each mention was
  // quadratic on long logs where every line names the same nick.
  const foundAt = nicks.size > 0 ? new Set(out.map((s) => s.start)) : undefined;
  for (const nick of nicks) {
    for (let at = text.indexOf(nick); at >= 0; at = text.indexOf(nick, at + nick.length)) {
      if (/[\p{L}\p{N}_.@<^`]/u.test(text[at - 1] ?? ' ') || /[\p{L}\p{N}_>]/u.test(text[at + nick.length] ?? ' ')) continue;
      if (foundAt!.has(at)) continue;
      foundAt!.add(at);
      push(at, nick, 'nick from the chat log, mentioned again');
    }
  }
  // "login failed for user k.moreau", "account jdoe_42": a user name after the word for it.
  // One scan finds the words all three user-name patterns below start from.
  const cues = allMatches(usernameWordHint, folded);
  let wordCue = false;
  let logCue = false;
  for (const c of cues) {
    if (c[1] !== undefined) logCue = true;
    else if (c[2] !== undefined || /^(?:user|nick)/i.test(c[0])) wordCue = true;
  }
  for (const m of wordCue ? allMatches(userAfterCueRe, text) : []) {
    if (/[\d_.]/.test(m[0])) push(m.index, m[0], 'user name in a log line');
  }
  if (cues.length > 0) {
    const starts = new Set(out.map((s) => s.start));
    let from = 0;
    for (const cue of cues) {
      if (cue.index < from || cue[1] !== undefined) continue;
      userAfterNameWordRe.lastIndex = cue.index;
      const m = userAfterNameWordRe.exec(text);
      if (m === null) continue;
      const at = m.index + m[0].length - m[1]!.length;
      from = m.index + m[0].length;
      if (!starts.has(at)) push(at, m[1]!, 'user name after the word for it');
    }
  }
  if (logCue) for (const m of allMatches(userInLogRe, text)) if (!out.some((s) => s.start === m.index)) push(m.index, m[0], 'user name in a log line');
  if (/[—–][ \t]+\S/.test(text)) for (const m of allMatches(chatHeaderRe, text)) push(m.index + m[0].indexOf(m[1]!), m[1]!, 'user name in a chat message header');
  if (text.includes('u/')) for (const m of allMatches(redditUserRe, text)) push(m.index, m[0], 'Reddit user name');
  // Speaker labels count only where the text looks like a log: two or more such lines.
  const speakers = (text.includes(':') ? allMatches(speakerRe, text) : []).filter((m) => /\p{L}/u.test(m[1]!) && !notSpeakers.has(m[1]!.split(' ')[0]!.toLowerCase()));
  if (speakers.length >= 2) {
    for (const m of speakers) {
      const speaker = m[1]!;
      const at = m.index + m[0].lastIndexOf(speaker, m[0].length - speaker.length);
      if (nickLike(speaker) && !speaker.includes(' ')) push(at, speaker, 'speaker nick in a chat log');
      else out.push({ start: at, end: at + speaker.length, label: 'PERSON', reason: 'speaker name in a chat log', priority: 57 });
    }
  }
  // Last, so that a name already found by its place in the log keeps that reason.
  if (text.includes('_') || /[a-z]\d/.test(text)) {
    const candidates = bareUserCandidates(text).filter(({ word }) => bareUserShape(word));
    if (candidates.length > 0) {
      // A table of what is found already keeps this linear on long logs.
      const taken = new Uint8Array(text.length);
      for (const s of out) taken.fill(1, s.start, s.end);
      for (const { index, word } of candidates) if (taken[index] === 0) push(index, word, 'user name written bare (no ordinary word has its shape)');
    }
  }
  return out;
}
