"""Read the Persian-script date forms of :mod:`.grammar` into :class:`~.expr.Expr` records.

A day and month ("۲۱ آبان", "بیست هفتم شهریور", "پنج مهر"), a month alone when the words say it
is one ("دی ماه", "در اسفند", "ماه اوت"), a year after either (four digits, or two: "آبان ۹۸"
is Aban 1398) or a relative year ("اسفند سال گذشته"), a Jalali year alone ("سال ۱۴۰۱", "در
۱۳۹۸"), a season with its year ("زمستان ۱۴۰۱") and counts back or on ("سه روز پیش", "۱۰ روز
بعد"). The word lists are in ``data/time/fa.toml``; nothing here knows the anchor.
"""
from __future__ import annotations

import re
from typing import NamedTuple, Optional

from .expr import Expr, cal_expr
from .lexicon import Lexicon, fa_key

MONTH_WORD = "ماه"  # "month", written before or after a Persian month's name, or joined to it
JALALI_YEARS = (1200, 1499)  # four digits in this range are a Jalali year
GREGORIAN_YEARS = (1700, 2100)
WINTER = 10  # first month of winter: with a Gregorian year, which winter is meant is unclear
_WORD_BEFORE = re.compile(r"([^\W\d]+)[\s\u200c]*$")
_WORD_AFTER = re.compile(r"[\s\u200c]*([^\W\d]+)")
_NUMBER_BEFORE = re.compile(r"(?:\d|[^\W\d]+)[\s\u200c]*$")


def word_before(text: str, start: int) -> str:
    """The word (letters only) right before ``start``, past spaces and non-joiners."""
    m = _WORD_BEFORE.search(text, max(0, start - 24), start)
    return m[1] if m else ""


def _word_after(text: str, end: int) -> str:
    """The word (letters only) right after ``end``, past spaces and non-joiners."""
    m = _WORD_AFTER.match(text, end)
    return m[1] if m else ""


class Month(NamedTuple):
    number: Optional[int]
    cal: str  # "j" Jalali, "g" Gregorian
    name: str  # as the tables write it
    with_word: bool  # "ماه" (month) joined to or written after the name


def _month(lex: Lexicon, written: str) -> Month:
    key = fa_key(written)  # "دی ماه", "خردادماه", "آبان ماه"
    name = key.split()[0]
    bare = name[:-len(MONTH_WORD)]
    if name.endswith(MONTH_WORD) and (bare in lex.jalali_fa or bare in lex.gregorian_fa):
        name = bare
    return Month(lex.month(name), "g" if name in lex.gregorian_fa else "j", name, key != name)


def _year_part(lex: Lexicon, m: re.Match, form: str, text: str, cal: str) -> Optional[dict]:
    """What is written after a month or season: {} (nothing, or a number that is no year of
    the month's calendar: "اسفند ۲۰ نفر", and ``cut`` is then set), {"y": ...}, or {"mod":
    "jyear", "n": ...}; None when the year is of a calendar not read (lunar)."""
    if m[f"{form}_ry"]:
        return {"mod": "jyear", "n": lex.relative[fa_key(m[f"{form}_ry"])][1]}
    written = m[f"{form}_y"]
    if not written:
        return {}
    era = lex.eras_fa.get(fa_key(m[f"{form}_era"])) if m[f"{form}_era"] else None
    if era == "lunar":
        return None
    if not era and _word_after(text, m.end(f"{form}_y")) in lex.cues_fa["not_year_before"]:
        return {"cut": True}
    if len(written) == 2 and _a_day(lex, text, m, form):
        return {"cut": True}
    y = int(written)
    year_cal = "j" if len(written) == 2 else era or _calendar_of(y)
    return {"y": y} if year_cal == cal else {"cut": True}


def _a_day(lex: Lexicon, text: str, m: re.Match, form: str) -> bool:
    """Two digits after a comma or before a month's name are the next day of a list ("۱۸ دی، ۱۹
    دی"), not a year."""
    at = m.start(f"{form}_y")
    after = _word_after(text, m.end(f"{form}_y"))
    return any(c in text[at - 2:at] for c in ",،") or after in lex.jalali_fa or after in lex.gregorian_fa


def _calendar_of(y: int) -> Optional[str]:
    if JALALI_YEARS[0] <= y <= JALALI_YEARS[1]:
        return "j"
    return "g" if GREGORIAN_YEARS[0] <= y <= GREGORIAN_YEARS[1] else None


def _with_year(exprs: list[Expr], part: dict) -> list[Expr]:
    return [e._replace(y=part.get("y"), mod=part.get("mod"), n=part.get("n", 0)) for e in exprs]


def _day(lex: Lexicon, written: str) -> tuple[Optional[int], bool]:
    """Day of the month and whether it was written as a cardinal word ("پنج")."""
    if written.isdigit():
        return int(written), False
    key = fa_key(written)
    if key in lex.ordinals_fa:
        return lex.ordinals_fa[key], False
    return lex.cardinals_fa.get(key), True


def p_fa(lex, m, text):
    """"۲۱ آبان ۱۴۰۱", "هجدهم دی", "بیست هفتم شهریور", "هفت اسفند سال گذشته"."""
    month = _month(lex, m["fa_m"])
    day, cardinal = _day(lex, m["fa_d"])
    part = _year_part(lex, m, "fa", text, month.cal)
    if part is None or day is None:
        return []
    if cardinal and not month.with_word and not part.get("y") and month.name in lex.cues_fa["counted_months"]:
        return []  # "سه تیر": three bullets
    end = m.end("fa_m") if part.get("cut") else m.end()
    return _with_year(cal_expr(m.start(), end, None, month.number, day, month.cal), part)


