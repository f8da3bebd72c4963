#!/usr/bin/env python3
"""Throughput of the places stage (SegmentStage + PlaceStage), gazetteer load time, peak memory.

    python benchmarks/bench_places.py REPORTS.jsonl [--limit 1000] [--runs 5] [--warm 1000]

The first ``--limit`` reports are measured. Figures:

- ``cold``: a fresh PlaceStage (its per-process memo of names empty) on the measured reports;
- ``steady``: a PlaceStage that has first seen ``--warm`` *other* reports of the same file (the
  state of a long-running pipeline: common names are remembered, these texts are not; each run
  takes a newly warmed stage, so no run sees the measured texts twice);
- articles/s (wall clock, median of ``--runs``) in one process and in two forked processes,
  and CPU milliseconds per article (``time.process_time``, min of the runs: the figure least
  disturbed by other jobs on the machine), for the places stage alone and with segmentation;
- gazetteer load time from a warm cache, index size, peak RSS (getrusage).
"""
from __future__ import annotations

import argparse
import gc
import json
import multiprocessing
import os
import resource
import statistics
import sys
import time
from pathlib import Path

from vigil.extract.places import PlaceStage
from vigil.extract.segment import SegmentStage
from vigil.geo.gazetteer import Gazetteer, inputs_digest
from vigil.model import Doc, Report
from vigil.settings import Settings


def read_reports(path: str, limit: int) -> list[Report]:
    out = []
    with open(path, encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if len(out) >= limit:
                break
            if line.strip():
                d = json.loads(line)
                out.append(Report(id=str(d.get("id", i)), text=d.get("text") or ""))
    return out


def run(stages, reports: list[Report]) -> int:
    n = 0
    for r in reports:
        doc = Doc(r)
        for st in stages:
            doc = st(doc)
        n += len(doc.places)
    return n


def timed(stages, reports: list[Report]) -> tuple[float, float]:
    """(articles per wall second, CPU ms per article)."""
    w, c = time.perf_counter(), time.process_time()
    run(stages, reports)
    return len(reports) / (time.perf_counter() - w), 1000 * (time.process_time() - c) / len(reports)


def places_only_cpu(stage: PlaceStage, reports: list[Report]) -> float:
    """CPU ms per article of PlaceStage alone (segmentation done beforehand)."""
    seg = SegmentStage()
    docs = [seg(Doc(r)) for r in reports]
    c = time.process_time()
    for d in docs:
        stage(d)
    return 1000 * (time.process_time() - c) / len(docs)


def warmed(gaz: Gazetteer, warm: list[Report]) -> PlaceStage:
    stage = PlaceStage(gaz)
    run([SegmentStage(), stage], warm)
    return stage


_FORKED: dict = {}


def _init(stages, reports) -> None:
    _FORKED["stages"], _FORKED["reports"] = stages, reports  # inherited by fork, not pickled


def _worker(part: slice) -> int:
    return run(_FORKED["stages"], _FORKED["reports"][part])


def two_processes(stages, reports: list[Report]) -> float:
    """Two forked workers, each given half the reports (the gazetteer is shared copy-on-write)."""
    half = len(reports) // 2
    ctx = multiprocessing.get_context("fork")
    gc.freeze()  # keep the shared gazetteer out of the collector: fewer copy-on-write pages
    with ctx.Pool(2, initializer=_init, initargs=(stages, reports)) as pool:
        pool.map(_worker, [slice(0, 1), slice(1, 2)])  # warm up both workers
        t = time.perf_counter()
        pool.map(_worker, [slice(0, half), slice(half, None)])
        return len(reports) / (time.perf_counter() - t)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("reports")
    ap.add_argument("--limit", type=int, default=1000)
    ap.add_argument("--warm", type=int, default=1000, help="other reports seen first for the steady figures")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--cache-dir", default=Settings().cache_dir)
    a = ap.parse_args()
    Gazetteer.load(a.cache_dir)  # make sure the cache exists
    t = time.perf_counter()
    gaz = Gazetteer.load(a.cache_dir)
    load_s = time.perf_counter() - t
    index = Path(a.cache_dir) / f"gazetteer-{inputs_digest()}.marshal"
    everything = read_reports(a.reports, a.limit + a.warm)
    reports, warm = everything[:a.limit], everything[a.limit:]
    chars = sum(len(r.text) for r in reports)
    cold_rate, cold_cpu = timed([SegmentStage(), PlaceStage(gaz)], reports)
    cold_places = places_only_cpu(PlaceStage(gaz), reports)
    steady, steady_places = [], []
    for _ in range(a.runs):  # each run: a stage that has seen the other reports, never these
        stage = warmed(gaz, warm)
        steady.append(timed([SegmentStage(), stage], reports))
        steady_places.append(places_only_cpu(warmed(gaz, warm), reports))
    stages = [SegmentStage(), warmed(gaz, warm)]
    places = run(stages, reports)
    double = [two_processes(stages, reports) for _ in range(a.runs)]
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"reports={len(reports)} warm_reports={len(warm)} avg_chars={chars / max(1, len(reports)):.0f} "
          f"places={places}")
    print(f"gazetteer_load_s={load_s:.3f} index_mb={index.stat().st_size / 1e6:.1f} entries={len(gaz)}")
    print(f"cold: articles_per_s_1proc={cold_rate:.0f} cpu_ms_per_article={cold_cpu:.2f} "
          f"places_only_cpu_ms={cold_places:.2f}")
    print(f"steady: articles_per_s_1proc={statistics.median(r for r, _ in steady):.0f} "
          f"articles_per_s_2proc={statistics.median(double):.0f} "
          f"cpu_ms_per_article={min(c for _, c in steady):.2f} places_only_cpu_ms={min(steady_places):.2f}")
    print(f"peak_rss_mb={rss:.0f} peak_rss_child_mb={child:.0f} cpus={os.cpu_count()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
