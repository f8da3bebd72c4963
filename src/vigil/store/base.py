"""The store interface: everything the CLI, exports and web API need from a backend.

SQLite (:mod:`.sqlite`) is the embedded default; a PostgreSQL backend implements the same
protocol so that no stage or command changes when a team moves to a server.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Iterator, Optional, Protocol

from ..model import Event, Report


@dataclass(frozen=True)
class EventQuery:
    """Filters shared by ``vigil events``, exports and ``GET /api/events``."""

    type: Optional[str] = None
    status: Optional[str] = None
    country: Optional[str] = None
    admin1: Optional[str] = None
    date_from: Optional[str] = None
    date_to: Optional[str] = None
    text: Optional[str] = None
    campaign: Optional[str] = None
    limit: Optional[int] = None
    offset: int = 0


@dataclass
class IngestStats:
    reports_new: int = 0
    reports_unchanged: int = 0
    reports_updated: int = 0
    events_new: int = 0
    events: list[str] = field(default_factory=list)


class Store(Protocol):
    def add(self, items: Iterable[tuple[Report, list[Event]]], batch_size: int = 64) -> IngestStats: ...

    def events(self, query: EventQuery = EventQuery()) -> Iterator[Event]: ...

    def count(self, query: EventQuery = EventQuery()) -> int: ...

    def event(self, event_id: str) -> Optional[Event]: ...

    def report(self, report_id: str) -> Optional[Report]: ...

    def stats(self, query: EventQuery = EventQuery()) -> dict: ...

    def stats_json(self, query: EventQuery = EventQuery()) -> str: ...

    def events_json(self, query: EventQuery = EventQuery()) -> Iterator[str]: ...

    def points(self, query: EventQuery = EventQuery()) -> list[dict]: ...

    def members(self, event_id: str) -> list[tuple[str, str, str]]: ...

    def unlink(self, event_id: str, report_id: Optional[str] = None) -> list[str]: ...

    def merge(self, event_a: str, event_b: str) -> list[str]: ...

    def close(self) -> None: ...


def open_store(location: str, settings=None) -> "Store":
    """Open the store at ``location``: a SQLite path (``postgresql://`` URLs are reserved)."""
    if location.startswith(("postgres://", "postgresql://")):
        raise NotImplementedError("the PostgreSQL backend is not available yet; use a SQLite path")
    from .sqlite import SQLiteStore

    return SQLiteStore(location, settings)
