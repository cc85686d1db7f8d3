#!/usr/bin/env bash
# Brief beside its peers on the same work, in one run, with the ratios.
#   summarize: sumy's LexRank (peer_summarize.py, pysbd split + ranking, timed inside) vs
#              brief summarize, both on one core (PEERS_CORE, default 1): Brief's wall time
#              (process start included) and its --timing laps (from reading the file on, as
#              the peer's figure starts after reading); and Brief on all cores
#   ask:       bm25s (qa_eval.py, index + ranking of every SQuAD dev question, one index per
#              article) vs brief eval --questions (load, split, index, answer, score)
# usage: Benchmarks/peers.sh [DOCS]   (DOCS: CNN/DM dev articles for LexRank, default 300)
# Needs ../shared/tools/setup.sh run once (the peers' venv); not part of CI.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
shared="$root/../shared"
py="${BRIEF_PEERS_HOME:-$HOME/.cache/brief-peers}/venv/bin/python"
[ -x "$py" ] || { echo "run $shared/tools/setup.sh first" >&2; exit 2; }
docs="${1:-300}"
cd "$root"
.ci/setup
swift build -c release --product brief >/dev/null
brief="$(swift build -c release --show-bin-path)/brief"
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
head -n "$docs" "$shared/data/summarization/cnndm-dev.jsonl" >"$tmp/cnn.jsonl"

seconds() {  # wall seconds of a command
  local start end
  start=$(date +%s.%N); "$@" >/dev/null 2>&1; end=$(date +%s.%N)
  python3 -c "print(round($end - $start, 3))"
}

core="${PEERS_CORE:-1}"
taskset -c "$core" "$py" "$shared/tools/peer_summarize.py" "$tmp/cnn.jsonl" -o "$tmp/peers" \
  -m lexrank >/dev/null 2>&1
lexrank_s=$(python3 -c "import json; print(json.load(open('$tmp/peers/timings.json'))['methods']['lexrank']['total_s'])")
split_s=$(python3 -c "import json; print(json.load(open('$tmp/peers/timings.json'))['split_s'])")
start=$(date +%s.%N)
taskset -c "$core" "$brief" summarize "$tmp/cnn.jsonl" --format jsonl --jobs 1 --timing \
  >/dev/null 2>"$tmp/laps"
end=$(date +%s.%N)
brief_one_s=$(python3 -c "print(round($end - $start, 3))")
brief_laps_s=$(python3 -c "
import json
laps = json.loads([l for l in open('$tmp/laps') if l.startswith('{')][-1])
print(round(sum(v for k, v in laps.items() if k.endswith('_s')), 4))")
brief_sum_s=$(seconds "$brief" summarize "$tmp/cnn.jsonl" --format jsonl)

"$py" "$shared/tools/qa_eval.py" "$shared/data/qa/squad-dev-docs.jsonl" \
  "$shared/data/qa/squad-dev-questions.jsonl" -m bm25s --json "$tmp/qa.json" >/dev/null 2>&1
bm25s_qps=$(python3 -c "import json; print(json.load(open('$tmp/qa.json'))['results'][0]['q_per_s'])")
# Brief the same way: one index per article, every question of that article, timed inside
# (index build + answering, as bm25s' figure), from `brief ask --timing`: by default (with
# the sentence model, when installed) and by words alone (--no-model).
qa_seconds() {
python3 - "$brief" "$shared/data/qa" "$tmp" "$@" <<'PY'
import json, subprocess, sys, collections
brief, data, tmp = sys.argv[1:4]
extra = sys.argv[4:]
docs = {d["id"]: d for d in map(json.loads, open(f"{data}/squad-dev-docs.jsonl"))}
qs = collections.defaultdict(list)
for q in map(json.loads, open(f"{data}/squad-dev-questions.jsonl")):
    qs[q["doc_id"]].append(" ".join(q["question"].split()))
total, seconds = 0, 0.0
for doc_id, questions in qs.items():
    path = f"{tmp}/doc.jsonl"
    with open(path, "w") as f:
        f.write(json.dumps({"id": doc_id, "text": docs[doc_id]["text"]}) + "\n")
    run = subprocess.run([brief, "ask", path, "--json", "-k", "10", "--timing"] + extra,
                         input="\n".join(questions).encode(), capture_output=True)
    timing = json.loads(run.stderr.decode().strip().splitlines()[-1])
    total += timing["questions"]
    seconds += timing["index_s"] + timing.get("retriever_s", 0) + timing["answering_s"]
print(total, round(seconds, 4))
PY
}
read -r questions brief_qa_s < <(qa_seconds)
read -r _ brief_words_s < <(qa_seconds --no-model)

python3 - "$docs" "$lexrank_s" "$split_s" "$brief_sum_s" "$bm25s_qps" "$questions" "$brief_qa_s" \
  "$brief_words_s" "$brief_one_s" "$brief_laps_s" <<'PY'
import sys
docs, lexrank_s, split_s, brief_s, bm25s_qps, questions, brief_qa_s, words_s, one_s, laps_s = map(
    float, sys.argv[1:])
lex = docs / lexrank_s
brief_qps = questions / brief_qa_s
print(f"{'work':44} {'peer':>12} {'brief':>12} {'ratio':>8}")
print(f"{'summarize %d CNN/DM articles, docs/s, 1 core' % docs:44} {lex:12.1f} {docs / one_s:12.1f} {docs / one_s / lex:7.0f}x")
print(f"{'  Brief from reading on (--timing laps)':44} {'':12} {docs / laps_s:12.1f} {docs / laps_s / lex:7.0f}x")
print(f"{'  Brief on all cores':44} {'':12} {docs / brief_s:12.1f} {docs / brief_s / lex:7.0f}x")
print(f"{'  (peer: LexRank incl. pysbd split %.1f s)' % split_s:44}")
print(f"{'SQuAD dev questions/s (bm25s: index+rank)':44} {bm25s_qps:12.1f} {brief_qps:12.1f} {brief_qps/bm25s_qps:7.1f}x")
print(f"{'  the same by words alone (--no-model)':44} {'':12} {questions / words_s:12.1f} {questions / words_s / bm25s_qps:7.1f}x")
print(f"{'  (both: one index per article; index + answering)':44}")
PY
