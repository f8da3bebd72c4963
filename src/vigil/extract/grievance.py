"""Grievances: the force, arrests or killings a protest is *about*, not what happened *at* it.

"Students marched over the police shooting of a man last week" tells two happenings: a march, and
an earlier shooting that is its grievance. Both are events, but the shooting is no intervention
against the march: the ACLED export must not fold it into the march's row (see
:mod:`vigil.export.acled`). A trigger is read as a grievance when a protest, strike or riot trigger
comes before it in its sentence and a cause word links the two ("over", "against", "to denounce",
"justice for", "angered by"), the trigger being the noun the cause word governs ("the killing",
"the arrests"; a verb such as "arrested" tells what happened next, not what it is about).
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..model import Doc, Evidence, Mention
from .caseless import Caseless

CROWD = ("protest", "strike", "riot")
FORCE = ("repression", "arrest", "attack", "disaster")  # ("marched over the train crash that killed 57")

_CAUSE = Caseless(
    r"\b(?:over|against|protesting|decrying|denouncing|condemning|mourning|"
    r"to (?:protest|decry|denounce|condemn|mourn)|(?:justice|accountability) for|"
    r"in (?:protest|response|reaction|outrage) (?:at|to|against|over)|"
    r"(?:angered|outraged|enraged|sparked|triggered|prompted|fuelled|fueled) (?:by|at|over))"
    r"\s+(?:(?:surge|rise|increase|wave|spate|string|series)\s+(?:in|of)\s+|"  # ("against a surge in immigration raids")
    r"(?!(?:and|but|as|when|while|where|after|before|then|with|during|on|in|at)\b)[\w'’-]+\s+){0,6}$")
# a demand to free the detained: their arrest is the grievance, whatever the word's form ("the release
# of detained classmates", "calling for the release of those arrested")
_RELEASE = Caseless(r"\b(?:demand\w*|call\w* for|urg\w*|seek\w*|sought)\s+(?:the\s+)?(?:release|freedom)\s+of\s+"
                    r"(?:(?!(?:and|but|as|when|while)\b)[\w'’-]+\s+){0,4}$")
_NOMINAL = re.compile(r"(?:ings?|tions?|arrests?|crackdowns?|violence|attacks?|raids?|deaths?|murders?|massacres?|"
                      r"crash(?:es)?|collapses?|disasters?|fires?|explosions?|blasts?|floods?|derailment|accidents?)$")


def mark_grievances(doc: Doc, triggers: list[Mention]) -> list[Mention]:
    """The triggers, those that name a crowd's grievance flagged ``grievance`` with the span
    from the cause word to the trigger's end. The crowd a grievance names ("the crackdown on
    protesters", "سرکوب معترضان") is part of the grievance, not a protest of its own."""
    first_crowd: dict[int, int] = {}
    last_crowd: dict[int, int] = {}
    for t in triggers:
        if t.value in CROWD:
            si = t.flags.get("sentence")
            first_crowd[si] = min(first_crowd.get(si, t.end), t.end)
            last_crowd[si] = max(last_crowd.get(si, t.start), t.start)
    if not first_crowd:
        return triggers
    out: list[Mention] = []
    grievance_end = -OBJECT_REACH - 1  # (the end of the last grievance: none yet)
    campaigns: set[str] = set()  # words of campaigns a crowd was about ("immigration raids"), dropped
    for t in triggers:
        si = t.flags.get("sentence")
        crowd_end = first_crowd.get(si)
        if campaigns and t.text.lower() in campaigns and _BACK.search(doc.text, max(0, t.start - 30), t.start) \
                and not _told_own_time_or_place(doc, t):
            continue  # "... criticised the 'cruelty' of the raids": the campaign named again
        if t.value == "protest" and 0 <= t.start - grievance_end <= OBJECT_REACH \
                and _OBJECT_OF_FORCE.fullmatch(doc.text, grievance_end, t.start):
            continue  # "in protest at the crackdown on protesters": the grievance's own words
        if t.value == "protest" and not t.text.isascii() and _FORCE_ON_CROWD_FA.search(doc.text, max(0, t.start - 60), t.start):
            continue  # "در اعتراض به کشتار معترضان" (in protest at the killing of protesters): the grievance's crowd
        if t.value in FORCE and crowd_end is not None and crowd_end <= t.start \
                and _NOMINAL.search(t.text.lower()):
            window_start = max(crowd_end, t.start - 90)
            m = _CAUSE.search(doc.text[window_start:t.start])
            if m is None and doc.text.endswith(" and ", 0, t.start) and _OF_BY.match(doc.text, t.end):
                m = _CAUSE.search(doc.text[window_start:t.start - 4])  # "to protest extortion and killings of drivers"
        elif t.value == "arrest" and crowd_end is not None and crowd_end <= t.start:
            window_start = max(crowd_end, t.start - 90)  # "demanding the release of detained classmates"
            m = _RELEASE.search(doc.text[window_start:t.start])
            if m:  # "to demand the release of two colleagues jailed under a decree", "of colleagues detained last
                t = replace(t, extra=t.extra + (("held", True),))  # month": those held are the crowd's cause, a
                # state that lasts: their figure is theirs, but no arrest the report tells (see vigil.extract.events)
        elif t.value in FORCE and si in first_crowd and t.text.isascii() \
                and (m := _MOURNED.search(doc.text[max(0, t.start - 60):t.start])):
            window_start = max(0, t.start - 60)  # "the funeral of a young man killed by police turned into a protest"
        elif t.value in FORCE and last_crowd.get(si, -1) > t.end and not t.text.isascii():
            window_start = max(0, t.start - 60)  # Persian tells the cause before the crowd's verb: "در اعتراض به
            m = _CAUSE_FA.search(doc.text[window_start:t.start])  # سرکوب معترضان مغازه‌ها را بستند"
        else:
            m = None
        if m and (_CAMPAIGN.fullmatch(t.text) or _WAVE_OF.search(doc.text, max(0, t.start - 50), t.start)
                  and t.text.lower() in _MANY_ARRESTS) and not _told_own_time_or_place(doc, t):
            grievance_end = t.end
            campaigns.add(t.text.lower())
            continue  # "in protest at the crackdown on protesters": the state's campaign, no happening of a day
        if m:
            t = replace(t, extra=t.extra + (("grievance", (window_start + m.start(), t.end)),))
            grievance_end = t.end
        elif out and "grievance" in out[-1].flags and 0 <= t.start - grievance_end <= OBJECT_REACH \
                and _RELATIVE_TAIL.fullmatch(doc.text, grievance_end, t.start):
            t = replace(t, extra=t.extra + (("grievance", (out[-1].flags["grievance"][0], t.end)),))
            grievance_end = t.end  # "over the train crash that killed 57": the crash's own words
        out.append(t)
    return out


