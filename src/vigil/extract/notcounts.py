"""Figures that count no one, and charges that count the dead.

Ages, times, money, percentages, ordinals, years, picture counters ("Image 1 of 11"), a parent's
children ("a mother of four") and numbered names ("Channel 4") are not counts of people; a count
of murder charged ("three counts of first-degree murder") is one person killed each.
"""
from __future__ import annotations

import re

from .caseless import Caseless

# Charges, one count for each person killed: "three counts of first-degree murder", "two counts each
# of criminal homicide" (not attempted murder, nor a conspiracy or solicitation to commit one).
COUNTS_OF_KILLING = re.compile(r"\s+counts?\s+(?:each\s+)?of\s+(?P<what>(?:(?!attempt|conspiracy|solicitation|"
                               r"accessory|commit)[\w-]+\s+){0,3}?(?:murder|homicide|manslaughter)\b)", re.I)

_AGE_BEFORE = re.compile(r"\b(?:ages?|aged)\s+(?:of\s+)?(?:\d{1,2},?\s+(?:and\s+)?)*$|\b\d+\s+of\s+$|\bturn(?:ed|s|ing)?\s+$|"  # ("the ages of 16-18", "he turned 21")
                         r"\b(?:younger|older)\s+than\s+$|"  # ("a girl younger than 9 was grazed": her age)
                         r"\b(?:\d{1,3}|one|two|three|four|five|six|"
                         r"seven|eight|nine|ten|some|all|each|none|any|most|both|many|several|either|neither)\s+of\s+(?:the|those|these)\s+$", re.I)
_BOTH_THINGS = re.compile(r"\s+(?:of\s+)?(?:(?:his|her|its|their|the)\s+)?(?:[a-z-]+\s+)?(?:legs?|arms?|hands?|feet|foot|thighs?|eyes?|"
                          r"knees?|shoulders?|ankles?|wrists?|hips?|lungs?|buttocks|sides?|injuries|wounds|ways|ends|directions|cases|"
                          r"incidents|shootings|counts|charges|guns|vehicles|cars|homes|houses)\b", re.I)
_PARENT_OF = re.compile(r"\b(?:grand|step)?(?:mother|father|parent|mom|dad)s?\s+of\s+$", re.I)
_PLURAL_AFTER = re.compile(r"\s+(?:(?!(?:who|that|which)\b)[a-z-]+\s+)?(?!(?:who|that|which)\b)(?:[a-z-]+s|children|men|women|people)\b")
_LABEL_BEFORE = re.compile(r"\b(?=[A-Z])(?:Channel|Route|Highway|Hwy\.?|Interstate|Precinct|District|Ward|Unit|Apt\.?|Apartment|Suite|Room|"
                           r"Flight|No\.|Number|Station|Company|Engine|Ladder|Squad|Post|Local|News|NBC|CBS|ABC|FOX|Fox|CW|"
                           r"[KW][A-Z]{2,3}(?:-(?:TV|DT|FM|AM))?)\s+$")  # and broadcasters: "KHOU 11", "Action News 5"
# (each opens with a capital: the look-ahead turns other words away at once)
_FULL_NAME_END = re.compile(r"\b[A-Z][a-z'’-]+\s+[A-Z][a-z'’-]+,\s*$")
_VERB_AFTER = re.compile(r"\s+(?:were|was|are|is|has|have|had)\b")
_APPOSED = re.compile(r"[A-Za-z)]\s*,\s*$")
_AGES_LISTED = re.compile(r"[a-z],\s+\d{1,2}(?:,\s*\d{1,2})*,?\s+and\s+$")
_DECIMAL_END = re.compile(r"\d\.\d+$")
_ADDRESS_AFTER = re.compile(r"\s+(?:[NSEW]\.?\s+)?(?:[A-Z][\w'’-]*\s+){1,3}(?:Rd|Road|St|Street|Ave|Avenue|Blvd|Boulevard|Dr|Drive|"
                            r"Ln|Lane|Ct|Court|Pl|Place|Pkwy|Parkway|Cir|Circle|Ter|Terrace|Hwy|Highway)\b")