def p_fay(lex, m, text):
    """A month with a year ("دی ۱۳۹۶", "آبان ۹۸", "اسفند ماه سال گذشته"), or alone where the words
    make it a month: "ماه" before or after it ("ماه اوت", "دی ماه"), or a preposition before a
    Jalali month that is no everyday word ("در اسفند", not "در تیر")."""
    month = _month(lex, m["fay_m"])
    part = _year_part(lex, m, "fay", text, month.cal)
    if part is None:
        return []
    if not part.get("y") and not part.get("mod") and not _month_alone(lex, m, text, month):
        return []
    end = m.end("fay_m") if part.get("cut") else m.end()
    return _with_year(cal_expr(m.start(), end, None, month.number, None, month.cal), part)


def _month_alone(lex: Lexicon, m: re.Match, text: str, month: Month) -> bool:
    if m["fay_pre"] or month.with_word:
        return True
    before = word_before(text, m.start())
    return month.cal == "j" and (month.name not in lex.cues_fa["ambiguous_months"] and before in lex.cues_fa["month_year"]
                                 or before in lex.cues_fa["month_parts"])


def p_fas(lex, m, text):
    """"زمستان ۱۴۰۱", "تابستان سال گذشته": the season's three Jalali months. A Gregorian year
    ("تابستان 1903") gives that year's spring, summer or autumn; its winter is unclear (the one
    it begins or the one it ends), so not read."""
    first = lex.seasons_fa[m["fas_s"]]
    era = lex.eras_fa.get(fa_key(m["fas_era"])) if m["fas_era"] else None
    written = m["fas_y"]
    if written and len(written) == 4 and (era or _calendar_of(int(written))) == "g":
        if first == WINTER or _word_after(text, m.end("fas_y")) in lex.cues_fa["not_year_before"]:
            return []
        part = {"y": int(written) - 621}  # Farvardin 1 of Jalali year Y - 621 is March 21 of Y
    else:
        part = _year_part(lex, m, "fas", text, "j")
        if part is None or part.get("cut"):
            return []
    exprs = _with_year(cal_expr(m.start(), m.end(), None, first, None, "j"), part)
    return [e._replace(unit="season") for e in exprs]


def p_fayr(lex, m, text):
    """A year after "سال" (year): "سال ۱۴۰۱", "سال ۹۴" (Jalali), "سال 2016"; years ("سال‌های ۹۲ تا
    ۹۴"); four digits after a preposition or before an era ("در ۱۳۹۸", "۱۳۶۵ شمسی")."""
    era = lex.eras_fa.get(fa_key(m["fayr_era"])) if m["fayr_era"] else None
    written, y = m["fayr_y"], int(m["fayr_y"])
    cal = era or ("j" if len(written) == 2 else _calendar_of(y))
    if era == "lunar" or cal is None:
        return []
    told = m["fayr_w"] or era
    if len(written) == 2 and (not m["fayr_w"] or cal == "g") or cal == "g" and not told:
        return []
    if not told and word_before(text, m.start()) not in lex.cues_fa["month_year"]:
        return []
    if not era and _word_after(text, m.end()) in lex.cues_fa["not_year_before"]:
        return []
    y2, end = _second_year(m, y)
    return [Expr(m.start(), end, "cal", y=y, end_y=y2, cal=cal)]


def _second_year(m: re.Match, y: int) -> tuple[Optional[int], int]:
    """The year closing a range, and where the expression ends (before a range that is none)."""
    if not m["fayr_y2"]:
        return None, m.end()
    y2 = int(m["fayr_y2"])
    if len(m["fayr_y2"]) == 2 and y >= 100:
        y2 += y // 100 * 100
    if (y2 <= y) or (y >= 100) != (y2 >= 100):
        return None, m.end("fayr_y")
    return y2, m.end()


def p_faago(lex, m, text):
    """"سه روز پیش" (three days ago), "۱۰ روز بعد" (ten days later: from the date last told)."""
    written = m["faago_n"]
    n = int(written) if written.isdigit() else lex.cardinals_fa.get(fa_key(written))
    if not n:
        return []
    if _word_after(text, m.end()) in lex.cues_fa["ago_not_before"]:
        return []  # "یک روز پیش از مراسم": a day before the ceremony
    unit, size = lex.ago_units_fa[m["faago_u"]]
    if lex.ago_directions_fa[m["faago_dir"]] < 0:
        return [Expr(m.start(), m.end(), "ago", unit=unit, n=n * size)]
    return [Expr(m.start(), m.end(), "ana", unit=unit, n=n * size)]


def counted_before(lex: Lexicon, text: str, start: int) -> bool:
    """A count right before a Persian relative phrase makes it a stretch of time: "چند سال
    گذشته", "۱۰ سال گذشته" (the past few, ten years)."""
    m = _NUMBER_BEFORE.search(text, max(0, start - 24), start)
    if not m:
        return False
    word = fa_key(m.group())
    return word[:1].isdigit() or word in lex.cardinals_fa or word in lex.cues_fa["relative_not_after"]
