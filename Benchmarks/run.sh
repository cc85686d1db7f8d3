#!/usr/bin/env bash
# Throughput and memory of a release build of brief on the shared evaluation data.
# usage: Benchmarks/run.sh [DATA_DIR]   (default: ../shared/data beside the repository)
# Prints one line per measurement and writes Benchmarks/results.json.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
data="${1:-$root/../shared/data}"
cd "$root"
.ci/setup
swift build -c release --product brief >/dev/null
brief="$(swift build -c release --show-bin-path)/brief"
runs=5

# median wall seconds and peak RSS (KB) of a command, over $runs runs
measure() {
  local times=() peak=0 line stats
  stats="$(mktemp)"
  for _ in $(seq $runs); do
    /usr/bin/time -o "$stats" -f "%e %M" "$@" >/dev/null 2>&1 || true
    line="$(tail -1 "$stats")"
    times+=("${line% *}")
    [ "${line#* }" -gt "$peak" ] && peak="${line#* }"
  done
  rm -f "$stats"
  printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p" | tr '\n' ' '
  echo "$peak"
}

results=()
report() {  # name, file, docs, seconds, peak KB
  local mb docs_s mb_s
  mb=$(python3 -c "import os; print(os.path.getsize('$2') / 1e6)")
  mb_s=$(python3 -c "print(round($mb / max($4, 1e-9), 2))")
  docs_s=$(python3 -c "print(round($3 / max($4, 1e-9)))")
  printf '%-28s %6.2f MB %6d docs %7.3f s %8s MB/s %8s docs/s %7.1f MB peak\n' \
    "$1" "$mb" "$3" "$4" "$mb_s" "$docs_s" "$(python3 -c "print($5 / 1024)")"
  results+=("{\"name\": \"$1\", \"megabytes\": $mb, \"documents\": $3, \"seconds\": $4, \"mb_per_s\": $mb_s, \"docs_per_s\": $docs_s, \"peak_rss_kb\": $5}")
}

echo "brief benchmarks: $(nproc) cores, median of $runs runs, release build"
for set in cnndm-dev bbc-dev; do
  file="$data/summarization/$set.jsonl"
  docs=$(wc -l <"$file")
  read -r secs peak <<<"$(measure "$brief" summarize "$file" --format jsonl)"
  report "summarize $set" "$file" "$docs" "$secs" "$peak"
  read -r secs peak <<<"$(measure "$brief" split "$file" --format jsonl)"
  report "split $set" "$file" "$docs" "$secs" "$peak"
done
# A larger corpus: cnndm-dev eight times over (10k documents, 42 MB).
big="$(mktemp --suffix=.jsonl)"; trap 'rm -f "$big"' EXIT
for _ in $(seq 8); do cat "$data/summarization/cnndm-dev.jsonl"; done >"$big"
read -r secs peak <<<"$(measure "$brief" summarize "$big" --format jsonl)"
report "summarize cnndm-dev x8" "$big" "$(wc -l <"$big")" "$secs" "$peak"

printf '[\n  %s\n]\n' "$(IFS=$'\n'; echo "${results[*]}" | paste -sd, | sed 's/},{/},\n  {/g')" >"$root/Benchmarks/results.json"
echo "wrote Benchmarks/results.json"
