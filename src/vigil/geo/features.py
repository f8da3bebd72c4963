"""Places no gazetteer lists: streets, rivers, parks, unknown counties — found by their generic word.

"Darby Street", "Neches River", "Lake Lanier", "Pointe Coupee Parish": a run of capitalised words
before (or after) a generic word names a place. Its point is the nearest local place the
document names (the city or county mentioned closest before it, else after it, else the
dateline), because local news names streets and creeks of the town it is about; with no such
place the mention is kept unresolved. A gazetteer name inside a street's name ("Dublin Road")
is the street, not the town; inside a river's or county's name ("Mississippi River") it keeps
its own point. A place written right after the name ("Fort Detrick, Maryland", "a village in
Fife") comes before the nearest one; only places of a country the story is about count; seas,
mountain ranges, archipelagos and unlisted provinces are never put at a town.
"""
from __future__ import annotations

import re
from typing import Optional

from .detect import Candidate
from .distance import km
from .gazetteer import ADMIN1, ADMIN2, ALT, CITY, Gazetteer
from .names import ARABIC_ARTICLE, fold_key, loose_key
from .lists import lists
from .resolve import Context, Resolved, options

STREET, NATURAL, ADMIN, NAMED, AREA = "street", "natural", "admin", "named", "area"  # AREA: "the province of X"
TOWN = "town"  # "the northern town of Dablo": a town of its own the gazetteer lacks (NAMED: a part of a town too)
_TOWN_HEADS = frozenset({"town", "village", "city", "hamlet", "settlement"})
_KINDS = {
    ADMIN: "Province province County Parish Township Borough District Governorate Neighbourhood Neighborhood",
    STREET: "Street St. Road Rd. Avenue Ave. Drive Boulevard Blvd Blvd. Lane Parkway Pkwy Pkwy. Trail Pike "
            "Terrace Square Plaza Bridge Expressway Freeway Turnpike",
    NATURAL: "River Creek Lake Bay Island Islands Mountain Mountains Valley Forest Park Hill Hills Canyon Beach "
             "Sea Ocean Falls Springs Peninsula Wilderness Desert Strait Reservoir Swamp Glacier",
}
_KIND_OF = {w: k for k, words in _KINDS.items() for w in words.split()}


def _alternation(words) -> str:
    """A regex alternation of ``words``, longest first, grouped by first letter: the same matches
    as the plain alternation, found faster (the regex engine tries one letter per group, not
    every word, at each capital of the text)."""
    groups: dict = {}
    for w in sorted(words, key=lambda w: (-len(w), w)):  # (of two words of one length, one at most matches)
        groups.setdefault(w[0], []).append(re.escape(w[1:]))
    return "(?:" + "|".join(f"{re.escape(c)}(?:{'|'.join(rest)})" for c, rest in groups.items()) + ")"


# Generic words (found first: a literal alternation scans fast); the name before them is checked after.
_GENERIC = re.compile(_alternation(_KIND_OF) + r"(?:(?<=\.)|\b)")
_WORD_REST = r"(?:[\w-]*(?:['’](?![sS]\b)[\w-]+)*(?<=s)['’]?|[\w-]*(?:['’](?![sS]\b)[\w-]+)*)"  # not "Iran's"
_WORD = rf"[A-Z]{_WORD_REST}"
# 1 to 4 words right before a generic word, the first not inside a word (its capital comes before
# the look back at the character ahead of it: the regex engine then skips fast to capitals)
_NAME_BEFORE = re.compile(rf"([A-Z](?<![\w'’.-][A-Z]){_WORD_REST}[^\S\n](?:{_WORD}[^\S\n]){{0,3}})$")
_PREFIX_WORDS = ("Lake", "Mount", "Mt.", "Fort")
_PREFIXED = re.compile(_alternation(_PREFIX_WORDS) + r"[^\S\n][A-Z][\w'’-]+(?:[^\S\n][A-Z][\w'’-]+)?")
_AL = r"(?:[Aa][lsdrnt]-|[Ee]l-)?"  # Arabic article: al-, as-, ad-, ar-, an-, at-, el-
_NAMEW = rf"{_AL}[A-Z][\w'’-]+"
_NAMES = re.compile(rf"{_NAMEW}(?:[ -]{_NAMEW}){{0,2}}")
# "the village of Rityan", "the town of Khan Touman": whatever the gazetteer says, a place.
_OF_CAPITAL = re.compile(r" of (?=(?:[Aa][lsdrnt]-|[Ee]l-)?[A-Z])")
_PLACE_HEAD = re.compile(r"\b(?:town|village|city|district|neighbou?rhood|suburb|camp|governorate|municipality|"
                         r"hamlet|settlement|outskirts|countryside|province|region)$")
