#!/usr/bin/env python3
"""Throughput and memory of the date stage alone (segmentation included, as the stage needs
sentences), on the reports of a JSONL file.

    python benchmarks/bench_time.py REPORTS.jsonl [--limit 1000] [--runs 5]

Prints articles/second for one process and for two processes (median of ``--runs`` runs,
reports loaded beforehand, stage built once per process) and the peak resident memory.
"""
from __future__ import annotations

import argparse
import json
import multiprocessing
import resource
import statistics
import sys
import time
from datetime import date

from vigil.extract.segment import SegmentStage
from vigil.extract.time import DateStage
from vigil.model import Doc, Report


def load(path: str, limit: int) -> list[Report]:
    out = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if len(out) >= limit:
                break
            if line.strip():
                row = json.loads(line)
                pub = row.get("published")
                out.append(Report(id=str(row.get("id") or len(out)), text=row.get("text") or "",
                                  published=date.fromisoformat(pub[:10]) if pub else None))
    return out


def run(reports: list[Report], segment: SegmentStage, dates: DateStage) -> int:
    n = 0
    for r in reports:
        n += len(dates(segment(Doc(r))).dates)
    return n


def _worker(args: tuple) -> float:
    reports, runs = args
    segment, dates = SegmentStage(), DateStage()
    run(reports[:50], segment, dates)  # warm up
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        run(reports, segment, dates)
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("path")
    ap.add_argument("--limit", type=int, default=1000)
    ap.add_argument("--runs", type=int, default=5)
    a = ap.parse_args(argv)
    reports = load(a.path, a.limit)
    chars = sum(len(r.text) for r in reports)
    t = time.perf_counter()
    DateStage()
    build = time.perf_counter() - t
    single = _worker((reports, a.runs))
    half = len(reports) // 2
    with multiprocessing.get_context("fork").Pool(2) as pool:
        wall = time.perf_counter()
        times = pool.map(_worker, [(reports[:half], a.runs), (reports[half:], a.runs)])
        total = time.perf_counter() - wall
    two = len(reports) / max(times)
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"reports={len(reports)} chars={chars} stage_build_s={build:.3f}")
    print(f"single_process_articles_per_s={len(reports) / single:.0f} (median of {a.runs} runs)")
    print(f"two_processes_articles_per_s={two:.0f} (each process its half; median per process; "
          f"pool wall incl. start-up {total:.1f}s)")
    print(f"peak_rss_mb={peak_kb / 1024:.1f} (parent process)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
