#!/usr/bin/env python3
"""Run SegmentStage + PlaceStage over a JSONL of reports; write one contract-shaped line per place.

    python benchmarks/places_eval.py INPUT.jsonl > places.jsonl
    python3 ../shared/eval/score_places.py --gold INPUT.jsonl --pred places.jsonl
"""
from __future__ import annotations

import argparse
import json
import sys

from vigil.extract.places import PlaceStage
from vigil.extract.segment import SegmentStage
from vigil.geo.gazetteer import Gazetteer
from vigil.model import Doc, Report
from vigil.settings import Settings


def rows(path: str):
    with open(path, encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if line.strip():
                d = json.loads(line)
                yield Report(id=str(d.get("id", i)), text=d.get("text") or "")


def mention_json(report_id: str, m) -> dict:
    p = m.value
    return {"report_id": report_id, "start": m.start, "end": m.end, "text": m.text, "name": p.name,
            "geonames_id": p.geonames_id, "lat": p.lat, "lon": p.lon, "country": p.country,
            "admin1": p.admin1, "feature": m.get("feature"), "confidence": m.confidence}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("input")
    ap.add_argument("--cache-dir", default=Settings().cache_dir)
    a = ap.parse_args()
    seg, places = SegmentStage(), PlaceStage(Gazetteer.load(a.cache_dir))
    out = sys.stdout
    for r in rows(a.input):
        doc = places(seg(Doc(r)))
        for m in doc.places:
            out.write(json.dumps(mention_json(r.id, m), ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
