// Canonical JSON: object keys sorted, no whitespace, undefined members left out (as JSON.stringify
// does). Every hash Candor publishes or chains (audit log, publication log, release content) is
// taken over this text, so one value always hashes the same and `jq -cS` reproduces it for the
// ASCII strings and integers the logs hold.
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  const obj = value as Record<string, unknown>;
  return `{${Object.keys(obj)
    .filter((k) => obj[k] !== undefined)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`)
    .join(',')}}`;
}
