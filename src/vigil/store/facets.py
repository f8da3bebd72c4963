"""Counts and stats for filters without free text or campaign, answered from memory.

The events table is read once as counts per (day, type, status, country, admin1, admin1_key):
at 100k events that is about half as many rows as events, and a GROUP BY over them in SQL
costs as much as one over the events (measured: 12 to 60 ms per stats answer). Instead the
process keeps, per database and per version of its data, *rollups*: for the filtered columns
F and one facet column X, the day series of every (F values, X value) with prefix sums. A count
is then a bisect per series, and the day x type series of a filter are read as they are (no
scan of rows that do not match). Rollups are built on first use (each one pass over the cells).

Semantics follow ``_where`` exactly: equality on type, status, country (as given) and
admin1_key; ``date_start >= date_from`` and ``substr(date_start, 1, len(date_to)) <= date_to``
as string comparisons (so the days kept are one contiguous run of the sorted days), and
events without a date only when no date filter is set.

A version is ``meta.data_generation``, which triggers move on every change to events, reports
or their links (so it is read in the same snapshot as the data, by any connection or process). One
index serves every connection of a process to the same database file: the serve pool's stores
build it once, not once each. The first query of a new version is answered in SQL, so data
that changes between every query never pays for a build.
"""
from __future__ import annotations

import json
import os
import sqlite3
import threading
from bisect import bisect_left, bisect_right
from typing import Optional

from .base import EventQuery

# the columns of one cell, in the order read
COLUMNS = ("day", "type", "status", "country", "admin1", "admin1_key")
_COL = {c: i for i, c in enumerate(COLUMNS)}
MAX_CELLS = 300_000  # stores with more day x type x status x place cells answer from SQL


TEXTS_KEPT = 8  # the events matched by this many texts are kept per version of the data
MAX_TEXT_ROWS = 50_000  # texts matching more events are not kept


def supported(q: EventQuery) -> bool:
    """Whether the rollups can answer ``q`` (free text and campaigns go elsewhere)."""
    return not q.text and not q.campaign


class _Series:
    """One day series: ascending day indexes, counts, prefix sums, and the count without a day."""

    __slots__ = ("idx", "n", "cum", "undated")

    def __init__(self, cells: dict[Optional[int], int]):
        self.undated = cells.pop(None, 0)
        self.idx = sorted(cells)
        self.n = [cells[i] for i in self.idx]
        cum, total = [0], 0
        for n in self.n:
            total += n
            cum.append(total)
        self.cum = cum

    def span(self, lo: int, hi: int) -> tuple[int, int]:
        return bisect_left(self.idx, lo), bisect_left(self.idx, hi)

    def count(self, lo: int, hi: int, undated: bool) -> int:
        a, b = self.span(lo, hi)
        return self.cum[b] - self.cum[a] + (self.undated if undated else 0)


