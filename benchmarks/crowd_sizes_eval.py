#!/usr/bin/env python3
"""Score crowd-size phrases against the Crowd Counting Consortium's readings of them.

    python benchmarks/crowd_sizes_eval.py ../shared/data/numbers/ccc [--errors 30]

The CCC sheets give, for each protest, the size phrase its sources used (``EstimateText``:
"dozens", "about 150", "more than 200", "200 to 300") and the numbers the coders read from it
(``EstimateLow``/``EstimateHigh``; "dozens" -> 24, "hundreds" -> 200, the same conventions as
the events contract). The sheets carry no article text, so each phrase is put in a plain
sentence ("Several hundred people rallied outside city hall on Saturday.") and run through the
full pipeline; the participants claim of the event it gives is compared with the coders'
numbers. A claim's value is its low bound, or its high bound when it has only that ("nearly
200": high 200). "exact" means the value equals the coders' low figure; "in range" that it lies
within their low..high.

Rows whose text is a coder's note rather than a phrase a report would use ("FB: 18", "na",
"pic count"), or several phrases at once ("hundreds; about 2,000"), are counted apart: the
``phrases`` line scores only single phrases (no ``;:()/``, at most six words, a number or a
size word in them).
"""
from __future__ import annotations

import argparse
import csv
import glob
import os
import re
from collections import Counter
from datetime import date
from typing import Iterator, NamedTuple, Optional

from vigil.model import Report
from vigil.pipeline import Pipeline

SIZE_WORD = re.compile(r"\d|\b(?:dozens?|hundreds?|thousands?|millions?|scores?|one|two|three|four|five|six|seven|"
                       r"eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|"
                       r"ninety)\b", re.I)
NOUN_AFTER = re.compile(r"(?:\d|dozens?|hundreds?|thousands?|millions?|scores?|few|several|"
                        r"one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|fifty)$", re.I)
PUBLISHED = date(2018, 3, 20)


class Row(NamedTuple):
    text: str
    low: int
    high: int


def read_rows(paths: list[str]) -> Iterator[Row]:
    files = [f for p in paths for f in (sorted(glob.glob(os.path.join(p, "*.csv"))) if os.path.isdir(p) else [p])]
    for path in files:
        with open(path, encoding="utf-8", errors="replace", newline="") as fh:
            for rec in csv.DictReader(fh):
                text = (rec.get("EstimateText") or "").strip()
                low, high = _int(rec.get("EstimateLow")), _int(rec.get("EstimateHigh"))
                if text and low is not None:
                    yield Row(text, low, high if high is not None else low)


def _int(s: Optional[str]) -> Optional[int]:
    s = (s or "").replace(",", "").strip()
    return int(float(s)) if re.fullmatch(r"\d+(?:\.\d+)?", s) else None


def is_phrase(text: str) -> bool:
    """One size phrase as a report would write it (not a coder's note or a list of them)."""
    return not re.search(r"[;:()/\[\]]", text) and len(text.split()) <= 6 and bool(SIZE_WORD.search(text))


def sentence(phrase: str) -> str:
    """The phrase as the subject of a plain protest sentence ("people" added after a bare number)."""
    subject = phrase[0].upper() + phrase[1:]
    if NOUN_AFTER.search(subject.rstrip()):
        subject += " people"
    return f"{subject} rallied outside city hall on Saturday."


def claimed_value(pipeline: Pipeline, phrase: str) -> tuple[Optional[int], str]:
    doc = pipeline.process(Report(id="ccc", text=sentence(phrase), published=PUBLISHED))
    claims = [c for ev in doc.events for c in ev.claims("participants")]
    if not claims:
        return None, ""
    c = claims[0]
    return (c.low if c.low is not None else c.high), c.text


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("paths", nargs="+", help="CCC sheet CSVs or a folder of them")
    ap.add_argument("--errors", type=int, default=0, help="list the N commonest misses among the phrases")
    args = ap.parse_args()
    pipeline = Pipeline.from_settings()
    tallies = {"all rows": Counter(), "phrases": Counter()}
    misses: Counter = Counter()
    for row in read_rows(args.paths):
        value, said = claimed_value(pipeline, row.text)
        groups = ("all rows", "phrases") if is_phrase(row.text) else ("all rows",)
        for g in groups:
            t = tallies[g]
            t["n"] += 1
            t["found"] += value is not None
            t["exact"] += value == row.low
            t["in range"] += value is not None and row.low <= value <= row.high
        if len(groups) == 2 and value != row.low:
            misses[(row.text.lower(), row.low, row.high, value, said)] += 1
    for g, t in tallies.items():
        n = t["n"] or 1
        print(f"{g:9s} n={t['n']} found={t['found'] / n:.3f} exact={t['exact'] / n:.3f} in_range={t['in range'] / n:.3f}")
    for (text, low, high, value, said), k in misses.most_common(args.errors):
        print(f"  {k:3d}  {text!r}: coders {low}..{high}, Vigil {value} ({said!r})")


if __name__ == "__main__":
    main()
