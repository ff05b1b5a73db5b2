import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../config/load';
import { buildMailText, linkSpellsCodeName, MAIL_TEMPLATES } from './messages';

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

  it('takes only plain paths as links', () => {
    for (const bad of ['', 'wg', '/wg?x=1', '/wg#a', '/Wg', '//evil.example', '/wg/../a', '/wg/a b', 'https://x.example/']) {
      expect(() => buildMailText(config, 'member_attention', bad), bad).toThrow(/plain path/);
    }
  });

  it('finds a code name spelled in a link with any separator and case, and only whole words', () => {
    expect(linkSpellsCodeName('/wg/cases/home-shelf', ['home shelf'])).toBe(true);
    expect(linkSpellsCodeName('/wg/olive-heron/x', ['Olive Heron'])).toBe(true);
    expect(linkSpellsCodeName('/wg/homeshelf', ['home shelf'])).toBe(false);
    expect(linkSpellsCodeName('/wg/account', ['home shelf', 'Olive Heron'])).toBe(false);
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z]{2,8}$/), { minLength: 2, maxLength: 2 }), fc.stringMatching(/^[a-z0-9-]{0,10}$/), ([a, b], prefix) => {
        expect(linkSpellsCodeName(`/wg/${prefix ? `${prefix}/` : ''}${a}-${b}`, [`${a} ${b}`])).toBe(true);
      }),
    );
  });
});
