"""Vigil's data model: frozen records that flow out of the pipeline.

Every value that the extractors produce carries :class:`Evidence` (report, character span,
method), so a user can always see which words in which report said so. ``Doc`` is the one
mutable object: the per-report working area that pipeline stages fill in turn.
"""
from __future__ import annotations

import hashlib
import json
import re
from bisect import bisect_right
from dataclasses import MISSING, asdict, dataclass, field, fields
from functools import cached_property
from datetime import date
from typing import Any, Optional, dataclass_transform

EVENT_TYPES = ("protest", "strike", "riot", "repression", "arrest", "attack", "disaster", "other")
STATUSES = ("occurred", "ongoing", "planned")
ROLES = ("participant", "target", "perpetrator", "organiser")
COUNT_KINDS = ("participants", "fatalities", "injuries", "arrests")
PRECISIONS = ("day", "month", "year")
PLACE_PRECISIONS = ("city", "admin1", "country")


def content_id(obj: Any, prefix: str = "", length: int = 16) -> str:
    """A stable id: sha256 of the canonical JSON of ``obj`` (never Python's ``hash``)."""
    canon = json.dumps(obj, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)
    return prefix + hashlib.sha256(canon.encode("utf-8")).hexdigest()[:length]


@dataclass_transform(frozen_default=True)
def record(cls: type) -> type:
    """A frozen dataclass (a record) whose ``__init__`` fills the instance's dict directly.

    The ``__init__`` that dataclasses writes for a frozen class sets each field through
    ``object.__setattr__``, three times slower than storing it in the dict, and a report makes a
    hundred mentions, dates, places and pieces of evidence. Same parameters, defaults and
    result; the class stays frozen (assignment raises) and keeps its generated eq, hash and repr.
    """
    cls = dataclass(frozen=True)(cls)
    if hasattr(cls, "__post_init__"):
        raise TypeError(f"{cls.__name__}: a record's __init__ would skip __post_init__")
    params, body, defaults = [], [], {}
    for f in fields(cls):
        if f.default_factory is not MISSING or not f.init:
            raise TypeError(f"{cls.__name__}.{f.name}: record fields need a plain default")
        if f.default is not MISSING:
            defaults[f"_default_{f.name}"] = f.default
        params.append(f.name if f.default is MISSING else f"{f.name}=_default_{f.name}")
        body.append(f"    d[{f.name!r}] = {f.name}\n")
    namespace: dict = {}
    exec(f"def __init__(self, {', '.join(params)}):\n    d = self.__dict__\n{''.join(body)}", defaults, namespace)
    init = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    cls.__init__ = init
    return cls


@record
class Report:
    """One input document. Only ``text`` is required; ``id`` defaults to a hash of the text."""

    id: str
    text: str
    title: Optional[str] = None
    url: Optional[str] = None
    published: Optional[date] = None
    source: Optional[str] = None
    language: Optional[str] = None
    origin: Optional[str] = None  # where it was read from: "file.jsonl:12"

    @staticmethod
    def default_id(text: str) -> str:
        return content_id(text, prefix="r-")

    def to_json(self) -> dict:
        d = asdict(self)
        d["published"] = self.published.isoformat() if self.published else None
        return d


@record
class Evidence:
    """The words that support a value: a character span of one report's text."""

    report_id: str
    start: int
    end: int
    text: str
    method: str = "lexicon"

    def to_json(self) -> dict:
        return {"report_id": self.report_id, "start": self.start, "end": self.end,
                "text": self.text, "method": self.method}


@record
class Place:
    """A resolved (or unresolved) location. ``precision`` says how fine the location is."""

    name: Optional[str] = None
    city: Optional[str] = None
    admin1: Optional[str] = None
    country: Optional[str] = None
    lat: Optional[float] = None
    lon: Optional[float] = None
    geonames_id: Optional[int] = None
    precision: Optional[str] = None
    nationwide: bool = False

    def to_json(self) -> dict:
        return {"name": self.name, "city": self.city, "admin1": self.admin1, "country": self.country,
                "lat": self.lat, "lon": self.lon, "geonames_id": self.geonames_id,
                "precision": self.precision, "nationwide": self.nationwide}


