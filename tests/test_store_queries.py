"""Counts, stats and pages of the SQLite store against a plain reference computation.

The store answers from SQL, from its in-memory rollups (store/facets.py) or from its kept text
matches; every way must give exactly what filtering the stored events one by one in Python
gives, for many filter combinations, and again after ingest, report updates, merges, unlinks and
writes by another connection."""
from __future__ import annotations

import json
import random
from dataclasses import replace

import pytest

from vigil.settings import Settings
from vigil.store.base import EventQuery
from vigil.store.sqlite import SQLiteStore, _fts_query
from tests.factories import event, report

PLACES = [("IR", "Tehran", "Tehran"), ("IR", "Fars", "Shiraz"), ("IR", "fars", "Marvdasht"), ("NG", "Lagos", "Ikeja"),
          ("NG", "Kano", "Kano"), ("FR", "Île-de-France", "Paris"), ("FR", None, None), ("KE", "Nairobi", None)]
TYPES = ["protest", "strike", "riot", "arrest", "attack"]
WORDS = ["nurses", "teachers", "drivers", "water", "fuel", "wages", "police"]
DAYS = [None, "", "2023", "2023-02", "2023-02-28", "2023-03-01", "2023-03-15", "2023-03-31", "2023-04", "2023-04-02",
        "2023-12-31", "2024-01-01"]


def items(rng: random.Random, n: int, start: int = 0, tag: str = ""):
    for i in range(start, start + n):
        rid = f"r{i:04d}"
        country, admin1, city = rng.choice(PLACES)
        words = " ".join(rng.sample(WORDS, 2))
        text = f"{tag}Report {i}: {words} {rng.choice(TYPES)} in {city or admin1 or country}."
        ev = event(rid, rng.choice(TYPES), city, rng.choice(DAYS), country=country, admin1=admin1, gid=1000 + i,
                   text=text, nationwide=admin1 is None and rng.random() < .5)
        ev = replace(ev, status=rng.choice(["occurred", "occurred", "ongoing", "planned"]))
        yield report(rid, text), [ev]


def open_(path) -> SQLiteStore:
    # a high threshold keeps most events apart; campaigns still form from the repeated places
    return SQLiteStore(str(path), Settings(link_threshold=10.0))


# ---------------------------------------------------------------- the reference
def reference_rows(store: SQLiteStore) -> list[dict]:
    rows = [dict(r) for r in store.conn.execute(
        "SELECT id, type, status, date_start, country, admin1, admin1_key, campaign_id, json FROM events")]
    reports = {}
    for event_id, report_id in store.conn.execute("SELECT event_id, report_id FROM event_reports"):
        reports.setdefault(event_id, set()).add(report_id)
    for r in rows:
        r["reports"] = reports.get(r["id"], set())
    return rows


def text_reports(store: SQLiteStore, text: str) -> set[str]:
    """Reports FTS matches (the one thing taken from SQL: its tokenizer defines a word)."""
    return {r[0] for r in store.conn.execute(
        "SELECT id FROM reports WHERE rowid IN (SELECT rowid FROM reports_fts WHERE reports_fts MATCH ?)",
        (_fts_query(text),))}


def keep(rows: list[dict], q: EventQuery, matched: set[str] | None) -> list[dict]:
    out = []
    for r in rows:
        day = r["date_start"]
        if q.type and r["type"] != q.type or q.status and r["status"] != q.status:
            continue
        if q.country and r["country"] != q.country.upper() or q.campaign and r["campaign_id"] != q.campaign:
            continue
        if q.admin1 and r["admin1_key"] != q.admin1.lower():
            continue
        if q.date_from and (day is None or day < q.date_from):
            continue
        if q.date_to and (day is None or day[:len(q.date_to)] > q.date_to):
            continue
        if q.text and not r["reports"] & matched:
            continue
        out.append(r)
    return sorted(out, key=lambda r: (r["date_start"] is None, r["date_start"] or "", r["id"]))


