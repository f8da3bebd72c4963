"""Caseless patterns: the same matches as ``re.I`` on any text, faster on ASCII text."""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings, strategies as st

from vigil.extract.caseless import Caseless, fold_facts, folds_to_lower_case, lower_if_safe, parsed

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


# Beyond ASCII: curly quotes, dashes, accented and Persian letters, and the characters that fold to ASCII.
WIDE_PATTERNS = [
    r"(?<![\w’-])(?:police|gunm[ae]n)[’']s\b",
    r"[\w'’-]+\s+(?:–|—)\s+(?P<w>\w+)",
    r"(?:اعتصاب|تجمع)\s*\w+|[^a-z\s]+",
]
WIDE_PIECES = st.sampled_from(["Police’s", "POLICE’S", "gunmen’s", "Café", "CAFÉ", "–", "—", "Σ", "ς", "ß", "ẞ",
                               "ﬀ", "اعتصاب", "تجمع", "Ünal", " ", "\u212a", "ſ", "İ", "ı", "s", "S", "x"])


@settings(max_examples=300, deadline=None)
@given(text=st.one_of(st.lists(WIDE_PIECES, max_size=10).map(" ".join), st.text(max_size=40)))
def test_same_matches_as_ignorecase_beyond_ascii(text):
    for p in WIDE_PATTERNS:
        fast, slow = Caseless(p), re.compile(p, re.I)
        assert fast._beyond
        assert _spans(fast.search(text)) == _spans(slow.search(text))
        assert _spans(fast.match(text)) == _spans(slow.match(text))
        assert [_spans(m) for m in fast.finditer(text)] == [_spans(m) for m in slow.finditer(text)]


@pytest.mark.parametrize("pattern, ok", [
    (r"[\w'’-]+\s+–", True),
    (r"[\u0600-\u06ff\u200c]+", True),  # Persian letters have no case
    (r"café", False),                   # a cased letter beyond ASCII: not looked into further
    (r"[À-Þ]", False),                  # (a class of capitals beyond ASCII takes "à" with re.I only)
    (r"[^\x00-\x7f]", False),          # (a range over the capitals, even negated)
    (r"[\x80-\uffff]", False),
])
def test_which_patterns_fold_beyond_ascii(pattern, ok):
    assert folds_to_lower_case(pattern, beyond_ascii=True) is ok


ATOMS = [*"aiksxz09 -’–", r"\w", r"\W", r"\s", r"\d", r"\b.", "[a-z]", "[^a-z]", r"[\w'’-]", r"[^\x00-\x7f]",
         r"(?![\x00-\x7f])\w", "[\u0600-\u06ff]", "\u06cc"]


def test_each_cased_character_matches_as_its_lower_case_form():
    """The ground of ``lower_if_safe``: for every character that has a case (or folds to an
    ASCII letter), matching it with re.I is matching its lower-case form case-sensitively,
    unless it is one of the characters that make a text unsafe to lower-case."""
    atoms = [(re.compile(a, re.I), re.compile(a)) for a in ATOMS]
    unsafe = []
    for c in map(chr, range(0x110000)):
        if c.lower() == c and c.upper() == c and ord(c) not in (0x130, 0x131, 0x17F, 0x212A):
            continue  # no case: the lower-cased text holds the same character
        if lower_if_safe(c) is None:
            unsafe.append(c)
            continue
        assert len(c.lower()) == 1, c  # offsets are kept
        for ri, rc in atoms:
            assert bool(ri.fullmatch(c)) == bool(rc.fullmatch(c.lower())), (c, ri.pattern)
    assert unsafe == ["\u0130", "\u0131", "\u017f", "\u212a"]  # "İ", "ı", "ſ", the Kelvin sign


def test_ignorecase_pattern_compiled_only_for_text_that_needs_it():
    c = Caseless(r"strikers?\b")
    assert c._regex is None  # ASCII text runs the lowered pattern: no re.I twin yet
    assert c.search("Striker").group(0) == "striker"
    assert c._regex is None
    assert c.search("\u212aSTRIKER STRIKERS") is not None  # the Kelvin sign folds under re.I: the twin is made
    assert c._regex is not None and c.regex.flags & re.I
    assert Caseless(r"Strike")._regex is not None  # no lowered form: the re.I pattern is the only one


