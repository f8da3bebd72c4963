"""Keep or drop toponym candidates, and pick each one's gazetteer entry from the document's context.

Order of evidence: the words right around the name ("Alexandria, La.", "in Mobile", "Mr. Henry"),
then the document's own places (countries, provinces/states and cities it names, its dateline),
then population, feature class and how the name matched (main name, alias, alternate name).
"""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Optional

from .detect import Candidate
from .gazetteer import ADMIN1, ADMIN2, ALIAS, ALT, CITY, COUNTRY, DEMONYM, REGION, Gazetteer
from .names import fold_key

_TITLES = frozenset("mr mrs ms miss dr sen rep gov lt gen sgt capt col maj adm rev pastor father sister "
                    "brother judge officer deputy detective president mayor chief coach uncle aunt saint "
                    "prof professor sir lady lord dame king queen prince princess cmdr cpl pvt".split())
_PREPS = frozenset("in at near from to outside across throughout into around toward towards via between "
                   "of inside within through visited visit visiting reached leave left".split())
_SPEECH = re.compile(r"\s*(?:,\s*\d{1,3},|said|says|told|added|explained|wrote|asked|stated|testified|"
                     r"who\b|and his|and her|\(R|\(D|,\s*(?:a|an|the)\s+\d)")
_STREET = re.compile(r"\s+(?:Street|St\b|Road|Rd\b|Avenue|Ave\b|Drive|Dr\b|Boulevard|Blvd|Lane|Ln\b|Way|"
                     r"Court|Ct\b|Circle|Place|Pl\b|Pike|Parkway|Pkwy|Terrace|Trail)\b")
_VERBISH_NEXT = re.compile(r"\s+(?:a|an|the|his|her|their|its|our|my|your|this|that|to|up|out|down|off)\s")
_PERSONISH_NEXT = re.compile(r"\s+(?:[A-Z]\.\s*)?[A-Z][a-z]+(?:\s|$|[,.;:'’])")


@dataclass
class Resolved:
    cand: Candidate
    entry: Optional[int] = None
    score: float = 0.0
    margin: float = 0.0
    anchor: bool = False
    extra: dict = field(default_factory=dict)


@dataclass
class Context:
    """Expected country and admin1 mass of the document's places, per distinct name."""

    countries: Counter = field(default_factory=Counter)
    admin1s: Counter = field(default_factory=Counter)
    own: dict = field(default_factory=dict)  # name key -> (Counter, Counter) it contributed

    @property
    def focus(self) -> Optional[str]:
        return self.countries.most_common(1)[0][0] if self.countries else None

    def mass(self, key: str, cc: str, admin1: Optional[str] = None) -> float:
        own = self.own.get(key)
        if admin1 is None:
            total = self.countries.get(cc, 0.0)
            return total - own[0].get(cc, 0.0) if own and total else total
        total = self.admin1s.get((cc, admin1), 0.0)
        return total - own[1].get((cc, admin1), 0.0) if own and total else total


def prior(gaz: Gazetteer, e: int, match: int) -> float:
    kind = gaz.kind(e)
    if kind == COUNTRY:
        base = 5.0
    elif kind == REGION:
        base = 4.5
    elif kind == ADMIN1:
        base = 4.0 + (0.5 if gaz.population(e) > 1_000_000 else 0.0)
    elif kind == ADMIN2:
        base = 3.5
    else:
        base = 1.0 + 0.55 * math.log10(gaz.population(e) + 10)
    if match == ALT:
        base -= 1.2
    elif match == ALIAS:
        base += 1.0
    return base


def _word_before(text: str, start: int) -> str:
    m = re.search(r"([A-Za-z]+)\.?\s*$", text[max(0, start - 20):start])
    return m.group(1) if m else ""


def person_like(gaz: Gazetteer, text: str, c: Candidate) -> str:
    """Why the words around a name say it is a person's ("" if they do not)."""
    before = _word_before(text, c.start)
    gap_ok = text[max(0, c.start - 1):c.start] == " "
    if before.lower() in _TITLES:
        return "title"
    if c.tokens == 1 and gap_ok and before[:1].isupper() and fold_key(before) in gaz.first_names:
        return "surname"
    after = text[c.end:c.end + 40]
    if c.tokens == 1 and fold_key(c.text) in gaz.first_names and _PERSONISH_NEXT.match(after):
        nxt = fold_key(after.split()[0].strip(",.;:'’"))
        if nxt not in gaz.stopnames and nxt not in gaz.common_words:
            return "first-name"
    if c.tokens == 1 and _SPEECH.match(after) and before[:1].isupper() and gap_ok:
        return "speech"
    return ""


def _after_org_of(gaz: Gazetteer, text: str, c: Candidate) -> bool:
    """ "Chamber of Commerce", "Bank of America": the name after "of" belongs to an organisation."""
    m = re.search(r"([A-Z][a-z]+)\s+of\s+(?:the\s+)?$", text[max(0, c.start - 30):c.start])
    return bool(m) and fold_key(m.group(1)) in gaz.stopnames


def kinds(gaz: Gazetteer, c: Candidate) -> set[int]:
    return {gaz.kind(h.entry) for h in c.hits}


def is_strong(gaz: Gazetteer, c: Candidate) -> bool:
    """Names that count wherever they stand: countries, demonyms, regions, admin1s, big cities."""
    for h in c.hits:
        k = gaz.kind(h.entry)
        if k in (COUNTRY, REGION) or h.match in (DEMONYM, ALIAS):
            return True
        if k == ADMIN1 and h.match != ALT and gaz.population(h.entry) >= 100_000:
            return True
        if k == ADMIN2 and h.match != ALT:
            return True
        if k == CITY and h.match != ALT and gaz.population(h.entry) >= 100_000:
            return True
    return False