class FacetIndex:
    """Counts and text matches of one version of a store's data, each read on first use
    (through the connection of the store asking; builds are serialised by a lock)."""

    def __init__(self):
        self._lock = threading.RLock()
        self._cells: Optional[tuple[list[str], list[tuple]]] = None
        self.too_big = False
        self._reports: Optional[int] = None
        self._rollups: dict[tuple, dict] = {}
        self._texts: dict[str, list[tuple]] = {}
        self._days_json: list[str] = []
        self._names_json: dict[str, str] = {}

    def usable(self, conn: sqlite3.Connection) -> bool:
        """Whether the rollups can be held (False past MAX_CELLS cells: SQL answers then)."""
        with self._lock:
            if self._cells is None:
                cur = conn.execute("SELECT date_start, type, status, country, admin1, admin1_key, COUNT(*) "
                                   "FROM events GROUP BY date_start, type, status, country, admin1, admin1_key")
                rows = cur.fetchmany(MAX_CELLS + 1)
                cur.close()
                self.too_big = len(rows) > MAX_CELLS
                if self.too_big:
                    rows = []
                days = sorted({r[0] for r in rows if r[0] is not None})
                where = {d: i for i, d in enumerate(days)}
                self._cells = (days, [(None if r[0] is None else where[r[0]], *r[1:]) for r in rows])
                self._days_json = [json.dumps(d, ensure_ascii=False) for d in days]
        return not self.too_big

    def reports(self, conn: sqlite3.Connection) -> int:
        if self._reports is None:
            self._reports = conn.execute("SELECT COUNT(*) FROM reports").fetchone()[0]
        return self._reports

    @property
    def days(self) -> list[str]:
        return self._cells[0]

    @property
    def cells(self) -> list[tuple]:
        return self._cells[1]

    # ------------------------------------------------------------------ filters
    @staticmethod
    def _fixed(q: EventQuery) -> tuple[tuple[str, ...], tuple]:
        pairs = [(c, v) for c, v in (("type", q.type), ("status", q.status),
                                     ("country", q.country.upper() if q.country else None),
                                     ("admin1_key", q.admin1.lower() if q.admin1 else None)) if v]
        return tuple(c for c, _ in pairs), tuple(v for _, v in pairs)

    def _range(self, q: EventQuery) -> tuple[int, int, bool]:
        lo = bisect_left(self.days, q.date_from) if q.date_from else 0
        if q.date_to:
            size, to = len(q.date_to), q.date_to
            hi = bisect_right(self.days, to, key=lambda d: d[:size])
        else:
            hi = len(self.days)
        return lo, max(lo, hi), not q.date_from and not q.date_to

    def _rollup(self, fixed: tuple[str, ...], facet: str) -> dict:
        """{values of the fixed columns: {facet value: series}}, built on first use."""
        key = (fixed, facet)
        got = self._rollups.get(key)
        if got is not None:
            return got
        with self._lock:
            return self._rollups.get(key) or self._build_rollup(key, fixed, facet)

    def _build_rollup(self, key: tuple, fixed: tuple[str, ...], facet: str) -> dict:
        fi, xi = [_COL[c] for c in fixed], _COL[facet]
        acc: dict[tuple, dict] = {}
        for cell in self.cells:
            series = acc.setdefault(tuple(cell[i] for i in fi), {}).setdefault(cell[xi], {})
            series[cell[0]] = series.get(cell[0], 0) + cell[6]
        got = self._rollups[key] = {fv: {x: _Series(s) for x, s in by.items()} for fv, by in acc.items()}
        return got

    def _facet(self, q: EventQuery, facet: str) -> dict:
        fixed, values = self._fixed(q)
        return self._rollup(fixed, facet).get(values, {})

    # ------------------------------------------------------------------ answers
    def count(self, q: EventQuery) -> int:
        lo, hi, undated = self._range(q)
        return sum(s.count(lo, hi, undated) for s in self._facet(q, "type").values())

    def stats(self, q: EventQuery, conn: sqlite3.Connection) -> dict:
        out, cells = self._stats(q, conn)
        days = self.days
        out["by_day_type"] = [{"date": days[i], "type": t, "n": n} for i, t, n in cells]
        return out

    def stats_json(self, q: EventQuery, conn: sqlite3.Connection) -> str:
        """``stats()`` as compact JSON text (the same text json.dumps gives, without building
        a dict per day and type: at a year of days that is most of the time)."""
        out, cells = self._stats(q, conn)
        head = json.dumps(out, ensure_ascii=False, separators=(",", ":"))
        days, names = self._days_json, self._names_json
        for t in {t for _, t, _ in cells} - names.keys():
            names[t] = json.dumps(t, ensure_ascii=False)
        return (head[:-1] + ',"by_day_type":['
                + ",".join(['{"date":%s,"type":%s,"n":%d}' % (days[i], names[t], n) for i, t, n in cells]) + "]}")

    def _stats(self, q: EventQuery, conn: sqlite3.Connection) -> tuple[dict, list[tuple[int, str, int]]]:
        """stats() without by_day_type, and its (day index, type, n) in order."""
        lo, hi, undated = self._range(q)
        days = self.days
        total = 0
        by_type: dict = {}
        cells: list[tuple[int, str, int]] = []
        for etype, s in self._facet(q, "type").items():
            a, b = s.span(lo, hi)
            n = s.cum[b] - s.cum[a] + (s.undated if undated else 0)
            total += n
            if n:
                by_type[etype] = n
            cells.extend(zip(s.idx[a:b], [etype] * (b - a), s.n[a:b]))
        cells.sort()
        by_day: dict = {}
        for i, _, n in cells:
            d = days[i]
            by_day[d] = by_day.get(d, 0) + n
        out: dict = {"events": total, "reports": self.reports(conn), "by_day": by_day, "by_type": dict(sorted(by_type.items()))}
        for key, col in (("by_status", "status"), ("by_country", "country"), ("by_admin1", "admin1")):
            counts = ((v, s.count(lo, hi, undated)) for v, s in self._facet(q, col).items() if v is not None)
            out[key] = dict(sorted((v, n) for v, n in counts if n))
        if days and days[0] == "" and cells and cells[0][0] == 0:  # an empty date is a day, not a day x type
            cells = [c for c in cells if c[0] != 0]
        return out, cells

    # ------------------------------------------------------------------ free text
    def text_rows(self, conn: sqlite3.Connection, key: str, sql: str, args: list) -> Optional[list[tuple]]:
        """The events a text matches, as (date_start, id, type, status, country, admin1,
        admin1_key, campaign_id) in the store's order (by date, undated last, then id); ``sql``
        and ``args`` are the store's own text clause, so the match is SQL's. Kept for the last
        few texts: a user who searches words then changes dates, places or pages asks FTS once."""
        with self._lock:
            rows = self._texts.pop(key, None)
            if rows is None:
                rows = conn.execute("SELECT date_start, id, type, status, country, admin1, admin1_key, campaign_id "
                                    f"FROM events e WHERE {sql}", args).fetchmany(MAX_TEXT_ROWS + 1)
                if len(rows) > MAX_TEXT_ROWS:
                    return None
                shared: dict = {}
                rows = [tuple(v if i == 1 else shared.setdefault(v, v) for i, v in enumerate(r)) for r in rows]
                rows.sort(key=lambda r: (r[0] is None, r[0] or "", r[1]))
            self._texts[key] = rows  # the most recent last
            if len(self._texts) > TEXTS_KEPT:
                self._texts.pop(next(iter(self._texts)))
            return rows


