#!/usr/bin/env bash
# Starts Candor, waits until it says it is serving, fetches the first page (GET /, following the
# redirect to setup on a new database), prints the time from start to that page and the server's
# resident memory after it, then stops the server (SIGTERM, waits for it to exit).
#
#   bench/startup/first-page.sh CHECKOUT DATA_DIR|--fresh [npm|node]
#
# CHECKOUT: the Candor checkout to run (with its node_modules). DATA_DIR: a data directory, reused
# from run to run (the first run creates it), or --fresh for a new one each run, removed after.
# npm (default) starts it as the README says, `npm start`; node runs `node bin/candor.js serve`.
# Prints one line: "first-page <ms> ms status <code> rss <MB> MB".
set -euo pipefail
checkout=$(cd "$1" && pwd)
data=$2
how=${3:-npm}
port=$((20000 + RANDOM % 20000))
work=$(mktemp -d /tmp/candor-bench-XXXXXX)
trap 'rm -rf "$work"' EXIT
if [ "$data" = --fresh ]; then data=$work/data; fi
mkfifo "$work/out"
cd "$checkout"
start=$(date +%s%N)
if [ "$how" = npm ]; then
  CANDOR_DATA_DIR=$data PORT=$port npm start --silent >"$work/out" 2>/dev/null &
else
  CANDOR_DATA_DIR=$data PORT=$port node bin/candor.js serve >"$work/out" 2>/dev/null &
fi
launcher=$!
# Block on the server's output (no polling, so the waiting costs no processor time).
exec 3<"$work/out"
serving=no
while read -r line <&3; do
  case $line in *"serving on"*) serving=yes; break ;; esac
done
[ $serving = yes ] || { echo "the server exited before serving" >&2; exit 1; }
code=$(curl -sL -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/")
elapsed=$(( ($(date +%s%N) - start) / 1000000 ))
# The server is the node process listening on the port (npm starts it through a shell).
server=$(ss -ltnpH "sport = :$port" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)
rss_kb=$(awk '/^VmRSS/ { print $2 }' "/proc/$server/status")
echo "first-page $elapsed ms status $code rss $((rss_kb / 1024)) MB"
kill -TERM "$server"
cat <&3 >/dev/null || true
wait "$launcher" || true
