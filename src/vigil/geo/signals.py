"""The country a report is in when it names no place there: words only one country's reports use.

:func:`country_signal` is read by the places stage when no toponym gave the document a country
(see ``vigil/data/geo/country_signals.toml``): a Persian narrative dated "۱۹ دی" (the Iranian
calendar) or naming "جمهوری اسلامی" is about Iran. It returns the country code and the span of
the words that say so, kept as the event place's evidence.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from .. import lexicon

_DIGITS_DAY = r"[0-9\u06f0-\u06f9\u0660-\u0669]{1,2}\s*(?:ام|م)?"
_YEAR = r"[\u06f11][\u06f3\u06f43-4][0-9\u06f0-\u06f9]{2}"
_ARABIC_SCRIPT = re.compile(r"[\u0600-\u06ff]")


def _words(names) -> str:
    """An alternation of Persian words, any run of spaces or joiners between their parts and
    "و" (and) optional ("بیست و یکم", "بیست یکم")."""
    return lexicon.alternation([re.escape(n).replace(r"\ و\ ", r"\ ").replace(r"\ ", r"[\s\u200c]+(?:و[\s\u200c]+)?")
                                for n in names])


def _jalali_dates(not_after: list[str]) -> list[str]:
    """Patterns of a date in the Iranian calendar (the time lexicon's month names and days)."""
    fa = lexicon.load("time/fa")
    months = _words(fa["jalali_months_fa"])
    day = rf"(?:{_DIGITS_DAY}|{_words(fa['ordinals_fa'])})"
    guard = rf"(?![\u200c ]?(?:{lexicon.alternation([re.escape(w) for w in not_after])})(?![\u0620-\u06d3]))" if not_after else ""
    return [rf"(?<![\u0620-\u06d3]){day}\s*(?:{months})(?:[\u200c ]?ماه)?(?![\u0620-\u06d3]){guard}",
            rf"(?<![\u0620-\u06d3])(?:{months})(?:[\u200c ]?ماه)?\s*(?:سال\s*)?{_YEAR}(?![0-9\u06f0-\u06f9])"]


@lru_cache(maxsize=None)
def _patterns() -> tuple[tuple[str, str, re.Pattern], ...]:
    out = []
    for cc, spec in lexicon.load("geo/country_signals").items():
        parts = list(spec.get("words", []))
        if spec.get("calendar") == "jalali":
            parts += _jalali_dates(spec.get("not_after_month", []))
        out.append((cc, spec.get("script", ""), re.compile("|".join(f"(?:{p})" for p in parts))))
    return tuple(out)


def country_signal(text: str) -> Optional[tuple[str, int, int]]:
    """(country code, start, end) of the first words that place ``text`` in one country, if any."""
    if text.isascii():
        return None
    arabic = None
    for cc, script, pat in _patterns():
        if script == "arabic":
            if arabic is None:
                arabic = _ARABIC_SCRIPT.search(text) is not None
            if not arabic:
                continue
        m = pat.search(text)
        if m is not None:
            return cc, m.start(), m.end()
    return None
