#!/usr/bin/env bash
# The web API's load test, on loopback only, bounded in time (10 s per load phase, a 10-minute deadline overall)
# and in requests (--max-requests, default 200,000 per phase); it stops the server by itself.
#   bash benchmarks/load/run.sh [--check] [generator options, see benchmarks/load/README.md]
# Needs only the .NET SDK: it publishes the web API in Release and drives it with benchmarks/ArticleExtract.LoadTest.
# The large page is the 400 KB Russian AEB page when ../shared is beside the clone, else a generated 400 KB page.
set -euo pipefail
cd "$(dirname "$0")/../.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "== publish the web API (Release) and build the load generator"
dotnet publish samples/ArticleExtract.WebApi -c Release -o "$work/app" > "$work/publish.log" || { cat "$work/publish.log"; exit 1; }
dotnet build benchmarks/ArticleExtract.LoadTest -c Release > "$work/build.log" || { cat "$work/build.log"; exit 1; }

large=()
for page in ../shared/corpus/aeb-dev/html/3c6d3381*.html.gz; do
  [ -f "$page" ] && large=(--large "$page")
done

echo "== load test (machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo); load average now: $(cut -d' ' -f1-3 /proc/loadavg))"
dotnet benchmarks/ArticleExtract.LoadTest/bin/Release/net10.0/article-extract-loadtest.dll \
  --app "$work/app" --server-log "$work/server.log" "${large[@]}" "$@"
