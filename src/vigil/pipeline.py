"""The stage chain: reports in, events out, streamed in batches.

A stage is a small callable ``Doc -> Doc`` (as in spaCy). :class:`Pipeline` builds the chain
from :class:`~vigil.settings.Settings`, runs it over reports (in-process, or in batches on
worker processes through :mod:`vigil.batch`), and isolates failures: a stage that raises on one report is
reported as a warning and the report still yields what the other stages found.
"""
from __future__ import annotations

import logging
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
        """Process reports in order; with ``workers > 1`` batches go to a process pool (``0``:
        one worker per usable CPU core, see :func:`.batch.local.usable_cores`)."""
        workers = self.settings.workers if workers is None else workers
        if workers <= 0:
            from .batch.local import usable_cores

            workers = usable_cores()
        if workers <= 1:
            for report in reports:
                yield self.process(report)
            return
        from .batch import process_pool

        yield from process_pool(self, reports, workers, self.settings.batch_size)

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
