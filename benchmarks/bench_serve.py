"""Load benchmark for `vigil serve`: 100,000 synthetic events, GET /api/events (with filters) and
GET /api/stats driven from a separate load process, bounded in time; prints requests/second and
p50/p95 latency per endpoint.

    python benchmarks/bench_serve.py                 # 100k events, 10 s per endpoint, wrk if present
    python benchmarks/bench_serve.py --events 20000 --duration 5 --tool python
    python benchmarks/bench_serve.py --mode per-request   # compare store strategies (see --help)

The store is filled directly with ``store.add`` (no extraction) from generated events: eight
types, dates over 2023, six countries with three to four provinces each. Traffic only goes to
127.0.0.1, and every run stops by itself.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from datetime import date, timedelta
from pathlib import Path

PLACES = {  # country: {admin1: [(city, lat, lon), ...]}
    "IR": {"Tehran": [("Tehran", 35.69, 51.42)], "Fars": [("Shiraz", 29.61, 52.54)],
           "Isfahan": [("Isfahan", 32.65, 51.67), ("Kashan", 33.98, 51.43)], "Khuzestan": [("Ahvaz", 31.32, 48.67)]},
    "FR": {"Ile-de-France": [("Paris", 48.85, 2.35)], "Provence-Alpes-Cote d'Azur": [("Marseille", 43.30, 5.37)],
           "Auvergne-Rhone-Alpes": [("Lyon", 45.76, 4.84)]},
    "NG": {"Lagos": [("Lagos", 6.45, 3.39)], "Kano": [("Kano", 12.00, 8.52)], "FCT": [("Abuja", 9.06, 7.50)]},
    "BR": {"Sao Paulo": [("Sao Paulo", -23.55, -46.63)], "Rio de Janeiro": [("Rio de Janeiro", -22.91, -43.17)],
           "Bahia": [("Salvador", -12.97, -38.50)]},
    "IN": {"Maharashtra": [("Mumbai", 19.08, 72.88)], "Delhi": [("New Delhi", 28.61, 77.21)],
           "Tamil Nadu": [("Chennai", 13.08, 80.27)], "West Bengal": [("Kolkata", 22.57, 88.36)]},
    "KE": {"Nairobi": [("Nairobi", -1.29, 36.82)], "Mombasa": [("Mombasa", -4.04, 39.67)],
           "Kisumu": [("Kisumu", -0.09, 34.77)]},
}
TYPES = [("protest", 40), ("strike", 20), ("riot", 8), ("repression", 10), ("arrest", 12), ("attack", 4),
         ("disaster", 2), ("other", 4)]
ACTORS = ["teachers", "nurses", "truck drivers", "students", "farmers", "dock workers", "pensioners", "miners"]
WORDS = {"protest": "rallied", "strike": "went on strike", "riot": "rioted", "repression": "were dispersed with tear gas",
         "arrest": "were detained", "attack": "were attacked", "disaster": "were hit by floods", "other": "gathered"}


def synthetic(n: int, seed: int = 7):
    """``n`` (Report, [Event]) pairs whose evidence spans cite their report's words."""
    from vigil.model import Actor, Claim, Event, EventDate, Evidence, Place, Report

    rng = random.Random(seed)
    types = [t for t, w in TYPES for _ in range(w)]
    spots = [(c, a, city, lat, lon) for c, provinces in PLACES.items() for a, cities in provinces.items()
             for city, lat, lon in cities]
    for i in range(n):
        type_, actor = rng.choice(types), rng.choice(ACTORS)
        country, admin1, city, lat, lon = rng.choice(spots)
        day = (date(2023, 1, 1) + timedelta(days=rng.randrange(365))).isoformat()
        count = rng.choice([None, 12, 40, 300, 2000])
        text = f"On {day}, {actor} in {city} {WORDS[type_]}"
        text += f"; at least {count} took part, organisers said." if count else "."
        rid = f"syn-{i:06d}"
        t0 = text.index(WORDS[type_])
        evidence = (Evidence(rid, t0, t0 + len(WORDS[type_]), WORDS[type_], f"trigger:{type_}"),
                    Evidence(rid, text.index(city), text.index(city) + len(city), city, "place:gazetteer"))
        counts = ()
        if count:
            words = f"at least {count}"
            c0 = text.index(words)
            counts = (("participants", (Claim(count, None, words, "organisers", rid, c0, c0 + len(words)),)),)
        place = Place(city, city, admin1, country, lat + rng.uniform(-.05, .05), lon + rng.uniform(-.05, .05), None, "city")
        event = Event(f"ev-syn-{i:06d}", (rid,), type_, None, rng.choice(["occurred"] * 8 + ["ongoing", "planned"]),
                      EventDate(day, None, "day", "text"), place, (Actor(actor, "participant"),), counts=counts,
                      evidence=evidence, confidence=round(rng.uniform(.4, .95), 2))
        yield Report(rid, text, published=date.fromisoformat(day), source="synthetic"), [event]


