"""Doc helpers the stages lean on."""
from __future__ import annotations

import dataclasses

import pytest

from tests.conftest import make_doc
from vigil.model import Evidence, Sentence, record


def test_sentence_at():
    doc = make_doc("Police came to the square.  Workers went on strike today.\nNo one was hurt there.")
    a, b, c = doc.sentences
    assert [doc.sentence_at(i) for i in (a.start, a.end - 1, b.start, b.end - 1, c.start, c.end - 1)] == [0, 0, 1, 1, 2, 2]
    assert doc.sentence_at(a.end) == -1  # between two sentences
    assert doc.sentence_at(c.end) == -1 and doc.sentence_at(-5) == -1


def test_sentence_at_follows_new_sentences():
    doc = make_doc("Police came to the square. Workers went on strike today.")
    assert doc.sentence_at(30) == 1
    doc.sentences = [Sentence(0, len(doc.text), doc.text)]  # replaced
    assert doc.sentence_at(30) == 0
    doc.sentences.append(Sentence(len(doc.text), len(doc.text) + 5, "later"))  # grown in place
    assert doc.sentence_at(len(doc.text) + 1) == 1
    doc.sentences = []
    assert doc.sentence_at(0) == -1


def test_record_is_a_frozen_dataclass_with_the_same_init():
    ev = Evidence("r-1", 3, 9, "struck")
    assert ev.method == Evidence.__dataclass_fields__["method"].default  # defaults kept
    assert ev == Evidence(report_id="r-1", start=3, end=9, text="struck") and hash(ev) == hash(Evidence("r-1", 3, 9, "struck"))
    with pytest.raises(dataclasses.FrozenInstanceError):
        ev.start = 4  # type: ignore[misc]
    assert dataclasses.replace(ev, start=4).start == 4
    with pytest.raises(TypeError):
        Evidence("r-1", 3)  # required fields stay required


def test_record_refuses_a_post_init_it_would_skip():
    with pytest.raises(TypeError):
        @record
        class Checked:
            n: int

            def __post_init__(self):
                pass


def test_a_stop_at_a_line_end_ends_the_sentence_however_short():
    """ "Yasuj, Iran. July 23, 2018. New Round ..." keeps its dateline pieces in one sentence, but a
    short sentence ending its line ("Retirees rallied.") does not run into the next line."""
    from vigil.extract.text import split_sentences
    text = "Ahvaz, Iran. February 17, 2019. Retirees rallied.\nArak, Iran. February 17, 2019. Workers struck."
    assert [s.text for s in split_sentences(text)] == [
        "Ahvaz, Iran. February 17, 2019. Retirees rallied.", "Arak, Iran. February 17, 2019. Workers struck."]
