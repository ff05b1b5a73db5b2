// The v1 envelope format, as databases written before row binding hold it: the field name
// ("table.column") alone is the associated data. The app no longer writes it; tests plant it to
// check that old values still open and are upgraded. src/privacy/envelope.test.ts checks bytes
// sealed by the v1 code itself.
import { createCipheriv, randomBytes } from 'node:crypto';
import type { MasterKey } from '../../src/privacy/envelope';

function gcm(key: Buffer, plaintext: Buffer, aad: Buffer): Buffer {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(aad);
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]);
}

export function sealV1(master: MasterKey, field: string, plaintext: string): string {
  const dataKey = randomBytes(32);
  const aad = Buffer.from(`v1:${field}`);
  const wrapped = gcm(master.key, dataKey, aad);
  const body = gcm(dataKey, Buffer.from(plaintext, 'utf8'), aad);
  return ['v1', master.id, wrapped.toString('base64'), body.toString('base64')].join('.');
}
