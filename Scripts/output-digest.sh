#!/usr/bin/env bash
# Prints one md5 per output of brief on the shared evaluation data and Corpora/, so that a
# change meant to leave every output as it was can be checked: run it before and after and
# diff the two listings.
# usage: Scripts/output-digest.sh [BRIEF] [DATA_DIR]
#   BRIEF     the binary (default: a fresh release build)
#   DATA_DIR  default ../shared/data beside the repository
# MODEL=1 also asks every question with the sentence model (slow: minutes); without it the
# answers are by words alone (--no-model). KEEP=DIR keeps the outputs in DIR.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
brief="${1:-}"
data="${2:-$root/../shared/data}"
if [ -z "$brief" ]; then
  (cd "$root" && swift build -c release --product brief >/dev/null)
  brief="$(cd "$root" && swift build -c release --show-bin-path)/brief"
fi
out="${KEEP:-$(mktemp -d)}"
mkdir -p "$out"
[ -n "${KEEP:-}" ] || trap 'rm -rf "$out"' EXIT
cd "$root"

digest() {  # name, file
  printf '%-40s %s\n' "$1" "$(md5sum <"$2" | cut -d' ' -f1)"
}
run() {  # name, command...: stdout and exit status are digested
  local name="$1"
  shift
  local status=0
  "$@" >"$out/$name" 2>"$out/$name.err" || status=$?
  echo "exit $status" >>"$out/$name"
  digest "$name" "$out/$name"
}

for set in cnndm-dev bbc-dev; do
  file="$data/summarization/$set.jsonl"
  run "summarize-$set-text" "$brief" summarize "$file"
  run "summarize-$set-jsonl-explain" "$brief" summarize "$file" --format jsonl --explain
  run "summarize-$set-words40" "$brief" summarize "$file" --format jsonl --words 40
  run "eval-$set-all" "$brief" eval "$file" --scorer all --format json
  run "split-$set" "$brief" split "$file" --format jsonl
done
run "summarize-corpora-text" "$brief" summarize Corpora
run "summarize-corpora-jsonl-explain" "$brief" summarize Corpora --format jsonl --explain
run "summarize-corpora-markdown" "$brief" summarize Corpora/news --format markdown -n 4
run "summarize-es" "$brief" summarize Corpora/es --language spanish --explain
run "split-corpora" "$brief" split Corpora
run "eval-corpora-all" "$brief" eval Corpora --scorer all
"$brief" index Corpora -o "$out/corpora.briefindex" 2>/dev/null
digest "index-corpora-bytes" "$out/corpora.briefindex"
printf 'what did Sheinbaum reject?\nwho won the final?\nhow much did the repairs cost?\n' \
  >"$out/questions.txt"
run "ask-corpora-index" "$brief" ask --index "$out/corpora.briefindex" --json -k 10 --no-model \
  <"$out/questions.txt"

# Every question of the QA dev sets, asked against its own document (one process per
# document, as ../shared/tools/ask_each.py does), the whole JSON answer kept.
ask_all() {  # name, docs, questions, extra options...
  local name="$1" docs="$2" questions="$3"
  shift 3
  python3 - "$brief" "$docs" "$questions" "$out/$name" "$@" <<'PY'
import collections, json, os, subprocess, sys, tempfile
brief, docs_path, questions_path, out_path = sys.argv[1:5]
extra = sys.argv[5:]
docs = {d["id"]: d for d in map(json.loads, open(docs_path))}
by_doc = collections.defaultdict(list)
for q in map(json.loads, open(questions_path)):
    by_doc[q["doc_id"]].append(q)
work = tempfile.mkdtemp()
path = os.path.join(work, "doc.jsonl")
with open(out_path, "w") as out:
    for doc_id, questions in by_doc.items():
        doc = docs[doc_id]
        with open(path, "w") as f:
            f.write(json.dumps({"id": doc_id, "title": doc.get("title"), "text": doc["text"]}) + "\n")
        text = "".join(" ".join(q["question"].split()) + "\n" for q in questions)
        r = subprocess.run([brief, "ask", path, "--json", "-k", "10", *extra],
                           input=text.encode(), capture_output=True)
        out.write(r.stdout.decode(errors="replace"))
        out.write(f"exit {r.returncode}\n")
PY
  digest "$name" "$out/$name"
}
ask_all ask-squad-words "$data/qa/squad-dev-docs.jsonl" "$data/qa/squad-dev-questions.jsonl" --no-model
ask_all ask-newsqa-words "$data/qa/newsqa-dev-docs.jsonl" "$data/qa/newsqa-dev-questions.jsonl" --no-model
run "eval-questions-squad-words" "$brief" eval --questions "$data/qa/squad-dev-questions.jsonl" \
  "$data/qa/squad-dev-docs.jsonl" --no-model --format json
run "eval-questions-squad-paragraph-words" "$brief" eval --questions \
  "$data/qa/squad-dev-questions.jsonl" "$data/qa/squad-dev-docs.jsonl" --no-model \
  --scope paragraph --format json
if [ "${MODEL:-0}" = 1 ]; then
  ask_all ask-squad-model "$data/qa/squad-dev-docs.jsonl" "$data/qa/squad-dev-questions.jsonl"
  ask_all ask-newsqa-model "$data/qa/newsqa-dev-docs.jsonl" "$data/qa/newsqa-dev-questions.jsonl"
fi
