"""How alike two events from different reports are: the score and the reasons behind it.

Fields compared: type (must agree), place (same city, city inside a province, same country),
date (same day, or within the window), figures (the same death or injury toll), actors and
wording (token overlap of the evidence). Each contributes a weighted part; the explanation
keeps every part so a user can see why two reports were merged.
"""
from __future__ import annotations

import math
import re
from datetime import date
from functools import lru_cache
from typing import Optional

from ..model import Event

_STOP = frozenset("""a an the of in on at to and or for with by from as was were is are be been has have had
that this it its their his her they he she who which said says police after before when while into over
than more about also but not no one two three""".split())


def day(value: Optional[str]) -> Optional[date]:
    if not value or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def place_part(a: Event, b: Event) -> tuple[float, str]:
    pa, pb = a.place, b.place
    if pa.country and pb.country and pa.country != pb.country:
        return -1.0, "different country"
    if pa.precision == "city" and pb.precision == "city":
        if pa.geonames_id == pb.geonames_id or (pa.city and pa.city == pb.city):
            return 0.4, "same city"
        km = _km(pa, pb)
        if km <= 25:
            return 0.3, "neighbouring places"
        if km <= 60 and pa.admin1 and pa.admin1 == pb.admin1:
            return 0.05, "nearby places"  # a suburb named in one report, the city in another
        return -1.0, "different city"
    if pa.nationwide or pb.nationwide:  # a local branch is its own event, tied by the campaign
        return (-1.0, "nationwide and local") if pa.nationwide != pb.nationwide else (0.3, "both nationwide")
    if pa.admin1 and pb.admin1:
        return (0.2, "same province") if pa.admin1 == pb.admin1 else (-1.0, "different province")
    if pa.precision is None or pb.precision is None:
        return 0.05, "place unknown on one side"
    return 0.1, "same country"


def _km(pa, pb) -> float:
    if None in (pa.lat, pa.lon, pb.lat, pb.lon):
        return math.inf
    la1, lo1, la2, lo2 = map(math.radians, (pa.lat, pa.lon, pb.lat, pb.lon))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 12742.0 * math.asin(math.sqrt(min(1.0, h)))


def date_part(a: Event, b: Event, window: int) -> tuple[float, str]:
    da, db = day(a.date.start), day(b.date.start)
    if da is not None and db is not None and "published" in (a.date.basis, b.date.basis) and a.date.basis != b.date.basis:
        told, fallback = (da, db) if a.date.basis == "text" else (db, da)
        if 0 <= (fallback - told).days <= 30:  # a later report that gives no date of its own
            return 0.05, "date told by one report only"
    if da is None or db is None:
        same_month = bool(a.date.start and b.date.start and a.date.start[:7] == b.date.start[:7])
        return (0.1, "same month") if same_month else (0.0, "date unknown")
    gap = abs((da - db).days)
    if gap == 0:
        return 0.3, "same day"
    if gap <= 1:
        return 0.2, "dates one day apart"
    if gap <= window:
        return 0.05, f"dates {gap} days apart"
    return -1.0, f"dates {gap} days apart"


def figures_part(a: Event, b: Event) -> tuple[float, str]:
    score, why = 0.0, []
    for kind in ("fatalities", "injuries"):
        fa = {c.low for c in a.claims(kind) if c.low}
        fb = {c.low for c in b.claims(kind) if c.low}
        if fa and fb:
            if fa & fb:
                score += 0.1
                why.append(f"same {kind}")
            else:  # tolls change as reports update ("injured" -> "died"): a small doubt only
                score -= 0.05
                why.append(f"different {kind}")
    return score, ", ".join(why)


@lru_cache(maxsize=65536)
def _tokens(text: str) -> frozenset:
    return frozenset(w for w in re.findall(r"[a-z][a-z'-]{2,}", text.lower()) if w not in _STOP)


def _sentences(ev: Event, n: int) -> str:
    """The first ``n`` trigger sentences of an event's evidence, joined."""
    return " ".join([e.text for e in ev.evidence if e.method.startswith("trigger")][:n])


def wording_part(a: Event, b: Event) -> tuple[float, float]:
    ta = _tokens(_sentences(a, 6) + " " + " ".join(x.name for x in a.actors))
    tb = _tokens(_sentences(b, 6) + " " + " ".join(x.name for x in b.actors))
    if not ta or not tb:
        return 0.0, 0.0
    jac = len(ta & tb) / len(ta | tb)
    return min(0.3, jac * 0.9), jac


_PROPER = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]{2,}(?:\s+[A-Z][a-z]{2,})*|\b\d{2,}\b")
_COMMON_CAPS = frozenset("""The This That These Those Police Officers Officer Sheriff Monday Tuesday Wednesday Thursday
Friday Saturday Sunday January February March April May June July August September October November December
According Authorities Department County City State Street Avenue Road Hospital Medical Center News""".split())


@lru_cache(maxsize=65536)
def _proper_tokens(text: str) -> frozenset:
    """Names, streets and figures: the details two reports of one happening share."""
    return frozenset(m.group(0) for m in _PROPER.finditer(text) if m.group(0) not in _COMMON_CAPS)


def details_part(a: Event, b: Event) -> tuple[float, int]:
    pa = _proper_tokens(_sentences(a, 8))
    pb = _proper_tokens(_sentences(b, 8))
    shared = len(pa & pb)
    return (0.25 if shared >= 4 else 0.15 if shared >= 2 else 0.0), shared


def similarity(a: Event, b: Event, window: int = 3) -> tuple[float, dict]:
    """Score in about [-1, 1.2] and the explanation; -1 means the events cannot be one."""
    if a.type != b.type:
        return -1.0, {"why": "different type"}
    parts = {}
    total = 0.0
    d, shared = details_part(a, b)
    for name, (s, why) in (("place", place_part(a, b)), ("date", date_part(a, b, window)),
                           ("figures", figures_part(a, b))):
        if s <= -1.0 and name == "place" and why == "different city" and shared >= 4 \
                and a.place.admin1 and a.place.admin1 == b.place.admin1:
            s, why = 0.0, "different towns of one province, many shared names"
        if s <= -1.0:
            return -1.0, {name: why}
        total += s
        parts[name] = why
    w, jac = wording_part(a, b)
    total += w + d
    parts["wording_overlap"] = round(jac, 3)
    parts["shared_details"] = shared
    parts["score"] = round(total, 3)
    return total, parts
