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

_DAY = (r"(?:[0-9\u06f0-\u06f9\u0660-\u0669]{1,2}\s*(?:ام|م)?|"
        r"(?:(?:بیست|سی)(?:\s+و)?\s+)?(?:یکم|دوم|سوم|چهارم|پنجم|ششم|هفتم|هشتم|نهم|دهم|یازدهم|"
        r"دوازدهم|سیزدهم|چهاردهم|پانزدهم|شانزدهم|هفدهم|هجدهم|هیجدهم|نوزدهم|بیستم|سی[\u200c ]?ام|سی[\u200c ]?یکم))")
_YEAR = r"[\u06f11][\u06f3\u06f43-4][0-9\u06f0-\u06f9]{2}"


@lru_cache(maxsize=None)
def _patterns() -> tuple[tuple[str, str, re.Pattern], ...]:
    out = []
    for cc, spec in lexicon.load("geo/country_signals").items():
        months = lexicon.alternation([re.escape(m) for m in spec.get("months", [])])
        parts = list(spec.get("words", []))
        if months:
            not_after = lexicon.alternation([re.escape(w) for w in spec.get("not_after_month", [])])
            guard = rf"(?![\u200c ]?(?:{not_after})(?![\u0620-\u06d3]))" if not_after else ""
            parts.append(rf"{_DAY}\s*(?:{months})(?:[\u200c ]?ماه)?(?![\u0620-\u06d3]){guard}")
            parts.append(rf"(?<![\u0620-\u06d3])(?:{months})(?:[\u200c ]?ماه)?\s*(?:سال\s*)?{_YEAR}(?![0-9\u06f0-\u06f9])")
        out.append((cc, spec.get("script", ""), re.compile("|".join(f"(?:{p})" for p in parts))))
    return tuple(out)


def _has_arabic_script(text: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" for ch in text)


def country_signal(text: str) -> Optional[tuple[str, int, int]]:
    """(country code, start, end) of the first words that place ``text`` in one country, if any."""
    if text.isascii():
        return None
    arabic = None
    for cc, script, pat in _patterns():
        if script == "arabic":
            if arabic is None:
                arabic = _has_arabic_script(text)
            if not arabic:
                continue
        m = pat.search(text)
        if m is not None:
            return cc, m.start(), m.end()
    return None
