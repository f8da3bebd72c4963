#!/usr/bin/env python3
"""Persian place detection against a Persian NER corpus's location spans (PEYMA, ParsTwiNER).

    python benchmarks/persian_places_eval.py ../shared/data/persian/ner/peyma_test.txt
    python benchmarks/persian_places_eval.py ../shared/data/persian/ner/parstwiner_test.txt --errors 30

The files are CoNLL-style, one token a line ("token|tag" in PEYMA, "token<TAB>tag" in
ParsTwiNER), a blank line between sentences; B-/I-LOC (or B_/I_LOC) mark locations. Each
sentence is rebuilt with single spaces and run through the segment and places stages; a gold
location counts as found when a predicted place overlaps it, a predicted place as right when it
overlaps a gold location. Prints precision, recall and F1 (and, with --errors, the commonest
misses and extras). NER gold tags every location, streets and venues included, and tags a
country as an organisation where it acts ("ایران" signing a deal): neither side is perfect.
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from typing import Iterator

from vigil.extract.places import PlaceStage
from vigil.extract.segment import SegmentStage
from vigil.geo.gazetteer import Gazetteer
from vigil.model import Doc, Report
from vigil.settings import Settings


def sentences(path: str) -> Iterator[tuple[str, list[tuple[int, int]]]]:
    """(text, location spans) per sentence of a CoNLL-style file."""
    tokens: list[tuple[str, str]] = []
    with open(path, encoding="utf-8") as fh:
        for line in list(fh) + [""]:
            line = line.rstrip("\n")
            sep = "|" if "|" in line else "\t"
            if line.strip() and sep in line:
                word, tag = line.rsplit(sep, 1)
                tokens.append((word, tag.replace("_", "-")))
                continue
            if tokens:
                yield _joined(tokens)
                tokens = []


def _joined(tokens: list[tuple[str, str]]) -> tuple[str, list[tuple[int, int]]]:
    text, spans, open_span = "", [], None
    for word, tag in tokens:
        if text:
            text += " "
        start = len(text)
        text += word
        if tag == "B-LOC" or (tag == "I-LOC" and open_span is None):
            open_span = [start, len(text)]
            spans.append(open_span)
        elif tag == "I-LOC":
            open_span[1] = len(text)
        else:
            open_span = None
    return text, [(a, b) for a, b in spans]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("conll")
    ap.add_argument("--errors", type=int, default=0, help="list this many of the commonest misses and extras")
    ap.add_argument("--cache-dir", default=Settings().cache_dir)
    a = ap.parse_args()
    seg, places = SegmentStage(), PlaceStage(Gazetteer.load(a.cache_dir))
    n = gold_n = pred_n = found = right = 0
    misses, extras = Counter(), Counter()
    for i, (text, gold) in enumerate(sentences(a.conll)):
        n += 1
        pred = [(m.start, m.end, m.text) for m in places(seg(Doc(Report(id=f"s{i}", text=text)))).places]
        gold_n, pred_n = gold_n + len(gold), pred_n + len(pred)
        for s, e in gold:
            if any(a_ < e and s < b for a_, b, _ in pred):
                found += 1
            else:
                misses[text[s:e]] += 1
        for a_, b, t in pred:
            if any(a_ < e and s < b for s, e in gold):
                right += 1
            else:
                extras[t] += 1
    p, r = right / max(1, pred_n), found / max(1, gold_n)
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    print(f"sentences={n} gold_locations={gold_n} predicted={pred_n} precision={p:.3f} recall={r:.3f} f1={f1:.3f}")
    if a.errors:
        print("missed:", ", ".join(f"{w} ({c})" for w, c in misses.most_common(a.errors)))
        print("extra:", ", ".join(f"{w} ({c})" for w, c in extras.most_common(a.errors)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
