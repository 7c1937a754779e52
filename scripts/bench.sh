#!/usr/bin/env bash
# Runs the benchmarks (issue 11): ./scripts/bench.sh [--size tiny|small|full] [--only index,live,sync,audit,circuits,start]
# Prints a table (cores, sizes, load average per figure) and writes the same figures as JSON to bench-results/.
# Built databases (e.g. the 1M-record index) are cached in bench-cache/ so re-runs are quick. Needs Debian's chromium
# for the circuits scenario (see scripts/test.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
exec dotnet run -c Release --project tests/Portal.Benchmarks -- "$@"
