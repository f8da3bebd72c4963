"""Read endpoints: events (JSON, GeoJSON, CSV), one event with its evidence, stats, reports."""
from __future__ import annotations

import io
import json
from dataclasses import replace
from typing import Annotated, Literal, Optional

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import Response

from .. import export
from ..link.campaigns import campaign_summary
from ..model import EVENT_TYPES, STATUSES
from ..store.base import EventQuery
from .evidence import event_detail
from .models import EventDetail, EventsPage, Problem, ReportOut, Stats

DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"
MAX_LIMIT = 10_000
CACHE_LIMIT = 500  # pages up to this size are cached until the data changes


def event_query(
    type: Annotated[Optional[Literal[EVENT_TYPES]], Query(description="event type")] = None,  # type: ignore[valid-type]
    status: Annotated[Optional[Literal[STATUSES]], Query(description="occurred, ongoing or planned")] = None,  # type: ignore[valid-type]
    country: Annotated[Optional[str], Query(pattern=r"^[A-Za-z]{2}$", description="ISO 3166-1 alpha-2")] = None,
    admin1: Annotated[Optional[str], Query(max_length=200, description="province or state (any case)")] = None,
    date_from: Annotated[Optional[str], Query(alias="from", pattern=DATE, description="YYYY[-MM[-DD]], inclusive")] = None,
    date_to: Annotated[Optional[str], Query(alias="to", pattern=DATE, description="YYYY[-MM[-DD]], inclusive")] = None,
    text: Annotated[Optional[str], Query(max_length=500, description="words that must all appear in a report")] = None,
    campaign: Annotated[Optional[str], Query(max_length=100, description="campaign id")] = None,
) -> EventQuery:
    """The filters shared by /api/events and /api/stats."""
    return EventQuery(type=type, status=status, country=country.upper() if country else None,
                      admin1=admin1 or None, date_from=date_from, date_to=date_to,
                      text=text if text and text.strip() else None, campaign=campaign or None)


Filters = Annotated[EventQuery, Depends(event_query)]


def _json(content, status: int = 200, headers: Optional[dict] = None) -> Response:
    body = json.dumps(content, ensure_ascii=False, separators=(",", ":"))
    return Response(body, status_code=status, media_type="application/json", headers=headers)


def list_events(request: Request, query: Filters,
                limit: Annotated[int, Query(ge=0, le=MAX_LIMIT)] = 100,
                offset: Annotated[int, Query(ge=0)] = 0,
                format: Annotated[Literal["json", "geojson", "csv"], Query()] = "json") -> Response:
    page = replace(query, limit=limit, offset=offset)
    services = request.app.state.vigil

    def compute() -> tuple[str, str, dict]:
        with services.pool.borrow() as store:
            total = store.count(query)
            if format == "json":  # the stored JSON goes out as it is: no rebuilding per event
                return render_json_page(list(store.events_json(page)), total, page)
            events = list(store.events(page))
        return render_events(events, total, page, format)

    key = ("events", format, page)
    body, media, headers = services.cache.get(key, compute) if limit <= CACHE_LIMIT else compute()
    return Response(body, media_type=media, headers=headers)


def render_json_page(raw: list[str], total: int, page: EventQuery) -> tuple[str, str, dict]:
    head = json.dumps({"total": total, "limit": page.limit, "offset": page.offset}, separators=(",", ":"))
    return head[:-1] + ',"events":[' + ",".join(raw) + "]}", "application/json", {"X-Total-Count": str(total)}


def render_events(events: list, total: int, page: EventQuery, format: str) -> tuple[str, str, dict]:
    """(body, media type, headers) of one page of events in the requested format."""
    headers = {"X-Total-Count": str(total)}
    if format == "csv":
        out = io.StringIO()
        export.write_csv(events, out)
        headers["Content-Disposition"] = 'attachment; filename="events.csv"'
        return out.getvalue(), "text/csv; charset=utf-8", headers
    if format == "geojson":
        body = {"type": "FeatureCollection", "total": total, "limit": page.limit, "offset": page.offset,
                "features": [_feature(ev.to_json()) for ev in events]}
        return json.dumps(body, ensure_ascii=False), "application/geo+json", headers
    body = {"total": total, "limit": page.limit, "offset": page.offset, "events": [ev.to_json() for ev in events]}
    return json.dumps(body, ensure_ascii=False, separators=(",", ":")), "application/json", headers


