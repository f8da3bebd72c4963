"""The stage chain: reports in, events out, streamed in batches.

A stage is a small callable ``Doc -> Doc`` (as in spaCy). :class:`Pipeline` builds the chain
from :class:`~vigil.settings.Settings`, runs it over batches of reports (in-process, or on a
pool of worker processes), and isolates failures: a stage that raises on one report is
reported as a warning and the report still yields what the other stages found.
"""
from __future__ import annotations

import gc
import logging
import multiprocessing
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator, Optional, Sequence

from .model import Doc, Event, Report
from .settings import Settings

log = logging.getLogger("vigil")

Stage = Callable[[Doc], Doc]


@dataclass
class Pipeline:
    stages: Sequence[tuple[str, Stage]]
    settings: Settings = field(default_factory=Settings)

    @classmethod
    def from_settings(cls, settings: Optional[Settings] = None, upto: Optional[str] = None,
                      stages: Optional[Sequence[str]] = None) -> "Pipeline":
        """The extraction chain (``FULL``), or the named ``stages`` in that order, or the chain
        up to and including ``upto``."""
        settings = settings or Settings()
        makers = _stage_makers(settings)
        if stages is None:
            if upto is not None and upto not in FULL:
                raise ValueError(f"unknown stage {upto!r}; stages are {', '.join(FULL)}")
            stages = FULL[:FULL.index(upto) + 1] if upto else FULL
        unknown = [n for n in stages if n not in makers]
        if unknown:
            raise ValueError(f"unknown stage(s) {', '.join(unknown)}; stages are {', '.join(FULL)}")
        return cls([(name, makers[name]()) for name in stages], settings)

    def process(self, report: Report) -> Doc:
        doc = Doc(report)
        for name, stage in self.stages:
            try:
                doc = stage(doc)
            except Exception as exc:  # one bad stage never takes the report down
                log.warning("%s: stage %s failed (%s: %s); continuing", report.origin or report.id,
                            name, type(exc).__name__, exc)
            if name == "triggers" and not doc.triggers:
                break  # nothing that could be an event: no need to find places, dates, numbers
        return doc

    def pipe(self, reports: Iterable[Report], workers: Optional[int] = None) -> Iterator[Doc]:
        """Process reports in order; with ``workers > 1`` batches go to a process pool."""
        workers = self.settings.workers if workers is None else workers
        if workers <= 1:
            for report in reports:
                yield self.process(report)
            return
        gc.freeze()  # keep the gazetteer's pages shared with the forked workers (no refcount writes)
        ctx = multiprocessing.get_context("fork")
        with ctx.Pool(workers, initializer=_init_worker, initargs=(self,)) as pool:
            for docs in pool.imap(_process_batch, _batches(reports, self.settings.batch_size)):
                yield from docs

    def events(self, reports: Iterable[Report], workers: Optional[int] = None) -> Iterator[Event]:
        for doc in self.pipe(reports, workers):
            yield from doc.events


FULL = ("segment", "triggers", "places", "dates", "numbers", "actors", "events")


def _stage_makers(settings: Settings) -> dict[str, Callable[[], Stage]]:
    """How to build each stage (lazily: the gazetteer loads only when places are wanted)."""
    from .extract.actors import ActorStage
    from .extract.events import EventStage
    from .extract.numbers import NumberStage
    from .extract.places import PlaceStage
    from .extract.segment import SegmentStage
    from .extract.time import DateStage
    from .extract.triggers import TriggerStage
    from .geo.gazetteer import Gazetteer

    return {
        "segment": SegmentStage,
        "triggers": TriggerStage,
        "places": lambda: PlaceStage(Gazetteer.load(settings.cache_dir)),
        "dates": DateStage,
        "numbers": NumberStage,
        "actors": ActorStage,
        "events": lambda: EventStage(min_confidence=settings.min_confidence),
    }


def _batches(items: Iterable, size: int) -> Iterator[list]:
    batch: list = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


_WORKER_PIPELINE: Optional[Pipeline] = None


def _init_worker(pipeline: Pipeline) -> None:
    global _WORKER_PIPELINE
    _WORKER_PIPELINE = pipeline


def _process_batch(reports: list[Report]) -> list[Doc]:
    assert _WORKER_PIPELINE is not None
    return [_WORKER_PIPELINE.process(r) for r in reports]
