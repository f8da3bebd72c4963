"""Pick each toponym's gazetteer entry from the document's context.

Order of evidence: the words right around the name ("Alexandria, La."), then the document's own
places (countries, provinces/states and cities it names, its dateline), then population,
feature class and how the name matched (main name, alias, alternate name).

Work is done per distinct name, not per mention: each name's entries get a score before
context once per process (:func:`options`), and each document scores each of its distinct
names once per round of context.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Optional

from .detect import Candidate, Name
from .build import ARABIC_SCRIPT_COUNTRIES
from .gazetteer import ADMIN1, ADMIN2, ALIAS, ALT, CITY, COUNTRY, DEMONYM, NAME, REGION, Gazetteer
from .names import is_arabic_script

QUALIFIER_BONUS = 6.0
CAPITAL_BONUS = 0.6
ALT_PENALTY = 1.2  # an alternate name is a weaker reading than a main name
ALIAS_BONUS = 1.0  # a curated alias ("Sine" for Sanandaj, a province's short name) is a strong reading
CAPITAL_NAME_BONUS = 0.6  # a city named like the province around it and holding much of its people
                          # (Isfahan, Aleppo, Zurich; not Quebec City)
BIG_NAME_PENALTY = 2.0  # a town whose *alternate* name is a country's or region's name
SCRIPT_BONUS = 1.5  # a name in Persian script is likelier a place of a country that writes it
POP_SLOPE = 0.55
COUNTRY_WEIGHT, ADMIN1_WEIGHT = 1.5, 2.5
COUNTRY_HALF, ADMIN1_HALF = 1.0, 0.5  # mass at which a bonus is half its weight
_BIG_KINDS = frozenset({COUNTRY, REGION, ADMIN1})
UNLISTED = "unlisted"  # Resolved.extra flag: a town the gazetteer lacks, placed in the state that holds it
ECHO_SMALL_TOWN = 3_000  # villages smaller than this named after a country, region or state start lower too
ECHO_STATE_TOWN = 30_000  # towns smaller than this named after a state give no context either
ADMIN1_POWER = 0.75  # <1: a name spread over many states still counts for each (Henry County)
_LOCAL = (CITY, ADMIN1, ADMIN2)


@dataclass(eq=False)
class Resolved:
    cand: Candidate
    entry: Optional[int] = None
    score: float = 0.0
    margin: float = 0.0
    anchor: bool = False
    extra: dict = field(default_factory=dict)


class Option:
    """One entry a name may refer to, with its score before context."""

    __slots__ = ("entry", "prior", "cc", "a1", "kind", "pop", "echo")

    def __init__(self, gaz: Gazetteer, e: int, match: int) -> None:
        self.entry, self.kind, self.cc, self.pop = e, gaz.kind(e), gaz.cc(e), gaz.population(e)
        self.a1 = (self.cc, gaz.admin1_code(e)) if self.kind in _LOCAL and self.cc else None
        self.prior = prior(gaz, e, match)
        self.echo = False  # a town named after a country, region or state that the name also is
        if self.kind == CITY and self.pop > 100_000 and gaz.is_capital(e):
            self.prior += CAPITAL_BONUS


COUNTRY_POP_SLOPE = 0.01  # at most ~0.1: a tie-breaker among countries, never outweighing a kind or the context


def prior(gaz: Gazetteer, e: int, match: int) -> float:
    kind = gaz.kind(e)
    if kind == COUNTRY:  # (the people's count breaks ties: "Indian" is India, not the British Indian Ocean Territory)
        base = 5.0 + COUNTRY_POP_SLOPE * math.log10(gaz.population(e) + 10)
    elif kind == REGION:
        base = 4.5
    elif kind == ADMIN1:
        base = 4.0 + (0.5 if gaz.population(e) > 1_000_000 else 0.0)
    elif kind == ADMIN2:
        base = 3.5
    else:
        base = 1.0 + POP_SLOPE * math.log10(gaz.population(e) + 10)
    if match == ALT:
        base -= ALT_PENALTY
    elif match == ALIAS or match == DEMONYM:  # (a people's name is as sure a reading: "Canadian" is Canada, not the Texas town)
        base += ALIAS_BONUS
    return base


def options(gaz: Gazetteer, name: Name) -> list[Option]:
    """The name's entries (computed once per :class:`Name`, which the matcher shares)."""
    if name.options is None:
        opts = [Option(gaz, h.entry, h.match) for h in name.hits]
        big = {gaz.kind(h.entry) for h in name.hits if h.match in (NAME, ALIAS, DEMONYM)} & _BIG_KINDS
        provinces = {o.a1: (o.pop, o.entry, h.match) for o, h in zip(opts, name.hits) if o.kind == ADMIN1}
        persian = not name.key.isascii() and is_arabic_script(name.key)
        for o, h in zip(opts, name.hits):
            if o.kind == CITY and o.a1 in provinces and o.pop >= max(ECHO_STATE_TOWN, 0.15 * provinces[o.a1][0]):
                o.prior += CAPITAL_NAME_BONUS  # "in Isfahan": the city more often than its province
                if provinces[o.a1][2] == ALIAS and h.match == NAME:
                    o.prior += ALIAS_BONUS  # "Qazvin": the province's short name is its city's own name
                if h.match == ALT and len(gaz.name(o.entry).split()) == len(gaz.name(provinces[o.a1][1]).split()):
                    o.prior += ALT_PENALTY  # "Basra": the province's name spells its city's (Basrah) another
                    # way, no lesser name of it (but "New York" is not New York City's own name)
            if persian and o.cc in ARABIC_SCRIPT_COUNTRIES and o.kind in _LOCAL:
                o.prior += SCRIPT_BONUS  # "آبادان" in Persian: Abadan, not Ibadan (which GeoNames also spells so)
            if o.kind == CITY and (big - {ADMIN1} or (big and o.pop < ECHO_STATE_TOWN)):
                o.echo = True  # "China" (Maine), "Oregon" (Ohio): no evidence for Maine or Ohio
                if (h.match == ALT and big & {COUNTRY, REGION}) or o.pop < ECHO_SMALL_TOWN:
                    o.prior -= BIG_NAME_PENALTY  # "Mexico": the country, not Mexico City; "Florida"
                                                 # the state, not a hamlet in New York
        name.options = opts
    return name.options


