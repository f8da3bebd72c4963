"""Counts told by one word: "third arrest made", "4th suspect arrested", "Third victim dies"
(running totals), "a triple homicide" (three killed), "a fourth victim was grazed" (at least
four wounded); killings told without a count ("a fatal shooting": at least one dead)."""
from __future__ import annotations

import re
from typing import Iterable, Iterator

from .caseless import Caseless
from .gates import opening_letters
from .wordscan import WordScanner, WordStarts

_ORDINALS = {w: i for i, ws in enumerate((("first", "1st"), ("second", "2nd"), ("third", "3rd"), ("fourth", "4th"),
                                             ("fifth", "5th"), ("sixth", "6th"), ("seventh", "7th"), ("eighth", "8th")), 1)
             for w in ws}
_LATER = '|'.join(w for w in _ORDINALS if w not in ('first', '1st'))
_SUSPECT = r"(?:(?:teen|teenage|juvenile|adult|male|female|young)\s+)?(?:suspect|person|man|woman|teen|teenager|" \
           r"juvenile|defendant|gunman|shooter|arrest)"
_HELD = r"(?:arrested|charged|in custody|taken into custody|detained|made|booked)\b"
_AUX = r"(?:(?:has been|had been|was|is|now|also|being)\s+)*"
# "Third suspect arrested"; "a third suspect, a 23-year-old man, was charged", "the second suspect in
# the killing has been arrested" (the words set aside, which may name someone, are left out of the match)
_ORDINAL_ARREST = re.compile(rf"\b(?P<o>{_LATER})\s+{_SUSPECT}(?:\s+{_AUX}{_HELD}|"
                             rf"(?=(?:,\s*[^,.;:!?]{{1,60}}?,|\s+in\s+[^,.;:!?]{{1,80}}?,)\s*{_AUX}{_HELD}))", re.I)
# "police arrested a fourth man", "made a third arrest", "arrests 4th suspect"; "he is the fourth
# suspect arrested", "the third person to be charged"
_ARREST_ORDINAL = re.compile(rf"\b(?:arrest(?:ed|s|ing)?|charged|detained|booked|apprehended|made|bust(?:ed|s)?)\s+"
                             rf"(?:and\s+charged\s+)?(?:an?\s+|the\s+)?(?P<v>{_LATER})\s+{_SUSPECT}\b|"
                             rf"\b(?:is|was|becomes|became)\s+the\s+(?P<w>{_LATER})\s+{_SUSPECT}\s+(?:to be\s+)?{_HELD}", re.I)
# "A fourth victim has died", "third person dies in bar shooting": the running total of the dead.
_ORDINAL_DEATH = re.compile(rf"\b(?P<d>{'|'.join(w for w in _ORDINALS if w not in ('first', '1st'))})\s+"
                            r"(?:(?:teen|teenage|young|shooting|gunshot)\s+)?(?:victim|person|man|woman|teen|teenager|child|boy|girl)\s+"
                            r"(?:[^\W\d][\w'’-]*,?\s+){0,6}?(?:(?:has|have|had|also|later|now|since)\s+)*"
                            r"(?:died|dies|succumbed|succumbs|was pronounced dead|(?:was|has been) killed)\b", re.I)
_MULTIPLES = {"double": 2, "triple": 3, "quadruple": 4, "quintuple": 5}
_WORD_COUNT = WordScanner([_ORDINAL_ARREST.pattern, _ARREST_ORDINAL.pattern, _ORDINAL_DEATH.pattern, rf"(?P<x>{'|'.join(_MULTIPLES)})[- ](?:homicide|murder|killing|slaying|"
                                                   r"fatal shooting)\b(?!-)"], tail="")
WORD_COUNT = _WORD_COUNT  # (for callers that run it with other scanners: see ``counts_in``)


# A wounded person told by an ordinal, in their own words ("a fourth victim") or in an apposition
# before them ("the second victim, a 17-year-old boy, ..."); not the culprits ("a second suspect").
_NTH = re.compile(rf"(?:an?|another|the)\s+({_LATER})\b", re.I)
_NTH_APPOSED = re.compile(rf"\b(?:an?|another|the)\s+({_LATER})\s+(?P<w>(?:[\w'’-]+\s+){{0,2}}?[\w'’-]+),\s$", re.I)
_CULPRIT_END = re.compile(r"\b(?:suspects?|gunm[ae]n|shooters?|assailants?|attackers?|robbers?|intruders?|burglars?|"
                          r"thie(?:f|ves)|felons?|persons? of interest)$", re.I)