def reference_stats(rows: list[dict], reports: int) -> dict:
    out = {"events": len(rows), "reports": reports}
    for key, col in (("by_day", "date_start"), ("by_type", "type"), ("by_status", "status"),
                     ("by_country", "country"), ("by_admin1", "admin1")):
        tally: dict = {}
        for r in rows:
            if r[col] is not None:
                tally[r[col]] = tally.get(r[col], 0) + 1
        out[key] = dict(sorted(tally.items()))
    pairs: dict = {}
    for r in rows:
        if r["date_start"]:
            pairs[(r["date_start"], r["type"])] = pairs.get((r["date_start"], r["type"]), 0) + 1
    out["by_day_type"] = [{"date": d, "type": t, "n": n} for (d, t), n in sorted(pairs.items())]
    return out


def queries(store: SQLiteStore, rng: random.Random, n: int) -> list[EventQuery]:
    campaigns = [r[0] for r in store.conn.execute("SELECT DISTINCT campaign_id FROM events WHERE campaign_id IS NOT NULL")]
    fixed = [EventQuery(), EventQuery(country="ir"), EventQuery(admin1="FARS"), EventQuery(text="nurses"),
             EventQuery(text="nurses water", country="IR"), EventQuery(date_from="2023-03", date_to="2023-03"),
             EventQuery(date_from="2023-04", date_to="2023-03"), EventQuery(date_to="2023"),
             EventQuery(type="strike", date_from="2023-02-28", date_to="2023-04"), EventQuery(text="nowhere-word"),
             EventQuery(campaign=campaigns[0] if campaigns else "c-none", date_from="2023-03")]
    out = list(fixed)
    for _ in range(n):
        out.append(EventQuery(
            type=rng.choice([None, None, *TYPES]), status=rng.choice([None, None, "planned", "ongoing"]),
            country=rng.choice([None, None, "IR", "ng", "FR", "KE", "US"]),
            admin1=rng.choice([None, None, None, "fars", "Lagos", "île-de-france", "TEHRAN", "Nowhere"]),
            date_from=rng.choice([None, None, *[d for d in DAYS if d], "2023-03-1"]),
            date_to=rng.choice([None, None, *[d for d in DAYS if d], "2023-03-1"]),
            text=rng.choice([None, None, None, *WORDS, "wages police"]),
            campaign=rng.choice([None] * 6 + campaigns[:3])))
    return out


def check(store: SQLiteStore, qs: list[EventQuery]) -> None:
    rows = reference_rows(store)
    reports = store.conn.execute("SELECT COUNT(*) FROM reports").fetchone()[0]
    for q in qs:
        want = keep(rows, q, text_reports(store, q.text) if q.text else None)
        want_stats = json.dumps(reference_stats(want, reports))
        by_id = {r["id"]: r["json"] for r in want}
        pages = [(None, 0), (3, 0), (3, 2), (5, len(want) - 2), (4, len(want) + 3), (0, 1)]
        for way in ("sql", "memory"):
            if way == "sql":  # as on a store's first query of a version of the data
                store._facets = lambda: None
            else:
                del store._facets
                store._facets()
                assert store._facets() is not None
            assert store.count(q) == len(want), (way, q)
            assert json.dumps(store.stats(q)) == want_stats, (way, q)
            assert store.stats_json(q) == json.dumps(json.loads(want_stats), ensure_ascii=False, separators=(",", ":"))
            for limit, offset in pages:
                page = replace(q, limit=limit, offset=max(0, offset))
                expect = [r["id"] for r in want] if limit is None else [r["id"] for r in want][page.offset:page.offset + limit]
                assert list(store.events_json(page)) == [by_id[i] for i in expect], (way, page)


@pytest.fixture
def filled(tmp_path):
    store = open_(tmp_path / "q.db")
    store.add(items(random.Random(5), 160))
    yield store
    store.close()


def test_every_way_of_answering_matches_the_reference(filled):
    assert filled.conn.execute("SELECT COUNT(*) FROM events WHERE campaign_id IS NOT NULL").fetchone()[0]
    assert filled.conn.execute("SELECT COUNT(*) FROM events WHERE date_start IS NULL").fetchone()[0]
    assert filled.conn.execute("SELECT COUNT(*) FROM events WHERE date_start = ''").fetchone()[0]
    check(filled, queries(filled, random.Random(11), 150))


