"""Evaluation gate: the full pipeline on the sample corpus must stay above pinned floors."""
from __future__ import annotations

import hashlib
import tomllib
from pathlib import Path

import pytest

from vigil.api import sample_corpus
from vigil.evaluate import score
from vigil.ingest import Problems, read_reports

HERE = Path(__file__).parent
FLOORS = tomllib.loads((HERE / "eval_floors.toml").read_text(encoding="utf-8"))


def corpus_digest() -> str:
    h = hashlib.sha256()
    for path in (Path(sample_corpus()), HERE / "golden" / "sample_expected.jsonl"):
        h.update(path.read_bytes())
    return h.hexdigest()[:16]


@pytest.fixture(scope="module")
def result(pipeline, sample_gold):
    reports = list(read_reports([sample_corpus()], Problems()))
    events = [ev.to_json() for doc in pipeline.pipe(reports) for ev in doc.events]
    return score(sample_gold, events).summary


def test_corpus_is_the_one_the_floors_were_measured_on():
    assert corpus_digest() == FLOORS["corpus_digest"], (
        "the sample corpus or its gold changed: re-measure and update tests/eval_floors.toml")


@pytest.mark.parametrize("metric", sorted(FLOORS["floors"]))
def test_score_stays_above_its_floor(result, metric):
    floor = FLOORS["floors"][metric]
    assert result[metric] is not None and result[metric] >= floor, f"{metric}={result[metric]} < floor {floor}"


def test_sample_corpus_is_big_and_varied(sample_reports, sample_gold):
    assert len(sample_reports) >= 40
    types = {e["type"] for g in sample_gold for e in g["events"]}
    assert {"protest", "strike", "riot", "repression", "arrest", "attack", "disaster"} <= types
    assert sum(1 for g in sample_gold if not g["events"]) >= 8  # negatives


def test_an_optional_gold_event_is_neither_a_miss_nor_a_hit():
    """As in the shared scorer: a gold event marked optional, missed, costs nothing; found, it counts
    no hit (nor an extra)."""
    gold = [{"id": "r", "events": [
        {"type": "strike", "status": "occurred", "country": "IR", "city": "Sanandaj"},
        {"type": "repression", "status": "occurred", "country": "IR", "optional": True}]}]
    strike = {"report_ids": ["r"], "type": "strike", "status": "occurred",
              "place": {"country": "IR", "city": "Sanandaj", "name": "Sanandaj"}, "date": {}, "counts": {}}
    repression = dict(strike, type="repression", place={"country": "IR", "name": None})
    alone = score(gold, [strike]).counts
    both = score(gold, [strike, repression]).counts
    assert (alone["tp"], alone["fn"], alone["fp"]) == (1, 0, 0)
    assert (both["tp"], both["fn"], both["fp"]) == (1, 0, 0)
