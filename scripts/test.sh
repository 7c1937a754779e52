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
dotnet test Portal.sln --no-build -c Debug --logger "console;verbosity=normal" --logger trx \
  --results-directory "$results" "$@" || status=$?
if [ "${PORTAL_TEST_POSTGRES_PASS:-1}" != "0" ]; then
  eval "$(scripts/postgres.sh start)"
  trap 'scripts/postgres.sh stop' EXIT
  echo "Integration suite on PostgreSQL..."
  PORTAL_TEST_DATABASE=postgres dotnet test tests/Portal.IntegrationTests --no-build -c Debug --logger "console;verbosity=normal" \
    --logger "trx;LogFileName=integration-postgres.trx" --results-directory "$results" "$@" || status=$?
fi
PORTAL_LEAK_VERDICT=1 dotnet test tests/Portal.IntegrationTests --no-build -c Debug --filter "FullyQualifiedName~LeakVerdictTests" \
  --logger "console;verbosity=normal" --logger "trx;LogFileName=leak-verdict.trx" --results-directory "$results" || status=$?

# One closing line over all test projects, summed from their TRX files.
passed=0; failed=0; skipped=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters"); f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  t=$(sed -n 's/.* total="\([0-9]*\)".*/\1/p' <<<"$counters"); e=$(sed -n 's/.* executed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0})); skipped=$((skipped + ${t:-0} - ${e:-0}))
done
echo "Screenshots: tests/Portal.E2ETests/bin/Debug/net10.0/screenshots/"
echo "Tests: $passed passed, $failed failed, $skipped skipped"
exit $status
