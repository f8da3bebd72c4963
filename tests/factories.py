"""Hand-built events for store, export and linking tests (no extraction involved)."""
from __future__ import annotations

from vigil.model import Actor, Claim, Event, EventDate, Evidence, Place, Report, content_id


def report(rid: str = "r1", text: str = "Truck drivers went on strike in Yasuj on Monday.", published=None) -> Report:
    return Report(id=rid, text=text, published=published)


def event(rid: str = "r1", type_: str = "strike", city: str | None = "Yasuj", day: str | None = "2018-07-23",
          fatalities: int | None = None, country: str = "IR", admin1: str | None = "Kohgiluyeh and Boyer-Ahmad",
          lat: float | None = None, lon: float | None = None, gid: int | None = 66093, nationwide: bool = False,
          text: str = "Truck drivers went on strike in Yasuj on Monday.", actors=(("truck drivers", "participant"),),
          claimed_by: str | None = None, precision: str | None = None, basis: str | None = None) -> Event:
    if lat is None and city:  # distinct made-up coordinates per place id, far apart
        lat, lon = (30.67, 51.59) if gid == 66093 else (10.0 + (gid or 0) % 60, 20.0 + (gid or 0) % 97)
    place = Place(name=city or admin1 or country, city=city, admin1=admin1 if not nationwide else None,
                  country=country, lat=lat if city else None, lon=lon if city else None,
                  geonames_id=gid if city else None,
                  precision=precision or ("country" if nationwide else "city" if city else "admin1" if admin1 else "country"),
                  nationwide=nationwide)
    counts = ()
    if fatalities is not None:
        counts = (("fatalities", (Claim(fatalities, fatalities, str(fatalities), claimed_by, rid, 0, 2),)),)
    return Event(event_id=content_id([rid, type_, city, day, text], prefix="ev-"), report_ids=(rid,), type=type_,
                 subtype=None, status="occurred",
                 date=EventDate(day, None, {10: "day", 7: "month", 4: "year"}.get(len(day or "")),
                                basis or ("text" if day else None)), place=place,
                 actors=tuple(Actor(n, r) for n, r in actors), counts=counts,
                 evidence=(Evidence(rid, 0, len(text), text, "trigger:strike"),), confidence=0.8)
