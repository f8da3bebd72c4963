"""Fast matching of many regex patterns at word starts.

Python's ``re`` tries every alternative of a big alternation at every position, so one regex
of fifty lexicon patterns costs milliseconds per article. :class:`WordScanner` works out from
each pattern's parse tree the first three characters a match can start with, and at each word
start tries only the patterns whose prefixes fit. The result is the same leftmost-first,
non-overlapping matching as one big alternation, an order of magnitude faster. Case-insensitive
patterns run case-sensitively over the lower-cased text where that gives the same matches (see
:mod:`vigil.extract.caseless`): a document is lower-cased once for all its scanners.
"""
from __future__ import annotations

import re
import sys
from bisect import bisect_left
from itertools import compress
from typing import Callable, Iterator, NamedTuple, Optional, Sequence

from .caseless import folds_to_lower_case, lower_if_safe
from .prefixes import K, parsed, prefix_gate, prefixes  # noqa: F401  (prefix_gate: the public API of this module too)

WORD_STARTS = re.compile(r"[^\W_][\w-]*|[#$£€]")  # each match starts a word (consuming: fast)
# The same starts on a text whose letters and digits are all ASCII: ASCII classes are cheaper to test.
WORD_STARTS_ASCII = re.compile(WORD_STARTS.pattern, re.ASCII)
# A letter or digit beyond ASCII (a character beyond ASCII, then a look
# back at it: the regex engine skips through ASCII text fast)
_NON_ASCII_WORD = re.compile(r"[^\x00-\x7f](?<=\w)")


def alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of ``pattern``, in order ("a|b(?:c|d)" -> ["a", "b(?:c|d)"]).

    Scanned as one pattern each, they match as the whole pattern does at each position (the
    first alternative that matches wins either way), and a word start tries only the
    alternatives whose prefixes fit it, not every word of a long lexicon entry. A pattern
    whose pieces would not stand alone (a global flag, a back-reference) stays whole."""
    out, depth, class_from, escaped, last = [], 0, -1, False, 0
    for i, ch in enumerate(pattern):
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif class_from >= 0:  # inside [...]: a "]" right after "[" or "[^" is a literal
            if ch == "]" and i > class_from:
                class_from = -1
        elif ch == "[":
            class_from = i + 2 if pattern[i + 1:i + 2] == "^" else i + 1
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append(pattern[last:i])
            last = i + 1
    out.append(pattern[last:])
    if len(out) > 1 and (_GLOBAL_FLAGS.match(pattern) or not all(map(_stands_alone, out))):
        return [pattern]
    return out


_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")
_BACKREF = re.compile(r"\\\d|\(\?P=")


def _stands_alone(piece: str) -> bool:
    """A valid pattern on its own (parsed, not compiled: a piece of a pattern that compiles
    compiles too once it parses) with no back-reference."""
    return _BACKREF.search(piece) is None and parsed(piece) is not None


class _RegexByHead(dict):
    """Head (lower-cased first characters at a word start) -> the regex of the patterns that
    can start there (None: none can), worked out the first time a head is looked up; with
    ``lowered``, the case-sensitive regex that runs over lower-cased text."""

    def __init__(self, scanner: "WordScanner", lowered: bool = False):
        super().__init__()
        self.scanner, self.lowered = scanner, lowered
        self._of_key: dict[str, Optional[re.Pattern]] = {}

    def __missing__(self, head: str) -> Optional[re.Pattern]:
        """The regex of a new head, worked out once per prefix key: the longest of its first
        three, two or one characters that some pattern's prefixes name decides it (most new
        heads, names and numbers, share their first character's answer)."""
        _, by2, by3 = self.scanner._by_key
        seen = head if self.scanner.fold is None else self.scanner.fold(head)
        key = seen[:3] if seen[:3] in by3 else seen[:2] if seen[:2] in by2 else seen[:1]
        rx = self._of_key.get(key, False)
        if rx is False:
            idx = self.scanner._candidates(key)
            rx = self._of_key[key] = self.scanner._regex(idx, self.lowered) if idx else None
        self[head] = rx
        return rx


class WordStarts(NamedTuple):
    """A text's word starts, their heads (lower-cased first characters) and the lower-cased
    text (None when scanners must match the text itself; see ``caseless.lower_if_safe``)."""

    starts: list[int]
    heads: list[str]
    lowered: Optional[str]


