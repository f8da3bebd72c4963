#!/usr/bin/env python3
"""Events against the project's own labelled probe reports.

    python benchmarks/probe_eval.py benchmarks/probes/set6.jsonl [--errors]

``benchmarks/probes/`` holds short reports written in our own words, each labelled by hand with
the events it tells (type, status, city, country, nationwide, start date, figures): set 1 and
set 2 were written to find what Vigil got wrong and were then used to fix it; sets 3 to 10 were
each written afterwards by a writer who did not read the code, and measured before any rule was
written from them (``README.md`` quotes both runs of each); set 8 holds long wire articles
(headline, dateline, quotes, a paragraph of background).
The labels are one writer's reading; a handful are arguable (a funeral crowd as a protest, an
internet shutdown as ``other``). Matching, per report: each labelled event is paired with an
unpaired predicted event of the same type, preferring one in the same city (the first four
letters, so that Lomé = Lome) and with the same nationwide flag. Printed: precision, recall and F1
of the pairs, and over the pairs the share with the right city, start date and status.
"""
from __future__ import annotations

import argparse
import json
import unicodedata
from datetime import date

from vigil.model import Report
from vigil.pipeline import Pipeline
from vigil.settings import Settings


def _fold(name: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch)).lower()


def _same_city(a, b) -> bool:
    return bool(a) and bool(b) and _fold(a)[:4] == _fold(b)[:4]


def score(gold: list[dict], predicted: dict[str, list[dict]], errors: bool = False) -> dict:
    tp = fp = fn = city = day = status = 0
    for g in gold:
        preds, used, lines = predicted.get(g["id"], []), set(), []
        for want in g["expected"]:
            cands = [(2 * _same_city(p["place"].get("city"), want.get("city"))
                      + (bool(p["place"].get("nationwide")) == bool(want.get("nationwide"))), -i, i)
                     for i, p in enumerate(preds) if i not in used and p["type"] == want["type"]]
            if not cands:
                fn += 1
                lines.append(f"  missed {want['type']} {want.get('city')} {want.get('date_start')}")
                continue
            i = max(cands)[2]
            used.add(i)
            tp += 1
            p = preds[i]
            got_city, want_city = p["place"].get("city"), want.get("city")
            ok_city = _same_city(got_city, want_city) or not got_city and not want_city
            ok_day = (p["date"].get("start") or None) == (want.get("date_start") or None)
            ok_status = p["status"] == want.get("status")
            city, day, status = city + ok_city, day + ok_day, status + ok_status
            if not (ok_city and ok_day and ok_status):
                lines.append(f"  {want['type']}: city {got_city} / {want_city}, date {p['date'].get('start')} / "
                             f"{want.get('date_start')}, status {p['status']} / {want.get('status')}")
        for i, p in enumerate(preds):
            if i not in used:
                fp += 1
                lines.append(f"  extra {p['type']} {p['place'].get('city') or p['place'].get('name')} {p['date'].get('start')}")
        if errors and lines:
            print(g["id"], g["text"][:110].replace("\n", " "))
            print("\n".join(lines))
    return {"reports": len(gold), "labelled": tp + fn, "tp": tp, "fp": fp, "fn": fn,
            "precision": tp / (tp + fp) if tp + fp else 0.0, "recall": tp / (tp + fn) if tp + fn else 0.0,
            "f1": 2 * tp / (2 * tp + fp + fn) if tp else 0.0,
            "city": city / tp if tp else 0.0, "date": day / tp if tp else 0.0, "status": status / tp if tp else 0.0}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("probes", help="a JSONL file of labelled probe reports")
    ap.add_argument("--errors", action="store_true", help="print each report's misses, extras and wrong fields")
    args = ap.parse_args()
    gold = [json.loads(line) for line in open(args.probes, encoding="utf-8") if line.strip()]
    pipeline = Pipeline.from_settings(Settings(workers=1))
    predicted: dict[str, list[dict]] = {}
    for g in gold:
        doc = pipeline.process(Report(id=g["id"], text=g["text"], published=date.fromisoformat(g["published"][:10])))
        predicted[g["id"]] = [e.to_json() for e in doc.events]
    s = score(gold, predicted, args.errors)
    print(f"{s['reports']} reports, {s['labelled']} labelled events: precision {s['precision']:.3f}, recall "
          f"{s['recall']:.3f}, F1 {s['f1']:.3f}; over the {s['tp']} paired: city {s['city']:.3f}, date {s['date']:.3f}, "
          f"status {s['status']:.3f}")


if __name__ == "__main__":
    main()