def _feature(ev: dict) -> dict:
    p = ev["place"]
    geom = {"type": "Point", "coordinates": [p["lon"], p["lat"]]} if p["lat"] is not None and p["lon"] is not None else None
    return {"type": "Feature", "id": ev["event_id"], "geometry": geom, "properties": ev}


def get_event(request: Request, event_id: str) -> Response:
    with request.app.state.vigil.pool.borrow() as store:
        event = store.event(event_id)
        if event is None:
            raise HTTPException(404, f"no event with id {event_id!r}")
        campaign = None
        if event.campaign_id:
            members = list(store.events(EventQuery(campaign=event.campaign_id, limit=1000)))
            campaign = {"id": event.campaign_id, **campaign_summary(members).get(event.campaign_id, {})}
        return _json(event_detail(event, store.report, campaign))


def get_stats(request: Request, query: Filters) -> Response:
    services = request.app.state.vigil

    def compute() -> str:
        with services.pool.borrow() as store:
            return store.stats_json(query)

    return Response(services.cache.get(("stats", query), compute), media_type="application/json")


def get_report(request: Request, report_id: str) -> Response:
    with request.app.state.vigil.pool.borrow() as store:
        report = store.report(report_id)
    if report is None:
        raise HTTPException(404, f"no report with id {report_id!r}")
    out = report.to_json()
    out.pop("origin", None)
    return _json(out)


def get_map(request: Request, query: Filters,
            limit: Annotated[int, Query(ge=1, le=20_000, description="events considered, in date order")] = 5000
            ) -> Response:
    services = request.app.state.vigil

    def compute() -> str:
        with services.pool.borrow() as store:
            total = store.count(query)
            events = list(store.events(replace(query, limit=limit, offset=0)))
        body = {"total": total, "considered": len(events), **map_points(events)}
        return json.dumps(body, ensure_ascii=False, separators=(",", ":"))

    return Response(services.cache.get(("map", query, limit), compute), media_type="application/json")


def map_points(events: list) -> dict:
    """Events grouped by their coordinates (events without coordinates are only counted)."""
    places: dict[tuple[float, float], dict] = {}
    unplaced = 0
    for ev in events:
        p = ev.place
        if p.lat is None or p.lon is None:
            unplaced += 1
            continue
        spot = places.setdefault((p.lat, p.lon), {"lat": p.lat, "lon": p.lon, "n": 0, "types": {},
                                                  "label": p.city or p.admin1 or p.name or p.country,
                                                  "country": p.country, "events": []})
        spot["n"] += 1
        spot["types"][ev.type] = spot["types"].get(ev.type, 0) + 1
        if len(spot["events"]) < 50:
            spot["events"].append({"id": ev.event_id, "type": ev.type, "date": ev.date.start})
    return {"places": list(places.values()), "unplaced": unplaced}


def make_router() -> APIRouter:
    """The read endpoints under /api (built per app, never at import time)."""
    router = APIRouter(prefix="/api", tags=["events"])
    missing = {404: {"model": Problem}}
    add = router.add_api_route
    add("/events", list_events, response_model=EventsPage, summary="Events matching the filters, one page",
        responses={200: {"content": {"application/geo+json": {}, "text/csv": {}}}})
    add("/events/{event_id}", get_event, response_model=EventDetail, responses=missing,
        summary="One event with every claim and its evidence, in report excerpts")
    add("/stats", get_stats, response_model=Stats, summary="Counts by day, type, admin1, country and status")
    add("/reports/{report_id}", get_report, response_model=ReportOut, responses=missing,
        summary="One report: its text and metadata")
    add("/map", get_map, summary="Event locations for the map: one entry per distinct point, with counts by type")
    return router
