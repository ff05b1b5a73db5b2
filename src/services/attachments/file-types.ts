// Which files a case may hold, decided by their first bytes rather than the name or the type the
// browser declared: a renamed executable or an HTML page posing as a PDF is refused.

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

export const ALLOWED_TYPES = ['application/pdf', 'image/png', 'image/jpeg', 'image/gif', 'image/webp', 'text/plain'] as const;
export type AllowedType = (typeof ALLOWED_TYPES)[number];

const startsWith = (b: Uint8Array, sig: readonly number[], at = 0) => sig.every((v, i) => b[at + i] === v);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

/** Plain text: valid UTF-8 with no control characters other than tab, newline and carriage return. */
function isPlainText(b: Uint8Array): boolean {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(b);
  } catch {
    return false;
  }
  // eslint-disable-next-line no-control-regex -- control characters are exactly what we look for
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(text)) return false;
  // Markup sniffed by browsers as HTML is not "plain text" even when served as an attachment.
  return !/^\s*<(!doctype|html|script|svg|\?xml)/i.test(text);
}

export function sniffType(bytes: Uint8Array): AllowedType | null {
  if (startsWith(bytes, ascii('%PDF-'))) return 'application/pdf';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'))) return 'image/gif';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'image/webp';
  if (bytes.length > 0 && isPlainText(bytes)) return 'text/plain';
  return null;
}

/** A declared type agrees with the content when it is the same or says nothing ("octet-stream"). */
export function declaredTypeAgrees(declared: string | null | undefined, detected: AllowedType): boolean {
  const d = (declared ?? '').split(';')[0]!.trim().toLowerCase();
  if (d === '' || d === 'application/octet-stream') return true;
  if (d === 'image/jpg' || d === 'image/pjpeg') return detected === 'image/jpeg';
  if (detected === 'text/plain') return d === 'text/plain' || d === 'text/markdown' || d === 'text/csv';
  return d === detected;
}

/** A filename safe for a Content-Disposition header: no path, no control or quote characters. */
export function safeFilename(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex -- strip control characters from a header value
  const cleaned = base.replace(/[\u0000-\u001F\u007F"]/g, '').trim().slice(0, 200);
  return cleaned || 'attachment';
}
