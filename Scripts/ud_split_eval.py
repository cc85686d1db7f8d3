#!/usr/bin/env python3
"""Sentence-boundary precision, recall and F1 on Universal Dependencies treebanks: brief
split against pysbd and NLTK punkt.

The raw text is rebuilt from each CoNLL-U file's comments, not from its tokens:

- a document starts at `# newdoc` (EWT, GUM, PUD); a treebank without them (GSD) is one
  document per sent_id prefix (`es-dev-001-s7` -> `es-dev-001`);
- a paragraph starts at `# newpar` (EWT, GUM) and at every new document; a treebank without
  `# newpar` (PUD, GSD) has one paragraph a document;
- a paragraph's text is its sentences' `# text` values, each stripped, joined by one space.
  (A document's paragraphs would be joined by a blank line; since each system is given
  one paragraph at a time, that never has to be done.)

Every system splits each paragraph on its own (brief: one JSONL line {"id", "text"} per
paragraph through `brief split --format jsonl --language LANG`; pysbd: Segmenter(language,
clean=False); punkt: NLTK's PunktTokenizer("english"), the only tables available offline,
used for Spanish too). A boundary is a place between two sentences inside a paragraph,
counted in non-whitespace characters from the paragraph's start; paragraph ends are given
to every system and not counted. A predicted sentence is found in the paragraph's
non-whitespace characters from where the previous one ended (brief drops sentences without
a letter or a digit, so a sentence may be skipped; one that cannot be found is ignored).

Scores are micro-averaged over boundaries, per treebank file and per genre: EWT's doc id
prefix (answers, email, newsgroup, reviews, weblog), GUM's genre (GUM_news_... -> news),
PUD's n/w prefix (news, wiki). Development on dev files; test files are held out.

    Scripts/ud_split_eval.py --brief .build/release/brief \
        --treebank en_ewt-ud-dev.conllu:en --treebank es_gsd-ud-dev.conllu:es
    # --show-errors N prints N missed and N false boundaries of brief per file
"""
import argparse
import json
import os
import re
import subprocess
import sys
from collections import defaultdict

NLTK_DATA = os.path.expanduser("~/.cache/brief-peers/nltk_data")
os.environ.setdefault("NLTK_DATA", NLTK_DATA)


