#!/usr/bin/env python3
"""ROUGE of `brief digest` on the DUC 2001 multi-document sets, against Lead and sumy.

The DUC 2001 data (NIST; research use only) is read from a checkout of the public
repository alexvlis/extractive-document-summarization, folder
data/DUC2001_Summarization_Documents/data; nothing of it is kept in this project.

For each document set (30 training sets, one reference each; 30 test sets, two or three
references each), at each budget W (100 and 200 words):
  brief     `brief digest SET.jsonl --one-story --words W --format json`, key points in
            their order (most important first)
  lead      the first article's opening (articles sorted by DOCNO)
  lexrank, textrank
            sumy over the concatenated articles: sentences by sumy's rating, best first
every output is cut to exactly W words (whitespace tokens) and scored with Google's
rouge-score (Porter stemming) against each reference; a set's figure is the mean over its
references, the table the mean over sets (F, ×100).

  Scripts/duc_digest_eval.py DUC_DATA [--brief .build/release/brief] [--split training|test]
      [--parameters story=0.2,...] [--peers]
Also prints how `brief digest` without --one-story groups all sets of a split mixed
together (purity and the number of stories), the test of its story grouping.
"""
import argparse
import html
import json
import os
import re
import subprocess
import sys
import tempfile

TEXT_TAGS = ("LEADPARA", "LP", "TEXT")
TITLE_TAGS = ("HEADLINE", "HL", "HEAD", "TI", "H3")


def element(doc, tag):
    m = re.search(r"<%s[^>]*>(.*?)</%s>" % (tag, tag), doc, re.S)
    return m.group(1) if m else None


def paragraphs(raw):
    """Paragraphs of a DUC text field: <P> elements, indented lines or SJMN's ';   '."""
    raw = re.sub(r"<F P=10[0-9][^>]*>.*?</F>", " ", raw, flags=re.S)
    raw = re.sub(r"^\s*(Language|Article Type):.*$", " ", raw, flags=re.M)
    raw = re.sub(r";\s{3,}", "\n\n", raw)
    raw = re.sub(r"</?P>", "\n\n", raw)
    raw = re.sub(r"\n(?=[ \t]{2,}\S)", "\n\n", raw)
    raw = re.sub(r"<[^>]+>", " ", raw)
    raw = html.unescape(raw).replace("``", '"').replace("''", '"')
    parts = [" ".join(p.split()) for p in re.split(r"\n\s*\n", raw)]
    return [p for p in parts if p]


def read_article(path):
    with open(path, encoding="latin-1") as f:
        doc = f.read()
    docno = " ".join((element(doc, "DOCNO") or os.path.basename(path)).split())
    title = None
    for tag in TITLE_TAGS:
        found = element(doc, tag)
        if found:
            title = " ".join(re.sub(r"<[^>]+>", " ", found).split("----")[0].split())
            if title:
                break
    body = []
    for tag in TEXT_TAGS:
        found = element(doc, tag)
        if found:
            body += paragraphs(found)
    return {"id": docno, "title": title or None, "text": "\n\n".join(body)}


def read_summary(path):
    with open(path, encoding="latin-1") as f:
        text = f.read()
    m = re.search(r"<SUM[^>]*>(.*?)</SUM>", text, re.S)
    return " ".join(re.sub(r"<[^>]+>", " ", m.group(1) if m else text).split())


def sets(data, split):
    """(name, [article], {budget: [reference]}) for each document set of a split."""
    out = []
    if split == "training":
        root = os.path.join(data, "training")
        for name in sorted(os.listdir(root)):
            folder = os.path.join(root, name)
            if not os.path.isdir(folder):
                continue
            docs = os.path.join(folder, "docs")
            refs = {}
            for sub in sorted(os.listdir(folder)):
                if sub.startswith(name) and os.path.isdir(os.path.join(folder, sub)):
                    for budget in (100, 200):
                        p = os.path.join(folder, sub, str(budget))
                        if os.path.exists(p):
                            refs.setdefault(budget, []).append(read_summary(p))
            out.append((name, docs, refs))
    else:
        root = os.path.join(data, "test")
        for name in sorted(os.listdir(os.path.join(root, "docs"))):
            docs = os.path.join(root, "docs", name)
            if not os.path.isdir(docs):
                continue
            refs = {}
            for kind in ("original.summaries", "duplicate.summaries"):
                for sub in sorted(os.listdir(os.path.join(root, kind))):
                    if sub[:-1] == name:
                        for budget in (100, 200):
                            p = os.path.join(root, kind, sub, str(budget))
                            if os.path.exists(p):
                                refs.setdefault(budget, []).append(read_summary(p))
            out.append((name, docs, refs))
    result = []
    for name, docs, refs in out:
        files = sorted(f for f in os.listdir(docs) if not f.endswith("~"))
        articles = [read_article(os.path.join(docs, f)) for f in files]
        articles = [a for a in articles if a["text"]]
        if articles and refs:
            result.append((name, articles, refs))
    return result


def cut(text, words):
    return " ".join(text.split()[:words])


def brief_digest(brief, path, words, parameters, one_story=True):
    command = [brief, "digest", path, "--words", str(words), "--format", "json"]
    if one_story:
        command.append("--one-story")
    if parameters:
        command += ["--parameters", parameters]
    out = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    return json.loads(out)