def test_fold_facts_and_parse_of_invalid_pattern():
    assert fold_facts("a(b") == (False, False)
    assert parsed("a(b") is None
    assert fold_facts("straße") == (True, False)
    with pytest.raises(re.error):
        Caseless("a(b")


def test_ascii_classes_match_as_unicode_ones_on_ascii():
    """The ground of the ASCII twin that runs on ASCII text: there the ASCII classes match each
    character as the Unicode ones do but for the separators \\x1c-\\x1f, Unicode spaces; a text
    holding one is matched with the Unicode classes."""
    for atom in (r"\w", r"\W", r"\s", r"\S", r"\d", r"\D"):
        wide, narrow = re.compile(atom), re.compile(atom, re.ASCII)
        for c in map(chr, range(128)):
            if not 0x1c <= ord(c) <= 0x1f:
                assert bool(wide.fullmatch(c)) == bool(narrow.fullmatch(c)), (atom, c)
    assert re.compile(r"\s").fullmatch("\x1c") and not re.compile(r"\s", re.ASCII).fullmatch("\x1c")
    assert Caseless(r"a\sb").search("A\x1cB") is not None


GATED = PATTERNS + [r"\b(?:could|might|would)(?:\s+not)?\s+(?:\w+\s+)?(?:strike|protest)", r"\d{1,2}(?:st|nd)? day of",
                    r"(?:(?<=\bwas )|(?<=\bwere ))cancell?ed", r"vote(?:d)? (?:on|for) (?:a |an )?strike",
                    r"\b(?:said|told)\s+(?:the\s+)?[’']?\w+", r"(?:^|[,;:\"“”]\s*)police\s+said\b"]
# Words, and characters beyond ASCII that are no letters, digits or spaces (the text then reads
# as ASCII), or are (then it does not): a letter, a digit, spaces.
GATED_PIECES = st.sampled_from(["could", "not", "strike", "1st", "day", "of", "was", "cancelled", "Voted", "for", "a",
                                "said", "Told", "police", "’", "“", "”", "–", "\x1c", "\xa0", "\u2028", "12", "٣", "é"])


@settings(max_examples=400, deadline=None)
@given(text=st.one_of(TEXTS, st.lists(GATED_PIECES, max_size=10).map(" ".join), st.lists(GATED_PIECES, max_size=10).map("".join)))
def test_a_gate_changes_no_match(text):
    """A gated pattern (tried only where the strings its matches start with stand), on ASCII
    text, text that reads as ASCII and other text, matches as the ``re.I`` pattern does."""
    for p in GATED:
        fast, slow = Caseless(p), re.compile(p, re.I)
        assert _spans(fast.search(text)) == _spans(slow.search(text))
        assert _spans(fast.match(text)) == _spans(slow.match(text))
        assert [_spans(m) for m in fast.finditer(text)] == [_spans(m) for m in slow.finditer(text)]


def test_text_with_quotes_and_dashes_reads_as_ascii():
    """Curly quotes and dashes keep text on the ASCII twin (and its gate); a letter, digit or
    space beyond ASCII does not, nor does any text for a pattern naming a cased letter beyond ASCII."""
    from vigil.extract.caseless import _reads_as_ascii
    assert _reads_as_ascii("the “police” said – twice", beyond=True)
    assert not _reads_as_ascii("the “police” said – twice", beyond=False)
    assert not any(_reads_as_ascii(f"police {c} said", beyond=True) for c in ("é", "٣", "\xa0", "\u2028", "\u212a"))
    c = Caseless(r"\bsaid\s+(?:the\s+)?[’']?\w+")
    assert c._gate is not None and c._pick("Police said ’twas")[0] is c._ascii


def test_a_gate_is_a_tree_of_the_strings_matches_start_with():
    from vigil.extract.prefixes import prefix_gate
    assert prefix_gate(r"\b(?:could|can) not strike").pattern == "c(?:an\\ n|ould)"
    assert prefix_gate(r"\w+ly") is None  # a match may start anywhere
    assert prefix_gate(r"a{3}b").pattern == "aaab" and prefix_gate(r"x{9}").pattern == "xxxxx"  # repeats, cut at k
