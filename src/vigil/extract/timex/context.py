"""What the words around a date say about it: ahead in time, the date of a statement, background,
a byline stamp, a dateline or a headline. Each test looks at a short window of the date's own
sentence or line, so the cost stays per mention, not per character.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .grammar import Grammar

# Before a dateline date: a few capitalised words and punctuation ("FRANKLIN (", "Yasuj, Iran. ",
# "#Iran - "), ending in punctuation; after it: punctuation that closes the dateline.
DATELINE_BEFORE = re.compile(r"(?:[\W_]*[A-Z#][\w.'’#-]*){0,5}[\s]*[(,.:;\-–—|#]\s*|\s*")
STAMP_REST = re.compile(r"[\W_]*(?:(?:at\s+)?\d{1,2}[:.]\d\d(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)?[\W_]*", re.I)
DATELINE_AFTER = re.compile(r"\s*(?:[()\-–—:.|/]|$)")


@dataclass(frozen=True)
class Cues:
    tense: int = 0  # +1 ahead of the anchor, -1 past clause, -2 next to a past verb, 0 unknown
    speech: bool = False
    procedure: bool = False
    background: bool = False
    since: bool = False
    byline: bool = False
    dateline: bool = False
    headline: bool = False


@dataclass(frozen=True)
class Where:
    """Bounds of a mention's sentence and line, and whether the line is the text's first."""

    sent_start: int
    sent_end: int
    line_start: int
    line_end: int
    first_line: bool


def where(text: str, sent_start: int, sent_end: int, start: int, end: int, first_line_end: int) -> Where:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    return Where(sent_start, sent_end, line_start, line_end, line_start < first_line_end)


def cues(g: Grammar, text: str, w: Where, start: int, end: int) -> Cues:
    before = text[max(w.sent_start, w.line_start, start - 120):start]
    line = text[w.line_start:w.line_end]
    tail = before[-40:]
    return Cues(
        tense=_tense(g, before, text[end:min(w.sent_end, end + 40)]),
        speech=bool(g.speech.search(before[-60:]) or g.speech_after.match(text, end, w.line_end)),
        procedure=bool(g.procedure.search(before[-30:])),
        background=bool(g.background.search(before[-80:])),
        since=tail.rstrip().lower().endswith("since"),
        byline=_byline(g, text, w, start, end),
        dateline=_dateline(text, w, start, end),
        headline=w.first_line,
    )


def _tense(g: Grammar, before: str, after: str) -> int:
    """+1 when the date is ahead: a deadline word right before it ("by Jan. 14", "payable
    Dec. 1") or a future cue last in its clause ("will gather on June 30"); -1 when a past cue
    is last before it ("was killed Monday") or a past verb follows it ("Thursday refused",
    "until Thursday, they had"), which outweighs the cues before it."""
    clause = re.split(r"[;:]|\.\s", before)[-1]
    last = None
    for m in g.future.finditer(clause):
        last = m
    nxt = g.past_after.search(re.split(r"[;:]|\.\s", after)[0][:25])
    if nxt is not None and not after[:nxt.start()].strip() or g.past_before.search(before[-50:]):
        return -2
    if last is not None and last.lastgroup is not None:
        return 1
    if g.future_near.search(before[-40:]):
        return -1 if nxt is not None else 1
    return -1 if last is not None or nxt is not None else 0


def _byline(g: Grammar, text: str, w: Where, start: int, end: int) -> bool:
    """A publication stamp: a byline word on a short line, or just before the date on a long
    one ("... in the hand Thursday night. (Published Friday, April 8, 2016)"); or a line
    holding only the date and a time."""
    short = w.line_end - w.line_start < 100
    window = text[w.line_start:w.line_end] if short else text[max(w.line_start, start - 25):start]
    return bool(g.byline.search(window)) or _stamp(text, w, start, end)


def _stamp(text: str, w: Where, start: int, end: int) -> bool:
    """A line holding only the date, maybe with a time: "November 25, 2016 01:30 PM"."""
    rest = text[w.line_start:start] + " " + text[end:w.line_end]
    return bool(STAMP_REST.fullmatch(rest))


def _dateline(text: str, w: Where, start: int, end: int) -> bool:
    if start - w.line_start > 45:
        return False
    return bool(DATELINE_BEFORE.fullmatch(text, w.line_start, start)
                and DATELINE_AFTER.match(text, end, w.line_end))
