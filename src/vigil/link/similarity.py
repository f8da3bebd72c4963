"""How alike two events from different reports are: the score and the reasons behind it.

Fields compared: type (must agree), place (same city, city inside a province, same country),
date (same day, or within the window), figures (the same death or injury toll), the ages told
(none in common, or a rare one shared), and the words of the evidence, weighted by their rarity
among the events being linked. Each contributes a weighted part; the explanation keeps every
part so a user can see why two reports were merged.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from datetime import date, timedelta
from typing import Iterable, Optional

from ..geo.distance import km_apart
from ..geo.names import fold_key
from ..model import Event

_STOP = frozenset("""a an the of in on at to and or for with by from as was were is are be been has have had
that this it its their his her they he she who which said says police after before when while into over
than more about also but not no one two three""".split())


FALLBACK_DAYS = 30  # how long after an event a report may still give it no date of its own
NEIGHBOUR_KM = 25  # towns this close are one place for linking (a suburb and its city)
RARE_WEIGHT = 25.0  # a word's weight when fewer than about 1 in 150 of the events use it: log(1 + 150) ** 2
RARE_BONUS = 0.1  # two reports of one town that share two such words (a street, a bar, a name)
MANY_RARE = 4  # so many such words shared that two towns of one province may be one scene


def day(value: Optional[str]) -> Optional[date]:
    if not value or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def day_span(value: Optional[str]) -> Optional[tuple[date, date]]:
    """First and last day a date stands for: its day, or every day of its month."""
    if not value or len(value) < 7:
        return None
    d = day(value)
    if d is not None:
        return d, d
    try:
        first = date.fromisoformat(value[:7] + "-01")
    except ValueError:
        return None
    return first, date(first.year + first.month // 12, first.month % 12 + 1, 1) - timedelta(days=1)


def place_part(a: Event, b: Event) -> tuple[float, str]:
    pa, pb = a.place, b.place
    if pa.country and pb.country and pa.country != pb.country:
        return _same_name_or(pa, pb, "different country")
    if pa.precision == "city" and pb.precision == "city":
        if (pa.geonames_id is not None and pa.geonames_id == pb.geonames_id) or (
                pa.city and pa.city == pb.city and pa.admin1 == pb.admin1):
            return 0.4, "same city"
        km = km_apart(pa, pb)
        if km <= NEIGHBOUR_KM:
            return 0.3, "neighbouring places"
        if km <= 60 and pa.admin1 and pa.admin1 == pb.admin1:
            return 0.15, "nearby places"  # a suburb named in one report, the city in another
        return _same_name_or(pa, pb, "different city")
    if pa.nationwide or pb.nationwide:  # a local branch is its own event, tied by the campaign
        return (-1.0, "nationwide and local") if pa.nationwide != pb.nationwide else (0.3, "both nationwide")
    if pa.admin1 and pb.admin1:
        return (0.2, "same province") if pa.admin1 == pb.admin1 else _same_name_or(pa, pb, "different province")
    if pa.precision is None or pb.precision is None:
        return 0.05, "place unknown on one side"
    return 0.1, "same country"


def place_key(place) -> Optional[str]:
    """The folded name a report gave a town (None for a province, country or no place)."""
    return fold_key(place.name) if place.name and place.precision == "city" else None


def _same_name_or(pa, pb, why: str) -> tuple[float, str]:
    """Two reports that name the same town ("Hamilton") but whose readings differ (Ohio,
    Ontario): one reading is likely wrong, so the name is a weak match for the words, the
    date and the toll to confirm, not a veto. Two towns of one name with an attack in the
    same days are rarer than one misreading, so the name counts nearly as much as a city."""
    key = place_key(pa)
    if key is not None and key == place_key(pb):
        return 0.3, "same place name, read as two places"
    return -1.0, why


# A report published the day a told date names (or the next), giving no date of its own, most
# likely tells of that day: nearly as good as two told dates (0.3 the same day, 0.2 a day apart).
_FALLBACK_LAG = {0: 0.25, 1: 0.15}


LATER_DAYS = 7  # a report of one town may tell of its shooting this many days on ("died Friday after ...") ...
LATER_DOUBT = 0.3  # ... at this cost, so that only a strong match of words and toll carries it


def date_part(a: Event, b: Event, window: int, later_ok: bool = False) -> tuple[float, str]:
    """The date part; two told days further apart than ``window`` are a veto, but up to
    ``LATER_DAYS`` apart for two reports of one town that share rare details (``later_ok``): a
    later report often dates the shooting by the day of a death, an arrest or a name released."""
    da, db = day(a.date.start), day(b.date.start)
    if da is not None and db is not None and "published" in (a.date.basis, b.date.basis) and a.date.basis != b.date.basis:
        told, fallback = (da, db) if a.date.basis == "text" else (db, da)
        lag = (fallback - told).days
        if 0 <= lag <= FALLBACK_DAYS:  # a later report that gives no date of its own
            return _FALLBACK_LAG.get(lag, 0.05), "date told by one report only"
    if da is None or db is None:
        sa, sb = day_span(a.date.start), day_span(b.date.start)
        if sa is None or sb is None:
            ya, yb = (a.date.start or "")[:4], (b.date.start or "")[:4]
            if len(ya) == len(yb) == 4 and ya.isdigit() and yb.isdigit() and ya != yb:
                return -1.0, "different years"  # "in 2003" told as background, not this event
            return 0.0, "date unknown"
        if sa[0].month == sb[0].month and sa[0].year == sb[0].year:
            return 0.1, "same month"
        (_, last), (first, _) = sorted((sa, sb))
        if (first - last).days > window:  # "in June" and July 29: not one event
            return -1.0, "different months"
        return 0.0, "neighbouring months"
    gap = abs((da - db).days)
    if gap == 0:
        return 0.3, "same day"
    if gap <= 1:
        return 0.2, "dates one day apart"
    if gap <= window:
        return 0.05, f"dates {gap} days apart"
    if later_ok and gap <= LATER_DAYS and a.date.basis == b.date.basis == "text":
        return -LATER_DOUBT, f"dates {gap} days apart, one town"
    return -1.0, f"dates {gap} days apart"


def figures_part(a: Event, b: Event) -> tuple[float, str]:
    """A shared toll counts more the larger it is: one dead is the commonest toll there is,
    four dead or eight wounded on one day and place rarely happen twice."""
    score, why = 0.0, []
    for kind in ("fatalities", "injuries"):
        fa = {c.low for c in a.claims(kind) if c.low}
        fb = {c.low for c in b.claims(kind) if c.low}
        if fa and fb:
            if fa & fb:
                score += min(0.25, 0.05 * max(fa & fb))
                why.append(f"same {kind}")
            else:  # tolls change as reports update ("injured" -> "died"): a small doubt only
                score -= 0.05
                why.append(f"different {kind}")
    return score, ", ".join(why)


_NONE: frozenset = frozenset()
_WORD = re.compile(r"\d+|[^\W\d_][\w'-]{2,}")
_SMALL = "one two three four five six seven eight nine ten eleven twelve".split()
# "17-year-old", "two-month-old", "aged 40", "age 7", "Ann Lee, 32, was ..."
_AGE_OLD = re.compile(r"\b(\d{1,2}|" + "|".join(_SMALL) + r")[- ](year|month)s?[- ]old\b")
_AGED = re.compile(r"\baged? (\d{1,2})\b")
_APPOSED = re.compile(r", (\d{1,2}),")
AGES_DIFFER = 0.15  # two reports that tell ages, none of them the same: likely two shootings
RARE_AGE = 100  # an age fewer than 1 in this many of the events tell ("a 2-month-old", "aged 71") ...
RARE_AGE_BONUS = 0.15  # ... told by two reports says they are one event


def _text(ev: Event) -> str:
    """An event's evidence (each distinct text once), lower-cased."""
    return " ".join(dict.fromkeys(e.text for e in ev.evidence)).lower()


