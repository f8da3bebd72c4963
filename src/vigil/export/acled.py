"""ACLED-style rows: one per demonstration, as ACLED codes them, not one per Vigil event.

Vigil keeps a protest, the tear gas fired at it and the arrests after it as three events, each with
its own evidence. ACLED codes that as one event: a "Protest with intervention" (or a "Violent
demonstration" when the crowd turned violent, "Excessive force against protesters" when force
killed). The export folds the events of one demonstration (same report, same place, same day; the
types and precedence are data in ``data/mappings/acled.toml``; never a protest's grievance,
"marched over the police shooting") into one row and lists the Vigil
events it stands for in ``vigil_event_ids``, so every row still leads back to its evidence.
"""
from __future__ import annotations

from dataclasses import replace
from itertools import groupby
from typing import Iterable, Iterator

from .. import lexicon
from ..model import Event
from .mappings import acled_row, group_notes

RUN_LIMIT = 5000  # events buffered per day at most; a bigger run is folded in parts


def acled_rows(events: Iterable[Event]) -> Iterator[dict]:
    """ACLED rows for events in store order (by date): events of one demonstration come
    together because they share a day."""
    for _, run in groupby(events, key=lambda ev: ev.date.start):
        chunk: list[Event] = []
        for ev in run:
            chunk.append(ev)
            if len(chunk) == RUN_LIMIT:
                yield from map(demonstration_row, demonstrations(chunk))
                chunk = []
        yield from map(demonstration_row, demonstrations(chunk))


def demonstrations(events: list[Event]) -> list[list[Event]]:
    """Events of one day grouped into demonstrations: foldable events that share a report and a
    place; every other event stays alone. Groups keep the order of their first event."""
    kinds = set(lexicon.load("mappings/acled")["demonstration"]["types"])
    groups: list[list[Event]] = []
    open_groups: dict[tuple, list[Event]] = {}
    for ev in events:
        if ev.type not in kinds or ev.status == "planned" or _grievance(ev):
            groups.append([ev])
            continue
        keys = [(rid, _place_key(ev)) for rid in ev.report_ids]
        group = next((open_groups[k] for k in keys if k in open_groups), None)
        if group is None:
            group = []
            groups.append(group)
        group.append(ev)
        for k in keys:
            open_groups.setdefault(k, group)
    return groups


def _grievance(ev: Event) -> bool:
    """What a protest is about ("marched over the police shooting"), not what happened at it
    (see :mod:`vigil.extract.grievance`)."""
    return any(e.method == "context:grievance" for e in ev.evidence)


def _place_key(ev: Event) -> tuple:
    p = ev.place
    return p.country, p.admin1, p.city, p.nationwide


def demonstration_row(group: list[Event]) -> dict:
    """One ACLED row for a demonstration: the protest (or whatever leads it) gives the actors,
    place and date; the folded events give the sub-event type, fatalities, notes and actor2."""
    data = lexicon.load("mappings/acled")["demonstration"]
    anchor = min(group, key=lambda ev: data["anchor"].index(ev.type) if ev.type in data["anchor"] else 99)
    row = acled_row(anchor)
    row["vigil_event_ids"] = "; ".join(ev.event_id for ev in group)
    if len(group) == 1:
        return row
    rows = [acled_row(_at_protest(ev, anchor, data)) for ev in group]
    lead = min(rows, key=lambda r: _rank(r["sub_event_type"], data["precedence"]))
    if lead["sub_event_type"] == data["harmed"]["from"] and any(ev.claims(k) for ev in group for k in ("fatalities", "injuries")):
        lead = acled_row(replace(anchor, type="repression", subtype=data["harmed"]["to_subtype"]))
    for key in ("event_type", "sub_event_type", "disorder_type"):
        row[key] = lead[key]
    row["fatalities"] = max(r["fatalities"] for r in rows)
    if not row["actor2"]:
        row["actor2"] = next((r["actor1"] for r, ev in zip(rows, group) if ev.type == "repression" and r["actor1"]), None)
        row["inter2"] = 1 if row["actor2"] else row["inter2"]
    row["notes"] = group_notes(group)
    return row


def _at_protest(ev: Event, anchor: Event, data: dict) -> Event:
    """Arrests at a protest count as intervention against it, not as a separate arrest event."""
    if ev.type == "arrest" and anchor.type != "arrest":
        return replace(ev, type=data["arrests_at_protest"], subtype=None)
    return ev


def _rank(sub_event: str, precedence: list[str]) -> int:
    return precedence.index(sub_event) if sub_event in precedence else len(precedence)