# Arabic place names that begin with a generic word: Khan Touman, Tal Mustawi, Deir Hafer, Kafr Nabl.
_ARABIC_WORDS = ("Khan Tal Tall Tell Tel Deir Dayr Ain Ein Kafr Kfar Jabal Jebel Beit Bayt Umm Ras Bir Wadi Qasr "
                 "Mazraat Hayy").split()  # (one at most fits before the space or hyphen: any order)
_ARABIC_GENERIC = re.compile(rf"{_alternation(_ARABIC_WORDS)}[ -]{_NAMEW}(?:[ -]{_NAMEW})?")
# Where any of the three patterns above may match: every one opens with one of these words.
_STARTS = re.compile(_alternation({*_KIND_OF, *_PREFIX_WORDS, *_ARABIC_WORDS}))
_AREA_HEADS = frozenset({"province", "region", "governorate"})  # too big to sit at a town
_CAP_BEFORE = re.compile(r"[A-Z][\w'’-]*[^\S\n]$")
_LEADING = frozenset("the a an in on at from to and but of for by with near off into as this that".split())
_AGE_AFTER = re.compile(r",\s*\d{1,3}\s*,")
_RESIDENCE = re.compile(r"(?:,|\d)\s*of\s+$")  # "the man, 23, of Chicago": where he lives, not the street's town
# "South Central District Judge", "Northern District Court": a court's district, not a place to point at
_COURT_AFTER = re.compile(r"[^\S\n]+(?:Judge|Court|Attorney|Attorney's|Attorney’s|Prosecutor)\b")
# Too big to sit at a town: a sea, a mountain range, an archipelago, a province the gazetteer lacks.
_FAR = frozenset({"Sea", "Ocean", "Strait", "Desert", "Peninsula", "Glacier", "Mountains", "Islands", "Province",
                  "province", "Governorate"})
_CONTAINER = re.compile(r",[^\S\n]*(?:in[^\S\n]+)?|[^\S\n]+in[^\S\n]+(?:the[^\S\n]+)?")  # "X, Maryland", "X in Fife"
_LOCAL = (CITY, ADMIN2)
UNIQUE_TOWN_POPULATION = 20_000  # a town this big whose name no other town bears is itself ...
# ... except in the local news of countries whose city neighbourhoods share their names with towns
# elsewhere ("Eastmont" in Oakland, "the Loop" in Chicago: measured on the GVA reports)
NEIGHBOURHOOD_NEWS = frozenset({"US"})
BIG_CITY_POPULATION = 500_000  # (outside NEIGHBOURHOOD_NEWS) a city this big is itself, namesakes or not
NAMESAKE_MAX_POPULATION = 100_000  # a town this big, read by a transliteration, is itself
HOME_SUPPORT = 0.5  # country mass from a story's other names that makes it one of the story's countries
OTHER_STATE_SUPPORT = 0.3  # context mass from other names that keeps a namesake in its own state


