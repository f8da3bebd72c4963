"""The web app: ``create_app(settings)`` builds the FastAPI application (API + dashboard).

Nothing happens at import time: the store pool, the query cache and the static assets are made
by ``create_app``; the extraction pipeline (gazetteer and all) only on the first POST.
"""
from __future__ import annotations

import threading
from contextlib import asynccontextmanager
from dataclasses import dataclass, field, replace
from typing import Annotated, Callable, Optional

from fastapi import FastAPI, Header, Request
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.responses import JSONResponse

from ..settings import Settings
from . import routes
from .assets import add_dashboard
from .intake import IntakeError, check_token, parse_reports, read_body
from .models import IngestResult, Problem
from .stores import QueryCache, StorePool


@dataclass
class Services:
    """What the endpoints share, kept on ``app.state.vigil`` (never in module globals)."""

    settings: Settings
    pool: StorePool
    cache: QueryCache
    pipeline_factory: Callable[[Settings], object]
    _pipeline: Optional[object] = None
    _pipeline_lock: threading.Lock = field(default_factory=threading.Lock)

    def pipeline(self):
        with self._pipeline_lock:
            if self._pipeline is None:
                self._pipeline = self.pipeline_factory(self.settings)
            return self._pipeline

    def close(self) -> None:
        self.pool.close()
        self.cache.close()


def _default_pipeline(settings: Settings):
    """The pipeline for ``POST /api/reports``: in-process (a server with threads must not fork
    workers, and a request's reports are few)."""
    from ..pipeline import Pipeline

    return Pipeline.from_settings(replace(settings, workers=1))


def create_app(settings: Optional[Settings] = None, *, pool_size: int = 4,
               pipeline_factory: Callable[[Settings], object] = _default_pipeline) -> FastAPI:
    """The application for the store at ``settings.db``. ``pipeline_factory`` builds the extraction
    pipeline for ``POST /api/reports`` (tests may pass a lighter one)."""
    settings = settings or Settings.load()
    pool = StorePool(settings.db, size=pool_size)
    with pool.borrow():  # creates and migrates the database before the cache watches it
        pass
    services = Services(settings, pool, QueryCache(settings.db), pipeline_factory)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        yield
        services.close()

    app = FastAPI(title="Vigil", version=_version(), lifespan=lifespan,
                  description="Events (protests, strikes, riots, repression, arrests) extracted from news "
                              "reports, each value with the report span that says so.")
    app.state.vigil = services
    app.add_middleware(GZipMiddleware, minimum_size=2048)
    app.add_exception_handler(IntakeError, _intake_error)
    app.include_router(routes.make_router())
    _add_write_routes(app)
    add_dashboard(app, settings)
    return app


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("vigil")
    except PackageNotFoundError:
        return "0"


async def _intake_error(request: Request, exc: IntakeError) -> JSONResponse:
    return JSONResponse(exc.body(), status_code=exc.status, headers=exc.headers)


def _add_write_routes(app: FastAPI) -> None:
    errors = {s: {"model": Problem} for s in (400, 401, 403, 413, 422)}

    @app.post("/api/reports", status_code=201, response_model=IngestResult, responses=errors, tags=["write"],
              summary="Ingest reports (JSON object, JSON array or JSONL); needs the write token",
              openapi_extra={"requestBody": {"required": True, "content": {
                  "application/json": {"schema": {"type": "object", "required": ["text"]}},
                  "application/x-ndjson": {"schema": {"type": "string"}}}}})
    async def post_reports(request: Request,
                           authorization: Annotated[Optional[str], Header()] = None) -> JSONResponse:
        services: Services = request.app.state.vigil
        check_token(services.settings.token, authorization)
        body = await read_body(request.stream(), request.headers.get("content-length"),
                               services.settings.max_body_bytes)
        batch = parse_reports(body, services.settings.max_report_chars)
        from starlette.concurrency import run_in_threadpool

        stats = await run_in_threadpool(_ingest, services, batch.reports)
        return JSONResponse({"reports": len(batch.reports), "reports_new": stats.reports_new,
                             "reports_updated": stats.reports_updated,
                             "reports_unchanged": stats.reports_unchanged, "events_new": stats.events_new,
                             "event_ids": stats.events, "warnings": batch.warnings}, status_code=201)


def _ingest(services: Services, reports: list):
    from ..api import ingest_reports

    pipeline = services.pipeline()
    with services.pool.write_lock, services.pool.borrow() as store:
        return ingest_reports(store, reports, services.settings, pipeline=pipeline)
