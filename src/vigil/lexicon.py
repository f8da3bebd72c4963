"""Lexicons and taxonomies kept as data files under ``vigil/data`` (TOML), loaded on demand."""
from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=None)
def load(name: str) -> dict:
    """The parsed TOML file ``vigil/data/<name>.toml`` (cached: the data never changes at run time)."""
    ref = resources.files("vigil").joinpath("data", *f"{name}.toml".split("/"))
    with ref.open("rb") as fh:
        return tomllib.load(fh)


def alternation(words: list[str]) -> str:
    """One regex alternation of ``words`` (regex fragments), longest first."""
    return "|".join(sorted(words, key=len, reverse=True))


@lru_cache(maxsize=None)
def compiled(name: str, key: str) -> re.Pattern:
    """A case-insensitive regex matching any entry of list ``key`` in lexicon ``name``."""
    return re.compile(r"(?<![\w-])(?:" + alternation(load(name)[key]) + r")", re.I)
