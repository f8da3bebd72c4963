"""Web API and dashboard: ``vigil serve`` (see :mod:`vigil.serve.app` for the endpoints)."""
from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Optional

if TYPE_CHECKING:
    from fastapi import FastAPI

    from ..settings import Settings


def create_app(settings: Optional["Settings"] = None, **kwargs) -> "FastAPI":
    from .app import create_app as _create_app

    return _create_app(settings, **kwargs)


def run(settings: "Settings", host: str = "127.0.0.1", port: int = 8000) -> None:
    """Serve the API and dashboard with uvicorn until interrupted."""
    import uvicorn

    app = create_app(settings)
    mode = "read-write (token set)" if settings.token else "read-only (set VIGIL_TOKEN to allow POST)"
    shown = f"[{host}]" if ":" in host else host
    print(f"vigil: serving {settings.db} at http://{shown}:{port}/ ({mode}); API docs at /docs",
          file=sys.stderr, flush=True)
    uvicorn.run(app, host=host, port=port, log_level="warning", access_log=False)