def fill(path: str, n: int) -> float:
    from vigil.store.base import open_store

    from vigil.settings import Settings

    t0 = time.perf_counter()
    # the synthetic events repeat places and days: keep them apart (a load test wants 100k rows)
    with open_store(path, Settings(link_threshold=10.0)) as store:
        store.add(synthetic(n), batch_size=2000)
    return time.perf_counter() - t0


EVENTS_URLS = [
    "/api/events?limit=50", "/api/events?type=protest&limit=50", "/api/events?country=IR&limit=50",
    "/api/events?country=NG&admin1=lagos&limit=50", "/api/events?from=2023-03-01&to=2023-03-31&limit=50",
    "/api/events?type=strike&country=FR&from=2023-06&limit=50", "/api/events?status=planned&limit=50&offset=200",
    "/api/events?text=nurses&country=KE&limit=50", "/api/events?type=arrest&to=2023-02-15&limit=50",
]
STATS_URLS = ["/api/stats", "/api/stats?country=IR", "/api/stats?type=strike", "/api/stats?country=BR&from=2023-07",
              "/api/stats?admin1=Lagos&type=protest"]

WRK_SCRIPT = """
local paths = {%s}
local unique = %s
local i = 0
request = function()
  i = i + 1
  local path = paths[(i %% #paths) + 1]
  if unique then  -- a random start date: (almost) every request is a new query, never cached
    local sep = string.find(path, "?", 1, true) and "&" or "?"
    path = path .. sep .. string.format("from=2023-%%02d-%%02d", math.random(1, 12), math.random(1, 28))
  end
  return wrk.format("GET", path)
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT %%d %%d %%.3f %%.3f %%d\\n", summary.requests, summary.duration,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, e.status + e.connect + e.read + e.write + e.timeout))
end
"""


SERVER_RUNNER = """
import sys, uvicorn
from contextlib import contextmanager
from vigil.serve import create_app
from vigil.settings import Settings
from vigil.store.base import open_store
db, port, mode = sys.argv[1], int(sys.argv[2]), sys.argv[3]
app = create_app(Settings(db=db), pool_size=1 if mode == "pool1" else 4)
if mode == "per-request":
    class PerRequest:
        write_lock = app.state.vigil.pool.write_lock
        @contextmanager
        def borrow(self):
            store = open_store(db)
            try:
                yield store
            finally:
                store.close()
        def close(self):
            pass
    app.state.vigil.pool = PerRequest()
uvicorn.run(app, host="127.0.0.1", port=port, log_level="warning", access_log=False)
"""


def start_server(db: str, mode: str) -> tuple[subprocess.Popen, str]:
    from vigil.serve import launch

    port = launch.free_port()
    cmd = launch.serve_command(db, port) if mode == "vigil" else [sys.executable, "-c", SERVER_RUNNER, db, str(port), mode]
    env = {k: v for k, v in os.environ.items() if k != "VIGIL_TOKEN"}
    try:
        return launch.start(cmd, port, env=env, timeout=60)
    except RuntimeError as exc:
        raise SystemExit(str(exc))


def cold(url: str, paths: list[str]) -> list[float]:
    """Latency (ms) of the first request to each path: nothing cached yet."""
    out = []
    for p in paths:
        t0 = time.perf_counter()
        with urllib.request.urlopen(url + p, timeout=60) as r:
            r.read()
        out.append((time.perf_counter() - t0) * 1000)
    return out


