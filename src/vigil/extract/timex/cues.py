"""Cue phrases matched on words, not characters: a window of text is split into lower-case
words once, and phrases are looked up by their last word. Much cheaper than scanning a
window with a large case-insensitive regular expression for every date.

Phrase syntax (data/time/en.toml): words separated by spaces; ``word*`` matches words starting
with ``word``; ``*ed`` matches words of five letters or more ending in ``ed`` (minus the
``not_past`` exceptions).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Optional

WORD = re.compile(r"[\w'’]+(?:[.:][\w'’]+)*")


def words(text: str) -> list[str]:
    """Lower-case words; "10:30", "p.m" and "they'll" stay whole, final dots go."""
    return WORD.findall(text.lower())


def _matches(pattern: str, word: str, exceptions: frozenset) -> bool:
    if pattern == word:
        return True
    if pattern.endswith("*"):
        return word.startswith(pattern[:-1])
    if pattern.startswith("*"):
        return len(word) >= len(pattern) + 2 and word.endswith(pattern[1:]) and word not in exceptions
    return False


@dataclass(frozen=True)
class PhraseSet:
    by_last: dict  # last word -> tuple of phrases (tuples of words)
    lasts: frozenset  # the keys of by_last
    wild_last: tuple  # phrases whose last word is a pattern
    heads: tuple  # prefixes of the "word*" last words, for a one-call rejection
    tails: tuple  # suffixes of the "*ed" last words
    exceptions: frozenset

    @classmethod
    def of(cls, phrases: Iterable[str], exceptions: Iterable[str] = ()) -> "PhraseSet":
        by_last: dict = {}
        wild = []
        for p in phrases:
            toks = tuple(p.lower().split())
            if "*" in toks[-1]:
                wild.append(toks)
            else:
                by_last.setdefault(toks[-1], []).append(toks)
        heads = tuple(t[-1][:-1] for t in wild if t[-1].endswith("*"))
        tails = tuple(t[-1][1:] for t in wild if t[-1].startswith("*"))
        return cls({k: tuple(v) for k, v in by_last.items()}, frozenset(by_last), tuple(wild), heads,
                   tails, frozenset(exceptions))

    def ends_at(self, ws: list[str], i: int) -> Optional[int]:
        """Length of a phrase ending at ``ws[i]``, or None."""
        w = ws[i]
        cands = self.by_last.get(w, ())
        if w.startswith(self.heads) or w.endswith(self.tails):
            cands = cands + tuple(t for t in self.wild_last if _matches(t[-1], w, self.exceptions))
        for toks in cands:
            n = len(toks)
            if n == 1:
                return 1
            if n - 1 <= i and all(_matches(p, ws[i - n + 1 + k], self.exceptions) for k, p in enumerate(toks[:-1])):
                return n
        return None

    def hit(self, w: str) -> bool:
        """Could a phrase end with word ``w``? (A cheap test before :meth:`ends_at`.)"""
        return w in self.lasts or w.startswith(self.heads) or w.endswith(self.tails)

    def any_in(self, ws: list[str], last: int = 0) -> bool:
        """A phrase ends within the last ``last`` words (all words if 0)."""
        window = ws[-last:] if last else ws
        if not self.wild_last and self.lasts.isdisjoint(window):
            return False
        lo = len(ws) - len(window)
        return any(self.ends_at(ws, i) for i in range(len(ws) - 1, lo - 1, -1) if self.hit(ws[i]))
