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
    singles: frozenset  # one-word phrases
    pairs: dict  # (word before last, last word) -> phrases of two words or more, all exact
    by_last: dict  # last word -> phrases with a pattern before it ("expect* to")
    wild_last: tuple  # phrases whose last word is a pattern ("schedul*", "*ed")
    lasts: frozenset  # every exact last word
    heads: tuple  # prefixes of "word*" last words, for a one-call test
    tails: tuple  # suffixes of "*ed" last words
    exceptions: frozenset

    @classmethod
    def of(cls, phrases: Iterable[str], exceptions: Iterable[str] = ()) -> "PhraseSet":
        singles, pairs, by_last, wild = set(), {}, {}, []
        for p in phrases:
            toks = tuple(p.lower().split())
            if "*" in toks[-1]:
                wild.append(toks)
            elif len(toks) == 1:
                singles.add(toks[0])
            elif not any("*" in t for t in toks):
                pairs.setdefault(toks[-2:], []).append(toks)
            else:
                by_last.setdefault(toks[-1], []).append(toks)
        lasts = frozenset(singles) | {k[1] for k in pairs} | set(by_last)
        return cls(frozenset(singles), {k: tuple(v) for k, v in pairs.items()},
                   {k: tuple(v) for k, v in by_last.items()}, tuple(wild), lasts,
                   tuple(t[-1][:-1] for t in wild if t[-1].endswith("*")),
                   tuple(t[-1][1:] for t in wild if t[-1].startswith("*")), frozenset(exceptions))

    def ends_at(self, ws: list[str], i: int) -> Optional[int]:
        """Length of a phrase ending at ``ws[i]``, or None."""
        w = ws[i]
        if w in self.singles:
            return 1
        cands = self.pairs.get((ws[i - 1], w), ()) if i else ()
        cands += self.by_last.get(w, ())
        if w.startswith(self.heads) or w.endswith(self.tails):
            cands += tuple(t for t in self.wild_last if _matches(t[-1], w, self.exceptions))
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
        lo = max(0, len(ws) - last) if last else 0
        if not self.wild_last:
            lasts = self.lasts
            return any(self.ends_at(ws, i) for i in range(len(ws) - 1, lo - 1, -1) if ws[i] in lasts)
        return any(self.ends_at(ws, i) for i in range(len(ws) - 1, lo - 1, -1) if self.hit(ws[i]))
