"""One date expression as written, before any anchoring (:mod:`.detect` and :mod:`.persian`
make them, :mod:`.resolve` reads them)."""
from __future__ import annotations

from typing import NamedTuple, Optional


class Expr(NamedTuple):
    """One date expression as written. ``kind``: cal (calendar parts, any may be None; ``wd``
    when a weekday is written too), wd (weekday), rel (unit offset from the anchor), ana (unit
    offset from the date last mentioned), ago, hol (holiday), mrel (last/this/next month
    name), ord (ordinal day of something).

    Jalali (``cal`` "j") only: ``y`` below 100 is a two-digit year, its century left to the
    anchor; ``mod`` "jyear" puts the date in the Jalali year ``n`` years from the anchor's
    ("اسفند سال گذشته"); ``unit`` "season" makes ``m`` the first of three months."""

    start: int
    end: int
    kind: str
    y: Optional[int] = None
    m: Optional[int] = None
    d: Optional[int] = None
    cal: str = "g"
    end_y: Optional[int] = None
    end_d: Optional[int] = None
    wd: Optional[int] = None
    mod: Optional[str] = None
    unit: Optional[str] = None
    n: int = 0
    rule: tuple = ()


def cal_expr(a: int, b: int, y=None, mo=None, d=None, cal="g") -> list[Expr]:
    """A calendar expression, or none when the month or day cannot be one."""
    if mo is not None and not 1 <= mo <= 12 or d is not None and not 1 <= d <= 31:
        return []
    return [Expr(a, b, "cal", y=y, m=mo, d=d, cal=cal)]