def run_wrk(url: str, paths: list[str], duration: int, connections: int, unique: bool = False) -> dict:
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as fh:
        fh.write(WRK_SCRIPT % (", ".join(json.dumps(p) for p in paths), "true" if unique else "false"))
    try:
        out = subprocess.run(["wrk", "-t2", f"-c{connections}", f"-d{duration}s", "--timeout", "10s", "-s", fh.name, url],
                             capture_output=True, text=True, timeout=duration + 60).stdout
    finally:
        os.unlink(fh.name)
    line = next(x for x in out.splitlines() if x.startswith("RESULT"))
    n, micros, p50, p95, errors = line.split()[1:]
    return {"requests": int(n), "rps": int(n) / (int(micros) / 1e6), "p50": float(p50), "p95": float(p95),
            "errors": int(errors)}


def _python_load(url: str, paths: list[str], duration: int, connections: int, unique: bool, results) -> None:
    import httpx

    rng = random.Random(1)

    async def worker(client, deadline, lat, errs, offset):
        i = offset
        while time.perf_counter() < deadline:
            path = paths[i % len(paths)]
            if unique:
                path += f"&from=2023-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            t0 = time.perf_counter()
            r = await client.get(path)
            lat.append((time.perf_counter() - t0) * 1000)
            errs[0] += r.status_code != 200
            i += 1

    async def main():
        lat, errs = [], [0]
        limits = httpx.Limits(max_connections=connections)
        async with httpx.AsyncClient(base_url=url, limits=limits, timeout=30) as client:
            t0 = time.perf_counter()
            await asyncio.gather(*(worker(client, t0 + duration, lat, errs, k) for k in range(connections)))
            elapsed = time.perf_counter() - t0
        q = statistics.quantiles(lat, n=100)
        results.put({"requests": len(lat), "rps": len(lat) / elapsed, "p50": q[49], "p95": q[94], "errors": errs[0]})

    asyncio.run(main())


def run_python(url: str, paths: list[str], duration: int, connections: int, unique: bool = False) -> dict:
    """A load generator in its own process (so it does not share the server's GIL)."""
    results = multiprocessing.Queue()
    proc = multiprocessing.Process(target=_python_load, args=(url, paths, duration, connections, unique, results))
    proc.start()
    out = results.get(timeout=duration + 120)
    proc.join(timeout=30)
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--db", help="reuse (or create) the store here instead of a temporary one")
    ap.add_argument("--duration", type=int, default=10, help="seconds of load per endpoint (max 60)")
    ap.add_argument("--connections", type=int, default=16)
    ap.add_argument("--tool", choices=("auto", "wrk", "python"), default="auto")
    ap.add_argument("--mode", choices=("vigil", "pool1", "pool4", "per-request"), default="vigil",
                    help="vigil: `vigil serve` as shipped (pool of 4); pool1: one store with a lock; "
                         "per-request: open and close the store in every request")
    ap.add_argument("--unique", action="store_true",
                    help="also run a variant where every request has a new start date (no cache hits)")
    args = ap.parse_args(argv)
    duration = max(1, min(60, args.duration))
    tool = ("wrk" if shutil.which("wrk") else "python") if args.tool == "auto" else args.tool
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or str(Path(tmp) / "bench.db")
        if not Path(db).exists():
            print(f"filling {db} with {args.events:,} synthetic events ...", file=sys.stderr)
            print(f"fill: {fill(db, args.events):.1f} s", file=sys.stderr)
        proc, url = start_server(db, args.mode)
        try:
            report(url, tool, duration, args)
        finally:
            proc.terminate()
            proc.wait(timeout=20)
    return 0


def report(url: str, tool: str, duration: int, args) -> None:
    load = run_wrk if tool == "wrk" else run_python
    print(f"server mode {args.mode}, load tool {tool}, {args.connections} connections, {duration} s each")
    print(f"{'endpoint':<12} {'req/s':>8} {'p50 ms':>8} {'p95 ms':>8} {'errors':>7} {'cold max ms':>12}")
    runs = [("events", EVENTS_URLS, False), ("stats", STATS_URLS, False)]
    if args.unique:
        runs += [("events new", EVENTS_URLS, True), ("stats new", [p if "?" in p else p + "?" for p in STATS_URLS], True)]
    for name, paths, unique in runs:
        first = cold(url, paths)
        r = load(url, paths, duration, args.connections, unique)
        print(f"{name:<12} {r['rps']:>8.0f} {r['p50']:>8.1f} {r['p95']:>8.1f} {r['errors']:>7} {max(first):>12.0f}",
              flush=True)


if __name__ == "__main__":
    sys.exit(main())