def find_features(gaz: Gazetteer, text: str, res: list[Resolved], dateline: Optional[Resolved],
                  ctx: Optional[Context] = None) -> list[Resolved]:
    """Mentions of unlisted places; ``res`` loses the gazetteer names a street's name contains.
    A feature is placed only at a place of a country the story is about (see :func:`_home`): a
    wire story names towns of several countries, and the nearest one named need not be this one's."""
    spans = _spans(gaz, text)
    if not spans:
        return []
    placed = [r for r in res if r.entry is not None and gaz.latlon(r.entry)[0] is not None]
    home = [r for r in placed if _home(gaz, r, ctx)]
    anchors = [r for r in home if gaz.kind(r.entry) in _LOCAL
               and not _RESIDENCE.search(text, max(0, r.cand.start - 12), r.cand.start)]
    provinces = [r for r in home if gaz.kind(r.entry) == ADMIN1]
    if dateline is not None and (dateline.entry is None or not _home(gaz, dateline, ctx)):
        dateline = None
    out: list[Resolved] = []
    swallowed: set[int] = set()
    for start, end, kind in spans:
        if kind == NATURAL and _AGE_AFTER.match(text, end):
            continue  # "Brandon Hill, 34,": a person and her age, not a hill
        touching = [r for r in res if r.cand.start < end and start < r.cand.end]
        inner = [r for r in touching if start <= r.cand.start and r.cand.end <= end]
        if len(inner) < len(touching):
            continue  # crosses a known name: leave both alone
        if any(r.cand.start == start and r.cand.end == end for r in inner):
            continue  # the gazetteer knows the whole name
        # (a name inside a street's, here or before, places nothing: "Warren Avenue" and the "Memorial
        # Drive" after it are no streets of Warren, Ohio)
        outside = [r for r in anchors if not start <= r.cand.start < end and id(r) not in swallowed]
        own = _place(gaz, text, (start, end, kind), inner, placed, ctx)
        entry = own or (_anchor(outside, dateline, start) or _anchor(provinces, None, start))
        if (kind == AREA or text[start:end].rsplit(None, 1)[-1] in _FAR) and not _specific(gaz, inner, ctx):
            entry = None
        if text[start:end].endswith("District") and _COURT_AFTER.match(text, end):
            # a court's district ("Ramsey District Court"): its town or county is a place, the
            # rest is no place ("South Central District Judge" is not Israel's Central District)
            gone = {id(r) for r in inner if r.entry is None or gaz.kind(r.entry) not in _LOCAL}
            res[:] = [r for r in res if id(r) not in gone]
            continue
        if inner:
            gone = {id(r) for r in inner}
            swallowed |= gone
            res[:] = [r for r in res if id(r) not in gone]
        only = ADMIN1 if text[end - 8:end].lower() == "province" else ADMIN2 if kind == ADMIN else None
        c = Candidate(start, end, text[start:end], None, tokens=2, method="pattern", only_kind=only)
        out.append(Resolved(c, entry, 0.0, 0.0, extra={"feature": "admin1" if only == ADMIN1 else "other"}))
        if kind in (NAMED, AREA, TOWN):
            out[-1].extra["named"] = True
        if kind == TOWN:  # (its own town, in the state written after it or near a town of its country:
            out[-1].extra["town"] = "in" if own is not None else "near"  # see vigil.extract.places)
    return out + _named_again(text, out, res)


def _named_again(text: str, found: list[Resolved], res: list[Resolved]) -> list[Resolved]:
    """The other mentions of a place a phrase named ("the village of Kampungu ... aid reached
    Kampungu"): once the story says what the name is, the bare name is that place too."""
    named = [r for r in found if r.extra.get("named")]
    out: list[Resolved] = []
    taken = [(x.cand.start, x.cand.end) for x in (*res, *found)] if named else []
    for r in named:
        for m in re.finditer(re.escape(r.cand.text) + r"(?![\w-])", text):
            s, e = m.span()
            if _word_start(text, s) and not any(a < e and s < b for a, b in taken):
                c = Candidate(s, e, r.cand.text, None, tokens=r.cand.tokens, method="pattern")
                out.append(Resolved(c, r.entry, 0.0, 0.0, extra={"feature": r.extra["feature"]}))
                taken.append((s, e))
    return out


def _place(gaz: Gazetteer, text: str, span: tuple[int, int, str], inner: list[Resolved],
           placed: list[Resolved], ctx: Optional[Context]) -> Optional[int]:
    """Where the name itself says the place is: the one known name inside a river's, lake's or
    county's name ("Mississippi River"), else the place written right after it ("Fort Detrick,
    Maryland", "the village of Cellardyke in Fife")."""
    start, end, kind = span
    if kind == NATURAL and text.endswith(" Park", start, end):
        return None  # a town's park, named for someone, not set in the place of its name ("a morning rally in
        # Rizal Park" in a Manila story is no rally in Rizal province; "Gorky Park", "Hyde Park")
    if _specific(gaz, inner, ctx) and kind in (NATURAL, ADMIN, AREA):
        return inner[0].entry
    m = _CONTAINER.match(text, end)
    if m is None:
        return None
    return next((r.entry for r in placed if r.cand.start == m.end() and gaz.kind(r.entry) != CITY), None)


def _specific(gaz: Gazetteer, inner: list[Resolved], ctx: Optional[Context]) -> bool:
    """One known name inside the feature's, more than its generic word ("Farallon Islands" is no
    place called Islands), and a state, a country or a town of a country of the story."""
    if len(inner) != 1 or inner[0].entry is None or inner[0].cand.text in _KIND_OF:
        return False
    return gaz.kind(inner[0].entry) not in _LOCAL or _home(gaz, inner[0], ctx)  # (a state: "Delaware Bay")


def _home(gaz: Gazetteer, r: Resolved, ctx: Optional[Context]) -> bool:
    """Is the mention's country one the story is about: its leading country, or one that its
    other names give at least :data:`HOME_SUPPORT` (not a namesake abroad such as Kish, Iran
    in "Kish River", Illinois)?"""
    if ctx is None or not ctx.countries:
        return True
    cc = gaz.cc(r.entry)
    return cc == ctx.focus or ctx.mass(r.cand.key, cc) >= HOME_SUPPORT


