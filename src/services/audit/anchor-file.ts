// The anchor file: an append-only record, outside the database, of the audit chain's head
// (entry id and hash) over time. Each line is MACed under the audit key, so the file cannot be
// extended or edited consistently without the master key; a line that does not check is reported,
// not skipped. Lines are short and written with O_APPEND, so two writers never interleave one.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { appendFileSync, closeSync, existsSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { CandorError } from '../../errors';
import { ensurePrivateFile } from '../../config/private-files';
import type { KeyEpoch } from '../context';

export const ANCHOR_FILE_NAME = 'audit-anchors.log';

export interface Anchor {
  /** Line number in the file, from 1. */
  line: number;
  at: string;
  entryId: number;
  hash: string;
  /** The first keyed entry of the chain, once there is one: entries from it on must be keyed. */
  keyedFrom: number | null;
}

type AnchorFields = Omit<Anchor, 'line'>;

/** A line names the master key whose chain key MACed it (decision 031); lines written before that do not. */
type AnchorLine = AnchorFields & { keyId?: string; mac: string };

function anchorMac(auditKey: Buffer, a: AnchorFields & { keyId?: string }): string {
  const keyPart = a.keyId === undefined ? '' : `\n${a.keyId}`;
  return createHmac('sha256', auditKey).update(`anchor\n${a.at}\n${a.entryId}\n${a.hash}\n${a.keyedFrom ?? ''}${keyPart}`).digest('hex');
}

/** Whether the line's MAC checks under the key it names or, for a line that names none, under any key held. */
function macChecks(epochs: readonly KeyEpoch[], parsed: AnchorLine): boolean {
  const candidates = parsed.keyId === undefined ? epochs : epochs.filter((e) => e.id === parsed.keyId);
  const given = Buffer.from(parsed.mac, 'hex');
  return candidates.some((e) => {
    const expected = Buffer.from(anchorMac(e.audit, parsed), 'hex');
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
}

export function appendAnchor(file: string, epoch: KeyEpoch, a: AnchorFields): void {
  const withKey = { ...a, keyId: epoch.id };
  const line = JSON.stringify({ at: a.at, entryId: a.entryId, hash: a.hash, keyedFrom: a.keyedFrom, keyId: epoch.id, mac: anchorMac(epoch.audit, withKey) });
  appendFileSync(file, `${line}\n`, { mode: 0o600, flag: 'a' });
  ensurePrivateFile(file);
}

export type AnchorRead = { ok: true; anchors: Anchor[] } | { ok: false; line: number; reason: string };

function isAnchorLine(v: unknown): v is AnchorLine {
  if (typeof v !== 'object' || v === null) return false;
  const o = v as Record<string, unknown>;
  return (
    typeof o.at === 'string' &&
    typeof o.entryId === 'number' &&
    typeof o.hash === 'string' &&
    (o.keyedFrom === null || typeof o.keyedFrom === 'number') &&
    (o.keyId === undefined || typeof o.keyId === 'string') &&
    typeof o.mac === 'string'
  );
}

/** Every anchor in the file (none when there is no file), or the first line that does not check. */
export function readAnchors(file: string, epochs: readonly KeyEpoch[]): AnchorRead {
  if (!existsSync(file)) return { ok: true, anchors: [] };
  const lines = readFileSync(file, 'utf8').split('\n');
  const anchors: Anchor[] = [];
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!;
    if (text === '') continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = null;
    }
    if (!isAnchorLine(parsed)) return { ok: false, line: i + 1, reason: 'is not an anchor line' };
    if (!macChecks(epochs, parsed)) {
      return { ok: false, line: i + 1, reason: 'does not carry a valid MAC (the anchor file was edited, or another master key wrote it)' };
    }
    const prev = anchors[anchors.length - 1];
    if (prev && parsed.entryId < prev.entryId) return { ok: false, line: i + 1, reason: 'goes back to an earlier entry than the line before it' };
    anchors.push({ line: i + 1, at: parsed.at, entryId: parsed.entryId, hash: parsed.hash, keyedFrom: parsed.keyedFrom });
  }
  return { ok: true, anchors };
}

/** The file's last anchor, read from its end (the file grows for years), or null without one. */
export function lastAnchor(file: string, epochs: readonly KeyEpoch[]): AnchorFields | null {
  if (!existsSync(file)) return null;
  const fd = openSync(file, 'r');
  try {
    const size = fstatSync(fd).size;
    const len = Math.min(size, 4096);
    const buf = Buffer.alloc(len);
    readSync(fd, buf, 0, len, size - len);
    const lines = buf.toString('utf8').split('\n').filter((l) => l !== '');
    const text = lines[lines.length - 1];
    if (text === undefined) return null;
    let parsed: unknown = null;
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = null;
    }
    if (!isAnchorLine(parsed) || !macChecks(epochs, parsed)) {
      throw new CandorError('integrity_failed', 'the last line of the audit anchor file does not check; run candor audit verify');
    }
    return { at: parsed.at, entryId: parsed.entryId, hash: parsed.hash, keyedFrom: parsed.keyedFrom };
  } finally {
    closeSync(fd);
  }
}
