"""Quick tests put before patterns give what the patterns alone give."""
from __future__ import annotations

import re

import pytest

from tests.conftest import make_doc
from vigil import lexicon
from vigil.extract import numbers, numkinds
from vigil.extract.gates import by_first_letter, opening_letters
from vigil.extract.report_lines import short_line


def test_opening_letters_name_every_first_letter():
    assert opening_letters(r"(?:kill(?:ed|ing)|shot|wound)") == "(?=[ksw])"
    assert opening_letters(r"(?:\d+|one)") == ""  # a digit opens it: no look-ahead


@pytest.mark.parametrize("text", ["he was killed by a shot", "the wounded man", "Killing three", "unshot"])
def test_a_look_ahead_of_opening_letters_keeps_every_match(text):
    body = r"(?:kill(?:ed|ing)|shot|wound(?:ed)?)"
    plain = re.compile(rf"\b{body}\b", re.I)
    gated = re.compile(rf"\b{opening_letters(body)}{body}\b", re.I)
    assert [m.span() for m in gated.finditer(text)] == [m.span() for m in plain.finditer(text)]


WORDS = ["man", "mother", "boy", "brother", "officer", "kid", "son"]


@pytest.mark.parametrize("text", ["Mother", "BROTHER of", "a son", "Kid", "Man and boy", "sailor",
                                  "\u212aid", "\u017fon"])  # the Kelvin sign and the long s fold to k and s
def test_words_grouped_by_first_letter_match_as_the_plain_alternation(text):
    plain = re.compile(rf"(?i:{lexicon.alternation(WORDS)})\b")
    grouped = re.compile(rf"(?i:{by_first_letter(WORDS)})\b")
    for at in range(len(text)):
        a, b = plain.match(text, at), grouped.match(text, at)
        assert (a and a.span()) == (b and b.span())


def test_words_that_do_not_open_with_a_letter_stay_one_alternation():
    assert by_first_letter(["man", "[Bb]oy"]) == "[Bb]oy|man"
    assert by_first_letter(["s?on", "man"]) == "s?on|man"


@pytest.mark.parametrize("after,word", [(", who was shot", "who"), ("  ,accused of", "accused"), (" ... was", ""),
                                        (" Señor", None), ("", "")])
def test_the_word_after_a_person(after, word):
    text = "a man" + after
    assert numkinds._word_after(text, 5)[0] == word


@pytest.mark.parametrize("text,kind", [
    ("A man, who was shot in the leg, was taken to hospital.", "injuries"),
    ("A man accused of shooting a neighbour was arrested.", "arrests"),
    ("A woman carrying groceries was shot.", "injuries"),
    ("A man wasn't hurt.", None),
    ("A teen who was later arrested was shot.", "arrests"),
])
def test_clauses_after_a_person_are_still_read(text, kind):
    stage = numbers.NumberStage()
    doc = make_doc(text)
    stage(doc)
    assert [m.get("kind") for m in doc.numbers][:1] == ([kind] if kind else [])


@pytest.mark.parametrize("line,short", [("Man shot in Lorton. (Published Thursday)", False),
                                        ("Man shot in Lorton (video)", True), ("Man shot in Lorton.", False),
                                        ("Man shot in Lorton", True)])
def test_a_closing_aside_is_looked_past(line, short):
    assert short_line(line) is short


@pytest.mark.parametrize("window", ["police said Ann Lee", "the man", "Ann Lee\n", "McVay", "the O'Neil",
                                    "Lee-Smith", "ANN LEE", "a 19-year-old", "", "Lee "])
def test_a_name_at_the_end_is_never_missed(window):
    from vigil.extract import people
    if people._TWO_NAMES.search(window) or people._ONE_NAME.search(window):
        assert people._may_end_with_name(window)
