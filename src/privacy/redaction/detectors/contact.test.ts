import { describe, expect, it } from 'vitest';
import { detectEmails, detectIpAddresses, detectPhones, findLinks } from './contact';

const texts = (text: string, spans: Array<{ start: number; end: number }>) => spans.map((s) => text.slice(s.start, s.end));

describe('contact detectors', () => {
  it('finds emails, also written out in words, without trailing punctuation', () => {
    const t = 'Mail maya.o@posteo.de. Or maya dot o at riseup dot net, or kim [at] mailbox [dot] org.';
    expect(texts(t, detectEmails(t))).toEqual(['maya.o@posteo.de', 'maya dot o at riseup dot net', 'kim [at] mailbox [dot] org']);
  });

  it('finds emails written out with the words for "at" and "dot" of other languages, and with a full-width @', () => {
    const t = 'Écrire à elodie.marchand chez example point org, a valentina.rojas arroba example punto com, an annika.becker (at) example Punkt org, callum DOT nguyen AT example DOT net, ivan.petrov собака example точка org, ximena (arroba) example (punto) com oder yuki.mori＠example.com.';
    expect(texts(t, detectEmails(t).sort((a, b) => a.start - b.start))).toEqual([
      'elodie.marchand chez example point org', 'valentina.rojas arroba example punto com', 'annika.becker (at) example Punkt org',
      'callum DOT nguyen AT example DOT net', 'ivan.petrov собака example точка org', 'ximena (arroba) example (punto) com', 'yuki.mori＠example.com',
    ].sort((a, b) => t.indexOf(a) - t.indexOf(b)));
  });

  it('does not take ordinary "chez", "point" or "punto" phrases for emails', () => {
    const t = 'On dîne chez Paul ce soir, point final. El punto es que nos vemos en casa punto com no existe.';
    expect(detectEmails(t)).toEqual([]);
  });

  it('finds national phone numbers after the word for number or calling in other languages', () => {
    const t = 'me ligou do número (11) 95555-0134; le llamó desde el 55 5555 0123; sala 55 5555 0123 no';
    expect(texts(t, detectPhones(t))).toEqual(['(11) 95555-0134', '55 5555 0123']);
  });

  it('tells Matrix message links, forge links without a scheme and mailing-list posts from room and project pages', () => {
    const t = 'https://matrix.to/#/!qLmZtR:matrix.example.org/$Xk2pQe9?via=matrix.example.org https://matrix.to/#/#room:example.org gitea.example.org/trollnado gitea.example.org/ukr-i18n/site https://lists.example.org/archives/devel/2025-November/004512.html';
    expect(findLinks(t).map((l) => l.personal)).toEqual([true, false, true, false, true]);
  });

  it('does not take "at … dot" phrases that end in no domain for emails', () => {
    const t = 'We met at the venue and talked about the dot product.';
    expect(detectEmails(t)).toEqual([]);
  });

  it('tells profiles and posts from project pages', () => {
    const t = 'See https://github.com/maya, https://github.com/django/django, https://github.com/a/b/issues/12#issuecomment-99 and https://mastodon.social/@kim/1112223334 or https://docs.python.org/3/.';
    const links = findLinks(t).map((l) => [t.slice(l.start, l.end), l.personal]);
    expect(links).toEqual([
      ['https://github.com/maya', true],
      ['https://github.com/django/django', false],
      ['https://github.com/a/b/issues/12#issuecomment-99', true],
      ['https://mastodon.social/@kim/1112223334', true],
      ['https://docs.python.org/3/', false],
    ]);
  });

  it('tells permalinks to a forum post, chat message or log line and self-hosted forge profiles from other pages', () => {
    const t = [
      'https://forum.example.com/t/judging-feedback/2231/14', 'https://chat.example.org/archives/C01RAND/p1712345678',
      'https://irclogs.example.org/dev/2025-05-02#l-214', 'https://git.example.org/ines-m', 'https://matrix.to/#/@kim:matrix.org',
      'https://zulip.example.org/#narrow/stream/1-general/near/12345', 'https://lists.example.org/pipermail/dev/2025-May/001234.html',
      'https://gitlab.gnome.org/GNOME/gtk', 'https://git.example.org/explore', 'https://docs.python.org/3/library/re.html#re.sub',
      'https://example.org/docs/install#step-2', 'https://en.wikipedia.org/wiki/Code_of_conduct#History', 'https://meetups.example.org/schedule',
    ].join(' ');
    const personal = findLinks(t).map((l) => l.personal);
    expect(personal).toEqual([true, true, true, true, true, true, true, false, false, false, false, false, false]);
  });

  it('finds international and national phone numbers but not dates, years or versions', () => {
    const t = 'Call +44 20 7946 0958, (555) 201-4477 or 06 12 34 56 78. Not 2024-2025, 3/14/2025, v1.2.3 or 1,200 people.';
    expect(texts(t, detectPhones(t))).toEqual(['+44 20 7946 0958', '(555) 201-4477', '06 12 34 56 78']);
  });

  it('finds IP addresses but not version numbers', () => {
    const t = 'from 192.168.1.20 running v1.2.3.4';
    expect(texts(t, detectIpAddresses(t))).toEqual(['192.168.1.20']);
  });

  it('finds list-archive addresses written with "at" but not "look at example.org"', () => {
    const t = 'From: Ana <ana.souza at example.org>, cc <aroha at example.nz>. Look at example.org, meet at docs.python.org.';
    expect(texts(t, detectEmails(t))).toEqual(['ana.souza at example.org', 'aroha at example.nz']);
  });
});
