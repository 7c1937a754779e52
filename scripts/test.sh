#!/usr/bin/env bash
# Runs every test of the portal: unit + bUnit, integration (real SQLite, sandbox over loopback) and end-to-end
# (Playwright driving Debian's Chromium). Installs Chromium when it is missing and we may (root + apt-get).
set -euo pipefail
cd "$(dirname "$0")/.."

chromium_path="${PORTAL_CHROMIUM:-/usr/bin/chromium}"
if [ ! -x "$chromium_path" ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
    echo "Chromium not found at $chromium_path: installing Debian's chromium package..."
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "Chromium is needed for the end-to-end tests and was not found at $chromium_path." >&2
    echo "Install it (Debian/Ubuntu: sudo apt-get install chromium) or set PORTAL_CHROMIUM to its path." >&2
    exit 1
  fi
fi

dotnet tool restore >/dev/null
dotnet build Portal.sln -c Debug -nologo -v q -clp:ErrorsOnly
results="TestResults/run-$(date +%Y%m%d-%H%M%S)"
status=0
# Every test portal scans its own logs and database for planted canaries as it closes (tests/Portal.TestSupport/Leaks);
# after the run, one test reads every report and fails on any hit.
export PORTAL_LEAK_REPORT="$PWD/$results/leak-scan"
dotnet test Portal.sln --no-build -c Debug --logger "console;verbosity=normal" --logger trx \
  --results-directory "$results" "$@" || status=$?

# A failed test is run once more, alone: one that passes then is reported as flaky (named below, never hidden), one that
# fails again fails the run. More than five failures is a broken change, not a flaky test: no second run.
flaky=""
if [ "$status" -ne 0 ] && [ $# -eq 0 ] && command -v python3 >/dev/null; then
  filter=$(python3 scripts/trx-report.py filter "$results")
  count=$(python3 scripts/trx-report.py failures "$results" | grep -c '^FAILED' || true)
  if [ -n "$filter" ] && [ "$count" -le 5 ]; then
    python3 scripts/trx-report.py failures "$results"
    echo "Running the $count failed test(s) once more..."
    if dotnet test Portal.sln --no-build -c Debug --filter "$filter" --logger "console;verbosity=normal" --logger trx \
        --results-directory "$results/retry"; then
      flaky=$(python3 scripts/trx-report.py failures "$results" | grep '^FAILED' | sed 's/^FAILED /FLAKY /')
      printf '%s\n' "$flaky" > "$results/flaky.txt"
      status=0
    fi
  fi
fi
PORTAL_LEAK_VERDICT=1 dotnet test tests/Portal.IntegrationTests --no-build -c Debug --filter "FullyQualifiedName~LeakVerdictTests" \
  --logger "console;verbosity=normal" --logger "trx;LogFileName=leak-verdict.trx" --results-directory "$results" || status=$?

# One closing block over all test projects, summed from their TRX files: what failed (with its message), what was flaky.
read -r passed failed skipped < <(python3 scripts/trx-report.py counts "$results" 2>/dev/null || echo "0 0 0")
if [ -n "$flaky" ]; then
  flaky_count=$(grep -c '^FLAKY' <<<"$flaky")
  passed=$((passed + flaky_count)); failed=$((failed - flaky_count))
  echo "Flaky: $flaky_count test(s) failed once and passed when run again (also in $results/flaky.txt):"
  echo "$flaky"
fi
if [ "$status" -ne 0 ]; then
  python3 scripts/trx-report.py failures "$results" "$results/retry" 2>/dev/null | tail -n 40 || true
fi
echo "Screenshots: tests/Portal.E2ETests/bin/Debug/net10.0/screenshots/"
echo "Tests: $passed passed, $failed failed, $skipped skipped${flaky:+ (flaky: $flaky_count, see above)}"
exit $status
