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

/**
 * Links between imported documents ("enforcement-ladder.md#bans") point to their pages here, and
 * in-page anchors ("#bans") to the heading anchors this renderer makes.
 */
export function documentHref(href: string): string {
  const sibling = /^([a-z0-9][a-z0-9._-]*)\.md(?:#([\w-]*))?$/i.exec(href);
  if (sibling) return `/documentation/${sibling[1]!.toLowerCase()}${sibling[2] ? `#s-${sibling[2]}` : ''}`;
  if (/^#[\w-]+$/.test(href) && !href.startsWith('#s-')) return `#s-${href.slice(1)}`;
  return href;
}

export function renderDocumentMarkdown(body: string): { html: string; toc: TocEntry[] } {
  const tokens = md.parse(body, {});
  for (const t of tokens) {
    for (const c of t.children ?? []) {
      const href = c.type === 'link_open' ? c.attrGet('href') : null;
      if (typeof href === 'string') c.attrSet('href', documentHref(href));
    }
  }
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
