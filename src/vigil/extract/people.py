"""People counted one by one: "a man was shot and killed" is one fatality, "Ann Lee, 20, and
Bo Chan, 19, were killed" two. Only the count is kept, never a name.

Finding these cheaply matters (they sit in every crime report): person nouns are found first
with a prefix-dispatched scan, and the determiner is looked for just before each of them,
instead of trying a long pattern at every "the" and "a".
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from .. import lexicon
from .wordscan import WordScanner

_DET_BEFORE = re.compile(r"(?:\b(?i:an?|one|the|another|his|her|their)|\b[A-Z][a-z]+['’]s)\s+(?:[\w'’-]+\s+){0,3}$")
_NAMED_PASSIVE = re.compile(r"\b[A-Z][a-z'’-]+\s+[A-Z][a-z'’-]+(?=\s+(?:was|has been|had been)\s)")
_AGE = re.compile(r"\d{1,2}(?:-|\s)years?(?:-|\s)old\b", re.I)
_ARTICLE_BEFORE = re.compile(r"\ban?\s+$", re.I)
_PRONOUN = re.compile(r"\b(?:he|she)\b", re.I)
_ARREST_MADE = re.compile(r"\b(?:(?:made|make|makes|making)\s+(?:an|one)\s+arrest|arrest\s+(?:has\s+been\s+|was\s+)?made)\b", re.I)
_AGE_APPOSITION = re.compile(r",\s+\d{1,2},")
_NAME_BEFORE = re.compile(r"(?:^|(?<=[\s(\"“]))((?:[A-Z][a-z'’-]+\s+){0,2}[A-Z][a-z'’-]+)$")
_AND = re.compile(r"^\s+(?:and\s+)?$")


@dataclass(frozen=True)
class Person:
    start: int
    end: int
    count: int = 1
    arrest: bool = False  # "made an arrest": an arrest whatever follows


@dataclass(frozen=True)
class PeopleFinder:
    data: dict

    @cached_property
    def nouns(self) -> WordScanner:
        return WordScanner([rf"(?:{lexicon.alternation(self.data['people']['persons'])})(?!s\b)"])

    @cached_property
    def headline(self) -> re.Pattern:
        return re.compile(rf"(?:{lexicon.alternation(self.data['people']['headline'])})\b")

    def find(self, text: str, starts, heads, sentence_starts: list[int]) -> list[Person]:
        found = self._with_nouns(text, starts, heads) + self._ages(text) + self._headlines(text, sentence_starts)
        found += [Person(m.start(), m.end()) for m in _PRONOUN.finditer(text)]
        found += [Person(m.start(), m.end(), arrest=True) for m in _ARREST_MADE.finditer(text)]
        found += named_people(text)
        found += [Person(m.start(), m.end()) for m in _NAMED_PASSIVE.finditer(text)]
        return _longest(found)

    def _with_nouns(self, text: str, starts, heads) -> list[Person]:
        out = []
        for s, e, _ in self.nouns.finditer(text, starts, heads):
            det = _DET_BEFORE.search(text, max(0, s - 40), s)
            if det is not None:
                out.append(Person(det.start(), e))
        return out

    def _ages(self, text: str) -> list[Person]:
        out = []
        for m in _AGE.finditer(text):
            art = _ARTICLE_BEFORE.search(text, max(0, m.start() - 4), m.start())
            out.append(Person(art.start() if art else m.start(), m.end()))
        return out

    def _headlines(self, text: str, sentence_starts: list[int]) -> list[Person]:
        """A capitalised person word opening a headline: "Teen Killed, Five Injured"."""
        return [Person(s, m.end()) for s in sentence_starts if (m := self.headline.match(text, s))]


def named_people(text: str) -> list[Person]:
    """People given by name and age ("Ann Lee, 20, and Bo Chan, 19,"), found from the age
    apposition backwards; the run's count is kept, the names are not."""
    runs: list[list[int]] = []
    for m in _AGE_APPOSITION.finditer(text):
        name = _NAME_BEFORE.search(text, max(0, m.start() - 60), m.start())
        if name is None:
            continue
        if runs and _AND.match(text[runs[-1][1]:name.start(1)]):
            runs[-1][1] = m.end()
            runs[-1][2] += 1
        else:
            runs.append([name.start(1), m.end(), 1])
    return [Person(a, b, n) for a, b, n in runs]


def _longest(found: list[Person]) -> list[Person]:
    out: list[Person] = []
    for p in sorted(found, key=lambda p: (-(p.end - p.start), p.start)):
        if not any(o.start < p.end and p.start < o.end for o in out):
            out.append(p)
    return sorted(out, key=lambda p: p.start)
