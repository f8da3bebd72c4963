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
from datetime import date

from vigil.extract.segment import SegmentStage
from vigil.extract.time import DateStage
from vigil.model import Doc, Report

from conll_spans import score, sentences  # (benchmarks/, beside this script)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("conll")
    ap.add_argument("--errors", type=int, default=0, help="list this many of the commonest misses and extras")
    ap.add_argument("--published", default="2016-06-01", type=date.fromisoformat,
                    help="anchor date for every sentence (default: mid-1395, when PEYMA's news was written)")
    a = ap.parse_args()
    seg, dates = SegmentStage(), DateStage()

    def predict(i: int, text: str) -> list[tuple[int, int, str]]:
        doc = dates(seg(Doc(Report(id=f"s{i}", text=text, published=a.published))))
        return [(m.start, m.end, m.text) for m in doc.dates]

    print(score(sentences(a.conll, "DAT"), predict, "dates", a.errors))
    return 0


if __name__ == "__main__":
    sys.exit(main())
