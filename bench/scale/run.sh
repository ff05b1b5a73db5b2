#!/usr/bin/env bash
# Import and statistics of generated registers, on PGlite and on PostgreSQL, with each step's
# seconds, rows/s and the process's peak RSS (bench/scale/steps.ts). Not part of the test run.
#
#   bench/scale/run.sh pglite 1000 10000 100000
#   PG=postgres://postgres@127.0.0.1:5432 bench/scale/run.sh postgres 1000 10000 100000 1000000
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
checkout=$(cd "$here/../.." && pwd)
engine=${1:?usage: run.sh pglite|postgres SIZE...}; shift
cd "$checkout"
for n in "$@"; do
  sheet=/tmp/candor-scale-sheet-$n.csv
  [ -s "$sheet" ] || node "$here/generate.mjs" "$n" >"$sheet"
  echo "== $engine, $n cases; $(uptime)"
  if [ "$engine" = pglite ]; then
    dir=$(mktemp -d /tmp/candor-scale-XXXXXX)
    CANDOR_DATA_DIR=$dir npx tsx "$here/steps.ts" "$sheet"
    rm -rf "$dir"
  else
    db=candor_scale_$n
    psql -q "${PG:?set PG to a server URL without a database}/postgres" -c "drop database if exists $db" -c "create database $db"
    DATABASE_URL=$PG/$db npx tsx "$here/steps.ts" "$sheet"
    psql -q "$PG/postgres" -c "drop database $db"
  fi
done