def test_answers_follow_ingest_updates_merges_and_unlinks(filled):
    rng = random.Random(12)
    qs = queries(filled, rng, 40)
    check(filled, qs)
    filled.add(items(random.Random(6), 30, start=160))  # new reports
    check(filled, qs)
    filled.add(items(random.Random(7), 10, start=0, tag="Corrected. "))  # changed reports replace their events
    check(filled, qs)
    a, b = [r[0] for r in filled.conn.execute("SELECT id FROM events WHERE type = 'protest' ORDER BY id LIMIT 2")]
    merged = filled.merge(a, b)[0]
    assert len(filled.event(merged).report_ids) == 2
    check(filled, qs + [EventQuery(text="nurses"), EventQuery(text="wages")])
    filled.unlink(merged)
    check(filled, qs)


def test_writes_by_another_connection_are_seen(filled, tmp_path):
    qs = queries(filled, random.Random(13), 20)
    check(filled, qs)
    other = open_(tmp_path / "q.db")
    try:
        other.add(items(random.Random(8), 20, start=400))
    finally:
        other.close()
    for q in qs:  # each answer reflects the other connection's commit, not the kept counts
        check(filled, [q])


def test_stores_of_one_file_share_one_index_until_the_data_changes(filled, tmp_path):
    other = open_(tmp_path / "q.db")
    try:
        filled.count(), other.count()
        assert filled._facets() is other._facets() is not None
        before = filled._facets()
        other.add(items(random.Random(10), 1, start=900))
        assert filled._facets() is None  # a new generation: its first query goes to SQL
        assert filled._facets() is other._facets() is not before
    finally:
        other.close()


def test_every_change_moves_the_generation(filled):
    from vigil.store.facets import generation

    seen = [generation(filled.conn)]
    filled.add(items(random.Random(15), 2, start=700))
    seen.append(generation(filled.conn))
    filled.add(items(random.Random(16), 1, start=700, tag="Changed. "))
    seen.append(generation(filled.conn))
    a, b = [r[0] for r in filled.conn.execute("SELECT id FROM events WHERE type = 'strike' ORDER BY id LIMIT 2")]
    filled.merge(a, b)
    seen.append(generation(filled.conn))
    assert all(x < y for x, y in zip(seen, seen[1:])), seen


def test_inside_a_transaction_answers_come_from_sql(filled):
    q = EventQuery(country="IR")
    before = filled.count(q), filled.count(q)
    with filled.conn:
        filled.conn.execute("UPDATE events SET country = 'IR' WHERE country = 'NG'")
        assert filled.count(q) == filled.conn.execute("SELECT COUNT(*) FROM events WHERE country = 'IR'").fetchone()[0]
        assert filled.count(q) > before[0]
        filled.conn.rollback()
    assert filled.count(q) == filled.count(q) == before[0]


def test_migration_4_keeps_a_version_3_database_answering_the_same(tmp_path):
    from vigil.store.migrations import MIGRATIONS, LATEST
    import sqlite3

    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    for version, sql in MIGRATIONS[:3]:
        conn.executescript("BEGIN;" + sql + f"INSERT OR REPLACE INTO meta (key, value) VALUES ('schema_version', '{version}'); COMMIT;")
    conn.close()
    with open_(path) as store:  # v3 -> latest, then filled
        assert store.conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0] == str(LATEST)
        names = {r[0] for r in store.conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
        assert {"events_day", "events_type_day", "events_cells"} <= names and "events_order" not in names
        store.add(items(random.Random(9), 60))
        check(store, queries(store, random.Random(14), 20))


@pytest.mark.parametrize("sql, index", [
    ("SELECT json FROM events e WHERE e.date_start >= '2023-03' AND e.date_start IS NOT NULL ORDER BY e.date_start, e.id LIMIT 5",
     "events_day"),
    ("SELECT json FROM events e WHERE e.type = 'strike' AND e.date_start IS NOT NULL ORDER BY e.date_start, e.id LIMIT 5",
     "events_type_day"),
    ("SELECT json FROM events e WHERE e.admin1_key = 'fars' AND e.date_start IS NOT NULL ORDER BY e.date_start, e.id LIMIT 5",
     "events_admin1_day"),
    ("SELECT date_start, type, status, country, admin1, admin1_key, COUNT(*) FROM events "
     "GROUP BY date_start, type, status, country, admin1, admin1_key", "COVERING INDEX events_cells"),
])
def test_pages_and_counts_read_an_index_in_order(filled, sql, index):
    plan = " ".join(r[3] for r in filled.conn.execute("EXPLAIN QUERY PLAN " + sql))
    assert index in plan and "TEMP B-TREE" not in plan, plan
