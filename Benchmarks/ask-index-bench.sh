#!/usr/bin/env bash
# `brief ask --index` with the sentence model on a saved index of about 1.1 M sentences (the
# SQuAD dev articles repeated with fresh ids, as Benchmarks/ask-bench.sh makes them), above
# the 200,000 rows where the vectors' search scans sign bits first (issue 17): question
# latency p50/p99 (each question's share of its batch, model load and opening excluded),
# questions/s, the time to open the index. Not run in CI.
#
# Usage: Benchmarks/ask-index-bench.sh [copies] [questions]   (default 220 and 2,000; needs a
#        release build and the model: swift build -c release --product brief)
# BRIEF_INDEX=FILE reuses an index written before (it takes a few minutes and 3.4 GB to
# write; BRIEF_KEEP_INDEX=FILE keeps the one written). The vector cache makes the corpus's
# repeated sentences cheap to encode after the first copy.
set -euo pipefail
cd "$(dirname "$0")/.."
copies="${1:-220}"
count="${2:-2000}"
. Benchmarks/squad-corpus.sh

index="${BRIEF_INDEX:-}"
if [ -z "$index" ]; then
  index="${BRIEF_KEEP_INDEX:-$work/big.idx}"
  "$brief" index "$work/big.jsonl" -o "$index" >&2
fi
"$brief" ask --index "$index" --json -k 10 --timing < "$work/questions.txt" > /dev/null \
  2> "$work/timing.json"

python3 - "$work" <<'PY'
import json, sys
t = json.loads(open(f"{sys.argv[1]}/timing.json").read().strip().splitlines()[-1])
print(f"{t['sentences']} sentences | open {t['open_s']:.1f} s | {t['questions']} questions"
      f" p50 {t['p50_ms']:.2f} ms  p99 {t['p99_ms']:.2f} ms  max {t.get('max_ms', 0):.2f} ms"
      f" | {t['questions_per_s']:.0f} q/s")
PY
