#!/usr/bin/env bash
# Builds the libFuzzer targets (release, -sanitize=fuzzer,address) and fuzzes each one for
# SECONDS on one core, then prints its executions from libFuzzer's final stats.
#
#   Fuzz/run.sh TARGET|all SECONDS [extra libFuzzer flags...]
#
# Corpora grow in Fuzz/.corpus/<target> (not in git), seeded from Fuzz/Seeds/<target>,
# Fuzz/Regressions/<target> and the repository's Corpora/. Crash, timeout and out-of-memory
# inputs land in Fuzz/.artifacts/<target>/, the full log in Fuzz/.logs/<target>.log. Keep an
# interesting input by copying it to Fuzz/Regressions/<target>/ (the unit tests replay it).
#
# FUZZ_CONFIG=debug builds without optimization instead of release: slower, but then
# UnsafeBufferPointer subscripts are bounds-checked, which ASan cannot see inside a
# String's own buffer.
set -euo pipefail
cd "$(dirname "$0")"
fuzz_dir=$PWD
root=$(cd .. && pwd)

if [ $# -lt 2 ]; then
  echo "usage: Fuzz/run.sh TARGET|all SECONDS [libFuzzer flags...]" >&2
  exit 2
fi
which=$1
seconds=$2
shift 2

all=$(ls Targets)
if [ "$which" = all ]; then targets=$all; else targets=$which; fi
for target in $targets; do
  if [ ! -d "Targets/$target" ]; then
    echo "unknown target $target (one of: $(echo $all))" >&2
    exit 2
  fi
done

# The longest input per target: long enough for several paragraphs or JSONL lines, short
# enough to keep executions fast.
max_len() {
  case $1 in
    documents | splitter) echo 4096 ;;
    analyzer) echo 1024 ;;
    question) echo 512 ;;
    index) echo 16384 ;;
    *) echo 2048 ;;
  esac
}

config=${FUZZ_CONFIG:-release}
flags=(-c "$config" -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library)
swift build "${flags[@]}" >&2
bin=$(swift build "${flags[@]}" --show-bin-path)

status=0
total=0
for target in $targets; do
  corpus=$fuzz_dir/.corpus/$target
  artifacts=$fuzz_dir/.artifacts/$target
  mkdir -p "$corpus" "$artifacts" "$fuzz_dir/.logs"
  log=$fuzz_dir/.logs/$target-$config.log
  seeds=()
  for dir in "Seeds/$target" "Regressions/$target"; do
    [ -d "$dir" ] && seeds+=("$fuzz_dir/$dir")
  done
  # The repository's corpora are seeds of every target; the question target reads them too.
  seeds+=("$root/Corpora/news" "$root/Corpora/es")
  set +e
  # SWIFT_BACKTRACE: a failed check ends in fatalError, whose backtracer trips ASan.
  BRIEF_ROOT=$root SWIFT_BACKTRACE=enable=no "$bin/fuzz-$target" -max_total_time="$seconds" -timeout=5 \
    -rss_limit_mb=2048 -max_len="$(max_len "$target")" -print_final_stats=1 \
    -artifact_prefix="$artifacts/" "$@" "$corpus" "${seeds[@]}" >"$log" 2>&1
  code=$?
  set -e
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
  rss=$(sed -n 's/^stat::peak_rss_mb: *//p' "$log" | tail -1)
  echo "$target ($config): ${runs:-?} executions (${speed:-?}/s, peak RSS ${rss:-?} MB), exit $code, log $log"
  total=$((total + ${runs:-0}))
  if [ $code -ne 0 ]; then
    status=1
    grep -E "^(==[0-9]+==ERROR|Fatal error|SUMMARY|artifact_prefix|Test unit written)" "$log" |
      head -5 || true
  fi
done
echo "total: $total executions"
exit $status
