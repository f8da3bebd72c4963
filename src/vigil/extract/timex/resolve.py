"""Calendar arithmetic: turn an :class:`~.detect.Expr` into a :class:`When` at honest precision.

The anchor is the report's publication date; ``tense`` (+1 ahead, -1 past, 0 unknown) comes
from the words around the date. Weekdays take the latest matching day not after the anchor,
or the next one when the text looks ahead. Yearless dates ("April 10", "in November") take
the latest matching date not after the anchor, unless the text looks ahead: then the nearest,
a date behind counting four times its distance (so "by Jan. 14" written on Jan. 15 is still
yesterday's deadline). With no tense cue a day at most 30 days ahead is taken as the coming
one when it is nearer than the past one at double distance (nobody writes "April 20" on
April 15 for last year's).
Without an anchor such expressions cannot be resolved and give ``None``. Jalali (Solar Hijri)
dates are converted with jdatetime.
"""
from __future__ import annotations

from calendar import monthrange
from datetime import date, timedelta
from typing import NamedTuple, Optional

import jdatetime

from ...model import EventDate
from .expr import Expr

PAST_MODS = ("last",)  # modifiers as detect.py names them
NEAR_AHEAD_DAYS = 30  # with no tense cue, a yearless day this close ahead is the coming one
NEXT_MODS = ("next",)
SLIP_DAYS = 31
JALALI_AHEAD_YEARS = 10  # a two-digit Jalali year is at most this far after the anchor's
JALALI_PIVOT = 20  # without an anchor, a two-digit Jalali year below this is 14xx, else 13xx  # a yearless day this near the anchor keeps its year whatever weekday is written with it


class When(NamedTuple):
    """A resolved date: ``start`` (and ``end`` for ranges) at ``precision``; both are written
    in the precision's form ("2018-11", "2018"). A Jalali month spans two Gregorian months:
    Dey 1396 is 2017-12 to 2018-01 at month precision."""

    start: date
    precision: str
    end: Optional[date] = None

    def iso(self, d: Optional[date]) -> Optional[str]:
        if d is None:
            return None
        if self.precision == "day":
            return d.isoformat()
        return d.isoformat()[:7] if self.precision == "month" else str(d.year)

    def event_date(self, basis: str = "text") -> EventDate:
        return EventDate(start=self.iso(self.start), end=self.iso(self.end), precision=self.precision,
                         basis=basis)


def resolve(e: Expr, anchor: Optional[date], tense: int) -> Optional[When]:
    try:
        if e.kind == "cal":
            return _calendar(e, anchor, tense)
        if anchor is None:
            return None
        return RESOLVERS[e.kind](e, anchor, tense) if e.kind in RESOLVERS else None
    except (ValueError, OverflowError):
        return None


def resolve_from(e: Expr, ref: Optional[When], anchor: Optional[date]) -> Optional[When]:
    """An anaphoric expression ("the following year", "two days later") counted from the date
    last mentioned; a year offset may count from the anchor when no date was mentioned."""
    need = {"day": ("day",), "week": ("day",), "month": ("day", "month")}.get(e.unit, ("day", "month", "year"))
    if ref is None or ref.precision not in need:
        if anchor is None or e.unit != "year":
            return None
        ref = When(anchor, "day")
    base = ref.end if ref.end and e.n > 0 and e.unit == "day" else ref.start
    try:
        return _relative(e._replace(kind="rel"), base, 0)
    except (ValueError, OverflowError):
        return None


