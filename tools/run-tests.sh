#!/usr/bin/env bash
# Runs every test suite of the repository and ends with one line: "N passed, N failed".
# C#: every test project of CsExtension.sln (Release, as shipped). Web resources: Vitest unit tests with xrm-mock,
# browser tests in Debian's Chromium (/usr/bin/chromium) through Playwright, and the platform checker's ESLint rules.
# Usage: tools/run-tests.sh            (from anywhere inside the repository)
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
results="$root/artifacts/test-results"
rm -rf "$results"
mkdir -p "$results"

status=0
web_failed=0
# The solution packs the built web resources, so they are built before the C# build.
(cd WebResources && npm ci --no-audit --no-fund && npm run build) || { status=1; web_failed=1; }

# -m:1 keeps a 2-core machine responsive; one solution build feeds every C# test project.
dotnet test CsExtension.sln -c Release -m:1 --logger "trx" --logger "console;verbosity=minimal" \
  --results-directory "$results" || status=$?

passed=0; failed=0; skipped=0
shopt -s nullglob
for trx in "$results"/*.trx; do
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  t=$(sed -n 's/.* total="\([0-9]*\)".*/\1/p' <<<"$counters")
  e=$(sed -n 's/.* executed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0})); skipped=$((skipped + ${t:-0} - ${e:-0}))
done

if [ "$web_failed" -eq 0 ]; then
  (cd WebResources && npx eslint .) || { status=1; failed=$((failed + 1)); echo "ESLint (power-apps rules) reported findings."; }
  (cd WebResources && npx vitest run --reporter=default --reporter=json --outputFile="$results/webresources.json") || status=1
  if [ -f "$results/webresources.json" ]; then
    read -r wp wf ws < <(node -e 'const r=require(process.argv[1]);console.log(r.numPassedTests,r.numFailedTests,r.numPendingTests+(r.numTodoTests||0))' "$results/webresources.json")
    passed=$((passed + wp)); failed=$((failed + wf)); skipped=$((skipped + ws))
  else
    failed=$((failed + 1))
  fi
else
  failed=$((failed + 1))
fi

if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  # A build or a test host failed before any test could report: count it, never hide it.
  failed=1
fi
echo "${passed} passed, ${failed} failed, ${skipped} skipped"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ]