def local_namesakes(gaz: Gazetteer, res: list[Resolved], home: Optional[Resolved], ctx: Context,
                    text: str = "") -> None:
    """A town's name that the gazetteer knows only in other states, in a story whose dateline puts
    it in one state ("shot at a Madison apartment" under "NASHVILLE, Tenn."; "Northview Heights"
    under "PITTSBURGH"): a neighbourhood or suburb of the story's town, placed at that town like a
    street, not at a namesake states away. Big cities' names, names with a state of their own
    ("Madison, Wis.") and names in a state that the story names otherwise keep their reading."""
    if home is None or home.entry is None or gaz.kind(home.entry) != CITY:
        return
    cc, a1 = gaz.cc(home.entry), gaz.admin1_code(home.entry)
    runs: Optional[dict] = None
    for r in res:
        c = r.cand
        if r is home or r.entry is None or c.qualifier or c.name.strong or c.hashtag or c.abbrev:
            continue
        e = r.entry
        if gaz.kind(e) != CITY or gaz.cc(e) != cc or gaz.admin1_code(e) == a1:
            continue
        if cc not in NEIGHBOURHOOD_NEWS and gaz.population(e) >= UNIQUE_TOWN_POPULATION \
                and sum(gaz.kind(h.entry) == CITY and h.match != ALT for h in c.name.hits) == 1:
            continue  # the one town with that name of its own, and no hamlet ("Shush" under "TEHRAN"): itself
        if cc not in NEIGHBOURHOOD_NEWS and gaz.population(e) >= BIG_CITY_POPULATION:
            continue  # a great city, whatever namesakes it has: "Frankfurt" under "BERLIN" is Frankfurt am Main
        if gaz.population(e) >= NAMESAKE_MAX_POPULATION and _spelling_of(gaz.name(e), c.text):
            continue  # a city of its own, its name spelled another way ("Samawah", As Samawah, under "BAGHDAD");
            # not an odd alternate name ("Westside" for Las Vegas under "JACKSONVILLE")
        if gaz.is_capital(e) and loose_key(c.text)[:4] == loose_key(gaz.name(e))[:4]:
            continue  # the country's capital, however spelled ("Naypyidaw", Nay Pyi Taw, under "Yangon:")
        if any(o.a1 == (cc, a1) for o in options(gaz, c.name)):
            continue  # a namesake in the home state: context chose against it
        if text and cc not in NEIGHBOURHOOD_NEWS:
            if runs is None:  # (the lists of names, found once: few names come this far)
                runs = {id(x): run for run in lists(gaz, text, res, set()) for x in run}
            if any(o is not r and o.entry is not None and o.entry != e and gaz.kind(o.entry) == CITY
                   for o in runs.get(id(r), ())):
                continue  # "shut in Athens, Thessaloniki and Patras": a town of the list, not a part of Athens
        if text and cc not in NEIGHBOURHOOD_NEWS and _CITY_OF.search(text, max(0, c.start - 40), c.start):
            continue  # "In the western city of Grodno": a city of its own, whatever the dateline's town
        if ctx.mass(c.key, cc, gaz.admin1_code(e)) >= OTHER_STATE_SUPPORT:
            continue  # the story names that state otherwise: "a county of Sichuan" in a Beijing story
        r.entry = home.entry
        r.extra["feature"] = "other"


_CITY_OF = re.compile(r"\b(?:city|town|provincial\s+capital|regional\s+capital)\s+of\s+$", re.I)


AREA_KM = 25  # a town this close to the dateline's, named as an "area" of it, is a part of that town
# two towns' names told as areas of the story's town: "in the Motijheel and Paltan areas" (one happening
# in two parts of the town, not one in each of two towns; a single "in the Englewood neighborhood" keeps
# its own name and point: roundups of a city's shootings tell them apart by it)
_AREA_AFTER = re.compile(r"\s+and\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+(?:areas|neighbou?rhoods|suburbs|quarters)\b|"
                         r"\s+(?:areas|neighbou?rhoods|suburbs|quarters)\b")


