"""``POST /api/reports``: who may write, how big a body may be, and how a body becomes reports.

A body is a JSON object (one report), a JSON array of objects, or JSONL (one object a line).
Every problem is named by its place in the body ("line 3", "item 2") and the whole request is
refused when any report is unusable, so a client never has to guess which half was stored.
"""
from __future__ import annotations

import hmac
import json
from dataclasses import dataclass, replace
from typing import Any, AsyncIterator, Optional

from ..ingest.problems import Problems
from ..ingest.readers import make_report
from ..model import Report

READ_ONLY = ("this server is read-only: no write token is configured. Start it with VIGIL_TOKEN set "
             "(or token in vigil.toml) to allow POST /api/reports")


class IntakeError(Exception):
    """A request that cannot be served; ``status`` is the HTTP status to answer with."""

    def __init__(self, status: int, message: str, problems: Optional[list[str]] = None,
                 headers: Optional[dict] = None):
        super().__init__(message)
        self.status, self.message = status, message
        self.problems = problems or []
        self.headers = headers

    def body(self) -> dict:
        out: dict[str, Any] = {"detail": self.message}
        if self.problems:
            out["problems"] = self.problems
        return out


@dataclass
class Batch:
    reports: list[Report]
    warnings: list[str]


def check_token(configured: Optional[str], authorization: Optional[str]) -> None:
    """403 without a configured token, 401 without the right ``Authorization: Bearer``."""
    if not configured:
        raise IntakeError(403, READ_ONLY)
    scheme, _, given = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not given.strip():
        raise IntakeError(401, "missing token: send 'Authorization: Bearer <token>'",
                          headers={"WWW-Authenticate": "Bearer"})
    if not hmac.compare_digest(given.strip().encode(), configured.encode()):
        raise IntakeError(401, "wrong token", headers={"WWW-Authenticate": 'Bearer error="invalid_token"'})


async def read_body(chunks: AsyncIterator[bytes], content_length: Optional[str], limit: int) -> bytes:
    """The request body, refused with 413 as soon as it is known to exceed ``limit`` bytes."""
    too_big = IntakeError(413, f"request body larger than the limit of {limit} bytes (max_body_bytes)")
    if content_length and content_length.isdigit() and int(content_length) > limit:
        raise too_big
    body = bytearray()
    async for chunk in chunks:
        body.extend(chunk)
        if len(body) > limit:
            raise too_big
    return bytes(body)


def parse_reports(body: bytes, max_chars: int = 200_000) -> Batch:
    """Reports from a body, or an :class:`IntakeError` (400 unreadable, 422 unusable)."""
    try:
        text = body.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise IntakeError(400, f"body is not UTF-8 (byte {exc.start})") from None
    if not text.strip():
        raise IntakeError(400, "empty body: send a JSON object, a JSON array of objects, or JSONL")
    items = _json_items(text)
    problems = Problems()
    reports = []
    for where, obj in items:
        if not isinstance(obj, dict):
            problems.skip(where, "must be a JSON object with a 'text' field")
            continue
        report = make_report(obj, where, problems)
        if report is not None:
            reports.append(_truncate(report, max_chars, problems))
    refused = [f"{p.origin}: {p.reason}" for p in problems.items if p.skipped]
    if refused:
        raise IntakeError(422, f"{len(refused)} of {len(items)} report(s) unusable; nothing was stored",
                          refused)
    return Batch(reports, [f"{p.origin}: {p.reason}" for p in problems.items])


def _json_items(text: str) -> list[tuple[str, Any]]:
    """``(where, value)`` pairs: one JSON document, or one per JSONL line."""
    head = text.lstrip()[:1]
    if head not in ("{", "["):
        raise IntakeError(400, "body must be a JSON object, a JSON array of objects, or JSONL "
                               f"(it starts with {text.lstrip()[:20]!r})")
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        if head == "{" and _first_line_is_json(text):
            return _jsonl_items(text)
        raise IntakeError(400, f"broken JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}") from None
    if isinstance(doc, list):
        if not doc:
            raise IntakeError(422, "empty array: no reports to ingest")
        return [(f"item {i}", obj) for i, obj in enumerate(doc)]
    return [("body", doc)]


def _first_line_is_json(text: str) -> bool:
    first = next(line for line in text.splitlines() if line.strip())
    try:
        json.loads(first)
    except json.JSONDecodeError:
        return False
    return True


def _jsonl_items(text: str) -> list[tuple[str, Any]]:
    items, broken = [], []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            items.append((f"line {n}", json.loads(line)))
        except json.JSONDecodeError as exc:
            broken.append(f"line {n}: broken JSON ({exc.msg} at column {exc.colno})")
    if broken:
        raise IntakeError(400, f"{len(broken)} JSONL line(s) are not valid JSON; nothing was stored", broken)
    return items


def _truncate(report: Report, max_chars: int, problems: Problems) -> Report:
    if len(report.text) <= max_chars:
        return report
    problems.warn(report.origin or report.id, f"text longer than {max_chars} characters; truncated")
    return replace(report, text=report.text[:max_chars])
