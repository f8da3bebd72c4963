"""The evidence view of one event: every value's words, shown inside a window of report text.

Each evidence item and each number claim gets an ``excerpt``: a window of the report's text
around the span, where the window starts in the report, and where the span lies inside the
window, so a client can highlight it without ever parsing HTML. ``verified`` says whether the
stored span text still matches the report at those offsets.
"""
from __future__ import annotations

from typing import Callable, Optional

from ..model import COUNT_KINDS, Claim, Event, Evidence, Report

WINDOW = 160  # characters of context on each side of a span


def event_detail(event: Event, get_report: Callable[[str], Optional[Report]],
                 campaign: Optional[dict] = None) -> dict:
    """The event's JSON plus ``reports`` (metadata and marks) and ``evidence`` (excerpts)."""
    reports = {rid: get_report(rid) for rid in event.report_ids}
    for ev in event.evidence:
        if ev.report_id not in reports:
            reports[ev.report_id] = get_report(ev.report_id)
    items = [_evidence_item(e, reports.get(e.report_id)) for e in event.evidence]
    items += [_claim_item(kind, c, reports.get(c.report_id)) for kind in COUNT_KINDS for c in event.claims(kind)]
    return {"event": event.to_json(), "evidence": items,
            "reports": [_report_item(rid, r, items) for rid, r in reports.items()],
            "campaign": campaign}


def _evidence_item(e: Evidence, report: Optional[Report]) -> dict:
    kind = e.method.split(":", 1)[0] if e.method else "evidence"
    return {"kind": kind, "label": e.method, "report_id": e.report_id, "start": e.start, "end": e.end,
            "text": e.text, **_excerpt(report, e.start, e.end, e.text)}


def _claim_item(kind: str, c: Claim, report: Optional[Report]) -> dict:
    bounds = str(c.low) if c.high in (None, c.low) else f"{c.low}-{c.high}"
    if c.high is None and c.low is not None:
        bounds = f"{c.low}+"
    label = f"{kind}: {bounds}" + (f" (according to {c.claimed_by})" if c.claimed_by else "")
    return {"kind": "claim", "label": label, "count": kind, "low": c.low, "high": c.high,
            "claimed_by": c.claimed_by, "report_id": c.report_id, "start": c.start, "end": c.end,
            "text": c.text, **_excerpt(report, c.start, c.end, c.text)}


def _excerpt(report: Optional[Report], start: int, end: int, text: str) -> dict:
    if report is None or start < 0 or end < start or end > len(report.text):
        return {"verified": False, "excerpt": None}
    body = report.text
    lo, hi = window_bounds(body, start, end)
    return {"verified": body[start:end] == text,
            "excerpt": {"text": body[lo:hi], "offset": lo, "mark_start": start - lo, "mark_end": end - lo,
                        "truncated_before": lo > 0, "truncated_after": hi < len(body)}}


def window_bounds(body: str, start: int, end: int, width: int = WINDOW) -> tuple[int, int]:
    """A window around ``[start, end)`` widened by ``width`` and cut at whitespace."""
    lo, hi = max(0, start - width), min(len(body), end + width)
    if lo > 0:
        cut = body.find(" ", lo, start)
        lo = cut + 1 if cut != -1 else lo
    if hi < len(body):
        cut = body.rfind(" ", end, hi)
        hi = cut if cut != -1 else hi
    return lo, hi


def _report_item(rid: str, report: Optional[Report], items: list[dict]) -> dict:
    marks = [{"start": i["start"], "end": i["end"], "kind": i["kind"], "label": i["label"]}
             for i in items if i["report_id"] == rid and i["verified"]]
    if report is None:
        return {"id": rid, "missing": True, "marks": marks}
    meta = report.to_json()
    meta.pop("text", None)
    meta.pop("origin", None)
    return {**meta, "length": len(report.text), "missing": False, "marks": marks}
