"""One typed settings object: defaults < settings file < VIGIL_* environment < CLI flags.

Every setting is one record with a type and a help string (a test fails if one is
undocumented in the README). The settings file is TOML (``vigil.toml`` in the working
directory, or the path in ``VIGIL_CONFIG`` / ``--config``).
"""
from __future__ import annotations

import os
import sys
import sysconfig
import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any, Mapping, Optional


def _default_cache_dir() -> str:
    """Derived data (the gazetteer index) lives inside the active environment, never in $HOME."""
    return str(Path(sysconfig.get_path("data") or sys.prefix) / "share" / "vigil")


def _setting(default: Any, help: str) -> Any:
    from dataclasses import field
    return field(default=default, metadata={"help": help})


@dataclass(frozen=True)
class Settings:
    db: str = _setting("vigil.db", "Store location: a SQLite file path (default ./vigil.db).")
    batch_size: int = _setting(64, "Reports per pipeline batch and per store transaction.")
    workers: int = _setting(0, "Worker processes for extraction: 0 = one per CPU core (at most 8); 1 = in-process.")
    cache_dir: str = _setting(_default_cache_dir(), "Where derived data (the gazetteer index) is cached.")
    min_confidence: float = _setting(0.0, "Events below this confidence are dropped from output.")
    link_threshold: float = _setting(0.75, "Score at or above which two events from different reports merge.")
    link_window_days: int = _setting(3, "Largest gap in days between dates of events that may merge.")
    campaign_window_days: int = _setting(14, "Largest gap in days between events of one campaign.")
    token: Optional[str] = _setting(None, "Write token for POST /api/reports; without it the API is read-only.")
    max_body_bytes: int = _setting(5_000_000, "Largest request body the API accepts, in bytes.")
    tile_url: Optional[str] = _setting(None, "Optional map tile URL template for the dashboard (online use).")
    max_report_chars: int = _setting(200_000, "Reports longer than this are truncated (with a warning).")

    @classmethod
    def help(cls) -> dict[str, str]:
        return {f.name: f.metadata["help"] for f in fields(cls)}

    @classmethod
    def load(cls, overrides: Optional[Mapping[str, Any]] = None, config: Optional[str] = None,
             environ: Optional[Mapping[str, str]] = None) -> "Settings":
        environ = os.environ if environ is None else environ
        values: dict[str, Any] = {}
        path = config or environ.get("VIGIL_CONFIG") or ("vigil.toml" if Path("vigil.toml").is_file() else None)
        if path:
            with open(path, "rb") as fh:
                values.update(tomllib.load(fh))
        for f in fields(cls):
            env = environ.get("VIGIL_" + f.name.upper())
            if env is not None:
                values[f.name] = env
        values.update({k: v for k, v in (overrides or {}).items() if v is not None})
        return cls().with_values(values)

    def with_values(self, values: Mapping[str, Any]) -> "Settings":
        known = {f.name: f for f in fields(self)}
        unknown = set(values) - set(known)
        if unknown:
            raise ValueError(f"unknown setting(s): {', '.join(sorted(unknown))}")
        return replace(self, **{k: _coerce(known[k], v) for k, v in values.items()})


def _coerce(f, value: Any) -> Any:
    kind = f.type if isinstance(f.type, str) else getattr(f.type, "__name__", "")
    if value is None:
        return None
    try:
        if kind.startswith("int"):
            return int(value)
        if kind.startswith("float"):
            return float(value)
    except (TypeError, ValueError):
        raise ValueError(f"setting {f.name}: {value!r} is not a number") from None
    return str(value)
