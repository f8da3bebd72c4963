"""Schema versions for the SQLite store. Each migration runs once, in order, in a transaction;
``meta.schema_version`` records how far a database has come."""
from __future__ import annotations

import sqlite3


def _generation_triggers(operations: dict[str, tuple[str, ...]]) -> str:
    """One trigger per table and operation that moves ``meta.data_generation``."""
    return "".join(f"""
    CREATE TRIGGER {table}_gen_a{op[0].lower()} AFTER {op} ON {table} BEGIN
        UPDATE meta SET value = value + 1 WHERE key = 'data_generation'; END;"""
                   for table, ops in operations.items() for op in ops)


MIGRATIONS: list[tuple[int, str]] = [
    (1, """
    CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE reports (
        id TEXT PRIMARY KEY, text TEXT NOT NULL, title TEXT, url TEXT, published TEXT, source TEXT,
        language TEXT, origin TEXT, content_hash TEXT NOT NULL,
        ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')));
    CREATE TABLE events (
        id TEXT PRIMARY KEY, type TEXT NOT NULL, subtype TEXT, status TEXT NOT NULL,
        date_start TEXT, date_end TEXT, date_precision TEXT, country TEXT, admin1 TEXT, city TEXT,
        lat REAL, lon REAL, nationwide INTEGER NOT NULL DEFAULT 0, confidence REAL NOT NULL DEFAULT 0,
        campaign_id TEXT, json TEXT NOT NULL);
    CREATE TABLE event_reports (
        event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        report_id TEXT NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
        PRIMARY KEY (event_id, report_id));
    CREATE INDEX events_type ON events(type);
    CREATE INDEX events_country_admin1 ON events(country, admin1);
    CREATE INDEX events_date ON events(date_start);
    CREATE INDEX events_campaign ON events(campaign_id);
    CREATE INDEX event_reports_report ON event_reports(report_id);
    CREATE VIRTUAL TABLE reports_fts USING fts5(text, title, content='reports', content_rowid='rowid');
    CREATE TRIGGER reports_ai AFTER INSERT ON reports BEGIN
        INSERT INTO reports_fts(rowid, text, title) VALUES (new.rowid, new.text, new.title); END;
    CREATE TRIGGER reports_ad AFTER DELETE ON reports BEGIN
        INSERT INTO reports_fts(reports_fts, rowid, text, title) VALUES ('delete', old.rowid, old.text, old.title); END;
    """),
    # 2: indexes for the web API at 100k+ events: pages in the store's order (date_start IS NULL,
    # date_start, id) without sorting the table, and one covering index for stats' GROUP BYs.
    (2, """
    CREATE INDEX IF NOT EXISTS events_order ON events(date_start IS NULL, date_start, id);
    CREATE INDEX IF NOT EXISTS events_type_order ON events(type, date_start IS NULL, date_start, id);
    CREATE INDEX IF NOT EXISTS events_country_order ON events(country, date_start IS NULL, date_start, id);
    CREATE INDEX IF NOT EXISTS events_facets ON events(date_start, type, status, country, admin1);
    """),
    # 3: cross-report linking. raw_events keeps what extraction found in each report; events
    # holds the merged events users query (one per cluster of raw events; a singleton keeps its
    # raw id). link_decisions keeps a user's merge/split decisions (by raw event id, which is a
    # content hash, so decisions survive re-runs). admin1_key serves the case-blind filter.
    (3, """
    CREATE TABLE raw_events (
        id TEXT PRIMARY KEY, report_id TEXT NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
        type TEXT NOT NULL, date_start TEXT, country TEXT, json TEXT NOT NULL, merged_id TEXT);
    CREATE INDEX raw_events_block ON raw_events(type, date_start);
    CREATE INDEX raw_events_report ON raw_events(report_id);
    CREATE INDEX raw_events_merged ON raw_events(merged_id);
    INSERT INTO raw_events (id, report_id, type, date_start, country, json, merged_id)
        SELECT e.id, er.report_id, e.type, e.date_start, e.country, e.json, e.id
        FROM events e JOIN event_reports er ON er.event_id = e.id;
    CREATE TABLE link_decisions (
        a TEXT NOT NULL, b TEXT NOT NULL, decision TEXT NOT NULL CHECK (decision IN ('merge', 'split')),
        decided_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')), PRIMARY KEY (a, b));
    ALTER TABLE events ADD COLUMN admin1_key TEXT;
    UPDATE events SET admin1_key = lower(admin1);
    CREATE INDEX events_admin1_key ON events(admin1_key, date_start);
    """),
    # 4: the web API's uncached queries at 100k+ events. Pages are read in two runs, dated
    # events by (date_start, id) then undated ones by id (the same order as before), so one index
    # per filter column, ending in (date_start, id), both seeks a date range and gives the order:
    # a page stops after its rows. They replace the single-column and (date_start IS NULL, ...)
    # indexes. events_cells covers every column the in-memory counts read (store/facets.py);
    # data_generation moves with every change to events, reports or their links (in the writing
    # transaction), so those counts are known current; store_id tells database files apart.
    (4, """
    DROP INDEX IF EXISTS events_type;
    DROP INDEX IF EXISTS events_country_admin1;
    DROP INDEX IF EXISTS events_date;
    DROP INDEX IF EXISTS events_campaign;
    DROP INDEX IF EXISTS events_order;
    DROP INDEX IF EXISTS events_type_order;
    DROP INDEX IF EXISTS events_country_order;
    DROP INDEX IF EXISTS events_facets;
    DROP INDEX IF EXISTS events_admin1_key;
    CREATE INDEX events_day ON events(date_start, id);
    CREATE INDEX events_type_day ON events(type, date_start, id);
    CREATE INDEX events_country_day ON events(country, date_start, id);
    CREATE INDEX events_status_day ON events(status, date_start, id);
    CREATE INDEX events_admin1_day ON events(admin1_key, date_start, id);
    CREATE INDEX events_campaign_day ON events(campaign_id, date_start, id);
    CREATE INDEX events_cells ON events(date_start, type, status, country, admin1, admin1_key);
    INSERT OR REPLACE INTO meta (key, value) VALUES ('store_id', lower(hex(randomblob(16))));
    INSERT OR REPLACE INTO meta (key, value) VALUES ('data_generation', '0');
    """ + _generation_triggers({"events": ("INSERT", "UPDATE", "DELETE"), "reports": ("INSERT", "DELETE", "UPDATE"),
                                "event_reports": ("INSERT", "DELETE")})),
]

LATEST = MIGRATIONS[-1][0]


def schema_version(conn: sqlite3.Connection) -> int:
    has_meta = conn.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='meta'").fetchone()
    if not has_meta:
        return 0
    row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    return int(row[0]) if row else 0


def migrate(conn: sqlite3.Connection) -> int:
    """Bring the database to the latest schema; refuses a database from a newer Vigil."""
    current = schema_version(conn)
    if current > LATEST:
        raise RuntimeError(f"database schema version {current} is newer than this Vigil supports ({LATEST})")
    for version, sql in MIGRATIONS:
        if version <= current:
            continue
        with conn:
            conn.executescript("BEGIN;" + sql + f"""
                INSERT OR REPLACE INTO meta (key, value) VALUES ('schema_version', '{version}');
                COMMIT;""")
    return LATEST
