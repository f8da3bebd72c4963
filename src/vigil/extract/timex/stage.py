"""The date stage: find every date expression of a report and resolve it against the report's
publication date, keeping the cues the event stage needs as mention extras.

Extras (all optional): ``future`` (ahead of the anchor or planned), ``speech`` (the date of a
statement: "police said Tuesday"), ``background`` ("protests that began in December 2017"),
``procedure`` ("appeared in court Monday"), ``since`` (start of something ongoing), ``byline``,
``dateline``, ``headline``, ``week`` / ``weekend`` (the date stands for one), ``relative``
(resolved against the anchor or an earlier date), ``ago`` (counted back from the anchor: "two
weeks ago"), ``ordinal_day`` (N in "the 5th day of the
strike"; the value is then the strike's start, and its end the day referred to), ``calendar``
("jalali"), ``range_end_span`` (where the end of a range was written), ``shifted`` ("two days after
Christmas": moved from the date written), ``holiday`` (a holiday's name), ``occasion`` (a holiday
naming an occasion: "a Halloween party"), ``weekday_named`` (a day written out with its weekday's
name: "Friday, March 10"), ``sentence`` (index).

Without a publication date, expressions that need one (yearless, weekdays, "yesterday",
ordinal days without a stated date) are skipped: a date we cannot place is not emitted.

The anchor is the publication date, or the report's own posting stamp at its head ("Posted:
Sunday, July 26, 2015", "Created: 08/26/2015 5:11 AM") when that is earlier: a page collected
days or years after it was written is dated by what it says of itself (see :func:`anchor`).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Optional

from ...model import Doc, Mention
from ..text import AFTER_CLAUSE, split_sentences
from .context import Cues, Where, cues, where
from .cues import words
from .detect import Expr, scan
from .grammar import Grammar
from .lexicon import Lexicon
from .resolve import When, resolve, resolve_from

ANCHORED = ("wd", "rel", "ana", "ago", "mrel", "hol")
RECENT_KINDS = ("wd", "rel")  # how news dates a statement: "on Friday", "today"

HEADLINE_MAX = 200  # characters: a longer first line is a paragraph
STAMP_HEAD = 500  # characters: a posting stamp stands at the head of the report
DATELINE_DAYS = 7  # a dateline this many days before the publication date at most is the story's today
DATELINE_HEAD = 200  # characters: where that dateline stands, the story's words right after it
_STORY_AFTER = re.compile(r"[^\S\n]*(?:\([^)\n]{1,30}\)[^\S\n]*)?[—–-]{1,2}[^\S\n]*\w")  # "Jul 24 — Residents ..."
STAMP_WORD_REACH = 40  # characters before a stamp's date searched for its stamp word
MONTH_YEAR_DAYS = 60  # a yearless day this far from the anchor may take a year written with its month
NAMED_WEEKDAY_DAYS = 21  # a weekday's date written out with its name this far back is the one meant
AFTER_DATE_GAP = 6  # "two days after the March 5 vote": a date this close after "after" is what is counted from


@dataclass
class Item:
    """One expression on its way to a mention."""

    e: Expr
    w: Where
    sent: int
    c: Cues
    when: Optional[When] = None
    extra: list = field(default_factory=list)


class DateStage:
    """``Doc -> Doc``: fills ``doc.dates`` with one :class:`Mention` per date expression."""

    def __init__(self, lexicon: Optional[Lexicon] = None):
        self.lexicon = lexicon or Lexicon.load()
        self.grammar = Grammar.build(self.lexicon)

    def __call__(self, doc: Doc) -> Doc:
        doc.dates = self.mentions(doc)
        return doc

    def mentions(self, doc: Doc) -> list[Mention]:
        text = doc.text or ""
        exprs = scan(self.grammar, self.lexicon, text, doc.context.get("word_starts"))  # (if the trigger stage made them)
        exprs = [e for e in exprs if not (e.kind == "wd" and _INSTITUTION.match(text, e.end)
                                          or e.cal == "j" and _FA_NAMED_PLACE.search(text, max(0, e.start - 16), e.start))]
        if not exprs:
            return []
        items = self._items(doc, text, exprs)
        anchor = doc.context["timex_anchor"] = _posted(self.grammar, text, items, doc.report.published)
        _inherit_years(self.grammar, text, items)
        for it in items:  # (a date a state has held "since" is past: "on strike since June 19")
            it.when = resolve(it.e, anchor, -2 if it.c.since and it.e.kind == "cal" else it.c.tense)
        _named_weekdays(items)
        _month_years(self.grammar, text, items, anchor)
        _anaphora(text, items, anchor)
        _shift(self.grammar, self.lexicon, text, items)
        _counted_back(self.grammar, text, items)
        _ordinals(text, items, anchor)
        _ranges(self.grammar, text, items)
        _occasions(self.grammar, text, items)
        return [_mention(text, it, anchor) for it in items if it.when is not None]

    def _items(self, doc: Doc, text: str, exprs: list[Expr]) -> list[Item]:
        sents = doc.sentences or split_sentences(text)
        starts = [s.start for s in sents]
        lead = len(text) - len(text.lstrip())
        first_nl = text.find("\n", lead)
        first_line_end = len(text) if first_nl < 0 else first_nl
        if first_line_end - lead > HEADLINE_MAX:  # a first paragraph, not a headline
            first_line_end = lead
        items = []
        for e in exprs:
            i = max(0, bisect_right(starts, e.start) - 1)
            s_start, s_end = (sents[i].start, sents[i].end) if sents else (0, len(text))
            w = where(text, s_start, s_end, e.start, e.end, first_line_end)
            items.append(Item(e, w, i, cues(self.grammar, text, w, e.start, e.end, _needs_tense(e),
                                              e.kind in RECENT_KINDS)))
        return items


def anchor(doc: Doc) -> Optional[date]:
    """The date the report's relative dates count from (set by the date stage; else the
    publication date)."""
    return doc.context.get("timex_anchor", doc.report.published)


def _posted(g: Grammar, text: str, items: list[Item], published: Optional[date]) -> Optional[date]:
    """The publication date, or the report's posting stamp when it is earlier: a full date on a
    byline line at the head of the text, a stamp word just before it ("Created: 08/26/2015"); or
    its dateline's day, up to a week earlier ("SUSANGERD, Khuzestan. Jul 24 — ... this evening")."""
    best = published
    for it in items:
        e = it.e
        if e.start > STAMP_HEAD:
            break
        if it.c.dateline and published is not None and e.kind == "cal" and e.cal == "g" and None not in (e.m, e.d) \
                and e.start < DATELINE_HEAD and _STORY_AFTER.match(text, e.end):
            # "SUSANGERD, Khuzestan. Jul 24 — ... this evening": the dateline's day, a little before the
            # publication date, is the story's today
            d = _safe_date(e.y or published.year, e.m, e.d)
            if d is not None and e.y is None and d > published:
                d = _safe_date(published.year - 1, e.m, e.d)
            if d is not None and published - timedelta(days=DATELINE_DAYS) <= d < (best or published):
                best = d
            continue
        if not it.c.byline or e.kind != "cal" or e.cal != "g" or None in (e.y, e.m, e.d):
            continue
        if g.stamp_words.search(text, max(it.w.line_start, e.start - STAMP_WORD_REACH), e.start):
            d = _safe_date(e.y, e.m, e.d)
            if d is not None and (best is None or d < best):
                best = d
    return best