def _calendar(e: Expr, anchor: Optional[date], tense: int) -> Optional[When]:
    if e.cal == "j":
        return _jalali(e, anchor, tense)
    if e.y is not None:
        if e.m is None:
            return When(date(e.y, 1, 1), "year", date(e.end_y, 1, 1) if e.end_y else None)
        if e.d is None:
            return When(date(e.y, e.m, 1), "month")
        return _day_range(_weekday_slip(date(e.y, e.m, e.d), e), e.end_d)
    if anchor is None or e.m is None and e.d is None:
        return None
    # only a past verb next to the date says it is past: one further back often governs a
    # later date ("decided to admit them in March")
    tense = -1 if tense < -1 else max(tense, 0)
    if e.m is None:  # "on the 14th": the 14th of the anchor's month, or of the month before or after
        months = [(anchor.year + (anchor.month + k - 1) // 12, (anchor.month + k - 1) % 12 + 1)
                  for k in ((0,) if e.mod == "this month" else (-1, 0, 1))]
        pick = _pick([d for d in (_safe(y, m, e.d) for y, m in months) if d], anchor, tense, _days)
        return When(pick, "day") if pick else None
    years = (anchor.year - 1, anchor.year, anchor.year + 1)
    if e.d is None:
        pick = _pick([date(y, e.m, 1) for y in years], date(anchor.year, anchor.month, 1), tense, _months)
        return When(pick, "month") if pick else None
    days = [d for d in (_safe(y, e.m, e.d) for y in years) if d]
    if e.wd is not None and any(d.weekday() == e.wd for d in days) and not _weekday_slipped(days, anchor, e.wd):
        # "Monday, Oct. 26": the year whose Oct. 26 is a Monday (ahead too, unless a past verb says
        # otherwise: "a strike starting on Monday, September 8" told in July)
        days = [d for d in days if d.weekday() == e.wd]
        tense = 1 if tense >= 0 else 0
    pick = _pick(days, anchor, tense, _days)
    return _day_range(_weekday_slip(pick, e), e.end_d) if pick else None


def _weekday_slipped(days: list[date], anchor: date, wd: int) -> bool:
    """"Wednesday, November 11" in a report of Nov. 23 of a year whose 11th is a Friday: the
    weekday is a slip; news of twelve days ago is likelier than of a year and twelve days ago,
    the nearest year whose 11th is a Wednesday."""
    near = min(days, key=lambda d: abs((d - anchor).days))
    return near.weekday() != wd and abs((near - anchor).days) <= SLIP_DAYS


def _weekday_slip(d: date, e: Expr) -> date:
    """"Thursday, July 8" when July 8 is a Friday: a day number one off the weekday written with
    it is a slip of the number (news names the weekday from the week's own calendar), so the
    weekday's date is taken; a weekday further off is left to the number written."""
    if e.wd is None or e.end_d is not None:
        return d
    shift = (e.wd - d.weekday()) % 7
    return d + timedelta(days=1) if shift == 1 else d - timedelta(days=1) if shift == 6 else d


def _day_range(start: date, end_day: Optional[int]) -> When:
    end = _safe(start.year, start.month, end_day) if end_day else None
    return When(start, "day", end)


def _safe(y: int, m: int, d: int) -> Optional[date]:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _days(a: date, b: date) -> int:
    return (a - b).days


def _months(a: date, b: date) -> int:
    return (a.year - b.year) * 12 + a.month - b.month


def _jmonths(a: date, b: date) -> int:
    """Jalali months from ``b`` to ``a``."""
    ja, jb = jdatetime.date.fromgregorian(date=a), jdatetime.date.fromgregorian(date=b)
    return (ja.year - jb.year) * 12 + ja.month - jb.month


def _pick(candidates: list[date], anchor: date, tense: int, dist) -> Optional[date]:
    """The candidate nearest the anchor, distances weighted by tense (see the module doc)."""
    if tense < 0:
        candidates = [c for c in candidates if c <= anchor]
    elif tense == 0:
        near = NEAR_AHEAD_DAYS if dist is _days else 0
        candidates = [c for c in candidates if dist(c, anchor) <= near]
    ahead, behind = (1, 4) if tense > 0 else (2, 1)

    def cost(c: date) -> float:
        d = dist(c, anchor)
        return d * ahead if d > 0 else -d * behind

    return min(candidates, key=cost, default=None)


def _jalali(e: Expr, anchor: Optional[date], tense: int) -> Optional[When]:
    """A Jalali date, month, season or year (see :class:`~.expr.Expr` for two-digit years and
    relative years); a yearless one is the nearest to the anchor, as a Gregorian one."""
    if e.y is not None:
        years = [_century(e.y, anchor)]
    elif anchor is None:
        return None
    elif e.mod == "jyear":
        years = [_jyear(anchor) + e.n]
    else:
        jy = _jyear(anchor)
        years = [jy - 1, jy, jy + 1]
    if e.m is None:
        return _jalali_years(years[0], _century(e.end_y, anchor) if e.end_y else None)
    if e.d is not None:
        days = [d for d in (_jday(y, e.m, e.d) for y in years) if d]
        pick = days[0] if len(years) == 1 and days else _pick(days, anchor, tense, _days)
        if pick is None:
            return None
        end = pick + timedelta(days=e.end_d - e.d) if e.end_d else None  # ("from 5 to 7 Dey": in one month)
        return When(pick, "day", end)
    firsts = [f for f in (_jday(y, e.m, 1) for y in years) if f]
    first = firsts[0] if len(years) == 1 and firsts else _pick(firsts, anchor, tense, _jmonths)
    if first is None:
        return None
    return _jalali_months(jdatetime.date.fromgregorian(date=first).year, e.m, 3 if e.unit == "season" else 1)


def _jyear(d: date) -> int:
    return jdatetime.date.fromgregorian(date=d).year


def _century(y: int, anchor: Optional[date]) -> int:
    """A two-digit Jalali year ("۹۸") in the latest century that puts it at most
    JALALI_AHEAD_YEARS after the anchor's year (1398 for news of 1401; 1305 for news of 1395)."""
    if y >= 100:
        return y
    if anchor is None:
        return 1400 + y if y < JALALI_PIVOT else 1300 + y
    limit = _jyear(anchor) + JALALI_AHEAD_YEARS
    return max((c + y for c in (1200, 1300, 1400) if c + y <= limit), default=1300 + y)


def _jalali_months(jy: int, jm: int, count: int) -> When:
    """Month ``jm`` of Jalali year ``jy`` and the ``count - 1`` after it, at month precision
    (written as the Gregorian months they fall in)."""
    k = jy * 12 + jm - 1 + count
    end = jdatetime.date(k // 12, k % 12 + 1, 1).togregorian() - timedelta(days=1)
    return When(jdatetime.date(jy, jm, 1).togregorian(), "month", end)


def _jalali_years(jy: int, last: Optional[int] = None) -> When:
    """Jalali years ``jy`` to ``last`` at year precision (written as the Gregorian years they
    fall in: 1398 is 2019 to 2020)."""
    end = jdatetime.date((last or jy) + 1, 1, 1).togregorian() - timedelta(days=1)
    return When(jdatetime.date(jy, 1, 1).togregorian(), "year", end)


def _jday(y: int, m: int, d: int) -> Optional[date]:
    try:
        return jdatetime.date(y, m, d).togregorian()
    except ValueError:
        return None


def _weekday(e: Expr, anchor: date, tense: int) -> When:
    aw = anchor.weekday()
    if e.mod in PAST_MODS:
        return When(anchor - timedelta(days=(aw - e.wd) % 7 or 7), "day")
    if e.mod in NEXT_MODS or tense > 0 and e.mod is None:
        return When(anchor + timedelta(days=(e.wd - aw) % 7 or 7), "day")
    if tense > 0:  # "this Tuesday" ahead: today counts
        return When(anchor + timedelta(days=(e.wd - aw) % 7), "day")
    return When(anchor - timedelta(days=(aw - e.wd) % 7), "day")


def _relative(e: Expr, anchor: date, tense: int) -> Optional[When]:
    if e.unit == "day":
        return When(anchor + timedelta(days=e.n), "day")
    if e.unit == "week":
        ref = anchor + timedelta(days=7 * e.n)
        return When(date(ref.year, ref.month, 1), "month")
    if e.unit == "weekend":
        return _weekend(anchor, e.n, tense > 0)
    if e.unit == "month":
        return When(_add_months(anchor, e.n), "month")
    if e.unit == "year":
        return When(date(anchor.year + e.n, 1, 1), "year")
    if e.unit == "jmonth":
        j = jdatetime.date.fromgregorian(date=anchor)
        k = j.year * 12 + j.month - 1 + e.n
        return _jalali_months(k // 12, k % 12 + 1, 1)
    if e.unit == "jyear":
        return _jalali_years(_jyear(anchor) + e.n)
    return None


def _weekend(anchor: date, offset: int, future: bool) -> When:
    """Saturday to Sunday of the weekend meant: the latest one begun by the anchor, the next
    one if ahead ("this weekend" in future tense, "next weekend")."""
    back = (anchor.weekday() - 5) % 7
    sat = anchor - timedelta(days=back)
    if offset > 0 or future and offset == 0 and back > 1:
        sat += timedelta(days=7)
    elif offset < 0 and back <= 1:
        sat -= timedelta(days=7)
    return When(sat, "day", sat + timedelta(days=1))


def _add_months(d: date, n: int) -> date:
    k = d.year * 12 + d.month - 1 + n
    return date(k // 12, k % 12 + 1, 1)


def _ago(e: Expr, anchor: date, tense: int) -> When:
    if e.unit in ("jmonth", "jyear"):
        return _relative(e._replace(n=-e.n), anchor, tense)
    if e.unit == "day":
        return When(anchor - timedelta(days=e.n), "day")
    if e.mod == "today":  # "one year ago today", "six months ago to the day": the same day of that month
        month = _add_months(anchor, -e.n if e.unit == "month" else -12 * e.n)
        return When(month.replace(day=min(anchor.day, monthrange(month.year, month.month)[1])), "day")
    if e.unit == "month":
        return When(_add_months(anchor, -e.n), "month")
    return When(date(anchor.year - e.n, 1, 1), "year")


def _month_relative(e: Expr, anchor: date, tense: int) -> When:
    """"last November": the latest November before this month, skipping last month (which
    would be called "last month"); "next April": the first April after this month."""
    if e.mod == "year":
        return When(date(anchor.year + e.n, e.m, 1), "month")
    this = date(anchor.year, e.m, 1)
    here = date(anchor.year, anchor.month, 1)
    if e.mod in PAST_MODS and _months(here, this) < 2:
        this = date(anchor.year - 1, e.m, 1)
    elif e.mod in NEXT_MODS and this <= here:
        this = date(anchor.year + 1, e.m, 1)
    return When(this, "month")


def holiday(rule: tuple, year: int) -> Optional[date]:
    kind, value = rule
    if kind == "fixed":
        m, d = map(int, value.split("-"))
        return date(year, m, d)
    if kind == "nth":
        m, n, wd, *after = map(int, value.split(":"))
        shift = timedelta(days=after[0] if after else 0)
        if n > 0:
            first = date(year, m, 1)
            return first + timedelta(days=(wd - first.weekday()) % 7 + 7 * (n - 1)) + shift
        last = _add_months(date(year, m, 1), 1) - timedelta(days=1)
        return last - timedelta(days=(last.weekday() - wd) % 7) + shift
    if kind == "easter":
        return easter(year) + timedelta(days=int(value))
    if kind == "jalali":
        m, d = map(int, value.split("-"))
        days = [jdatetime.date(jy, m, d).togregorian() for jy in (year - 622, year - 621)]
        return next((g for g in days if g.year == year), None)
    return None


def easter(year: int) -> date:
    """Western Easter Sunday of ``year`` (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    lt = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * lt) // 451
    month, day = divmod(h + lt - 7 * m + 114, 31)
    return date(year, month, day + 1)


def _holiday(e: Expr, anchor: date, tense: int) -> Optional[When]:
    days = [d for d in (holiday(e.rule, y) for y in (anchor.year - 1, anchor.year, anchor.year + 1)) if d]
    if e.mod == "last":
        pick = max((d for d in days if d < anchor), default=None)
    elif e.mod == "next":
        pick = min((d for d in days if d > anchor), default=None)
    else:
        pick = _pick(days, anchor, tense, _days)
    return When(pick, "day") if pick else None


RESOLVERS = {"wd": _weekday, "rel": _relative, "ago": _ago, "mrel": _month_relative, "hol": _holiday}
