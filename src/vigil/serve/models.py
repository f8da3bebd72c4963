"""Response shapes for the OpenAPI docs. Endpoints return ready JSON (no re-validation of
100 events per page); these models describe it. Events follow the events contract."""
from __future__ import annotations

from typing import Any, Optional

from pydantic import BaseModel, ConfigDict, Field


class Loose(BaseModel):
    model_config = ConfigDict(extra="allow")


class EventOut(Loose):
    """One event in the contract's shape (see docs: the events contract)."""

    event_id: str
    report_ids: list[str]
    type: str
    subtype: Optional[str] = None
    status: str
    date: dict[str, Any]
    place: dict[str, Any]
    actors: list[dict[str, Any]] = []
    issues: list[str] = []
    counts: dict[str, list[dict[str, Any]]] = {}
    evidence: list[dict[str, Any]] = []
    confidence: float = 0.0
    campaign_id: Optional[str] = None


class EventsPage(BaseModel):
    total: int = Field(description="events matching the filters, before limit/offset")
    limit: int
    offset: int
    events: list[EventOut]


class Excerpt(BaseModel):
    text: str = Field(description="a window of the report text around the span")
    offset: int = Field(description="where the window starts in the report text")
    mark_start: int = Field(description="span start inside the window")
    mark_end: int = Field(description="span end inside the window")
    truncated_before: bool
    truncated_after: bool


class EvidenceItem(Loose):
    kind: str = Field(description="trigger, place, date, actor, claim, ...")
    label: str
    report_id: str
    start: int
    end: int
    text: str
    verified: bool = Field(description="the report text at start:end equals text")
    excerpt: Optional[Excerpt]


class EventDetail(BaseModel):
    event: EventOut
    evidence: list[EvidenceItem]
    reports: list[dict[str, Any]] = Field(description="report metadata and the marks to highlight")
    campaign: Optional[dict[str, Any]] = None


class Stats(Loose):
    events: int
    reports: int
    by_day: dict[str, int]
    by_type: dict[str, int]
    by_admin1: dict[str, int]
    by_country: dict[str, int]
    by_status: dict[str, int]
    by_day_type: list[dict[str, Any]]


class ReportOut(Loose):
    id: str
    text: str
    title: Optional[str] = None
    url: Optional[str] = None
    published: Optional[str] = None
    source: Optional[str] = None
    language: Optional[str] = None


class IngestResult(BaseModel):
    reports: int
    reports_new: int
    reports_updated: int
    reports_unchanged: int
    events_new: int
    event_ids: list[str]
    warnings: list[str]


class Problem(BaseModel):
    detail: str
    problems: list[str] = []
