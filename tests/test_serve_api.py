"""The web API with FastAPI's TestClient, on temporary stores: one filled by the real extraction
pipeline from the short reports in test_serve_helpers (hand-made events until the pipeline is
complete), and one of hand-made events whose every span is known."""
from __future__ import annotations

import csv
import io
import json
from concurrent.futures import ThreadPoolExecutor

import pytest
from fastapi.testclient import TestClient

from vigil.model import Doc, Event, EventDate, Evidence, Place, content_id
from vigil.serve import create_app
from vigil.settings import Settings
from tests.test_serve_helpers import REPORTS, fill_store, pipeline_ready

TOKEN = "s3cret-token"


class StubPipeline:
    """Stands in for the extraction pipeline until it is importable: one 'other' event a report."""

    def pipe(self, reports):
        for r in reports:
            ev = Event(content_id([r.id, r.text], prefix="ev-"), (r.id,), "other", None, "occurred",
                       EventDate(), Place(), evidence=(Evidence(r.id, 0, len(r.text), r.text, "stub"),))
            yield Doc(r, events=[ev])


@pytest.fixture(scope="module")
def pipeline_factory():
    if not pipeline_ready():
        return lambda settings: StubPipeline()
    from vigil.pipeline import Pipeline

    shared = Pipeline.from_settings(Settings())
    return lambda settings: shared


def make_client(path, pipeline_factory=None, **settings) -> TestClient:
    kwargs = {"pipeline_factory": pipeline_factory} if pipeline_factory else {}
    return TestClient(create_app(Settings(db=str(path), **settings), **kwargs))


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    path = tmp_path_factory.mktemp("api") / "pipeline.db"
    fill_store(str(path))
    with make_client(path) as c:
        yield c


@pytest.fixture(scope="module")
def hand(tmp_path_factory):
    path = tmp_path_factory.mktemp("api") / "hand.db"
    fill_store(str(path), use_pipeline=False)
    with make_client(path) as c:
        yield c


@pytest.fixture
def writer(tmp_path, pipeline_factory):
    with make_client(tmp_path / "w.db", pipeline_factory, token=TOKEN, max_body_bytes=4000) as c:
        yield c


def events(client, **params) -> list[dict]:
    r = client.get("/api/events", params=params)
    assert r.status_code == 200, r.text
    return r.json()["events"]


# ---------------------------------------------------------------- GET /api/events
def test_events_page_has_total_and_every_report(client):
    body = client.get("/api/events").json()
    assert body["total"] == len(body["events"]) >= len(REPORTS)
    assert {rid for ev in body["events"] for rid in ev["report_ids"]} == {r["id"] for r in REPORTS}


def test_pagination_is_stable_and_total_ignores_limit(client):
    everything = [e["event_id"] for e in events(client)]
    pages = [client.get("/api/events", params={"limit": 2, "offset": o}).json() for o in range(0, len(everything), 2)]
    assert [e["event_id"] for p in pages for e in p["events"]] == everything
    assert {p["total"] for p in pages} == {len(everything)}
    assert client.get("/api/events", params={"limit": 0}).json()["events"] == []


@pytest.mark.parametrize("params, check", [
    ({"type": "arrest"}, lambda e: e["type"] == "arrest"),
    ({"status": "occurred"}, lambda e: e["status"] == "occurred"),
    ({"country": "ir"}, lambda e: e["place"]["country"] == "IR"),
    ({"admin1": "LAGOS"}, lambda e: e["place"]["admin1"] == "Lagos"),
    ({"from": "2024-03-05"}, lambda e: e["date"]["start"] >= "2024-03-05"),
    ({"to": "2024-03-04"}, lambda e: e["date"]["start"] <= "2024-03-04"),
    ({"from": "2024-03", "to": "2024-03"}, lambda e: e["date"]["start"].startswith("2024-03")),
    ({"text": "nurses"}, lambda e: e["report_ids"] == ["t-shiraz"]),
    ({"text": "tear gas", "country": "FR"}, lambda e: e["report_ids"] == ["t-marseille"]),
])
def test_each_filter_keeps_only_matching_events(client, params, check):
    found = events(client, **params)
    assert found and all(check(e) for e in found)
    assert client.get("/api/events", params=params).json()["total"] == len(found)