@record
class EventDate:
    """A date at honest precision: ``start``/``end`` are YYYY, YYYY-MM or YYYY-MM-DD strings.

    ``basis`` says whether the text stated it (``text``) or it fell back to the report's
    publication date (``published``).
    """

    start: Optional[str] = None
    end: Optional[str] = None
    precision: Optional[str] = None
    basis: Optional[str] = None

    def to_json(self) -> dict:
        return {"start": self.start, "end": self.end, "precision": self.precision, "basis": self.basis}


@record
class Claim:
    """A number somebody states: low/high bounds, the words, and who claims it."""

    low: Optional[int]
    high: Optional[int]
    text: str
    claimed_by: Optional[str]
    report_id: str
    start: int = -1
    end: int = -1
    cumulative: bool = False
    method: str = "pattern"  # how it was read: "pattern", "people" (counted one by one), "derived" (from parts),
    # "ordinal" (a low bound told by an ordinal: "a fourth victim was grazed", at least four wounded)

    def to_json(self) -> dict:
        return {"low": self.low, "high": self.high, "text": self.text, "claimed_by": self.claimed_by,
                "report_id": self.report_id, "start": self.start, "end": self.end,
                "cumulative": self.cumulative, "method": self.method}


@record
class Actor:
    name: str
    role: str

    def to_json(self) -> dict:
        return {"name": self.name, "role": self.role}


@record
class Mention:
    """A span found by a stage: a place, a date, a number, an actor or an event trigger.

    ``value`` holds the stage's interpretation (a Place, an EventDate, a Claim, ...).
    """

    kind: str
    start: int
    end: int
    text: str
    value: Any = None
    method: str = "lexicon"
    confidence: float = 1.0
    extra: tuple = ()  # (key, value) pairs a stage wants to keep, hashable

    def get(self, key: str, default: Any = None) -> Any:
        return self.flags.get(key, default)

    @cached_property
    def flags(self) -> dict:
        """``extra`` as a dict (read-only by convention), for hot loops."""
        return dict(self.extra)

    @classmethod
    def flagged(cls, *args: Any, **kwargs: Any) -> "Mention":
        """A new Mention whose ``flags`` are worked out now (cheaper than on a first look-up, for
        stages that read them at once)."""
        m = cls(*args, **kwargs)
        m.__dict__["flags"] = dict(m.extra)  # (the slot the cached property fills)
        return m


@record
class Event:
    """One event in the contract's shape (see the events contract); extra fields are allowed."""

    event_id: str
    report_ids: tuple[str, ...]
    type: str
    subtype: Optional[str]
    status: str
    date: EventDate
    place: Place
    actors: tuple[Actor, ...] = ()
    issues: tuple[str, ...] = ()
    counts: tuple[tuple[str, tuple[Claim, ...]], ...] = ()
    evidence: tuple[Evidence, ...] = ()
    confidence: float = 0.0
    campaign_id: Optional[str] = None
    links: tuple[dict, ...] = ()  # why reports were merged into this event (see vigil.link)
    salience: float = 1.0  # share of the report's mentions of this type that tell this event

    def claims(self, kind: str) -> tuple[Claim, ...]:
        for k, claims in self.counts:
            if k == kind:
                return claims
        return ()

    def to_json(self) -> dict:
        counts = {k: [c.to_json() for c in self.claims(k)] for k in COUNT_KINDS}
        out = {
            "event_id": self.event_id, "report_ids": list(self.report_ids), "type": self.type,
            "subtype": self.subtype, "status": self.status, "date": self.date.to_json(),
            "place": self.place.to_json(), "actors": [a.to_json() for a in self.actors],
            "issues": list(self.issues), "counts": counts,
            "evidence": [e.to_json() for e in self.evidence], "confidence": round(self.confidence, 3),
            "campaign_id": self.campaign_id, "salience": round(self.salience, 3),
        }
        if self.links:
            out["links"] = [dict(link) for link in self.links]
        return out