def _safe_date(y: int, m: int, d: int) -> Optional[date]:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _needs_tense(e: Expr) -> bool:
    return (e.kind in ("wd", "hol", "mrel") or e.kind == "cal" and e.y is None
            or e.kind == "rel" and e.unit == "weekend")


_PAIR_GAP = re.compile(r"\.?,?\s+(?:and|or)\s+")  # "June and July 2020"


def _inherit_years(g: Grammar, text: str, items: list[Item]) -> None:
    """A yearless date takes the year written just before it in its sentence ("In 2016, on
    Jan. 5 ...", "HOMICIDES 2016 Jan. 5: ..."), or the year of the date closing its range
    ("from July 5 to July 9, 2018") or its pair ("in June and July 2020")."""
    year_item: Optional[Item] = None
    for k, it in enumerate(items):
        e = it.e
        if e.kind != "cal" or e.cal != "g":
            continue
        if e.y is not None:
            year_item = it
            continue
        nxt = items[k + 1].e if k + 1 < len(items) else None
        if nxt is not None and nxt.kind == "cal" and nxt.y is not None \
                and (g.range_gap.fullmatch(text, e.end, nxt.start) or _PAIR_GAP.fullmatch(text, e.end, nxt.start)):
            it.e = e._replace(y=nxt.y)
        elif year_item is not None and year_item.sent == it.sent and e.start - year_item.e.end < 25:
            it.e = e._replace(y=year_item.e.end_y or year_item.e.y)


