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

from vigil.extract.places import PlaceStage
from vigil.extract.segment import SegmentStage
from vigil.geo.gazetteer import Gazetteer
from vigil.model import Doc, Report
from vigil.settings import Settings

from conll_spans import score, sentences  # (benchmarks/, beside this script)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("conll")
    ap.add_argument("--errors", type=int, default=0, help="list this many of the commonest misses and extras")
    ap.add_argument("--cache-dir", default=Settings().cache_dir)
    a = ap.parse_args()
    seg, places = SegmentStage(), PlaceStage(Gazetteer.load(a.cache_dir))

    def predict(i: int, text: str) -> list[tuple[int, int, str]]:
        return [(m.start, m.end, m.text) for m in places(seg(Doc(Report(id=f"s{i}", text=text)))).places]

    print(score(sentences(a.conll, "LOC"), predict, "locations", a.errors))
    return 0


if __name__ == "__main__":
    sys.exit(main())
