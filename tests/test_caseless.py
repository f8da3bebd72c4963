"""Caseless patterns: the same matches as ``re.I`` on any text, faster on ASCII text."""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings, strategies as st

from vigil.extract.caseless import Caseless, folds_to_lower_case

PATTERNS = [
    r"\b(?:(?P<dead>kill(?:ed|ing)?|shot dead)|(?P<hurt>wound(?:ed|s)?|injur(?:ed|ies)))\s+(?:the\s+)?$",
    r"^\s*(?:[\w'’-]+\s+){0,2}?(?P<verb>gathered|marched|struck)\b",
    r"(?<![\w-])(?:so far|in total|rose to)",
    r"[^a]k+s?",
]
# ASCII words in mixed case, and characters whose case folding differs from str.lower()
PIECES = st.sampled_from(["Killed", "KILLING", "the", "The", "shot", "Dead", "wounded", "so", "Far", "in", "total",
                          "gathered", "Marched", " ", "  ", "\n", ",", "’", "K", "ſ", "İ", "ı", "a", "A", "s"])
TEXTS = st.one_of(st.lists(PIECES, max_size=12).map(" ".join), st.text(max_size=40))


def _spans(m):
    return None if m is None else (m.span(), m.lastgroup, [m.span(g) for g in range(m.re.groups + 1)])


@settings(max_examples=300, deadline=None)
@given(text=TEXTS)
def test_same_matches_as_ignorecase(text):
    for p in PATTERNS:
        fast, slow = Caseless(p), re.compile(p, re.I)
        assert _spans(fast.search(text)) == _spans(slow.search(text))
        assert _spans(fast.match(text)) == _spans(slow.match(text))
        assert [_spans(m) for m in fast.finditer(text)] == [_spans(m) for m in slow.finditer(text)]


@pytest.mark.parametrize("pattern, ok", [
    (r"\bkill(?:ed|ing)\s+$", True),
    (r"[a-z]+\S\W\D", True),
    (r"(?i:x)", True),
    (r"[\u0600-\u06ff]+", True),
    (r"[A-Z]x", False),        # a capital class: with re.I it takes lower case too, lower-cased text only those
    (r"[^A]", False),
    (r"x(?=Y)", False),
    (r"(?-i:x)", False),       # case-sensitive on purpose
    (r"[\x80-\uffff]", False),  # holds characters that fold to ASCII letters ("ſ", the Kelvin sign)
])
def test_which_patterns_fold(pattern, ok):
    assert folds_to_lower_case(pattern) is ok
    assert (Caseless(pattern)._lower is not None) is ok
