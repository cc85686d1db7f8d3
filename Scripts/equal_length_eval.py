#!/usr/bin/env python3
"""Summaries compared at equal length, DUC style: Brief and sumy's peers cut to the same budget.

usage: PY Scripts/equal_length_eval.py DATASET.jsonl --words 75|lead3|ref [--brief PATH]
       [--methods lead,textrank,lexrank,luhn,edmundson] [--fold all|even|odd] [--out DIR]

PY is the peers' venv (../shared/tools/setup.sh: ~/.cache/brief-peers/venv/bin/python); the
shared tools folder is found beside the project (../shared/tools) or through $BRIEF_TOOLS.

Budgets: a number gives every document W words; leadN gives each document the whitespace
word count of its first N sentences as Brief splits them (`brief summarize --scorer lead -n N`),
the same budget for every system; ref gives each the length of its reference
(highlights). Brief: `brief summarize --words W --cut` (its own choice
within W, then cut to W). Peers rank pysbd sentences with sumy (the rating each summarizer
computes, captured from sumy's own selection step); sentences are taken in rank order while
they fit the budget (W is a maximum, as for Brief; the best sentence is taken and cut when
none fits), put in document order and cut to W words. Lead is the body's first W words.
Scores: ../shared/tools/rouge_eval.py (rouge-score, Porter stemming, F, macro ×100).
--fold even|odd keeps the documents at even or odd positions of the dataset, for figures
reported on the fold not used for tuning.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
TOOLS = os.environ.get("BRIEF_TOOLS", os.path.join(HERE, "..", "..", "shared", "tools"))
sys.path.insert(0, TOOLS)
import peerlib  # noqa: E402
import peer_summarize  # noqa: E402


def words_cut(sentences, budget):
    """The sentences' first `budget` whitespace-separated words, sentence by sentence."""
    out, left = [], budget
    for sentence in sentences:
        if left <= 0:
            break
        words = sentence.split()
        out.append(" ".join(words[:left]))
        left -= len(words)
    return [s for s in out if s]


def fill(ranked, flat, budget):
    """Rank order while the sentence fits the budget; document order; cut to the budget."""
    chosen, used = [], 0
    fits = any(len(flat[i].split()) <= budget for i in ranked)
    for i in ranked:
        n = len(flat[i].split())
        if used + n <= budget or (not chosen and not fits):
            chosen.append(i)
            used += n
        if used >= budget:
            break
    return words_cut([flat[i] for i in sorted(chosen)], budget)


def sumy_ranking(summarizer, document, flat):
    """The sentences of `document` best first, as the summarizer rates them."""
    captured = {}
    original = summarizer._get_best_sentences

    def capture(sentences, count, rating, *args, **kwargs):
        captured["rating"] = rating
        captured["args"] = (args, kwargs)
        return original(sentences, count, rating, *args, **kwargs)

    summarizer._get_best_sentences = capture
    try:
        summarizer(document, len(flat))
    finally:
        summarizer._get_best_sentences = original
    rating = captured.get("rating")
    if rating is None:
        return list(range(len(flat)))
    args, kwargs = captured["args"]
    rate = rating if callable(rating) else (lambda s: rating[s])
    scores = [rate(s, *args, **kwargs) if callable(rating) else rating[s] for s in flat]
    return sorted(range(len(flat)), key=lambda i: (-scores[i], i))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dataset")
    ap.add_argument("--words", required=True, help="W, leadN, or ref (each reference's length)")
    ap.add_argument("--brief", default=os.path.join(HERE, "..", ".build", "release", "brief"))
    ap.add_argument("--methods", default="lead,textrank,lexrank,luhn,edmundson")
    ap.add_argument("--fold", choices=["all", "even", "odd"], default="all")
    ap.add_argument("--out", help="keep the cut summaries here")
    a = ap.parse_args()

    docs = peerlib.read_jsonl(a.dataset)
    if a.fold != "all":
        docs = [d for i, d in enumerate(docs) if i % 2 == (0 if a.fold == "even" else 1)]
    out = a.out or tempfile.mkdtemp()
    os.makedirs(out, exist_ok=True)
    subset = os.path.join(out, "dataset.jsonl")
    peerlib.write_jsonl(subset, docs)

    def brief_jsonl(*args):
        p = subprocess.run([a.brief, "summarize", subset, "--format", "jsonl", *args],
                           capture_output=True, text=True, check=True)
        return {r["id"]: r["summary"] for r in map(json.loads, p.stdout.splitlines())}

    if a.words == "ref":
        budgets = {d["id"]: len(" ".join(d["highlights"] if isinstance(d["highlights"], list)
                                         else [d["highlights"]]).split()) for d in docs}
    elif a.words.startswith("lead"):
        n = int(a.words[4:])
        leads = brief_jsonl("--scorer", "lead", "-n", str(n))
        budgets = {i: len(" ".join(s).split()) for i, s in leads.items()}
    else:
        budgets = {d["id"]: int(a.words) for d in docs}

    files = []
    if a.words == "ref":  # one run per budget
        brief_rows = []
        for budget in sorted(set(budgets.values())):
            ids = {i for i, b in budgets.items() if b == budget}
            part = os.path.join(out, "budget.jsonl")
            peerlib.write_jsonl(part, [d for d in docs if d["id"] in ids])
            p = subprocess.run([a.brief, "summarize", part, "--format", "jsonl", "--words", str(budget), "--cut"],
                               capture_output=True, text=True, check=True)
            brief_rows += [{"id": r["id"], "summary": r["summary"]} for r in map(json.loads, p.stdout.splitlines())]
    else:
        brief_rows = [{"id": i, "summary": s} for i, s in brief_jsonl("--words", a.words, "--cut").items()]
    files.append(("brief", brief_rows))

    tok = peerlib.PysbdSumyTokenizer("nltk")
    for m in [m for m in a.methods.split(",") if m]:
        rows = []
        summarizer = None if m == "lead" else peer_summarize.make_sumy(m)
        for d in docs:
            budget = budgets.get(d["id"], 0)
            paragraphs = peerlib.split_doc(d.get("text", ""))
            flat_text = [s for p in paragraphs for s in p]
            if m == "lead":
                rows.append({"id": d["id"], "summary": words_cut(flat_text, budget)})
                continue
            document, flat = peerlib.sumy_document(paragraphs, tok, title=d.get("title") or None)
            ranked = sumy_ranking(summarizer, document, flat) if flat else []
            rows.append({"id": d["id"], "summary": fill(ranked, flat_text, budget)})
        files.append((m, rows))

    paths = []
    for name, rows in files:
        path = os.path.join(out, f"{name}.jsonl")
        peerlib.write_jsonl(path, rows)
        paths.append(path)
    print(f"{a.dataset} ({len(docs)} documents, fold {a.fold}), every summary cut to {a.words} words", flush=True)
    subprocess.run([sys.executable, os.path.join(TOOLS, "rouge_eval.py"), subset, *paths], check=True)


if __name__ == "__main__":
    main()
