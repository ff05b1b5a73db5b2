// A published document's Markdown rendered for the public site: raw HTML disabled (the text is
// escaped, never passed through), links only to web, mail and same-site addresses, no images (they
// would load from elsewhere and break the content security policy), and every heading given a
// stable anchor so a table of contents and outside links can point into the document.
import MarkdownIt from 'markdown-it';

const md = new MarkdownIt({ html: false, linkify: false, typographer: false });
md.disable(['image']);
md.validateLink = (url: string) => /^(https?:|mailto:|#|\/(?!\/))/i.test(url.trim()) || /^[a-z0-9][a-z0-9._-]*(\.md)?(#[\w-]*)?$/i.test(url.trim());

export interface TocEntry {
  level: number;
  text: string;
  id: string;
}

/** "Report a concern" → "report-a-concern"; the same heading text always gives the same anchor. */
export function headingAnchor(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug === '' ? 'section' : slug;
}

export function renderDocumentMarkdown(body: string): { html: string; toc: TocEntry[] } {
  const tokens = md.parse(body, {});
  const toc: TocEntry[] = [];
  const used = new Map<string, number>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.type !== 'heading_open') continue;
    const text = tokens[i + 1]?.children?.filter((c) => c.type === 'text' || c.type === 'code_inline').map((c) => c.content).join('') ?? '';
    const base = `s-${headingAnchor(text)}`;
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    const id = n === 1 ? base : `${base}-${n}`;
    t.attrSet('id', id);
    toc.push({ level: Number(t.tag.slice(1)), text, id });
  }
  return { html: md.renderer.render(tokens, md.options, {}), toc };
}
