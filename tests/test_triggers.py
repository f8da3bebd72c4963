"""Triggers and their context: sports, idioms, denials, questions, hypotheticals, status."""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from tests.conftest import make_doc
from vigil.extract.triggers import TriggerFinder
from vigil.extract.wordscan import WordScanner, doc_word_starts, focus_word_starts, prefixes


@pytest.fixture(scope="module")
def finder():
    return TriggerFinder()


def found(finder, text):
    return [(m.text.lower(), m.value, m.get("status")) for m in finder(make_doc(text))]


def test_status(finder):
    assert found(finder, "Workers will strike on Monday over pay.") == [("strike", "strike", "planned")]
    assert found(finder, "The strike entered its eleventh day on Tuesday.") == [("strike", "strike", "ongoing")]
    assert found(finder, "Workers went on strike on Monday.") == [("strike", "strike", "occurred")]


@pytest.mark.parametrize("text", [
    "The striker hit the post twice before half-time.",
    "The two sides struck a deal on Friday.",
    "No arrests were made.",
    "Could the protests spread?",
    "The market rallied after the announcement.",
    "Talks began in March 2019.",
])
def test_ruled_out(finder, text):
    assert found(finder, text) == []


def test_longest_match_wins(finder):
    assert found(finder, "Prisoners began a hunger strike.") == [("hunger strike", "strike", "occurred")]


def test_wordscanner_matches_like_one_alternation():
    import re
    patterns = ["strike(?:s|rs)?", "hunger strike", "tear ?gas", r"\d+ people"]
    text = "A hunger strike, tear gas and 40 people; strikers and teargas."
    ws = WordScanner(sorted(patterns, key=len, reverse=True))
    rx = re.compile(r"(?<![\w-])(?:" + "|".join(f"(?:{p})" for p in sorted(patterns, key=len, reverse=True)) + r")(?![\w])", re.I)
    assert [(a, b) for a, b, _ in ws.finditer(text)] == [m.span() for m in rx.finditer(text)]


def test_wordscanner_matches_lower_cased_text_like_ignorecase():
    """On text beyond ASCII too (curly quotes, accents), and on text it must not lower-case
    ("ſ", "İ"; a word starting with "ſ" is not dispatched to "s" patterns, lowered or not)."""
    import re
    patterns = ["police[’']s? (?:chief|car)", r"caf\w \w+", "strikes?"]
    ws = WordScanner(patterns)
    assert ws._lowered_of is not None
    rx = re.compile(r"(?<![\w-])(?:" + "|".join(f"(?:{p})" for p in patterns) + r")(?![\w])", re.I)
    for text in ["POLICE’S CHIEF said – Café Rouge – Strikes", "Police’s car: CAFſ note, Strike\u0130 strikes"]:
        assert [(a, b) for a, b, _ in ws.finditer(text)] == [m.span() for m in rx.finditer(text)]


def test_prefixes():
    assert prefixes("strike(?:s)?") == {"str"}
    assert prefixes("tear ?gas") == {"tea"}
    assert prefixes(r"\w+ly") is None


def test_a_stop_glued_to_the_next_sentence_still_ends_it():
    from vigil.extract.text import split_sentences
    got = [s.text for s in split_sentences("Three men were shot in South Los Angeles.According to police, "
                                           "a fight broke out Sunday. Mr.Lee spoke to U.S.Marshals later.")]
    assert got == ["Three men were shot in South Los Angeles.", "According to police, a fight broke out Sunday.",
                   "Mr.Lee spoke to U.S.Marshals later."]


def test_focus_word_starts_are_those_of_the_sentences_and_shared():
    doc = make_doc("Police came to the square. Workers went on strike today. Nothing else happened.")
    starts, heads, lowered = focus_word_starts(doc, {1})
    assert [doc.text[w:w + 3] for w in starts] == ["Wor", "wen", "on ", "str", "tod"]
    assert heads == [h.lower() for h in heads] and len(heads) == len(starts)
    assert lowered == doc.text.lower()  # the whole text, shared by every focus
    assert focus_word_starts(doc, frozenset({1})) is focus_word_starts(doc, {1})  # worked out once
    assert focus_word_starts(doc, None) == doc_word_starts(doc)
    doc.sentences = doc.sentences[:1]  # new sentences: worked out again
    assert [doc.text[w:w + 3] for w in focus_word_starts(doc, {0})[0]] == ["Pol", "cam", "to ", "the", "squ"]


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet=" \t\n\u00a0\u2003\x1c\x85ab.’", max_size=16))
def test_more_than_three_words_as_split_counts_them(text):
    from vigil.extract.text import _FOUR_WORDS
    assert (_FOUR_WORDS.match(text, 0, len(text)) is None) == (len(text.split()) <= 3)
