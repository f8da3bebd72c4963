"""Exports: JSONL (the contract), flat CSV, ACLED-style CSV, GeoJSON and Parquet."""
from __future__ import annotations

import csv
import json
from typing import IO, Callable, Iterable

from ..model import COUNT_KINDS, Event
from .acled import acled_rows
from .mappings import ACLED_COLUMNS, plover_of

FORMATS = ("jsonl", "csv", "acled", "geojson", "parquet")


def write_jsonl(events: Iterable[Event], out: IO[str]) -> int:
    n = 0
    for ev in events:
        out.write(json.dumps(ev.to_json(), ensure_ascii=False) + "\n")
        n += 1
    return n


def flat_row(ev: Event) -> dict:
    """One flat row per event: the contract's fields, claims summarised per kind."""
    p, d = ev.place, ev.date
    row = {"event_id": ev.event_id, "report_ids": ";".join(ev.report_ids), "type": ev.type, "subtype": ev.subtype,
           "status": ev.status, "date_start": d.start, "date_end": d.end, "date_precision": d.precision,
           "date_basis": d.basis, "place_name": p.name, "city": p.city, "admin1": p.admin1, "country": p.country,
           "lat": p.lat, "lon": p.lon, "geonames_id": p.geonames_id, "geo_precision": p.precision,
           "nationwide": p.nationwide, "actors": "; ".join(f"{a.name} ({a.role})" for a in ev.actors),
           "issues": "; ".join(ev.issues), "confidence": ev.confidence, "campaign_id": ev.campaign_id}
    plover = plover_of(ev)
    row["plover_event"], row["plover_mode"] = plover
    for kind in COUNT_KINDS:
        claims = ev.claims(kind)
        row[f"{kind}_low"] = min((c.low for c in claims if c.low is not None), default=None)
        row[f"{kind}_claims"] = " | ".join(_claim_text(c) for c in claims)
    row["evidence"] = " | ".join(e.text for e in ev.evidence if e.method.startswith("trigger"))[:2000]
    return row


def _claim_text(c) -> str:
    return f"{c.text}" + (f" ({c.claimed_by})" if c.claimed_by else "")


def write_csv(events: Iterable[Event], out: IO[str], row: Callable[[Event], dict] = flat_row,
              columns: list[str] | None = None) -> int:
    writer, n = None, 0
    for ev in events:
        r = row(ev)
        if writer is None:
            writer = csv.DictWriter(out, fieldnames=columns or list(r), extrasaction="ignore")
            writer.writeheader()
        writer.writerow(r)
        n += 1
    if writer is None:
        csv.DictWriter(out, fieldnames=columns or list(flat_row_columns())).writeheader()
    return n


def flat_row_columns() -> list[str]:
    from ..model import EventDate, Place
    return list(flat_row(Event("", (), "other", None, "occurred", EventDate(), Place())))


def write_acled(events: Iterable[Event], out: IO[str]) -> int:
    """ACLED's columns, one row per demonstration (see ``export.acled``), plus the Vigil events
    each row stands for; returns the number of rows."""
    writer = csv.DictWriter(out, fieldnames=ACLED_COLUMNS + ["vigil_event_ids"], extrasaction="ignore")
    writer.writeheader()
    n = 0
    for row in acled_rows(events):
        writer.writerow(row)
        n += 1
    return n


def write_geojson(events: Iterable[Event], out: IO[str]) -> int:
    """A FeatureCollection; events without coordinates are kept with a null geometry."""
    out.write('{"type": "FeatureCollection", "features": [\n')
    n = 0
    for ev in events:
        p = ev.place
        geom = {"type": "Point", "coordinates": [p.lon, p.lat]} if p.lat is not None and p.lon is not None else None
        props = ev.to_json()
        feature = {"type": "Feature", "id": ev.event_id, "geometry": geom, "properties": props}
        out.write((",\n" if n else "") + json.dumps(feature, ensure_ascii=False))
        n += 1
    out.write("\n]}\n")
    return n


def write_parquet(events: Iterable[Event], path: str) -> int:
    """Flat rows plus the full event JSON in a ``json`` column, in one Parquet file."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = []
    for ev in events:
        r = {k: (str(v) if isinstance(v, bool) else v) for k, v in flat_row(ev).items()}
        r["nationwide"] = ev.place.nationwide
        r["json"] = json.dumps(ev.to_json(), ensure_ascii=False)
        rows.append(r)
    if not rows:
        rows_table = pa.table({c: pa.array([], pa.string()) for c in flat_row_columns() + ["json"]})
    else:
        rows_table = pa.Table.from_pylist(rows)
    pq.write_table(rows_table, path)
    return len(rows)
