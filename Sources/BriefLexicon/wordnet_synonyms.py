#!/usr/bin/env python3
"""Writes Sources/BriefLexicon/WordNetSynonyms+Generated.swift, the synonym table of `brief ask`.

Usage: Sources/BriefLexicon/wordnet_synonyms.py [--wordnet /usr/share/wordnet] [--senses 2]
           [--out Sources/BriefLexicon/WordNetSynonyms+Generated.swift]

Reads WordNet 3.0 (Debian's wordnet-base package installs it under /usr/share/wordnet): for
each one-word lemma that the SemCor sense counts attest (a tagged sense), the one-word
members of its `--senses` most frequent synsets that are attested too ("die": "perish",
"expire", ...). Both sides are stemmed with libstemmer's English Snowball stemmer, the one
Brief links, so the table holds stems as the index does: one line per stem, the stem and then
its synonyms' stems. The generated file repeats WordNet's licence, as the licence asks.
"""
import argparse, collections, ctypes, ctypes.util, os, re

LICENCE = """\
WordNet Release 3.0. This software and database is being provided to you, the LICENSEE, by
Princeton University under the following license. By obtaining, using and/or copying this
software and database, you agree that you have read, understood, and will comply with these
terms and conditions.: Permission to use, copy, modify and distribute this software and
database and its documentation for any purpose and without fee or royalty is hereby granted,
provided that you agree to comply with the following copyright notice and statements,
including the disclaimer, and that the same appear on ALL copies of the software, database and
documentation, including modifications that you make for internal use or for distribution.
WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. THIS SOFTWARE AND
DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES,
EXPRESS OR IMPLIED. BY WAY OF EXAMPLE, BUT NOT LIMITATION, PRINCETON UNIVERSITY MAKES NO
REPRESENTATIONS OR WARRANTIES OF MERCHANT- ABILITY OR FITNESS FOR ANY PARTICULAR PURPOSE OR
THAT THE USE OF THE LICENSED SOFTWARE, DATABASE OR DOCUMENTATION WILL NOT INFRINGE ANY THIRD
PARTY PATENTS, COPYRIGHTS, TRADEMARKS OR OTHER RIGHTS. The name of Princeton University or
Princeton may not be used in advertising or publicity pertaining to distribution of the
software and/or database. Title to copyright in this software, database and any associated
documentation shall at all times remain with Princeton University and LICENSEE agrees to
preserve same."""

POS = ("noun", "verb", "adj", "adv")
WORD = re.compile(r"^[a-z]+$")


class Stemmer:
    """libstemmer's English stemmer through ctypes."""

    def __init__(self):
        lib = ctypes.CDLL(ctypes.util.find_library("stemmer") or "libstemmer.so.0d")
        lib.sb_stemmer_new.restype = ctypes.c_void_p
        lib.sb_stemmer_stem.restype = ctypes.c_void_p
        lib.sb_stemmer_stem.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
        lib.sb_stemmer_length.argtypes = [ctypes.c_void_p]
        self.lib = lib
        self.handle = lib.sb_stemmer_new(b"english", b"UTF_8")

    def stem(self, word):
        data = word.encode()
        result = self.lib.sb_stemmer_stem(self.handle, data, len(data))
        return ctypes.string_at(result, self.lib.sb_stemmer_length(self.handle)).decode()


def table(wordnet, senses):
    members = {}
    for pos in POS:
        for line in open(os.path.join(wordnet, f"data.{pos}"), encoding="latin-1"):
            if line.startswith("  "):
                continue
            fields = line.split(" ")
            count = int(fields[3], 16)
            members[(pos, fields[0])] = [
                re.sub(r"\(.*", "", fields[4 + 2 * i].lower()) for i in range(count)]
    tagged, lemmas = set(), []
    for pos in POS:
        for line in open(os.path.join(wordnet, f"index.{pos}"), encoding="latin-1"):
            if line.startswith("  "):
                continue
            fields = line.split()
            pointers = int(fields[3])
            if int(fields[4 + pointers + 1]) > 0:
                tagged.add(fields[0])
            lemmas.append((fields[0], pos, fields[4 + pointers + 2:]))
    stemmer = Stemmer()
    synonyms = collections.defaultdict(set)
    for lemma, pos, offsets in lemmas:
        if not WORD.match(lemma) or lemma not in tagged:
            continue
        stem = stemmer.stem(lemma)
        for offset in offsets[:senses]:
            for word in members[(pos, offset)]:
                if WORD.match(word) and word in tagged:
                    other = stemmer.stem(word)
                    if other != stem:
                        synonyms[stem].add(other)
    return {stem: sorted(words) for stem, words in sorted(synonyms.items())}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--wordnet", default="/usr/share/wordnet")
    parser.add_argument("--senses", type=int, default=2)
    parser.add_argument("--out", default="Sources/BriefLexicon/WordNetSynonyms+Generated.swift")
    args = parser.parse_args()
    synonyms = table(args.wordnet, args.senses)
    licence = "\n".join("// " + line for line in LICENCE.splitlines())
    lines = "\n".join("    " + " ".join([stem] + words) for stem, words in synonyms.items())
    with open(args.out, "w") as out:
        out.write(f"""\
// Generated by Sources/BriefLexicon/wordnet_synonyms.py (--senses {args.senses}) from WordNet
// 3.0; do not edit. The table is derived from WordNet, whose licence follows:
//
{licence}

/// English synonyms from WordNet 3.0, stemmed as the index stems words: one line per stem,
/// the stem and then the stems of its synonyms (the one-word members of its {args.senses} most
/// frequent senses), for the related terms of Brief's answers (`RelatedTerms`).
package enum WordNetSynonyms {{
  /// The table's text, {len(synonyms)} lines in byte order of their stems.
  package static let text = \"\"\"
{lines}
    \"\"\"
}}
""")
    print(f"{args.out}: {len(synonyms)} stems, "
          f"{sum(map(len, synonyms.values()))} synonyms, {os.path.getsize(args.out)} bytes")


if __name__ == "__main__":
    main()
