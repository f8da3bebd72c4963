#!/usr/bin/env python3
"""Throughput and memory of the date stage alone (segmentation included, as the stage needs
sentences), on the reports of a JSONL file.

    python benchmarks/bench_time.py REPORTS.jsonl [--limit 1000] [--runs 5]

Prints articles/second for one process and for two processes (median of ``--runs`` runs,
reports loaded beforehand, stage built once per process), by wall clock and by the process's
own CPU time (the figure an idle core would give when other work shares the machine; the load
average is printed alongside), and the peak resident memory.
"""
from __future__ import annotations

import argparse
import json
import multiprocessing
import os
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


def _worker(args: tuple) -> tuple[float, float]:
    """Median wall and CPU seconds of ``runs`` passes over ``reports``."""
    reports, runs = args
    segment, dates = SegmentStage(), DateStage()
    run(reports[:50], segment, dates)  # warm up
    wall, cpu = [], []
    for _ in range(runs):
        t, c = time.perf_counter(), time.process_time()
        run(reports, segment, dates)
        wall.append(time.perf_counter() - t)
        cpu.append(time.process_time() - c)
    return statistics.median(wall), statistics.median(cpu)


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
        halves = pool.map(_worker, [(reports[:half], a.runs), (reports[half:], a.runs)])
    n = len(reports)
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"reports={n} chars={chars} stage_build_s={build:.3f} loadavg={os.getloadavg()[0]:.2f}")
    print(f"single_process_articles_per_s wall={n / single[0]:.0f} cpu={n / single[1]:.0f} "
          f"(median of {a.runs} runs)")
    print(f"two_processes_articles_per_s wall={n / max(h[0] for h in halves):.0f} "
          f"cpu={n / max(h[1] for h in halves):.0f} (each process half the reports)")
    print(f"peak_rss_mb={peak_kb / 1024:.1f} (parent process, reports loaded)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
