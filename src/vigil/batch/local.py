"""Local parallelism: batches of reports on a pool of forked worker processes.

The pipeline (with its gazetteer) is built once in the parent and inherited by each worker
when it forks; ``gc.freeze`` keeps those pages shared rather than copied on the first garbage
collection. Results come back in input order, each Doc without its report (the parent still holds
it and puts it back), so little more than the events crosses between processes.
"""
from __future__ import annotations

import gc
import itertools
import multiprocessing
import os
from collections import deque
from typing import TYPE_CHECKING, Iterable, Iterator, Optional

WARM_REPORTS = 8  # processed in the parent before forking, to fill the caches every worker inherits
# A worker makes many short-lived objects per report and keeps growing caches: collecting
# garbage less often spends a third of the time on it (0.09 -> 0.03 ms a report).
WORKER_GC_THRESHOLD = (10_000, 20, 20)
# Reports per task handed to a worker (the batch size bounds it too). Each task costs the
# parent's pool threads about 1.4 ms of CPU (queues, wake-ups, unpickling the results), which on
# a machine whose cores all run workers is time taken from them: tasks of 32 reports spend
# 0.04 ms a report on it, tasks of 8 ten times as much. But workers take the next task as they
# finish one, so at the end of a run one may wait while another finishes its last task: the
# last reports (``TAIL_TASKS`` tasks a worker, once the input's end is in sight) go in tasks of
# ``TAIL_TASK_SIZE``, which keep that wait short (half a task of ~5 ms reports on average).
TASK_SIZE = 32
TAIL_TASK_SIZE = 8
TAIL_TASKS = 1

AUTO_MAX_WORKERS = 8  # each worker holds about 130 MB of its own beyond what it shares with the parent

if TYPE_CHECKING:  # pragma: no cover
    from ..model import Doc, Report
    from ..pipeline import Pipeline


def usable_cores() -> int:
    """The CPU cores this process may run on (its affinity, where the system says), at most
    ``AUTO_MAX_WORKERS``: the worker count when the ``workers`` setting is 0."""
    try:
        cores = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # (not on every platform)
        cores = os.cpu_count() or 1
    return max(1, min(cores, AUTO_MAX_WORKERS))


def batches(items: Iterable, size: int) -> Iterator[list]:
    batch: list = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def tasks(items: Iterable, size: int, tail_size: int, tail: int) -> Iterator[list]:
    """``items`` in lists of ``size``, but the last ``tail`` items or fewer (read ahead to
    know where the input ends) in lists of ``tail_size``: big tasks while the input goes
    on, small ones at its end."""
    it, ahead = iter(items), deque()
    while True:
        ahead.extend(itertools.islice(it, size + tail - len(ahead)))
        if len(ahead) <= tail:
            break
        yield [ahead.popleft() for _ in range(size)]
    yield from batches(ahead, tail_size)


def process_pool(pipeline: "Pipeline", reports: Iterable["Report"], workers: int, batch_size: int) -> Iterator["Doc"]:
    """Docs for ``reports``, in order, processed by ``workers`` forked processes in tasks of
    at most ``TASK_SIZE`` reports (``batch_size`` bounds them too).

    The first few reports are processed here, before forking: real work that fills the
    pipeline's lazy caches (compiled patterns, prefix memos, lexicon lookups) that every
    worker then inherits instead of rebuilding them in each process; a few are enough, and
    everything the parent does alone is time the workers wait."""
    it = iter(reports)
    first = list(itertools.islice(it, WARM_REPORTS))
    for report in first:
        yield pipeline.process(report)
    if len(first) < WARM_REPORTS:
        return
    gc.collect()
    gc.freeze()
    sent: deque[list["Report"]] = deque()  # the batches handed out, in order (filled by the pool's feeder thread)

    def feed() -> Iterator[list["Report"]]:
        size = min(batch_size, TASK_SIZE)
        for batch in tasks(it, size, min(size, TAIL_TASK_SIZE), size * workers * TAIL_TASKS):
            sent.append(batch)
            yield batch

    ctx = multiprocessing.get_context("fork")
    with ctx.Pool(workers, initializer=_init_worker, initargs=(pipeline,)) as pool:
        gc.unfreeze()  # the workers have forked with the frozen pages; this process collects as before
        for docs in pool.imap(_process_batch, feed()):
            for report, doc in zip(sent.popleft(), docs):
                doc.report = report
                yield doc


_WORKER_PIPELINE: Optional["Pipeline"] = None  # one per worker process, set when it starts


def _init_worker(pipeline: "Pipeline") -> None:
    global _WORKER_PIPELINE
    _WORKER_PIPELINE = pipeline
    gc.set_threshold(*WORKER_GC_THRESHOLD)


def _process_batch(reports: list["Report"]) -> list["Doc"]:
    assert _WORKER_PIPELINE is not None
    keep_mentions = "events" not in {name for name, _ in _WORKER_PIPELINE.stages}
    return [_slim(_WORKER_PIPELINE.process(r), keep_mentions) for r in reports]


def _slim(doc: "Doc", keep_mentions: bool) -> "Doc":
    """What the parent needs back: the events (or, for the stage commands, the mentions);
    the report (the parent has it), working caches and intermediate mentions stay in the worker
    (less to pickle: the sentences' index alone weighed more than the events)."""
    doc.report = None  # type: ignore[assignment]  # put back by process_pool
    doc._starts = doc._text = None
    doc.context = {k: v for k, v in doc.context.items() if k in ("dateline", "focus_country")}
    if not keep_mentions:
        doc.sentences, doc.triggers, doc.numbers, doc.actors, doc.places, doc.dates = [], [], [], [], [], []
    return doc
