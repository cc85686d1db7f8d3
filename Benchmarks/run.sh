#!/usr/bin/env bash
# Throughput and memory of a release build of brief on the shared evaluation data.
# usage: Benchmarks/run.sh [DATA_DIR]   (default: ../shared/data beside the repository)
# Prints one line per measurement, then the summarize table (one core against all cores,
# and against `wc -w` over the same file), the 100 MB corpus in turn with two one-core
# processes on its halves (the speed-up two cores can give here), and writes
# Benchmarks/results.json.
# RUNS=n sets the runs per measurement (median; default 5).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
data="${1:-$root/../shared/data}"
cd "$root"
.ci/setup
swift build -c release --product brief >/dev/null
brief="$(swift build -c release --show-bin-path)/brief"
runs="${RUNS:-5}"
cores="$(nproc)"

# median wall seconds (to the millisecond) and peak RSS (KB) of a command, over $runs runs
measure() {
  local times=() peak=0 line stats start end
  stats="$(mktemp)"
  for _ in $(seq "$runs"); do
    start=$EPOCHREALTIME
    /usr/bin/time -o "$stats" -f "%M" "$@" >/dev/null 2>&1 || true
    end=$EPOCHREALTIME
    line="$(tail -1 "$stats")"
    times+=("$(python3 -c "print(f'{$end - $start:.3f}')")")
    [ "$line" -gt "$peak" ] && peak="$line"
  done
  rm -f "$stats"
  printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p" | tr '\n' ' '
  echo "$peak"
}

results=()
report() {  # name, file, docs, seconds, peak KB, threads
  local mb docs_s mb_s
  mb=$(python3 -c "import os; print(round(os.path.getsize('$2') / 1e6, 2))")
  mb_s=$(python3 -c "print(round($mb / max($4, 1e-9), 2))")
  docs_s=$(python3 -c "print(round($3 / max($4, 1e-9)))")
  printf '%-34s %7.2f MB %6d docs %7.3f s %8s MB/s %8s docs/s %7.1f MB peak\n' \
    "$1" "$mb" "$3" "$4" "$mb_s" "$docs_s" "$(python3 -c "print($5 / 1024)")"
  results+=("{\"name\": \"$1\", \"threads\": $6, \"megabytes\": $mb, \"documents\": $3, \"seconds\": $4, \"mb_per_s\": $mb_s, \"docs_per_s\": $docs_s, \"peak_rss_kb\": $5}")
}

# A 100 MB corpus: cnndm-dev repeated, each copy with fresh ids.
big="$(mktemp --suffix=.jsonl)"; trap 'rm -f "$big"' EXIT
python3 - "$data/summarization/cnndm-dev.jsonl" "$big" <<'EOF'
import json, sys
lines = open(sys.argv[1], encoding="utf-8").read().splitlines()
size, copy = 0, 0
with open(sys.argv[2], "w", encoding="utf-8") as out:
    while size < 100_000_000:
        for line in lines:
            record = json.loads(line)
            record["id"] = f"{record['id']}-{copy}"
            text = json.dumps(record, ensure_ascii=False) + "\n"
            out.write(text)
            size += len(text.encode("utf-8"))
            if size >= 100_000_000:
                break
        copy += 1
EOF

echo "brief benchmarks: $cores cores, median of $runs runs, release build"
declare -A seconds
for set in cnndm-dev bbc-dev big100; do
  file="$data/summarization/$set.jsonl"
  name="$set"
  if [ "$set" = big100 ]; then file="$big"; name="100 MB cnndm"; fi
  docs=$(wc -l <"$file")
  for jobs in 1 "$cores"; do
    read -r secs peak <<<"$(measure "$brief" summarize "$file" --format jsonl --jobs "$jobs")"
    report "summarize $name, $jobs core(s)" "$file" "$docs" "$secs" "$peak" "$jobs"
    seconds["$set/$jobs"]="$secs"
  done
  read -r secs peak <<<"$(measure wc -w "$file")"
  report "wc -w $name" "$file" "$docs" "$secs" "$peak" 1
  seconds["$set/wc"]="$secs"
  if [ "$set" != big100 ]; then
    read -r secs peak <<<"$(measure "$brief" split "$file" --format jsonl)"
    report "split $name" "$file" "$docs" "$secs" "$peak" "$cores"
  fi
