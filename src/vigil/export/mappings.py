"""ACLED and PLOVER mappings of Vigil's types (kept as data in ``data/mappings``)."""
from __future__ import annotations

from .. import lexicon
from ..model import Event

ACLED_COLUMNS = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
    "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude",
    "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
]


def _most_specific(table: dict, ev: Event):
    return table.get(f"{ev.type}/{ev.subtype}") or table.get(ev.type) or table.get("other")


def plover_of(ev: Event) -> tuple[str, str]:
    pair = _most_specific(lexicon.load("mappings/plover")["map"], ev) or ["", ""]
    return pair[0] or None, pair[1] or None


def acled_row(ev: Event) -> dict:
    data = lexicon.load("mappings/acled")
    m = _most_specific(data["map"], ev)
    if ev.type == "repression" and (ev.claims("fatalities") or ev.claims("injuries")):
        m = data["map"]["repression/live fire"]
    p, d = ev.place, ev.date
    participants = [a for a in ev.actors if a.role in ("participant", "perpetrator", "organiser")]
    targets = [a for a in ev.actors if a.role == "target"]
    fatal = [c.low for c in ev.claims("fatalities") if c.low is not None]
    return {
        "event_id_cnty": ev.event_id, "event_date": d.start, "year": (d.start or "")[:4] or None,
        "time_precision": data["time_precision"].get(d.precision or "", 3), "disorder_type": m["disorder_type"],
        "event_type": m["event_type"], "sub_event_type": m["sub_event_type"],
        "actor1": participants[0].name if participants else None,
        "assoc_actor_1": "; ".join(a.name for a in participants[1:]) or None, "inter1": m.get("inter"),
        "actor2": targets[0].name if targets else None, "assoc_actor_2": "; ".join(a.name for a in targets[1:]) or None,
        "inter2": 7 if targets else None, "interaction": None,
        "civilian_targeting": "Civilian targeting" if ev.type in ("attack",) and targets else None,
        "iso": None, "region": None, "country": p.country, "admin1": p.admin1, "admin2": None, "admin3": None,
        "location": p.city or p.admin1 or p.name or p.country, "latitude": p.lat, "longitude": p.lon,
        "geo_precision": data["geo_precision"].get(p.precision or "", 3),
        "source": "; ".join(ev.report_ids), "source_scale": None, "notes": _notes(ev),
        "fatalities": min(fatal) if fatal else 0,
        "tags": "; ".join(filter(None, [ev.subtype, ev.status if ev.status != "occurred" else None,
                                        "nationwide" if p.nationwide else None,
                                        "disaster" if ev.type == "disaster" else None])) or None,
        "timestamp": None,
    }


def _notes(ev: Event) -> str:
    """ACLED-style notes: the first evidence sentence and every claim with who makes it."""
    return group_notes([ev])


def group_notes(events: list[Event]) -> str:
    """Notes for one row standing for several events: each event's first evidence sentence and
    every claim with who makes it, each once."""
    firsts = sorted(next(((e.report_id, e.start, e.text) for e in ev.evidence if e.method.startswith("trigger")),
                         ("", 0, "")) for ev in events)
    claims = []
    for kind in ("fatalities", "injuries", "arrests", "participants"):
        for ev in events:
            for c in ev.claims(kind):
                claims.append(f"{kind}: {c.text}" + (f" (according to {c.claimed_by})" if c.claimed_by else ""))
    text = " ".join(dict.fromkeys(f[:500] for _, _, f in firsts if f))
    return " ".join(filter(None, [text, ("Claims: " + "; ".join(dict.fromkeys(claims)) + ".") if claims else ""]))
