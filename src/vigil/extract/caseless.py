"""Case-insensitive patterns that run faster on ASCII text.

Python's regex engine skips an alternative on its first character only when it compares case
sensitively: under ``re.I`` a long alternation of lexicon words costs a jump into every word at
every position it tries. On ASCII text, matching a pattern whose own letters are all lower case
with ``re.I`` is the same as matching it case-sensitively over the lower-cased text (lower-casing
ASCII keeps every offset), which is several times faster. :class:`Caseless` does that, and runs
the ``re.I`` pattern on any other text (where Unicode case folding differs from ``str.lower``:
"K", the Kelvin sign, matches "k"). On ASCII text it also tests ``\\w``, ``\\b``, ``\\d`` and ``\\s``
as ASCII classes, which match there exactly as Unicode's do (the separators \\x1c-\\x1f aside), only faster;
and so they do on text whose characters beyond ASCII are no letters, digits or spaces (curly
quotes, dashes: most web text), which "reads as ASCII" here. On such text a search starts where
the first of the strings that the pattern's matches start with stands (found by its prefix
gate, see :mod:`.prefixes`), or not at all when none does.

The same holds for text beyond ASCII (curly quotes, dashes, accented or Persian letters) when the
pattern names no cased letter beyond ASCII either and the text holds none of the few characters
that match an ASCII letter under ``re.I`` without lower-casing to it (see :func:`lower_if_safe`):
``str.lower`` then keeps every offset, and each character of the text matches each piece of the
pattern exactly as its lower-case form does case-sensitively (checked over every cased code point
by the tests).

A match gives the same spans, groups and ``lastgroup`` as the ``re.I`` pattern's; only its text
may be lower-cased, so callers take words from their own text by span.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator, Optional

from re._constants import (ASSERT, ASSERT_NOT, ATOMIC_GROUP, BRANCH, GROUPREF_EXISTS, IN, LITERAL,  # type: ignore
                           MAX_REPEAT, MIN_REPEAT, NOT_LITERAL, POSSESSIVE_REPEAT, RANGE, SUBPATTERN)

from .prefixes import parsed, prefix_gate


class Caseless:
    """``re.compile(pattern, flags | re.I)``, run case-sensitively over lower-cased text that
    reads as ASCII when the pattern allows it (see the module doc); ``search``, ``match`` and
    ``finditer`` take a whole string (slice it first: no ``pos``/``endpos``)."""

    __slots__ = ("_pattern", "_flags", "_regex", "_lower", "_beyond", "_ascii", "_gate")

    def __init__(self, pattern: str, flags: int = 0):
        self._pattern, self._flags = pattern, flags | re.I
        ascii_ok, beyond_ok = fold_facts(pattern)
        self._lower = re.compile(pattern, flags & ~re.I) if ascii_ok else None
        self._beyond = beyond_ok
        self._ascii = _ascii_twin(pattern, flags & ~re.I) if ascii_ok else None
        self._gate = prefix_gate(pattern) if ascii_ok else None  # where a match can start (None: anywhere)
        # The re.I pattern runs only on text the lowered ones cannot take: compiled when first needed
        # (most texts are ASCII, and compiling every lexicon pattern once more slows each start).
        self._regex: Optional[re.Pattern] = None if ascii_ok else re.compile(pattern, self._flags)

    @property
    def regex(self) -> re.Pattern:
        """The ``re.I`` pattern itself."""
        if self._regex is None:
            self._regex = re.compile(self._pattern, self._flags)
        return self._regex

    @property
    def pattern(self) -> str:
        return self._pattern

    def _pick(self, text: str) -> tuple[re.Pattern, str]:
        if self._lower is not None:
            if _reads_as_ascii(text, self._beyond):
                return self._lower if _has_separator(text) else self._ascii, text.lower()
            if self._beyond and not folds_to_ascii(text):
                return self._lower, text.lower()
        return self.regex, text

    def search(self, text: str) -> Optional[re.Match]:
        if self._lower is not None:  # (_pick, _reads_as_ascii and _has_separator inlined: called in hot loops)
            if text.isascii() or _reads_as_ascii(text, self._beyond):
                if "\x1c" in text or "\x1d" in text or "\x1e" in text or "\x1f" in text:
                    return self._lower.search(text.lower())
                if self._gate is None:
                    return self._ascii.search(text.lower())
                # The ASCII twin's leftmost match, looked for from the first place where the gate
                # finds one of the strings that its matches start with (none starts before).
                lowered = text.lower()
                g = self._gate.search(lowered)
                return None if g is None else self._ascii.search(lowered, g.start())
            if self._beyond and not folds_to_ascii(text):
                return self._lower.search(text.lower())
        return self.regex.search(text)

    def match(self, text: str) -> Optional[re.Match]:
        if self._lower is not None:  # (as in ``search``)
            if text.isascii() or _reads_as_ascii(text, self._beyond):
                if "\x1c" in text or "\x1d" in text or "\x1e" in text or "\x1f" in text:
                    return self._lower.match(text.lower())
                lowered = text.lower()
                if self._gate is not None and self._gate.match(lowered) is None:
                    return None  # (no string a match starts with opens the text)
                return self._ascii.match(lowered)
            if self._beyond and not folds_to_ascii(text):
                return self._lower.match(text.lower())
        return self.regex.match(text)

    def finditer(self, text: str) -> Iterator[re.Match]:
        rx, s = self._pick(text)
        if self._gate is not None and rx is self._ascii and not _has_separator(s):
            # As in ``search``: from the first place where a match can start, or not at all (most
            # texts hold none; a pass over each of their characters tries every alternative there)
            g = self._gate.search(s)
            return iter(()) if g is None else rx.finditer(s, g.start())
        return rx.finditer(s)


def _ascii_twin(pattern: str, flags: int) -> re.Pattern:
    """The case-sensitive pattern with ASCII classes: on ASCII text ``\\w``, ``\\b``, ``\\d`` and
    ``\\s`` match exactly as Unicode's do but for the separators \\x1c-\\x1f, Unicode spaces (see
    :func:`_has_separator`), and the regex engine tests ASCII classes without a look-up per character."""
    try:
        return re.compile(pattern, flags | re.ASCII)
    except (re.error, ValueError):  # a pattern that asks for Unicode itself
        return re.compile(pattern, flags)


def _reads_as_ascii(text: str, beyond: bool) -> bool:
    """Whether the ASCII twin (and the gate) of a pattern may run on ``text`` lower-cased (the
    separators aside): ASCII text, or, for a pattern that names no cased letter beyond ASCII
    (``beyond``), text with no letter, digit or space beyond ASCII. There ASCII classes match as
    Unicode's do, and ``str.lower`` keeps every offset (only a letter, "İ", lower-cases to two
    characters) and turns no character into one that the pattern names."""
    return text.isascii() or beyond and _BEYOND_ASCII_WORD_OR_SPACE.search(text) is None


# A letter, digit or space beyond ASCII (a character beyond ASCII, then a look back at it: the
# regex engine skips through ASCII text fast)
_BEYOND_ASCII_WORD_OR_SPACE = re.compile(r"[^\x00-\x7f](?<=[\w\s])")


def _has_separator(text: str) -> bool:
    """Whether ``text`` holds one of the separators \\x1c-\\x1f (four substring tests: cheaper than
    a test of each character)."""
    return "\x1c" in text or "\x1d" in text or "\x1e" in text or "\x1f" in text


def folds_to_lower_case(pattern: str, beyond_ascii: bool = False) -> bool:
    """Whether ``pattern`` names no upper-case ASCII letter (as a literal or in a class), nor
    a character that folds to one, and never turns case-insensitivity off: then it matches lower-cased ASCII text case-sensitively
    exactly as it matches the text itself with ``re.I``. With ``beyond_ascii``, whether it also
    names no cased letter beyond ASCII, so that this holds for any text :func:`lower_if_safe` lowers."""
    return fold_facts(pattern)[1 if beyond_ascii else 0]


@lru_cache(maxsize=8192)
def fold_facts(pattern: str) -> tuple[bool, bool]:
    """``folds_to_lower_case(pattern)`` and the same ``beyond_ascii``, from one parse (a lexicon's
    patterns are asked about by several scanners; parsing is most of a pipeline's start-up)."""
    tree = parsed(pattern)
    if tree is None or not _lower_only(tree, False):
        return False, False
    return True, _lower_only(tree, True)


def lower_if_safe(text: str) -> Optional[str]:
    """``text.lower()`` when every pattern that passes ``folds_to_lower_case(beyond_ascii=True)``
    matches it case-sensitively exactly as it matches ``text`` with ``re.I``; None when the text
    holds a character that matches an ASCII letter under ``re.I`` without lower-casing to it."""
    if text.isascii() or not folds_to_ascii(text):
        return text.lower()
    return None


def _lower_only(items, beyond: bool) -> bool:
    for op, av in items:
        if op in (LITERAL, NOT_LITERAL):
            ok = not _cased(av, av, beyond)
        elif op is IN:
            ok = not any(_cased(*(a if o is RANGE else (a, a)), beyond) for o, a in av if o in (LITERAL, NOT_LITERAL, RANGE))
        elif op is SUBPATTERN:
            ok = not av[2] & re.I and _lower_only(av[3], beyond)
        elif op is BRANCH:
            ok = all(_lower_only(alt, beyond) for alt in av[1])
        elif op in (MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT):
            ok = _lower_only(av[2], beyond)
        elif op in (ASSERT, ASSERT_NOT):
            ok = _lower_only(av[1], beyond)
        elif op is ATOMIC_GROUP:
            ok = _lower_only(av, beyond)
        elif op is GROUPREF_EXISTS:
            ok = _lower_only(av[1], beyond) and (av[2] is None or _lower_only(av[2], beyond))
        else:  # anchors, categories (\w, \s, \d), any character, back-references
            ok = True
        if not ok:
            return False
    return True


# Characters outside ASCII that match an ASCII letter under re.I ("İ", "ı", "ſ", the Kelvin sign)
_FOLD_TO_ASCII = (0x130, 0x131, 0x17F, 0x212A)
FOLD_CHARS = tuple(map(chr, _FOLD_TO_ASCII))  # the same, as characters
_WIDE_RANGE = 0x3000  # a class range beyond ASCII wider than this counts as cased (not looked through)


def folds_to_ascii(text: str) -> bool:
    """Whether ``text`` holds one of the characters that match an ASCII letter under re.I
    without lower-casing to it (four substring tests: faster than a regex scan of a long text)."""
    for ch in FOLD_CHARS:
        if ch in text:
            return True
    return False


def _cased(lo: int, hi: int, beyond: bool = False) -> bool:
    """Whether the code points ``lo..hi`` include an upper-case ASCII letter or a character
    that matches an ASCII letter under re.I without being one; with ``beyond``, or any cased
    letter beyond ASCII."""
    if lo <= ord("Z") and hi >= ord("A") or any(lo <= c <= hi for c in _FOLD_TO_ASCII):
        return True
    if not beyond or hi < 0x80:
        return False
    lo = max(lo, 0x80)
    return hi - lo > _WIDE_RANGE or any(chr(c).lower() != chr(c) or chr(c).upper() != chr(c) for c in range(lo, hi + 1))