def _month_years(g: Grammar, text: str, items: list[Item], anchor: Optional[date]) -> None:
    """A yearless day the anchor puts months away ("shot June 15" in a December trial story)
    takes the year the report writes with that month elsewhere ("killed in June 2013", "on June
    3, 2013") when it writes only one: the month is that year's in this report. A recent day
    stays the news' own ("Aug. 2" beside "the August 1988 ceasefire"), and so does one opening a
    range ("from Aug. 26 to Oct. 20": its end is), and a day ahead ("due in court on May 29");
    byline stamps tell nothing of the story."""
    years: dict[int, set] = {}
    for it in items:
        e = it.e
        if e.kind == "cal" and e.cal == "g" and e.y is not None and e.m is not None and not e.end_y and not it.c.byline:
            years.setdefault(e.m, set()).add(e.y)
    if not years or anchor is None:
        return
    for k, it in enumerate(items):
        e, w = it.e, it.when
        if e.kind == "cal" and e.cal == "g" and e.y is None and e.d is not None and w is not None \
                and it.c.tense <= 0 and abs((anchor - w.start).days) > MONTH_YEAR_DAYS \
                and len(years.get(e.m, ())) == 1 \
                and not (k + 1 < len(items) and g.range_gap.fullmatch(text, e.end, items[k + 1].e.start)):
            it.e = e._replace(y=next(iter(years[e.m])))
            it.when = resolve(it.e, anchor, it.c.tense)


def _named_weekdays(items: list[Item]) -> None:
    """A bare weekday ("Tuesday", "Tuesday night") takes the date the report writes out with that
    weekday's name ("Tuesday, May 17") when that is the one such date up to three weeks before
    the day the weekday resolves to: the report says which Tuesday it means (a page collected a
    week after it was written would put "Tuesday" in the wrong week). Not a weekday ahead, nor
    one with its own modifier ("last Tuesday"), nor a statement's ("police said Tuesday": news
    dates statements from the day it is written); the date is not taken from a byline stamp."""
    named: dict[int, set] = {}
    for it in items:
        e, w = it.e, it.when
        if e.kind == "cal" and e.wd is not None and w is not None and w.precision == "day" and not w.end \
                and not it.c.byline and w.start.weekday() == e.wd:
            named.setdefault(e.wd, set()).add(w.start)
    if not named:
        return
    for it in items:
        e, w = it.e, it.when
        if e.kind != "wd" or e.mod is not None or w is None or it.c.tense > 0 or it.c.speech or e.wd not in named:
            continue
        days = [d for d in named[e.wd] if 0 < (w.start - d).days <= NAMED_WEEKDAY_DAYS]
        if len(days) == 1:
            it.when = When(days[0], "day")


def _shift(g: Grammar, lex: Lexicon, text: str, items: list[Item]) -> None:
    """"two days after Christmas", "a week before the March 5 vote": move a day date by the
    count written before it (the span grows to hold it)."""
    for it in items:
        if it.when is None or it.when.precision != "day":
            continue
        m = g.shift.search(text, max(0, it.e.start - 40), it.e.start)
        if not m:
            continue
        n = (lex.number(m["n"]) or 0) * (7 if m["u"].lower().startswith("week") else 1)
        sign = 1 if m["dir"].lower() == "after" else -1
        if n:
            it.e = it.e._replace(start=m.start())
            it.when = When(it.when.start + timedelta(days=sign * n), "day")
            it.extra.append(("shifted", True))