_DIGIT_RUNS = re.compile(r"[\d,]*\d")  # "2,000" one run (then not a year: 5 characters)
_AGE_END = re.compile(r"\s*(?:,|\.|;|\)|and\b|of\b|from\b|$)|\s+(?:and|or|to)\s+\d{1,3}\s+years?\b")
# (Caseless: a long list of words, checked after every figure)
_NOT_COUNT_AFTER = Caseless(r"^\s*(?:of\s+\d|%|[-–‑](?:year|month|week|day)|-\s*(?:and|or|to)\s+\d{1,2}-|:\d|[ap]\.m\.?|(?:percent|per cent|years?|year-old|months?|days?|hours?|minutes?|"
                              r"weeks?|km|miles?|kilometres?|kilometers?|meters?|metres?|feet|[ap]m|o'clock|dollars?|rials?|yo|y/o|y\.o|yrs?|"
                              r"tomans?|euros?|pounds|cents|times?|rounds|shots|bullets|counts?|cases?|charges?|mm|millimeters?|caliber|calibre|blocks?|st|nd|rd|th)\b|"
                              # things, not people: "struck two parked cars", "hitting three homes"; a victim's wounds
                              r"(?:[a-z-]+\s+)?(?:cars|vehicles|trucks|buses|houses|homes|buildings|windows|doors|walls|businesses|"
                              r"stores|shops|apartments|residences|guns|firearms|rifles|handguns|pistols|weapons|casings|magazines|"
                              # places: "in 21 cities", "across 31 provinces"
                              r"cities|towns|provinces|regions|districts|countries|neighbou?rhoods|"
                              # wounds, not the wounded: "suffered three gunshot wounds", "25 stab wounds"
                              r"wounds)\b)")


def is_not_a_count(text: str, start: int, end: int) -> bool:
    """Ages, times, money, percentages, ordinals, years, the emergency line ("911"), picture
    counters ("Image 1 of 11"), a parent's children ("a mother of four") and numbered names
    ("Channel 4") are not counts of people; nor is "the six" in "one of the six" (a part of them
    is told)."""
    before = text[max(0, start - 2):start]
    if before.endswith(("$", "£", "€", "#")) or (before.endswith(":") and before[:1].isdigit()):  # "0:50", a clip's length
        return True
    if end - start == 3 and text[start:end] == "911":  # "called 911": the emergency line
        return True
    after = text[end:end + 28]  # (room for one word before a thing: "two parked vehicles")
    if _NOT_COUNT_AFTER.match(after):
        return True
    if end - start == 4 and text[start:end].lower() == "both" and _BOTH_THINGS.match(text, end):
        return True  # "both legs", "both of his arms": not people
    near = text[max(0, start - 40):start]
    if _LABEL_BEFORE.search(near):  # "WSMV Channel 4", "Route 9", "Precinct 5": a name, not a count
        return True
    if ("of " in near or "ge" in near or "urn" in near or "than " in near) and _AGE_BEFORE.search(near):  # (the cheap test first: most figures fail it)
        return True
    if near.endswith("and ") and text[start].isdigit() and _AGES_LISTED.search(near) and not _PLURAL_AFTER.match(text, end):
        return True  # "two men, 30 and 42, were hurt": their ages
    if near.endswith("of ") and _PARENT_OF.search(near) and not _PLURAL_AFTER.match(text, end):
        return True  # "a mother of four, was shot": her children, not a count ("father of two girls who were shot" is)
    if near.rstrip().endswith(",") and text[start:end].isdigit() and _APPOSED.search(near) and (
            _AGE_END.match(text, end) or (_FULL_NAME_END.search(near) and _VERB_AFTER.match(text, end))):
        return True  # "Rich Lee, 53, and his son", "... and Ann Lee, 32 were hurt": an age
    if _house_number(text, start, end) or _DECIMAL_END.search(text, start, end):
        return True  # (and "a rate of 19.3 deaths": a decimal with no "million" after it counts no one)
    if text.startswith(" News", end) and text[start:end].isdigit():
        return True  # "told 59 News": a broadcaster
    return _year_like(text, start, end)


def _house_number(text: str, start: int, end: int) -> bool:
    """A house number before a street's name: "a shooting 2501 Elm Tree Rd.", "at 450 Oak St."
    (three digits only after "at": "300 Rally On Main Street" is a crowd)."""
    if end - start < 3 or not text[start:end].isdigit() or (end - start == 3 and not text.endswith("at ", 0, start)):
        return False
    return _ADDRESS_AFTER.match(text, end) is not None


def _year_like(text: str, start: int, end: int) -> bool:
    """A figure that reads as a year: one run of four digits from 1900 to 2099 ("in 2019"; not
    "20 to 25", two figures), unless a qualifier and people follow ("some 2000 protesters")."""
    runs = _DIGIT_RUNS.findall(text, start, end)
    if len(runs) != 1 or len(runs[0]) != 4 or not runs[0].startswith(("19", "20")):
        return False
    return text[start].isdigit() or not _PLURAL_AFTER.match(text, end)
