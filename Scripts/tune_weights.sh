#!/usr/bin/env bash
# Scores candidate scorer weights on the dev sets, for tuning ScoringWeights defaults.
#
# Usage: Scripts/tune_weights.sh [-s "cnndm bbc"] [-j 2] WEIGHTS...
#   WEIGHTS: `--weights` overrides of `brief summarize` ("-" for the defaults), e.g.
#     Scripts/tune_weights.sh - position=2,decay=0.8 long=22
# Prints one row per set and candidate: ROUGE-1 / ROUGE-2 / ROUGE-Lsum F (×100), from
# ../shared/tools/rouge_eval.py (Google rouge-score), 3 sentences per summary.
#
# Environment: BRIEF (binary, default .build/release/brief), DATA (folder of <set>-dev.jsonl,
# default /work/shared/data/summarization), PYTHON (with rouge-score), ROUGE_EVAL (the script).
set -euo pipefail
cd "$(dirname "$0")/.."
BRIEF=${BRIEF:-.build/release/brief}
DATA=${DATA:-/work/shared/data/summarization}
PYTHON=${PYTHON:-$HOME/.cache/brief-peers/venv/bin/python}
ROUGE_EVAL=${ROUGE_EVAL:-/work/shared/tools/rouge_eval.py}
SETS="cnndm bbc"
JOBS=2
while getopts "s:j:" option; do
  case $option in
    s) SETS=$OPTARG ;;
    j) JOBS=$OPTARG ;;
    *) exit 2 ;;
  esac
done
shift $((OPTIND - 1))
[ $# -gt 0 ] || set -- -
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

score() {  # set index weights
  local set=$1 index=$2 weights=$3 out="$work/$1_$2.jsonl"
  local extra=()
  [ "$weights" != "-" ] && extra=(--weights "$weights")
  "$BRIEF" summarize "$DATA/$set-dev.jsonl" --format jsonl -n 3 "${extra[@]}" >"$out" 2>/dev/null
  "$PYTHON" "$ROUGE_EVAL" "$DATA/$set-dev.jsonl" "$out" 2>/dev/null | tail -1 |
    awk -F'|' -v s="$set" -v w="$weights" '{
      split($2, a, "/"); split($3, b, "/"); split($5, c, "/");
      gsub(/ /, "", a[1]); gsub(/ /, "", b[1]); gsub(/ /, "", c[1]);
      printf "%-6s %6s %6s %6s  %s\n", s, a[1], b[1], c[1], w }' >"$work/$1_$2.row"
}

printf "%-6s %6s %6s %6s  %s\n" set R1 R2 RLsum weights
index=0
for weights in "$@"; do
  for set in $SETS; do
    while [ "$(jobs -rp | wc -l)" -ge "$JOBS" ]; do wait -n; done
    score "$set" "$index" "$weights" &
  done
  index=$((index + 1))
done
wait
for set in $SETS; do
  for ((i = 0; i < index; i++)); do cat "$work/${set}_$i.row"; done
done