def read_paragraphs(path):
    """[(doc_id, [sentence texts])] per paragraph of the CoNLL-U file at `path`."""
    paragraphs = []
    doc = None
    has_newdoc = False
    current = None
    with open(path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    has_newdoc = any(line.startswith("# newdoc") for line in lines)
    for line in lines:
        if line.startswith("# newdoc"):
            doc = line.split("=", 1)[1].strip() if "=" in line else f"doc{len(paragraphs)}"
            current = None
        elif line.startswith("# newpar"):
            current = None
        elif line.startswith("# sent_id") and not has_newdoc:
            sent_id = line.split("=", 1)[1].strip()
            prefix = re.sub(r"-s\d+$", "", sent_id)
            if prefix != doc:
                doc = prefix
                current = None
        elif line.startswith("# text ="):
            text = line.split("=", 1)[1].strip()
            if current is None:
                current = (doc, [])
                paragraphs.append(current)
            current[1].append(text)
    return paragraphs


def genre(treebank, doc_id):
    """The genre or source of a document, from its id."""
    if doc_id is None:
        return "all"
    if doc_id.startswith("GUM_"):
        return doc_id.split("_")[1]
    if "ewt" in treebank:
        return doc_id.split("-")[0]
    if "pud" in treebank:
        return {"n": "news", "w": "wiki"}.get(doc_id[:1], "other")
    return "all"


def squeeze(text):
    return re.sub(r"\s+", "", text)


def boundaries(paragraph, sentences):
    """The inner boundaries of `sentences` in `paragraph`, as non-whitespace offsets."""
    text = squeeze(paragraph)
    cursor = 0
    found = set()
    for sentence in sentences:
        piece = squeeze(sentence)
        if not piece:
            continue
        at = text.find(piece, cursor)
        if at < 0:
            continue
        cursor = at + len(piece)
        found.add(cursor)
    found.discard(len(text))
    return found


def raw_offset(text, offset):
    """Where in `text` the non-whitespace offset `offset` falls."""
    seen = 0
    for i, ch in enumerate(text):
        if seen == offset:
            return i
        if not ch.isspace():
            seen += 1
    return len(text)


def run_brief(binary, paragraphs, language):
    lines = "".join(
        json.dumps({"id": str(i), "text": " ".join(s)}, ensure_ascii=False) + "\n"
        for i, (_, s) in enumerate(paragraphs))
    out = subprocess.run(
        [binary, "split", "--format", "jsonl", "--language", language, "-"],
        input=lines.encode(), capture_output=True, check=True).stdout.decode()
    result = {}
    for line in out.splitlines():
        record = json.loads(line)
        result[int(record["id"])] = record["sentences"]
    return [result.get(i, []) for i in range(len(paragraphs))]


def run_peers(names, paragraphs, language):
    out = {}
    texts = [" ".join(s) for _, s in paragraphs]
    if "pysbd" in names:
        import pysbd
        seg = pysbd.Segmenter(language=language, clean=False)
        out["pysbd"] = [seg.segment(t) for t in texts]
    if "punkt" in names:
        import nltk
        if NLTK_DATA not in nltk.data.path:
            nltk.data.path.insert(0, NLTK_DATA)
        from nltk.tokenize import PunktTokenizer
        tok = PunktTokenizer("english")
        out["punkt"] = [tok.tokenize(t) for t in texts]
    return out


def score(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return 100 * p, 100 * r, 100 * f


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--treebank", action="append", required=True, metavar="FILE.conllu:LANG")
    ap.add_argument("--brief", default=".build/release/brief")
    ap.add_argument("--peers", default="pysbd,punkt", help="comma list, or 'none'")
    ap.add_argument("--show-errors", type=int, default=0, metavar="N")
    ap.add_argument("--json", metavar="PATH", help="write the counts as JSON")
    a = ap.parse_args()
    peers = [] if a.peers == "none" else a.peers.split(",")
    report = {}
    for spec in a.treebank:
        path, _, language = spec.rpartition(":")
        name = os.path.basename(path).replace(".conllu", "")
        paragraphs = read_paragraphs(path)
        systems = {"brief": run_brief(a.brief, paragraphs, language)}
        systems.update(run_peers(peers, paragraphs, language))
        counts = defaultdict(lambda: defaultdict(lambda: [0, 0, 0]))
        errors = {"missed": [], "false": []}
        for i, (doc, sents) in enumerate(paragraphs):
            text = " ".join(sents)
            gold = boundaries(text, sents)
            g = genre(name, doc)
            for system, predictions in systems.items():
                pred = boundaries(text, predictions[i])
                for key in ("all", g) if g != "all" else ("all",):
                    c = counts[key][system]
                    c[0] += len(gold & pred)
                    c[1] += len(pred - gold)
                    c[2] += len(gold - pred)
                if system == "brief" and a.show_errors:
                    for kind, offsets in (("missed", gold - pred), ("false", pred - gold)):
                        for o in sorted(offsets):
                            at = raw_offset(text, o)
                            errors[kind].append(f"{text[max(0, at - 50):at]} || {text[at:at + 30]}")
        print(f"\n{name} ({len(paragraphs)} paragraphs)")
        print(f"  {'genre':<12}{'gold':>6}  " + "".join(f"{s + ' P/R/F1':>24}" for s in systems))
        for key in ["all"] + sorted(k for k in counts if k != "all"):
            c = counts[key]
            gold_n = c["brief"][0] + c["brief"][2]
            cells = "".join("{:>8.1f}{:>8.1f}{:>8.1f}".format(*score(*c[s])) for s in systems)
            print(f"  {key:<12}{gold_n:>6}  {cells}")
        report[name] = {k: dict(v) for k, v in counts.items()}
        for kind in ("missed", "false"):
            for line in errors[kind][: a.show_errors]:
                print(f"  {kind}: {line}")
    if a.json:
        with open(a.json, "w") as f:
            json.dump(report, f, indent=1)


if __name__ == "__main__":
    sys.exit(main())