class WordScanner:
    """Leftmost-first, non-overlapping matches of ``patterns`` at word starts.

    ``finditer`` yields ``(start, end, index)``; ``index`` is the pattern's position in
    ``patterns`` (earlier patterns win at the same start, as in one big alternation).
    ``fold``, if given, maps a head to the characters the patterns are looked up by (digits
    beyond ASCII to ASCII ones, for patterns whose ``\\d`` takes them: see ``_class``).
    """

    def __init__(self, patterns: Sequence[str], flags: int = re.I, tail: str = r"(?![\w])",
                 fold: Optional[Callable[[str], str]] = None):
        self.patterns = list(patterns)
        self.flags, self.tail, self.fold = flags, tail, fold
        by_key: list[dict[str, list[int]]] = [{}, {}, {}, {}]  # by prefix length 0..3
        for i, p in enumerate(self.patterns):
            for s in prefixes(p) or {""}:
                by_key[len(s)].setdefault(s, []).append(i)
        self._anywhere = tuple(by_key[0].get("", ()))  # patterns with no known prefix
        self._by_key = [{s: tuple(idx) for s, idx in keys.items()} for keys in by_key[1:]]  # lengths 1..3
        self._compiled: dict[tuple[tuple[int, ...], bool], re.Pattern] = {}
        self._index_of = {f"p{i}": i for i in range(len(self.patterns))}  # a match's lastgroup -> its pattern
        self._regex_of = _RegexByHead(self)
        lowers = flags & re.I and all(folds_to_lower_case(p, beyond_ascii=True) for p in (*self.patterns, tail))
        self._lowered_of = _RegexByHead(self, lowered=True) if lowers else None

    def may_start(self, head: str) -> bool:
        """Whether some pattern can start at a word start with this head (its first characters)."""
        table = self._regex_of if self._lowered_of is None else self._lowered_of
        return table[head] is not None

    def _candidates(self, head: str) -> tuple[int, ...]:
        """Indices (ascending) of the patterns whose prefixes fit ``head``."""
        by1, by2, by3 = self._by_key
        found = [idx for idx in (self._anywhere, by1.get(head[:1]), by2.get(head[:2]), by3.get(head[:3])) if idx]
        if len(found) <= 1:
            return found[0] if found else ()
        return tuple(sorted(set().union(*found)))

    def _regex(self, idx: tuple[int, ...], lowered: bool = False) -> re.Pattern:
        rx = self._compiled.get((idx, lowered))
        if rx is None:
            body = "|".join(f"(?P<p{i}>{self.patterns[i]})" for i in idx)  # outer group closes last
            flags = self.flags & ~re.I if lowered else self.flags
            rx = self._compiled[idx, lowered] = re.compile(f"(?:{body}){self.tail}", flags)
        return rx

    def matches(self, text: str, starts: Optional[Sequence[int]] = None, heads: Optional[Sequence[str]] = None,
                lowered: Optional[str] = None) -> Iterator[tuple[re.Match, int]]:
        """The match objects (and pattern indices), leftmost-first and non-overlapping. A
        match's text may be lower-cased: take words from ``text`` by span.

        ``starts``, ``heads`` (the lower-cased first three characters at each start) and
        ``lowered`` (the text lower-cased) can be shared between scanners of one text; see
        :func:`doc_word_starts`.
        """
        if starts is None:
            starts = word_starts(text)
        if heads is None:
            heads = [text[w:w + K].lower() for w in starts]
        table, subject = self._regex_of, text
        if self._lowered_of is not None:
            lowered = lower_if_safe(text) if lowered is None else lowered
            if lowered is not None:
                table, subject = self._lowered_of, lowered
        regexes = list(map(table.__getitem__, heads))  # (a C-level pass over the starts)
        pos, index_of = 0, self._index_of
        # only where some pattern can start: those starts and their regexes, side by side (two C-level passes)
        for w, rx in zip(compress(starts, regexes), filter(None, regexes)):
            if w < pos:
                continue
            m = rx.match(subject, w)
            if m is not None and (pos := m.end()) > w:
                yield m, index_of[m.lastgroup]

    def finditer(self, text: str, starts: Optional[Sequence[int]] = None, heads: Optional[Sequence[str]] = None,
                 lowered: Optional[str] = None) -> Iterator[tuple[int, int, int]]:
        for m, i in self.matches(text, starts, heads, lowered):
            start, end = m.span()
            yield start, end, i

    def search(self, text: str) -> bool:
        return next(self.finditer(text), None) is not None


