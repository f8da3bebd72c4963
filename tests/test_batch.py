"""Batches on worker processes give what one process gives; workers tune their garbage collector."""
from __future__ import annotations

import gc
from datetime import date

from vigil.batch import local
from vigil.model import Report

TEXTS = ["Police said two men were shot and killed in Springfield on Tuesday.",
         "Hundreds of workers went on strike in Tabriz on Monday over unpaid wages.",
         "A woman was wounded when a gunman opened fire outside a bar in Dayton, Ohio."]


def test_workers_give_the_same_events(pipeline):
    reports = [Report(id=f"r{i}", text=TEXTS[i % len(TEXTS)], published=date(2019, 5, 7)) for i in range(12)]
    alone = [[e.to_json() for e in pipeline.process(r).events] for r in reports]
    try:
        pooled = [[e.to_json() for e in d.events] for d in local.process_pool(pipeline, reports, workers=2, batch_size=3)]
    finally:
        gc.unfreeze()  # the pool froze this process's objects before forking
    assert all(alone) and pooled == alone


def test_worker_collects_garbage_less_often(pipeline):
    before = gc.get_threshold()
    try:
        local._init_worker(pipeline)
        assert gc.get_threshold() == local.WORKER_GC_THRESHOLD
    finally:
        gc.set_threshold(*before)
        local._WORKER_PIPELINE = None


def test_by_default_one_worker_per_usable_core_and_the_pool_leaves_nothing_frozen(pipeline, monkeypatch):
    import os

    from vigil.settings import Settings

    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: set(range(32)), raising=False)
    assert Settings().workers == 0 and local.usable_cores() == local.AUTO_MAX_WORKERS
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0}, raising=False)
    assert local.usable_cores() == 1
    reports = [Report(id=f"r{i}", text=TEXTS[i % len(TEXTS)], published=date(2019, 5, 7)) for i in range(12)]
    assert len(list(local.process_pool(pipeline, reports, workers=2, batch_size=3))) == 12
    assert gc.get_freeze_count() == 0


def test_the_server_extracts_in_process():
    from vigil.serve.app import _default_pipeline
    from vigil.settings import Settings

    assert _default_pipeline(Settings(workers=0)).settings.workers == 1


def test_tasks_are_big_while_the_input_goes_on_and_small_at_its_end():
    got = list(local.tasks(iter(range(100)), size=16, tail_size=4, tail=32))
    assert [x for t in got for x in t] == list(range(100))  # every item once, in order
    sizes = [len(t) for t in got]
    assert sizes == [16] * 5 + [4] * 5  # the last 20 (no more than 32) in small tasks
    assert list(local.tasks(iter(range(5)), size=16, tail_size=4, tail=32)) == [[0, 1, 2, 3], [4]]
    assert list(local.tasks(iter(()), size=16, tail_size=4, tail=32)) == []
