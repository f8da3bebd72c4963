"""The events contract (version 1) as code: check that an event dict has the fixed shape.

Extra fields are allowed; the contract's fields may not be renamed or dropped. Used by the
tests and by ``vigil validate``.
"""
from __future__ import annotations

import re
from typing import Any

from .model import COUNT_KINDS, EVENT_TYPES, ROLES, STATUSES

_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_PLACE_KEYS = ("name", "city", "admin1", "country", "lat", "lon", "geonames_id", "precision", "nationwide")
_CLAIM_KEYS = ("low", "high", "text", "claimed_by", "report_id")


def _num(x: Any) -> bool:
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def _opt(x: Any, kind) -> bool:
    return x is None or isinstance(x, kind)


def validate_event(ev: Any) -> list[str]:
    """Every way ``ev`` departs from the contract (empty when it conforms)."""
    if not isinstance(ev, dict):
        return ["event is not a JSON object"]
    errs: list[str] = []
    for key in ("event_id", "report_ids", "type", "subtype", "status", "date", "place", "actors", "issues",
                "counts", "evidence", "confidence"):
        if key not in ev:
            errs.append(f"missing field {key!r}")
    if errs:
        return errs
    if not isinstance(ev["event_id"], str) or not ev["event_id"]:
        errs.append("event_id must be a non-empty string")
    if not (isinstance(ev["report_ids"], list) and ev["report_ids"] and all(isinstance(r, str) for r in ev["report_ids"])):
        errs.append("report_ids must be a non-empty list of strings")
    if ev["type"] not in EVENT_TYPES:
        errs.append(f"type {ev['type']!r} is not one of {EVENT_TYPES}")
    if not _opt(ev["subtype"], str):
        errs.append("subtype must be a string or null")
    if ev["status"] not in STATUSES:
        errs.append(f"status {ev['status']!r} is not one of {STATUSES}")
    errs += _date_errors(ev["date"]) + _place_errors(ev["place"]) + _list_errors(ev) + _count_errors(ev["counts"])
    if not _num(ev["confidence"]) or not 0 <= ev["confidence"] <= 1:
        errs.append("confidence must be a number in [0, 1]")
    return errs


def _date_errors(d: Any) -> list[str]:
    if not isinstance(d, dict) or not all(k in d for k in ("start", "end", "precision")):
        return ["date must be an object with start, end, precision"]
    errs = [f"date.{k} {d[k]!r} is not YYYY, YYYY-MM or YYYY-MM-DD" for k in ("start", "end")
            if d[k] is not None and not (isinstance(d[k], str) and _DATE.match(d[k]))]
    if d["precision"] not in (None, "day", "month", "year"):
        errs.append(f"date.precision {d['precision']!r} is not day, month, year or null")
    return errs


def _place_errors(p: Any) -> list[str]:
    if not isinstance(p, dict) or not all(k in p for k in _PLACE_KEYS):
        return [f"place must be an object with {', '.join(_PLACE_KEYS)}"]
    errs = [f"place.{k} must be a number or null" for k in ("lat", "lon") if not (p[k] is None or _num(p[k]))]
    if p["precision"] not in (None, "city", "admin1", "country"):
        errs.append(f"place.precision {p['precision']!r} is not city, admin1, country or null")
    if not isinstance(p["nationwide"], bool):
        errs.append("place.nationwide must be true or false")
    if p["country"] is not None and not (isinstance(p["country"], str) and re.fullmatch(r"[A-Z]{2}", p["country"])):
        errs.append(f"place.country {p['country']!r} is not an ISO 3166-1 alpha-2 code")
    if not (p["geonames_id"] is None or isinstance(p["geonames_id"], int)):
        errs.append("place.geonames_id must be an integer or null")
    return errs


def _list_errors(ev: dict) -> list[str]:
    errs = []
    if not isinstance(ev["actors"], list) or not all(isinstance(a, dict) and isinstance(a.get("name"), str)
                                                     and a.get("role") in ROLES for a in ev["actors"]):
        errs.append("actors must be a list of {name, role} with role in " + ", ".join(ROLES))
    if not isinstance(ev["issues"], list) or not all(isinstance(i, str) for i in ev["issues"]):
        errs.append("issues must be a list of strings")
    ok_ev = isinstance(ev["evidence"], list) and all(
        isinstance(e, dict) and isinstance(e.get("report_id"), str) and isinstance(e.get("start"), int)
        and isinstance(e.get("end"), int) and isinstance(e.get("text"), str) for e in ev["evidence"])
    if not ok_ev:
        errs.append("evidence must be a list of {report_id, start, end, text}")
    return errs


def _count_errors(counts: Any) -> list[str]:
    if not isinstance(counts, dict) or not all(k in counts for k in COUNT_KINDS):
        return [f"counts must be an object with {', '.join(COUNT_KINDS)}"]
    errs = []
    for kind in COUNT_KINDS:
        claims = counts[kind]
        if not isinstance(claims, list):
            errs.append(f"counts.{kind} must be a list")
            continue
        for c in claims:
            if not isinstance(c, dict) or not all(k in c for k in _CLAIM_KEYS):
                errs.append(f"counts.{kind} claims need {', '.join(_CLAIM_KEYS)}")
            elif not (_opt(c["low"], int) and _opt(c["high"], int)) or (c["low"] is None and c["high"] is None):
                errs.append(f"counts.{kind}: low/high must be integers (not both null)")
    return errs