def town_areas(gaz: Gazetteer, res: list[Resolved], home: Optional[Resolved], text: str) -> None:
    """Towns the gazetteer lists that the story tells as areas of its dateline's town, close by
    ("DHAKA — ... set fire to buses in the Motijheel and Paltan areas"): parts of that town, placed
    at it like a street, not towns of their own (the plural generic word after the second name: for
    the first, after "and" and the second)."""
    if home is None or home.entry is None or gaz.kind(home.entry) != CITY:
        return
    hlat, hlon = gaz.latlon(home.entry)
    for r in res:
        c, e = r.cand, r.entry
        if r is home or e is None or e == home.entry or c.qualifier or c.hashtag or gaz.kind(e) != CITY \
                or not _AREA_AFTER.match(text, c.end):
            continue
        lat, lon = gaz.latlon(e)
        if km(hlat, hlon, lat, lon) <= AREA_KM:
            r.entry = home.entry
            r.extra["feature"] = "other"


def _spelling_of(name: str, written: str) -> bool:
    """``written`` spells the town's ``name`` another way: the same loose key, once an Arabic
    article is dropped ("Samawah" for As Samawah, "Amarah" for Al ‘Amārah), or one letter apart
    in a name of six letters or more ("Wad Madani" for Wad Medani)."""
    a, b = loose_key(ARABIC_ARTICLE.sub("", name, 1)), loose_key(ARABIC_ARTICLE.sub("", written, 1))
    return name != written and (a == b or (len(a) == len(b) >= 6 and sum(x != y for x, y in zip(a, b)) == 1))


def _spans(gaz: Gazetteer, text: str) -> list[tuple[int, int, str]]:
    starts = _starts(text)
    out = _generic_spans(gaz, text, starts)
    for m in _finditer(_PREFIXED, text, starts):
        if _word_start(text, m.start()):
            out.append((m.start(), m.end(), NATURAL))
    for m in _OF_CAPITAL.finditer(text):
        name = _NAMES.match(text, m.end())
        head = _PLACE_HEAD.search(text, max(0, m.start() - 14), m.start()) if name else None
        if head:
            out.append((name.start(), name.end(), AREA if head.group() in _AREA_HEADS
                        else TOWN if head.group() in _TOWN_HEADS else NAMED))
    for m in _finditer(_ARABIC_GENERIC, text, starts):
        if _word_start(text, m.start()) and not _CAP_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            out.append((m.start(), m.end(), NAMED))  # (not "Imran Khan Niazi": a surname)
    out.sort(key=lambda s: (s[0], -s[1]))
    kept: list[tuple[int, int, str]] = []
    for sp in out:
        if not kept or sp[0] >= kept[-1][1]:
            kept.append(sp)
    return kept


def _starts(text: str) -> list[int]:
    """Every position where a generic, prefix or Arabic generic word begins (one scan of the text
    for the three patterns; a word may begin inside another's match, so each is looked for)."""
    out = []
    m = _STARTS.search(text)
    while m is not None:
        out.append(m.start())
        m = _STARTS.search(text, m.start() + 1)
    return out


def _finditer(pattern: re.Pattern, text: str, starts: list[int]):
    """``pattern.finditer(text)`` for a pattern that matches only at some of ``starts`` (and never
    an empty string): each match found from the end of the one before."""
    end = 0
    for s in starts:
        if s >= end and (m := pattern.match(text, s)) is not None:
            yield m
            end = m.end()


def _generic_spans(gaz: Gazetteer, text: str, starts: list[int]) -> list[tuple[int, int, str]]:
    """ "Darby Street", "Neches River", "Pointe Coupee Parish": capitalised words before a generic word."""
    out: list[tuple[int, int, str]] = []
    for w in _finditer(_GENERIC, text, starts):
        ws = w.start()
        if not ws or text[ws - 1] not in " \t\xa0" or (out and ws < out[-1][1]):
            continue
        m = _NAME_BEFORE.search(text, max(0, ws - 60), ws)
        if m is None:
            continue
        start = _skip_leading(text, m.start(1), ws - 1)
        if start is None or fold_key(text[start:ws - 1]) in gaz.stopnames:
            continue
        out.append((start, w.end(), _KIND_OF[w.group()]))
    return out


def _word_start(text: str, i: int) -> bool:
    return i == 0 or not (text[i - 1].isalnum() or text[i - 1] in "_-")


def _skip_leading(text: str, start: int, end: int) -> Optional[int]:
    """Drop sentence-initial function words ("The Main Street" -> "Main Street"); None if no name is left."""
    words = text[start:end].split()
    i = 0
    while i < len(words) and words[i].lower() in _LEADING:
        start += len(words[i]) + 1
        i += 1
    return start if i < len(words) else None


def _anchor(anchors: list[Resolved], dateline: Optional[Resolved], pos: int) -> Optional[int]:
    before = [r for r in anchors if r.cand.end <= pos]
    if before:
        return before[-1].entry
    after = [r for r in anchors if r.cand.start >= pos]
    if after:
        return after[0].entry
    return dateline.entry if dateline is not None else None