def ages(text: str) -> frozenset:
    """The ages a lower-cased evidence text tells, as (number, "year" or "month"): the victims'
    and suspects' ages are the detail reports of one shooting repeat most, and two shootings
    in one city on one day rarely share one. Cheap substring tests skip the patterns that
    cannot match."""
    out = set()
    if "old" in text:
        out.update((int(n) if n.isdigit() else _SMALL.index(n) + 1, unit) for n, unit in _AGE_OLD.findall(text))
    if "age" in text:
        out.update((int(n), "year") for n in _AGED.findall(text))
    out.update((int(n), "year") for n in _APPOSED.findall(text))
    return frozenset(out)


def ages_part(a: Event, b: Event, profiles: "Profiles") -> tuple[float, str]:
    """A doubt when both events tell ages and share none; a bonus when they share an age few
    of the events tell (``RARE_AGE``); nothing otherwise."""
    aa, ab = profiles.ages(a), profiles.ages(b)
    if not aa or not ab:
        return 0.0, ""
    if aa.isdisjoint(ab):
        return -AGES_DIFFER, "different ages"
    if profiles.rare_age(aa & ab):
        return RARE_AGE_BONUS, "same rare age"
    return 0.0, ""


def _words(text: str) -> frozenset:
    """The words of a lower-cased evidence text, stop words out."""
    return frozenset(w for w in _WORD.findall(text) if w not in _STOP)


