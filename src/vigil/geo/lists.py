"""Names listed together are names of one kind.

"Georgia, Oklahoma, Pennsylvania and California", "Mexico, China, Japan and Brazil": a writer
lists like with like, so a name read as a town (Oregon, Ohio; China, Maine) becomes the state or
country the other names of its list settle on. Only upwards: a list of towns does not make a
state or a country a town ("Atlanta and Florida"), since news names a town beside a state far
more often than it names a town called Florida. A name placed by its qualifier ("Nanjing, China",
"Washington, D.C.") keeps its reading, and the qualifier is no item of the list.
"""
from __future__ import annotations

import re
from typing import Optional

from .gazetteer import ADMIN1, ADMIN2, CITY, COUNTRY, REGION, Gazetteer
from .resolve import Resolved, cached_scores

_PROVINCE_WORD_END = re.compile(r"\s(?:province|state|region|governorate|county|ostan)$", re.I)
_LIST_GAP = re.compile(r",[^\S\n]*(?:(?:and|or)[^\S\n]+)?|[^\S\n]+(?:and|or|&)[^\S\n]+")
_GROUP = {COUNTRY: COUNTRY, REGION: COUNTRY, ADMIN1: ADMIN1, ADMIN2: ADMIN2, CITY: CITY}
_RANK = {CITY: 0, ADMIN2: 1, ADMIN1: 2, COUNTRY: 3}  # of the groups: a name only moves up
LIST_COUNTRY_MARGIN = 1.5  # how far behind its best reading a listed town's namesake in its list's country may be
SETTLED_MARGIN = 2.0  # a town reading this far ahead of the others counts as the name's kind


def lists(gaz: Gazetteer, text: str, res: list[Resolved], held: set) -> list[list[Resolved]]:
    """Runs of two or more names joined by commas, "and" or "or" (``res`` in text order); a
    qualifier that places the name before it ("Nanjing, China") is left out of the run, and that
    name is added to ``held``."""
    out: list[list[Resolved]] = []
    run: list[Resolved] = []
    last: Optional[Resolved] = None
    for r in res:
        if last is not None and _LIST_GAP.fullmatch(text, last.cand.end, r.cand.start):
            if _qualifies(gaz, r, last):
                held.add(id(last))
            else:
                run.append(r)
            last = r
            continue
        last = r
        if len(run) > 1:
            out.append(run)
        run = [r]
    if len(run) > 1:
        out.append(run)
    return out


def settled_group(gaz: Gazetteer, r: Resolved) -> Optional[int]:
    """The kind a listed name surely has (None while its reading is in doubt)."""
    if r.entry is None:
        return None
    groups = {_GROUP[k] for k in r.cand.name.kinds}
    kind = _GROUP[gaz.kind(r.entry)]
    if len(groups) == 1 or kind != CITY or r.margin >= SETTLED_MARGIN:
        return kind
    return None


def align_lists(gaz: Gazetteer, text: str, res: list[Resolved]) -> list[Resolved]:
    """Give each listed name the kind all the other names of its list settle on; returns the
    mentions whose reading is now restricted (``cand.only_kind``), for the caller to resolve again."""
    changed: list[Resolved] = []
    held: set = set()
    for run in lists(gaz, text, res, held):
        groups = [settled_group(gaz, r) for r in run]
        for i, r in enumerate(run):
            others = {g for j, g in enumerate(groups) if j != i and g is not None}
            if len(others) != 1 or r.entry is None or r.cand.only_kind is not None or id(r) in held:
                continue
            want = others.pop()
            if _RANK[want] > _RANK[_GROUP[gaz.kind(r.entry)]]:
                kind = _best_kind(gaz, r, want)
                if kind is not None:
                    r.cand.only_kind = kind
                    changed.append(r)
    return changed + _same_reading(res, changed)


def align_countries(gaz: Gazetteer, text: str, res: list[Resolved], ctx) -> None:
    """A town listed with towns of one other country is read in that country when it has a
    namesake there nearly as likely ("in Beirut and Tripoli": Tripoli, Lebanon, not the Libyan
    capital); its other mentions follow, unless a qualifier places them."""
    moved: dict = {}
    for run in lists(gaz, text, res, set()):
        towns = [r for r in run if r.entry is not None and gaz.kind(r.entry) == CITY]
        for r in towns:
            others = {gaz.cc(o.entry) for o in towns if o is not r and o.cand.key != r.cand.key}
            if len(others) != 1 or r.cand.qualifier or gaz.cc(r.entry) in others:
                continue
            cc = others.pop()
            scored = cached_scores(gaz, r.cand, ctx)
            alt = next(((sc, e) for sc, e, o in scored if o.cc == cc and o.kind == CITY), None)
            if alt is not None and alt[0] >= scored[0][0] - LIST_COUNTRY_MARGIN:
                moved[r.cand.key] = alt
    if moved:
        for r in res:
            got = moved.get(r.cand.key)
            if got is not None and not r.cand.qualifier and r.entry is not None and gaz.kind(r.entry) == CITY:
                r.entry, r.score, r.margin = got[1], got[0], 0.0


def _same_reading(res: list[Resolved], changed: list[Resolved]) -> list[Resolved]:
    """A name the list settled keeps that reading elsewhere in the document ("states including
    Oregon and Ohio ... growers in Oregon"): one name, one place, unless a qualifier says otherwise."""
    kinds = {r.cand.key: r.cand.only_kind for r in changed}
    out = []
    for r in res:
        c = r.cand
        if c.key in kinds and c.only_kind is None and not c.qualifier and r.entry is not None:
            c.only_kind = kinds[c.key]
            out.append(r)
    return out


def _best_kind(gaz: Gazetteer, r: Resolved, group: int) -> Optional[int]:
    for _, _, o in cached_scores(gaz, r.cand, None):
        if _GROUP[o.kind] == group:
            return o.kind
    return None


def _qualifies(gaz: Gazetteer, q: Resolved, r: Resolved) -> bool:
    """Is ``q`` a qualifier of ``r`` that holds ``r``'s reading ("Nanjing, China", "Washington, D.C.")?"""
    if r.entry is None or q.entry is None:
        return False
    if q.entry == r.entry:
        return True
    if q.cand not in r.cand.qualifier and not _PROVINCE_WORD_END.search(q.cand.text):
        return False  # (a name with its province's word, "Kermanshah, Kermanshah province", is a town placed)
    qk = gaz.kind(q.entry)
    if qk == COUNTRY:
        return gaz.cc(r.entry) == gaz.cc(q.entry) and gaz.kind(r.entry) != COUNTRY
    if qk == ADMIN1:
        return gaz.kind(r.entry) in (CITY, ADMIN2) and (gaz.cc(r.entry), gaz.admin1_code(r.entry)) == (
            gaz.cc(q.entry), gaz.admin1_code(q.entry))
    return False
