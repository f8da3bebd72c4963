"""The embedded SQLite store: reports and events with content-hash ids, batched transactions,
a schema version with migrations, and full-text search over report text.

Ingesting the same input twice changes nothing: reports are keyed by id and content hash,
events by content-hash ids. A report whose text changed replaces its old events.
"""
from __future__ import annotations

import json
import sqlite3
from datetime import date
from pathlib import Path
from typing import Iterable, Iterator, Optional

from ..model import Event, Report, content_id, event_from_json
from .base import EventQuery, IngestStats
from .migrations import migrate


class SQLiteStore:
    def __init__(self, path: str):
        self.path = path
        if path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        self.conn = sqlite3.connect(path, check_same_thread=False)
        self.conn.row_factory = sqlite3.Row
        self.conn.execute("PRAGMA journal_mode=WAL" if path != ":memory:" else "PRAGMA journal_mode=MEMORY")
        self.conn.execute("PRAGMA synchronous=NORMAL")
        self.conn.execute("PRAGMA foreign_keys=ON")
        migrate(self.conn)

    # ------------------------------------------------------------------ writing
    def add(self, items: Iterable[tuple[Report, list[Event]]], batch_size: int = 64) -> IngestStats:
        stats = IngestStats()
        batch: list[tuple[Report, list[Event]]] = []
        for item in items:
            batch.append(item)
            if len(batch) >= batch_size:
                self._write(batch, stats)
                batch = []
        if batch:
            self._write(batch, stats)
        return stats

    def _write(self, batch: list[tuple[Report, list[Event]]], stats: IngestStats) -> None:
        with self.conn:  # one transaction per batch
            for report, events in batch:
                state = self._put_report(report)
                setattr(stats, f"reports_{state}", getattr(stats, f"reports_{state}") + 1)
                if state == "unchanged":
                    continue
                for ev in events:
                    stats.events_new += self._put_event(ev)
                    stats.events.append(ev.event_id)

    def _put_report(self, r: Report) -> str:
        digest = content_id([r.text, r.title, r.published.isoformat() if r.published else None])
        row = self.conn.execute("SELECT content_hash FROM reports WHERE id = ?", (r.id,)).fetchone()
        if row is not None and row["content_hash"] == digest:
            return "unchanged"
        if row is not None:
            self._drop_report_events(r.id)
            self.conn.execute("DELETE FROM reports WHERE id = ?", (r.id,))
        self.conn.execute(
            "INSERT INTO reports (id, text, title, url, published, source, language, origin, content_hash)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (r.id, r.text, r.title, r.url, r.published.isoformat() if r.published else None, r.source,
             r.language, r.origin, digest))
        return "updated" if row is not None else "new"

    def _drop_report_events(self, report_id: str) -> None:
        ids = [x[0] for x in self.conn.execute("SELECT event_id FROM event_reports WHERE report_id = ?", (report_id,))]
        self.conn.execute("DELETE FROM event_reports WHERE report_id = ?", (report_id,))
        for eid in ids:
            left = self.conn.execute("SELECT 1 FROM event_reports WHERE event_id = ? LIMIT 1", (eid,)).fetchone()
            if left is None:
                self.conn.execute("DELETE FROM events WHERE id = ?", (eid,))

    def _put_event(self, ev: Event) -> int:
        p, d = ev.place, ev.date
        cur = self.conn.execute(
            "INSERT OR REPLACE INTO events (id, type, subtype, status, date_start, date_end, date_precision,"
            " country, admin1, city, lat, lon, nationwide, confidence, campaign_id, json)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (ev.event_id, ev.type, ev.subtype, ev.status, d.start, d.end, d.precision, p.country, p.admin1,
             p.city, p.lat, p.lon, int(p.nationwide), ev.confidence, ev.campaign_id,
             json.dumps(ev.to_json(), ensure_ascii=False)))
        for rid in ev.report_ids:
            self.conn.execute("INSERT OR IGNORE INTO event_reports (event_id, report_id) VALUES (?, ?)",
                              (ev.event_id, rid))
        return cur.rowcount

    # ------------------------------------------------------------------ reading
    def events(self, query: EventQuery = EventQuery()) -> Iterator[Event]:
        where, args = _where(query)
        sql = f"SELECT json FROM events e {where} ORDER BY date_start IS NULL, date_start, id"
        if query.limit is not None:
            sql += f" LIMIT {int(query.limit)} OFFSET {int(query.offset)}"
        for row in self.conn.execute(sql, args):
            yield event_from_json(json.loads(row[0]))

    def count(self, query: EventQuery = EventQuery()) -> int:
        where, args = _where(query)
        return self.conn.execute(f"SELECT COUNT(*) FROM events e {where}", args).fetchone()[0]

    def event(self, event_id: str) -> Optional[Event]:
        row = self.conn.execute("SELECT json FROM events WHERE id = ?", (event_id,)).fetchone()
        return event_from_json(json.loads(row[0])) if row else None

    def report(self, report_id: str) -> Optional[Report]:
        row = self.conn.execute("SELECT * FROM reports WHERE id = ?", (report_id,)).fetchone()
        if row is None:
            return None
        pub = date.fromisoformat(row["published"]) if row["published"] else None
        return Report(id=row["id"], text=row["text"], title=row["title"], url=row["url"], published=pub,
                      source=row["source"], language=row["language"], origin=row["origin"])

    def stats(self, query: EventQuery = EventQuery()) -> dict:
        where, args = _where(query)
        out = {"events": self.count(query),
               "reports": self.conn.execute("SELECT COUNT(*) FROM reports").fetchone()[0]}
        for key, col in (("by_day", "date_start"), ("by_type", "type"), ("by_admin1", "admin1"),
                         ("by_country", "country"), ("by_status", "status")):
            rows = self.conn.execute(f"SELECT {col} AS k, COUNT(*) AS n FROM events e {where} GROUP BY {col} ORDER BY {col}", args)
            out[key] = {r["k"]: r["n"] for r in rows if r["k"] is not None}
        rows = self.conn.execute(f"SELECT date_start AS d, type AS t, COUNT(*) AS n FROM events e {where} "
                                 "GROUP BY date_start, type ORDER BY date_start", args)
        out["by_day_type"] = [{"date": r["d"], "type": r["t"], "n": r["n"]} for r in rows if r["d"]]
        return out

    def report_ids(self) -> list[str]:
        return [r[0] for r in self.conn.execute("SELECT id FROM reports ORDER BY id")]

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "SQLiteStore":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _where(q: EventQuery) -> tuple[str, list]:
    clauses, args = [], []
    for col, value in (("type", q.type), ("status", q.status), ("country", q.country), ("campaign_id", q.campaign)):
        if value:
            clauses.append(f"e.{col} = ?")
            args.append(value.upper() if col == "country" else value)
    if q.admin1:
        clauses.append("lower(e.admin1) = lower(?)")
        args.append(q.admin1)
    if q.date_from:
        clauses.append("e.date_start >= ?")
        args.append(q.date_from)
    if q.date_to:
        clauses.append("substr(e.date_start, 1, ?) <= ?")
        args.extend([len(q.date_to), q.date_to])
    if q.text:
        clauses.append("e.id IN (SELECT er.event_id FROM event_reports er JOIN reports r ON r.id = er.report_id "
                       "WHERE r.rowid IN (SELECT rowid FROM reports_fts WHERE reports_fts MATCH ?))")
        args.append(_fts_query(q.text))
    return ("WHERE " + " AND ".join(clauses)) if clauses else "", args


def _fts_query(text: str) -> str:
    """Each word must appear (quoted, so user input cannot inject FTS syntax)."""
    words = [w.replace('"', "") for w in text.split() if w.replace('"', "")]
    return " ".join(f'"{w}"' for w in words) or '""'
