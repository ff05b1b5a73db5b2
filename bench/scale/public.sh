#!/usr/bin/env bash
# Requests/s and p99 of the public pages at 32 connections, beside a bare node:http hello-world
# measured in the same run (before and after, so a drift in the machine's load shows).
#
#   bench/scale/public.sh DATA_DIR [SECONDS=10]    (DATA_DIR: a register with publications, e.g. `candor demo`)
#   DATABASE_URL=postgres://… bench/scale/public.sh - [SECONDS]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
checkout=$(cd "$here/../.." && pwd)
data=${1:?usage: public.sh DATA_DIR [SECONDS]}
secs=${2:-10}
bare_port=3998
app_port=3997
node "$here/bare.mjs" $bare_port & bare=$!
if [ "$data" = - ]; then node "$checkout/bin/candor.js" serve --port $app_port >/tmp/candor-bench-serve.log 2>&1 & app=$!
else CANDOR_DATA_DIR=$data node "$checkout/bin/candor.js" serve --port $app_port >/tmp/candor-bench-serve.log 2>&1 & app=$!; fi
trap 'kill $bare $app 2>/dev/null || true' EXIT
until curl -sf "http://127.0.0.1:$app_port/statistics" >/dev/null; do sleep 0.5; done
year=$(curl -s "http://127.0.0.1:$app_port/reports" | grep -o 'href="/reports/[0-9]\{4\}"' | head -1 | grep -o '[0-9]\{4\}' || true)
echo "load: $(uptime)"
node "$here/load.mjs" "http://127.0.0.1:$bare_port/" 3 32 >/dev/null # warm-up
node "$here/load.mjs" "http://127.0.0.1:$app_port/statistics" 3 32 >/dev/null
node "$here/load.mjs" "http://127.0.0.1:$bare_port/" "$secs" 32
node "$here/load.mjs" "http://127.0.0.1:$app_port/statistics" "$secs" 32
[ -n "$year" ] && node "$here/load.mjs" "http://127.0.0.1:$app_port/reports/$year" "$secs" 32
node "$here/load.mjs" "http://127.0.0.1:$bare_port/" "$secs" 32
echo "load: $(uptime)"
