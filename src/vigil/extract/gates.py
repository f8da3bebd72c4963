"""Look-aheads and groupings that let the regex engine turn a position away on its first
characters.

Python's ``re`` skips ahead fast only to a case-sensitive literal; before a long alternation
matched case-insensitively it tries every alternative at every position. These helpers build,
from what a pattern's matches start with (:func:`~.prefixes.prefixes`), a cheap test put in
front of it: the letters a match opens with, its first two characters, or its words grouped
by their first letter. Each keeps exactly the matches of the plain pattern.
"""
from __future__ import annotations

import re

from .. import lexicon
from .caseless import FOLD_CHARS
from .prefixes import prefixes


def two_letter_gate(pattern: str) -> str:
    """A look-ahead that the first two characters of every match of ``pattern`` under re.I
    pass, made of case-sensitive classes ("" when those characters are not known): before a
    long re.I alternation (the person words) it turns most words away at once, where the
    engine would try each alternative in turn (it skips ahead only on a case-sensitive start)."""
    got = prefixes(pattern, 2)
    if not got or any(len(p) < 2 or not p.isascii() for p in got):
        return ""
    by_first: dict[str, list[str]] = {}
    for p in sorted(got):
        by_first.setdefault(p[0], []).append(p[1])
    return "(?=" + "|".join(f"[{_any_case(a)}][{''.join(map(_any_case, bs))}]" for a, bs in by_first.items()) + ")"


def by_first_letter(words: list[str]) -> str:
    """``lexicon.alternation(words)`` for matching under re.I, its words grouped by their first
    letter ("[Bb](?:oy|rother)|[Mm](?:an|other)"): the engine turns a group away on its first
    character, where under re.I it would try every word in turn. The first word that matches is
    the same (no two groups open with the same character). Words that do not open with an ASCII
    letter are left as they are."""
    ordered = lexicon.longest_first(words)
    groups: dict[str, list[str]] = {}
    for w in ordered:
        if not (w[:1].isascii() and w[:1].isalpha() and w[1:2] not in ("*", "+", "?", "{")
                and prefixes(w, 1) == {w[0].lower()}):
            return "|".join(ordered)
        groups.setdefault(w[0].lower(), []).append(w[1:])
    return "|".join(f"[{_any_case(c)}](?:{'|'.join(rests)})" for c, rests in groups.items())


def opening_letters(pattern: str) -> str:
    """A look-ahead of the letters a match of ``pattern`` can open with ("" when they are not
    known), for a pattern matched case-insensitively or opening with lower-case letters only.
    Put before a pattern that is searched for (after its leading ``\\b`` or space), it turns
    most positions away at once, where the engine would try every alternative in turn."""
    got = prefixes(pattern, 1)
    return f"(?=[{''.join(sorted(got))}])" if got and all(c.isascii() and c.isalpha() for c in got) else ""


def _any_case(c: str) -> str:
    """ASCII character ``c`` and every character that matches it under re.I, escaped for a class."""
    chars = {c, c.lower(), c.upper()} | {x for x in FOLD_CHARS if re.fullmatch("(?i)" + re.escape(c), x)}
    return "".join(re.escape(x) for x in sorted(chars))
