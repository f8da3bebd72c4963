"""Sentence segmentation and text helpers shared by the extractors.

A fast rule-based splitter: every line break ends a sentence (headlines and field reports
come one per line), and so do ``. ! ?`` before a capital, unless the word before is a
known abbreviation ("Gen.", "U.S.", "La."); web text often drops the space after a stop
("in South Los Angeles.According to"), which still ends the sentence.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from functools import lru_cache

from ..model import Sentence

ABBREVIATIONS = frozenset("""
mr mrs ms dr prof gen brig col lt maj capt sgt cpl adm gov sen rep st mt ft jr sr no vs etc
inc corp co ltd dept univ rev hon pres supt insp det
jan feb mar apr jun jul aug sep sept oct nov dec
ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo mont neb
nev okla ore pa tenn tex va vt wash wis wyo
""".split())

# a stop and space before a capital (or a Persian letter or digit: Persian has no capitals; "؟" is
# its question mark); a line break; or a stop glued to the next sentence
# ("Angeles.According": the two letters before it are checked in split_sentences). (Its first
# character is read before the choice between stops and line breaks: a pattern that opens with
# a class lets the regex engine skip fast to the next stop instead of trying it at every character.)
_BOUNDARY = re.compile(r"[.!?\n\u061f](?:(?<=[.!?\u061f])[.!?\u061f]*(?:[\"'”’»)\]]*\s+(?=[\"'“‘«(\[]?[A-Z0-9#\u0621-\u064a\u066e-\u06d3\u06f0-\u06f9])|(?=[A-Z][a-z]{2}))"
                       r"|(?<=\n)\s*)")
_WORD_BEFORE_REVERSED = re.compile(r"[A-Za-z.]*[A-Za-z]")  # the word before a stop, read backwards


def split_sentences(text: str) -> list[Sentence]:
    """Split ``text`` into sentences with exact character offsets."""
    out: list[Sentence] = []
    start = piece = 0
    for m in _BOUNDARY.finditer(text):
        stop, at = m.group(), m.start()
        if stop[-1] in ".!?" and not (at >= 2 and text[at - 2:at].isalpha() and text[at - 2:at].islower()):
            continue  # glued, but "U.S.Marshals", "www.Example": not a sentence end
        if stop[0] == "." and _is_abbreviation(text, at + 1):
            continue
        if stop[0] == "\n":
            _append(out, text, start, at)
        elif "\n" in stop:  # a stop ending its line ends the sentence, however short ("Retirees rallied.\nArak, ...")
            _append(out, text, start, at + len(stop.rstrip()))
        elif _more_than_three_words(text, piece, at):  # since the last stop
            _append(out, text, start, at + len(stop.rstrip()))
        else:
            piece = m.end()
            continue  # "Yasuj, Iran. July 23, 2018. New Round of ...": dateline pieces, not sentences
        start = piece = m.end()
    _append(out, text, start, len(text))
    return out


def _more_than_three_words(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds more than three words as ``str.split`` counts them
    (split off three at most: the rest of a long piece stays whole)."""
    return len(text[start:end].split(None, 3)) > 3


def _is_abbreviation(text: str, dot_end: int) -> bool:
    """Whether the stop ending at ``dot_end`` ends a known abbreviation, an initial or a dotted
    acronym. (The letters and dots before it are read from the end of the reversed window: a
    regex anchored at the stop would be tried from every letter.)"""
    m = _WORD_BEFORE_REVERSED.match(text[max(0, dot_end - 12):dot_end - 1][::-1])
    if not m:
        return False
    word = m.group()[::-1].lower().rstrip(".")
    if word in ABBREVIATIONS:
        return True
    # initials and dotted acronyms: "U.S.", "J."
    return len(word) == 1 or "." in word


def _append(out: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start, end, text[start:end]))


def fold(s: str) -> str:
    """Fold a name for matching: strip accents, case, apostrophes, hyphens and spacing.

    ``Pol-e Dokhtar`` == ``Poledokhtar`` == ``Pol e Dokhtar``; ``Āhvāz`` == ``Ahvaz``.
    """
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = s.casefold()
    return re.sub(r"[\s\-‐‑–'’`ʻʼ.]+", "", s)