@dataclass
class Context:
    """Expected country and admin1 mass of the document's places, per distinct name."""

    countries: dict = field(default_factory=dict)
    admin1s: dict = field(default_factory=dict)
    own: dict = field(default_factory=dict)  # name key -> (countries, admin1s) it contributed
    scored: dict = field(default_factory=dict)  # (name key, kind) -> scores in this context
    done: tuple = field(default=(), repr=False, compare=False)  # (focus,) once build_context has made it

    @property
    def focus(self) -> Optional[str]:
        if self.done:
            return self.done[0]
        # (masses rounded: a sum of weights that should be 1 may fall a hair short, and an exact tie
        # goes to the country read first, not to the rounding)
        return max(self.countries, key=lambda k: round(self.countries[k], 9)) if self.countries else None

    def mass(self, key: str, cc: str, admin1: Optional[str] = None) -> float:
        own = self.own.get(key)
        if admin1 is None:
            total = self.countries.get(cc, 0.0)
            return total - own[0].get(cc, 0.0) if own and total else total
        total = self.admin1s.get((cc, admin1), 0.0)
        return total - own[1].get((cc, admin1), 0.0) if own and total else total

    def ranked_countries(self) -> list[str]:
        return sorted(self.countries, key=lambda k: -round(self.countries[k], 9))

    def ranked_admin1s(self) -> list[tuple[str, str]]:
        return sorted(self.admin1s, key=lambda k: -self.admin1s[k])


def scores(gaz: Gazetteer, c: Candidate, ctx: Optional[Context]) -> list[tuple[float, int, Option]]:
    """(score, entry, option) of each option of the candidate, best first (ties: larger entry first)."""
    opts = options(gaz, c.name)
    if c.only_kind is not None:
        opts = [o for o in opts if o.kind == c.only_kind] or opts
    if ctx is None:
        out = [(o.prior, o.entry, o) for o in opts]
    else:
        out = _context_scores(opts, ctx, c.key)
    if c.qualifier:
        within = _qualifier_areas(gaz, c.qualifier)
        out = [(s + QUALIFIER_BONUS * _inside(o, within), e, o) for s, e, o in out]
    out.sort(reverse=True)
    return out


