"""Input problems: collected, named with file (and line), never raised as tracebacks."""
from __future__ import annotations

import sys
from dataclasses import dataclass, field
from typing import Optional, TextIO


@dataclass(frozen=True)
class Problem:
    origin: str          # "path" or "path:line"
    reason: str
    skipped: bool        # True: the input (or line) was not processed; False: a warning only

    def __str__(self) -> str:
        return f"{'skipped' if self.skipped else 'warning'}: {self.origin}: {self.reason}"


@dataclass
class Problems:
    """Collects problems; optionally echoes each to a stream (stderr) as it happens."""

    stream: Optional[TextIO] = None
    quiet: bool = False
    items: list[Problem] = field(default_factory=list)

    def skip(self, origin: str, reason: str) -> None:
        self._add(Problem(origin, reason, True))

    def warn(self, origin: str, reason: str) -> None:
        self._add(Problem(origin, reason, False))

    def _add(self, p: Problem) -> None:
        self.items.append(p)
        if self.stream is not None and (p.skipped or not self.quiet):
            print(f"vigil: {p}", file=self.stream)

    @property
    def any_skipped(self) -> bool:
        return any(p.skipped for p in self.items)

    @classmethod
    def to_stderr(cls, quiet: bool = False) -> "Problems":
        return cls(stream=sys.stderr, quiet=quiet)