def preceded_by_prep(text: str, start: int) -> bool:
    return _word_before(text, start).lower() in _PREPS


def keep_candidate(gaz: Gazetteer, text: str, c: Candidate, persons: set[str]) -> bool:
    """Detection: is this capitalised match a place here? (Context decides weak cases later.)"""
    key = fold_key(c.text)
    if c.abbrev:
        return _keep_abbrev(text, c)
    if c.tokens == 1 and key in gaz.stopnames and not c.hashtag:
        return False
    if c.text.isupper() and len(c.text) <= 4 and not (kinds(gaz, c) & {COUNTRY, ADMIN1, REGION}):
        return False  # acronyms (MEK, IRGC) are not towns
    if key in gaz.common_words and _VERBISH_NEXT.match(text, c.end):
        return False  # "was Reading a statement"
    if _STREET.match(text, c.end) and CITY in kinds(gaz, c) and not is_strong(gaz, c):
        return False
    strong_kind = kinds(gaz, c) & {COUNTRY, REGION}
    strong = is_strong(gaz, c)
    if not strong_kind and not c.hashtag:
        why = person_like(gaz, text, c)
        if why and (why == "title" or not strong):
            if why != "first-name":
                persons.add(key)
            return False
    if _after_org_of(gaz, text, c) and not strong:
        return False
    if c.tokens == 1 and not strong and (key in gaz.common_words or key in gaz.first_names):
        if c.sentence_initial or not (c.qualifier or preceded_by_prep(text, c.start)):
            return False
    elif c.tokens == 1 and key in gaz.common_words and not (kinds(gaz, c) & {ADMIN1, COUNTRY, REGION}):
        if c.sentence_initial and not c.qualifier:
            return False
    return True


def _keep_abbrev(text: str, c: Candidate) -> bool:
    if c.abbrev == "safe":
        return True
    before = text[max(0, c.start - 30):c.start]
    after = text[c.end:c.end + 1]
    after_place = re.search(r"[A-Za-z][a-z]+,\s*$|[A-Za-z][a-z]+\s+\($|[A-Z]{3,},\s*$", before) is not None
    if c.abbrev == "ap":
        return after_place
    return after_place and (not after or not after.isalnum())


def build_context(gaz: Gazetteer, res: list, prev: Optional[Context] = None, dateline=None) -> Context:
    """Each distinct name spreads one unit of mass over its entries (softmax of their scores)."""
    ctx = Context()
    for r in res:
        key = fold_key(r.cand.text)
        if key in ctx.own or not r.cand.hits:
            continue
        w = 2.0 if r is dateline else 1.0
        scored = _scored(gaz, r.cand, prev, key)
        top = scored[0][0]
        z = sum(math.exp(sc - top) for sc, _ in scored)
        own_cc, own_a1 = Counter(), Counter()
        for sc, e in scored:
            p = w * math.exp(sc - top) / z
            cc = gaz.cc(e)
            if cc:
                own_cc[cc] += p
                if gaz.kind(e) in (CITY, ADMIN1, ADMIN2):
                    own_a1[(cc, gaz.admin1_code(e))] += p
        ctx.own[key] = (own_cc, own_a1)
        ctx.countries.update(own_cc)
        ctx.admin1s.update(own_a1)
    return ctx


def score_entry(gaz: Gazetteer, c: Candidate, e: int, match: int, ctx: Optional[Context], key: str = "") -> float:
    s = prior(gaz, e, match)
    cc, kind = gaz.cc(e), gaz.kind(e)
    if ctx is not None and cc:
        m = ctx.mass(key, cc)
        s += 1.5 * m / (m + 1.0)
        if kind in (CITY, ADMIN1, ADMIN2):
            m = ctx.mass(key, cc, gaz.admin1_code(e))
            s += 2.5 * m / (m + 0.5)
    if kind == CITY and gaz.population(e) > 100_000 and gaz.is_capital(e):
        s += 0.6
    for q in c.qualifier:
        if _contains_any(gaz, q, e):
            s += 6.0
    return s


def _scored(gaz: Gazetteer, c: Candidate, ctx: Optional[Context], key: str) -> list[tuple[float, int]]:
    hits = c.hits
    if c.only_kind is not None:
        hits = [h for h in hits if gaz.kind(h.entry) == c.only_kind] or hits
    return sorted(((score_entry(gaz, c, h.entry, h.match, ctx, key), h.entry) for h in hits), reverse=True)


def _contains_any(gaz: Gazetteer, q: Candidate, e: int) -> bool:
    cc, a1 = gaz.cc(e), gaz.admin1_code(e)
    for h in q.hits:
        k = gaz.kind(h.entry)
        if k == COUNTRY and gaz.cc(h.entry) == cc and gaz.kind(e) != COUNTRY:
            return True
        if k == ADMIN1 and gaz.cc(h.entry) == cc and gaz.admin1_code(h.entry) == a1 and gaz.kind(e) in (CITY, ADMIN2):
            return True
    return False


def choose(gaz: Gazetteer, c: Candidate, ctx: Optional[Context]) -> tuple[Optional[int], float, float]:
    """Best entry, its score and the margin over the runner-up."""
    scored = _scored(gaz, c, ctx, fold_key(c.text))
    if not scored:
        return None, 0.0, 0.0
    best, e = scored[0]
    margin = best - scored[1][0] if len(scored) > 1 else 5.0
    return e, best, margin
