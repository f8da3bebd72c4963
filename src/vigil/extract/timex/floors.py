"""The order in which the event-date choice ranks a report's candidate dates (see
:func:`.choose._top`): by a floor, a number no greater than the rank, and then by position.

The floors are those of the tiers (see :mod:`.choose`): -50 in the trigger's own sentence or
line, 1000 in a headline or dateline, else 2000 (4000 in a sentence with no word of the event's
kind) + 10 for each sentence away (at most 90; a sentence after the trigger half a sentence
farther than one as far before it). A candidate that ranks None outside its own sentence and
line is left out.

The search mostly stops after a few candidates, so :class:`FloorOrder` yields them lazily:
the trigger's sentence and line first, then the headline and dateline dates, then sentence by
sentence outwards from the trigger's, instead of working out and sorting the floor of every
date of the report for every trigger sentence. The order is exactly that of sorting every
``(floor, start)`` (stably, in the report's order of the dates).
"""
from __future__ import annotations

from bisect import bisect_left
from typing import Iterator, NamedTuple, Optional

from ...model import Mention

FAR = 90  # sentences: from this far on, every sentence has the same floor (then ordered by position)


class Row(NamedTuple):
    """One candidate: its position, its order among the report's dates, whether it stands in a
    headline or dateline, and whether it ranks None outside its sentence and line."""

    start: int
    index: int
    mention: Mention
    top: bool
    never: bool


class FloorOrder:
    """A report's candidates, grouped for :meth:`rows` (built once per report)."""

    def __init__(self, info: list[tuple[int, bool, int, Mention, bool]]):
        """``info``: (sentence, in a headline or dateline, start, mention, never dating an
        event from another sentence) of each candidate, in the report's order of the dates."""
        self.by_sentence: dict[int, list[Row]] = {}
        rows = []
        for i, (mi, top, start, m, never) in enumerate(info):
            row = Row(start, i, m, top, never)
            rows.append(row)
            self.by_sentence.setdefault(mi, []).append(row)
        for got in self.by_sentence.values():
            got.sort()  # (start, index): the order of equal floors
        self.rows = sorted(rows)
        self.starts = [r.start for r in self.rows]
        self.tops = [r for r in self.rows if r.top and not r.never]
        self.sentences = sorted(self.by_sentence)
        self._split: dict[frozenset, tuple[list[int], list[int]]] = {}

    def rows_in_order(self, si: int, a: int, b: int, worded: frozenset) -> Iterator[tuple[float, Row]]:
        """``(floor, row)`` in the order of ``(floor, start, index)``, for a trigger in sentence
        ``si`` whose line ``[a, b)`` counts as its sentence (``a == b``: none), ``worded``
        holding the sentences with a word of the event's kind."""
        own = {r.index: r for r in self.by_sentence.get(si, ())}
        if a < b:
            lo, hi = bisect_left(self.starts, a), bisect_left(self.starts, b)
            own.update((r.index, r) for r in self.rows[lo:hi])
        for r in sorted(own.values()):
            yield -50.0, r
        for r in self.tops:
            if r.index not in own:
                yield 1000.0, r
        with_words, without = self._worded_split(worded)
        for base, sentences in ((2000.0, with_words), (4000.0, without)):
            for floor, rows in _by_distance(self.by_sentence, sentences, si, base):
                for r in rows:
                    if not (r.top or r.never or a <= r.start < b):
                        yield floor, r

    def _worded_split(self, worded: frozenset) -> tuple[list[int], list[int]]:
        """The candidates' sentences with a word of the event's kind and those without."""
        got = self._split.get(worded)
        if got is None:
            got = self._split[worded] = ([i for i in self.sentences if i in worded],
                                         [i for i in self.sentences if i not in worded])
        return got


def _by_distance(by_sentence: dict[int, list[Row]], sentences: list[int], si: int,
                 base: float) -> Iterator[tuple[float, list[Row]]]:
    """``(floor, rows)`` of the ``sentences`` (ascending) other than ``si``, nearest first (one
    before the trigger's before one as far after it), then those ``FAR`` or more away, whose
    floors are all equal, as one list in the order of position."""
    i = bisect_left(sentences, si)
    lo, hi = i - 1, i + (i < len(sentences) and sentences[i] == si)
    while True:
        left = sentences[lo] if lo >= 0 and si - sentences[lo] < FAR else None
        right = sentences[hi] if hi < len(sentences) and sentences[hi] - si < FAR else None
        if left is None and right is None:
            break
        if right is None or left is not None and si - left <= right - si:
            lo -= 1
            yield base + 10 * (si - left), by_sentence[left]
        else:
            hi += 1
            yield base + 10 * (right if si == 0 else right - si + 0.5), by_sentence[right]
    far = sentences[:lo + 1] + sentences[hi:]
    if far:
        yield base + 10 * FAR, sorted(r for mi in far for r in by_sentence[mi])


def first_of(order: Iterator[tuple[float, Row]], kept: Optional[set[int]]) -> Iterator[tuple[float, int, Mention]]:
    """``(floor, start, mention)`` of the rows of ``order`` whose mentions' ids are ``kept``
    (all when None)."""
    for floor, r in order:
        if kept is None or id(r.mention) in kept:
            yield floor, r.start, r.mention
