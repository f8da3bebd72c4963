"""Stores for the web API and dashboard tests: a few short reports (written for these tests),
put through the real extraction pipeline when it is complete, or else through hand-made events
that cite the same words. Also checks that the hand-made events cite their reports exactly."""
from __future__ import annotations

import importlib.util
from datetime import date

from vigil.model import Actor, Claim, Event, EventDate, Evidence, Place, Report, content_id
from vigil.store.base import open_store

XSS = '<script>window.__pwned=1</script> <img src=x onerror="window.__pwned=2">'

REPORTS = [
    dict(id="t-shiraz", published="2024-03-04", source="Test Wire", title="Nurses rally in Shiraz",
         url="https://example.org/shiraz",
         text="Hundreds of nurses rallied outside the provincial hospital in Shiraz on 3 March 2024 to demand "
              "unpaid wages, witnesses said."),
    dict(id="t-marseille", published="2024-03-06", source="Test Wire", title="Tear gas at the docks",
         text="Riot police fired tear gas at striking dock workers in Marseille on 5 March 2024; at least 12 "
              "people were injured, the union said."),
    dict(id="t-lagos", published="2024-03-08", source="Test Wire", title="Students detained in Lagos",
         text="Police detained 40 students in Lagos on 7 March 2024 after a march against fuel prices, "
              "according to a rights group."),
    dict(id="t-isfahan", published="2024-03-05", source="Test Wire", title="Truck drivers strike",
         text="Truck drivers in Isfahan went on strike on 4 March 2024 over cuts to their fuel quotas."),
    dict(id="t-xss", published="2024-03-07", source="Untrusted Feed", title="<b>Crowd</b> in Tehran",
         url="javascript:window.__pwned=3",
         text=f"Protesters gathered in Tehran on 6 March 2024. {XSS} They chanted against price rises."),
]

# type, trigger, place words, (city, admin1, country, lat, lon), day, actor, claim (kind, words, low, high, by)
_EVENTS = {
    "t-shiraz": ("protest", "rallied", ("Shiraz", "Fars", "IR", 29.61, 52.54), "3 March 2024", "nurses", None),
    "t-marseille": ("repression", "fired tear gas", ("Marseille", "Provence-Alpes-Cote d'Azur", "FR", 43.30, 5.37),
                    "5 March 2024", "dock workers", ("injuries", "at least 12", 12, None, "the union")),
    "t-lagos": ("arrest", "detained", ("Lagos", "Lagos", "NG", 6.45, 3.39), "7 March 2024", "students",
                ("arrests", "40", 40, 40, "a rights group")),
    "t-isfahan": ("strike", "went on strike", ("Isfahan", "Isfahan", "IR", 32.65, 51.67), "4 March 2024",
                  "truck drivers", None),
    "t-xss": ("protest", "gathered", ("Tehran", "Tehran", "IR", 35.69, 51.42), "6 March 2024", "protesters", None),
}


def reports() -> list[Report]:
    return [Report(id=r["id"], text=r["text"], title=r.get("title"), url=r.get("url"), source=r.get("source"),
                   published=date.fromisoformat(r["published"]), language="en") for r in REPORTS]


def _span(text: str, words: str, rid: str, method: str) -> Evidence:
    start = text.index(words)
    return Evidence(rid, start, start + len(words), words, method)


def hand_made_event(report: Report) -> Event:
    type_, trigger, (city, admin1, country, lat, lon), day, actor, claim = _EVENTS[report.id]
    iso = date(2024, 3, int(day.split()[0])).isoformat()
    evidence = (_span(report.text, trigger, report.id, f"trigger:{type_}"),
                _span(report.text, city, report.id, "place:gazetteer"),
                _span(report.text, day, report.id, "date:text"))
    counts = ()
    if claim:
        kind, words, low, high, by = claim
        start = report.text.index(words)
        counts = ((kind, (Claim(low, high, words, by, report.id, start, start + len(words)),)),)
    return Event(event_id=content_id([report.id, type_, iso], prefix="ev-"), report_ids=(report.id,), type=type_,
                 subtype=None, status="occurred", date=EventDate(iso, None, "day", "text"),
                 place=Place(city, city, admin1, country, lat, lon, None, "city"),
                 actors=(Actor(actor, "participant"),), counts=counts, evidence=evidence, confidence=0.8)


def pipeline_ready() -> bool:
    """True once every extraction stage the pipeline needs can be imported."""
    return all(importlib.util.find_spec(m) is not None for m in ("vigil.extract.places", "vigil.extract.time"))


def fill_store(path: str, use_pipeline: bool | None = None) -> str:
    """Fill a SQLite store at ``path``; returns "pipeline" or "hand-made" (what filled it)."""
    use_pipeline = pipeline_ready() if use_pipeline is None else use_pipeline
    store = open_store(path)
    try:
        if use_pipeline:
            from vigil.api import ingest_reports
            from vigil.settings import Settings

            ingest_reports(store, reports(), Settings(db=path))
            return "pipeline"
        store.add([(r, [hand_made_event(r)]) for r in reports()])
        return "hand-made"
    finally:
        store.close()


def test_hand_made_evidence_cites_the_report_exactly():
    for report in reports():
        ev = hand_made_event(report)
        for e in ev.evidence:
            assert report.text[e.start:e.end] == e.text
        for _, claims in ev.counts:
            for c in claims:
                assert report.text[c.start:c.end] == c.text


def test_fill_store_hand_made(tmp_path):
    path = str(tmp_path / "v.db")
    assert fill_store(path, use_pipeline=False) == "hand-made"
    with open_store(path) as store:
        assert store.count() == len(REPORTS)