def _context_scores(opts: list[Option], ctx: Context, key: str) -> list[tuple[float, int, Option]]:
    """Each option's prior plus the bonuses of its country and admin1 in the context, less what
    this name itself gave them (the bonus of a country or an admin1 is worked out once per call:
    a name's options share a few)."""
    out = []
    own_cc, own_a1 = ctx.own.get(key) or ({}, {})
    countries, admin1s = ctx.countries, ctx.admin1s
    focus = ctx.focus  # a town named like a country ("Lebanon", Ohio) needs its country to be the story's
    by_cc: dict = {}
    by_a1: dict = {}
    for o in opts:
        s = o.prior
        if not o.echo or o.cc == focus:
            b = by_cc.get(o.cc)
            if b is None:
                b = by_cc[o.cc] = _bonus(countries, own_cc, o.cc, COUNTRY_WEIGHT, COUNTRY_HALF)
            if b is not False:
                s += b
        if o.a1 is not None:
            b = by_a1.get(o.a1)
            if b is None:
                b = by_a1[o.a1] = _bonus(admin1s, own_a1, o.a1, ADMIN1_WEIGHT, ADMIN1_HALF)
            if b is not False:
                s += b
        out.append((s, o.entry, o))
    return out


def _bonus(masses: dict, own: dict, key: str, weight: float, half: float):
    """The bonus of a country or admin1 with mass in the context, less what the name itself gave
    it; False when it has none (not even 0.0 is added)."""
    m = masses.get(key, 0.0)
    if not m:
        return False
    m -= own.get(key, 0.0)
    return weight * m / (m + half)


def _qualifier_areas(gaz: Gazetteer, quals: list[Candidate]) -> list[tuple[set, set]]:
    """For each qualifier ("Paris, Texas", "Alexandria, La."): the countries and admin1s it may be;
    a county or province under an admin1 ("Santa Maria, Davao del Sur") stands for its admin1."""
    out = []
    for q in quals:
        ccs, a1s = set(), set()
        for h in q.hits:
            k = gaz.kind(h.entry)
            if k == COUNTRY:
                ccs.add(gaz.cc(h.entry))
            elif k in (ADMIN1, ADMIN2) and gaz.admin1_code(h.entry):
                a1s.add((gaz.cc(h.entry), gaz.admin1_code(h.entry)))
        out.append((ccs, a1s))
    return out


def _inside(o: Option, within: list[tuple[set, set]]) -> int:
    """How many qualifiers contain the option (a country holds all but countries; an admin1 its
    cities and counties)."""
    n = 0
    for ccs, a1s in within:
        if (o.kind != COUNTRY and o.cc in ccs) or (o.kind in (CITY, ADMIN2) and o.a1 in a1s):
            n += 1
    return n


def build_context(gaz: Gazetteer, res: list[Resolved], prev: Optional[Context] = None,
                  dateline: Optional[Resolved] = None, weak: Optional[float] = None) -> Context:
    """Each distinct name spreads one unit of mass over its entries (softmax of their scores)."""
    ctx = Context()
    countries, admin1s = ctx.countries, ctx.admin1s
    for r in res:
        c = r.cand
        key = c.key
        if key in ctx.own or not c.hits:
            continue
        own_cc, own_a1 = _contribution(gaz, c, prev)
        scale = (2.0, 2.0 ** ADMIN1_POWER) if r is dateline else (weak, weak) if weak is not None and not r.anchor else None
        if scale is not None:  # the dateline counts double; with ``weak``, unanchored names less
            own_cc = {k: scale[0] * v for k, v in own_cc.items()}
            own_a1 = {k: scale[1] * v for k, v in own_a1.items()}
        ctx.own[key] = (own_cc, own_a1)
        for k, v in own_cc.items():
            countries[k] = countries.get(k, 0.0) + v
        for k, v in own_a1.items():
            admin1s[k] = admin1s.get(k, 0.0) + v
    ctx.done = (ctx.focus,)
    return ctx


