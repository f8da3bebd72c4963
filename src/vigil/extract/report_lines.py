"""Documents that are lists of field reports, one short line each ("Yasuj, Iran. July 23,
2018. New Round of Truck Drivers' Strike"): which lines are report lines, and the city a line
opens with. A report line tells its own event, placed and dated by its own words.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional

from ..model import Doc, Place

REPORT_LINE = 200  # characters: a field-report line or headline is shorter, and has no final stop
REPORT_LINES = 3  # a document with this many report lines that tell events (most of them) is a list


_LINK_LINE = re.compile(r"(?:READ MORE|RELATED|MORE|ALSO|WATCH|SEE ALSO|PHOTOS?|VIDEO|LISTEN)\b\s*[:|-]", re.I)


def line_start(text: str, at: int) -> int:
    return text.rfind("\n", 0, at) + 1


def report_line(doc: Doc, at: int) -> Optional[int]:
    """Start of the field-report line holding offset ``at``, when the document is a list of
    such lines ("Yasuj, Iran. July 23, 2018. New Round of ..." one per line); else None."""
    lines = report_lines(doc)
    if not lines:
        return None
    a = line_start(doc.text, at)
    return a if a in lines else None


def report_lines(doc: Doc) -> set[int]:
    """Starts of the document's field-report lines (empty unless it is a list of them)."""
    lines = doc.context.get("report_lines")
    if lines is None:
        text, found, prose, seen = doc.text, set(), set(), {}
        first = len(text) - len(text.lstrip())
        entries = dated_entries(doc)
        for t in doc.triggers:
            a = line_start(text, t.start)
            line = line_text(text, t.start)
            if _LINK_LINE.match(line) or seen.setdefault(line, a) != a:
                continue  # a link, or a headline the page repeats
            (found if short_line(line) or a in entries and len(line) < 2 * REPORT_LINE else prose).add(a)
        # a list: several such lines besides the first (a headline), and most of the lines that
        # tell of events; a news story's headline and its "READ MORE" links do not make one
        is_list = len(found - {first}) >= REPORT_LINES and len(found) >= len(prose)
        lines = doc.context["report_lines"] = found if is_list else set()
    return lines


def line_text(text: str, at: int) -> str:
    b = text.find("\n", at)
    return text[line_start(text, at):b if b >= 0 else len(text)].strip()


_LAST_ASIDE = re.compile(r"\s*\([^()]*\)$")


def short_line(line: str) -> bool:
    """A headline or field-report line: short, with no final stop (before a closing aside:
    "... in Lorton. (Published Thursday)" is a sentence)."""
    if len(line) >= REPORT_LINE:
        return False
    told = _LAST_ASIDE.sub("", line) if line.endswith((")", ")\n")) else line  # (the aside's pattern ends so)
    return not told.endswith((".", "!", "?", '"', "”", ":"))


_ENTRY_MARK = re.compile(r"\s*(?::|–|—|-)\s")  # after a timeline entry's date: "July 30: ", "23 July — "


def dated_entries(doc: Doc) -> set[int]:
    """Starts of a timeline's entries: lines opening with a date the date stage found and a colon or
    dash ("July 30: Bazaar merchants in Tehran ..."), field reports of their own though written in
    sentences."""
    text = doc.text
    return {a for m in doc.dates if (a := line_start(text, m.start)) == m.start and _ENTRY_MARK.match(text, m.end)}


def list_line(doc: Doc, at: int) -> bool:
    """Offset ``at`` lies on a short line of a list document other than its first line (the
    list's lines, whether or not they tell an event)."""
    first = len(doc.text) - len(doc.text.lstrip())
    return line_start(doc.text, at) != first and short_line(line_text(doc.text, at))


def line_dateline(doc: Doc, sent) -> Optional[Place]:
    """The city a headline or field-report line opens with ("Yasuj, Iran. ..."), if any."""
    for m in doc.places:
        if m.start == sent.start and isinstance(m.value, Place) and m.value.precision == "city":
            return replace(m.value, name=m.text)
        if m.start > sent.start:
            break
    return None
