"""Vigil's Python API. The CLI (and the web API) only parse arguments and call these."""
from __future__ import annotations

import sys
from dataclasses import dataclass, field
from datetime import date
from importlib import resources
from typing import Iterable, Iterator, Optional

from .ingest import Problems, read_reports
from .model import Doc, Event, Mention, Report
from .pipeline import Pipeline
from .settings import Settings
from .store.base import EventQuery, IngestStats, open_store


@dataclass
class Job:
    """What every command shares: the inputs, how to read them, and where problems go."""

    inputs: list[str]
    settings: Settings = field(default_factory=Settings)
    input_format: Optional[str] = None
    published: Optional[date] = None
    problems: Problems = field(default_factory=Problems)
    progress: bool = False

    def reports(self) -> Iterator[Report]:
        reports = read_reports(self.inputs, self.problems, self.input_format, self.published,
                               self.settings.max_report_chars)
        return _with_progress(reports, self.progress)

    def docs(self, stages: Optional[tuple[str, ...]] = None) -> Iterator[Doc]:
        return Pipeline.from_settings(self.settings, stages=stages).pipe(self.reports())


def sample_corpus() -> str:
    """Path of the bundled sample corpus (invented reports, see data/sample)."""
    return str(resources.files("vigil").joinpath("data", "sample", "reports.jsonl"))


def extract(job: Job, link: bool = False) -> Iterator[Event]:
    """Events from every report of the job; with ``link`` merged across reports."""
    events = (ev for doc in job.docs() for ev in doc.events)
    if not link:
        yield from events
        return
    from .link import link_events

    yield from link_events(list(events), job.settings)


def place_mentions(job: Job) -> Iterator[dict]:
    """One dict per place mention (the contract's ``vigil places`` line)."""
    for doc in job.docs(stages=("segment", "places")):
        for m in doc.places:
            if not m.get("reference"):  # ("the capital": a place the events use, no toponym)
                yield place_json(doc.report.id, m)


def date_mentions(job: Job) -> Iterator[dict]:
    """One dict per date expression (the contract's ``vigil dates`` line)."""
    for doc in job.docs(stages=("segment", "dates")):
        for m in doc.dates:
            yield date_json(doc.report.id, m)


def place_json(report_id: str, m: Mention) -> dict:
    p = m.value
    return {"report_id": report_id, "start": m.start, "end": m.end, "text": m.text,
            "name": getattr(p, "city", None) or getattr(p, "admin1", None) or getattr(p, "name", None) or m.text,
            "geonames_id": getattr(p, "geonames_id", None), "lat": getattr(p, "lat", None),
            "lon": getattr(p, "lon", None), "country": getattr(p, "country", None),
            "admin1": getattr(p, "admin1", None), "feature": m.get("feature", "other"),
            "confidence": round(m.confidence, 3)}


def date_json(report_id: str, m: Mention) -> dict:
    d = m.value
    return {"report_id": report_id, "start": m.start, "end": m.end, "text": m.text,
            "start_date": d.start, "end_date": d.end, "precision": d.precision}


def ingest(job: Job, db: Optional[str] = None) -> IngestStats:
    """Extract events from the job's reports and write reports and events to the store."""
    store = open_store(db or job.settings.db, job.settings)
    try:
        return ingest_reports(store, job.reports(), job.settings)
    finally:
        store.close()


def ingest_reports(store, reports: Iterable[Report], settings: Settings,
                   pipeline: Optional[Pipeline] = None) -> IngestStats:
    """Run the pipeline over ``reports`` and add them with their events to an open store."""
    pipeline = pipeline or Pipeline.from_settings(settings)
    items = ((doc.report, doc.events) for doc in pipeline.pipe(reports))
    return store.add(items, batch_size=settings.batch_size)


def query_events(db: str, query: EventQuery) -> list[Event]:
    store = open_store(db)
    try:
        return list(store.events(query))
    finally:
        store.close()


def _with_progress(items: Iterable[Report], enabled: bool) -> Iterator[Report]:
    if not enabled:
        yield from items
        return
    from tqdm import tqdm

    with tqdm(desc="reports", unit=" reports", file=sys.stderr, dynamic_ncols=True, mininterval=0.5) as bar:
        for item in items:
            yield item
            bar.update(1)
