"""The SQLite store: idempotent ingest, updates, queries, stats, migrations."""
from __future__ import annotations

import sqlite3

import pytest

from vigil.store.base import EventQuery, open_store
from vigil.store.migrations import LATEST, migrate, schema_version
from tests.factories import event, report


@pytest.fixture
def store(tmp_path):
    s = open_store(str(tmp_path / "v.db"))
    yield s
    s.close()


def _dump(path):
    conn = sqlite3.connect(path)
    rows = {t: sorted(conn.execute(f"SELECT * FROM {t}").fetchall()) for t in ("reports", "events", "event_reports")}
    conn.close()
    rows["reports"] = [r[:-1] for r in rows["reports"]]  # drop ingested_at
    return rows


def test_ingest_twice_changes_nothing(tmp_path):
    path = str(tmp_path / "v.db")
    items = [(report("r1"), [event("r1")]), (report("r2", "Other text."), [event("r2", city="Yazd", gid=1)])]
    with open_store(path) as s:
        first = s.add(items)
    before = _dump(path)
    with open_store(path) as s:
        second = s.add(items)
    assert first.reports_new == 2 and first.events_new == 2
    assert second.reports_unchanged == 2 and second.events_new == 0
    assert _dump(path) == before


def test_changed_report_replaces_its_events(store):
    store.add([(report("r1"), [event("r1", day="2018-07-23")])])
    stats = store.add([(report("r1", "Corrected text."), [event("r1", day="2018-07-24", text="Corrected text.")])])
    assert stats.reports_updated == 1
    assert [e.date.start for e in store.events()] == ["2018-07-24"]
    assert store.report("r1").text == "Corrected text."


def test_queries_filter_by_each_field(store):
    store.add([(report("r1"), [event("r1")]),
               (report("r2", "A protest in Ahvaz against water cuts."),
                [event("r2", "protest", "Ahvaz", "2018-11-05", admin1="Khuzestan", gid=144448,
                       text="A protest in Ahvaz against water cuts.")]),
               (report("r3", "Police in Paris made arrests."),
                [event("r3", "arrest", "Paris", "2019-01-12", country="FR", admin1="Ile-de-France", gid=2988507,
                       text="Police in Paris made arrests.")])])
    ids = lambda q: sorted(e.report_ids[0] for e in store.events(q))  # noqa: E731
    assert ids(EventQuery(type="protest")) == ["r2"]
    assert ids(EventQuery(country="ir")) == ["r1", "r2"]
    assert ids(EventQuery(admin1="khuzestan")) == ["r2"]
    assert ids(EventQuery(date_from="2018-08-01")) == ["r2", "r3"]
    assert ids(EventQuery(date_to="2018-11")) == ["r1", "r2"]
    assert ids(EventQuery(text="water")) == ["r2"]
    assert ids(EventQuery(text='"; DROP TABLE events; --')) == []
    assert store.count(EventQuery(country="IR")) == 2
    assert [len(list(store.events(EventQuery(limit=1, offset=o)))) for o in (0, 2, 3)] == [1, 1, 0]


def test_stats(store):
    store.add([(report("r1"), [event("r1")]), (report("r2", "x"), [event("r2", "protest", "Yazd", "2018-07-23", gid=2)])])
    stats = store.stats()
    assert stats["events"] == 2 and stats["by_type"] == {"protest": 1, "strike": 1}
    assert stats["by_day"] == {"2018-07-23": 2}


def test_event_round_trip(store):
    ev = event("r1", fatalities=3, claimed_by="HRANA")
    store.add([(report("r1"), [ev])])
    back = store.event(ev.event_id)
    assert back.to_json() == ev.to_json()


def test_migrations_are_versioned(tmp_path):
    conn = sqlite3.connect(str(tmp_path / "m.db"))
    assert schema_version(conn) == 0
    assert migrate(conn) == LATEST and schema_version(conn) == LATEST
    assert migrate(conn) == LATEST  # again: nothing to do
    conn.execute("UPDATE meta SET value = '999' WHERE key = 'schema_version'")
    conn.commit()
    with pytest.raises(RuntimeError, match="newer"):
        migrate(conn)


def test_postgres_url_is_a_clear_error():
    with pytest.raises(NotImplementedError, match="PostgreSQL"):
        open_store("postgresql://localhost/vigil")


SHOT = "A gunman opened fire at a bar on Main Street in Franklin, killing two people, police said."


def _shooting(rid, day="2014-02-03", city="Franklin", gid=1, text=SHOT):
    return event(rid, "attack", city, day, fatalities=2, country="US", admin1="Indiana", gid=gid, text=text)


