"""The dashboard's files (``vigil/serve/static``, read with importlib.resources) and its config.

The dashboard is served with a strict Content-Security-Policy: scripts only from this server,
no inline script, no plugins. Report text is untrusted; the dashboard's code only ever puts it
into the page as text (``textContent``), and the policy is a second wall behind that.
"""
from __future__ import annotations

import hashlib
from importlib import resources
from typing import Optional
from urllib.parse import urlsplit

from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import Response

from ..settings import Settings

TYPES = {".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8",
         ".css": "text/css; charset=utf-8", ".json": "application/json", ".svg": "image/svg+xml",
         ".txt": "text/plain; charset=utf-8", ".png": "image/png"}


def load_assets() -> dict[str, bytes]:
    """Every file directly under ``static/`` by name."""
    folder = resources.files("vigil.serve").joinpath("static")
    return {item.name: item.read_bytes() for item in folder.iterdir()
            if item.is_file() and "." + item.name.rsplit(".", 1)[-1] in TYPES}


def content_security_policy(tile_url: Optional[str]) -> str:
    img = "'self' data:"
    if tile_url:
        parts = urlsplit(tile_url.replace("{s}", "a"))
        if parts.scheme in ("http", "https") and parts.netloc:
            host = parts.netloc.replace("a.", "*.", 1) if "{s}" in tile_url else parts.netloc
            img += f" {parts.scheme}://{host}"
    return ("default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
            f"img-src {img}; font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")


def add_dashboard(app: FastAPI, settings: Settings) -> None:
    """``/`` (the dashboard), ``/static/<file>`` and ``/api/config``."""
    assets = load_assets()
    etags = {name: '"' + hashlib.sha256(data).hexdigest()[:16] + '"' for name, data in assets.items()}
    headers = {"Content-Security-Policy": content_security_policy(settings.tile_url),
               "X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer"}

    def asset(name: str, request: Request) -> Response:
        if name not in assets:
            raise HTTPException(404, f"no static file {name!r}")
        if request.headers.get("if-none-match") == etags[name]:
            return Response(status_code=304, headers={"ETag": etags[name]})
        media = TYPES["." + name.rsplit(".", 1)[-1]]
        return Response(assets[name], media_type=media,
                        headers={**headers, "ETag": etags[name], "Cache-Control": "no-cache"})

    @app.get("/", include_in_schema=False)
    def index(request: Request) -> Response:
        return asset("index.html", request)

    @app.get("/static/{name}", include_in_schema=False)
    def static(name: str, request: Request) -> Response:
        return asset(name, request)

    @app.get("/api/config", tags=["dashboard"], summary="What the dashboard needs to know about this server")
    def config() -> dict:
        return {"tile_url": settings.tile_url, "read_only": not settings.token,
                "max_body_bytes": settings.max_body_bytes, "version": app.version}
