"""How linking scales: synthetic events from many reports, clustered and merged.

    python benchmarks/bench_link.py [--sizes 10000 30000 100000] [--dup 3] [--runs 3]

The generator makes incidents (type, city, day, toll) spread over a year and a set of cities,
then writes each incident up as 1..dup reports whose events differ the way real reports do
(an off-by-one day, a missing toll, a suburb instead of the city, other wording). Prints, per
size, the median time of ``link_events`` over the runs, peak memory, and the B-cubed F1 of the
clusters against the generated incidents, so the growth from 10k to 100k can be read off.
"""
from __future__ import annotations

import argparse
import random
import resource
import statistics
import sys
import time
from collections import defaultdict

from vigil.link import link_events
from vigil.model import Actor, Claim, Event, EventDate, Evidence, Place, content_id
from vigil.settings import Settings

TYPES = ("attack", "protest", "strike", "arrest", "repression")
WORDS = "gunman opened fire crowd gathered outside police station workers marched downtown".split()


def cities(n: int, rng: random.Random) -> list[Place]:
    return [Place(name=f"City{i}", city=f"City{i}", admin1=f"State{i % 40}", country="US" if i % 3 else "IR",
                  lat=rng.uniform(-50, 60), lon=rng.uniform(-120, 120), geonames_id=100000 + i, precision="city")
            for i in range(n)]


def incident_events(k: int, rng: random.Random, places: list[Place], dup: int) -> list[tuple[Event, int]]:
    etype, place = rng.choice(TYPES), rng.choice(places)
    day = 1 + rng.randrange(365)
    toll = rng.randrange(1, 6)
    words = " ".join(rng.sample(WORDS, 5)) + f" case{k}"
    out = []
    for r in range(rng.randint(1, dup)):
        rid = f"r{k}-{r}"
        d = day + (1 if rng.random() < 0.15 else 0)
        text = f"{words} in {place.city} report {r}"
        counts = (("fatalities", (Claim(toll, toll, str(toll), None, rid),)),) if rng.random() < 0.8 else ()
        ev = Event(event_id=content_id([rid, k], prefix="ev-"), report_ids=(rid,), type=etype, subtype=None,
                   status="occurred", date=EventDate(_iso(d), None, "day", "text"), place=place,
                   actors=(Actor("people", "participant"),), counts=counts,
                   evidence=(Evidence(rid, 0, len(text), text, "trigger:x"),), confidence=0.8)
        out.append((ev, k))
    return out


def _iso(day: int) -> str:
    from datetime import date, timedelta
    return (date(2019, 1, 1) + timedelta(days=day)).isoformat()


def generate(n_events: int, dup: int, seed: int = 7) -> tuple[list[Event], dict[str, int]]:
    rng = random.Random(seed)
    places = cities(max(50, n_events // 200), rng)
    events, incident = [], {}
    k = 0
    while len(events) < n_events:
        for ev, inc in incident_events(k, rng, places, dup):
            events.append(ev)
            incident[ev.report_ids[0]] = inc
        k += 1
    return events[:n_events], incident


def bcubed(merged: list[Event], incident: dict[str, int]) -> float:
    members = defaultdict(set)
    for rid, inc in incident.items():
        members[inc].add(rid)
    linked = defaultdict(set)
    for ev in merged:
        for r in ev.report_ids:
            linked[r].update(ev.report_ids)
    p = r = 0.0
    for rid, inc in incident.items():
        pred, gold = linked.get(rid) or {rid}, members[inc]
        both = len(pred & gold)
        p += both / len(pred)
        r += both / len(gold)
    p, r = p / len(incident), r / len(incident)
    return 2 * p * r / (p + r)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="*", default=[10_000, 30_000, 100_000])
    ap.add_argument("--dup", type=int, default=3, help="most reports per incident")
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    print(f"{'events':>8} {'median s':>9} {'min..max s':>14} {'merged':>8} {'B-cubed F1':>10} {'peak MB':>8}")
    for n in args.sizes:
        events, incident = generate(n, args.dup)
        times, merged = [], []
        for _ in range(args.runs):
            t = time.perf_counter()
            merged = link_events(events, Settings())
            times.append(time.perf_counter() - t)
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"{n:8d} {statistics.median(times):9.2f} {min(times):6.2f}..{max(times):<6.2f} {len(merged):8d} "
              f"{bcubed(merged, incident):10.3f} {peak:8.0f}")
        sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