_DEATH_WORD = re.compile(r"\b(?:kill(?:ed|ing|s)?|dead|deadly|died|dies|death|fatal(?:ly)?|slain|homicide|murder(?:ed)?|"
                         r"succumbed)\b", re.I)


def nth_victim(text: str, start: int, end: int) -> tuple[int, int] | None:
    """How many were wounded at least when the wounded person at [start, end) is told by an
    ordinal, and where the ordinal's words start: "a fourth victim was grazed" (4), "the second
    victim, a 17-year-old boy, was shot" (2): the ones before were victims too. Only when no
    death is told before it ("one man was killed and a second was wounded" tells one wounded)."""
    m = _NTH.match(text, start, end)
    words_end = end
    if m is None:
        m = _NTH_APPOSED.search(text, max(0, start - 50), start) if text[start - 2:start - 1] == "," else None
        if m is None:
            return None
        words_end = m.end("w")
    if _CULPRIT_END.search(text, m.end(1), words_end) is not None or _DEATH_WORD.search(text, 0, start) is not None:
        return None
    return _ORDINALS[m.group(1).lower()], m.start()


# A killing told without a count: "a fatal shooting", "Sunday's deadly stabbing", "the body was
# found", "an apparent suicide", "he was charged with murder" (at least one dead), "a
# murder-suicide" (at least two).
_FATAL_WORDS = (r"(?:(?P<f>(?:fatal|deadly)\s+(?:shooting|stabbing|attack|shootout|gunfight|encounter|"
                r"exchange of gunfire|assault|confrontation|incident|accident|home invasion|robbery|drive-by)|"
                r"(?:shooting|stabbing) death|homicide victim|charged with (?:(?:first|second|third)[- ]degree |capital )?murder)|(?P<two>murder[- ]suicide)|(?<!attempted )(?P<s>suicide)"
                r"(?![- ](?:note|hotline|prevention|watch|attempt|vest|bomb|letter|threat|risk|line|awareness|by cop))|"
                r"(?P<b>body\s+(?:was|has been|had been)\s+(?:found|discovered|recovered)|"
                r"(?:found|discovered|recovered)\s+(?:a|the|his|her)\s+body|(?:death|killing|shooting) "
                r"(?:was |has been |is being )?(?:ruled|investigated as|classified as|treated as) (?:a )?homicide))")
_FATAL_EVENT = Caseless(rf"\b{opening_letters(_FATAL_WORDS)}{_FATAL_WORDS}\b(?!s)")


def fatal_without_count(text: str, spans) -> tuple[int, int, int] | None:
    """The first killing told without a count inside ``spans`` (character ranges): its words'
    start and end, and how many it killed at least."""
    for a, b in spans:
        m = _FATAL_EVENT.search(text[a:b])
        if m is not None:
            g = m.lastgroup
            return a + m.start(g), a + m.end(g), 2 if g == "two" else 1
    return None


def word_counts(text: str, words: WordStarts) -> Iterator[tuple[re.Match, str, int, bool]]:
    """Each count told by one word at the given word starts: (match, kind, count, cumulative)."""
    return counts_in(text, _WORD_COUNT.matches(text, *words))


def counts_in(text: str, matches: Iterable[tuple[re.Match, int]]) -> Iterator[tuple[re.Match, str, int, bool]]:
    """``word_counts`` from the matches of ``WORD_COUNT`` (made by the caller, with other scanners)."""
    for m, _ in matches:
        g = m.groupdict()
        o, d, x = g.get("o") or g.get("v") or g.get("w"), g.get("d"), g.get("x")
        if d and not _running_death(text, m):
            continue
        n = _ORDINALS[(o or d).lower()] if o or d else _MULTIPLES[x.lower()]
        yield m, "arrests" if o else "fatalities", n, bool(o or d)


def _running_death(text: str, m: re.Match) -> bool:
    """An ordinal death is a running total when told as news: "Third victim dies" (a headline),
    "a fourth victim has died"; not "the fifth man was pronounced dead", "two were hurt and a
    third died", which go through the victims one by one."""
    before = text[max(0, m.start() - 12):m.start()]
    if _THE_BEFORE.search(before):
        return False
    return not _A_BEFORE.search(before) or _NEWS_DEATH.search(m.group()) is not None


_THE_BEFORE = re.compile(r"\bthe\s+$", re.I)
_A_BEFORE = re.compile(r"\b(?:an?|and)\s+$", re.I)
_NEWS_DEATH = re.compile(r"\b(?:dies|has died|have died)$", re.I)
