#!/usr/bin/env python3
"""How often the ACLED export's sub-event type agrees with CASE 2021's fine-grained class.

    vigil extract ../shared/data/events/case2021_task2_dev.jsonl --format jsonl > case.jsonl
    python benchmarks/acled_subtypes_eval.py ../shared/data/events/case2021_task2_dev.jsonl case.jsonl

CASE 2021 task 2 labels each snippet with one of ACLED's sub-event types (``label``:
ARMED_CLASH, AIR_STRIKE, GRENADE, PEACE_PROTEST, ...). For the snippets whose class is one
Vigil covers (attacks, protests, riots, repression, arrests), the ACLED row that holds the first
event Vigil gives (the export folds the events of one demonstration into one row, see
``vigil.export.acled``) is compared with that class.
Measurement only: the lexicons are not tuned on this data (ACLED's terms forbid it).
"""
from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict

from vigil.export.acled import acled_rows
from vigil.model import event_from_json

# CASE 2021 class -> ACLED sub_event_type (ACLED codebook names)
SUB_EVENT = {
    "ARMED_CLASH": "Armed clash", "AIR_STRIKE": "Air/drone strike", "ART_MISS_ATTACK": "Shelling/artillery/missile attack",
    "REM_EXPLOS": "Remote explosive/landmine/IED", "GRENADE": "Grenade", "SUIC_BOMB": "Suicide bomb",
    "CHEM_WEAP": "Chemical weapon", "ATTACK": "Attack", "SEX_VIOL": "Sexual violence",
    "ABDUCT_DISSAP": "Abduction/forced disappearance", "PEACE_PROTEST": "Peaceful protest",
    "PROTEST_WITH_INTER": "Protest with intervention", "VIOL_DEMONSTR": "Violent demonstration",
    "MOB_VIOL": "Mob violence", "FORCE_AGAINST_PROTEST": "Excessive force against protesters", "ARREST": "Arrests",
}


def first_sub_events(pred_path: str) -> dict[str, str]:
    """The ACLED sub-event type of the row holding each report's first event, rows as
    `vigil export --format acled` makes them (one per demonstration)."""
    by_report: dict[str, list] = defaultdict(list)
    with open(pred_path, encoding="utf-8") as fh:
        for line in fh:
            ev = event_from_json(json.loads(line))
            by_report[ev.report_ids[0]].append(ev)
    out: dict[str, str] = {}
    for rid, events in by_report.items():
        first = events[0].event_id
        ordered = sorted(events, key=lambda ev: ev.date.start or "")
        out[rid] = next(r["sub_event_type"] for r in acled_rows(ordered) if first in r["vigil_event_ids"].split("; "))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold", help="case2021_task2_dev.jsonl")
    ap.add_argument("pred", help="vigil extract output (JSONL) for the same file")
    args = ap.parse_args()
    got = first_sub_events(args.pred)
    right, total = Counter(), Counter()
    confusion: dict[str, Counter] = defaultdict(Counter)
    with open(args.gold, encoding="utf-8") as fh:
        for line in fh:
            g = json.loads(line)
            want = SUB_EVENT.get(g.get("label"))
            if want is None:
                continue
            total[want] += 1
            have = got.get(g["id"], "(no event)")
            right[want] += have == want
            confusion[want][have] += 1
    n = sum(total.values())
    print(f"snippets {n}  sub_event_type agrees {sum(right.values())} ({sum(right.values()) / n:.3f})")
    for want in sorted(total, key=lambda w: -total[w]):
        others = ", ".join(f"{k} {v}" for k, v in confusion[want].most_common(3) if k != want)
        print(f"  {want:38s} {right[want]:3d}/{total[want]:<3d} {others}")


if __name__ == "__main__":
    main()
