"""What a regex's matches start with, read from its parse tree.

:func:`prefixes` lists the strings (up to ``k`` characters, lower-cased) that every match of a
pattern starts with; :class:`~.wordscan.WordScanner` dispatches on them at word starts, and
:func:`prefix_gate` turns them into a regex of literals that finds, in lower-cased text, every
place where a match may start (:class:`~.caseless.Caseless` tries its pattern only there).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

import re._parser as sre_parse  # type: ignore[import-not-found]  # Python 3.11+
from re._constants import (ASSERT, ASSERT_NOT, AT, BRANCH, CATEGORY, CATEGORY_DIGIT,  # type: ignore
                           CATEGORY_SPACE, IN, LITERAL, MAX_REPEAT, MIN_REPEAT, RANGE, SUBPATTERN)

K = 3          # prefix length used for dispatch (see wordscan)
CAP = 8000     # more prefixes than this: a match may start anywhere
GATE_K = 5     # prefix length of a gate (see prefix_gate)


@lru_cache(maxsize=1024)
def parsed(pattern: str):
    """The parse tree of ``pattern`` (None when it is not a valid regex), kept for the next
    question about the same pattern (its prefixes, how it folds): start-up asks several."""
    try:
        return sre_parse.parse(pattern)
    except re.error:
        return None


def _seq(items, k: int) -> Optional[set[str]]:
    """Strings of length <= k that matches of the parsed sequence can start with (shorter
    strings are complete matches, or the known start of an unbounded one); None when even the
    first character is open or the set grows too large."""
    results, frozen = {""}, set()
    for op, av in items:
        grown: set[str] = set()
        for s in results:
            if len(s) >= k:
                grown.add(s)
                continue
            ext = _item(op, av, k - len(s))
            if ext is None:
                if not s:
                    return None
                frozen.add(s)  # known to start with s; what follows is open
                continue
            grown |= {s + t for t in ext}
        if len(grown) + len(frozen) > CAP:
            return None
        results = grown
    return results | frozen


def _item(op, av, n: int) -> Optional[set[str]]:
    if op is LITERAL:
        return {chr(av).lower()}
    if op is IN:
        return _class(av)
    if op in (AT, ASSERT, ASSERT_NOT):
        return {""}
    if op is SUBPATTERN:
        return _seq(av[-1], n)
    if op is BRANCH:
        out: set[str] = set()
        for alt in av[1]:
            got = _seq(alt, n)
            if got is None:
                return None
            out |= got
        return out
    if op in (MAX_REPEAT, MIN_REPEAT):
        return _repeat(av, n)
    return None  # any char, categories (\w, \d, \s), backreferences


def _repeat(av, n: int) -> Optional[set[str]]:
    lo, hi, item = av
    one = _seq(item, n)
    if one is None:
        return None
    out = {""} if lo == 0 else set()
    current = {""}
    last = min(hi, n)
    for count in range(1, last + 1):
        current = {a + b for a in current for b in one if len(a) < n} | {a for a in current if len(a) >= n}
        current = {s[:n] for s in current}
        if count >= lo or count == last:  # (a minimum beyond n: the first n characters still start a match)
            out |= current
        if len(out) > CAP:
            return None
    return out


def _class(items) -> Optional[set[str]]:
    out: set[str] = set()
    for op, av in items:
        if op is LITERAL:
            out.add(chr(av).lower())
        elif op is RANGE and av[1] - av[0] < 300:
            out |= {chr(c).lower() for c in range(av[0], av[1] + 1)}
        elif op is CATEGORY and av is CATEGORY_DIGIT:
            out |= set("0123456789")
        elif op is CATEGORY and av is CATEGORY_SPACE:
            out |= set(" \t\n\r\f\v")
        else:
            return None
    return out


def prefixes(pattern: str, k: int = K) -> Optional[set[str]]:
    """Lower-cased strings (length <= k) that every match of ``pattern`` starts with; None: any."""
    tree = parsed(pattern)  # (the tree does not depend on re.I: case is the compiler's business)
    if tree is None:
        return None
    try:
        got = _seq(tree, k)
    except Exception:  # unusual syntax: try the pattern everywhere
        return None
    return None if got is None or "" in got else got


def prefix_gate(pattern: str, k: int = GATE_K) -> Optional[re.Pattern]:
    """A regex that finds, in lower-cased text that reads as ASCII, one of the strings (up to
    ``k`` characters) that every match of ``pattern`` starts with: a match can start only where
    it finds one (as :class:`~.caseless.Caseless` runs the pattern on such text: case-
    sensitively, with ASCII classes, over the lower-cased text). It is a prefix tree of
    literals, which the regex engine skips through fast. None when a match may start anywhere."""
    starts = prefixes(pattern, k)
    if not starts:
        return None
    return re.compile(_any_of(starts))


def _any_of(strings) -> str:
    """A regex finding any of ``strings``, as a prefix tree (a string that starts another
    is enough: the longer one is left out)."""
    root: dict = {}
    for s in sorted(strings, key=len):
        node = root
        for ch in s:
            if "" in node:
                break
            node = node.setdefault(ch, {})
        else:
            node.clear()
            node[""] = {}
    return _branches(root)


def _branches(node: dict) -> str:
    alts = [re.escape(ch) + _branches(child) for ch, child in sorted(node.items()) if ch]
    return "" if not alts else alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
