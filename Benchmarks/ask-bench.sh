#!/usr/bin/env bash
# ask benchmark (issue 5), by words alone (--no-model): index build MB/s, question latency
# p50/p99/max, questions/s and
# peak memory on a corpus of about 1.1 M sentences (the SQuAD dev articles repeated with
# fresh ids), 10,000 questions (the SQuAD dev questions, repeated). Not run in CI.
# BRIEF_ASK_MODEL=1 keeps the sentence model; BRIEF_ASK_QUESTIONS=N asks N questions (with
# the model each costs about 100 ms, so a few hundred are enough).
#
# Usage: Benchmarks/ask-bench.sh [copies]   (default 220; needs a release build:
#        swift build -c release --product brief)
# BRIEF_ASK_CORPUS=mixed makes every document different (each copy's paragraphs drawn from
# its article and another one, shuffled), so that repeated documents, which are scored
# once, do not flatter the figures; the default repeats the articles exactly.
set -euo pipefail
cd "$(dirname "$0")/.."
copies="${1:-220}"
count="${BRIEF_ASK_QUESTIONS:-10000}"
. Benchmarks/squad-corpus.sh

/usr/bin/time -f "%M" -o "$work/peak_kb" \
  "$brief" ask "$work/big.jsonl" --json -k 10 --timing \
  $([ "${BRIEF_ASK_MODEL:-0}" = 1 ] || echo --no-model) \
  < "$work/questions.txt" > /dev/null 2> "$work/timing.json"

python3 - "$work" <<'PY'
import json, os, sys
work = sys.argv[1]
t = json.loads(open(f"{work}/timing.json").read().strip().splitlines()[-1])
peak = int(open(f"{work}/peak_kb").read().split()[-1]) * 1024
corpus = os.path.getsize(f"{work}/big.jsonl")
print(json.dumps({
    "sentences": t["sentences"], "corpus_bytes": corpus, "text_bytes": t["bytes"],
    "index_mb_per_s": round(t["index_mb_per_s"], 1),
    "p50_ms": round(t["p50_ms"], 3), "p99_ms": round(t["p99_ms"], 3),
    "max_ms": round(t.get("max_ms", 0), 3),
    "questions_per_s": round(t["questions_per_s"]),
    "peak_mb": round(peak / 1e6), "peak_per_corpus_byte": round(peak / corpus, 2),
}))
print(f"index {t['index_mb_per_s']:.1f} MB/s | p50 {t['p50_ms']:.2f} ms  p99 {t['p99_ms']:.2f} ms"
      f"  max {t.get('max_ms', 0):.2f} ms | {t['questions_per_s']:.0f} q/s"
      f" | peak {peak / 1e6:.0f} MB ({peak / corpus:.2f}x corpus)")
PY
