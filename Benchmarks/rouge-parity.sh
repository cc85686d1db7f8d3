#!/usr/bin/env bash
# ROUGE parity: `brief eval` beside ../shared/tools/rouge_eval.py (Google rouge-score) on the
# same summaries, for each scorer and dataset, with timings. Needs a release build and the
# peers' virtualenv (../shared/tools/setup.sh); not part of CI.
#
#   Benchmarks/rouge-parity.sh [DATASET.jsonl ...]
set -euo pipefail
cd "$(dirname "$0")/.."
brief=.build/release/brief
python=${PEERS_PYTHON:-$HOME/.cache/brief-peers/venv/bin/python}
tools=../shared/tools
data=../shared/data/summarization
[ -x "$brief" ] || { echo "build first: swift build -c release" >&2; exit 1; }
[ -x "$python" ] || { echo "no peers venv at $python (run $tools/setup.sh)" >&2; exit 1; }
datasets=("$@")
[ ${#datasets[@]} -gt 0 ] || datasets=("$data/cnndm-dev.jsonl" "$data/bbc-dev.jsonl")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

now() { date +%s.%N; }
for dataset in "${datasets[@]}"; do
  name=$(basename "$dataset" .jsonl)
  for scorer in tfidf lead; do
    "$brief" summarize "$dataset" --scorer "$scorer" --format jsonl >"$work/$scorer.jsonl"
    start=$(now)
    "$python" "$tools/rouge_eval.py" "$dataset" "$work/$scorer.jsonl" --json "$work/py.json" \
      >/dev/null 2>&1
    python_time=$(echo "$(now) - $start" | bc)
    start=$(now)
    "$brief" eval "$dataset" --scorer "$scorer" --format json >"$work/brief.json"
    brief_time=$(echo "$(now) - $start" | bc)
    score_time=$("$python" -c 'import json,sys; print(json.load(open(sys.argv[1]))["results"][0]["score_s"])' "$work/py.json")
    echo "== $name, $scorer: rouge_eval.py ${python_time%???????}s (${score_time}s of it scoring); brief eval ${brief_time%???????}s (summarizing and scoring)"
    "$python" - "$work/py.json" "$work/brief.json" <<'PY'
import json, sys
py = json.load(open(sys.argv[1]))["results"][0]
br = json.load(open(sys.argv[2]))
print(f"{'measure':10s} {'':3s} {'rouge_eval.py':>13s} {'brief eval':>10s} {'diff':>7s}")
worst = 0.0
for m in ["rouge1", "rouge2", "rougeL", "rougeLsum"]:
    for k in ["f", "p", "r"]:
        a, b = py["scores"][m][k], br[m][k]
        worst = max(worst, abs(a - b))
        print(f"{m:10s} {k:3s} {a:13.2f} {b:10.2f} {b - a:+7.3f}")
print(f"documents: rouge_eval.py {py['docs']}, brief eval {br['documents']}; largest difference {worst:.4f}")
PY
  done
done
