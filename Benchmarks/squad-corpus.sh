# Sourced by Benchmarks/ask-bench.sh and Benchmarks/ask-index-bench.sh (from the project
# root, with `copies` and `count` set): checks for the release build, makes a work folder
# removed on exit, and writes in it big.jsonl, the SQuAD dev articles `copies` times with
# fresh ids (BRIEF_ASK_CORPUS=mixed: every document different, each copy's paragraphs drawn
# from its article and another one, shuffled), and questions.txt, `count` SQuAD dev
# questions (repeated as needed).
data="${BRIEF_DATA:-../shared/data/qa}"
brief=${BRIEF:-.build/release/brief}
[ -x "$brief" ] || { echo "build first: swift build -c release --product brief" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

python3 - "$data" "$work" "$copies" "${BRIEF_ASK_CORPUS:-copies}" "$count" <<'PY'
import json, random, sys
data, work, copies, kind = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
count = int(sys.argv[5])
docs = [json.loads(line) for line in open(f"{data}/squad-dev-docs.jsonl")]
rng = random.Random(7)
with open(f"{work}/big.jsonl", "w") as out:
    for copy in range(copies):
        for doc in docs:
            if kind == "mixed":
                # No two documents alike: each copy's paragraphs are drawn from its own article
                # and one other, in a shuffled order (the same total size).
                own = doc["text"].split("\n\n")
                other = rng.choice(docs)["text"].split("\n\n")
                pool = own + other
                rng.shuffle(pool)
                doc = dict(doc, text="\n\n".join(pool[: len(own)]))
            out.write(json.dumps(dict(doc, id=f"{doc['id']}-{copy}"), ensure_ascii=False) + "\n")
questions = [json.loads(line)["question"].replace("\n", " ").strip()
             for line in open(f"{data}/squad-dev-questions.jsonl")]
with open(f"{work}/questions.txt", "w") as out:
    for i in range(count):
        out.write(questions[i % len(questions)] + "\n")
PY
