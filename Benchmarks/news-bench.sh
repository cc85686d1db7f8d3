#!/usr/bin/env bash
# Speed of answers for news with the sentence model: one process over the 327 NewsQA dev
# articles (one corpus) asking all 2,066 questions (`--json -k 10 --timing`), ad hoc with an
# empty vector cache, again with the cache warm, and through `brief index` + `ask --index`;
# by words alone for reference; bm25s on the same questions (qa_eval.py: an index per
# article, as it ranks) for the peer's rate. Prints one line per way and writes nothing in
# the project. Not run in CI (minutes).
# usage: Benchmarks/news-bench.sh   (needs: swift build -c release --product brief, the
#        model (.ci/setup) and ../shared/tools/setup.sh's venv for the bm25s line)
set -euo pipefail
cd "$(dirname "$0")/.."
data="${BRIEF_DATA:-../shared/data/qa}"
brief=${BRIEF:-.build/release/brief}
[ -x "$brief" ] || { echo "build first: swift build -c release --product brief" >&2; exit 1; }
py="${BRIEF_PEERS_HOME:-$HOME/.cache/brief-peers}/venv/bin/python"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export XDG_CACHE_HOME="$work/cache"
python3 -c '
import json, sys
for line in open(sys.argv[1]):
    print(" ".join(json.loads(line)["question"].split()))' \
  "$data/newsqa-dev-questions.jsonl" >"$work/questions.txt"

# One way of asking: wall seconds, peak memory and the --timing figures of one run.
ask() {  # label, brief arguments...
  local label="$1" start end
  shift
  start=$EPOCHREALTIME
  /usr/bin/time -f "%M" -o "$work/peak" "$brief" ask "$@" --json -k 10 --timing \
    <"$work/questions.txt" >"$work/answers.jsonl" 2>"$work/timing"
  end=$EPOCHREALTIME
  python3 - "$label" "$start" "$end" "$work" <<'PY'
import json, sys
label, start, end, work = sys.argv[1], float(sys.argv[2]), float(sys.argv[3]), sys.argv[4]
timing = json.loads([l for l in open(f"{work}/timing") if l.startswith("{")][-1])
peak = int(open(f"{work}/peak").read().split()[-1]) / 1024
answers = [json.loads(l) for l in open(f"{work}/answers.jsonl")]
empty = sum(1 for a in answers if not a["answers"])
print(f"{label:<34} {end - start:6.1f} s wall | questions p50 {timing['p50_ms']:.2f} ms"
      f" p99 {timing['p99_ms']:.2f} ms, {timing['questions_per_s']:.0f} q/s"
      f" | peak {peak:.0f} MB | {len(answers)} answered, {empty} empty")
PY
}

docs="$data/newsqa-dev-docs.jsonl"
ask "ad hoc, empty vector cache" "$docs"
ask "ad hoc, vector cache warm" "$docs"
ask "ad hoc, by words (--no-model)" "$docs" --no-model
start=$EPOCHREALTIME
"$brief" index "$docs" -o "$work/news.briefindex" 2>/dev/null
end=$EPOCHREALTIME
XDG_CACHE_HOME="$work/cache-index" "$brief" index "$docs" -o "$work/cold.briefindex" \
  2>"$work/index.err"
python3 - "$work" "$start" "$end" <<'PY'
import os, sys
work, start, end = sys.argv[1], float(sys.argv[2]), float(sys.argv[3])
words = os.path.getsize(f"{work}/news.briefindex")
print(f"{'brief index (cache warm)':<34} {float(end) - float(start):6.1f} s | "
      f"{words / 1e6:.1f} MB; empty cache: {open(f'{work}/index.err').read().strip()}")
PY
ask "ask --index" --index "$work/news.briefindex"
"$brief" index "$docs" -o "$work/words.briefindex" --no-model 2>"$work/words.err"
echo "index by words alone (--no-model): $(cat "$work/words.err")"
if [ -x "$py" ]; then
  "$py" "$data/../../tools/qa_eval.py" "$docs" "$data/newsqa-dev-questions.jsonl" -m bm25s \
    --json "$work/bm25s.json" >/dev/null 2>&1
  python3 -c "
import json, sys
r = json.load(open(sys.argv[1]))['results'][0]
print(f\"bm25s (an index per article)      {r['q_per_s']:.0f} q/s\")" "$work/bm25s.json"
fi
