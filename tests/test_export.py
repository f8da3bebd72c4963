"""Exports: JSONL keeps the contract, CSV/ACLED columns, GeoJSON geometry, Parquet round trip."""
from __future__ import annotations

import csv
import io
import json

from vigil import export
from vigil.export.mappings import ACLED_COLUMNS
from tests.factories import event


def _events():
    return [event("r1", fatalities=50, claimed_by="HRANA", type_="repression"),
            event("r2", "strike", None, "2018-07-24", nationwide=True, text="Nationwide strike of truck drivers.")]


def test_jsonl_is_the_contract_shape():
    out = io.StringIO()
    assert export.write_jsonl(_events(), out) == 2
    first = json.loads(out.getvalue().splitlines()[0])
    for key in ("event_id", "report_ids", "type", "subtype", "status", "date", "place", "actors", "issues",
                "counts", "evidence", "confidence"):
        assert key in first
    assert first["counts"]["fatalities"][0] == {**first["counts"]["fatalities"][0], "low": 50, "claimed_by": "HRANA"}


def test_acled_columns_and_values():
    out = io.StringIO()
    export.write_acled(_events(), out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert list(rows[0]) == ACLED_COLUMNS + ["vigil_event_ids"]
    assert rows[0]["event_type"] == "Protests" and rows[0]["sub_event_type"] == "Excessive force against protesters"
    assert rows[0]["fatalities"] == "50" and "HRANA" in rows[0]["notes"]
    assert rows[0]["time_precision"] == "1" and rows[0]["geo_precision"] == "1"
    assert rows[1]["geo_precision"] == "3" and "nationwide" in rows[1]["tags"]


def test_csv_has_one_row_per_event_and_header_when_empty():
    out = io.StringIO()
    export.write_csv(_events(), out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert len(rows) == 2 and rows[0]["fatalities_low"] == "50" and rows[0]["plover_event"] == "COERCE"
    empty = io.StringIO()
    export.write_csv([], empty)
    assert empty.getvalue().startswith("event_id,")


def test_geojson_points_and_null_geometry():
    out = io.StringIO()
    export.write_geojson(_events(), out)
    fc = json.loads(out.getvalue())
    assert fc["type"] == "FeatureCollection" and len(fc["features"]) == 2
    assert fc["features"][0]["geometry"]["coordinates"] == [51.59, 30.67]
    assert fc["features"][1]["geometry"] is None


def test_parquet_round_trip(tmp_path):
    import pyarrow.parquet as pq

    path = str(tmp_path / "e.parquet")
    assert export.write_parquet(_events(), path) == 2
    table = pq.read_table(path)
    assert table.num_rows == 2
    assert json.loads(table.column("json")[0].as_py())["type"] == "repression"
    assert export.write_parquet([], str(tmp_path / "empty.parquet")) == 0


def test_attack_subtypes_map_onto_acled_and_plover():
    from dataclasses import replace

    from vigil.export.mappings import acled_row, plover_of

    want = {"armed clash": ("Armed clash", "FIGHT"), "shelling": ("Shelling/artillery/missile attack", "FIGHT"),
            "air strike": ("Air/drone strike", "FIGHT"), "suicide bombing": ("Suicide bomb", "ASSAULT"),
            "grenade": ("Grenade", "ASSAULT"), "armed assault": ("Attack", "ASSAULT")}
    for subtype, (acled, plover) in want.items():
        ev = replace(event("r1", "attack"), subtype=subtype)
        assert (acled_row(ev)["sub_event_type"], plover_of(ev)[0]) == (acled, plover), subtype


def _acled(events):
    out = io.StringIO()
    n = export.write_acled(events, out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert n == len(rows)
    return rows


def _at(type_, subtype=None, city="Yasuj", rid="r1", status="occurred", **kw):
    from dataclasses import replace

    return replace(event(rid, type_, city, text=f"{type_} {subtype} in {city}.", **kw), subtype=subtype, status=status)


def test_acled_folds_a_protest_and_the_force_against_it_into_one_row():
    protest, gas = _at("protest"), _at("repression", "tear gas", actors=(("riot police", "perpetrator"),))
    (row,) = _acled([protest, gas])
    assert row["sub_event_type"] == "Protest with intervention" and row["event_type"] == "Protests"
    assert row["vigil_event_ids"] == f"{protest.event_id}; {gas.event_id}"
    assert row["event_id_cnty"] == protest.event_id and row["actor2"] == "riot police"


def test_acled_folding_precedence_follows_the_codebook():
    violent = _acled([_at("protest"), _at("repression", "tear gas"), _at("riot")])
    assert [r["sub_event_type"] for r in violent] == ["Violent demonstration"]
    deadly = _acled([_at("protest"), _at("repression", "dispersal", fatalities=3)])
    assert [(r["sub_event_type"], r["fatalities"]) for r in deadly] == [("Excessive force against protesters", "3")]
    arrests = _acled([_at("protest"), _at("arrest")])
    assert [r["sub_event_type"] for r in arrests] == ["Protest with intervention"]
    assert [r["sub_event_type"] for r in _acled([_at("arrest")])] == ["Arrests"]


def test_acled_keeps_other_places_reports_days_and_plans_apart():
    rows = _acled([_at("protest"), _at("repression", "tear gas", city="Shiraz", gid=1),
                   _at("arrest", rid="r2"), _at("protest", status="planned"), _at("attack")])
    assert [r["sub_event_type"] for r in rows] == ["Peaceful protest", "Protest with intervention", "Arrests",
                                                    "Peaceful protest", "Attack"]
    other_day = _acled([_at("protest"), _at("repression", "tear gas", day="2018-07-24")])
    assert len(other_day) == 2
