import { describe, expect, it } from 'vitest';
import { detectChatNicks, detectHandles } from './handles';

const texts = (text: string, spans: Array<{ start: number; end: number; label: string }>) => spans.map((s) => [s.label, text.slice(s.start, s.end)]);

describe('handles and chat nicks', () => {
  it('finds @handles, fediverse handles and name#1234, but not group mentions or emails', () => {
    const t = 'cc @kat.dev and @maya@hachyderm.io, @everyone; mail a@b.org; troll#1234';
    expect(texts(t, detectHandles(t))).toEqual([['USERNAME', '@kat.dev'], ['USERNAME', '@maya@hachyderm.io'], ['USERNAME', 'troll#1234']]);
  });

  it('finds Matrix IDs whole and leaves an IP address after "@" to the IP detector', () => {
    const t = '@gus:matrix.example.org: hi @mod-bot:matrix.example.org; ban *!*@198.51.100.240; @maya: ok';
    expect(texts(t, detectHandles(t))).toEqual([['USERNAME', '@gus:matrix.example.org'], ['USERNAME', '@mod-bot:matrix.example.org'], ['USERNAME', '@maya']]);
  });

  it('finds user names in sshd and fail2ban lines and in chat message headers', () => {
    const log = 'sshd: Failed password for mkovac from 198.51.100.62\nBan 192.0.2.17 (7 failed logins as svetlana.k)';
    expect(detectChatNicks(log).map((s) => log.slice(s.start, s.end))).toEqual(['mkovac', 'svetlana.k']);
    const chat = 'moonpie_ — Today at 9:41 PM\nleave her alone\nThe venue — a hotel';
    expect(detectChatNicks(chat).map((s) => chat.slice(s.start, s.end))).toEqual(['moonpie_']);
  });

  it('stops a handle where a script without spaces begins', () => {
    const t = '@moguroから連絡';
    expect(texts(t, detectHandles(t))).toEqual([['USERNAME', '@moguro']]);
  });

  it('finds IRC nicks and speaker labels in logs, not note headings', () => {
    const log = '[14:02] <maya_o> hi\n[14:03] <@kmoore> go away\n* kmoore has quit';
    expect(texts(log, detectChatNicks(log)).map(([, n]) => n)).toEqual(['maya_o', 'kmoore', 'kmoore']);
    const chat = 'Tomasz: did you see it?\nines_k: yes\nNote: follow up';
    expect(texts(chat, detectChatNicks(chat))).toEqual([['PERSON', 'Tomasz'], ['USERNAME', 'ines_k']]);
    expect(detectChatNicks('Summary: one line\nOutcome: warning')).toEqual([]);
  });

  it('reads the timestamps and speaker shapes of other chat exports (dev3)', () => {
    const irc = '[2025-01-30 22:14] <oyelaran> pkt: stop\n2025-01-30T22:15:01Z <pkt> no';
    expect(texts(irc, detectChatNicks(irc)).map(([, n]) => n)).toEqual(['oyelaran', 'pkt']);
    const whatsapp = '12/03/25, 10:47 pm - Vikram Malhotra: koi number de do\n12/03/25, 10:48 pm - Neha Gupta: bilkul nahi';
    expect(texts(whatsapp, detectChatNicks(whatsapp))).toEqual([['PERSON', 'Vikram Malhotra'], ['PERSON', 'Neha Gupta']]);
    const slack = 'kmensah 9:14 AM: can someone review\nlena.f 9:15 AM: lol no\nJule (Do., 13.03., 08:12): heads up';
    expect(texts(slack, detectChatNicks(slack))).toEqual([['USERNAME', 'kmensah'], ['USERNAME', 'lena.f'], ['PERSON', 'Jule']]);
    const discord = 'vale.dev — ayer a las 23:12\nhola\ngatoneg.ro — 23:15\nya lo reporté';
    expect(texts(discord, detectChatNicks(discord)).map(([, n]) => n)).toEqual(['vale.dev', 'gatoneg.ro']);
  });

  it('finds user names after the word for them in several languages, Reddit names and names shaped like no word', () => {
    const t = 'the username coffeeandchaos; cambió su usuario a cami.sosa.ok; 用帳號 tw_ghost 私訊; اسم المستخدم dark_coder99; posted by u/quietlamp';
    expect(detectChatNicks(t).map((s) => t.slice(s.start, s.end))).toEqual(['coffeeandchaos', 'cami.sosa.ok', 'tw_ghost', 'dark_coder99', 'u/quietlamp']);
    const bare = 'truthseeker_89 suspended by mod_aroha; spam from b1llz. Not: x86_64, fail2ban, i18n, k8s, MAX_LENGTH, snake_case? ok_';
    expect(detectChatNicks(bare).map((s) => bare.slice(s.start, s.end))).toEqual(['truthseeker_89', 'mod_aroha', 'b1llz', 'snake_case']);
  });

  it('finds a log nick mentioned again and user names after the word for them, not ordinary words', () => {
    const log = '<hunter2> lol\n<marisol> hunter2, stop pinging Ada\n<moss> the moss is green';
    expect(detectChatNicks(log).map((s) => log.slice(s.start, s.end))).toEqual(['hunter2', 'marisol', 'moss', 'hunter2']);
    const line = 'login failed for user k.moreau from 203.0.113.77; the user differs. the user reports it; account jdoe_42 locked; user k.moreau@example.com';
    expect(detectChatNicks(line).map((s) => line.slice(s.start, s.end))).toEqual(['k.moreau', 'jdoe_42']);
  });

  it('finds user names in forge and forum bylines, not pronouns or verbs', () => {
    const t = 'kwabena-o · commented · 3 days ago\n**mariek** wrote:\nlindaq commented on Mar 4, 2025\nHe wrote:\nPosted by a moderator\nPosted by hungnv on 14/02/2025\n  said   replied';
    expect(texts(t, detectChatNicks(t)).map(([, s]) => s)).toEqual(['kwabena-o', 'mariek', 'lindaq', 'hungnv']);
  });

  it('finds who kicked or banned whom and the ident of a join in an IRC log', () => {
    const t = '09:21 -!- grimfang was kicked from #pyweb by oyelaran [CoC]\n[22:41] * ferris_fan has kicked qbert99 from #rust (no)\n00:12 -!- dakota_j [~dakota@203.0.113.91] has joined #maps';
    expect(texts(t, detectChatNicks(t)).map(([, s]) => s).sort()).toEqual(['dakota', 'dakota_j', 'ferris_fan', 'grimfang', 'oyelaran', 'qbert99']);
  });
});