def _contribution(gaz: Gazetteer, c: Candidate, prev: Optional[Context]) -> tuple[dict, dict]:
    """The country and admin1 mass one name gives the document (before context: once per name)."""
    # (a name of one entry gives it all its mass, whatever the context: also once per name)
    static = (prev is None and not c.qualifier and c.only_kind is None) or len(options(gaz, c.name)) == 1
    if static and c.name.static is not None:
        return c.name.static
    scored = cached_scores(gaz, c, prev)
    top = scored[0][0]
    weights = [math.exp(sc - top) for sc, _, _ in scored]
    z = 1.0 / sum(weights)
    own_cc: dict = {}
    own_a1: dict = {}
    for (_, _, o), x in zip(scored, weights):
        if o.cc:
            p = x * z
            own_cc[o.cc] = own_cc.get(o.cc, 0.0) + p
            if o.a1 is not None and not o.echo:
                own_a1[o.a1] = own_a1.get(o.a1, 0.0) + p
    if ADMIN1_POWER != 1.0:
        own_a1 = {k: v ** ADMIN1_POWER for k, v in own_a1.items()}
    if static:
        c.name.static = (own_cc, own_a1)
    return own_cc, own_a1


def cached_scores(gaz: Gazetteer, c: Candidate, ctx: Optional[Context]) -> list[tuple[float, int, Option]]:
    """:func:`scores`, remembered per context for names without qualifiers."""
    if c.qualifier or ctx is None:
        return scores(gaz, c, ctx)
    k = (c.key, c.only_kind)
    got = ctx.scored.get(k)
    if got is None:
        got = ctx.scored[k] = scores(gaz, c, ctx)
    return got


def choose(gaz: Gazetteer, c: Candidate, ctx: Optional[Context]) -> tuple[Optional[int], float, float]:
    """Best entry, its score and the margin over the runner-up."""
    scored = cached_scores(gaz, c, ctx)
    if not scored:
        return None, 0.0, 0.0
    best, e, _ = scored[0]
    margin = best - scored[1][0] if len(scored) > 1 else 5.0
    return e, best, margin


def resolve_all(gaz: Gazetteer, res: list[Resolved], ctx: Optional[Context]) -> None:
    """Choose every mention's entry (mentions that share a name share the work)."""
    held: dict = {}
    for r in res:
        r.entry, r.score, r.margin = choose(gaz, r.cand, ctx)
        r.extra.pop(UNLISTED, None)
        if r.cand.qualifier and r.entry is not None:
            e = within_qualifier(gaz, r.cand, r.entry, ctx)
            if e != r.entry:
                held[r.cand.key] = r.entry = e
                r.extra[UNLISTED] = True
    if held:  # the town's other mentions in the document are the same town
        for r in res:
            if not r.cand.qualifier and r.cand.key in held and r.entry is not None and gaz.kind(r.entry) == CITY:
                r.entry = held[r.cand.key]
                r.extra[UNLISTED] = True


def _city_first(gaz: Gazetteer, q: Candidate) -> bool:
    """Is the name a city before context ("Kiev", "Moscow"; not "Ontario", a province first)?"""
    opts = options(gaz, q.name)
    return bool(opts) and max(opts, key=lambda o: o.prior).kind == CITY


def within_qualifier(gaz: Gazetteer, c: Candidate, e: int, ctx: Optional[Context]) -> int:
    """ "Tyrone, Mo." where the gazetteer has no Tyrone in Missouri: the town is in the state its
    qualifier names, so the mention takes that state rather than a namesake elsewhere. Only for a
    state (or country) of the document's own country, and not for items of a list ("Moscow, Kiev
    and Minsk", "Suba, Migori, Rongo")."""
    if gaz.kind(e) not in (CITY, ADMIN2) or c.listed:
        return e
    within = _qualifier_areas(gaz, c.qualifier)
    if not any(ccs or a1s for ccs, a1s in within):
        return e  # qualified by a county or region only: nothing to hold the town to
    o = next((o for o in options(gaz, c.name) if o.entry == e), None)
    if o is None or _inside(o, within):
        return e
    for q in c.qualifier:
        if (q.listed and not q.qualifier) or (not q.abbrev and _city_first(gaz, q)):
            continue  # "Moscow, Kiev": a city's name is no state's; but "Stroud, Ontario, Canada" is
                      # one town in a province in a country, not a list, and Ontario is a province first
        qe, _, _ = choose(gaz, q, ctx)
        if qe is not None and gaz.kind(qe) in (ADMIN1, COUNTRY) and ctx is not None and gaz.cc(qe) == ctx.focus:
            return qe
    return e
