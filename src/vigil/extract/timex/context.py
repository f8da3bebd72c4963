"""What the words around a date say about it: ahead in time, the date of a statement, background,
a byline stamp, a dateline or a headline. Each test looks at a short window of the date's own
sentence or line, so the cost stays per mention, not per character.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from . import persian
from .cues import words
from .grammar import Grammar

# Before a dateline date: a few capitalised words and punctuation ("FRANKLIN (", "Yasuj, Iran. ",
# "#Iran - "), ending in punctuation; after it: punctuation that closes the dateline.
TENSE_WORDS = 16  # how far back a tense cue may stand
PERSIAN_VERB_REACH = 100  # how far after a Persian date its clause's verb may stand
PROCEDURE_NEAR = 5  # words a procedure word may stand before a date, whatever stands between
PROCEDURE_FAR = 12  # words it may stand before it with only its object between
FRONT_BEFORE = 4  # words that may stand before a date opening its clause ("earlier in the day")
FRONT_WORDS = 8  # words of a speaker between such a date and its speech verb
CAUSE_WORDS = frozenset({"after", "following", "since"})  # a future cue before these does not reach the date
SERVICE_WORDS = frozenset({"prayers", "prayer", "mass", "services", "sermon", "sermons"})  # "after Friday prayers": a time of day
# What a possessive date names that is held on a day set ahead: "a boycott of Friday's election" may
# be ahead (a shooting named so is past: "will recover from Thursday night's shooting")
SCHEDULED_WORDS = frozenset({"election", "elections", "vote", "poll", "polls", "referendum", "runoff", "match", "game",
                             "final", "summit", "meeting", "session", "parade", "ceremony", "inauguration", "race",
                             "hearing", "trial", "verdict", "congress", "convention", "visit"})
# Words of a comparison before "since": "unlike any since 2009", "the largest since 1979"
COMPARED = frozenset({"any", "largest", "biggest", "deadliest", "worst", "first", "most", "highest", "lowest", "greatest",
                      "strongest", "bloodiest", "widest", "unlike", "unseen", "unprecedented"})
# Right before a date that tells no happening of the story: a birthday ("the boy who was shot turns
# 6 on Sunday"), a message left for comment ("A message seeking comment was left Tuesday")
ASIDE_BEFORE = re.compile(r"(?:\bturns?\s+\d{1,3}(?:[- ]years?[- ]old)?|\bbirthday|\bcomment\s+(?:was|were)\s+(?:left|sent)"
                          r"(?:\s+with\s+[\w'’ ]{1,40}?)?)\s+(?:on\s+)?$", re.I)
PAST_AUXILIARIES = frozenset({"had", "was", "were", "hadn't", "wasn't", "weren't"})
NEAR_GAP = frozenset({"the", "this", "next", "early", "late", "mid", "coming", "end", "on", "at", "of"})  # "by the 14th"
RAW_WORD = re.compile(r"[\w'’.]+")
DATELINE_BEFORE = re.compile(r"(?:[\W_]*[A-Z#][\w.'’#-]*){0,5}[\s]*[(,.:;\-–—|#]\s*|\s*")
STAMP_REST = re.compile(r"[\W_]*(?:(?:update[ds]?|posted|published)\b[\W_]*)?"  # "UPDATE SATURDAY 5:45 AM"
                        r"(?:(?:at\s+)?\d{1,2}[:.]\d\d(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)?[\W_]*", re.I)
DATELINE_AFTER = re.compile(r"\s*(?:[()\-–—:.|/]|$)")
PARTIAL_WORD = re.compile(r"\w*")
PASSIVE_BE = frozenset({"was", "were", "been", "being"})  # "was reported": a happening, not a statement
AHEAD_BE = frozenset({"will", "to", "shall"})
SPEECH_NOUN_MODIFIERS = frozenset({"press", "news"})  # "Monday's news conference": a statement's date  # "will be", "to be" ("he'll be"): a participle after them is ahead


class Cues(NamedTuple):
    tense: int = 0  # +1 ahead of the anchor, -1 past clause, -2 next to a past verb, 0 unknown
    speech: bool = False
    procedure: bool = False
    background: bool = False
    since: bool = False
    compared: bool = False  # "unlike any since 2009", "the largest since 1979": a yardstick, never the event's date
    aside: bool = False  # "turns 6 on Sunday", "a message seeking comment was left Tuesday": never the event's date
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


def cues(g: Grammar, text: str, w: Where, start: int, end: int, tense: bool = True, recent: bool = False) -> Cues:
    """The cues of the date at ``[start, end)``; ``tense`` only when it needs one (a weekday, a
    yearless date: explicit and relative dates place themselves). ``recent``: a weekday or a
    word like "today", the way news dates a statement ("On Friday, police said ..."); a full
    date opening a clause before "investigators said" dates what they said happened."""
    before = text[max(w.sent_start, w.line_start, start - 120):start]
    clause = before[_clause_start(before):]
    bw = words(clause)
    after = text[end:min(w.sent_end, end + 40)]
    aw = words(after[:_clause_end(after)])
    front = _fronted(g, text, w, bw, end) if recent else ""
    return Cues(
        tense=(_persian_future(g, text, w, start, end) or _tense(g, bw, aw, text[start:end].endswith(("'s", "’s")),
                                                                  after.startswith(","))) if tense else 0,
        speech=_speech(g, clause[-60:], aw if _speech_after(g, bw, after) else []) or front == "speech",
        procedure=_procedure(g, bw) or front == "procedure",
        background=g.background.any_in(bw if ", " not in clause else words(clause[clause.rfind(", ") + 2:]), 14),
        # (not across a comma: "On the anniversary of the 2019 protests, merchants shut their shops on Tuesday")
        since=(since := bool(bw) and (bw[-1] == "since" or bw[-1] == "the" and bw[-2:-1] == ["since"])),
        compared=since and not COMPARED.isdisjoint(bw[-6:]),
        aside=ASIDE_BEFORE.search(before[-80:]) is not None,
        byline=_byline(g, text, w, start, end),
        dateline=_dateline(text, w, start, end),
        headline=w.first_line,
    )


def _procedure(g: Grammar, bw: list[str]) -> bool:
    """A procedure word right before the date ("appeared in court Monday"), or further back with
    only its object between ("charged John Doe, 31, with murder on Saturday", "bond was set at $1
    million Thursday"). A past verb or a word opening another clause between ("charged after he
    shot a man Saturday", "charged in the death of a man who was shot Saturday") leaves the date
    to what that clause tells, and so does another date ("pleaded guilty Monday to the Aug. 20
    shooting")."""
    if g.procedure.any_in(bw, PROCEDURE_NEAR):
        return not _scene_or_patient(g, bw)
    n = len(bw)
    for j in range(n - 1, max(-1, n - PROCEDURE_FAR - 1), -1):
        w = bw[j]
        if w in g.procedure_far:
            return True
        if w in g.clause_openers or w in g.date_words or w not in g.auxiliaries and g.past.hit(w) \
                and g.past.ends_at(bw, j):
            return False
    return False


_BUILDING_WORDS = frozenset({"building", "buildings", "house", "houses", "complex", "compound", "premises", "offices"})


def _scene_or_patient(g: Grammar, bw: list[str]) -> bool:
    """The procedure word nearest the date is a gathering that was the scene of the event ("a
    gunman opened fire at a vigil Monday evening", "shot during a funeral Saturday"): the date
    is the gathering's and the event's; or a patient's release ("treated and released from an
    area hospital Saturday"): a later step of the victim's (see the event date's choice), not a
    court's."""
    for j in range(len(bw) - 1, max(-1, len(bw) - PROCEDURE_NEAR - 1), -1):
        if g.procedure.ends_at(bw, j):
            if not g.care_places.isdisjoint(bw[j + 1:]):
                return True
            if j + 1 < len(bw) and bw[j] == "court" and bw[j + 1] in _BUILDING_WORDS:
                return True  # "set a court building on fire on Thursday": a building, the scene of the deed
            return bw[j] in g.gatherings and not g.scene_words.isdisjoint(bw[max(0, j - 3):j])
    return False


def _persian_future(g: Grammar, text: str, w: Where, start: int, end: int) -> int:
    """+1 when a Persian future auxiliary follows the date in its sentence ("روز پنجشنبه در
    شیراز تجمع خواهند کرد": will gather on Thursday): Persian puts the verb last, after the date;
    or when "برای" (for) stands right before it ("فراخوان تجمع برای پنجشنبه")."""
    if not g.future_fa or text[end - 1:end].isascii():
        return 0
    after = text[end:min(w.sent_end, end + PERSIAN_VERB_REACH)]
    if any(x in g.future_fa for x in after.split()):
        return 1
    return 1 if persian.word_before(text, start) in g.future_before_fa else 0


def _clause_start(before: str) -> int:
    """Where the clause holding the date begins: after the last "; ", ": " or ". " (a stop
    after initials, "P. Davison", does not count)."""
    cut = max(before.rfind("; "), before.rfind(": "))
    i = len(before)
    while True:
        i = before.rfind(". ", cut + 1, i)
        if i < 2 or before[i - 2:i].islower() and before[i - 2:i].isalpha():
            break
    return max(cut, i) + 2 if max(cut, i) >= 0 else 0


def _clause_end(after: str) -> int:
    ends = [k for k in (after.find("; "), after.find(": "), after.find(". ")) if k >= 0]
    return min(ends) if ends else len(after)


def _tense(g: Grammar, bw: list[str], aw: list[str], possessive: bool = False, comma_after: bool = False) -> int:
    """+1 when the date is ahead: a deadline word right before it ("by Jan. 14", "payable
    Dec. 1") or a future cue last in its clause ("will gather on June 30"; not a noun that
    looks like one: "got a call for a shooting at 7 p.m. Tuesday"); -1 when a past cue
    is last before it ("was killed Monday"); -2 when a past verb stands right next to it
    ("shot at 10 p.m. Friday", "Thursday refused", "until Thursday they had"), which outweighs
    the cues further back. A possessive date names a happening of its own ("will recover from
    Thursday night's shooting"): the clause's future does not move it, nor one after a word
    telling a cause ("is expected to recover after an early Saturday shooting"). A request
    for comment before the date (see :func:`_comment_request`) is past, whatever stands in it."""
    if aw and not comma_after and aw[0] not in g.speech and g.past.ends_at(aw, 0) == 1 or _past_next(g, bw):
        return -2  # (a past verb after a comma is another clause's: "would walk out on Monday, followed by those in Vancouver")
    fut, past = g.future, g.past
    lasts, heads, tails = g.tense_words
    asked = _comment_request(g, bw)
    hits = [i for i in range(max(asked + 1, len(bw) - TENSE_WORDS), len(bw))
            if bw[i] in lasts or bw[i].endswith(tails) or bw[i].startswith(heads)]
    if asked < 0 and _called_for(g, bw):
        return 1
    for i in reversed(hits):
        if (n := fut.ends_at(bw, i)) and not g.not_future.ends_at(bw, i) and not _calls_for_aid(g, bw, i) \
                and not (bw[i] == "on" and i == len(bw) - 1):  # ("police were called on Sunday": the call's day)
            if possessive and SCHEDULED_WORDS.isdisjoint(aw[:3]) or not CAUSE_WORDS.isdisjoint(bw[i + 1:]) and not (
                    aw and aw[0] in SERVICE_WORDS and bw[-1] in CAUSE_WORDS and CAUSE_WORDS.isdisjoint(bw[i + 1:-1])):
                break  # (but "will hold rallies after Friday prayers" is a time, not a cause)
            if _reduced_relative(g, bw, i - n + 1):
                continue  # (the past verb before it is found next)
            return 1
        if past.ends_at(bw, i):
            break
    else:
        i = asked
    n = len(bw)
    if asked < 0 and n and (g.future_near.ends_at(bw, n - 1) or n > 1 and bw[n - 1] in NEAR_GAP and g.future_near.ends_at(bw, n - 2)):
        # "by Jan. 14", "by next Friday"; not "a drive-by shooting Thursday", nor in a past clause
        # ("By Sunday night, police had not made an arrest", "discharged by Monday and a fourth was")
        return -1 if any(x in PAST_AUXILIARIES for x in aw) else 1
    return -1 if i >= 0 else 0


CALL_VERBS = frozenset({"called", "calls", "call", "calling", "announced", "announces", "announcing", "set", "planned",
                        "plans", "organised", "organized", "scheduled", "summoned"})
CALLED_NOUNS = frozenset({"strike", "strikes", "protest", "protests", "march", "marches", "rally", "rallies", "demonstration",
                          "demonstrations", "walkout", "walkouts", "stoppage", "shutdown", "hartal", "bandh", "sit-in",
                          "boycott", "gathering", "vigil"})
CALL_REACH = 10  # words a call may stand before "for" and its date ("called a larger march through downtown Chicago for Sunday")


def _called_for(g: Grammar, bw: list[str]) -> bool:
    """The date follows "for" after a call, with the called happening between ("organisers have
    called a larger march through downtown Chicago for Sunday", "announced a general strike for
    Monday"): the day set for it, ahead. Not past another past verb ("called police after a man
    was shot for ...")."""
    n = len(bw)
    if n < 3 or bw[-1] != "for" and not (bw[-1] == "on" and bw[-2] in CALLED_NOUNS):
        return False  # ("has called a nationwide general strike on January 21": on the day set for it, too)
    for j in range(n - 2, max(-1, n - 2 - CALL_REACH), -1):
        w = bw[j]
        if w in CALL_VERBS:
            return j < n - 2  # (something called between: "called for Sunday" is the "call* for" cue's)
        if w in BE_WORDS or g.past.ends_at(bw, j):
            return False
    return False


def _reduced_relative(g: Grammar, bw: list[str], k: int) -> bool:
    """The future cue starting at ``bw[k]`` is a participle after a noun, in a clause whose verb
    is past ("soldiers fired on members of a sect preparing to protest in Goma on Wednesday"):
    it tells what the people were about to do, not when; the clause's past verb dates it."""
    if not bw[k].endswith("ing") or k == 0 or bw[k - 1] in BE_WORDS:
        return False
    past = g.past
    return any(past.ends_at(bw, j) and bw[j] not in BE_WORDS for j in range(max(0, k - TENSE_WORDS), k - 1))


BE_WORDS = frozenset({"is", "are", "was", "were", "be", "been", "being", "am", "'re", "’re"})


def _calls_for_aid(g: Grammar, bw: list[str], i: int) -> bool:
    """The future cue ending at ``bw[i]`` is "for" asking for aid ("called for an ambulance
    Sunday", "calling for help"): a call made then, not one for something to come."""
    if bw[i] != "for":
        return False
    j = i + 1 + (bw[i + 1:i + 2] in (["a"], ["an"], ["the"]))
    return j < len(bw) and bw[j] in g.aid_requests


def _comment_request(g: Grammar, bw: list[str]) -> int:
    """Where the last request for comment before the date ends ("could not be reached for
    comment", "did not return calls for comment"), or -1: the cues before it belong to the
    request, a past attempt ("could not be reached for comment Sunday" is no plan for Sunday)."""
    req = g.comment_requests
    if req.lasts.isdisjoint(bw):  # (nearly always: one C-level test)
        return -1
    for i in range(len(bw) - 1, max(-1, len(bw) - TENSE_WORDS - 1), -1):
        if bw[i] in req.lasts and req.ends_at(bw, i):
            return i
    return -1


def _past_next(g: Grammar, bw: list[str]) -> bool:
    """A past verb before the date with only small words or a time between; not a participle
    after "will be" or "to be" ("autopsies will be performed Tuesday", "is to be arraigned
    Monday": ahead; "could not be located Wednesday" stays past)."""
    j = len(bw) - 1
    while j >= 0 and (bw[j] in g.past_gap or bw[j][:1].isdigit()):
        j -= 1
    return j >= 0 and bw[j] not in g.speech and bool(g.past.ends_at(bw, j)) \
        and not (j >= 2 and bw[j - 1] == "be" and (bw[j - 2] in AHEAD_BE or bw[j - 2].endswith(("'ll", "’ll"))))


def _speech(g: Grammar, before: str, aw: list[str]) -> bool:
    """A speech verb right before the date, maybe past a few small words, a name and one other
    word ("told KHOU late Monday", "announced charges Sunday"), or right after it ("Saturday
    said", "a Monday news conference", see :func:`_speech_after`)."""
    raw = RAW_WORD.findall(before)
    loose = 1  # one word of any kind may stand between: "announced charges Sunday"
    for k, tok in enumerate(reversed(raw)):
        low = tok.lower()
        if low in g.speech:  # not a happening "reported" ("a shooting was reported Sunday")
            return not (low == "reported" and len(raw) > k + 1 and raw[-k - 2].lower() in PASSIVE_BE)
        if k >= 5:
            break
        if not (low in g.speech_fillers or tok[:1].isupper()):
            if not loose or not low.isalpha():
                break
            loose -= 1
    k = 1 if aw[:1] in (["'s"], ["’s"]) else 0
    while k < len(aw) - 1 and aw[k] in SPEECH_NOUN_MODIFIERS:  # "Saturday night press conference"
        k += 1
    return k < len(aw) and aw[k] in g.speech


def _speech_after(g: Grammar, bw: list[str], after: str) -> bool:
    """May a speech verb after the date make it a statement's? Not past a comma ("killed him
    on Nov. 6, said the prosecutor"), nor when a past verb stands right before the date: "the
    shooting that occurred early Friday said he heard" dates the shooting."""
    return (after.lstrip()[:1].isalnum() or after[:1] in "'’") and not _past_next(g, bw)


def _fronted(g: Grammar, text: str, w: Where, bw: list[str], end: int) -> str:
    """A date opening its clause, then a speaker and a speech verb ("speech": "On Friday, the
    sheriff's office said ...", "Tuesday evening police said ...") or a procedure ("procedure":
    "On Wednesday, his bail was set ..."); else "". Not when commas set the verb off ("On Friday,
    police said, a man was shot"), nor past a word that is neither a name nor a speaker's ("On
    Friday, a man told ..." may tell the event)."""
    if len(bw) > FRONT_BEFORE or not all(x in g.fronting for x in bw):
        return ""
    for k, tok in enumerate(RAW_WORD.finditer(text, end, min(w.sent_end, w.line_end, end + 100))):
        low = tok.group().lower()
        if low in g.speech:
            return "speech" if k > 0 and not text.startswith(",", tok.end()) else ""
        if low in g.procedure_far:
            return "procedure" if k > 0 else ""
        if k >= FRONT_WORDS or not (tok.group()[:1].isupper() or low in g.speakers):
            return ""
    return ""


_COPYRIGHT = re.compile(r"(?i)(?:copyright|©|\(c\))\s*(?:\d{4}\s*[-–]\s*)?$")


def _byline(g: Grammar, text: str, w: Where, start: int, end: int) -> bool:
    """A publication stamp: a byline word or time zone on a short line, or a byline word just
    before the date on a long one ("... in the hand Thursday night. (Published Friday, April 8,
    2016)"; not "at 9:56 p.m. CT on Saturday"), a copyright year anywhere; or a line holding
    only the date and a time."""
    if w.line_end - w.line_start < 100:
        return bool(g.byline.search(text, w.line_start, w.line_end)) or _stamp(text, w, start, end)
    if _COPYRIGHT.search(text, max(w.line_start, start - 16), start):
        return True  # "... as soon as we get them. Copyright 2017 MSNewsNow. All rights reserved."
    a = max(w.line_start, start - 25)
    if a > w.line_start and text[a - 1].isalnum():  # not from inside a word: "...Street at" is no "ET" time zone
        a = PARTIAL_WORD.match(text, a, start).end()
    window = text[a:start]
    return any(c in window for c in "(:|@") and bool(g.byline_words.search(window))


def _stamp(text: str, w: Where, start: int, end: int) -> bool:
    """A line holding only the date, maybe with a time and a stamp word: "November 25, 2016 01:30
    PM", "UPDATE SATURDAY 5:45 AM"."""
    rest = text[w.line_start:start] + " " + text[end:w.line_end]
    return bool(STAMP_REST.fullmatch(rest))


def _dateline(text: str, w: Where, start: int, end: int) -> bool:
    if start - w.line_start > 45:
        return False
    return bool(DATELINE_BEFORE.fullmatch(text, w.line_start, start)
                and DATELINE_AFTER.match(text, end, w.line_end))
