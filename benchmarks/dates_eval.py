#!/usr/bin/env python3
"""Run the date stage on JSONL reports and print or score what it finds.

    # every date mention, in the `vigil dates` line shape (score with score_dates.py)
    python benchmarks/dates_eval.py mentions REPORTS.jsonl > out.jsonl
    # event-date accuracy: gold events[0].date against event_date() on the first sentence
    # that mentions a shooting (a stand-in for the event stage's trigger)
    python benchmarks/dates_eval.py events REPORTS.jsonl [--errors N]
    # one line per line of a plain-text file: its event date, for eyeballing field reports
    python benchmarks/dates_eval.py lines FILE.txt --published 2019-04-15

Reports: {"id", "text", "published"?, "title"?}; gold for `events`: "events": [{"date"}].
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from datetime import date
from typing import Iterator, Optional

from vigil.extract.segment import SegmentStage
from vigil.extract.time import DateStage, event_date
from vigil.model import Doc, Report

TRIGGER = re.compile(r"\b(?:shoot\w*|shot|gunshots?|gunfire|gunman|killed|killing|wounded|wounding|"
                     r"injured|murder\w*|slain|homicide|fired)\b", re.I)


def read_reports(path: str) -> Iterator[tuple[Report, dict]]:
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            if not line.strip():
                continue
            row = json.loads(line)
            pub = row.get("published")
            yield Report(id=str(row.get("id") or n), text=row.get("text") or "", title=row.get("title"),
                         published=date.fromisoformat(pub[:10]) if pub else None), row


def process(stages, report: Report) -> Doc:
    doc = Doc(report)
    for stage in stages:
        doc = stage(doc)
    return doc


def mention_lines(stages, path: str) -> None:
    out = sys.stdout
    for report, _ in read_reports(path):
        for m in process(stages, report).dates:
            v = m.value
            out.write(json.dumps({"report_id": report.id, "start": m.start, "end": m.end, "text": m.text,
                                  "start_date": v.start, "end_date": v.end, "precision": v.precision},
                                 ensure_ascii=False) + "\n")


def trigger_span(doc: Doc) -> tuple[int, int]:
    for s in doc.sentences:
        m = TRIGGER.search(s.text)
        if m:
            return s.start + m.start(), s.start + m.end()
    return 0, 0


def score_events(stages, path: str, show: int) -> None:
    n = right = 0
    errors = []
    for report, row in read_reports(path):
        gold = (row.get("events") or [{}])[0].get("date")
        if not gold:
            continue
        doc = process(stages, report)
        s, e = trigger_span(doc)
        got = event_date(doc, s, e)
        n += 1
        right += got.start == gold
        if got.start != gold:
            errors.append((report, gold, got, s))
    print(f"event_date_accuracy={right / n if n else 0:.3f} right={right} n={n}")
    for report, gold, got, s in errors[:show]:
        print(f"--- {report.id} published={report.published} gold={gold} got={got.start} ({got.basis})")
        for m in process(stages, report).dates[:12]:
            print(f"    {m.start:5d} {m.text!r} -> {m.value.start} {dict(m.extra)}")
        print("    TRIGGER:", report.text[max(0, s - 80):s + 120].replace("\n", " | "))


def lines(stages, path: str, published: Optional[date]) -> None:
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line:
                continue
            doc = process(stages, Report(id="line", text=line, published=published))
            got = event_date(doc, 0, len(line))
            dates = ", ".join(f"{m.text!r}={m.value.start}" for m in doc.dates)
            print(f"{got.start or '-':>10} {got.precision or '-':5} {got.basis or '-':9} | {line[:90]}"
                  + (f"   [{dates}]" if dates else ""))


def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("mode", choices=["mentions", "events", "lines"])
    ap.add_argument("path")
    ap.add_argument("--errors", type=int, default=0, help="events: print this many errors")
    ap.add_argument("--published", help="lines: the anchor date, YYYY-MM-DD")
    a = ap.parse_args(argv)
    stages = [SegmentStage(), DateStage()]
    if a.mode == "mentions":
        mention_lines(stages, a.path)
    elif a.mode == "events":
        score_events(stages, a.path, a.errors)
    else:
        lines(stages, a.path, date.fromisoformat(a.published) if a.published else None)
    return 0


if __name__ == "__main__":
    sys.exit(main())