# a word naming the state's campaign rather than one happening ("the crackdown", "immigration raids", "سرکوب")
_BACK = re.compile(r"\b(?:the|these|those|such)\s+(?:[\w'’\"“”-]+\s+){0,2}$", re.I)
_OF_BY = re.compile(r"\s+(?:of|by)\s")
# arrests told as a wave, not one day's: "to denounce a wave of immigration arrests in the city"
_WAVE_OF = re.compile(r"\b(?:wave|spate|string|series|surge|rise|increase)\s+(?:of|in)\s+(?:[\w'’-]+\s+){0,2}$", re.I)
_MANY_ARRESTS = frozenset({"arrests", "detentions"})
_CAMPAIGN = re.compile(r"(?i:crackdowns?|repression|raids|killings|abductions|kidnappings|disappearances)|سرکوب(?:[\u200c ]?(?:های|ها))?")


def _told_own_time_or_place(doc: Doc, t: Mention) -> bool:
    """Whether the grievance's own clause tells a date or a place after its word ("the crackdown
    in Zahedan on Friday": a happening)."""
    stop = _clause_end(doc, t.end, doc.sentences[t.get("sentence")].end)
    told = doc.dates if t.text.lower() == "raids" else (*doc.dates, *doc.places)  # (raids in a town: a campaign there)
    return any(t.end <= x.start < stop for x in told)


