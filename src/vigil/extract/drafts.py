"""Drafts of events and the parts of a finished event that are read off the text: its counts by
kind, its evidence (trigger sentences, and the words behind its place, date, actors and issues),
its actors with their roles for the event's type, and its confidence.

:mod:`.events` decides which drafts a report holds; this module says what each one cites.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from typing import Optional

from ..model import Actor, Claim, Doc, EventDate, Evidence, Mention, Place
from .places import nationwide_words

VICTIM_ROLE = {"repression": "target", "arrest": "target", "attack": "target"}


@dataclass
class Draft:
    """An event under construction inside one report."""

    type: str
    subtype: Optional[str]
    status: str
    place: Place
    date: EventDate
    triggers: list[Mention] = field(default_factory=list)
    sentences: set[int] = field(default_factory=set)
    date_words: Optional[Mention] = None  # the date mention that states ``date`` (None: publication date)

    def add(self, trig: Mention) -> None:
        self.triggers.append(trig)
        self.sentences.add(trig.flags.get("sentence"))


def counts_by_kind(claims: list[tuple[Claim, str]]) -> tuple:
    """Claims by kind; a figure repeated with the same source is kept once (its first mention)."""
    by_kind: dict[str, list[Claim]] = {}
    seen: set[tuple] = set()
    for c, kind in claims:
        key = (kind, c.low, c.high, c.claimed_by)
        if key not in seen:
            seen.add(key)
            by_kind.setdefault(kind, []).append(c)
    return tuple((k, tuple(v)) for k, v in by_kind.items())


def trigger_evidence(doc: Doc, d: Draft) -> list[Evidence]:
    """The sentence of each of the draft's triggers."""
    rid, out = doc.report.id, []
    for t in d.triggers:
        sent = doc.sentences[t.flags.get("sentence")]
        out.append(Evidence(rid, sent.start, sent.end, sent.text, method=f"trigger:{t.text.lower()}"))
    return out


def actor_words(doc: Doc, d: Draft) -> list[tuple[Mention, str]]:
    """Each of the event's actors once: its first mention in the event's sentences and its
    role read for the event's type."""
    seen: set[str] = set()
    words: list[tuple[Mention, str]] = []
    for m, si in zip(doc.actors, doc_index(doc).actor_sentences):
        if si not in d.sentences:
            continue
        actor: Actor = m.value
        role = actor.role
        if role == "participant" and d.type in VICTIM_ROLE:
            role = VICTIM_ROLE[d.type]
        if role == "perpetrator" and d.type in ("protest", "strike"):
            continue
        if _SOURCE_AFTER.match(doc.text, m.end) or _SOURCE_BEFORE.search(doc.text, max(0, m.start - 16), m.start):
            continue  # "..., police said", "according to police": who tells it, not who took part
        if role == "perpetrator" and actor.name in STATE_FORCES and (_BYSTANDER_AFTER.match(doc.text, m.end) or _HEADLINE_SOURCE.match(doc.text, m.end)
                                      and (m.start == 0 or doc.text[m.start - 1] == "\n")):
            continue  # "police are investigating the shooting", "Police: suspect argued ...": after it, or its teller
        if role == "perpetrator" and d.type == "riot":
            role = "target"  # "rioters clashed with police": the side the crowd fought, not the crowd
        if actor.name not in seen:
            seen.add(actor.name)
            words.append((m, role))
    return words


_SOURCE_AFTER = re.compile(r"\s+(?:(?:have|has|had)\s+)?(?:said|say|says|reported|told|stated|announced|confirmed|added)\b")
_BYSTANDER_AFTER = re.compile(r"\s+(?:(?:are|were|is|was|have|has|had)\s+(?:still\s+|now\s+)?)?(?:investigat(?:e|es|ed|ing)|"
                              r"search(?:es|ed|ing)?|looking\s+for|respond(?:s|ed|ing)?|arriv(?:e|es|ed|ing)|"
                              r"found|believe[sd]?|identif(?:y|ied|ies|ying)|(?:been\s+)?called|seek(?:s|ing)?|"
                              r"ask(?:s|ed|ing)|urg(?:e|es|ed|ing)|describ(?:e|es|ed)|declined|do\s+not|did\s+not|"
                              r"don['’]t|have\s+not|haven['’]t)\b", re.I)
STATE_FORCES = frozenset({"security forces", "IRGC"})  # who may come to a scene as responders, not its authors
_HEADLINE_SOURCE = re.compile(r"\s*:")
_SOURCE_BEFORE = re.compile(r"\baccording\s+to\s+(?:the\s+)?(?:\w+\s+)?$", re.I)


def value_evidence(doc: Doc, d: Draft, actor_words: list[tuple[Mention, str]],
                    issue_hits: list[tuple[int, int, str]]) -> list[Evidence]:
    """The words behind the event's place, date, actors and issues (a date that fell back to
    the publication date has none: its ``basis`` says so)."""
    rid, text, out = doc.report.id, doc.text, []
    placed = _place_words(doc, d)
    if placed is not None:
        a, b, how = placed
        out.append(Evidence(rid, a, b, text[a:b], method=f"place:{how}"))
    if d.date_words is not None:
        m = d.date_words
        out.append(Evidence(rid, m.start, m.end, m.text, method=f"date:{m.method}"))
    out += [Evidence(rid, m.start, m.end, m.text, method=f"actor:{role}") for m, role in actor_words]
    seen: set[str] = set()
    for a, b, label in issue_hits:
        if label not in seen:
            seen.add(label)
            out.append(Evidence(rid, a, b, text[a:b], method=f"issue:{label}"))
    return out


