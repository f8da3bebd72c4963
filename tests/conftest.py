"""Shared fixtures: a tiny hand-built Doc, a temporary store, the sample corpus."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from vigil.extract.text import split_sentences
from vigil.model import Doc, Report

GOLDEN = Path(__file__).parent / "golden"


def make_doc(text: str, published: date | None = date(2018, 7, 24), rid: str = "t1") -> Doc:
    doc = Doc(Report(id=rid, text=text, published=published))
    doc.sentences = split_sentences(text)
    return doc


@pytest.fixture
def doc_factory():
    return make_doc


@pytest.fixture(scope="session")
def pipeline():
    """The full extraction pipeline (gazetteer loaded once per test session)."""
    from vigil.pipeline import Pipeline
    from vigil.settings import Settings

    return Pipeline.from_settings(Settings())


@pytest.fixture(scope="session")
def sample_reports():
    from vigil.api import sample_corpus

    with open(sample_corpus(), encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


@pytest.fixture(scope="session")
def sample_gold():
    with open(GOLDEN / "sample_expected.jsonl", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]
