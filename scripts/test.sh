#!/usr/bin/env bash
# Runs every test of the portal: unit + bUnit, integration (real SQLite, sandbox over loopback) and end-to-end
# (Playwright driving Debian's Chromium); then the integration suite a second time on PostgreSQL (a throw-away
# server from scripts/postgres.sh, stopped at exit; PORTAL_TEST_POSTGRES_PASS=0 leaves this pass out).
# Installs Chromium and PostgreSQL when they are missing and we may (root + apt-get).
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

# A failed test is run once more, alone: one that passes then is reported as flaky (named below, never hidden), one that
# fails again fails the run. More than five failures in a pass is a broken change, not a flaky test: no second run.
flaky=""
retry_failures() { # $1: the pass's results folder, $2: what that pass ran; the pass's environment is inherited
  local folder=$1 target=$2 filter count
  command -v python3 >/dev/null || return 1
  filter=$(python3 scripts/trx-report.py filter "$folder")
  count=$(python3 scripts/trx-report.py failures "$folder" | grep -c '^FAILED' || true)
  { [ -n "$filter" ] && [ "$count" -le 5 ]; } || return 1
  python3 scripts/trx-report.py failures "$folder"
  echo "Running the $count failed test(s) once more..."
  dotnet test "$target" --no-build -c Debug --filter "$filter" --logger "console;verbosity=normal" --logger trx \
    --results-directory "$folder/retry" || return 1
  flaky+=$(python3 scripts/trx-report.py failures "$folder" | grep '^FAILED' | sed 's/^FAILED /FLAKY /')$'\n'
}

# Pass 1: every project on SQLite.
pass=0
dotnet test Portal.sln --no-build -c Debug --logger "console;verbosity=normal" --logger trx \
  --results-directory "$results" "$@" || pass=$?
if [ "$pass" -ne 0 ] && { [ $# -gt 0 ] || ! retry_failures "$results" Portal.sln; }; then status=1; fi

# Pass 2: the integration suite on PostgreSQL (PORTAL_TEST_POSTGRES_PASS=0 leaves it out).
if [ "${PORTAL_TEST_POSTGRES_PASS:-1}" != "0" ]; then
  eval "$(scripts/postgres.sh start)"
  trap 'scripts/postgres.sh stop' EXIT
  echo "Integration suite on PostgreSQL..."
  export PORTAL_TEST_DATABASE=postgres
  pass=0
  dotnet test tests/Portal.IntegrationTests --no-build -c Debug --logger "console;verbosity=normal" \
    --logger "trx;LogFileName=integration-postgres.trx" --results-directory "$results/postgres" "$@" || pass=$?
  if [ "$pass" -ne 0 ] && { [ $# -gt 0 ] || ! retry_failures "$results/postgres" tests/Portal.IntegrationTests; }; then status=1; fi
  unset PORTAL_TEST_DATABASE
fi
PORTAL_LEAK_VERDICT=1 dotnet test tests/Portal.IntegrationTests --no-build -c Debug --filter "FullyQualifiedName~LeakVerdictTests" \
  --logger "console;verbosity=normal" --logger "trx;LogFileName=leak-verdict.trx" --results-directory "$results" || status=$?

# One closing block over all passes, summed from their TRX files: what failed (with its message), what was flaky.
read -r passed failed skipped < <(python3 scripts/trx-report.py counts "$results" "$results/postgres" 2>/dev/null || echo "0 0 0")
flaky_count=0
if [ -n "$flaky" ]; then
  flaky_count=$(grep -c '^FLAKY' <<<"$flaky")
  printf '%s' "$flaky" > "$results/flaky.txt"
  passed=$((passed + flaky_count)); failed=$((failed - flaky_count))
  echo "Flaky: $flaky_count test(s) failed once and passed when run again (also in $results/flaky.txt):"
  printf '%s' "$flaky"
fi
if [ "$status" -ne 0 ]; then
  python3 scripts/trx-report.py failures "$results/retry" "$results/postgres/retry" "$results" "$results/postgres" 2>/dev/null | tail -n 40 || true
fi
echo "Screenshots: tests/Portal.E2ETests/bin/Debug/net10.0/screenshots/"
echo "Tests: $passed passed, $failed failed, $skipped skipped${flaky:+ (flaky: $flaky_count, see above)}"
exit $status
