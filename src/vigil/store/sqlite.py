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
from ..settings import Settings
from .base import EventQuery, IngestStats
from .facets import FacetIndex, generation, identity, matching, row_stats, shared_index, supported
from .migrations import migrate
from .relink import decision_key, drop_merged, recampaign, relink


class SQLiteStore:
    def __init__(self, path: str, settings: Optional[Settings] = None):
        self.path = path
        self.settings = settings or Settings()
        if path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        self.conn = sqlite3.connect(path, check_same_thread=False)
        self.conn.row_factory = sqlite3.Row
        self.conn.execute("PRAGMA journal_mode=WAL" if path != ":memory:" else "PRAGMA journal_mode=MEMORY")
        self.conn.execute("PRAGMA synchronous=NORMAL")
        self.conn.execute("PRAGMA foreign_keys=ON")
        migrate(self.conn)
        self._identity = identity(self.conn, path)
        self._facet_index: Optional[FacetIndex] = None  # in-memory stores only: files share theirs
        self._facet_version: Optional[int] = None

    # ------------------------------------------------------------------ writing
    def add(self, items: Iterable[tuple[Report, list[Event]]], batch_size: int = 64) -> IngestStats:
        """Store reports and the events extracted from them (one transaction per batch;
        unchanged reports are skipped), then link the new events to the events already stored.

        Until linking has run, new raw events wait with no merged event (``merged_id`` NULL);
        a run interrupted before it finishes is completed by the next ``add`` or ``relink``."""
        stats = IngestStats()
        batch: list[tuple[Report, list[Event]]] = []
        for item in items:
            batch.append(item)
            if len(batch) >= batch_size:
                self._write(batch, stats)
                batch = []
        if batch:
            self._write(batch, stats)
        self.relink_pending()
        return stats

    def relink_pending(self) -> int:
        """Link every raw event still waiting for it; returns how many there were."""
        pending = [r[0] for r in self.conn.execute("SELECT id FROM raw_events WHERE merged_id IS NULL")]
        if pending:
            with self.conn:
                self._relink(pending)
        return len(pending)

    def _write(self, batch: list[tuple[Report, list[Event]]], stats: IngestStats) -> None:
        with self.conn:  # one transaction per batch
            for report, events in batch:
                state = self._put_report(report)
                setattr(stats, f"reports_{state}", getattr(stats, f"reports_{state}") + 1)
                if state == "unchanged":
                    continue
                for ev in events:
                    stats.events_new += self._put_raw(ev, report.id)
                    stats.events.append(ev.event_id)

    def _put_report(self, r: Report) -> str:
        digest = content_id([r.text, r.title, r.published.isoformat() if r.published else None])
        row = self.conn.execute("SELECT content_hash FROM reports WHERE id = ?", (r.id,)).fetchone()
        if row is not None and row["content_hash"] == digest:
            return "unchanged"
        if row is not None:
            self._drop_report(r.id)
        self.conn.execute(
            "INSERT INTO reports (id, text, title, url, published, source, language, origin, content_hash)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (r.id, r.text, r.title, r.url, r.published.isoformat() if r.published else None, r.source,
             r.language, r.origin, digest))
        return "updated" if row is not None else "new"

    def _drop_report(self, report_id: str) -> None:
        """Remove a report and its raw events; the events it shared with others relink later."""
        merged = [r[0] for r in self.conn.execute(
            "SELECT DISTINCT merged_id FROM raw_events WHERE report_id = ? AND merged_id IS NOT NULL", (report_id,))]
        self.conn.execute("DELETE FROM raw_events WHERE report_id = ?", (report_id,))
        for m in merged:  # the other reports of those events wait to be linked again
            self.conn.execute("UPDATE raw_events SET merged_id = NULL WHERE merged_id = ?", (m,))
        drop_merged(self.conn, merged)
        self.conn.execute("DELETE FROM reports WHERE id = ?", (report_id,))

    def _put_raw(self, ev: Event, report_id: str) -> int:
        cur = self.conn.execute(
            "INSERT OR IGNORE INTO raw_events (id, report_id, type, date_start, country, json) VALUES (?, ?, ?, ?, ?, ?)",
            (ev.event_id, report_id, ev.type, ev.date.start, ev.place.country,
             json.dumps(ev.to_json(), ensure_ascii=False)))
        return cur.rowcount

    def _put_event(self, ev: Event) -> None:
        p, d = ev.place, ev.date
        self.conn.execute(
            "INSERT OR REPLACE INTO events (id, type, subtype, status, date_start, date_end, date_precision,"
            " country, admin1, admin1_key, city, lat, lon, nationwide, confidence, campaign_id, json)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (ev.event_id, ev.type, ev.subtype, ev.status, d.start, d.end, d.precision, p.country, p.admin1,
             p.admin1.lower() if p.admin1 else None, p.city, p.lat, p.lon, int(p.nationwide), ev.confidence,
             ev.campaign_id, json.dumps(ev.to_json(), ensure_ascii=False)))
        self.conn.executemany("INSERT OR IGNORE INTO event_reports (event_id, report_id) VALUES (?, ?)",
                              [(ev.event_id, rid) for rid in ev.report_ids])

    def _relink(self, seeds: list[str]) -> None:
        merged = relink(self.conn, seeds, self.settings, self._put_event)
        recampaign(self.conn, merged, self.settings, self._put_event)

    # ------------------------------------------------------------------ user decisions
    def members(self, event_id: str) -> list[tuple[str, str, str]]:
        """(raw event id, report id, type) of every report's event merged into ``event_id``."""
        return [(r[0], r[1], r[2]) for r in self.conn.execute(
            "SELECT id, report_id, type FROM raw_events WHERE merged_id = ? ORDER BY id", (event_id,))]

    def unlink(self, event_id: str, report_id: Optional[str] = None) -> list[str]:
        """Undo a merge: split ``report_id``'s part from the rest (or every report apart).
        The decision is kept (per report and event type) and survives re-runs. Returns the
        resulting event ids."""
        members = self.members(event_id)
        reports = sorted({r for _, r, _ in members})
        if len(reports) < 2:
            raise ValueError(f"event {event_id} is not a merge of several reports")
        if report_id is not None and report_id not in reports:
            raise ValueError(f"report {report_id} is not part of event {event_id}")
        etype = members[0][2]
        pairs = [(decision_key(a, etype), decision_key(b, etype)) for i, a in enumerate(reports)
                 for b in reports[i + 1:] if report_id is None or report_id in (a, b)]
        return self._decide(pairs, "split", [m for m, _, _ in members])

    def merge(self, event_a: str, event_b: str) -> list[str]:
        """Merge two events (a user's decision, kept across re-runs); returns the merged id."""
        a, b = self.members(event_a), self.members(event_b)
        if not a or not b:
            raise ValueError(f"no such event: {event_a if not a else event_b}")
        if a[0][2] != b[0][2]:
            raise ValueError(f"cannot merge a {a[0][2]} event with a {b[0][2]} event")
        pairs = [(decision_key(a[0][1], a[0][2]), decision_key(b[0][1], b[0][2]))]
        return self._decide(pairs, "merge", [m for m, _, _ in a + b])

    def _decide(self, pairs: list[tuple[str, str]], decision: str, seeds: list[str]) -> list[str]:
        with self.conn:
            for a, b in pairs:
                a, b = sorted((a, b))
                self.conn.execute("INSERT OR REPLACE INTO link_decisions (a, b, decision) VALUES (?, ?, ?)",
                                  (a, b, decision))
            self._relink(seeds)
        marks = ",".join("?" * len(seeds))
        return sorted({r[0] for r in self.conn.execute(
            f"SELECT merged_id FROM raw_events WHERE id IN ({marks})", seeds)})

    # ------------------------------------------------------------------ reading
    def events(self, query: EventQuery = EventQuery()) -> Iterator[Event]:
        for text in self.events_json(query):
            yield event_from_json(json.loads(text))

    def count(self, query: EventQuery = EventQuery()) -> int:
        facets = self._rollups(query)
        if facets is not None:
            return facets.count(query)
        found = self._text_matches(query)
        if found is not None:
            return len(found[1])
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

    def _facets(self) -> Optional[FacetIndex]:
        """The in-memory counts and text matches of this version of the data (see
        :mod:`.facets`: one per database file in a process), or None inside a transaction or
        on the first query of a new version (answered in SQL)."""
        if self.conn.in_transaction:
            return None
        gen = generation(self.conn)
        if self._identity is not None:
            return shared_index(self._identity, gen)
        if gen != self._facet_version:
            self._facet_index, self._facet_version = None, gen
            return None
        if self._facet_index is None:
            self._facet_index = FacetIndex()
        return self._facet_index

    def _rollups(self, query: EventQuery) -> Optional[FacetIndex]:
        """The index when it answers ``query`` from its rollups (no text, no campaign)."""
        if not supported(query):
            return None
        facets = self._facets()
        return facets if facets is not None and facets.usable(self.conn) else None

    def _text_matches(self, query: EventQuery) -> Optional[tuple[FacetIndex, list[tuple]]]:
        """With free text, the index and the matching events' rows (see FacetIndex.text_rows)."""
        if not query.text:
            return None
        facets = self._facets()
        if facets is None:
            return None
        sql, args = _text_clause(query.text)
        rows = facets.text_rows(self.conn, args[0], sql, args)
        return None if rows is None else (facets, matching(rows, query))

    def stats(self, query: EventQuery = EventQuery()) -> dict:
        """Counts by day, type, admin1, country and status. Without free text or a campaign,
        from the in-memory rollups of :mod:`.facets`. Otherwise in SQL: with no filter but
        dates, one small GROUP BY per facet, each a range scan of the covering facets index;
        with a selective filter, one GROUP BY over all facets of the few matching rows."""
        facets = self._rollups(query)
        if facets is not None:
            return facets.stats(query, self.conn)
        found = self._text_matches(query)
        if found is not None:
            return row_stats(found[1], found[0].reports(self.conn))
        where, args = _where(query)
        if not any((query.type, query.status, query.country, query.admin1, query.text, query.campaign)):
            return self._stats_by_facet(where, args)
        return self._stats_by_group(where, args)

    def stats_json(self, query: EventQuery = EventQuery()) -> str:
        """stats() as compact JSON text (what the web API sends)."""
        facets = self._rollups(query)
        if facets is not None:
            return facets.stats_json(query, self.conn)
        return json.dumps(self.stats(query), ensure_ascii=False, separators=(",", ":"))

    def _stats_by_group(self, where: str, args: list) -> dict:
        rows = self.conn.execute(
            f"SELECT date_start, type, status, country, admin1, COUNT(*) FROM events e {where} "
            "GROUP BY date_start, type, status, country, admin1", args).fetchall()
        out: dict = {"events": 0, "reports": self.conn.execute("SELECT COUNT(*) FROM reports").fetchone()[0]}
        tallies = {k: {} for k in ("by_day", "by_type", "by_status", "by_country", "by_admin1")}
        day_type: dict[tuple, int] = {}
        for day, etype, status, country, admin1, n in rows:
            out["events"] += n
            for key, value in (("by_day", day), ("by_type", etype), ("by_status", status),
                               ("by_country", country), ("by_admin1", admin1)):
                if value is not None:
                    tallies[key][value] = tallies[key].get(value, 0) + n
            if day:
                day_type[(day, etype)] = day_type.get((day, etype), 0) + n
        out.update({k: dict(sorted(v.items())) for k, v in tallies.items()})
        out["by_day_type"] = [{"date": d, "type": t, "n": n} for (d, t), n in sorted(day_type.items())]
        return out

    def _stats_by_facet(self, where: str, args: list) -> dict:
        out: dict = {"events": 0, "reports": self.conn.execute("SELECT COUNT(*) FROM reports").fetchone()[0]}
        day_type = self.conn.execute(f"SELECT date_start, type, COUNT(*) FROM events e {where} "
                                     "GROUP BY date_start, type", args).fetchall()
        by_day: dict = {}
        by_type: dict = {}
        for day, etype, n in day_type:
            out["events"] += n
            if day is not None:
                by_day[day] = by_day.get(day, 0) + n
            if etype is not None:
                by_type[etype] = by_type.get(etype, 0) + n
        out["by_day"], out["by_type"] = dict(sorted(by_day.items())), dict(sorted(by_type.items()))
        for key, col in (("by_status", "status"), ("by_country", "country"), ("by_admin1", "admin1")):
            rows = self.conn.execute(f"SELECT {col}, COUNT(*) FROM events e {where} GROUP BY {col}", args)
            out[key] = dict(sorted((v, n) for v, n in rows if v is not None))
        out["by_day_type"] = [{"date": d, "type": t, "n": n} for d, t, n in sorted((r for r in day_type if r[0]),
                                                                                     key=lambda r: (r[0], r[1] or ""))]
        return out

    def events_json(self, query: EventQuery = EventQuery()) -> Iterator[str]:
        """Events as their stored JSON text (no rebuilding), in the same order as events():
        by date (undated last), then id. Read as two runs, dated then undated events, so that
        the (column, date_start, id) indexes give the order and a page stops after its rows."""
        found = self._text_matches(query)
        if found is not None:
            rows = found[1]
            if query.limit is not None:
                rows = rows[int(query.offset):int(query.offset) + int(query.limit)]
            yield from self._json_of([r[1] for r in rows])
            return
        clauses, args = _clauses(query)
        dated = "WHERE " + " AND ".join([*clauses, "e.date_start IS NOT NULL"])
        undated = None if query.date_from or query.date_to else "WHERE " + " AND ".join([*clauses, "e.date_start IS NULL"])
        sql = f"SELECT json FROM events e {dated} ORDER BY e.date_start, e.id"
        if query.limit is None:
            yield from (row[0] for row in self.conn.execute(sql, args))
            if undated:
                yield from (row[0] for row in self.conn.execute(f"SELECT json FROM events e {undated} ORDER BY e.id", args))
            return
        limit, offset = int(query.limit), int(query.offset)
        rows = [row[0] for row in self.conn.execute(f"{sql} LIMIT {limit} OFFSET {offset}", args)]
        yield from rows
        if undated and len(rows) < limit:  # past the dated events: the page goes on with undated ones
            skip = 0 if rows else offset - self.conn.execute(f"SELECT COUNT(*) FROM events e {dated}", args).fetchone()[0]
            yield from (row[0] for row in self.conn.execute(
                f"SELECT json FROM events e {undated} ORDER BY e.id LIMIT {limit - len(rows)} OFFSET {max(0, skip)}", args))

    def _json_of(self, ids: list[str]) -> Iterator[str]:
        for i in range(0, len(ids), 500):
            part = ids[i:i + 500]
            found = dict(self.conn.execute(f"SELECT id, json FROM events WHERE id IN ({','.join('?' * len(part))})", part))
            yield from (found[x] for x in part)

    def points(self, query: EventQuery = EventQuery()) -> list[dict]:
        """Events grouped by coordinates (for maps): place, count, and counts by type."""
        where, args = _where(query)
        cond = ("AND" if where else "WHERE") + " e.lat IS NOT NULL AND e.lon IS NOT NULL"
        rows = self.conn.execute(
            f"SELECT lat, lon, type, COUNT(*), MIN(COALESCE(city, admin1, country)), MIN(country), MIN(admin1) "
            f"FROM events e {where} {cond} GROUP BY lat, lon, type", args)
        out: dict[tuple, dict] = {}
        for lat, lon, etype, n, name, country, admin1 in rows:
            p = out.setdefault((lat, lon), {"lat": lat, "lon": lon, "name": name, "country": country,
                                            "admin1": admin1, "n": 0, "by_type": {}})
            p["n"] += n
            p["by_type"][etype] = n
        return sorted(out.values(), key=lambda p: -p["n"])

    def report_ids(self) -> list[str]:
        return [r[0] for r in self.conn.execute("SELECT id FROM reports ORDER BY id")]

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "SQLiteStore":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _where(q: EventQuery) -> tuple[str, list]:
    clauses, args = _clauses(q)
    return ("WHERE " + " AND ".join(clauses)) if clauses else "", args