def test_filters_that_match_nothing(client):
    assert events(client, country="BR") == []
    assert events(client, text="volcano") == []
    assert events(client, campaign="cp-none") == []
    assert events(client, text='" OR 1=1 --') == []  # quoted into FTS, never SQL


@pytest.mark.parametrize("params", [{"type": "picnic"}, {"status": "maybe"}, {"country": "IRN"},
                                   {"from": "yesterday"}, {"to": "2024/03/01"}, {"limit": 10_001},
                                   {"limit": -1}, {"offset": -5}, {"format": "xml"}])
def test_bad_parameters_are_422_naming_the_parameter(client, params):
    r = client.get("/api/events", params=params)
    assert r.status_code == 422
    name = "from" if "from" in params else "to" if "to" in params else next(iter(params))
    assert name in json.dumps(r.json()["detail"])


def test_geojson_has_points_and_total(client):
    r = client.get("/api/events", params={"format": "geojson", "country": "NG"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/geo+json")
    body = r.json()
    assert body["type"] == "FeatureCollection" and body["total"] == len(body["features"]) >= 1
    lon, lat = body["features"][0]["geometry"]["coordinates"]
    assert 2 < lon < 5 and 5 < lat < 8  # Lagos
    assert body["features"][0]["properties"]["event_id"] == body["features"][0]["id"]


def test_csv_has_a_header_and_one_row_per_event(client):
    r = client.get("/api/events", params={"format": "csv", "country": "IR"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert len(rows) == int(r.headers["x-total-count"]) >= 3
    assert {row["country"] for row in rows} == {"IR"}


# ---------------------------------------------------------------- GET /api/events/{id}
def test_event_detail_excerpts_mark_exactly_the_evidence(client):
    for ev in events(client):
        detail = client.get(f"/api/events/{ev['event_id']}").json()
        assert detail["event"] == ev
        assert len(detail["evidence"]) >= len(ev["evidence"])
        for item in detail["evidence"]:
            x = item["excerpt"]
            assert item["verified"] and x["text"][x["mark_start"]:x["mark_end"]] == item["text"]
            assert item["start"] - x["offset"] == x["mark_start"]


def test_event_detail_lists_every_claim_with_its_source(hand):
    (ev,) = events(hand, country="FR")
    detail = hand.get(f"/api/events/{ev['event_id']}").json()
    claims = [i for i in detail["evidence"] if i["kind"] == "claim"]
    assert [(c["count"], c["low"], c["high"], c["claimed_by"], c["text"]) for c in claims] == [
        ("injuries", 12, None, "the union", "at least 12")]
    assert claims[0]["label"] == "injuries: 12+ (according to the union)"
    kinds = {i["kind"] for i in detail["evidence"]}
    assert kinds == {"trigger", "place", "date", "claim"}
    (report,) = detail["reports"]
    assert report["id"] == "t-marseille" and report["title"] == "Tear gas at the docks" and "text" not in report
    assert len(report["marks"]) == 4


def test_excerpt_of_a_span_whose_offsets_do_not_match(tmp_path):
    from vigil.serve.evidence import event_detail
    from vigil.model import Report

    report = Report("r", "Workers marched in the capital on Friday.")
    ev = Event("e", ("r",), "protest", None, "occurred", EventDate(), Place(),
               evidence=(Evidence("r", 8, 15, "marched", "trigger"), Evidence("r", 0, 7, "Drivers", "actor"),
                         Evidence("gone", 0, 3, "abc", "trigger")))
    items = event_detail(ev, {"r": report}.get)["evidence"]
    assert [i["verified"] for i in items] == [True, False, False]
    assert items[2]["excerpt"] is None


def test_window_is_cut_at_whitespace():
    from vigil.serve.evidence import window_bounds

    body = " ".join(f"word{i}" for i in range(200))
    start = body.index("word100")
    lo, hi = window_bounds(body, start, start + 7, width=30)
    assert body[lo:hi].split()[0].startswith("word") and (lo == 0 or body[lo - 1] == " ")
    assert hi == len(body) or body[hi] == " "
    assert window_bounds("short", 0, 5) == (0, 5)


def test_unknown_event_and_report_are_404(client):
    assert client.get("/api/events/ev-nope").status_code == 404
    r = client.get("/api/reports/r-nope")
    assert r.status_code == 404 and "r-nope" in r.json()["detail"]


# ---------------------------------------------------------------- stats, reports, map
def test_stats_counts_by_day_type_admin1(client):
    stats = client.get("/api/stats").json()
    total = client.get("/api/events").json()["total"]
    assert stats["events"] == total and stats["reports"] == len(REPORTS)
    assert sum(stats["by_type"].values()) == total
    assert set(stats["by_day"]) == {f"2024-03-0{d}" for d in range(3, 8)}
    assert {"Fars", "Lagos", "Tehran"} <= set(stats["by_admin1"])
    assert sum(r["n"] for r in stats["by_day_type"]) == sum(stats["by_day"].values())
    only_ir = client.get("/api/stats", params={"country": "IR"}).json()
    assert set(only_ir["by_country"]) == {"IR"} and only_ir["events"] == len(events(client, country="IR"))


def test_report_text_and_metadata(client):
    r = client.get("/api/reports/t-xss").json()
    original = next(x for x in REPORTS if x["id"] == "t-xss")
    assert r["text"] == original["text"] and r["published"] == "2024-03-07" and r["title"] == original["title"]


def test_map_groups_events_by_place(client):
    body = client.get("/api/map").json()
    assert body["considered"] == body["total"]
    assert sum(p["n"] for p in body["places"]) + body["unplaced"] == body["total"]
    assert {p["country"] for p in body["places"]} == {"IR", "FR", "NG"}


def test_concurrent_reads_share_the_pool(client):
    with ThreadPoolExecutor(8) as pool:
        codes = list(pool.map(lambda i: client.get("/api/stats" if i % 2 else "/api/events").status_code, range(40)))
    assert codes == [200] * 40


# ---------------------------------------------------------------- POST /api/reports
def test_post_without_a_configured_token_is_403(client):
    r = client.post("/api/reports", json={"text": "Workers marched."}, headers={"Authorization": "Bearer x"})
    assert r.status_code == 403 and "read-only" in r.json()["detail"] and "VIGIL_TOKEN" in r.json()["detail"]


@pytest.mark.parametrize("header", [None, "Bearer wrong", "Basic czNjcmV0", "Bearer "])
def test_post_needs_the_right_bearer_token(writer, header):
    headers = {"Authorization": header} if header is not None else {}
    r = writer.post("/api/reports", json={"text": "Workers marched."}, headers=headers)
    assert r.status_code == 401 and r.headers["www-authenticate"].startswith("Bearer")


def post(client, body, content_type="application/json"):
    data = body if isinstance(body, bytes) else (body if isinstance(body, str) else json.dumps(body)).encode()
    return client.post("/api/reports", content=data,
                       headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": content_type})


def test_post_object_array_and_jsonl_then_query(writer):
    one = dict(REPORTS[0])
    r = post(writer, one)
    assert r.status_code == 201, r.text
    assert r.json()["reports_new"] == 1 and r.json()["events_new"] >= 1
    r = post(writer, [dict(REPORTS[1]), dict(REPORTS[2])])
    assert r.status_code == 201 and r.json()["reports"] == 2
    jsonl = "\n".join(json.dumps(x) for x in REPORTS[2:4]) + "\n"
    r = post(writer, jsonl, "application/x-ndjson")
    assert r.status_code == 201 and (r.json()["reports_unchanged"], r.json()["reports_new"]) == (1, 1)
    assert writer.get("/api/reports/t-isfahan").status_code == 200
    assert {e["report_ids"][0] for e in events(writer)} == {"t-shiraz", "t-marseille", "t-lagos", "t-isfahan"}


def test_stats_follow_new_reports(writer):
    assert writer.get("/api/stats").json()["reports"] == 0
    assert post(writer, dict(REPORTS[0])).status_code == 201
    assert writer.get("/api/stats").json()["reports"] == 1


@pytest.mark.parametrize("body, status, words", [
    (b"", 400, "empty body"),
    (b"\xff\xfe\x00garbage", 400, "not UTF-8"),
    (b"text=hello", 400, "JSON object, a JSON array"),
    (b'[{"text": "a"},', 400, "line 1, column"),
    (b'{"text": "ok"}\n{"text": broken}\n', 400, "line 2"),
    (b'[]', 422, "empty array"),
    (b'[{"text": "fine"}, {"title": "no text"}]', 422, "item 1: no 'text' field"),
    (b'{"text": "ok"}\n{"text": ""}\n', 422, "line 2: empty 'text'"),
    (b'[{"text": "ok"}, 5]', 422, "item 1: must be a JSON object"),
])
def test_bad_bodies_are_refused_naming_the_place(writer, body, status, words):
    r = post(writer, body)
    assert r.status_code == status
    assert words in json.dumps(r.json())
    assert writer.get("/api/stats").json()["reports"] == 0  # nothing stored


def test_a_pretty_printed_object_is_one_report(writer):
    r = post(writer, json.dumps({"id": "pp", "text": "Workers marched in Lagos."}, indent=2))
    assert r.status_code == 201 and r.json()["reports"] == 1


def test_bodies_over_the_limit_are_413(writer):
    big = json.dumps({"text": "x " * 3000})
    r = post(writer, big)
    assert r.status_code == 413 and "4000 bytes" in r.json()["detail"]

    def chunks():  # no Content-Length: the limit holds while reading
        for _ in range(10):
            yield b" " * 1000

    r = writer.post("/api/reports", content=chunks(), headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 413


def test_warnings_are_returned_not_fatal(writer):
    r = post(writer, {"text": "Workers marched in Lagos.", "published": "last week"})
    assert r.status_code == 201 and "unreadable published date" in r.json()["warnings"][0]


# ---------------------------------------------------------------- docs and dashboard
def test_openapi_documents_every_endpoint(client):
    spec = client.get("/openapi.json").json()
    assert {"/api/events", "/api/events/{event_id}", "/api/stats", "/api/reports/{report_id}",
            "/api/reports", "/api/map", "/api/config"} <= set(spec["paths"])
    params = {p["name"] for p in spec["paths"]["/api/events"]["get"]["parameters"]}
    assert {"type", "status", "country", "admin1", "from", "to", "text", "campaign", "limit", "offset",
            "format"} <= params
    assert client.get("/docs").status_code == 200


def test_dashboard_is_served_with_a_strict_policy(client):
    r = client.get("/")
    assert r.status_code == 200 and "<title>Vigil" in r.text
    csp = r.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert client.get("/static/app.js").headers["content-type"].startswith("text/javascript")
    assert client.get("/static/../app.py").status_code == 404
    assert client.get("/static/nothing.js").status_code == 404
    etag = client.get("/static/style.css").headers["etag"]
    assert client.get("/static/style.css", headers={"If-None-Match": etag}).status_code == 304
    assert client.get("/api/config").json()["read_only"] is True


def test_world_outlines_are_small_and_keyed_by_alpha2(client):
    r = client.get("/static/world.json")
    assert len(r.content) < 1_000_000
    ids = {f["id"] for f in r.json()["features"]}
    assert {"IR", "FR", "NG", "US", "BR", "XK"} <= ids


def test_tile_host_is_allowed_only_when_configured():
    from vigil.serve.assets import content_security_policy

    assert "img-src 'self' data:;" in content_security_policy(None)
    assert "https://*.tile.example.org" in content_security_policy("https://{s}.tile.example.org/{z}/{x}/{y}.png")
    assert "javascript" not in content_security_policy("javascript:alert(1)")
