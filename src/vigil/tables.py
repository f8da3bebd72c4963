"""Plain-text tables of events for the terminal (``vigil events``, ``make run``)."""
from __future__ import annotations

import shutil
from typing import Sequence

from .model import COUNT_KINDS, Event

_SHORT = {"participants": "part", "fatalities": "dead", "injuries": "inj", "arrests": "arr"}


def _place(ev: Event) -> str:
    p = ev.place
    if p.nationwide:
        return f"nationwide {p.country or ''}".strip()
    parts = [x for x in (p.city, p.admin1, p.country) if x]
    return ", ".join(parts) or "-"


def _counts(ev: Event) -> str:
    out = []
    for kind in COUNT_KINDS:
        for c in ev.claims(kind):
            value = str(c.low) if c.high == c.low else (f"{c.low}+" if c.high is None else f"{c.low}-{c.high}")
            if c.low is None:
                value = f"<={c.high}"
            out.append(f"{_SHORT[kind]} {value}" + (f" ({c.claimed_by})" if c.claimed_by else ""))
    return "; ".join(out) or "-"


def _date(ev: Event) -> str:
    d = ev.date
    s = d.start or "-"
    if d.end and d.end != d.start:
        s += f"..{d.end}"
    return s + ("*" if d.basis == "published" else "")


def events_table(events: Sequence[Event], explain: bool = False) -> str:
    """A fixed-width table; ``*`` marks dates that fell back to the publication date."""
    width = max(shutil.get_terminal_size((140, 20)).columns, 100)
    header = ("date", "type", "status", "place", "counts", "conf", "evidence")
    rows = [(_date(ev), ev.type + (f"/{ev.subtype}" if ev.subtype else ""), ev.status, _place(ev), _counts(ev),
             f"{ev.confidence:.2f}", _evidence(ev)) for ev in events]
    widths = [max([len(header[i])] + [len(r[i]) for r in rows]) for i in range(6)]
    widths = [min(w, cap) for w, cap in zip(widths, (23, 26, 8, 32, 32, 4))]
    rest = max(width - sum(widths) - 2 * 6, 40)
    lines = [_line(header, widths, rest), _line(tuple("-" * w for w in widths) + ("-" * rest,), widths, rest)]
    for ev, r in zip(events, rows):
        lines.append(_line(r, widths, rest))
        if explain:
            lines.extend(_explain(ev))
    lines.append(f"{len(rows)} events (* = date taken from the report's publication date)")
    return "\n".join(lines) + "\n"


def _line(cells: tuple, widths: list[int], rest: int) -> str:
    out = [_fit(c, w).ljust(w) for c, w in zip(cells[:6], widths)]
    return "  ".join(out + [_fit(cells[6], rest)])


def _fit(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: max(width - 1, 0)] + "…"


def _evidence(ev: Event) -> str:
    first = next((e for e in ev.evidence if e.method.startswith("trigger")), None)
    return f"{first.report_id}: {first.text}" if first else "-"


def _explain(ev: Event) -> list[str]:
    lines = [f"    reports: {', '.join(ev.report_ids)}" + (f"  campaign: {ev.campaign_id}" if ev.campaign_id else "")]
    for link in ev.links:
        lines.append("    linked: " + ", ".join(f"{k}={v}" for k, v in dict(link).items()))
    return lines