def _counted_back(g: Grammar, text: str, items: list[Item]) -> None:
    """"arrested Thursday, a day after he shot his friend", "Tuesday night, five days after he
    allegedly opened fire": what the clause after "after" tells happened that many days before
    the date written earlier in the sentence ("before": after it). Not with another date right
    after ("two days after Christmas": see :func:`_shift`), nor a vague count ("less than two
    weeks after"), nor with no day earlier in the sentence, nor after a day naming a happening
    of its own ("Tuesday's violence comes four days after another shooting": the clause is
    another story's)."""
    ref: Optional[Item] = None
    for k, it in enumerate(items):
        e = it.e
        if e.kind != "ana" or e.mod != "clause":
            if it.when is not None and e.kind not in ("ana", "ord") and not it.c.byline:
                ref = it
            continue
        nxt = items[k + 1].e.start if k + 1 < len(items) else len(text)
        ok = ref is not None and ref.sent == it.sent and ref.when.precision == "day" and not ref.when.end \
            and not text.endswith(("'s", "’s"), ref.e.start, ref.e.end) \
            and nxt - e.end > AFTER_DATE_GAP and not g.vague_count.search(text, max(0, e.start - 16), e.start)
        it.when = resolve_from(e, ref.when, None) if ok else None
        if ok:
            it.extra.append(("counted_back", True))


def _occasions(g: Grammar, text: str, items: list[Item]) -> None:
    """A holiday is marked ``holiday``; one naming an occasion ("a Halloween party", "a party in
    honor of Father's Day") also ``occasion``: the occasion is held around the day, not on it."""
    for it in items:
        if it.e.kind != "hol" or it.when is None:
            continue
        it.extra.append(("holiday", True))
        before = words(text[max(it.w.sent_start, it.e.start - 30):it.e.start])
        if g.occasion_after.match(text, it.e.end) or before and g.occasion_before.ends_at(before, len(before) - 1):
            it.extra.append(("occasion", True))


def _anaphora(text: str, items: list[Item], anchor) -> None:
    """"that day", "the following year", "two days later": from the last date mentioned
    explicitly (not from another anaphoric one: "a year earlier ... a year earlier"). A month
    of such a year ("in July of that year", after "protests in 2020") is that year's."""
    ref: Optional[When] = None
    for k, it in enumerate(items):
        if it.e.kind == "ana" and it.e.mod != "clause":
            it.when = resolve_from(it.e, ref, anchor)
        elif it.when is not None and it.e.kind != "ord" and not it.c.byline:
            nxt = items[k + 1] if k + 1 < len(items) else None
            if nxt is not None and nxt.e.kind == "ana" and nxt.e.unit == "year" and it.e.kind == "cal" \
                    and it.e.cal == "g" and it.e.y is None and it.e.m is not None and it.when.precision in ("month", "day") \
                    and _OF_GAP.fullmatch(text, it.e.end, nxt.e.start) \
                    and (year := resolve_from(nxt.e, ref, anchor)) is not None:
                try:
                    it.when = When(it.when.start.replace(year=year.start.year), it.when.precision,
                                   it.when.end.replace(year=year.start.year) if it.when.end else None)
                except ValueError:  # (February 29 of a common year)
                    pass
            ref = it.when


_OF_GAP = re.compile(r"\s+of\s+|,?\s+")  # "July of that year", "July that year"


def _ranges(g: Grammar, text: str, items: list[Item]) -> None:
    """"from July 5 to July 9", "Monday to Wednesday", "between 1994 and 1997": the first date
    gets the range (its end traced to the second date's span); both keep their own spans."""
    for a, b in zip(items, items[1:]):
        if _joins(g, text, a, b):
            a.when = When(a.when.start, a.when.precision, b.when.end or b.when.start)
            a.extra.append(("range_end_span", (b.e.start, b.e.end)))


def _joins(g: Grammar, text: str, left: Item, right: Item) -> bool:
    a, b = left.when, right.when
    if a is None or b is None or a.end is not None or a.precision != b.precision or b.start <= a.start:
        return False
    gap = text[left.e.end:right.e.start]
    if g.range_gap.fullmatch(gap):
        return True
    opener, joiner = g.range_pair
    if gap.strip().lower() in (joiner, "&") and left.e.kind == right.e.kind == "wd" and a.precision == "day" \
            and (b.start - a.start).days == 1:
        return True  # "on Monday and Tuesday": two days running
    return gap.strip().lower() == joiner and text[:left.e.start].rstrip().lower().endswith(opener)