def _place_words(doc: Doc, d: Draft) -> Optional[tuple[int, int, str]]:
    """Where the text names the event's place: the mention of that place nearest the event's
    triggers (``sentence`` when inside the event's own sentences, else ``document``), or the
    words that say it was nationwide."""
    p = d.place
    spans = [(doc.sentences[i].start, doc.sentences[i].end) for i in sorted(d.sentences)]
    if p.nationwide:
        for a, b in spans:
            if (got := nationwide_words(doc, a, b)) is not None:
                return got[0], got[1], "nationwide"
        return None
    if p.precision is None:
        return None
    if p.geonames_id is not None:
        found = doc_index(doc).places_by_id.get(p.geonames_id, [])
    else:
        found = [m for m in doc.places if isinstance(m.value, Place) and m.value.precision == p.precision
                 and m.value.country == p.country and m.value.admin1 == p.admin1]
    if not found:
        signal = doc.context.get("country_signal")
        if signal is not None and p.precision == "country" and p.country == signal[0]:
            return signal[1], signal[2], "signal"  # "۱۹ دی", "جمهوری اسلامی": words only that country's reports use
        return None
    starts = sorted(t.start for t in d.triggers)
    m = min(found, key=lambda m: (bool(m.flags.get("outlet")), gap_to_nearest(starts, m.start), m.start))
    how = "sentence" if any(a <= m.start < b for a, b in spans) else "document"
    return m.start, m.end, how


def gap_to_nearest(starts: list[int], at: int) -> int:
    """Characters from ``at`` to the nearest of ``starts`` (sorted, not empty)."""
    i = bisect_left(starts, at)  # starts[i - 1] < at <= starts[i]
    if i == 0:
        return starts[0] - at
    if i == len(starts):
        return at - starts[-1]
    return min(at - starts[i - 1], starts[i] - at)


class DocIndex:
    """Where the document's mentions stand, worked out once per run of the stage (each draft
    asks): the sentence of each figure and actor, the sentences that name a city or a state
    and those that hold a date or a figure, the place mentions by GeoNames id, the cities
    each sentence lists and the issue words with their sentences."""

    def __init__(self, doc: Doc):
        at = doc.sentence_at
        self.number_sentences = [at(m.start) for m in doc.numbers]
        self.actor_sentences = [at(m.start) for m in doc.actors]
        self.placed = {at(m.start) for m in doc.places if getattr(m.value, "precision", None) in ("city", "admin1")}
        self.featured = {at(m.start) for m in doc.places if m.flags.get("feature") == "other"}  # (see events._specific)
        self.dated = {at(m.start) for m in doc.dates} | set(self.number_sentences)
        self.places_by_id: dict[Optional[int], list[Mention]] = {}
        self.listed_cities: dict[tuple[int, int], list[Place]] = {}  # by clause span, see events._listed_cities
        self.listed_states: dict[tuple[int, int], list[Place]] = {}  # by clause span, see events._states_listed
        self.admin1s = sorted((m for m in doc.places if isinstance(m.value, Place) and m.value.precision == "admin1"
                               and not m.flags.get("outlet")), key=lambda m: m.start)  # (see events._states_listed)
        self.issue_hits: Optional[list] = None  # issue words with their sentences, see events.EventStage._issue_hits
        for m in doc.places:
            if isinstance(m.value, Place):
                self.places_by_id.setdefault(m.value.geonames_id, []).append(m)
        self.cities = [m for m in doc.places if isinstance(m.value, Place) and not m.flags.get("outlet")
                       and m.value.precision == "city"]  # (a news outlet's town names no event's place)
        starts = [m.start for m in self.cities]
        self._city_starts = starts if all(a <= b for a, b in zip(starts, starts[1:])) else None

    def cities_in(self, start: int, end: int) -> list[Mention]:
        """The city mentions starting inside ``[start, end)``, in the document's order (found by
        bisection when that order is by start, as the place stage leaves it)."""
        starts = self._city_starts
        if starts is None:
            return [m for m in self.cities if start <= m.start < end]
        return self.cities[bisect_left(starts, start):bisect_left(starts, end)]


def doc_index(doc: Doc) -> DocIndex:
    """The document's :class:`DocIndex`, made once per run of the event stage."""
    got = doc.context.get("event_index")
    if got is None:
        got = doc.context["event_index"] = DocIndex(doc)
    return got


def event_confidence(d: Draft, has_numbers: bool) -> float:
    """Higher when the type (its best trigger's strength), the place (a city most), the date
    (stated in the text) and figures are all told plainly, and when more than one trigger tells it."""
    strength = max(t.confidence for t in d.triggers)
    c = 0.35 * strength + 0.2 * (d.place.precision is not None) + 0.15 * (d.place.precision == "city")
    c += 0.2 * (d.date.basis == "text") + 0.05 * has_numbers + 0.05 * min(len(d.triggers) - 1, 1)
    return round(min(c, 1.0), 3)
