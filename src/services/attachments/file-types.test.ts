import { describe, expect, it } from 'vitest';
import { declaredTypeAgrees, safeFilename, sniffType } from './file-types';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('sniffType', () => {
  it('knows the allowed types by their first bytes', () => {
    expect(sniffType(bytes('%PDF-1.7\n...'))).toBe('application/pdf');
    expect(sniffType(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe('image/png');
    expect(sniffType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(sniffType(bytes('GIF89a....'))).toBe('image/gif');
    expect(sniffType(bytes('RIFF\0\0\0\0WEBPVP8 '))).toBe('image/webp');
    expect(sniffType(bytes('Chat log, 3 March\r\n\tline two'))).toBe('text/plain');
  });
  it('refuses executables, archives, HTML and empty files', () => {
    expect(sniffType(bytes('MZ\x90\0\x03'))).toBeNull();
    expect(sniffType(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]))).toBeNull();
    expect(sniffType(new Uint8Array([0x7f, 0x45, 0x4c, 0x46]))).toBeNull();
    expect(sniffType(bytes('  <!DOCTYPE html><script>alert(1)</script>'))).toBeNull();
    expect(sniffType(bytes('<svg onload=x>'))).toBeNull();
    expect(sniffType(new Uint8Array([]))).toBeNull();
    expect(sniffType(new Uint8Array([0xc3, 0x28]))).toBeNull(); // invalid UTF-8
  });
});

describe('declaredTypeAgrees', () => {
  it('accepts a matching or silent declaration and refuses a contradicting one', () => {
    expect(declaredTypeAgrees('application/pdf', 'application/pdf')).toBe(true);
    expect(declaredTypeAgrees('', 'image/png')).toBe(true);
    expect(declaredTypeAgrees('application/octet-stream', 'image/png')).toBe(true);
    expect(declaredTypeAgrees('image/jpg', 'image/jpeg')).toBe(true);
    expect(declaredTypeAgrees('text/plain; charset=utf-8', 'text/plain')).toBe(true);
    expect(declaredTypeAgrees('application/pdf', 'text/plain')).toBe(false);
    expect(declaredTypeAgrees('text/html', 'text/plain')).toBe(false);
  });
});

describe('safeFilename', () => {
  it('drops paths, quotes and control characters', () => {
    expect(safeFilename('../../etc/passwd')).toBe('passwd');
    expect(safeFilename('C:\\Users\\x\\a "b".pdf')).toBe('a b.pdf');
    expect(safeFilename('a\r\nSet-Cookie: x.txt')).toBe('aSet-Cookie: x.txt');
    expect(safeFilename('')).toBe('attachment');
  });
});