def _ordinals(text: str, items: list[Item], anchor) -> None:
    """Ordinal days count back to the start: "the 5th day" on day D began on D - 4. D is a date
    stated in the same sentence (or before it on a short line), else the anchor; not a date in a
    clause after it that tells what the run came after (``AFTER_CLAUSE``: "riots broke out for a
    third night after police shot a teenager on Tuesday": Tuesday is the shooting's day)."""
    for it in items:
        if it.e.kind == "ord":
            it.when = _ordinal_start(it.e, _reference(text, items, it), anchor)


def _reference(text: str, items: list[Item], it: Item) -> Optional[When]:
    short_line = it.w.line_end - it.w.line_start < 200
    best: Optional[Item] = None
    for other in items:
        if other.when is None or other.e.kind == "ord" or other.c.byline:
            continue
        if other.e.start > it.e.end and AFTER_CLAUSE.search(text, it.e.end, other.e.start):
            continue
        # (another sentence of a short line only before the ordinal: "Yasuj, Iran. July 23. Eleventh
        # day of the strike", not "... now in its 10th day. Talks will resume next week")
        same = other.sent == it.sent or short_line and other.w.line_start == it.w.line_start and other.e.start < it.e.start
        if same and (best is None or abs(other.e.start - it.e.start) < abs(best.e.start - it.e.start)):
            best = other
    return best.when if best else None


def _ordinal_start(e: Expr, ref: Optional[When], anchor) -> Optional[When]:
    if ref is None:
        if anchor is None:
            return None
        ref = When(anchor, "day")
    if ref.precision != "day":
        return When(ref.start, ref.precision)
    return When(ref.start - timedelta(days=max(e.n, 1) - 1), "day", ref.start)


# A weekday naming a weekly rite rather than a day: "Friday prayers", "Sunday mass"
_ATTRIBUTIVE = re.compile(r"\s+(?:prayers?|sermons?|services?|mass|worship|school|market|bazaar)\b", re.I)
# ... or an institution named after the rite, which is no date at all: "the Friday prayer office",
# "the Friday prayers leader"
_INSTITUTION = re.compile(r"\s+prayers?\s+(?:office|leaders?|imams?|headquarters|council|committee|building|"
                          r"hall|podium)\b", re.I)


# A Jalali date naming a street, a square or a police station ("کلانتری ۱۳ تیر", "خیابان ۱۷ شهریور",
# "میدان ۱۵ خرداد"): an address, no date
_FA_NAMED_PLACE = re.compile(r"(?:خیابان|میدان|کلانتری|بلوار|کوچه|پل|شهرک|مدرسه|دبیرستان|بیمارستان|دانشگاه|پارک|"
                             r"چهارراه|فلکه|سه[\u200c ]?راه|ورزشگاه|پایگاه|بزرگراه|اتوبان|ایستگاه|مترو|حسینیه|مسجد)"
                             r"[\u200c\s]*$")


def _mention(text: str, it: Item, anchor) -> Mention:
    e, c = it.e, it.c
    ahead = anchor is not None and it.when.start > anchor
    ahead = ahead or e.kind == "rel" and e.n > 0  # "next week" ahead, though in this month
    extra = [("future", True)] if c.tense > 0 or ahead else []
    extra += [(k, True) for k in ("speech", "procedure", "background", "since", "compared", "aside", "byline", "dateline",
                                  "headline") if getattr(c, k)]
    anchored = e.kind in ANCHORED or e.kind == "ord" or e.kind == "cal" and e.y is None
    if anchored:
        extra.append(("relative", True))
    if e.kind == "ago":
        extra.append(("ago", True))
    if e.kind == "ord":
        extra.append(("ordinal_day", e.n))
    if e.unit in ("week", "weekend"):
        extra.append((e.unit, True))
    if e.cal == "j":
        extra.append(("calendar", "jalali"))
    if e.kind == "cal" and e.wd is not None and e.d is not None:
        extra.append(("weekday_named", True))
    if e.kind == "wd" and _ATTRIBUTIVE.match(text, e.end):
        extra.append(("attributive", True))  # "after Friday prayers on September 30": the date says the day
    extra += it.extra
    extra.append(("sentence", it.sent))
    method = "ordinal" if e.kind == "ord" else "regex+anchor" if anchored else "regex"
    return Mention(kind="date", start=e.start, end=e.end, text=text[e.start:e.end],
                   value=it.when.event_date(), method=method, extra=tuple(extra))
