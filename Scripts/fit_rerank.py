#!/usr/bin/env python3
"""Fits the re-ranking weights of `brief ask` (RetrievalParameters) on questions with answers.

Usage: Scripts/fit_rerank.py [--brief .build/release/brief] [--questions Q.jsonl] [--docs D.jsonl]
                             [--parameters name=value,...] [--fixed name,...] [--misses N]

Runs `brief eval --questions --dump-features` in both scopes (document, paragraph) with the
given parameters and fine-depth=50, which writes each question's 50 best candidates and the
raw value of every feature; a candidate's score is then a weighted sum of those values
(checked against the score brief reports). brief's default fineDepth re-ranks fewer (12): the
last rows measure the fitted weights with it, through brief itself. The weights are fitted by coordinate ascent on top-1 + MRR@10, summed over both
scopes: once on all questions, and 2-fold by article (articles in sorted order, alternately) to
show how much of the gain holds on articles left out of the fit. Prints the figures and the
fitted weights as `--parameters` names; copy them into RetrievalParameters by hand.
`--misses N` prints N questions (a fixed sample) whose first answer misses, per scope, with
that answer and the first candidate that holds the answer, and stops.

Needs numpy (the peers' venv at ~/.cache/brief-peers/venv has it).
"""
import argparse, json, os, random, subprocess, sys, tempfile
import numpy as np

# Feature (dump field) -> the --parameters name of its weight; bm25's weight is fixed at 1.
FEATURES = {"bm25": None, "neighbors": "neighbor", "paragraph": "paragraph",
            "continuation": "continuation", "type": "type",
            "name": "name", "pairs": "pair", "related": "related", "synonyms": "synonym",
            "exact": "exact", "phrases": "phrase", "meaning": "meaning"}
DEFAULTS = {"neighbor": 0.08, "paragraph": 0.4, "continuation": 0.6, "type": 1.75, "name": 0.55,
            "pair": 0.35, "related": 0.5, "synonym": 0.2, "exact": 0.4, "phrase": 0.2,
            "meaning": 20}
DEPTH = 50


def dump(args, scope):
    out = os.path.join(args.work, f"features-{scope}.jsonl")
    command = [args.brief, "eval", "--questions", args.questions, args.docs, "--scope", scope,
               "--dump-features", out]
    command += ["--parameters", ",".join(filter(None, [args.parameters, f"fine-depth={DEPTH}"]))]
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    return [json.loads(line) for line in open(out)]


def tensor(questions, weights):
    """Feature values (questions × DEPTH × features), hits and a mask of real candidates."""
    names = list(FEATURES)
    x = np.zeros((len(questions), DEPTH, len(names)))
    hits = np.zeros((len(questions), DEPTH))
    mask = np.zeros((len(questions), DEPTH), bool)
    worst = 0.0
    for i, question in enumerate(questions):
        for j, candidate in enumerate(question["candidates"][:DEPTH]):
            row = [candidate["bm25"], candidate["previous"] + candidate["next"]] + [
                candidate[name] for name in names[2:]]
            x[i, j] = row
            hits[i, j] = candidate["hit"]
            mask[i, j] = True
            worst = max(worst, abs(np.dot(row, weights) - candidate["score"]))
    return x, hits, mask, worst


def figures(x, hits, mask, w):
    """top-1, top-3, MRR@10 (×100) of the ranking by x·w (ties to the earlier candidate)."""
    scores = np.where(mask, x @ w, -np.inf)
    order = np.argsort(-scores, axis=1, kind="stable")[:, :10]
    ranked = np.take_along_axis(hits, order, 1)
    first = np.where(ranked.any(1), ranked.argmax(1), 99)
    mrr = np.where(first < 10, 1.0 / (first + 1), 0.0)
    return 100 * ranked[:, 0].mean(), 100 * ranked[:, :3].max(1).mean(), 100 * mrr.mean()


def objective(sets, w):
    return sum(t1 + mrr for t1, _, mrr in (figures(*s, w) for s in sets))


def ascend(sets, w, free, rounds=4):
    w = w.copy()
    best = objective(sets, w)
    for _ in range(rounds):
        improved = False
        for i in free:
            steps = {w[i] * f for f in (0, 0.5, 0.7, 0.85, 1.15, 1.4, 2)}
            steps |= {max(0.0, w[i] + d) for d in (-0.2, -0.1, -0.05, 0.05, 0.1, 0.2, 0.4)}
            for value in sorted(steps):
                trial = w.copy()
                trial[i] = round(value, 3)
                score = objective(sets, trial)
                if score > best + 1e-9:
                    best, w, improved = score, trial, True
        if not improved:
            break
    return w