def test_new_reports_attach_to_stored_events(store):
    store.add([(report("r1", SHOT), [_shooting("r1")])])
    store.add([(report("r2", "Second outlet. " + SHOT), [_shooting("r2", text="Two people were killed when a gunman opened fire in a Main Street bar.")])])
    events = list(store.events())
    assert len(events) == 1 and events[0].report_ids == ("r1", "r2")
    assert events[0].links and events[0].links[0]["place"] == "same city"
    assert sorted(r for _, r, _ in store.members(events[0].event_id)) == ["r1", "r2"]


def test_a_later_month_dated_report_attaches_to_a_stored_event(store):
    store.add([(report("r1", SHOT), [_shooting("r1", day="2014-02-27")])])
    month = _shooting("r2", day="2014-02", text="The February shooting in a Main Street bar killed two people.")
    store.add([(report("r2", "Weeks later. " + SHOT), [month])])
    events = list(store.events())
    assert len(events) == 1 and sorted(events[0].report_ids) == ["r1", "r2"]


def test_unlink_persists_across_reingest(tmp_path):
    path = str(tmp_path / "v.db")
    items = [(report("r1", SHOT), [_shooting("r1")]), (report("r2", "Again. " + SHOT), [_shooting("r2")])]
    with open_store(path) as s:
        s.add(items)
        merged = next(iter(s.events()))
        ids = s.unlink(merged.event_id, "r2")
        assert len(ids) == 2 and s.count() == 2
        with pytest.raises(ValueError):
            s.unlink(ids[0])
    with open_store(path) as s:  # a re-run with a changed report keeps the user's split
        s.add([(report("r2", "Changed. " + SHOT), [_shooting("r2", text="Changed. " + SHOT)])])
        assert s.count() == 2


def test_manual_merge_persists(store):
    a = _shooting("r1")
    b = _shooting("r2", day="2014-02-20", text="A different account of a shooting weeks later.")
    store.add([(report("r1", SHOT), [a]), (report("r2", "Later."), [b])])
    assert store.count() == 2
    [merged_id] = store.merge(a.event_id, b.event_id)
    assert store.count() == 1 and set(store.event(merged_id).report_ids) == {"r1", "r2"}
    store.add([(report("r3", "Unrelated protest."), [event("r3", "protest", "Yazd", "2014-02-21", gid=5)])])
    assert store.count() == 2


def test_campaigns_are_kept_in_the_store(store):
    rows = []
    for i, (city, adm) in enumerate([("Yasuj", "Kohgiluyeh and Boyer-Ahmad"), ("Yazd", "Yazd")], 1):
        rows.append((report(f"r{i}", f"Truck drivers strike in {city}."),
                     [event(f"r{i}", "strike", city, "2018-07-23", gid=i, admin1=adm, text=f"Truck drivers strike in {city}.")]))
    rows.append((report("r9", "Nationwide strike."), [event("r9", "strike", None, "2018-07-24", nationwide=True,
                                                            text="Nationwide strike of truck drivers.")]))
    store.add(rows)
    campaigns = {e.campaign_id for e in store.events()}
    assert len(campaigns) == 1 and None not in campaigns


def test_points_group_events_by_place(store):
    store.add([(report("r1"), [event("r1")]), (report("r2", "x"), [event("r2", "protest", text="x")])])
    [p] = store.points()
    assert p["n"] == 2 and p["by_type"] == {"strike": 1, "protest": 1}


def test_an_interrupted_ingest_is_finished_by_the_next(tmp_path):
    from vigil.store.base import IngestStats

    path = str(tmp_path / "v.db")
    with open_store(path) as s:  # raw events written, linking never ran (as after a kill)
        s._write([(report("r1", SHOT), [_shooting("r1")])], IngestStats())
        assert s.count() == 0
    with open_store(path) as s:
        s.add([(report("r2", "Another. " + SHOT), [_shooting("r2")])])
        [merged] = list(s.events())
        assert sorted(merged.report_ids) == ["r1", "r2"]
        assert s.relink_pending() == 0


def test_stats_by_facet_and_by_group_agree(store):
    store.add([(report("r1"), [event("r1")]), (report("r2", "x"), [event("r2", "protest", "Yazd", "2018-07-23", gid=2)]),
               (report("r3", "y"), [event("r3", "protest", "Ahvaz", "2018-11-05", gid=3, admin1="Khuzestan")]),
               (report("r4", "z"), [event("r4", "strike", None, None, gid=None, admin1=None)])])
    from vigil.store.sqlite import _where
    for q in (EventQuery(), EventQuery(date_from="2018-08-01"), EventQuery(date_to="2018-07-31")):
        where, args = _where(q)
        assert store._stats_by_facet(where, args) == store._stats_by_group(where, args)
    assert store.stats(EventQuery(date_from="2018-08-01"))["by_admin1"] == {"Khuzestan": 1}