def inside_span(spans: list[tuple[int, int]], at: int) -> bool:
    """Whether offset ``at`` lies inside one of ``spans`` (sorted, not overlapping)."""
    i = bisect_right(spans, (at, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= at < spans[i][1]


PLAYLIST_LINES = 3  # lines opening with a running time that make a list of videos
_PLAYLIST_LINE = re.compile(r"(?m)^[ \t]*\d{1,2}:\d\d[ \t]+(?![ap]\.?m\b|[ap]\.m\.)[^\n]*")


def playlist_lines(text: str) -> list[tuple[int, int]]:
    """Spans of the lines of a list of videos or stories on a news page, each opening with a
    running time ("1:21 Coach talks about the win", "0:37 Why she shops on Black Friday"): they
    name other stories. A list has PLAYLIST_LINES such lines or more; a clock time ("10:15 p.m.
    Police arrive", a timeline) is no running time. Empty when there is no list."""
    lines = [(a.start(), a.end()) for a in _PLAYLIST_LINE.finditer(text)]
    return lines if len(lines) >= PLAYLIST_LINES else []


# "after" (or "since", "following") opening a clause of its own, with its verb: "after police shot a
# teenager on Tuesday", "a day after rival supporters began a sit-in" (not "marched after Friday prayers")
AFTER_CLAUSE = re.compile(r"\b(?:after|since|following)\s+(?:[\w'’-]+\s+){0,8}?(?:[a-z]+ed|shot|began|begun|broke|fell|went|"
                          r"came|took|struck|hit|died|killed|was|were|had|held|set\s+up)\b", re.I)


# Where a sentence turns to another happening: a semicolon, ", while" / ", whereas" ("Protests
# erupted in Tehran and Mashhad, while a strike continued in Asaluyeh for a third day"), ", with" the
# forces or clashes ("the national strike entered its third day, with clashes in Cali"), ", and" the
# forces ("rallied for a second night, and police used water cannon"; "spread to 15 cities, as police
# clashed with demonstrators in Tehran") or a toll ("..., and at least 17
# people were killed"), or "as" opening
# the wider movement ("set fire to a bank as protests spread to over 100 cities", "clashed with police in
# Paris as more than a million people marched across France"), and "after" it ("imposed a curfew across the
# country after thousands of protesters stormed the residence in Colombo")
CLAUSE_BREAK = re.compile(r";|,\s+(?:while|whereas)\s|"
                          # Persian: "و در شیراز نیروهای امنیتی ... تیراندازی کردند" (and in Shiraz the security forces fired)
                          r"\s+و\s+(?=در\s+[\u0600-\u06ff\u200c]+\s+(?:نیروهای|نیروی|ماموران|مأموران|پلیس|یگان|معترضان|مردم|"
                          r"کارگران|بازاریان|دانشجویان|معلمان|تظاهرکنندگان)[\s\u200c])|"
                          # ", and in Shiraz riot police fired tear gas": a town fronting a clause of its own
                          r",\s+(?:and|but)\s+(?=(?:in|at)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2},?\s+"
                          r"(?!(?:on|in|at|and|or|with|to|for|from|during|after|before|last|this|overnight)\b)"
                          r"(?:[a-z][\w-]*\s+){1,3}?(?:[a-z]+ed|shot|set|threw|took|held|broke|went|fought|burnt|struck|beat|hit|ran)\b)|"
                          r",\s+with\s+(?=(?:[\w-]+\s+){0,3}?(?:clashes|police|security\s+forces|troops)\s|"
                          # "has called a national strike for Aug. 24, with marches planned in Johannesburg and Durban"
                          r"(?:[\w-]+\s+){0,2}?(?:marches|rallies|protests|demonstrations|pickets|sit-ins)\s+(?:also\s+)?"
                          r"(?:planned|expected|set|scheduled|due|called)\b)|"
                          r",\s+(?:and|as)\s+(?=(?:the\s+)?(?:riot\s+)?(?:police|security\s+forces|troops|soldiers|authorities|government)\s)|"
                          # ", and at least 17 people were killed": a toll told for the whole clause before it
                          r",\s+and\s+(?=(?:at\s+least\s+|more\s+than\s+|over\s+|some\s+|nearly\s+|about\s+|around\s+|up\s+to\s+)?"
                          r"(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen|dozens|scores|"
                          r"hundreds|thousands)\s+(?:[\w-]+\s+){0,2}?(?:(?:were|have\s+been|had\s+been)\s+(?:reportedly\s+)?"
                          r"(?:killed|shot|injured|wounded|hurt|arrested|detained)|(?:more\s+|others\s+)?died)\b)|"
                          r",?\s+and\s+(?=(?:[\w-]+\s+){0,2}?(?:strikes?|protests?|rallies|demonstrations?|sit-ins?|gatherings?)\s+"
                          r"(?:were|was|have\s+been|had\s+been)\s+(?:also\s+)?(?:reported|held|staged|seen|observed)\b|"
                          # ", and similar unrest broke out in Antwerp"
                          r"(?:[\w-]+\s+){0,2}?(?:unrest|protests?|riots?|rioting|clashes|violence)\s+(?:also\s+)?(?:broke\s+out|erupted|flared)\b)|"
                          # ", and parents rallied outside education offices": a crowd's own clause after another's
                          r",\s+and\s+(?=(?:[\w-]+\s+){0,2}?(?:people|protesters|demonstrators|workers|crowds|parents|students|"
                          r"teachers|residents|families|farmers|retirees|pensioners|strikers|marchers|supporters|hundreds|thousands)\s+"
                          r"(?:marched|rallied|gathered|"
                          r"protested|demonstrated|took\s+to\s+the\s+streets|went\s+on\s+strike|walked\s+out|stormed|clashed)\b)|"
                          r",?\s+(?:as|after)\s+(?=(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:protests?|strikes?|unrest|"
                          r"demonstrations?|rallies|riots?)\s+(?:(?!(?:was|were|is|are)\b)[\w-]+\s+){0,5}?"
                          r"(?:spread|swept|continued|raged|grew|entered|erupted|broke\s+out)\b|"
                          r"(?:[\w,-]+\s+){0,6}?(?:people|protesters|demonstrators|workers|crowds)\s+"
                          r"(?:in\s+[\w'’, -]{1,60}?\s+)?(?:marched|rallied|gathered|"  # ("after protesters in Krakow and Poznan blocked")
                          r"protested|demonstrated|took\s+to\s+the\s+streets|went\s+on\s+strike|walked\s+out|stormed|clashed|"
                          r"blocked)\b|"
                          # "marched in Bogota, Medellin and Cali as a nationwide strike brought the country to a
                          # standstill": the strike of the whole country, in a clause of its own
                          r"(?:a|the)\s+(?:[\w-]+\s+){0,2}?(?:nationwide|national|general|countrywide)\s+(?:[\w-]+\s+)?"
                          r"(?:strike|shutdown|walkout|stoppage)s?\b)|"
                          # ", and the farmers' association plans a major rally": a plan of its own
                          r",\s+and\s+(?=(?:the\s+)?(?:[\w'’-]+\s+){1,4}?(?:plans|is\s+planning|are\s+planning|has\s+called|"
                          r"have\s+called)\s)|"
                          # ", three days after security forces killed five protesters in Javanrud": the force's deed, told apart
                          # (the break is the comma alone: "three days after" dates the clause it opens)
                          r",(?=\s+(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|\d{1,2})\s+(?:days?|weeks?|months?)\s+)?"
                          r"(?:after|since)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:police|security\s+forces|troops|soldiers|gunmen|"
                          r"militants|agents)\s+(?:had\s+)?(?:killed|shot|opened\s+fire|fired|arrested|detained|attacked|raided|stormed)\b|"
                          # "spread to more cities on Friday, a day after a rally in Mashhad": the earlier crowd's place
                          r"\s+(?:a|one|two|three|four|five|six|seven|several|\d{1,2})\s+(?:days?|weeks?)\s+after\s+(?:a|an|the)\s+"
                          r"(?:[\w-]+\s+){0,2}?(?:rally|protest|march|demonstration|strike|sit-in|gathering)\b)",
                          re.I)


def clause_bounds(text: str, lo: int, hi: int, start: int, end: int) -> tuple[int, int]:
    """The clause of ``[lo, hi)`` (a sentence) holding ``[start, end)``: from the last clause
    break before ``start`` to the first after ``end``."""
    breaks = clause_breaks(text, lo, hi)
    if not breaks:
        return lo, hi  # (most sentences: one clause)
    a, b = lo, hi
    for m_start, m_end in breaks:
        if m_end <= start:
            a = m_end
        elif m_start >= end:
            b = m_start
            break
    return a, b


_TOLD_HELD_WORDS = re.compile(r"(?:were|was|been) (?:also )?(?:reported|held|staged|seen|observed)")  # (a quick test before the clause breaks')


@lru_cache(maxsize=512)
def clause_breaks(text: str, lo: int, hi: int) -> tuple[tuple[int, int], ...]:
    """The clause breaks of a sentence, found once for all its triggers, figures and places (a
    report's text hashes once: Python keeps a string's hash)."""
    if text.find(";", lo, hi) < 0 and text.find(", wh", lo, hi) < 0 and text.find(" as ", lo, hi) < 0 \
            and text.find(", with ", lo, hi) < 0 and text.find(", and ", lo, hi) < 0 and text.find(" after ", lo, hi) < 0 \
            and text.find(" و در ", lo, hi) < 0 \
            and (text.find(" and ", lo, hi) < 0 or not _TOLD_HELD_WORDS.search(text, lo, hi)):
        return ()
    return tuple(m.span() for m in CLAUSE_BREAK.finditer(text, lo, hi))


# A wire's dateline opening a line: "PARIS —", "QUITO, June 14 (AP) —" (its close is the user's: a
# dash, or a colon too)
WIRE_DATELINE = r"^[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’ -]{2,}(?:,\s*[A-Z][\w.]+(?:\s+\d{1,2})?)*\s*(?:\([^)]{1,30}\)\s*)?"
# A court's sentence or the state putting someone to death: "hanged", "sentenced three men to death"
PUT_TO_DEATH = re.compile(r"\b(?:hanged|executed|execution|sentenced\s+(?:[\w-]+\s+){0,3}to\s+death|death\s+sentences?|"
                          r"revolutionary\s+court)\b", re.I)
# A clause fronting its sentence with a time long past: "Fifty-seven years after soldiers opened fire on
# students in 1968, ..." (what it recalls is history, and its dates date nothing after it)
YEARS_AFTER_CLAUSE = re.compile(r"\W*[\w-]+\s+(?:years?|decades?)\s+(?:after|since)\s+[^,;.]{3,200},", re.I)
# Where people are held, right after them: "(30 detainees) in Badr prison", "held at a detention centre"
HELD_IN_PRISON = r"\s+(?:held\s+)?(?:in|at|inside)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}(?:prisons?|jails?|detention\s+cent(?:re|er)s?)\b"


# An arrest word used as an adjective of a person (after a determiner, before the noun it
# describes): "the jailed opposition leader", "a detained journalist's lawyer" (not "the release
# of detained classmates": their detention is what a crowd demands undone, a grievance)
_HELD_ONE = re.compile(r"(?:jailed|imprisoned|detained)\s+(?!(?:on|in|at|for|by|after|since|during|over|without|and|or|as|"
                       r"with|from|under|until|when|while|because|but|were|was|is|are|have|has|had|be|been|to|the|a|an|"
                       r"his|her|their|its|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|"
                       r"overnight|today|yesterday|last|this|earlier|later)\b)[A-Za-z][\w'’-]*")
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her|our|The|A|An|Its|Their|His|Her|Our)\s+"
                                r"(?:(?:[a-z][\w-]*ly|now|still|newly|long|already)[\s-]+)?$")  # ("the recently jailed", not "the police jailed")


def held_as_adjective(text: str, at: int) -> bool:
    """Whether the arrest word at ``at`` describes a person rather than telling an arrest."""
    return _HELD_ONE.match(text, at) is not None and _DETERMINER_BEFORE.search(text, max(0, at - 40), at) is not None