def print_misses(scope, questions, count):
    """A fixed sample of the questions whose best candidate misses."""
    misses = [q for q in questions if q["candidates"] and not q["candidates"][0]["hit"]]
    print(f"{scope}: {len(misses)} of {len(questions)} questions miss at rank 1")
    for question in random.Random(1).sample(misses, min(count, len(misses))):
        top = question["candidates"][0]
        hits = [(rank, c) for rank, c in enumerate(question["candidates"], 1) if c["hit"]]
        print(f"? {question['question'].strip()}  terms {question['terms']}")
        print(f"  1. [{top['score']:.2f}] {top['text'][:160]}")
        if hits:
            rank, hit = hits[0]
            print(f"  {rank}. [{hit['score']:.2f}] {hit['text'][:160]}  (first holding an answer)")
        else:
            print(f"  no answer among the {len(question['candidates'])} candidates")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--brief", default=".build/release/brief")
    parser.add_argument("--questions", default="/work/shared/data/qa/squad-dev-questions.jsonl")
    parser.add_argument("--docs", default="/work/shared/data/qa/squad-dev-docs.jsonl")
    parser.add_argument("--parameters", default="")
    parser.add_argument("--fixed", default="", help="weights (--parameters names) not fitted")
    parser.add_argument("--misses", type=int, default=0, help="print N misses per scope, stop")
    args = parser.parse_args()
    current = dict(DEFAULTS)
    for pair in filter(None, args.parameters.split(",")):
        name, value = pair.split("=")
        current[name] = float(value)
    start = np.array([1.0 if p is None else current[p] for p in FEATURES.values()])
    fixed = set(filter(None, args.fixed.split(",")))
    free = [i for i, p in enumerate(FEATURES.values()) if p is not None and p not in fixed]
    with tempfile.TemporaryDirectory() as work:
        args.work = work
        data = {scope: dump(args, scope) for scope in ("document", "paragraph")}
    if args.misses:
        for scope, questions in data.items():
            print_misses(scope, questions, args.misses)
        return
    sets = {}
    for scope, questions in data.items():
        x, hits, mask, worst = tensor(questions, start)
        if worst > 1e-6:
            sys.exit(f"{scope}: the weighted features differ from brief's scores by {worst}")
        articles = sorted({q["doc"] for q in questions})
        fold = {a: i % 2 for i, a in enumerate(articles)}
        folds = np.array([fold[q["doc"]] for q in questions])
        sets[scope] = (x, hits, mask, folds)

    def subset(scope, keep):
        x, hits, mask, _ = sets[scope]
        return x[keep], hits[keep], mask[keep]

    def row(label, w, part=None):
        cells = []
        for scope in sets:
            keep = np.ones(len(sets[scope][3]), bool) if part is None else sets[scope][3] == part
            cells.append("%6.2f %6.2f %6.2f" % figures(*subset(scope, keep), w))
        print(f"{label:28} " + "   ".join(cells))

    print(f"{'':28} {'document top-1/3, MRR':22}   {'paragraph top-1/3, MRR':22}")
    row("current, all", start)
    fitted = ascend([subset(s, slice(None)) for s in sets], start, free)
    row("fitted on all, all", fitted)
    for part in (0, 1):
        w = ascend([subset(s, sets[s][3] != part) for s in sets], start, free)
        row(f"current, fold {part}", start, part)
        row(f"fitted on fold {1 - part}, fold {part}", w, part)
        print("  " + ",".join(f"{p}={v:g}" for p, v in zip(FEATURES.values(), w) if p))
    weights = ",".join(f"{p}={v:g}" for p, v in zip(FEATURES.values(), fitted) if p)
    print("weights fitted on all:\n  " + weights)
    for scope in ("document", "paragraph"):
        out = subprocess.run(
            [args.brief, "eval", "--questions", args.questions, args.docs, "--scope", scope,
             "--parameters", weights], check=True, capture_output=True, text=True).stdout
        print(f"brief eval, {scope}, fitted weights: " + out.strip().splitlines()[-1].strip())


if __name__ == "__main__":
    main()
