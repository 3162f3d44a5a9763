#!/usr/bin/env bash
# Wall time of whole article-extract processes on one small page, for the README's Native AOT figures.
#   .ci/cli-startup.sh RUNS PAGE NAME=COMMAND [NAME=COMMAND ...]
# e.g.
#   .ci/cli-startup.sh 20 samples/ArticleExtract.Cli/pages/seed-news-page.html \
#     jit=samples/ArticleExtract.Cli/bin/Release/net10.0/article-extract \
#     aot=samples/ArticleExtract.Cli/bin/native-aot/article-extract \
#     "jit-tiered=env DOTNET_TieredCompilation=1 samples/ArticleExtract.Cli/bin/Release/net10.0/article-extract"
# Each command gets `extract PAGE --format json`. The commands run in turn, round after round (A B C A B C ...), so
# that a change in the machine's load hits them alike; one untimed warm-up round first fills the page cache. Prints
# median and p90 in milliseconds per command, of wall time and of CPU time (user + system, which a loaded machine
# inflates far less than wall time), and the load average before and after.
set -euo pipefail

runs=$1 page=$2
shift 2
names=() commands=()
for spec in "$@"; do
  names+=("${spec%%=*}")
  commands+=("${spec#*=}")
done

declare -A times cpu
for ((i = 0; i < ${#names[@]}; i++)); do
  ${commands[$i]} extract "$page" --format json > /dev/null
done

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for ((r = 0; r < runs; r++)); do
  for ((i = 0; i < ${#names[@]}; i++)); do
    # Bash's own timer: wall, user and system seconds of the whole process (children included).
    t=$( { TIMEFORMAT='%3R %3U %3S'; time ${commands[$i]} extract "$page" --format json > /dev/null 2>&1; } 2>&1 )
    read -r wall user sys <<< "$t"
    times[$i]+="$(awk -v w="$wall" 'BEGIN { printf "%d", w * 1000000 }') "
    cpu[$i]+="$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%d", (u + s) * 1000000 }') "
  done
done
echo "load average after:  $(cut -d' ' -f1-3 /proc/loadavg)"

# Nearest-rank median and p90 of a list of microseconds, in milliseconds.
percentiles() {
  tr ' ' '\n' <<< "$1" | grep . | sort -n | awk '
    { t[NR] = $1 }
    END { printf "median %7.1f ms  p90 %7.1f ms  min %7.1f ms", t[int((NR + 1) / 2)] / 1000, t[int(NR * 0.9 + 0.999)] / 1000, t[1] / 1000 }'
}

for ((i = 0; i < ${#names[@]}; i++)); do
  printf "%-12s runs %d  wall: %s\n" "${names[$i]}" "$runs" "$(percentiles "${times[$i]}")"
  printf "%-12s          cpu (user+sys): %s\n" "" "$(percentiles "${cpu[$i]}")"
done
