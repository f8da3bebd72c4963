"""The best-first search of the event-date choice gives what ranking every candidate gives."""
from __future__ import annotations

from datetime import date

import pytest

from vigil.extract.text import split_sentences
from vigil.extract.time import DateStage
from vigil.extract.timex import choose
from vigil.extract.timex.eventwords import sentence_index
from vigil.model import Doc, Mention, Report, Sentence

STORY = ("Two hurt in Friday shooting\n"
         "SPRINGFIELD -- Two men were wounded in a shooting early Friday, police said Saturday.\n"
         "The council will meet on Monday to talk about the rally planned for May 1.\n"
         "Neighbours said the street was quiet on Thursday night.\n"
         "A man was arrested Sunday and charged with assault.\n"
         "Since 2012 the block has seen a dozen shootings. The victims died Tuesday.")


@pytest.fixture(scope="module")
def stage() -> DateStage:
    return DateStage()


def _doc(stage: DateStage, text: str, with_triggers: bool = True) -> Doc:
    doc = Doc(Report(id="t", text=text, published=date(2019, 4, 15)))
    doc.sentences = split_sentences(text)
    stage(doc)
    if with_triggers:  # as the trigger stage leaves it: the event words' sentences are focused on
        for word in ("shooting", "arrested", "rally"):
            at = text.index(word)
            doc.triggers.append(Mention("trigger", at, at + len(word), word, extra=(("sentence", doc.sentence_at(at)),)))
        doc.context["triggers_done"] = True
    return doc


def _every_rank_best(doc: Doc, start: int, end: int):
    """The choice by ranking every candidate (what the search must give)."""
    cands, _ = choose._candidates(doc)
    sc = choose._scene(doc, start, end)
    ranked = sorted((r, m.start, m) for m in cands if (r := choose._rank(sc, m)) is not None)
    if not ranked or all(choose.FAR_PLAIN <= r < 5000 for r, _, _ in ranked):
        return None
    best = ranked[0][2]
    if choose._plain_day(best):
        return best
    inside = [m for r, _, m in ranked if r < 5000 and choose._refines(choose.anchor(doc), m, best)]
    return inside[0] if inside else best


@pytest.mark.parametrize("word", ["shooting", "wounded", "arrested", "rally", "died", "meet"])
def test_the_search_finds_what_ranking_everything_finds(stage, word):
    doc = _doc(stage, STORY)
    at = STORY.index(word)
    assert choose._best(doc, at, at + len(word)) is _every_rank_best(doc, at, at + len(word))


@pytest.mark.parametrize("word", ["shooting", "wounded", "arrested", "rally", "died"])
def test_a_floor_never_exceeds_the_rank_and_left_out_dates_rank_none(stage, word):
    doc = _doc(stage, STORY)
    at = STORY.index(word)
    choose._best(doc, at, at + len(word))  # the event words are looked for by now
    sc = choose._scene(doc, at, at + len(word))
    cands, _ = choose._candidates(doc)
    floors = {id(m): low for low, _, m in choose._by_rank_floor(sc, cands)}
    for m in cands:
        r = choose._rank(sc, m)
        if id(m) not in floors:
            assert r is None, m.text
        elif r is not None:
            assert floors[id(m)] <= r, m.text


def test_only_sentences_with_dates_are_scanned_when_nothing_runs_across(stage):
    doc = _doc(stage, STORY)
    with_dates = frozenset(choose._candidates(doc)[1])
    assert choose._scan_sentences(doc, doc.sentences) == with_dates


def test_a_sentence_cut_after_a_letter_is_scanned_with_its_neighbours(stage):
    doc = _doc(stage, STORY)
    sents = doc.sentences
    wanted = frozenset({3})
    assert choose._cut_clean(doc.text, sents, wanted)  # after a full stop and a newline
    assert not choose._cut_clean("shot dead", [Sentence(0, 4, "shot"), Sentence(5, 9, "dead")], frozenset({1}))
    assert not choose._cut_clean(doc.text, sents, frozenset({len(sents)}))  # no such sentence


def test_without_the_trigger_stage_every_sentence_is_scanned(stage):
    doc = _doc(stage, STORY, with_triggers=False)
    assert choose._scan_sentences(doc, doc.sentences) is None


def test_sentence_index_takes_the_one_before_a_gap():
    sents = [Sentence(0, 4, "One."), Sentence(5, 9, "Two."), Sentence(11, 17, "Three.")]
    assert [sentence_index(sents, i) for i in (0, 4, 5, 10, 11, 30)] == [0, 0, 1, 1, 2, 2]
    assert sentence_index([], 3) == -1