done

# The speed-up two cores can give this work on this machine: two one-core processes at
# once, each on half of the 100 MB corpus and pinned to a core of its own (nothing shared
# between them but the machine's caches and memory), against one process on the whole;
# the four commands in turn, $runs rounds (this machine's speed drifts), medians.
ceiling=""
if [ "$cores" -ge 2 ]; then
  half="$(mktemp -d)"; trap 'rm -f "$big"; rm -rf "$half"' EXIT
  lines=$(wc -l <"$big")
  head -n $((lines / 2)) "$big" >"$half/a.jsonl"
  tail -n +$((lines / 2 + 1)) "$big" >"$half/b.jsonl"
  for _ in $(seq "$runs"); do
    for way in one all halves wc; do
      start=$EPOCHREALTIME
      case $way in
        one) taskset -c 0 "$brief" summarize "$big" --format jsonl --jobs 1 >/dev/null ;;
        all) "$brief" summarize "$big" --format jsonl >/dev/null ;;
        halves)
          taskset -c 0 "$brief" summarize "$half/a.jsonl" --format jsonl --jobs 1 >/dev/null &
          taskset -c 1 "$brief" summarize "$half/b.jsonl" --format jsonl --jobs 1 >/dev/null
          wait ;;
        wc) wc -w "$big" >/dev/null ;;
      esac
      echo "$way $(python3 -c "print($EPOCHREALTIME - $start)")" >>"$half/times"
    done
  done
  ceiling="$half/times"
fi

echo
echo "summarize (--format jsonl)   1 core          $cores cores         speed-up  1 core / wc -w"
for set in cnndm-dev big100; do
  python3 - "$set" "${seconds[$set/1]}" "${seconds[$set/$cores]}" "${seconds[$set/wc]}" \
    "$( [ "$set" = big100 ] && echo "$big" || echo "$data/summarization/$set.jsonl")" <<'EOF'
import os, sys
name, one, all_, wc, path = sys.argv[1], *map(float, sys.argv[2:5]), sys.argv[5]
docs = sum(1 for _ in open(path, encoding="utf-8"))
mb = os.path.getsize(path) / 1e6
print(f"{name:<28} {docs / one:6.0f} docs/s {mb / one:5.1f} MB/s  "
      f"{docs / all_:6.0f} docs/s {mb / all_:5.1f} MB/s  {one / all_:5.2f}x  {one / wc:5.1f}x")
EOF
done

if [ -n "$ceiling" ]; then
  echo
  python3 - "$ceiling" "$cores" <<'EOF'
import collections, statistics, sys
times = collections.defaultdict(list)
for line in open(sys.argv[1]):
    way, seconds = line.split()
    times[way].append(float(seconds))
m = {way: statistics.median(values) for way, values in times.items()}
print(f"100 MB corpus, in turn ({len(times['one'])} rounds, medians): 1 core {m['one']:.2f} s, "
      f"{sys.argv[2]} cores {m['all']:.2f} s ({m['one'] / m['all']:.2f}x), "
      f"two 1-core processes on halves at once {m['halves']:.2f} s ({m['one'] / m['halves']:.2f}x: "
      f"the most two cores give this work here), wc -w {m['wc']:.2f} s "
      f"(brief {m['one'] / m['wc']:.1f}x on 1 core, {m['all'] / m['wc']:.1f}x on {sys.argv[2]})")
EOF
fi

printf '[\n  %s\n]\n' "$(IFS=$'\n'; echo "${results[*]}" | paste -sd, | sed 's/},{/},\n  {/g')" >"$root/Benchmarks/results.json"
echo "wrote Benchmarks/results.json"
