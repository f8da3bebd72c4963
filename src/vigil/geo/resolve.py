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
    countries: Counter = field(default_factory=Counter)
    admin1s: Counter = field(default_factory=Counter)

    @property
    def focus(self) -> Optional[str]:
        return self.countries.most_common(1)[0][0] if self.countries else None


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


def person_like(gaz: Gazetteer, text: str, c: Candidate) -> bool:
    """Words around a name that say it is a person's: titles, first names, "said"."""
    before = _word_before(text, c.start)
    gap_ok = re.fullmatch(r"[ \t]+|\.[ \t]+", text[max(0, c.start - 2):c.start][-1:] or " ") is not None
    if before.lower() in _TITLES:
        return True
    if c.tokens == 1 and gap_ok and before[:1].isupper() and fold_key(before) in gaz.first_names:
        return True
    after = text[c.end:c.end + 40]
    if c.tokens == 1 and fold_key(c.text) in gaz.first_names and _PERSONISH_NEXT.match(after):
        nxt = after.split()[0].strip(",.;:'’")
        return not gaz.has_key(fold_key(nxt)) or fold_key(nxt) in gaz.first_names
    return c.tokens == 1 and bool(_SPEECH.match(after)) and before[:1].isupper()


def kinds(gaz: Gazetteer, c: Candidate) -> set[int]:
    return {gaz.kind(h.entry) for h in c.hits}


def is_strong(gaz: Gazetteer, c: Candidate) -> bool:
    """Names that count wherever they stand: countries, demonyms, regions, admin1s, big cities."""
    for h in c.hits:
        k = gaz.kind(h.entry)
        if k in (COUNTRY, REGION) or h.match in (DEMONYM, ALIAS):
            return True
        if k in (ADMIN1, ADMIN2) and h.match != ALT:
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
    if _STREET.match(text, c.end) and CITY in kinds(gaz, c) and not is_strong(gaz, c):
        return False
    strong_kind = kinds(gaz, c) & {COUNTRY, REGION}
    if not strong_kind and not c.hashtag and person_like(gaz, text, c):
        persons.add(key)
        return False
    if c.tokens == 1 and key in gaz.common_words and not strong_kind and not (kinds(gaz, c) & {ADMIN1}):
        if c.sentence_initial or not (c.qualifier or preceded_by_prep(text, c.start)):
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


def build_context(gaz: Gazetteer, res: list[Resolved], dateline: Optional[Resolved] = None) -> Context:
    ctx = Context()
    for r in res:
        if r.entry is None:
            continue
        w = 2.0 if r is dateline else (1.0 if r.anchor else 0.5)
        cc = gaz.cc(r.entry)
        if cc:
            ctx.countries[cc] += w
        if gaz.kind(r.entry) in (CITY, ADMIN1, ADMIN2) and gaz.admin1_code(r.entry):
            ctx.admin1s[(cc, gaz.admin1_code(r.entry))] += w
    return ctx


def score_entry(gaz: Gazetteer, c: Candidate, e: int, match: int, ctx: Optional[Context]) -> float:
    s = prior(gaz, e, match)
    cc, kind = gaz.cc(e), gaz.kind(e)
    if ctx is not None and cc:
        if cc == ctx.focus:
            s += 1.0
        elif ctx.countries.get(cc):
            s += 0.7
        if kind in (CITY, ADMIN2) and ctx.admin1s.get((cc, gaz.admin1_code(e))):
            s += 2.0
    if kind == CITY and gaz.population(e) > 100_000 and gaz.is_capital(e):
        s += 0.6
    for q in c.qualifier:
        if _contains_any(gaz, q, e):
            s += 6.0
    return s


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
    hits = c.hits
    if c.only_kind is not None:
        hits = [h for h in hits if gaz.kind(h.entry) == c.only_kind] or hits
    scored = sorted(((score_entry(gaz, c, h.entry, h.match, ctx), h.entry) for h in hits), reverse=True)
    if not scored:
        return None, 0.0, 0.0
    best, e = scored[0]
    margin = best - scored[1][0] if len(scored) > 1 else 5.0
    return e, best, margin