# ---------------------------------------------------------------------- one index per database
_SHARED: dict[tuple, tuple[int, Optional[FacetIndex]]] = {}
_SHARED_LOCK = threading.Lock()


def identity(conn: sqlite3.Connection, path: str) -> Optional[tuple]:
    """What names one database file across connections (None for an in-memory store)."""
    if path == ":memory:":
        return None
    st = os.stat(path)
    row = conn.execute("SELECT value FROM meta WHERE key = 'store_id'").fetchone()
    return os.path.realpath(path), st.st_dev, st.st_ino, row[0] if row else None


def generation(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT value FROM meta WHERE key = 'data_generation'").fetchone()[0])


def shared_index(ident: tuple, gen: int) -> Optional[FacetIndex]:
    """The process's index of database ``ident`` at ``gen``; None the first time ``gen`` is seen."""
    with _SHARED_LOCK:
        seen = _SHARED.get(ident)
        if seen is None or seen[0] != gen:
            _SHARED[ident] = (gen, None)
            return None
        if seen[1] is None:
            _SHARED[ident] = (gen, FacetIndex())
        return _SHARED[ident][1]


def matching(rows: list[tuple], q: EventQuery) -> list[tuple]:
    """The rows of :meth:`FacetIndex.text_rows` that pass ``q``'s other filters (as ``_where``).
    Dates first, by bisection (the dated rows come first, in date order), then equalities."""
    if q.date_from or q.date_to:
        dated = bisect_left(rows, True, key=lambda r: r[0] is None)
        lo = bisect_left(rows, q.date_from, hi=dated, key=lambda r: r[0]) if q.date_from else 0
        if q.date_to:
            size = len(q.date_to)
            hi = bisect_right(rows, q.date_to, hi=dated, key=lambda r: r[0][:size])
        else:
            hi = dated
        rows = rows[lo:max(lo, hi)]
    for i, value in ((2, q.type), (3, q.status), (4, q.country.upper() if q.country else None),
                     (6, q.admin1.lower() if q.admin1 else None), (7, q.campaign)):
        if value:
            rows = [r for r in rows if r[i] == value]
    return rows


def row_stats(rows: list[tuple], reports: int) -> dict:
    """Stats of matching rows, as the store's stats()."""
    tallies: dict[str, dict] = {k: {} for k in ("by_day", "by_type", "by_status", "by_country", "by_admin1")}
    day_type: dict[tuple, int] = {}
    for r in rows:
        for key, value in (("by_day", r[0]), ("by_type", r[2]), ("by_status", r[3]), ("by_country", r[4]),
                           ("by_admin1", r[5])):
            if value is not None:
                tally = tallies[key]
                tally[value] = tally.get(value, 0) + 1
        if r[0]:
            day_type[(r[0], r[2])] = day_type.get((r[0], r[2]), 0) + 1
    out: dict = {"events": len(rows), "reports": reports}
    out.update({k: dict(sorted(v.items())) for k, v in tallies.items()})
    out["by_day_type"] = [{"date": d, "type": t, "n": n} for (d, t), n in sorted(day_type.items())]
    return out
