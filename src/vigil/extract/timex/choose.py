"""Choose the date of one event among a report's date mentions (filled by the date stage).

Candidates are ranked in tiers; inside a tier the date nearest the words naming the event wins:

0. a date in the trigger's own sentence (or its line, when that is a short line with no final
   stop: headlines, field-report lines);
1. a date in the headline, or a dateline that is not just the publication date;
2. a date a few words from a word naming the same kind of event ("shot Friday", "the Sept. 27
   shooting"; in the next sentence, as a headline's lead, a few more), then 3. one elsewhere
   in such a sentence (an old year or month, "killed in 2012", or a sentence far down the
   story: after every nearby day, unless it tells when the event happened: "the shootings
   happened about 8:45 p.m. Sunday"); not a count back from the anchor ("two weeks ago"), which
   away from the trigger's sentence mostly times background;
4. a date in a nearby sentence (three either side; later ones first when the trigger is in
   the headline);
5. a statement or procedure date ("police said Tuesday", "appeared in court Monday"), unless
   the trigger itself names a procedure or the date names the event ("police said the Dec. 12
   shooting"); just before them, the date of a later step ("died Friday", "hospitalized
   today", after an attack "arrested on Tuesday"), then a recent day further down the story
   with no such cue ("Thursday night around 8:30, neighbours rushed to help"), which alone
   does not date the event (the publication date does), but goes before an arrest's day up to a
   week after it ("a suspect was arrested Wednesday morning" ... "released his photo last
   night", see :func:`_before_step`). A date opening a clause whose subject then makes an
   arrest ("Earlier Tuesday, police arrested ...") dates a later step too.

Never candidates: byline stamps; lines of a list of videos ("0:37 Why she shops on Black
Friday"); outside the trigger's sentence, dates ahead of the anchor, a dateline or headline date
that is the publication date (a dated title: "Police log for March 3, 2019"; the story's own
words may tell an earlier day), and old background ("protests that began in December
2017" or "since 2000" in a 2019 report; a recent "violence that began late Thursday" counts),
or any date older than a month when the trigger's sentence tells fresh news ("four men were
shot, police said Tuesday", see :attr:`Scene.fresh`).
A month or a weekend chosen is refined to a day inside it when one is a candidate too ("in
June" ... "June 13"), and a holiday naming an occasion to a day within a week of it ("a New
Year's Eve party" ... "shortly after 1 a.m. Tuesday"; "a Halloween party" ... "early Saturday"). A holiday far from the anchor dates nothing from a
nearby sentence without a word of the event next to it (talk about the holiday). An ordinal strike day gives the strike's start (its mention value).
A relative day chosen yields to a day written out with its weekday's name one day off that is
told next to a word of the event too ("Saturday night" ... "on Friday, March 10"; see
:func:`_written_out`). With no candidate the publication date (or the earlier posting stamp
at the report's head, see :func:`.stage.anchor`) is used (basis "published"), and so it is
when the best is a year holding it ("a spike in shootings this year"); with neither, an empty date.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cached_property
from datetime import date
from typing import Callable, Iterator, Optional

from ...model import Doc, EventDate, Mention, Sentence
from ..text import playlist_lines, split_sentences
from ..triggers import focus_sentences
from ..wordscan import focus_word_starts
from .cues import words
from .eventwords import GENERIC, event_words_of, families_in, line_span, names_happening, sentence_index, step_before, \
    trigger_families, vocabulary
from .floors import FloorOrder, first_of
from .stage import anchor

NEARBY = 3
LEAD_REACH = 6  # sentences after a datelined lead that its day may date
FAR = 8
SHORT_LINE = 200
RECENT_DAYS = 30
CLOSE_CHARS = 30
FAR_PLAIN = 4800
STEP_TIER = 4500  # the date of a later step (see _rank)
STEP_DAYS = 7  # how long before an arrest a day told without a cue may date the attack
OCCASION_DAYS = 7  # a party named for a holiday is held within a week of it


@dataclass
class Scene:
    """What the ranking needs to know about the trigger (read-only by convention: one is made
    for every choice, and a frozen dataclass pays a call for each field it sets)."""

    doc: Doc
    sents: list[Sentence]
    si: int
    line: tuple[int, int]
    trig: int
    trig_end: int
    families: frozenset
    headline_like: bool  # the trigger's line is a short headline or field-report line
    aftermath: bool  # the trigger itself tells what followed ("died")

    @property
    def fresh(self) -> bool:
        """The trigger's own sentence dates a recent statement ("five men were shot, police said
        Tuesday"): the event is news, and an old date elsewhere in the report is background.
        Not when the sentence tells of an arrest or a procedure too ("was charged with his murder,
        police said Monday", "said Tuesday an indictment ..."): the news may be that. (Worked out
        once per sentence and report's candidates: several triggers share a sentence.)"""
        memo = self.doc.context["timex_candidates"][7]
        got = memo.get(self.si)
        if got is None:
            got = memo[self.si] = _fresh(self.doc, self.sents, self.si)
        return got

    @cached_property
    def procedural(self) -> bool:
        """The trigger itself names a procedure ("sentenced"); asked of procedure dates only."""
        return vocabulary().procedure.any_in(words(self.doc.text[self.trig:self.trig_end]))


def _fresh(doc: Doc, sents: list[Sentence], si: int) -> bool:
    """:attr:`Scene.fresh` of a trigger in sentence ``si``."""
    if not 0 <= si < len(sents) or not any(m.flags.get("speech") and _recent(doc, m) for m in
                                           doc.context["timex_candidates"][2].get(si, ())):
        return False
    sent = doc.text[sents[si].start:sents[si].end]
    return "arrest" not in families_in(sent) and not vocabulary().procedure.any_in(words(sent))


def event_date(doc: Doc, start: int, end: int, keep: Optional[Callable[[Mention], bool]] = None) -> EventDate:
    """The date of the event whose trigger words span ``[start, end)`` of ``doc.text``; with
    ``keep``, only among the date mentions it accepts (a line of a list of field reports is
    dated by its own words, and dates no other line)."""
    return event_date_and_words(doc, start, end, keep)[0]


def event_date_and_words(doc: Doc, start: int, end: int, keep: Optional[Callable[[Mention], bool]] = None
                         ) -> tuple[EventDate, Optional[Mention]]:
    """:func:`event_date` and the date mention that states it (None when the date falls back
    to the report's publication date)."""
    best = _best(doc, start, end, keep)
    if best is not None and not _holds_published(doc, best):
        v = best.value
        return EventDate(start=v.start, end=v.end, precision=v.precision, basis="text"), best
    pub = anchor(doc)
    if pub is not None:
        return EventDate(start=pub.isoformat(), precision="day", basis="published"), None
    return EventDate(), None


def _holds_published(doc: Doc, m: Mention) -> bool:
    """A year that holds the publication date ("a spike in homicides this year", "shootings in
    2017"): the publication date says as much and more. A month keeps its precision ("November,
    2018. Eleventh day of the strike" published on the 30th: any day of the month)."""
    v, pub = m.value, anchor(doc)
    return pub is not None and v.precision == "year" and not v.end and pub.isoformat().startswith(v.start)


def _best(doc: Doc, start: int, end: int, keep: Optional[Callable[[Mention], bool]] = None) -> Optional[Mention]:
    cands, by_sentence = _candidates(doc)
    if keep is not None:
        cands = [m for m in cands if keep(m)]
    if not cands:
        return None
    scene = _scene(doc, start, end)
    ranks: dict[int, Optional[float]] = {}  # id -> rank, each worked out once per call
    if not scene.headline_like:  # a plain day in the trigger's own sentence beats every other tier
        own = sorted((r, m.start, m) for m in by_sentence.get(scene.si, ())
                     if (keep is None or keep(m)) and (r := _rank_once(scene, m, ranks)) is not None)
        if own and own[0][0] < 1000:
            best = own[0][2]
            if _plain_day(best):
                return best
    top = _top(scene, cands, ranks)
    if top is None:
        return None
    r, best = top[0], top[2]
    if FAR_PLAIN <= r < 5000 and all(FAR_PLAIN <= x < 5000 for m in cands if (x := _rank_once(scene, m, ranks)) is not None):
        return None  # every rank at least ``r``: only recent days far down the story
    if _plain_day(best) and STEP_TIER <= r < FAR_PLAIN:
        best = _before_step(scene, cands, best, ranks)
    if _plain_day(best):
        return _written_out(scene, cands, best, ranks)
    inside = min(((x, m.start, m) for m in _refining(doc, best, cands)
                  if (x := _rank_once(scene, m, ranks)) is not None and x < 5000), default=None)
    return inside[2] if inside else best


def _before_step(sc: Scene, cands: list[Mention], best: Mention, ranks: dict[int, Optional[float]]) -> Mention:
    """``best``, or, when it is the day of a step that follows an attack ("a suspect was arrested
    Wednesday morning"), the best-ranked recent day further down the story with no cue (see
    :func:`_tier`) up to a week before it ("released his photo late last night"): the attack came
    before its arrest. Not before a death ("died Tuesday" is mostly the day of the shooting too)."""
    mi = best.flags.get("sentence")
    mi = sentence_index(sc.sents, best.start) if mi is None else mi
    step = step_before(sc.doc, sc.sents, best, mi)
    if step is None or step[1] == "any" or not _dates_later_step(sc, best, mi):
        return best
    day = date.fromisoformat(best.value.start)
    alts = [(x, m.start, m) for m in cands if (x := _rank_once(sc, m, ranks)) is not None and FAR_PLAIN <= x < 5000
            and _plain_day(m) and not m.value.end and 0 < (day - date.fromisoformat(m.value.start)).days <= STEP_DAYS]
    return min(alts)[2] if alts else best


def _written_out(sc: Scene, cands: list[Mention], best: Mention, ranks: dict[int, Optional[float]]) -> Mention:
    """``best``, or a date written out with its weekday's name ("on Friday, March 10") a day
    from it when ``best`` is only relative ("Saturday night") and that date is told next to a
    word of the event too (a tier below 4): a day named in full is the account's own; a
    relative one may be a reporter's slip. Not a day written out in a sentence that tells
    ``best``'s day too: it tells the two days apart ("hit by gunfire Wednesday night, on
    Thursday, Sept. 1", a photo's caption dated the day after)."""
    got = sc.doc.context["timex_candidates"]
    named = got[5]
    if not named or not best.flags.get("relative") or best.flags.get("weekday_named"):
        return best
    kept = None if cands is got[1] else {id(m) for m in cands}  # (a subset with ``keep``)
    day = date.fromisoformat(best.value.start)
    alts = [(x, m.start, m) for m in named if (kept is None or id(m) in kept) and not m.value.end
            and abs((date.fromisoformat(m.value.start) - day).days) == 1
            and not _tells_day(got[2], sc, m, best.value.start)
            and (x := _rank_once(sc, m, ranks)) is not None and x < 4000]
    return min(alts)[2] if alts else best


def _tells_day(by_sentence: dict[int, list[Mention]], sc: Scene, m: Mention, day: str) -> bool:
    """Another candidate of ``m``'s sentence has the value ``day``."""
    mi = m.flags.get("sentence")
    mi = sentence_index(sc.sents, m.start) if mi is None else mi
    return any(o.value.start == day for o in by_sentence.get(mi, ()) if o is not m)


def _refining(doc: Doc, outer: Mention, cands: list[Mention]) -> list[Mention]:
    """The candidates that refine ``outer`` (see :func:`_refines`), in their order; listed once
    per report and outer date when ``cands`` are all the report's candidates (a long report
    dates many triggers by one month or weekend)."""
    got = doc.context["timex_candidates"]
    memo = got[6] if cands is got[1] else {}
    if id(outer) not in memo:
        pub = anchor(doc)
        memo[id(outer)] = [m for m in cands if _refines(pub, m, outer)]
    return memo[id(outer)]


def _rank_once(sc: Scene, m: Mention, ranks: dict[int, Optional[float]]) -> Optional[float]:
    """:func:`_rank`, kept in ``ranks`` for the other steps of one choice."""
    key = id(m)
    if key in ranks:
        return ranks[key]
    r = ranks[key] = _rank(sc, m)
    return r


def _top(sc: Scene, cands: list[Mention], ranks: dict[int, Optional[float]]) -> Optional[tuple[float, int, Mention]]:
    """``(rank, start, mention)`` of the best-ranked candidate (the first of equals), None when
    none can date the event: candidates are ranked in the order of a cheap lower bound of their
    rank (a sentence's distance), and the search stops once no remaining one can beat the best
    so far (ranks computed here are kept in ``ranks``)."""
    best: Optional[tuple[float, int, Mention]] = None
    for low, start, m in _by_rank_floor(sc, cands):
        if best is not None and low > best[0]:
            break
        r = _rank_once(sc, m, ranks)
        if r is not None and (best is None or (r, start) < best[:2]):
            best = (r, start, m)
    return best


def _plain_day(m: Mention) -> bool:
    """A single day that needs no refining: not a weekend, nor a holiday naming an occasion
    ("a Halloween party" is held around the day); an ordinal strike day counts."""
    f = m.flags
    return m.value.precision == "day" and not f.get("weekend") and not f.get("occasion") or bool(f.get("ordinal_day"))


def _by_rank_floor(sc: Scene, cands: list[Mention]) -> Iterator[tuple[float, int, Mention]]:
    """``(floor, start, mention)`` of each candidate, in that order, worked out as the search
    asks for them (see :mod:`.floors`). The floor is a number no greater than :func:`_rank` of
    the mention (see :func:`_tier`'s tiers), from its sentence, whether it stands in a headline
    or dateline, and whether its sentence holds a word of the event's kind (without one, no tier
    below 4000 is open to it); with ``keep``, ``cands`` is a subset of the report's candidates."""
    got = sc.doc.context["timex_candidates"]
    a, b = sc.line if sc.headline_like else (0, 0)
    order = got[3].rows_in_order(sc.si, a, b, _worded_sentences(sc))
    return first_of(order, None if cands is got[1] else {id(m) for m in cands})


def _never_elsewhere(doc: Doc, m: Mention) -> bool:
    """The mention ranks None (see :func:`_tier`) for a trigger outside its sentence and line,
    whatever the trigger: a date ahead of the anchor; unless a speech or procedure date (ranked
    by the trigger's kind), old background or the publication date in a dateline or headline."""
    f = m.flags
    return bool(f.get("future") or not (f.get("speech") or f.get("procedure")) and (
        (f.get("background") or f.get("since")) and not _recent(doc, m) or _published_stamp(doc, m)))


def _worded_sentences(sc: Scene) -> frozenset:
    """The candidates' sentences holding a word of the trigger's families (all of them while
    the event words are not yet looked for: a floor must stay at or below the rank); the
    families of each candidate's sentence are listed once per document."""
    if not sc.families:
        return frozenset()
    words_found = sc.doc.context.get("timex_event_words")
    by_sentence = sc.doc.context["timex_candidates"][2]
    if words_found is None or words_found[0] is not sc.sents:
        return frozenset(by_sentence)
    got = sc.doc.context.get("timex_worded")
    if got is None or got[0] is not words_found or got[1] is not by_sentence:
        kinds = {mi: frozenset(f for _, _, f in words_found[1].get(mi, ())) for mi in by_sentence}
        got = sc.doc.context["timex_worded"] = (words_found, by_sentence, kinds, {})
    worded = got[3].get(sc.families)
    if worded is None:
        worded = got[3][sc.families] = frozenset(mi for mi, kinds in got[2].items() if not kinds.isdisjoint(sc.families))
    return worded


def _candidates(doc: Doc) -> tuple[list[Mention], dict[int, list[Mention]]]:
    """The dates that may date an event, and the same by sentence (once per document)."""
    got = doc.context.get("timex_candidates")
    if got is None or got[0] is not doc.dates or got[4] != anchor(doc):  # (the anchor tells recent dates)
        cands = [m for m in doc.dates if isinstance(m.value, EventDate) and m.value.start and not m.get("byline")]
        if cands:
            cands = _outside_playlists(doc.text, cands)
        sents = doc.sentences or split_sentences(doc.text)
        by_sentence: dict[int, list[Mention]] = {}
        info = []  # (sentence, in a headline or dateline, start, mention, never elsewhere), for _by_rank_floor
        for m in cands:
            mi = m.get("sentence")
            mi = sentence_index(sents, m.start) if mi is None else mi
            by_sentence.setdefault(mi, []).append(m)
            info.append((mi, bool(m.get("headline") or m.get("dateline")), m.start, m, _never_elsewhere(doc, m)))
        named = [m for m in cands if m.flags.get("weekday_named")]  # (for _written_out)
        got = doc.context["timex_candidates"] = (doc.dates, cands, by_sentence, FloorOrder(info), anchor(doc), named,
                                                 {}, {}, {})
        # (the last three: the candidates refining each outer date, see _refining; Scene.fresh by
        # sentence; whether a date follows a later step, see _dates_later_step)
    return got[1], got[2]


def _outside_playlists(text: str, cands: list[Mention]) -> list[Mention]:
    """The mentions not on a line of a list of videos (:func:`.text.playlist_lines`: other stories)."""
    lines = playlist_lines(text)
    starts = [a for a, _ in lines]
    return [m for m in cands if (i := bisect_right(starts, m.start) - 1) < 0 or m.start >= lines[i][1]]


def _scene(doc: Doc, start: int, end: int) -> Scene:
    sents = doc.sentences or split_sentences(doc.text)
    si = sentence_index(sents, start)
    line = line_span(doc.text, start)
    text_line = doc.text[line[0]:line[1]].rstrip()
    headline_like = len(text_line) < SHORT_LINE and not text_line.endswith((".", "!", "?", '"', "”"))
    rx, subject = event_words_of(doc)
    own = frozenset(m.lastgroup for m in rx.finditer(subject, max(0, start - 1), end + 1))  # its own words
    return Scene(doc, sents, si, line, start, end, trigger_families(doc.text, sents, si, own), headline_like,
                 "aftermath" in own)


def _refines(anchor: Optional[date], m: Mention, outer: Mention) -> bool:
    """``m`` is a single day within the period of ``outer`` (a month, a year, a weekend; for
    "last week", the fortnight before the anchor; for a holiday naming an occasion, a day
    within a week of it)."""
    v, o = m.value, outer.value
    if v.precision != "day" or v.end or v.start == o.start:
        return False
    if outer.flags.get("occasion"):  # the weekend before the holiday, or the small hours after it
        return abs((date.fromisoformat(v.start) - date.fromisoformat(o.start)).days) <= OCCASION_DAYS
    if outer.flags.get("week") and anchor is not None:
        return 0 <= (anchor - date.fromisoformat(v.start)).days <= 14
    last = o.end or o.start
    return o.start <= v.start[:len(o.start)] and v.start[:len(last)] <= last


def _rank(sc: Scene, m: Mention) -> Optional[float]:
    """Tier * 1000 + a distance; ``None`` when the mention cannot date this event."""
    mi = m.flags.get("sentence")
    if mi is None:
        mi = sentence_index(sc.sents, m.start)
    gap = mi - sc.si
    order = min(gap if sc.si == 0 else abs(gap) + 0.5 * (gap > 0), 90)
    r = _tier(sc, m, mi, gap, order)
    if r is not None and r < 5000 and _dates_later_step(sc, m, mi):
        # "died Friday after she was shot": the day of the death; far down the story, nothing
        return STEP_TIER + order * 10 if r < FAR_PLAIN else None
    return r


_WEEKDAY_WORD = re.compile(r"(?i)\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:yesterday|today|tonight|overnight)\b")
_CAME_AFTER = re.compile(r"\b(?:after|since|following)\b", re.I)
_WHO_CLAUSE = re.compile(r"\s(?:who|which)\s", re.I)
_CLAUSE_JOIN = re.compile(r",\s+(?:and|but|then)\b|;")  # a new clause begins (not ", killing two")
_CLAUSE_DATE_BEFORE = re.compile(r"\b(?:when|whose|where|who|which)\s+(?:[\w'’-]+\s+){1,10}?(?:on|in|since)\s+$")


def _tier(sc: Scene, m: Mention, mi: int, gap: int, order: float) -> Optional[float]:
    """The rank of :func:`_rank` before later steps are looked at (see the module doc)."""
    f = m.flags
    if f.get("compared") or f.get("aside"):
        return None  # "unlike any since 2009": a yardstick; "turns 6 on Sunday": a birthday
    same_line = sc.headline_like and sc.line[0] <= m.start < sc.line[1]
    if (f.get("speech") or f.get("procedure") and not sc.procedural) and not f.get("ordinal_day") \
            and not _names_event(sc, m, _own_words(sc, mi)):  # "police said the Dec. 12 shooting" names the event
        return None if f.get("future") else 5000 + order * 10
    if mi == sc.si or same_line:
        if f.get("since") and not _recent(sc.doc, m):  # "the deadliest since the 2012 attack": after nearby event dates
            return 3000 + abs(m.start - sc.trig) / 1e4
        penalty = 200 * bool(f.get("background")) - 50 * bool(f.get("ordinal_day")) + 100 * bool(f.get("attributive"))
        if sc.families and m.start > sc.trig and not _names_event(sc, m, _own_words(sc, mi)) \
                and _names_other(sc, m, mi):
            penalty += OTHERS_NAME  # "held a silent picket demanding the archives on the 1986 crackdown": the year names
            # the crackdown, a happening of another kind told after the picket, not the picket (but "the 2019 protest
            # movement, during which more than 600 people were killed": the killing's time, told before it)
        if f.get("dateline") and any(x is not m and _WEEKDAY_WORD.search(x.text)
                                     for x in sc.doc.context["timex_candidates"][2].get(mi, ())):
            penalty += 150  # "Cairo, Sept 21 — Hundreds gathered on Friday night": the day told against the
            # dateline, which dates the story's writing (but not "UPDATE (9/19/16): ... arrested ... in
            # connection with the shooting on July 4")
        if 0 <= sc.trig - m.end <= 2 and _CLAUSE_DATE_BEFORE.search(sc.doc.text, max(0, m.start - 90), m.start):
            penalty += 150  # "residents whose homes were wrecked when floodwaters swept through on April 2 blocked
            # the road on Sunday", "truckers who have occupied downtown Ottawa since Jan. 29, arresting 47 people ...
            # on Friday": the date closes a clause of its own before the trigger
        if f.get("since") and sc.trig < m.start and _WHO_CLAUSE.search(sc.doc.text, sc.trig, m.start):
            penalty += 150  # "pushed back truckers who have occupied downtown Ottawa since Jan. 29, arresting 47
            # people on Friday": the day a relative clause's state began, not the trigger's
        if f.get("ordinal_day") and m.end <= sc.trig and _CAME_AFTER.search(sc.doc.text, m.end, sc.trig):
            penalty += 300  # "riots broke out for a third night after police shot a teenager on Tuesday": the
            # run of nights came after the shooting, which its count does not date
        if f.get("counted_back") and (sc.trig < m.start or _CLAUSE_JOIN.search(sc.doc.text, m.end, sc.trig)):
            penalty += 300  # "gathered on Wednesday, 40 days after her death, and clashed with police": the day
            # counted back is the death's (what "after" governs), no other words'
        return penalty + abs(m.start - sc.trig) / 10
    if f.get("future") or (f.get("background") or f.get("since") or sc.fresh) and not _recent(sc.doc, m):
        return None  # (an old date in a report of fresh news, see Scene.fresh)
    if _published_stamp(sc.doc, m):
        return None
    # a day counted back ("Protests spread on Friday, a day after a rally in Mashhad") dates what it
    # follows: after a plain day told as near, where its sentence told the event's kind before it (not
    # "held on Sunday, a day after police said he shot his wife": the only day of the shooting's kind)
    lean = 5 * bool(f.get("counted_back") and any(w < m.start for w in _own_words(sc, mi)))
    if f.get("headline") or f.get("dateline") and mi <= 2:  # a dateline dates the story from its top
        return 1000 + lean + abs(m.start - sc.trig) / 1e4
    # "two weeks ago" out of the trigger's sentence tells background ("moved in about two weeks ago")
    near, other, told = (None, None, False) if f.get("ago") else _event_word_gaps(sc, m, mi)
    # a sentence far down the story, or an old year or month ("killed in 2012"): after every nearby day
    far = 2000 * (order > FAR and not told or m.value.precision != "day" and not _recent(sc.doc, m))
    close = CLOSE_CHARS * (1 + (order <= 1))  # the next sentence (a headline's lead) may say more between
    if near is not None and near <= close and (other is None or near <= other):
        return 2000 + far + lean + order * 10 + near / 1e4
    if near is not None:
        return 3000 + far + lean + order * 10 + near / 1e4
    holiday_talk = f.get("holiday") and not _recent(sc.doc, m)  # "celebrate St. Patrick's Day" in a sidebar
    lead = mi <= 1 and gap < 0 and abs(gap) <= LEAD_REACH and sc.doc.context.get("dateline") is not None
    # (a wire's lead under its dateline dates the paragraphs that tell that day's story after it)
    if (abs(gap) <= NEARBY or lead) and not holiday_talk and (m.value.precision == "day" or _recent(sc.doc, m)
                                                    or anchor(sc.doc) is None):
        if gap > 0 and _fronted(sc, m, mi):
            lean += FRONTED_LATER  # "Police said 25 students had been arrested. On Thursday, students in Saint-Louis
            # boycotted classes": a day that opens a later sentence sets the scene of what follows, not of what came before
        return 4000 + lean + order * 10 + abs(m.start - sc.trig) / 1e4  # not "nearly 30 years ago" in a profile
    if m.value.precision == "day" and _recent(sc.doc, m):
        return FAR_PLAIN + min(order, 19) * 10 + abs(m.start - sc.trig) / 1e6
    return None


FRONTED_LATER = 30  # three sentences' distance
_FRONTED = re.compile(r"\W*(?:(?:early|late|later|earlier)\s+)?(?:on\s+)?", re.I)


def _fronted(sc: Scene, m: Mention, mi: int) -> bool:
    """The date opens its sentence, set off by a comma: "On Thursday, students ...", "Late on Monday, ..."."""
    if not 0 <= mi < len(sc.sents):
        return False
    start = sc.sents[mi].start
    return m.start - start <= 12 and sc.doc.text.startswith(",", m.end) \
        and _FRONTED.fullmatch(sc.doc.text, start, m.start) is not None


OTHERS_NAME = 4500  # past every tier a date of another sentence may have


def _names_other(sc: Scene, m: Mention, mi: int) -> bool:
    """The date stands right before a word naming a happening of another kind ("the 1986 crackdown")."""
    others = [a for a, _, family in _sentence_event_words(sc.doc, sc.sents, mi)
              if family not in GENERIC and family not in sc.families and a > m.start]
    return _names_event(sc, m, others)


def _dates_later_step(sc: Scene, m: Mention, mi: int) -> bool:
    """The date follows a word of a later step ("died Friday", "hospitalized today", after an
    attack "arrested on Tuesday"), and names no happening of the event's kind itself ("died
    Friday's shooting victim" would). With no word of the event in the sentence, the date is
    the event's when its own word is that of what followed ("died"). A state held "since" the
    date ("in critical condition since Wednesday night") began with the event. (The same for
    every trigger of these families and reading: worked out once per report.)"""
    if m.flags.get("since") or m.flags.get("counted_back"):
        return False  # ("died Saturday, two days after he was shot": the day counted back is the shooting's)
    cache = sc.doc.context["timex_candidates"][8]  # (made anew with the report's candidates)
    key = (m.start, sc.families, sc.aftermath)
    got = cache.get(key)
    if got is None:
        got = cache[key] = _later_step(sc, m, mi)
    return got


def _later_step(sc: Scene, m: Mention, mi: int) -> bool:
    """:func:`_dates_later_step` of a date with no "since"."""
    step = step_before(sc.doc, sc.sents, m, mi)
    if step is None or step[1] != "any" and step[1] not in sc.families:
        return False
    own = [w for w in _own_words(sc, mi) if not step[2] <= w < m.start]
    return not _names_event(sc, m, own) and (bool(own) or not sc.aftermath)


def _own_words(sc: Scene, mi: int) -> list[int]:
    """Starts of the words of sentence ``mi`` naming the event's kind (any kind when the
    trigger's own is unknown)."""
    return [a for a, _, family in _sentence_event_words(sc.doc, sc.sents, mi)
            if family not in GENERIC and (family in sc.families or not sc.families)]


def _names_event(sc: Scene, m: Mention, own: list[int]) -> bool:
    """The date stands before a word naming the event: "Friday's shooting", "the May 3 attack";
    a possessive date before a few words of its own ("Sunday's west side mass shooting") (not
    "a day before Sunday's shooting")."""
    if m.get("shifted"):
        return False
    text = sc.doc.text
    rx = _NAMES_NEXT_OWN if text.endswith(("'s", "’s"), m.start, m.end) or text.startswith(("'s", "’s"), m.end) \
        else _NAMES_NEXT
    after = m.end + 1 if text.startswith(",", m.end) and text[m.end - 1:m.end].isdigit() \
        and text.endswith(("the ", "The "), 0, m.start) else m.end  # "the Nov. 1, 2013, attack"
    return any(a >= after and rx.fullmatch(text, after, a) for a in own)


# Between a date and the word it names: "Friday's shooting", "Friday night's fatal shooting"; after
# a possessive, up to three words that are no preposition, article or pronoun.
_NOT_MODIFIER = (r"(?!(?:with|in|at|on|for|from|by|of|to|after|before|and|as|about|over|into|the|a|an|his|her|their"
                 r"|its)\s)")
_NAMES_NEXT = re.compile(rf"(?i)(?:['’]s)?\s+(?:{_NOT_MODIFIER}[\w-]+\s+)?")
_NAMES_NEXT_OWN = re.compile(rf"(?i)(?:['’]s)?\s+(?:{_NOT_MODIFIER}[\w-]+\s+){{0,3}}")


def _event_word_gaps(sc: Scene, m: Mention, mi: int) -> tuple[Optional[int], Optional[int], bool]:
    """Characters from the date to the nearest word of the trigger's families in its sentence,
    and to the nearest word of another family ("arrested", "died"); and whether the sentence
    tells the event happened on the date (see :func:`_gaps`)."""
    if not sc.families or not 0 <= mi < len(sc.sents):
        return None, None, False
    cache = sc.doc.context.setdefault("timex_gaps", {})  # the same for every trigger of these families
    key = (m.start, sc.families)
    got = cache.get(key)
    if got is None:
        got = cache[key] = _gaps(sc, m, mi)
    return got


def _gaps(sc: Scene, m: Mention, mi: int) -> tuple[Optional[int], Optional[int], bool]:
    """:func:`_event_word_gaps`, and whether a word of the event and then a word telling it
    happened stand before the date, the latter a few words from it ("the shooting occurred
    around 9 p.m. Friday": the date says when, wherever the sentence stands)."""
    near = other = None
    kind = occurred = False
    for w_start, w_end, family in _sentence_event_words(sc.doc, sc.sents, mi):
        gap = max(w_start - m.end, m.start - w_end, 0)
        if family in sc.families:
            near = gap if near is None else min(near, gap)
            if w_end <= m.start:
                kind = kind or family != "occurrence"
                occurred = occurred or kind and family == "occurrence" and gap <= CLOSE_CHARS
        else:
            other = gap if other is None else min(other, gap)
    return near, other, occurred


def _recent(doc: Doc, m: Mention) -> bool:
    pub = anchor(doc)
    if pub is None or not m.value.start:
        return False
    start = m.value.start
    day = date.fromisoformat(start if len(start) == 10 else (start + "-01-01")[:10])
    return abs((pub - day).days) <= RECENT_DAYS


def _published_stamp(doc: Doc, m: Mention) -> bool:
    """The report's own date, written in its dateline or headline ("COUNTY NEWS RELEASE March 3,
    2019"): it dates the page, not what the story tells happened; unless it names a happening
    ("March 3 Shooting on Elm Street")."""
    f = m.flags
    return bool(f.get("dateline") or f.get("headline")) and _is_published(doc, m) and not names_happening(doc.text, m.end)


def _is_published(doc: Doc, m: Mention) -> bool:
    pub = anchor(doc)
    return pub is not None and m.value.start == pub.isoformat()


def _sentence_event_words(doc: Doc, sents, mi: int) -> list[tuple[int, int, str]]:
    """Event words of sentence ``mi`` (start, end, family), found once per document in the
    sentences that can matter: those near an event trigger and those holding a candidate date
    (a lead sentence below a few lines of captions still tells its date next to its words)."""
    cache = doc.context.get("timex_event_words")
    if cache is None or cache[0] is not sents:
        found: dict[int, list] = {}
        vocab = vocabulary()
        for a, b, i in vocab.scanner.finditer(doc.text, *focus_word_starts(doc, _scan_sentences(doc, sents))):
            found.setdefault(sentence_index(sents, a), []).append((a, b, vocab.families[i]))
        cache = doc.context["timex_event_words"] = (sents, found)
    return cache[1].get(mi, [])


def _scan_sentences(doc: Doc, sents) -> Optional[frozenset]:
    """The sentences :func:`_sentence_event_words` scans (None: the whole text): the ones
    holding a candidate date (only they are asked about); near the triggers too when the
    scan might differ on them: a word of an unscanned sentence might run on into a scanned one
    (its matches then start later), which takes a letter, space or hyphen just before it."""
    focus = focus_sentences(doc, reach=NEARBY)
    if focus is None:
        return None
    wanted = frozenset(_candidates(doc)[1])
    if sents is doc.sentences and vocabulary().plain and _cut_clean(doc.text, sents, wanted):
        return wanted
    return focus | wanted


def _cut_clean(text: str, sents, wanted: frozenset) -> bool:
    """Every run of ``wanted`` sentences begins the text or follows a character no event word
    can hold (spaces between sentences aside: "shot. Police"), nor its case-folded form."""
    for i in wanted:
        if not 0 <= i < len(sents):
            return False
        if i > 0 and i - 1 not in wanted:
            start = sents[i].start
            before = text[max(0, start - 8):start].rstrip(" ")
            if not before or not before[-1].isascii() or before[-1].isalpha() or before[-1] in " -":
                return False
    return True
