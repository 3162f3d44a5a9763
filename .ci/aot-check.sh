#!/usr/bin/env bash
# Publishes the Native AOT build of article-extract (samples/ArticleExtract.Cli, profile NativeAot) and checks that it
# prints byte for byte what the framework-dependent build prints: every --format on the bundled page, on the pages in
# .ci/aot-pages (a structured report with JSON-LD, a table, a list and code; a windows-1252 page; a page only the
# second opinion, SmartReader, can read) and on the test fixtures; standard input; batch to JSON Lines; the exit code
# and message of the one thing the AOT build leaves out (Parquet output).
# Expects the Release build of the solution (.ci/run builds it first). Installs clang and zlib1g-dev (the native
# toolchain Native AOT links with) from Debian's packages when missing. The AOT compile takes minutes on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v clang >/dev/null 2>&1 || ! dpkg -s zlib1g-dev >/dev/null 2>&1; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq clang zlib1g-dev
fi

fail() { echo "aot-check: $*" >&2; exit 1; }

start=$(date +%s)
dotnet publish samples/ArticleExtract.Cli -c Release -p:PublishProfile=NativeAot
echo "aot-check: AOT publish took $(( $(date +%s) - start )) s"

aot=samples/ArticleExtract.Cli/bin/native-aot/article-extract
jit=(dotnet samples/ArticleExtract.Cli/bin/Release/net10.0/article-extract.dll)
[[ -x $aot ]] || fail "the publish did not produce $aot"
[[ -f ${jit[1]} ]] || fail "no framework-dependent build at ${jit[1]} (build the solution in Release first)"
echo "aot-check: native binary $(stat -c %s "$aot") bytes"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Runs both builds with the same arguments (and the same standard input, when $stdin is set) and compares standard
# output, standard error and the exit code.
same() {
  local name=$1; shift
  local in=${stdin:-/dev/null} jit_rc=0 aot_rc=0
  "${jit[@]}" "$@" < "$in" > "$work/jit.out" 2> "$work/jit.err" || jit_rc=$?
  "$aot" "$@" < "$in" > "$work/aot.out" 2> "$work/aot.err" || aot_rc=$?
  [[ $jit_rc == "$aot_rc" ]] || fail "$name: exit code $aot_rc from the AOT build, $jit_rc from the framework-dependent build"
  cmp -s "$work/jit.out" "$work/aot.out" || { diff "$work/jit.out" "$work/aot.out" | head -20 >&2; fail "$name: standard output differs"; }
  cmp -s "$work/jit.err" "$work/aot.err" || { diff "$work/jit.err" "$work/aot.err" | head -20 >&2; fail "$name: standard error differs"; }
  checks=$((checks + 1))
}

checks=0
pages=(samples/ArticleExtract.Cli/pages/seed-news-page.html .ci/aot-pages/*.html tests/ArticleExtract.Tests/Fixtures/*.html)
for page in "${pages[@]}"; do
  for format in json markdown text html; do
    same "$page --format $format" extract "$page" --format "$format"
  done
  same "$page --no-metadata --favor recall" extract "$page" --format markdown --no-metadata --favor recall
done
stdin=samples/ArticleExtract.Cli/pages/seed-news-page.html same "standard input" extract - --url https://news.example/story --format json
same "a missing file" extract "$work/no-such-page.html"
same "a usage error" extract samples/ArticleExtract.Cli/pages/seed-news-page.html --format yaml
same "--help" extract --help

# The second opinion must have run in the AOT build, not failed quietly into our own (empty) answer.
"$aot" extract .ci/aot-pages/script-shell.html --format json | grep -q '"outcome": "secondOpinion"' \
  || fail "SmartReader's answer was not taken on .ci/aot-pages/script-shell.html in the AOT build"

# batch: same records (the summary on standard error holds timings, so only the records are compared).
mkdir -p "$work/pages"
cp "${pages[@]}" "$work/pages/"
"${jit[@]}" batch "$work/pages" --out "$work/jit.jsonl" --parallel 2 2>/dev/null
"$aot" batch "$work/pages" --out "$work/aot.jsonl" --parallel 2 2>/dev/null
cmp -s "$work/jit.jsonl" "$work/aot.jsonl" || fail "batch: the JSON Lines differ"
checks=$((checks + 1))

# Parquet is left out of the AOT build: a clear usage error (exit 2), and nothing written.
rc=0
"$aot" batch "$work/pages" --out "$work/out.parquet" 2> "$work/parquet.err" || rc=$?
[[ $rc == 2 ]] || fail "a .parquet output in the AOT build: exit $rc, expected 2"
grep -q "Parquet output is not in the Native AOT build" "$work/parquet.err" || fail "a .parquet output in the AOT build: no clear message"
[[ ! -e $work/out.parquet ]] || fail "a .parquet output in the AOT build: a file was written"

echo "aot-check: OK ($checks comparisons: the Native AOT build prints what the framework-dependent build prints)"
