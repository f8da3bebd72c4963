"""Campaigns: local events that are parts of one larger action (a multi-day strike, the local
branches of a nationwide strike, a protest wave) share a ``campaign_id``.

Two protest/strike/riot events belong together when they are in the same country, no more than
``campaign_window_days`` apart, and share who acts (a specific group: "truck drivers", "steel
workers") where at least one is nationwide or both are in the same province.
"""
from __future__ import annotations

import re
from calendar import monthrange
from collections import defaultdict
from dataclasses import replace
from datetime import date
from typing import Optional

from ..model import Event, content_id
from ..settings import Settings
from .similarity import day

CAMPAIGN_TYPES = ("protest", "strike", "riot")
_GENERIC = frozenset("""protesters workers people residents citizens activists women students union members
group groups employees staff locals villagers demonstrators security forces""".split())


_WORD = re.compile(r"[a-z]+")


def _signature(ev: Event) -> frozenset:
    words = set()
    for a in ev.actors:
        if a.role in ("participant", "organiser"):
            words |= {w for w in _WORD.findall(a.name.lower()) if w not in _GENERIC and len(w) > 2}
    return frozenset(words)


def _same_place_frame(a: Event, b: Event) -> bool:
    """A nationwide event and its local branches, or two events of one province."""
    if a.place.nationwide or b.place.nationwide:
        return True
    return bool(a.place.admin1) and a.place.admin1 == b.place.admin1


def _span(ev: Event) -> Optional[tuple[int, int]]:
    """First and last day (ordinals) the event's date may cover: a day, or a whole month."""
    d = day(ev.date.start)
    if d is not None:
        e = day(ev.date.end) or d
        return d.toordinal(), max(d, e).toordinal()
    v = ev.date.start or ""
    if ev.date.precision == "month" and len(v) == 7:
        try:
            first = date(int(v[:4]), int(v[5:7]), 1)
        except ValueError:
            return None
        return first.toordinal(), first.toordinal() + monthrange(first.year, first.month)[1] - 1
    return None


def assign_campaigns(events: list[Event], settings: Optional[Settings] = None) -> list[Event]:
    """Events with ``campaign_id`` set on every campaign of two or more events.

    Candidates share a country and a word of who acts, so events are indexed by (country,
    word) and only neighbours in time within one index entry are compared. A month-precise
    date covers its month. An undated event joins at most one campaign: that of a dated event
    of the same city whose group shares at least two words with it ("Ahvaz Steel workers" on
    strike, the "Ahvaz Alloyed Steel National Group workers" gathering in November 2018); it
    never ties two campaigns together."""
    settings = settings or Settings()
    window = settings.campaign_window_days
    spans = {i: sp for i, ev in enumerate(events)
             if ev.type in CAMPAIGN_TYPES and ev.place.country and (sp := _span(ev)) is not None}
    index: dict[tuple, list[int]] = defaultdict(list)
    for i in spans:
        for word in _signature(events[i]):
            index[(events[i].place.country, word)].append(i)
    parent = {i: i for i in spans}

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for members in index.values():
        members.sort(key=lambda i: spans[i])
        for pos, i in enumerate(members):
            for j in members[pos + 1:]:
                if spans[j][0] - spans[i][1] > window:
                    if spans[j][0] - spans[i][0] > window + 31:
                        break  # sorted by start: no later member can be near i
                    continue
                if find(i) != find(j) and _same_place_frame(events[i], events[j]):
                    parent[find(j)] = find(i)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in spans:
        groups[find(i)].append(i)
    for i, root in _undated_members(events, spans, index, find).items():
        groups[root].append(i)
    out = list(events)
    for members in groups.values():
        if len(members) < 2:
            continue
        cid = content_id(min(events[i].event_id for i in members), prefix="cp-")
        for i in members:
            out[i] = replace(out[i], campaign_id=cid)
    return out


def _undated_members(events: list[Event], spans: dict, index: dict, find) -> dict[int, int]:
    """Undated protest/strike events and the campaign root each joins (see assign_campaigns)."""
    out: dict[int, int] = {}
    for i, ev in enumerate(events):
        if i in spans or ev.type not in CAMPAIGN_TYPES or not ev.place.city or not ev.place.country:
            continue
        words = _signature(ev)
        shared: dict[int, int] = defaultdict(int)
        for word in words:
            for j in index.get((ev.place.country, word), ()):
                if events[j].place.city == ev.place.city:
                    shared[j] += 1
        best = max((n, spans[j][1], j) for j, n in shared.items()) if shared else None
        if best is not None and best[0] >= 2:
            out[i] = find(best[2])
    return out


def campaign_summary(events: list[Event]) -> dict[str, dict]:
    """Span of dates and places of each campaign among ``events``."""
    out: dict[str, dict] = {}
    for ev in events:
        if not ev.campaign_id:
            continue
        c = out.setdefault(ev.campaign_id, {"events": 0, "start": None, "end": None, "places": []})
        c["events"] += 1
        if ev.date.start:
            c["start"] = min(filter(None, [c["start"], ev.date.start]))
            c["end"] = max(filter(None, [c["end"], ev.date.end or ev.date.start]))
        name = "nationwide" if ev.place.nationwide else (ev.place.city or ev.place.admin1 or ev.place.country)
        if name and name not in c["places"]:
            c["places"].append(name)
    return out
