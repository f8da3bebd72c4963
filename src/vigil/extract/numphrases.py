"""Number phrases: "over 8,000", "two dozen", "between 10 and 20", "hundreds", "a score of".

:class:`NumberGrammar` builds, from the ``lexicon/numbers`` data file, the pattern of a number
phrase (digits, number words, multipliers, qualifiers, ranges, vague quantities) and reads a
match's value and its low/high bounds by the contract's conventions ("over 8,000": low 8000;
"up to 50": high 50; "dozens": low 24). What the figure counts is :mod:`.numbers`' business.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from typing import Optional

from .. import lexicon
from .wordscan import WordScanner

_DIGITS = r"\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:\.\d+)?"
_A_AS_ONE = re.compile(r"^a\s+")
_HALF_DOZEN = r"(?:an?\s+)?half[\s-]+(?:an?\s+)?dozen"  # "half a dozen", "a half-dozen": six
_HALF_DOZEN_RX = re.compile(_HALF_DOZEN)
_HALF_MILLION = r"half\s+a\s+million"  # "half a million": 500,000
_HALF_MILLION_RX = re.compile(_HALF_MILLION)
_VALUE_PARTS = re.compile(r"[\s-]+")
_DECIMAL = re.compile(r"\d+(?:\.\d+)?")
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class NumberGrammar:
    """Compiled number patterns built from the ``lexicon/numbers`` data file."""

    data: dict

    @classmethod
    def default(cls) -> "NumberGrammar":
        return cls(lexicon.load("lexicon/numbers"))

    @cached_property
    def words(self) -> dict[str, int]:
        return {k.lower(): int(v) for k, v in self.data["words"].items()}

    @cached_property
    def multipliers(self) -> dict[str, int]:
        return {k.lower(): int(v) for k, v in self.data["multipliers"].items()}

    @cached_property
    def vague(self) -> dict[str, int]:
        return {k.lower(): int(v) for k, v in self.data["vague"].items()}

    @cached_property
    def number(self) -> str:
        """Regex of one number (no qualifier): digits, words, "two dozen", "1.5 million"."""
        simple = [w for w in self.words if w not in ("a", "an", "single", "couple", "pair", "dozen", "score")]
        word = rf"(?:{lexicon.alternation(simple)})(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?"
        mult = lexicon.alternation([m for m in self.multipliers if len(m) > 1])
        base = rf"(?:{_DIGITS}|{word})(?:\s+(?:{mult}))?(?:[\s-]+dozen)?"
        return rf"(?:{base}|{_HALF_DOZEN}|{_HALF_MILLION}|a\s+(?:dozen|hundred|thousand|million|couple(?:\s+of)?)|a\s+score\s+of)"

    @cached_property
    def phrase_pattern(self) -> str:
        """A full number phrase with optional qualifier and ranges, or a vague quantity."""
        q = self.data["qualifiers"]
        qual = lexicon.alternation(q["low"] + q["high"] + q["approx"])
        vague = lexicon.alternation([re.escape(v) for v in self.vague])
        n = self.number
        # ("twenty-four" is one number, no range from twenty down to four)
        rng = rf"(?:between\s+(?P<a>{n})\s+and\s+(?P<b>{n})|(?P<c>{n})(?!-(?:one|two|three|four|five|six|seven|eight|nine)\b)" \
              rf"\s*(?:to|-|–|or)\s*(?P<d>{n}))"
        # "20 or so" is about 20; "170+" at least 170
        n_alone = rf"(?P<n>{n})(?:\s+or\s+so|(?P<plus>\+))?"
        # (not after a letter or sign; after a stop or comma, only a word: "2.5" and "3,400" are no two
        # figures, but web text that drops the space after a stop still opens one: "on Friday.Four people")
        return rf"(?<![\w$£€])(?!(?<=[.,])\d)(?:(?P<qual>{qual})\s+)?(?:{rng}|(?P<vague>{vague})|{n_alone})(?![\w%])(?:\s+of)?"

    @cached_property
    def phrase(self) -> re.Pattern:
        return re.compile(self.phrase_pattern, re.I)

    @cached_property
    def scanner(self) -> WordScanner:
        """Number phrases ("over 8,000", "two dozen") at word starts."""
        return WordScanner([self.phrase_pattern], flags=re.I, tail="")

    def value(self, text: str) -> Optional[int]:
        """The integer value of one number expression ("8,000", "two dozen", "1.5 million")."""
        t = text.lower().replace(",", "").strip()
        t = _A_AS_ONE.sub("one ", _HALF_DOZEN_RX.sub("6", _HALF_MILLION_RX.sub("500000", t)))
        total, parts = 0.0, _VALUE_PARTS.split(t)
        current = 0.0
        for p in parts:
            if p in ("of", "and"):
                continue
            if _DECIMAL.fullmatch(p):
                current += float(p)
            elif p == "dozen":
                current = (current or 1) * 12
            elif p in self.words:
                current += self.words[p]
            elif p in self.multipliers:
                total += (current or 1) * self.multipliers[p]
                current = 0
            else:
                return None
        value = int(round(total + current))
        return value

    def bounds(self, m: re.Match) -> tuple[Optional[int], Optional[int]]:
        """Low/high bounds of a ``phrase`` match, following the contract's conventions."""
        if m.group("vague"):
            return self.vague[_SPACES.sub(" ", m.group("vague").lower())], None
        if m.group("a") or m.group("c"):
            lo, hi = self.value(m.group("a") or m.group("c")), self.value(m.group("b") or m.group("d"))
            if lo is not None and hi is not None and lo > hi:  # "10 or 12" fine, "20 to 5" is not a range
                return None, None
            return lo, hi
        v = self.value(m.group("n"))
        qual = (m.group("qual") or "").lower()
        q = self.data["qualifiers"]
        if qual in q["low"] or m.group("plus"):
            return v, None
        if qual in q["high"]:
            return None, v
        return v, v
