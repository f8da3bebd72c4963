"""Where did an event happen? Picks among the document's place mentions (filled later)."""
from __future__ import annotations

from ..model import Doc, Place


def event_place(doc: Doc, start: int, end: int) -> Place:
    return Place()