class Profiles:
    """Word profiles of a set of events, weighted by how rare each word is among them (smoothed
    inverse document frequency): the victim's age, a street, a name or an unusual detail that
    two reports share says far more than "shooting" or the station's name in every headline.
    Built once per linking run; words are compared in memory and never stored."""

    def __init__(self, events: Iterable[Event]):
        texts = {ev.event_id: _text(ev) for ev in events}
        self._words = {k: _words(text) for k, text in texts.items()}
        told = ((k, ages(text)) for k, text in texts.items())
        self._ages = {k: a for k, a in told if a}  # many events tell none
        n = len(self._words)
        told_by = Counter(age for found in self._ages.values() for age in found)
        self._rare_ages = frozenset(age for age, c in told_by.items() if c * RARE_AGE <= n)
        df = Counter(w for words in self._words.values() for w in words)
        self._weight = {w: math.log(1.0 + n / c) ** 2 for w, c in df.items()}
        self._norm = {k: math.sqrt(sum(self._weight[w] for w in words)) for k, words in self._words.items()}
        rare = ((k, frozenset(w for w in words if self._weight[w] >= RARE_WEIGHT and not w.isdigit()))
                for k, words in self._words.items())
        self._rare = {k: r for k, r in rare if r}  # most events have none

    def ages(self, ev: Event) -> frozenset:
        """The ages ``ev``'s evidence tells (see ``ages``); empty for an event not profiled."""
        return self._ages.get(ev.event_id, _NONE)

    def rare_age(self, shared: frozenset) -> bool:
        """Whether any of these ages is told by fewer than 1 in ``RARE_AGE`` of the events."""
        return not self._rare_ages.isdisjoint(shared)

    def cosine(self, a: Event, b: Event) -> float:
        return self.compare(a, b)[0]

    def compare(self, a: Event, b: Event) -> tuple[float, int]:
        """The weighted cosine of two events' words, and how many rare words (``RARE_WEIGHT``,
        numbers aside) they share."""
        wa, wb = self._words.get(a.event_id), self._words.get(b.event_id)
        if not wa or not wb:
            return 0.0, 0
        shared = sum(self._weight[w] for w in wa & wb)
        rare = len(self._rare.get(a.event_id, _NONE) & self._rare.get(b.event_id, _NONE))
        return shared / (self._norm[a.event_id] * self._norm[b.event_id]), rare


def text_part(a: Event, b: Event, profiles: Profiles) -> tuple[float, float, int]:
    """The weighted cosine of the two events' words, its share of the score, and the number of
    rare words shared."""
    cos, rare = profiles.compare(a, b)
    return min(0.6, 2.0 * cos), cos, rare


def _place_or_words(a: Event, b: Event, rare: int) -> tuple[float, str]:
    """The place part, but two towns of one province are no veto when the reports share many
    rare words (``MANY_RARE``): one report likely named the suburb, the hospital's town or the
    court's city instead of the scene."""
    score, why = place_part(a, b)
    if why == "different city" and rare >= MANY_RARE and a.place.admin1 == b.place.admin1:
        return 0.1, "two towns of one province, many rare words shared"
    return score, why


_TOWN_MATCH = frozenset(("same city", "neighbouring places", "nearby places", "same place name, read as two places"))


def _later_ok(a: Event, b: Event, place: str, rare: int, profiles: Profiles) -> bool:
    """Whether two events' told days may be up to ``LATER_DAYS`` apart: one town's, sharing two
    rare words (the town's own name is often one) or an age few of the events tell."""
    return place in _TOWN_MATCH and (rare >= 2 or profiles.rare_age(profiles.ages(a) & profiles.ages(b)))


def similarity(a: Event, b: Event, window: int = 3, profiles: Optional[Profiles] = None) -> tuple[float, dict]:
    """Score in about [-1, 1.5] and the explanation; -1 means the events cannot be one.
    ``profiles`` weighs words by their rarity among all events being linked (default: the two)."""
    if a.type != b.type:
        return -1.0, {"why": "different type"}
    profiles = profiles or Profiles((a, b))
    text, cos, rare = text_part(a, b, profiles)
    parts: dict = {}
    total = 0.0
    place = _place_or_words(a, b, rare)
    later_ok = _later_ok(a, b, place[1], rare, profiles)
    for name, (s, why) in (("place", place), ("date", date_part(a, b, window, later_ok)),
                           ("figures", figures_part(a, b))):
        if s <= -1.0:
            return -1.0, {name: why}
        total += s
        parts[name] = why
    age, why = ages_part(a, b, profiles)
    if why:
        total += age
        parts["ages"] = why
    total += text
    parts["text_similarity"] = round(cos, 3)
    if rare >= 2 and parts["place"] in _TOWN_MATCH:  # words rare in the collection, common to one town's two reports
        total += RARE_BONUS
        parts["rare_words_shared"] = rare
    parts["score"] = round(total, 3)
    return total, parts
