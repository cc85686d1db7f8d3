#!/usr/bin/env python3
"""How often `brief summarize -n 3 --about QUESTION` holds an answer, beside `brief ask -k 3`.

usage: about_eval.py BRIEF DOCS.jsonl QUESTIONS.jsonl [--fold all|even|odd] [--no-model]
                     [--focus relevance=W,summary=W] [--no-ask]

For each question (NewsQA/SQuAD records: id, doc_id, question, answers), its own article is
summarized about it (three key points) and asked about it (three best sentences). A hit is a
sentence holding one of the question's answers, lower-cased, punctuation folded to spaces,
on word boundaries (as ../shared/tools/qa_eval.py scores). Prints both counts.

One process per article for each command: summarize reads the article's questions from the
hidden `--about-file` (one question a line, each answered as `--about` would be, the article
analyzed and indexed once) with `--all`, so every question gets three key points (a
question whose article says nothing about it by words is counted apart, from stderr); ask
reads them from stdin. The article is given without a title to both.

--fold even|odd: only the articles at even (odd) positions of the sorted article ids, to fit
a weight on one half and report the other.
"""
import json, os, re, string, subprocess, sys, tempfile, time, collections

PUNCT = re.compile(r"[%s\u2018\u2019\u201c\u201d\u2013\u2014\u2026]" % re.escape(string.punctuation))


def norm(text):
    return " ".join(PUNCT.sub(" ", text.lower()).split())


def holds_answer(sentences, answers):
    padded = [" " + norm(s) + " " for s in sentences]
    return any(a and (" " + a + " ") in s for s in padded for a in answers)


def option(name, default=None):
    return sys.argv[sys.argv.index(name) + 1] if name in sys.argv else default


def main():
    brief, docs_path, questions_path = sys.argv[1:4]
    fold = option("--fold", "all")
    focus = option("--focus")
    model = ["--no-model"] if "--no-model" in sys.argv else []
    asks = "--no-ask" not in sys.argv
    docs = {d["id"]: d for d in map(json.loads, open(docs_path))}
    by_doc = collections.defaultdict(list)
    for q in map(json.loads, open(questions_path)):
        answers = [norm(a) for a in q.get("answers", []) if norm(a)]
        if answers and q["doc_id"] in docs:
            by_doc[q["doc_id"]].append((" ".join(q["question"].split()), answers))
    ids = sorted(by_doc)
    if fold != "all":
        ids = ids[0 if fold == "even" else 1 :: 2]
    tmp = tempfile.mkdtemp()
    doc_file, question_file = os.path.join(tmp, "doc.jsonl"), os.path.join(tmp, "q.txt")
    counts = collections.Counter()
    started = time.time()
    for doc_id in ids:
        questions = by_doc[doc_id]
        with open(doc_file, "w") as f:
            f.write(json.dumps({"id": doc_id, "text": docs[doc_id]["text"]}) + "\n")
        with open(question_file, "w") as f:
            f.write("".join(q + "\n" for q, _ in questions))
        command = [brief, "summarize", doc_file, "--about-file", question_file, "-n", "3",
                   "--format", "jsonl", "--all"] + model + (["--focus", focus] if focus else [])
        run = subprocess.run(command, capture_output=True, text=True, timeout=900)
        lines = run.stdout.splitlines()
        silent = {m for m in re.findall(r"say nothing about “(.*)”", run.stderr)}
        if run.returncode != 0 or len(lines) != len(questions):
            counts["summarize_failures"] += 1
            lines = (lines + [""] * len(questions))[: len(questions)]
        if asks:
            ask = subprocess.run([brief, "ask", doc_file, "--json", "-k", "3"] + model,
                                 input="".join(q + "\n" for q, _ in questions),
                                 capture_output=True, text=True, timeout=900)
            answered = ask.stdout.splitlines()
            if ask.returncode != 0 or len(answered) != len(questions):
                counts["ask_failures"] += 1
                answered = (answered + [""] * len(questions))[: len(questions)]
        for number, (question, answers) in enumerate(questions):
            counts["questions"] += 1
            summary = json.loads(lines[number]).get("summary", []) if lines[number] else []
            hit = holds_answer(summary, answers)
            counts["about_hits"] += hit
            if question in silent:
                counts["silent"] += 1
            else:
                counts["about_hits_without_all"] += hit
            if asks:
                ranked = json.loads(answered[number]).get("answers", []) if answered[number] else []
                counts["ask_top3_hits"] += holds_answer([a["sentence"] for a in ranked], answers)
    result = {"fold": fold, "articles": len(ids), **counts, "seconds": round(time.time() - started, 1)}
    print(json.dumps(result))


if __name__ == "__main__":
    main()
