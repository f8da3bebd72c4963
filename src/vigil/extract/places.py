"""The places stage: find toponyms, resolve them with the document's context, and place events.

:class:`PlaceStage` fills ``doc.places`` with one :class:`~vigil.model.Mention` per toponym
(character offsets into the report text; ``value`` is a :class:`~vigil.model.Place`) and puts
document-level facts in ``doc.context`` (``focus_country``, ``countries``, ``admin1s``,
``dateline``). :func:`event_place` picks where one event happened.
"""
from __future__ import annotations

import logging
import re
from dataclasses import replace
from functools import lru_cache
from typing import Optional

from ..geo.build import data_rows
from ..geo.detect import Candidate, Matcher
from ..geo.features import find_features, local_namesakes, town_areas
from ..geo.filters import after_locative, after_prep, keep_candidate, listed
from ..geo.lists import align_countries, align_lists
from ..geo.outlets import inside, outlet_spans
from ..geo.gazetteer import ADMIN1, ADMIN2, ALIAS, ALT, CITY, COUNTRY, DEMONYM, NAME, REGION, Gazetteer
from ..geo.signals import country_signal
from ..geo.resolve import UNLISTED, Context, Resolved, build_context, options, resolve_all
from ..geo.names import strip_accents
from ..model import Doc, Mention, Place
from .text import split_sentences

log = logging.getLogger("vigil")
TOWN_OF = "town of"  # place variant: a town named as one ("the town of X") that the gazetteer lacks

_DATELINE = re.compile(r"\s*(?:[^\n]{0,60}?\n\s*)?([A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ .'’-]{1,40}?)(?:,\s*[A-Z][\w. ]{1,25}?){0,2}\s*"
                       r"(?:\([^)\n]{0,40}\))?\s*(?:--|—|–|-|:)\s")
# A dateline opening a later line of the story's top (after a headline, a byline or a caption):
# "TYRONE, Mo. (AP) —", "IDAHO FALLS (AP) |", "PORTO, Portugal, Nov 7 (Lusa) —", "Manhattan, Ks. –", "ALLEN COUNTY, Ind. (WANE) The":
# a name in capitals, or one followed by its state.
_DATELINE_LINE = re.compile(r"[^\S\n]*([A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’ -]{2,40}?|[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ.'’ -]{1,40}?(?=,\s*[A-Z]))"
                            r"(?:,\s*[A-Z][\w. ]{1,25}?){0,2}\s*(?:\(\s*[^)\n]{0,40}\)\s*(?:(?:--|—|–|-|:|\|)\s)?|(?:--|—|–|-|:|\|)\s)")
_TOWN_NAME = re.compile(r"[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ'’-]+(?: [A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ'’-]+){0,3}")  # capitalised words only
# words before a dateline's town: "TOWN OF ELKTON", "NEAR DALLAS, Ore." (the town is Elkton, Dallas)
_TOWN_OF = re.compile(r"(?:(?i:town|city|village|township|borough) (?i:of)|(?i:near|outside)) (?=[A-Z])")
_SHORT_HEADS = {"st": "Saint", "ste": "Sainte", "mt": "Mount", "ft": "Fort"}
_SHORT_HEAD = re.compile(r"((?i:st|ste|mt|ft))\.?(?= [A-Z])")
TINY_TERRITORY = 10_000  # a "country" with fewer people is no reading of "South Georgia" beside Georgia's south
_COMPASS_HEAD = re.compile(r"(?:North|South|East|West|Central|Northern|Southern|Eastern|Western)\s+")
DATELINE_BREAKS, DATELINE_REACH = 12, 1200  # how far down the story's top a dateline is looked for
WEAK_MIN_POPULATION = 20_000
WEAK_CONTEXT = 0.5  # what a weak name (small, unqualified, not a dateline) weighs in the final context
PLACE_MEMO_LIMIT = 100_000
HOME_MASS = 1.5  # the document's leading state or province, with at least this mass, is its home
ASTRAY_MASS = 0.3  # a bare town whose state the rest of the document gives less than this is astray
ASTRAY_MAX_POP = 1_000_000  # a town this big is never read as a stray neighbourhood
ASTRAY = "astray"
ASTRAY_DOUBT = 0.6  # an astray reading is likelier a namesake the gazetteer lacks: its confidence drops


