"""Store access for the web API: a small pool of open stores, shared by the request threads,
and a cache of answers that is dropped whenever the database changes.

Why a pool: FastAPI runs plain (``def``) endpoints on a thread pool. SQLite releases the GIL
while it works, so a few connections in WAL mode let reads overlap, and each request only
borrows one for the length of its queries. Opening a store per request re-runs the schema
check and the pragmas every time; ``benchmarks/bench_serve.py`` measured both.

Writes (``POST /api/reports``) are serialised with one lock; SQLite itself also holds a write
lock, so a second ``vigil ingest`` process writing the same file is safe.
"""
from __future__ import annotations

import queue
import sqlite3
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Callable, Hashable, Iterator, Optional

from ..store.base import Store, open_store


class StorePool:
    """Up to ``size`` stores opened on demand; ``borrow()`` lends one to a request."""

    def __init__(self, location: str, size: int = 4, opener: Callable[[str], Store] = open_store):
        self.location = location
        self.size = 1 if location == ":memory:" else max(1, size)
        self._opener = opener
        self._idle: "queue.LifoQueue[Store]" = queue.LifoQueue()
        self._opened = 0
        self._lock = threading.Lock()
        self.write_lock = threading.Lock()

    @contextmanager
    def borrow(self) -> Iterator[Store]:
        store = self._take()
        try:
            yield store
        finally:
            self._idle.put(store)

    def _take(self) -> Store:
        try:
            return self._idle.get_nowait()
        except queue.Empty:
            pass
        with self._lock:
            if self._opened < self.size:
                self._opened += 1
                return self._opener(self.location)
        return self._idle.get()

    def close(self) -> None:
        while True:
            try:
                self._idle.get_nowait().close()
            except queue.Empty:
                return


class QueryCache:
    """Answers to read queries (stats, counts, pages), kept until any connection commits a change.

    Change detection uses SQLite's ``PRAGMA data_version`` on a connection of its own that
    never writes: its value moves whenever another connection (this server's pool, or another
    process such as ``vigil ingest``) commits. For stores that are not SQLite files the cache
    is bypassed.
    """

    def __init__(self, location: str, max_entries: int = 512):
        self.max_entries = max_entries
        self._entries: dict[Hashable, Any] = {}
        self._version: Optional[int] = None
        self._lock = threading.Lock()
        self._watch = _watch_connection(location)

    def get(self, key: Hashable, compute: Callable[[], Any]) -> Any:
        """The cached value for ``key``, or ``compute()`` (stored while the data is unchanged)."""
        if self._watch is None:
            return compute()
        with self._lock:
            version = self._watch.execute("PRAGMA data_version").fetchone()[0]
            if version != self._version:
                self._entries.clear()
                self._version = version
            hit = self._entries.get(key)
        if hit is not None:
            return hit
        value = compute()
        with self._lock:
            if self._version == version:
                if len(self._entries) >= self.max_entries:
                    self._entries.pop(next(iter(self._entries)))
                self._entries[key] = value
        return value

    def close(self) -> None:
        if self._watch is not None:
            self._watch.close()


def _watch_connection(location: str) -> Optional[sqlite3.Connection]:
    if location == ":memory:" or "://" in location:
        return None
    uri = Path(location).resolve().as_uri() + "?mode=ro"
    return sqlite3.connect(uri, uri=True, check_same_thread=False)
