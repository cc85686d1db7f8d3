#!/usr/bin/env bash
# The bad-input catalogue's big case at full size: a 100 MB file on one line, run through
# summarize, split and ask against a release build, each with its wall time and peak
# memory (GNU time's "Maximum resident set size"). Two files: 100 MB of ordinary sentences
# on one line (1.28 M sentences) and 100 MB with no punctuation at all (one sentence).
# The unit test (Tests/BriefCLITests/BadInputCatalogueTests.swift) runs the same shape at
# 4 MB against the debug build.
#
# Usage: Scripts/bad-input-big.sh [MEGABYTES]   (default 100)
# Environment: BRIEF (binary, default .build/release/brief).
set -euo pipefail
cd "$(dirname "$0")/.."
BRIEF=${BRIEF:-.build/release/brief}
MEGABYTES=${1:-100}
BYTES=$((MEGABYTES * 1000 * 1000))
[ -x "$BRIEF" ] || { echo "build first: swift build -c release" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "needs GNU time at /usr/bin/time" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# `yes` repeats the line; `tr` joins the repeats into one line; `head` cuts it to size.
yes 'The harbour bridge reopens in March after repairs costing 48 million dollars.' |
  tr '\n' ' ' | head -c "$BYTES" >"$work/sentences.txt" || true
yes 'words without any stop' | tr '\n' ' ' | head -c "$BYTES" >"$work/nopunct.txt" || true
before=$(cat "$work"/*.txt | md5sum)

# run NAME FILE COMMAND...: runs brief, prints status, seconds, peak MB and output lines.
run() {
  local name=$1
  shift
  /usr/bin/time -v -o "$work/time" "$BRIEF" "$@" >"$work/out" 2>"$work/err" && status=0 || status=$?
  local seconds peak lines
  seconds=$(awk -F': ' '/Elapsed \(wall clock\)/ {
    n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s }' "$work/time")
  peak=$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$work/time")
  lines=$(wc -l <"$work/out")
  printf '%-34s status %-3s %8.2f s %7s MB peak %9s lines out\n' "$name" "$status" "$seconds" \
    "$peak" "$lines"
  if [ -s "$work/err" ]; then sed 's/^/    stderr: /' "$work/err" | head -3; fi
}

echo "$MEGABYTES MB on one line; $BRIEF"
run "summarize, sentences" summarize "$work/sentences.txt" --format jsonl
run "summarize, sentences, --jobs 1" summarize "$work/sentences.txt" --format jsonl --jobs 1
run "split, sentences" split "$work/sentences.txt"
run "ask, sentences" ask "$work/sentences.txt" --question "repairs cost" --json
run "summarize, no punctuation" summarize "$work/nopunct.txt" --format jsonl
run "split, no punctuation" split "$work/nopunct.txt"
run "ask, no punctuation" ask "$work/nopunct.txt" --question "stop words" --json
after=$(cat "$work"/*.txt | md5sum)
[ "$before" = "$after" ] && echo "inputs unchanged" || { echo "INPUTS CHANGED" >&2; exit 1; }