# a crowd mourning the dead of a force told before: "the funeral of a young man killed by police"
_MOURNED = Caseless(r"\b(?:funerals?|burials?|memorials?|wakes?|vigils?|mourners|mourning|commemorations?)\s+(?:service\s+)?"
                    r"(?:of|for)\s+(?:(?!(?:and|but|as|when|while|after|on|in|at)\b)[\w'’-]+\s+){1,5}$")
OBJECT_REACH = 30  # characters from a grievance's force word to the crowd it names
_RELATIVE_TAIL = re.compile(r",?\s+(?:that|which)\s+(?:(?:had|has|have|was|were|also|reportedly)\s+)*", re.I)
# "the crackdown on protesters", "violence against peaceful demonstrators", "سرکوب معترضان"
_OBJECT_OF_FORCE = re.compile(r"\s*(?:(?:on|against|of|upon|targeting)\s+)?(?:(?:the|peaceful|unarmed|young|student)\s+)*", re.I)
# Persian cause words: "in protest at" (در اعتراض به), "following" (در پی), "because of" (به دلیل),
# "against" (علیه), "condemning" (در محکومیت)
_CAUSES_FA = r"(?:در[\u200c ]?اعتراض[\u200c ]?به|در[\u200c ]?پی|به[\u200c ]?دلیل|علیه|در[\u200c ]?محکومیت)"
_CAUSE_FA = re.compile(_CAUSES_FA + r"\s+(?:\S+\s+){0,4}$")

# ... and the force done to a crowd, right before the crowd's word: "کشتار" (killing), "سرکوب"
# (crackdown), "بازداشت"/"دستگیری" (arrest), "قتل" (murder), "اعدام" (execution), "کشته شدن" (the killing of)
_FORCE_ON_CROWD_FA = re.compile(_CAUSES_FA + r"\s+(?:\S+\s+){0,2}(?:کشتار|سرکوب|بازداشت|دستگیری|قتل|اعدام|کشته[\u200c ]?شدن)(?:[\u200c ]?(?:های|ها))?\s+$")


_CLAUSE_END = re.compile(r"[,;:.!?]|\s[-–—]\s")
# the crowd's own verb after its grievance: the clause's rest tells the crowd's event again
_CROWD_VERB = re.compile(r"\b(?:spread|spreads|spreading|erupted|erupts|broke\s+out|continued|continues|entered|"
                         r"enters|swept|sweeps|grew|drew|turned\s+violent|turned\s+into|took\s+place|(?:were|was)\s+held)\b")


def _clause_end(doc: Doc, at: int, sentence_end: int) -> int:
    """Where a grievance's clause from ``at`` ends: at its clause's end, or at the crowd's own verb
    after it ("Riots over the police killing of a teenager erupted in Marseille on Friday", "protests
    against the raids entered their third day on Sunday": the crowd's day)."""
    m = _CLAUSE_END.search(doc.text, at, sentence_end)
    stop = m.start() if m else sentence_end
    verb = _CROWD_VERB.search(doc.text, at, stop)
    return verb.start() if verb else stop


def grievance_regions(doc: Doc) -> list[tuple[int, int]]:
    """Where the report tells its crowds' grievances: from each cause word to the end of its
    clause ("over the police shooting of a man last week"). A date there dates the grievance,
    not the protest; computed once per report from the flagged triggers."""
    regions = doc.context.get("grievance_regions")
    if regions is None:
        regions = []
        for t in doc.triggers:
            span = t.get("grievance")
            if span is not None:
                stop = _clause_end(doc, span[1], doc.sentences[t.get("sentence")].end)
                crowd = [c.start for c in doc.triggers if c.value in CROWD and span[1] <= c.start < stop]
                regions.append((span[0], min(crowd, default=stop)))  # ("the funeral of a man killed by police
                # turned into a protest on Saturday": the protest's day)
        doc.context["grievance_regions"] = regions
    return regions


def grievance_evidence(doc: Doc, triggers: list[Mention]) -> list[Evidence]:
    """Evidence that an event is a crowd's grievance: the cause words, when every trigger of the
    event is read so (an event also told as happening at the protest is not only a grievance)."""
    spans = [t.get("grievance") for t in triggers]
    if not spans or any(s is None for s in spans):
        return []
    a, b = spans[0]
    return [Evidence(doc.report.id, a, b, doc.text[a:b], method="context:grievance")]

