#!/usr/bin/env python3
"""Measure event_place on Halterman's event_location data (one JSON array; read from the zip).

    python benchmarks/event_place_eval.py ../shared/data/event_location/labeled_text.jsonl.zip

A record counts as right when the chosen place mention overlaps the gold LOCATION span (or
has the same words), or when there is no gold location and no place is chosen. Spans are
re-anchored on their tokens: in about a tenth of the records the character offsets of the spans
drift from the text while the tokens' offsets do not. Nothing is copied anywhere.
"""
from __future__ import annotations

import argparse
import json
import sys
import zipfile
from collections import Counter

from vigil.extract.places import PlaceStage
from vigil.extract.segment import SegmentStage
from vigil.geo.event_place import event_mention, nationwide_at
from vigil.geo.gazetteer import Gazetteer
from vigil.model import Doc, Report
from vigil.settings import Settings


def records(path: str) -> list[dict]:
    with zipfile.ZipFile(path) as z:
        name = next(n for n in z.namelist() if n.endswith(".jsonl") and "MACOSX" not in n)
        return json.loads(z.read(name))


def anchored(r: dict) -> list[dict]:
    """The record's spans with offsets taken from their tokens where the tokens are known."""
    toks = r.get("tokens") or []
    out = []
    for s in r.get("spans") or []:
        a, b = s.get("token_start"), s.get("token_end")
        if a is not None and b is not None and 0 <= a <= b < len(toks):
            s = {**s, "start": toks[a]["start"], "end": toks[b]["end"]}
        out.append(s)
    return out


def _same(m, locs: list[dict], text: str) -> bool:
    for g in locs:
        words = (g.get("text") or text[g["start"]:g["end"]]).strip()
        if m.start < g["end"] and g["start"] < m.end and text[g["start"]:g["end"]].strip():
            return True
        if words and (m.text in words or words in m.text):
            return True
    return False


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("zip")
    ap.add_argument("--cache-dir", default=Settings().cache_dir)
    ap.add_argument("--all", action="store_true", help="also records without answer=accept")
    a = ap.parse_args()
    seg, places = SegmentStage(), PlaceStage(Gazetteer.load(a.cache_dir))
    tally: Counter = Counter()
    for r in records(a.zip):
        if not a.all and r.get("answer") != "accept":
            continue
        spans = anchored(r)
        verbs = [s for s in spans if s["label"] == "VERB"]
        locs = [s for s in spans if s["label"] == "LOCATION"]
        if not verbs:
            continue
        doc = places(seg(Doc(Report(id=r.get("_id", ""), text=r["text"]))))
        v = verbs[0]
        m = event_mention(doc, v["start"], v["end"])
        nation = nationwide_at(doc, v["start"], v["end"])
        kind = "located" if locs else "none"
        if nation is not None:
            ok = bool(locs) and any(nation.country and nation.country == p.value.country for p in doc.places
                                    if _same(p, locs, r["text"]))
        elif m is None:
            ok = not locs
        else:
            ok = _same(m, locs, r["text"])
        tally[(kind, ok)] += 1
        tally[("relabel" if r.get("source") == "RELABEL" else "other", ok)] += 1
    for group in ("located", "none", "relabel"):
        n = tally[(group, True)] + tally[(group, False)]
        if n:
            print(f"{group}: {tally[(group, True)] / n:.3f} of {n}")
    n = tally[("located", True)] + tally[("located", False)] + tally[("none", True)] + tally[("none", False)]
    print(f"all: {(tally[('located', True)] + tally[('none', True)]) / n:.3f} of {n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
