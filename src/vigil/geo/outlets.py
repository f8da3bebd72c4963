"""News outlets named in a story's headline, byline or photo credit: not where the story happened.

Web pages carry the outlet's name after the headline ("... - KSLA News 12 Shreveport, Louisiana
News Weather & Sports", "... :: WRAL.com", "... - wave3.com-Louisville News") and photo credits
name the station's town ("(Photo: WTLV-TV, Jacksonville, Fla.)"). A town there tells where the
outlet is, which is often not where the shooting or the protest was. The spans found here mark
such mentions, so that the event's place is not taken from them.

A headline tail is the part of a short line from the first separator (" - ", " | ", " :: ", " « ")
whose segment names an outlet: a call sign (WSMV, KMOV), a web address (.com), or the words of
a masthead (News, Weather, Sports, Channel, TV, a network's name).
"""
from __future__ import annotations

import re

# (a bar needs no space before it; each branch opens with a character class, which the regex
# engine looks for fast, rather than with an optional run of spaces tried at every position)
_SEP = re.compile(r"[^\S\n]+(?:[-–—|«»•]|::)[^\S\n]*|\|[^\S\n]*")
_SEP_CHAR = re.compile(r"[-–—|:«»•]")  # in every separator (a line without one holds none)
_OUTLET = re.compile(r"\b[KW][A-Z]{2,3}\b|\.com\b|News|\b(?:Weather|Sports?|Channel|TV|CBS|NBC|ABC|FOX|Fox|CW)\b")
_CREDIT = re.compile(r"\((?:Photo|Image|Video|Credit)s?:[^)\n]{0,120}\)")
OUTLET_LINE = 250  # a headline or byline is shorter than this
OUTLET_REACH = 2000  # how far down the story headlines and bylines are looked for


def outlet_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each headline tail and photo credit that names a news outlet."""
    spans = []
    reach = min(len(text), OUTLET_REACH)
    pos = 0  # (the lines looked at are those with a separator before ``reach``)
    while (m := _SEP_CHAR.search(text, pos, reach)) is not None:
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        if end - start < OUTLET_LINE and (end <= reach or _SEP.search(text, start, reach) is not None) and (
                tail := _tail(text, start, end)) is not None:  # (a tail holds a separator)
            spans.append(tail)
        pos = end + 1
    if "(" in text:
        spans.extend(m.span() for m in _CREDIT.finditer(text) if _OUTLET.search(m.group()))
    return spans


def _tail(text: str, start: int, end: int):
    """From the first separator whose segment names an outlet to the line's end (or None)."""
    seps = list(_SEP.finditer(text, start, end))
    for i, m in enumerate(seps):
        seg_end = seps[i + 1].start() if i + 1 < len(seps) else end
        if _OUTLET.search(text, m.end(), seg_end):
            return m.start(), end
    return None


def inside(spans: list[tuple[int, int]], start: int) -> bool:
    return any(a <= start < b for a, b in spans)