def sumy_ranked(method, text):
    """The sentences of `text` by sumy's rating for `method`, best first (ties in order)."""
    from sumy.nlp.stemmers import Stemmer
    from sumy.nlp.tokenizers import Tokenizer
    from sumy.parsers.plaintext import PlaintextParser
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.summarizers.text_rank import TextRankSummarizer
    from sumy.utils import get_stop_words

    captured = {}

    def keep_rating(sentences, count, rating, *args, **kwargs):
        captured["rating"] = rating
        return ()

    parser = PlaintextParser.from_string(text, Tokenizer("english"))
    summarizer = {"lexrank": LexRankSummarizer, "textrank": TextRankSummarizer}[method](
        Stemmer("english"))
    summarizer.stop_words = get_stop_words("english")
    summarizer._get_best_sentences = keep_rating  # sumy's own ratings, all sentences
    sentences = list(parser.document.sentences)
    summarizer(parser.document, len(sentences))
    rating = captured["rating"]
    rate = (lambda s: rating[s]) if isinstance(rating, dict) else rating
    order = sorted(range(len(sentences)), key=lambda i: (-rate(sentences[i]), i))
    return [str(sentences[i]) for i in order]


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("data", help="…/DUC2001_Summarization_Documents/data")
    ap.add_argument("--brief", default=".build/release/brief")
    ap.add_argument("--split", choices=["training", "test"], default="training")
    ap.add_argument("--parameters", default=None, help="brief digest --parameters")
    ap.add_argument("--peers", action="store_true", help="also sumy LexRank and TextRank")
    ap.add_argument("--budgets", default="100,200")
    ap.add_argument("--no-grouping", action="store_true", help="skip the grouping check")
    args = ap.parse_args()
    from rouge_score import rouge_scorer

    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2"], use_stemmer=True)
    budgets = [int(b) for b in args.budgets.split(",")]
    document_sets = sets(args.data, args.split)
    systems = ["brief", "lead"] + (["lexrank", "textrank"] if args.peers else [])
    totals = {(s, b): [0.0, 0.0] for s in systems for b in budgets}
    counted = {b: 0 for b in budgets}
    with tempfile.TemporaryDirectory() as tmp:
        for name, articles, refs in document_sets:
            path = os.path.join(tmp, name + ".jsonl")
            with open(path, "w") as f:
                for a in articles:
                    f.write(json.dumps(a) + "\n")
            concatenated = "\n\n".join(a["text"] for a in articles)
            ranked = {m: sumy_ranked(m, concatenated) for m in systems if m in (
                "lexrank", "textrank")}
            for budget in budgets:
                if budget not in refs:
                    continue
                outputs = {}
                digest = brief_digest(args.brief, path, budget, args.parameters)
                outputs["brief"] = " ".join(
                    p["text"] for s in digest["stories"] for p in s["points"])
                outputs["lead"] = articles[0]["text"]
                for m, sentences in ranked.items():
                    outputs[m] = " ".join(sentences)
                counted[budget] += 1
                for system in systems:
                    summary = cut(outputs[system], budget)
                    scores = [scorer.score(ref, summary) for ref in refs[budget]]
                    for k, metric in enumerate(("rouge1", "rouge2")):
                        totals[(system, budget)][k] += sum(
                            s[metric].fmeasure for s in scores) / len(scores)
        print(f"DUC 2001 {args.split}: {len(document_sets)} sets, ROUGE F x100 "
              "(mean over references, then sets), every output cut to the budget")
        print("| system | " + " | ".join(f"{b} words R1 / R2" for b in budgets) + " |")
        print("|---|" + "---|" * len(budgets))
        for system in systems:
            cells = []
            for b in budgets:
                r1, r2 = (100 * v / max(1, counted[b]) for v in totals[(system, b)])
                cells.append(f"{r1:.2f} / {r2:.2f}")
            print(f"| {system} | " + " | ".join(cells) + " |")
        if not args.no_grouping:
            grouping(args, document_sets, tmp)


def grouping(args, document_sets, tmp):
    """How brief digest groups all the sets' articles mixed in one corpus."""
    path = os.path.join(tmp, "all.jsonl")
    truth = {}
    with open(path, "w") as f:
        for name, articles, _ in document_sets:
            for a in articles:
                a = dict(a, id=name + "/" + a["id"])
                truth[a["id"]] = name
                f.write(json.dumps(a) + "\n")
    command = [args.brief, "digest", path, "-n", "1", "--format", "json"]
    if args.parameters:
        command += ["--parameters", args.parameters]
    digest = json.loads(subprocess.run(command, check=True, capture_output=True,
                                       text=True).stdout)
    stories = [s["articles"] for s in digest["stories"]]
    majority = sum(max([truth[i] for i in s].count(n) for n in set(truth[i] for i in s))
                   for s in stories)
    # Inverse purity: each set's largest share within one story.
    sets_ = {}
    for k, s in enumerate(stories):
        for i in s:
            sets_.setdefault(truth[i], []).append(k)
    inverse = sum(max(v.count(k) for k in set(v)) for v in sets_.values())
    print(f"grouping of all {len(truth)} articles of the {len(document_sets)} sets: "
          f"{len(stories)} stories, purity {100 * majority / len(truth):.1f}%, "
          f"inverse purity {100 * inverse / len(truth):.1f}%")


if __name__ == "__main__":
    sys.exit(main())
