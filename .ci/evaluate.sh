#!/usr/bin/env bash
# Accuracy gate: builds the evaluation tool and runs it against the committed floors when ../shared/corpus is
# beside the clone; says it skipped otherwise (a user's clone has no corpora). Extra arguments are passed on
# (for example --predictions out/predictions.json). Per-page WCXB-dev scores go to
# benchmarks/ArticleExtract.Evaluation/out/wcxb-pages.jsonl (git-ignored) for error analysis. Exit code: the tool's
# (1 = below a floor).
set -euo pipefail
cd "$(dirname "$0")/.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

shared="$(cd .. && pwd)/shared"
if [ ! -d "$shared/corpus" ]; then
    echo "== evaluation skipped: $shared/corpus does not exist (the corpora live beside the repository, not in it)"
    exit 0
fi

echo "== evaluation: ours vs SmartReader, gated by benchmarks/ArticleExtract.Evaluation/floors.json"
dotnet build benchmarks/ArticleExtract.Evaluation -c Release
dotnet run --project benchmarks/ArticleExtract.Evaluation -c Release --no-build -- \
    --shared "$shared" --check benchmarks/ArticleExtract.Evaluation/floors.json \
    --pages benchmarks/ArticleExtract.Evaluation/out/wcxb-pages.jsonl "$@"
