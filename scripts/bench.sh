#!/usr/bin/env bash
# Runs the benchmarks (issue 11): ./scripts/bench.sh [--size tiny|small|full] [--only index,live,sync,audit,circuits,start]
#   [--database sqlite|postgres]
# Prints a table (cores, sizes, load average per figure) and writes the same figures as JSON to bench-results/.
# Built databases (e.g. the 1M-record index) are cached in bench-cache/ so re-runs are quick. Needs Debian's chromium
# for the circuits scenario (see scripts/test.sh).
# --database postgres: every portal under test runs on a fresh database on the server PORTAL_TEST_POSTGRES names; when
# it is not set, a throw-away server is started here (scripts/postgres.sh) and stopped at exit.
set -euo pipefail
cd "$(dirname "$0")/.."
postgres=0
prev=""
for arg in "$@"; do
  if [ "$prev" = "--database" ] && [ "$arg" = "postgres" ]; then postgres=1; fi
  prev="$arg"
done
if [ "$postgres" = "1" ] && [ -z "${PORTAL_TEST_POSTGRES:-}" ]; then
  eval "$(scripts/postgres.sh start)"
  trap 'scripts/postgres.sh stop' EXIT
  dotnet run -c Release --project tests/Portal.Benchmarks -- "$@"
else
  exec dotnet run -c Release --project tests/Portal.Benchmarks -- "$@"
fi
