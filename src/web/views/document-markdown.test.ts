import { describe, expect, it } from 'vitest';
import { renderDocumentMarkdown } from './document-markdown';

describe('renderDocumentMarkdown', () => {
  it('gives every heading a stable anchor and lists it in the table of contents', () => {
    const { html, toc } = renderDocumentMarkdown('# Reporting guide\n\n## How to report\n\ntext\n\n## How to report\n');
    expect(toc).toEqual([
      { level: 1, text: 'Reporting guide', id: 's-reporting-guide' },
      { level: 2, text: 'How to report', id: 's-how-to-report' },
      { level: 2, text: 'How to report', id: 's-how-to-report-2' },
    ]);
    expect(html).toContain('<h2 id="s-how-to-report">How to report</h2>');
  });
  it('escapes raw HTML instead of passing it through', () => {
    const { html } = renderDocumentMarkdown('<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;');
  });
  it('keeps web, mail and same-site links and drops scripts, data and images', () => {
    const { html } = renderDocumentMarkdown(
      '[a](https://example.org/x) [b](mailto:wg@example.org) [c](/documentation) [d](javascript:alert(1)) [e](data:text/html,x) [f](//evil.example) ![g](https://example.org/t.png)',
    );
    expect(html).toContain('href="https://example.org/x"');
    expect(html).toContain('href="mailto:wg@example.org"');
    expect(html).toContain('href="/documentation"');
    expect(html).not.toMatch(/href="(javascript|data|\/\/)/);
    expect(html).not.toContain('<img');
  });
  it('points links between imported documents, and in-page anchors, to their pages and heading anchors', () => {
    const { html } = renderDocumentMarkdown('[a](working-group-manual.md#record-keeping) [b](#how-to-report) [c](faq.md)');
    expect(html).toContain('href="/documentation/working-group-manual#s-record-keeping"');
    expect(html).toContain('href="#s-how-to-report"');
    expect(html).toContain('href="/documentation/faq"');
  });
});
