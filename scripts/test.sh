#!/usr/bin/env bash
# Runs every test of ShopwareSync: installs PostgreSQL's server binaries if they are missing (the
# integration tests start a throwaway cluster from them), and prometheus, promtool and systemd-analyze (the
# metrics and deployment tests run them); builds, tests, and ends with one line "N passed, N failed"
# counted from the test results.
set -euo pipefail
cd "$(dirname "$0")/.."

PG_BIN=$(scripts/ensure-postgres.sh)
export PG_BIN
# prometheus, promtool and systemd-analyze, for the metrics and deployment tests.
scripts/ensure-deploy-tools.sh

results=$(mktemp -d "${TMPDIR:-/tmp}/shopwaresync-results.XXXXXX")
trap 'rm -rf "$results"' EXIT

status=0
dotnet test ShopwareSync.sln --nologo --logger "trx" --results-directory "$results" "$@" || status=$?

passed=0
failed=0
for trx in "$results"/*.trx; do
  [[ -e "$trx" ]] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0}))
done

if [[ $status -ne 0 && $failed -eq 0 ]]; then
  # The build or the test host failed before any result was written: count that as a failure.
  failed=1
fi
echo "${passed} passed, ${failed} failed"
exit "$status"
