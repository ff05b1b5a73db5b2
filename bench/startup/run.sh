#!/usr/bin/env bash
# The startup figures in README.md, with public tools: each command's whole-process time and peak
# memory from /usr/bin/time, five runs after one warm-up, beside a bare `node -e 0` start.
#
#   bench/startup/run.sh [CHECKOUT]      (default: this checkout)
set -euo pipefail
checkout=$(cd "${1:-$(dirname "$0")/../..}" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
existing=$(mktemp -d /tmp/candor-bench-existing-XXXXXX)
trap 'rm -rf "$existing"' EXIT
text=$(mktemp /tmp/candor-bench-text-XXXXXX)
echo 'Alex Smith wrote to the working group on 3 March.' >"$text"

measure() {
  local label=$1; shift
  for run in 0 1 2 3 4 5; do
    /usr/bin/time -f "$label run $run: %e s wall, %M KB peak" "$@" </dev/null >/dev/null 2>>/tmp/candor-bench-times.txt || true
  done
}
: >/tmp/candor-bench-times.txt
measure 'node -e 0' node -e 0
measure 'candor --help' node "$checkout/bin/candor.js" --help
measure 'candor redact --text' sh -c "node '$checkout/bin/candor.js' redact --text <'$text'"
for run in 0 1 2 3 4 5; do "$here/first-page.sh" "$checkout" --fresh; done | sed 's/^/new data dir: /'
for run in 0 1 2 3 4 5; do "$here/first-page.sh" "$checkout" "$existing"; done | sed 's/^/existing data dir: /'
grep -v 'run 0' /tmp/candor-bench-times.txt
rm -f "$text"
