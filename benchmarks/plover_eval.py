#!/usr/bin/env python3
"""Event detection and type against PLOVER's coded example sentences.

    python benchmarks/plover_eval.py ../shared/data/plover/PLOVER_GSR_CAMEO.txt [--errors]

The Open Event Data Alliance's gold-standard records (the CAMEO manual's example sentences, each
coded with one PLOVER event: PROTEST, ASSAULT, FIGHT, COERCE, AGREE, DEMAND, THREATEN, ...) are
run one sentence a report through the full pipeline; each event Vigil gives is mapped onto PLOVER
with the same table the exports use (``data/mappings/plover.toml``). Printed per gold event:

- ``found``: sentences where Vigil gives an event that has happened (status not ``planned``);
- ``same``: ... whose PLOVER event equals the gold one (a strike, riot or protest is PROTEST;
  an arrest COERCE; an attack ASSAULT or FIGHT, told apart by the subtype);
- ``planned``: sentences where Vigil gives only planned events ("threatened to hold a general
  strike" is a THREATEN in PLOVER, a planned strike in Vigil).

Vigil covers protest, strike, riot, repression, arrest and attack; diplomacy (AGREE, CONSULT,
DEMAND, REJECT, SANCTION, ...) is outside it, so ``found`` on those rows counts false alarms.
PLOVER codes COERCE for bans, curfews, censorship and demolitions that Vigil does not look for.
"""
from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict

from vigil.export.mappings import plover_of
from vigil.model import Report
from vigil.pipeline import Pipeline

IN_SCOPE = ("PROTEST", "ASSAULT", "FIGHT", "COERCE")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("path", help="PLOVER_GSR_CAMEO.txt (a JSON array)")
    ap.add_argument("--errors", action="store_true", help="list the in-scope sentences missed and the false alarms")
    args = ap.parse_args()
    with open(args.path, encoding="utf-8") as fh:
        records = [r for r in json.load(fh) if r.get("text") and r.get("event") != "DOCUMENT"]
    pipeline = Pipeline.from_settings()
    tally: dict[str, Counter] = defaultdict(Counter)
    errors = []
    for rec in records:
        gold = rec["event"]
        doc = pipeline.process(Report(id=rec["id"], text=rec["text"]))
        happened = [ev for ev in doc.events if ev.status != "planned"]
        got = sorted({plover_of(ev)[0] for ev in happened} - {"", None})
        t = tally[gold]
        t["n"] += 1
        t["found"] += bool(happened)
        t["same"] += gold in got
        t["planned"] += bool(doc.events) and not happened
        if (gold in IN_SCOPE) != bool(happened) or (gold in IN_SCOPE and gold not in got):
            errors.append((gold, rec.get("mode"), got, rec["text"]))
    _print(tally)
    if args.errors:
        for gold, mode, got, text in errors:
            print(f"  {gold}/{mode} -> {got or '-'}: {text[:150]}")


def _print(tally: dict[str, Counter]) -> None:
    rows = sorted(tally.items(), key=lambda kv: (kv[0] not in IN_SCOPE, -kv[1]["n"]))
    print(f"{'gold event':12s} {'n':>4s} {'found':>6s} {'same':>6s} {'planned':>8s}")
    for gold, t in rows:
        print(f"{gold:12s} {t['n']:4d} {t['found']:6d} {t['same']:6d} {t['planned']:8d}")
    inside = [t for g, t in tally.items() if g in IN_SCOPE]
    outside = [t for g, t in tally.items() if g not in IN_SCOPE]
    n_in, n_out = sum(t["n"] for t in inside), sum(t["n"] for t in outside)
    print(f"in scope ({'/'.join(IN_SCOPE)}): {n_in} sentences, event found {sum(t['found'] for t in inside) / n_in:.3f}, "
          f"same PLOVER event {sum(t['same'] for t in inside) / n_in:.3f}")
    print(f"out of scope: {n_out} sentences, false alarms {sum(t['found'] for t in outside) / n_out:.3f}")


if __name__ == "__main__":
    main()
