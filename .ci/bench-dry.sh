#!/usr/bin/env bash
# Smoke test of the benchmarks, for CI: builds them in Release and runs every benchmark once (BenchmarkDotNet's
# dry job: no pilot, no warm-up, one iteration), in-process so that no per-benchmark project is generated and
# built. Proves the suite builds, finds its pages and runs end to end in well under 2 minutes on 2 cores; the
# numbers it prints are not measurements (see benchmarks/README.md for a real run).
set -euo pipefail
cd "$(dirname "$0")/.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

project=benchmarks/ArticleExtract.Benchmarks
echo "== build benchmarks (Release)"
dotnet build "$project" -c Release

echo "== benchmarks, dry run"
artifacts=$(mktemp -d)
trap 'rm -rf "$artifacts"' EXIT
dotnet run --project "$project" -c Release --no-build -- \
  --job dry --inProcess --artifacts "$artifacts" \
  --filter '*ExtractionBenchmarks*' '*ScalingBenchmarks*' | tee "$artifacts/console.log"

# BenchmarkDotNet exits 0 even when a benchmark throws; its summary then says so.
if grep -q -E "Benchmarks with issues|// \* Errors? \*" "$artifacts/console.log"; then
  echo "a benchmark failed in the dry run" >&2
  exit 1
fi
grep -q "Totals over the page set" "$artifacts/console.log" || { echo "the dry run printed no totals" >&2; exit 1; }