class PlaceStage:
    """Doc -> Doc: fills ``doc.places`` and the place facts of ``doc.context``."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gaz = gazetteer
        self.matcher = Matcher(gazetteer)
        self._places: dict = {}  # (entry, name) -> Place, shared by the documents this stage sees

    def __call__(self, doc: Doc) -> Doc:
        try:
            resolved = self.resolve(doc)
        except Exception as exc:  # never take the document down
            log.warning("places: %s: %s: %s", doc.report.id, type(exc).__name__, exc)
            return doc
        mentions = []
        outlets = doc.context.pop("outlets", [])
        for r in resolved:
            try:
                mentions.append(self._mention(r, inside(outlets, r.cand.start), _origin(doc.text, r.cand)))
            except Exception as exc:  # one bad place never takes the others down
                log.warning("places: %s: skipped %r (%s)", doc.report.id, r.cand.text, exc)
        doc.places = mentions
        return doc

    # -- detection and resolution -------------------------------------------------------------
    def resolve(self, doc: Doc) -> list[Resolved]:
        gaz, text = self.gaz, doc.text
        if not text or not text.strip():
            return []
        sentences = doc.sentences or split_sentences(text)
        cands = self.matcher.find(text, {s.start for s in sentences})
        _state_parts(self.matcher, cands)
        persons: set[str] = set()
        dl = _dateline_match(text, cands, gaz.stopnames)
        dl_town = _town_start(dl) if dl else -1
        keep = [False if dl_town == c.start and _partial_dateline(text, dl, c) else
                bool(dl_town == c.start and c.allcaps and c.hits) or keep_candidate(gaz, text, c, persons)
                for c in cands]
        listed(gaz, text, cands, keep, persons)
        _drop_name_pairs(text, cands, keep)
        res = [Resolved(c) for c, k in zip(cands, keep) if k and not _known_person(text, c, persons)]
        dateline = _dateline(dl, res)
        ctx = build_context(gaz, res, None, dateline)
        ctx = build_context(gaz, res, ctx, dateline)
        resolve_all(gaz, res, ctx)
        resolve_all(gaz, align_lists(gaz, text, res), ctx)
        if dl and (astray := [r for r in res if dl.start(1) <= r.cand.start < dl.end(1) and _qualified_elsewhere(gaz, r)]):
            # "LEKKI TOLL GATE, LAGOS —": a toll gate in Lagos, not the namesake in Alabama the
            # gazetteer has; the qualifier, not the name, places the story
            res = [r for r in res if r not in astray]
            if dateline in astray:
                dateline = next((r for r in res if r.cand in dateline.cand.qualifier), None)
        for r in res:
            r.anchor = r.cand.name.strong or bool(r.cand.qualifier) or r is dateline
        res = [r for r in res if self._accept(r, ctx, text, dateline)]
        ctx = build_context(gaz, res, ctx, dateline, weak=WEAK_CONTEXT)
        resolve_all(gaz, res, ctx)
        resolve_all(gaz, align_lists(gaz, text, res), ctx)
        align_countries(gaz, text, res, ctx)
        if dateline is not None:
            _dateline_city(gaz, dateline)
        doc.context["outlets"] = outlet_spans(text) if res else []
        local_namesakes(gaz, res, dateline, ctx, text)
        town_areas(gaz, res, dateline, text)
        res.extend(find_features(gaz, text, res, dateline, ctx))
        res = _institutions(gaz, text, res)
        res = _capital_mentions(gaz, text, res, self._story_country(res, ctx))
        town = _unlisted_dateline(gaz, dl, res)
        if town is not None:  # (the words of its name were no place of their own)
            res = [r for r in res if not town.cand.start <= r.cand.start < town.cand.end] + [town]
            dateline = town
        res.sort(key=lambda r: r.cand.start)
        _mark_astray(gaz, res, ctx, dateline)
        self._set_context(doc, res, ctx, dateline)
        return res

    def _accept(self, r: Resolved, ctx: Context, text: str, dateline: Optional[Resolved]) -> bool:
        """Weak names (small places, alternate names) need support from the context."""
        c, gaz, e = r.cand, self.gaz, r.entry
        if e is None or r.anchor or (c.hashtag and not c.tag_part) or r is dateline:
            return True
        cc, kind, key = gaz.cc(e), gaz.kind(e), c.key
        if kind in (CITY, ADMIN2) and ctx.mass(key, cc, gaz.admin1_code(e)) >= 0.5:
            return True
        if c.allcaps or after_prep(text, c):
            return cc == ctx.focus or gaz.population(e) >= 5_000 or not ctx.focus
        return cc == ctx.focus and gaz.population(e) >= WEAK_MIN_POPULATION

    def _story_country(self, res: list[Resolved], ctx: Context) -> Optional[str]:
        """The story's country: the context's, unless none of the places was read to be in it."""
        focus, cc_of = ctx.focus, self.gaz.cc
        if focus is not None and res and not any(r.entry is not None and cc_of(r.entry) == focus for r in res) \
                and (chosen := [cc_of(r.entry) for r in res if r.entry is not None and cc_of(r.entry)]):
            # the mass of a name's many namesakes (a dozen small Parises in the US) is no place the
            # story names: the story is where its places were read to be ("Paris — Farmers blocked
            # the motorways around the capital": France's)
            ranked = ctx.ranked_countries()
            focus = max(set(chosen), key=lambda c: (chosen.count(c), -ranked.index(c) if c in ranked else -len(ranked)))
        return focus

    def _set_context(self, doc: Doc, res: list[Resolved], ctx: Context, dateline: Optional[Resolved]) -> None:
        doc.context["focus_country"] = self._story_country(res, ctx)
        if ctx.focus is None and (signal := country_signal(doc.text)) is not None:
            doc.context["focus_country"] = signal[0]  # no place, but words only that country's reports use
            doc.context["country_signal"] = signal
        doc.context["countries"] = ctx.ranked_countries()
        doc.context["admin1s"] = [f"{cc}.{a}" for cc, a in ctx.ranked_admin1s()]
        if dateline is not None:
            doc.context["dateline"] = {"start": dateline.cand.start, "end": dateline.cand.end,
                                       "text": dateline.cand.text}

    # -- output -------------------------------------------------------------------------------
    def place_of(self, e: Optional[int], name: str, variant: Optional[str] = None) -> Place:
        """The place of entry ``e`` named ``name``; ``variant`` "feature" (a street or village
        placed at the town near it: not that town's id) or UNLISTED (a town the gazetteer lacks,
        in the state ``e``)."""
        got = self._places.get((e, name, variant))
        if got is None:
            if len(self._places) >= PLACE_MEMO_LIMIT:
                self._places.clear()
            got = self._make_place(e, name)
            if variant == "feature":
                got = replace(got, geonames_id=None)
            elif variant == TOWN_OF:  # "the northern town of Dablo": that town, in the country of the place near
                # it (whose province it need not share), at that place's point as the nearest known
                got = Place(name=name, city=town_name(name), country=got.country, lat=got.lat, lon=got.lon,
                            precision="city")
            elif variant == UNLISTED:
                got = replace(got, city=town_name(name), precision="city",
                              lat=None, lon=None, geonames_id=None)
            self._places[(e, name, variant)] = got
        return got

    def _make_place(self, e: Optional[int], name: str) -> Place:
        gaz = self.gaz
        if e is None:
            return Place(name=name)
        kind, cc = gaz.kind(e), gaz.cc(e) or None
        lat, lon = gaz.latlon(e)
        admin1 = gaz.admin1_name(cc, gaz.admin1_code(e)) if cc and kind in (CITY, ADMIN1, ADMIN2) else None
        precision = {CITY: "city", ADMIN1: "admin1", ADMIN2: "admin1", COUNTRY: "country"}.get(kind)
        if kind == REGION:
            precision = None
        return Place(name=name, city=_named_part(strip_accents(gaz.name(e)), name) if kind == CITY else None, admin1=admin1, country=cc,
                     lat=lat, lon=lon, geonames_id=gaz.geonames_id(e), precision=precision)

    def _mention(self, r: Resolved, outlet: bool = False, origin: bool = False) -> Mention:
        """The mention of one resolved toponym; ``outlet`` marks one in a news outlet's name,
        ``origin`` one that says where a person comes from."""
        c = r.cand
        if "feature" in r.extra:  # a street or village placed at the town near it: not that town's id
            feature = r.extra["feature"]
            conf = 0.3 if r.entry is None else 0.45
            # (but "the capital" is the capital itself, with its id: it is one place with "Minsk")
            place = self.place_of(r.entry, c.text) if r.extra.get("reference") else self.place_of(
                r.entry, c.text, {"in": UNLISTED, "near": TOWN_OF}.get(r.extra.get("town"), "feature"))
        elif r.extra.get(UNLISTED):  # "Tyrone, Mo.": a town in Missouri, though not one we can point to
            feature, conf = "city", 0.45
            place = self.place_of(r.entry, c.text, UNLISTED)
        elif r.entry is None:
            feature = {ADMIN1: "admin1"}.get(c.only_kind, "other")
            conf = 0.3
            place = self.place_of(None, c.text)
        else:
            place = self.place_of(r.entry, c.text)
            feature = self.gaz.feature(r.entry)
            conf = round(min(0.99, 0.55 + 0.09 * min(r.margin, 5.0)) * (ASTRAY_DOUBT if r.extra.get(ASTRAY) else 1.0), 3)
        match = c.name.match_of(r.entry) if c.name is not None else None
        how = {ALT: "alternate", NAME: "name", DEMONYM: "demonym", ALIAS: "alias"}.get(match, "pattern")
        extra = (("feature", feature), ("match", how)) + ((("outlet", True),) if outlet else ()) + (
            (("astray", True),) if r.extra.get(ASTRAY) else ()) + ((("origin", True),) if origin else ()) + (
            (("reference", True),) if r.extra.get("reference") else ())  # ("the capital": a place, but no toponym)
        return Mention(kind="place", start=c.start, end=c.end, text=c.text, value=place, method=c.method,
                       confidence=conf, extra=extra)


# Words that say where a person comes from, not where something happened: "اهل سقز" (a native
# of Saqqez), "زادهٔ گناباد" (born in Gonabad), "ساکن پاکدشت" (living in Pakdasht).
_FA_ORIGIN = re.compile(r"(?:اهل|زاده[\u0654]?|زادهٔ|متولد|ساکن|اصالتا[\u064b]?)\s*(?:(?:شهر|شهرستان|روستای|استان|محله)\s*)?$")


# ... and in English: "Herbert Harr, 47, of Indianapolis", "47-year-old Herbert Harr of Indianapolis",
# "a native of Tabriz", "born in Ahvaz"
_EN_ORIGIN = re.compile(r"(?:\b\d{1,3}\s*,\s*of|-year-old\s+(?:[A-Z][\w.'’-]*\s+){1,4}of|\b(?:native|natives|resident|"
                        r"(?<![Tt]housands of )(?<![Hh]undreds of )(?<![Dd]ozens of )(?<![Ss]cores of )residents)\s+of|\b(?:born|raised)\s+in)\s+$")
# (not a crowd: "thousands of residents of Kherson rallied" are there)


def _origin(text: str, c: Candidate) -> bool:
    if "\u0600" <= c.text[:1] <= "\u06ff":
        return _FA_ORIGIN.search(text, max(0, c.start - 24), c.start) is not None
    if " of " in text[max(0, c.start - 60):c.start] and _EN_ORIGIN.search(text, max(0, c.start - 60), c.start):
        return True  # (a plain " of " or " in " before the name first: the quick test most names fail)
    return " in " in text[max(0, c.start - 4):c.start] and _EN_ORIGIN.search(text, max(0, c.start - 20), c.start) is not None


def town_name(name: str) -> str:
    """A town's name as gazetteers write it: "ST. JOSEPH" -> "Saint Joseph", "Mt. Airy" ->
    "Mount Airy", "FT. PIERCE" -> "Fort Pierce"."""
    name = name.title() if name.isupper() else name
    m = _SHORT_HEAD.match(name)
    return _SHORT_HEADS[m.group(1).lower()] + name[m.end():] if m else name


def _mark_astray(gaz: Gazetteer, res: list[Resolved], ctx: Context, dateline: Optional[Resolved]) -> None:
    """Mark the bare town names that the rest of the document does not back: in a story set in one
    state ("CHICAGO --", three Chicago streets), "in Austin" with no Texas anywhere else is far
    likelier a neighbourhood or a street than the Texas capital: a name that several towns of the
    country share (a name only one town bears, "in Ahvaz" in a story from Tehran, is that town).
    The name keeps its reading (a geoparser's answer) at a lower confidence, and
    :mod:`vigil.geo.event_place` does not take it for an event's place."""
    ranked = ctx.ranked_admin1s()
    if not ranked or ctx.admin1s[ranked[0]] < HOME_MASS:
        return
    home = ranked[0]
    for r in res:
        e = r.entry
        if e is None or r is dateline or r.cand.qualifier or r.extra or gaz.kind(e) != CITY:
            continue  # (``extra`` marks streets placed at a town and unlisted towns: not bare names)
        if gaz.population(e) >= ASTRAY_MAX_POP:
            continue  # a city of millions ("Karaj" in a story of Shiraz and Isfahan) is no stray neighbourhood
        cc, a1 = gaz.cc(e), gaz.admin1_code(e)
        if (cc, a1) != home and cc == home[0] and ctx.mass(r.cand.key, cc, a1) < ASTRAY_MASS and \
                sum(gaz.kind(h.entry) == CITY and gaz.cc(h.entry) == cc for h in r.cand.hits) > 1:
            r.extra[ASTRAY] = True


def _state_parts(matcher: Matcher, cands: list[Candidate]) -> None:
    """ "South Georgia": the part of the state the words name, not the tiny territory the gazetteer
    lists under the two words (the South Georgia islands, 30 people); a state's own name ("South
    Carolina"), a region's ("West Midlands") and a real country's ("North Macedonia") stay whole."""
    gaz = matcher.gaz
    for c in cands:
        if c.tokens == 2 and c.name is not None and c.name.kinds == {COUNTRY} and (m := _COMPASS_HEAD.match(c.text)) \
                and max(gaz.population(h.entry) for h in c.hits) < TINY_TERRITORY:
            state = matcher.name(c.text[m.end():])
            if state is not None and ADMIN1 in state.kinds:
                c.start, c.text, c.name, c.tokens = c.start + m.end(), c.text[m.end():], state, 1


def _known_person(text: str, c: Candidate, persons: set[str]) -> bool:
    """A bare name the document already used for a person ("Lincoln said", "Chu's widow")."""
    return (c.tokens == 1 and not c.qualifier and c.key in persons
            and not c.name.kinds & {ADMIN1, COUNTRY, REGION} and not after_locative(text, c))


def _dateline_match(text: str, cands: list[Candidate], stopnames: frozenset = frozenset()) -> Optional[re.Match]:
    """The dateline: at the text's start (after at most one short line), else at the start of
    one of the next lines of the story's top where a toponym candidate opens it. A headline's
    "Police: ..." or "Maryland Drive victims named - ..." (words that do not end with a toponym,
    or a stop name) is no dateline: the search goes on down the top, for a dateline in capitals
    ("FRANKLIN (Feb. 4) – ...")."""
    places = [c for c in cands if c.start < DATELINE_REACH and c.key not in stopnames]
    starts = {c.start for c in places}
    m = _DATELINE.match(text)
    if m is None:
        caps = False
    elif any(m.start(1) <= c.start and c.end == m.end(1) for c in places) or _state_follows(m, cands):
        return m
    else:
        caps = True  # (a headline opened by other words: only a dateline in capitals is taken below)
    pos = 0
    for _ in range(DATELINE_BREAKS):
        pos = text.find("\n", pos, DATELINE_REACH)
        if pos < 0:
            return None
        pos += 1
        m = _DATELINE_LINE.match(text, pos)
        if m is not None and (m.start(1) in starts or _state_follows(m, cands)) and (not caps or m.group(1).isupper()):
            return m
    return None


_MORE_CAPITALS = re.compile(r" (?!(?:TWP|TOWNSHIP|CO|COUNTY|PARISH|BORO|BOROUGH|CITY|VILLAGE|TOWN)\b)[A-Z]{2,}\b")
# (but "HAMILTON TWP., N.J.", "JACKSON CO., Fla.": the town's or county's name, and its kind)


def _partial_dateline(text: str, m: re.Match, c: Candidate) -> bool:
    """The first words only of a dateline's town in capitals ("MOON LAKE —" read as "MOON"):
    a longer name the gazetteer lacks, no town of the words it starts with."""
    return c.allcaps and c.end < m.end(1) and _MORE_CAPITALS.match(text, c.end) is not None


def _state_follows(m: re.Match, cands: list[Candidate]) -> bool:
    """A state's or country's name right after the dateline's first words ("KINLOCH, Mo. (KMOV)")."""
    return any(m.end(1) <= c.start < m.end() and c.name is not None and c.name.kinds & {ADMIN1, COUNTRY}
               for c in cands)


def _unlisted_dateline(gaz: Gazetteer, m: Optional[re.Match], res: list[Resolved]) -> Optional[Resolved]:
    """A dateline's town that the gazetteer lacks, followed by its state or country ("KINLOCH,
    Mo. (KMOV) –", "FORT HOLLOW, Okla. --"): a town of that state, named but not pointed to."""
    if m is None or not _TOWN_NAME.fullmatch(m.group(1)):
        return None
    start, end = _town_start(m), m.end(1)
    if any(r.cand.start == start and r.cand.end >= end for r in res):
        return None  # a known place
    state = next((r for r in res if end <= r.cand.start and r.cand.end <= m.end() and r.entry is not None
                  and gaz.kind(r.entry) in (ADMIN1, COUNTRY)), None)
    if state is None:
        return None
    name = m.string[start:end]
    c = Candidate(start, end, name, None, tokens=len(name.split()), method="dateline")
    return Resolved(c, state.entry, state.score, state.margin, extra={UNLISTED: True})


def _town_start(m: re.Match) -> int:
    """Where the dateline's town starts ("TOWN OF ELKTON", "NEAR DALLAS": at Elkton, Dallas)."""
    head = _TOWN_OF.match(m.group(1))
    return m.start(1) + (head.end() if head else 0)


_AWAY_BEFORE = re.compile(r"\b(?:(?:north|south|east|west)(?:east|west)?(?:ern)?|outside|miles|km|kilometres|kilometers)\s+"
                          r"(?:of|from)\s*$|\bfrom\s*$", re.I)


@lru_cache(maxsize=1)
def _institution_table() -> tuple[Optional[re.Pattern], dict[str, tuple[str, str]]]:
    """(pattern of "<name> University", name -> (country, town)) from data/geo/institutions.tsv."""
    rows = {name: (cc, town) for name, cc, town in data_rows("institutions.tsv")}
    if not rows:
        return None, {}
    names = "|".join(re.escape(n) for n in sorted(rows, key=len, reverse=True))
    return re.compile(rf"\b({names})\s+University\b(?!\s+of\b)"), rows


def _institutions(gaz: Gazetteer, text: str, res: list[Resolved]) -> list[Resolved]:
    """A university named like a town elsewhere is in its own town: "at Columbia University" is
    in New York City (not Columbia, South Carolina), "Amir Kabir University" in Tehran."""
    rx, rows = _institution_table()
    if rx is None or "University" not in text:
        return res
    for m in rx.finditer(text):
        entry = _town_entry(gaz, *rows[m.group(1)])
        if entry is None:
            continue
        start, end = m.span()
        res = [r for r in res if not start <= r.cand.start < end]
        c = Candidate(start, end, m.group(0), None, tokens=2, method="pattern")
        res.append(Resolved(c, entry, 0.0, 0.0, extra={"feature": "other"}))
    res.sort(key=lambda r: r.cand.start)
    return res


def _town_entry(gaz: Gazetteer, cc: str, town: str) -> Optional[int]:
    """The most populous town of that name in that country (None: the gazetteer has none)."""
    return _biggest_town(gaz, gaz.lookup(town), cc)


def _biggest_town(gaz: Gazetteer, hits, cc: str) -> Optional[int]:
    return max((h.entry for h in hits if gaz.kind(h.entry) == CITY and gaz.cc(h.entry) == cc),
               key=gaz.population, default=None)


# "rallied in the capital", "across the country's capital": the story's country's capital (not "the
# capital, Tehran", whose name is read itself, nor "the capital of Iran" or "capital murder")
_THE_CAPITAL = re.compile(r"\b(?:in|across|around|near|into|throughout|to|of)\s+(?:the\s+(?:country's\s+|nation's\s+)?|"
                          r"its\s+)(capital)\b(?!,?\s+[A-Z])(?!\s+(?:of|city\s+of|murder|punishment|gains?|letters?)\b)")


def _capital_mentions(gaz: Gazetteer, text: str, res: list[Resolved], focus: Optional[str]) -> list[Resolved]:
    """"in the capital" names the capital of the story's country: a place mention of its own for the
    events, flagged ``reference`` (no toponym: ``vigil places`` lists names only)."""
    if "capital" not in text:
        return res
    res = _demonym_capitals(gaz, text, res)
    if focus is None:
        return res
    found = [m for m in _THE_CAPITAL.finditer(text)]
    if not found:
        return res
    entry = _capital_entry(gaz, focus)
    if entry is None:
        return res
    taken = [(r.cand.start, r.cand.end) for r in res]
    for m in found:
        start, end = m.span(1)
        if any(a < end and start < b for a, b in taken) or _AWAY_BEFORE.search(text, max(0, m.start() - 30), m.start() + 3):
            continue  # ("an area south of the capital", "40 km from the capital": not in it)
        c = Candidate(start, end, m.group(1), None, tokens=1, method="pattern")
        res.append(Resolved(c, entry, 0.0, 0.0, extra={"feature": "other", "reference": True}))
    res.sort(key=lambda r: r.cand.start)
    return res


# "in the Serbian capital": that country's capital (the demonym alone reads as the country)
_DEMONYM_CAPITAL = re.compile(r"\b(?:in|across|around|near|into|throughout|to|of)\s+the\s+([A-Z][a-z]+)\s+capital\b"
                              r"(?!,?\s+[A-Z])(?!\s+(?:of|city\s+of|markets?|gains?)\b)")


def _demonym_capitals(gaz: Gazetteer, text: str, res: list[Resolved]) -> list[Resolved]:
    for m in _DEMONYM_CAPITAL.finditer(text):
        start = m.start(1)
        r = next((r for r in res if r.cand.start == start and r.cand.end == m.end(1) and r.entry is not None
                  and gaz.kind(r.entry) == COUNTRY and r.cand.name is not None
                  and r.cand.name.match_of(r.entry) in (DEMONYM, ALIAS)), None)
        entry = _capital_entry(gaz, gaz.cc(r.entry)) if r is not None else None
        if entry is None:
            continue
        c = Candidate(start, m.end(), text[start:m.end()], None, tokens=2, method="pattern")
        res = res + [Resolved(c, entry, 0.0, 0.0, extra={"feature": "other", "reference": True})]  # (the demonym
        # stays a toponym of its own for the place list; the event takes the capital: see event_place._score)
    return res


_CAPITALS: dict[tuple[int, str], Optional[int]] = {}  # (gazetteer, country) -> its capital's entry


def _capital_entry(gaz: Gazetteer, cc: str) -> Optional[int]:
    """The gazetteer's entry for a country's capital (None if it lists none), looked up once."""
    key = (id(gaz), cc)
    if key not in _CAPITALS:
        _CAPITALS[key] = _find_capital(gaz, cc)
    return _CAPITALS[key]


def _find_capital(gaz: Gazetteer, cc: str) -> Optional[int]:
    prefix = f"{cc}:"
    hits = [h for k in gaz.capitals if k.startswith(prefix) for h in gaz.lookup_key(k[len(prefix):])]
    return _biggest_town(gaz, hits, cc)


DATELINE_CITY_POPULATION = 100_000


def _named_part(city: str, surface: str) -> str:
    """Of a town's name in two languages ("Donostia / San Sebastian", "Biel/Bienne"), the part the
    text calls it by (the first the text names, when it names both: "Vitoria-Gasteiz"); the whole
    name when the text names neither part."""
    if "/" not in city:
        return city
    said = strip_accents(surface).lower()
    found = [(at, part) for part in (p.strip() for p in city.split("/")) if part and (at := said.find(part.lower())) >= 0]
    return min(found)[1] if found else city


def _dateline_city(gaz: Gazetteer, dateline: Resolved) -> None:
    """A dateline names a town: "NEW YORK —" is New York City, not the state, when a big city of
    the name lies in that state; "PORTO, Portugal —" is the city, not its district."""
    e = dateline.entry
    if e is None or gaz.kind(e) != ADMIN1 or dateline.cand.name is None \
            or any(q.name is None or COUNTRY not in q.name.kinds for q in dateline.cand.qualifier):
        return
    a1 = (gaz.cc(e), gaz.admin1_code(e))
    city = max((o for o in options(gaz, dateline.cand.name) if o.kind == CITY and o.a1 == a1
                and o.pop >= DATELINE_CITY_POPULATION), key=lambda o: o.pop, default=None)
    if city is not None:
        dateline.entry = city.entry


def _qualified_elsewhere(gaz: Gazetteer, r: Resolved) -> bool:
    """A weak name read as a place in a country its qualifier names no place of ("TOLL GATE,
    LAGOS" read as a town in Alabama); for a dateline's, which no filter has judged."""
    if r.entry is None or not r.cand.qualifier or r.cand.name.strong or r.cand.listed:
        return False
    cc = gaz.cc(r.entry)
    return all(q.hits and all(gaz.cc(h.entry) != cc for h in q.hits) for q in r.cand.qualifier)


def _dateline(m: Optional[re.Match], res: list[Resolved]) -> Optional[Resolved]:
    if not m:
        return None
    for r in res:
        if r.cand.start >= m.end():
            break
        if m.start(1) <= r.cand.start < m.end(1):
            return r
    return None


from ..geo.event_place import event_place, nationwide_words  # noqa: E402,F401  (public API of this module)


def _drop_name_pairs(text: str, cands: list[Candidate], keep: list[bool]) -> None:
    """Two small places' names side by side ("Amir Kabir University", "Sharif Kabir") are one
    name the gazetteer does not list (a person's, an institution's), not two places."""
    for i in range(len(cands) - 1):
        a, b = cands[i], cands[i + 1]
        if keep[i] and keep[i + 1] and b.start == a.end + 1 and text[a.end] == " " and a.tokens == b.tokens == 1 \
                and not (a.name.strong or b.name.strong or a.hashtag or b.hashtag or a.allcaps or b.allcaps
                         or _LIST_BEFORE.search(text, max(0, a.start - 40), a.start) or _LIST_AFTER.match(text, b.end)):
            keep[i] = keep[i + 1] = False  # (not "Hornsey, Stoke Newington and Walthamstow": a list's item)


_LIST_BEFORE = re.compile(r"[A-Z][\w'’-]+(?:,|\s+and|\s+or)\s+$")  # (a town's name before: not "37th and Nash Stree")
_LIST_AFTER = re.compile(r"(?:,|\s+and|\s+or)\s+[A-Z]")
