#!/usr/bin/env python3
"""Persian date detection against a Persian NER corpus's date spans (PEYMA).

    python benchmarks/persian_dates_eval.py ../shared/data/persian/ner/peyma_dev.txt
    python benchmarks/persian_dates_eval.py ../shared/data/persian/ner/peyma_dev.txt --errors 30

The file is CoNLL-style, one "token|tag" a line, a blank line between sentences; B_DAT/I_DAT
mark date expressions. Each sentence is rebuilt with single spaces and run through the segment
and date stages, anchored on ``--published`` (the corpus gives none; the value moves no span,
it only lets relative dates such as "امروز" resolve at all). A gold date counts as found when a
predicted date overlaps it, a predicted date as right when it overlaps a gold date. Prints
precision, recall and F1 (and, with --errors, the commonest misses and extras).

The gold has spans only, no values, so this measures detection, not reading. It tags durations
("چهار سال", "60 سال"), vague spans ("سال جدید", "اول امسال") and lunar dates too; some misses
are honest: a duration or a vague span is no date to place an event on.
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from datetime import date
from typing import Iterator

from vigil.extract.segment import SegmentStage
from vigil.extract.time import DateStage
from vigil.model import Doc, Report


def sentences(path: str) -> Iterator[tuple[str, list[tuple[int, int]]]]:
    """(text, date spans) per sentence of a "token|tag" file."""
    tokens: list[tuple[str, str]] = []
    with open(path, encoding="utf-8") as fh:
        for line in list(fh) + [""]:
            line = line.rstrip("\n")
            if line.strip() and "|" in line:
                word, tag = line.rsplit("|", 1)
                tokens.append((word, tag.replace("_", "-")))
                continue
            if tokens:
                yield _joined(tokens)
                tokens = []


def _joined(tokens: list[tuple[str, str]]) -> tuple[str, list[tuple[int, int]]]:
    text, spans, open_span = "", [], None
    for word, tag in tokens:
        text += " " if text else ""
        start = len(text)
        text += word
        if tag == "B-DAT" or (tag == "I-DAT" and open_span is None):
            open_span = [start, len(text)]
            spans.append(open_span)
        elif tag == "I-DAT":
            open_span[1] = len(text)
        else:
            open_span = None
    return text, [(a, b) for a, b in spans]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("conll")
    ap.add_argument("--errors", type=int, default=0, help="list this many of the commonest misses and extras")
    ap.add_argument("--published", default="2016-06-01", type=date.fromisoformat,
                    help="anchor date for every sentence (default: mid-1395, when PEYMA's news was written)")
    a = ap.parse_args()
    seg, dates = SegmentStage(), DateStage()
    n = gold_n = pred_n = found = right = 0
    misses, extras = Counter(), Counter()
    for i, (text, gold) in enumerate(sentences(a.conll)):
        n += 1
        doc = dates(seg(Doc(Report(id=f"s{i}", text=text, published=a.published))))
        pred = [(m.start, m.end, m.text) for m in doc.dates]
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
    print(f"sentences={n} gold_dates={gold_n} predicted={pred_n} precision={p:.3f} recall={r:.3f} f1={f1:.3f}")
    if a.errors:
        print("missed:", ", ".join(f"{w} ({c})" for w, c in misses.most_common(a.errors)))
        print("extra:", ", ".join(f"{w} ({c})" for w, c in extras.most_common(a.errors)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
