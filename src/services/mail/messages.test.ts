import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../config/load';
import { buildMailText, MAIL_LINK_PATHS, MAIL_TEMPLATES } from './messages';

const config = parseConfig({ organisation: { name: 'Example Foundation', publicUrl: 'https://conduct.example.org/' } });

describe('mail text', () => {
  it('is the fixed text of its template with the absolute link, whatever the template', () => {
    for (const t of MAIL_TEMPLATES) {
      const m = buildMailText(config, t, '/wg/account');
      expect(m.body).toContain('\nhttps://conduct.example.org/wg/account\n');
      expect(m.subject).not.toContain('/');
    }
    expect(buildMailText(config, 'member_attention', '/wg').subject).toBe('Code of Conduct Working Group: something needs your attention');
    expect(buildMailText(config, 'reporter_news', '/').subject).toBe('Example Foundation: there is news about your report');
  });

  it('takes only the fixed pages as links, with a uuid as the only variable part', () => {
    const id = '0b7c5e8e-3f1a-4c2d-9e6f-1a2b3c4d5e6f';
    for (const good of ['/', '/portal', '/wg', '/wg/account', `/wg/cases/${id}`]) expect(() => buildMailText(config, 'member_attention', good), good).not.toThrow();
    for (const bad of ['', 'wg', '/wg?x=1', '/wg#a', '/Wg', '/wg/', '//evil.example', '/wg/../a', '/wg/a b', 'https://x.example/', '/wg/cases/home-shelf', '/wg/people/olive-heron', `/wg/cases/${id}/home-shelf`, `/wg/cases/${id.toUpperCase()}`]) {
      expect(() => buildMailText(config, 'member_attention', bad), bad).toThrow(/pages mail may point to/);
    }
  });

  it('lists only paths whose variable part is a uuid placeholder', () => {
    for (const p of MAIL_LINK_PATHS) expect(p.replaceAll(':id', 'x'), p).toMatch(/^\/([a-z]+(-[a-z]+)*\/?)*(x)?$/);
  });
});