def _clauses(q: EventQuery) -> tuple[list[str], list]:
    clauses, args = [], []
    for col, value in (("type", q.type), ("status", q.status), ("country", q.country), ("campaign_id", q.campaign)):
        if value:
            clauses.append(f"e.{col} = ?")
            args.append(value.upper() if col == "country" else value)
    if q.admin1:
        clauses.append("e.admin1_key = ?")
        args.append(q.admin1.lower())
    if q.date_from:
        clauses.append("e.date_start >= ?")
        args.append(q.date_from)
    if q.date_to:
        clauses.append("substr(e.date_start, 1, ?) <= ?")
        args.extend([len(q.date_to), q.date_to])
        if q.date_to[-1] < "\U0010ffff":  # the same rows, as a bound an index can seek: every
            clauses.append("e.date_start < ?")  # date_start whose first len(to) characters are
            args.append(q.date_to[:-1] + chr(ord(q.date_to[-1]) + 1))  # <= to sorts below this
    if q.text:
        sql, text_args = _text_clause(q.text)
        clauses.append(sql)
        args.extend(text_args)
    return clauses, args


def _text_clause(text: str) -> tuple[str, list]:
    return ("e.id IN (SELECT er.event_id FROM event_reports er JOIN reports r ON r.id = er.report_id "
            "WHERE r.rowid IN (SELECT rowid FROM reports_fts WHERE reports_fts MATCH ?))"), [_fts_query(text)]


def _fts_query(text: str) -> str:
    """Each word must appear (quoted, so user input cannot inject FTS syntax)."""
    words = [w.replace('"', "") for w in text.split() if w.replace('"', "")]
    return " ".join(f'"{w}"' for w in words) or '""'
