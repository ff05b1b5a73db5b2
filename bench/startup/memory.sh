#!/usr/bin/env bash
# What holds the server's memory: the resident memory each library adds when Node loads it on its
# own (a fresh process per line, after a garbage collection), and what an open PGlite database
# adds. The web app loads all of these on start except compromise (the redaction engine).
#
#   bench/startup/memory.sh [DATA_DIR]     (run from the checkout; DATA_DIR: an existing data
#                                           directory to open with PGlite, else a new one)
set -euo pipefail
cd "$(dirname "$0")/../.."
rss_after() {
  node --expose-gc --input-type=module -e "
    global.gc(); const before = process.memoryUsage().rss;
    $1
    global.gc(); const after = process.memoryUsage().rss;
    console.log(((after - before) / 2 ** 20).toFixed(0).padStart(5) + ' MB  $2');"
}
echo "  (bare node: $(node -e 'console.log((process.memoryUsage().rss / 2 ** 20).toFixed(0))') MB resident)"
for p in hono drizzle-orm zod vega vega-lite highs markdown-it qrcode @node-rs/argon2 compromise pino; do
  rss_after "await import('$p');" "$p"
done
rss_after "const m = await import('highs'); await m.default();" 'highs, solver instantiated'
data=${1:-$(mktemp -d /tmp/candor-bench-pglite-XXXXXX)}
rss_after "const { PGlite } = await import('@electric-sql/pglite'); const db = new PGlite('$data/pglite'); await db.waitReady; await db.query('select 1');" "PGlite, database open ($data)"