class _PairsByHead(dict):
    """Head -> ((scanner number, regex, runs over lowered text), ...) of the scanners of a
    :class:`ScannerGroup` that can start there (None: none can), from each scanner's own table."""

    def __init__(self, group: "ScannerGroup", lowered: bool):
        super().__init__()
        self.tables = [(k, sc._lowered_of if lowered and sc._lowered_of is not None else sc._regex_of,
                        lowered and sc._lowered_of is not None) for k, sc in enumerate(group.scanners)]

    def __missing__(self, head: str):
        # (each regex's ``match`` bound once here: the scan calls it for every word start)
        pairs = tuple((k, rx.match, low) for k, table, low in self.tables if (rx := table[head]) is not None)
        got = self[head] = pairs or None
        return got


class ScannerGroup:
    """Several scanners over the same word starts in one pass: each start's head is looked up
    once for them all (not once a scanner), and each scanner keeps its own leftmost-first,
    non-overlapping matching, so each gets exactly what its own ``matches`` gives."""

    def __init__(self, scanners: Sequence[WordScanner]):
        self.scanners = tuple(scanners)
        self._tables = (_PairsByHead(self, False), _PairsByHead(self, True))

    def matches(self, text: str, starts: Sequence[int], heads: Sequence[str],
                lowered: Optional[str] = None) -> list[list[tuple[re.Match, int]]]:
        """Each scanner's (match, pattern index) list, as its ``matches`` would give them."""
        if lowered is None and any(sc._lowered_of is not None for sc in self.scanners):
            lowered = lower_if_safe(text)
        entries = list(map(self._tables[lowered is not None].__getitem__, heads))
        out: list[list[tuple[re.Match, int]]] = [[] for _ in self.scanners]
        pos = [0] * len(self.scanners)
        index_of = [sc._index_of for sc in self.scanners]
        sources = (text, lowered)  # (indexed by the pair's "runs over lowered text")
        for w, pairs in zip(compress(starts, entries), filter(None, entries)):
            for k, match, low in pairs:
                if w < pos[k]:
                    continue
                m = match(sources[low], w)
                if m is not None and (end := m.end()) > w:
                    pos[k] = end
                    out[k].append((m, index_of[k][m.lastgroup]))
        return out


def word_starts(text: str) -> list[int]:
    ascii_words = text.isascii() or _NON_ASCII_WORD.search(text) is None  # (curly quotes and dashes are no letters)
    return list(map(re.Match.start, (WORD_STARTS_ASCII if ascii_words else WORD_STARTS).finditer(text)))


def doc_word_starts(doc) -> WordStarts:
    """Word starts of a Doc's text, their lower-cased first characters and the lower-cased text,
    computed once per document and shared by every scanner: ``scanner.matches(doc.text, *doc_word_starts(doc))``."""
    got = doc.context.get("word_starts")
    if got is None:
        text = doc.text
        starts, lowered = word_starts(text), lower_if_safe(text)
        heads = [lowered[w:w + K] for w in starts] if lowered is not None else [text[w:w + K].lower() for w in starts]
        # Interned: the scanners' tables hold the same string objects, so each of their look-ups
        # (a dozen scanners a document) finds its head by identity, without comparing characters.
        got = doc.context["word_starts"] = WordStarts(starts, list(map(sys.intern, heads)), lowered)
    return got


def focus_word_starts(doc, sentences) -> WordStarts:
    """The shared word starts restricted to the given sentence indices (all when None); each
    set of sentences is worked out once per document (several stages focus on the same)."""
    if sentences is None:
        return doc_word_starts(doc)
    got = doc.context.get("focus_word_starts")
    if got is None or got[0] is not doc.sentences:
        got = doc.context["focus_word_starts"] = (doc.sentences, {})
    key = frozenset(sentences)
    if key not in got[1]:
        got[1][key] = _focus_word_starts(doc, key)
    return got[1][key]


def _focus_word_starts(doc, sentences) -> WordStarts:
    starts, heads, lowered = doc_word_starts(doc)
    out_s: list[int] = []
    out_h: list[str] = []
    for i in sorted(sentences):
        sent = doc.sentences[i]
        a, b = bisect_left(starts, sent.start), bisect_left(starts, sent.end)
        out_s += starts[a:b]
        out_h += heads[a:b]
    return WordStarts(out_s, out_h, lowered)
