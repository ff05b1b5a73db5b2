// The bundled list of the 10,000 most common passwords (common-passwords.txt says where it comes
// from). A password on it is refused whatever its length: attackers try these first.
import { readFileSync } from 'node:fs';
import { sourceFile } from '../../source-file';

let list: Set<string> | null = null;

function load(): Set<string> {
  const text = readFileSync(sourceFile('services/auth/common-passwords.txt'), 'utf8');
  return new Set(
    text
      .split('\n')
      .filter((l) => l !== '' && !l.startsWith('#'))
      .map((l) => l.toLowerCase()),
  );
}

/** Case-insensitive: "Password123" is as guessable as "password123". */
export function isCommonPassword(password: string): boolean {
  list ??= load();
  return list.has(password.toLowerCase());
}

export function commonPasswordCount(): number {
  list ??= load();
  return list.size;
}