def event_from_json(d: dict) -> Event:
    """Rebuild an :class:`Event` from its JSON form (store, exports, tests)."""
    date_ = EventDate(**{k: d.get("date", {}).get(k) for k in ("start", "end", "precision", "basis")})
    place = Place(**{k: d.get("place", {}).get(k) for k in Place.__dataclass_fields__ if k in d.get("place", {})})
    counts = tuple((k, tuple(Claim(**{f: c.get(f) for f in Claim.__dataclass_fields__ if f in c})
                             for c in d.get("counts", {}).get(k) or []))
                   for k in COUNT_KINDS if d.get("counts", {}).get(k))
    return Event(
        event_id=d["event_id"], report_ids=tuple(d.get("report_ids") or ()), type=d["type"],
        subtype=d.get("subtype"), status=d.get("status") or "occurred", date=date_, place=place,
        actors=tuple(Actor(a["name"], a["role"]) for a in d.get("actors") or []),
        issues=tuple(d.get("issues") or ()), counts=counts,
        evidence=tuple(Evidence(**{f: e.get(f) for f in Evidence.__dataclass_fields__ if f in e})
                       for e in d.get("evidence") or []),
        confidence=float(d.get("confidence") or 0.0), campaign_id=d.get("campaign_id"),
        links=tuple(dict(link) for link in d.get("links") or ()),
        salience=float(d.get("salience", 1.0)),
    )


@dataclass
class Sentence:
    start: int
    end: int
    text: str


# Spaces beyond ASCII (no-break, thin, ideographic; line and paragraph separators): the stages
# read them as the ASCII space or line break they stand for, one character for one, so every
# offset into the report's text stays as it is (web pages are full of no-break spaces).
_OTHER_SPACES = re.compile("[\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]")
_AS_ASCII = str.maketrans({**{c: " " for c in "\xa0\u1680\u202f\u205f\u3000"},
                           **{chr(c): " " for c in range(0x2000, 0x200b)}, "\x85": "\n", "\u2028": "\n", "\u2029": "\n"})


def plain_spaces(text: str) -> str:
    """``text`` with its spaces beyond ASCII made ASCII (the same string when it has none)."""
    if text.isascii() or _OTHER_SPACES.search(text) is None:
        return text
    return text.translate(_AS_ASCII)


@dataclass
class Doc:
    """The working area for one report while it passes through the stages."""

    report: Report
    sentences: list[Sentence] = field(default_factory=list)
    places: list[Mention] = field(default_factory=list)
    dates: list[Mention] = field(default_factory=list)
    numbers: list[Mention] = field(default_factory=list)
    actors: list[Mention] = field(default_factory=list)
    triggers: list[Mention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    context: dict = field(default_factory=dict)  # document-level facts (focus country, dateline...)

    @property
    def text(self) -> str:
        """The report's text as the stages read it (see :func:`plain_spaces`)."""
        got = self._text
        if got is None:
            got = self._text = plain_spaces(self.report.text)
        return got

    _text: Optional[str] = field(default=None, init=False, repr=False, compare=False)
    _starts: Optional[tuple] = field(default=None, init=False, repr=False, compare=False)  # see sentence_at

    def sentence_at(self, offset: int) -> int:
        """Index of the sentence holding character ``offset`` (-1 if none). The sentences'
        starts are listed once (and again when the sentences change), then bisected."""
        sentences, got = self.sentences, self._starts
        if got is None or got[0] is not sentences or got[1] != len(sentences):
            got = self._starts = (sentences, len(sentences), [s.start for s in sentences])
        i = bisect_right(got[2], offset) - 1
        return i if i >= 0 and offset < sentences[i].end else -1
