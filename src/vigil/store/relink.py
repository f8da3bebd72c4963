"""Incremental linking inside the SQLite store.

After new reports arrive (or a report changes, or a user merges or splits), only the
neighbourhood of the change is re-clustered: the touched raw events, the raw events of the same
type within the date window, and every member of their current clusters. Their merged events
are rebuilt, then the campaigns of the affected countries and dates.
"""
from __future__ import annotations

import json
import sqlite3
from calendar import monthrange
from dataclasses import replace
from datetime import date, timedelta
from typing import Iterable

from ..link import assign_campaigns, cluster_events, merge_cluster
from ..link.similarity import FALLBACK_DAYS
from ..model import Event, event_from_json
from ..settings import Settings


def _window(day: str, days: int) -> tuple[str, str]:
    """Bounds on ``date_start`` for events within ``days`` of ``day`` (a day, or a month: then
    all of it). The lower bound is a month prefix, so month-dated events sort inside it."""
    try:
        first = date.fromisoformat(day[:10]) if len(day) >= 10 else date.fromisoformat(day[:7] + "-01")
    except ValueError:
        return day, day
    last = first if len(day) >= 10 else first.replace(day=monthrange(first.year, first.month)[1])
    return (first - timedelta(days=days)).isoformat()[:7], (last + timedelta(days=days)).isoformat() + "\uffff"


def neighbourhood(conn: sqlite3.Connection, seeds: Iterable[str], window: int) -> set[str]:
    """Raw ids to re-cluster: the seeds, same-type raw events in their date windows (widened by
    the days a report may come after an event it does not date), and every member of the
    clusters those belong to. Windows of one type are merged first, so a bulk ingest asks a
    handful of range queries, not one per event."""
    ids: set[str] = set(seeds)
    spans: dict[str, list[tuple[str, str]]] = {}
    for etype, start in _chunked(conn, "SELECT type, date_start FROM raw_events WHERE id IN ({})", ids):
        if start:
            spans.setdefault(etype, []).append(_window(start, window + FALLBACK_DAYS))
    for etype, windows in spans.items():
        for lo, hi in _merge_spans(windows):
            ids.update(r[0] for r in conn.execute(
                "SELECT id FROM raw_events WHERE type = ? AND date_start BETWEEN ? AND ?", (etype, lo, hi)))
    merged = {r[0] for r in _chunked(conn, "SELECT DISTINCT merged_id FROM raw_events WHERE id IN ({})", ids) if r[0]}
    ids.update(r[0] for r in _chunked(conn, "SELECT id FROM raw_events WHERE merged_id IN ({})", merged))
    return ids


def _merge_spans(spans: list[tuple[str, str]]) -> list[tuple[str, str]]:
    out: list[list[str]] = []
    for lo, hi in sorted(spans):
        if out and lo <= out[-1][1]:
            out[-1][1] = max(out[-1][1], hi)
        else:
            out.append([lo, hi])
    return [(lo, hi) for lo, hi in out]


def _chunked(conn: sqlite3.Connection, sql: str, values: Iterable[str], size: int = 500):
    values = list(values)
    for i in range(0, len(values), size):
        part = values[i:i + size]
        yield from conn.execute(sql.format(",".join("?" * len(part))), part)


def relink(conn: sqlite3.Connection, seeds: Iterable[str], settings: Settings, put_event) -> list[Event]:
    """Re-cluster around ``seeds`` (raw event ids) and rewrite the merged events; returns them."""
    ids = neighbourhood(conn, seeds, settings.link_window_days)
    if not ids:
        return []
    # in the order they were stored (as ``extract --link`` takes them in input order): the same
    # clusters and the same explanations whatever order the set of ids comes in
    rows = sorted(_chunked(conn, "SELECT rowid, json, merged_id FROM raw_events WHERE id IN ({})", ids), key=_first)
    raw = [event_from_json(json.loads(r[1])) for r in rows]
    old_merged = {r[2] for r in rows if r[2]}
    must, cannot = decisions(conn, raw)
    merged = []
    for members, links in cluster_events(raw, settings, must_link=must, cannot_link=cannot):
        ev = merge_cluster([raw[i] for i in members], links)
        merged.append(ev)
        conn.executemany("UPDATE raw_events SET merged_id = ? WHERE id = ?", [(ev.event_id, raw[i].event_id) for i in members])
    drop_merged(conn, old_merged - {e.event_id for e in merged})
    for ev in merged:
        put_event(ev)
    return merged


def drop_merged(conn: sqlite3.Connection, ids: Iterable[str]) -> None:
    ids = list(ids)
    for i in range(0, len(ids), 500):
        part = ids[i:i + 500]
        marks = ",".join("?" * len(part))
        conn.execute(f"DELETE FROM event_reports WHERE event_id IN ({marks})", part)
        conn.execute(f"DELETE FROM events WHERE id IN ({marks})", part)


def decision_key(report_id: str, event_type: str) -> str:
    """Decisions are kept per report and event type, so they survive re-extraction (raw event
    ids change when the extractors improve or a report is corrected)."""
    return f"{report_id}\t{event_type}"


def decisions(conn: sqlite3.Connection, raw: list[Event]) -> tuple[list, list]:
    """A user's merge and split decisions, as pairs of raw event ids among ``raw``."""
    by_key: dict[str, list[str]] = {}
    for ev in raw:
        for rid in ev.report_ids:
            by_key.setdefault(decision_key(rid, ev.type), []).append(ev.event_id)
    must, cannot = [], []
    for a, b, decision in conn.execute("SELECT a, b, decision FROM link_decisions"):
        if a in by_key and b in by_key:
            pairs = [(x, y) for x in by_key[a] for y in by_key[b]]
            (must if decision == "merge" else cannot).extend(pairs)
    return must, cannot


def recampaign(conn: sqlite3.Connection, touched: list[Event], settings: Settings, put_event) -> None:
    """Recompute campaigns for the countries and dates ``touched`` events fall in."""
    days = sorted(e.date.start for e in touched if e.date.start)
    countries = sorted({e.place.country for e in touched if e.place.country})
    if not days or not countries:
        return
    lo, _ = _window(days[0], 2 * settings.campaign_window_days)
    _, hi = _window(days[-1], 2 * settings.campaign_window_days)
    marks = ",".join("?" * len(countries))
    rows = conn.execute(f"SELECT json FROM events WHERE country IN ({marks}) AND date_start BETWEEN ? AND ? "
                        "AND type IN ('protest', 'strike', 'riot')", [*countries, lo, hi]).fetchall()
    events = [event_from_json(json.loads(r[0])) for r in rows]
    for before, after in zip(events, assign_campaigns([replace(e, campaign_id=None) for e in events], settings)):
        if after.campaign_id != before.campaign_id:
            put_event(after)


def _first(row) -> int:
    return row[0]
