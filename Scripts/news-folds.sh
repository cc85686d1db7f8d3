#!/usr/bin/env bash
# The news answer figures out of fold: NewsQA dev and SQuAD dev questions split 2-fold by
# article (articles in sorted order, alternately, as Scripts/fit_rerank.py and
# news_answer_design.py split them), each half scored with the weights fitted on the other
# half, and both halves together; then the shipped weights (the two fits averaged) on all.
# The fits (lead bonuses and meaning weight, on NewsQA and SQuAD together) are those of
# news_answer_design.py's "recipe, tokens pca64" row: FIT0 fitted on half 0, FIT1 on half 1.
# usage: Scripts/news-folds.sh [BRIEF] [DATA_DIR]   (a release build and the model; minutes)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
brief="${1:-$root/.build/release/brief}"
data="${2:-$root/../shared/data}/qa"
fit0="${FIT0:-lead0=0.5,lead1=0.3,lead2=0.15,meaning=0.3}"
fit1="${FIT1:-lead0=0.4,lead1=0.3,lead2=0.2,meaning=0.2}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

python3 - "$data" "$work" <<'PY'
import json, sys
data, work = sys.argv[1], sys.argv[2]
for name in ("newsqa", "squad"):
    questions = [json.loads(line) for line in open(f"{data}/{name}-dev-questions.jsonl")]
    articles = sorted({q["doc_id"] for q in questions})
    fold = {article: i % 2 for i, article in enumerate(articles)}
    for half in (0, 1):
        with open(f"{work}/{name}-{half}.jsonl", "w") as out:
            for q in questions:
                if fold[q["doc_id"]] == half:
                    out.write(json.dumps(q) + "\n")
PY

# top-1, top-3, MRR@10 and the question count of brief eval on one question file
figures() {  # set, questions file, parameters
  local line
  line="$("$brief" eval "$data/$1-dev-docs.jsonl" --questions "$2" --parameters "$3" \
    --format json)"
  python3 -c '
import json, sys
r = json.loads(sys.argv[1])
print(r["top1"], r["top3"], r["mrr10"], r["questions"])' "$line"
}

for name in newsqa squad; do
  held0="$(figures "$name" "$work/$name-0.jsonl" "$fit1")"
  held1="$(figures "$name" "$work/$name-1.jsonl" "$fit0")"
  python3 - "$name" "$held0" "$held1" <<'PY'
import sys
name, a, b = sys.argv[1], [float(x) for x in sys.argv[2].split()], [float(x) for x in sys.argv[3].split()]
n = a[3] + b[3]
both = [(a[i] * a[3] + b[i] * b[3]) / n for i in range(3)]
print(f"{name}: half 0 (fit on 1) {a[0]:.2f} / {a[1]:.2f} / {a[2]:.2f} ({a[3]:.0f} q) | "
      f"half 1 (fit on 0) {b[0]:.2f} / {b[1]:.2f} / {b[2]:.2f} ({b[3]:.0f} q) | "
      f"out of fold {both[0]:.2f} / {both[1]:.2f} / {both[2]:.2f}")
PY
  echo "$name, shipped weights, all: $(figures "$name" "$data/$name-dev-questions.jsonl" "" |
    awk '{print $1 " / " $2 " / " $3 " (" $4 " q)"}')"
done
