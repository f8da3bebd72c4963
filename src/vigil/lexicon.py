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
    return "|".join(longest_first(words))


def longest_first(words: list[str]) -> list[str]:
    """``words`` longest first, in the order :func:`alternation` tries them (ties as listed)."""
    return sorted(words, key=len, reverse=True)


@lru_cache(maxsize=None)
def compiled(name: str, key: str) -> re.Pattern:
    """A case-insensitive regex matching any entry of list ``key`` in lexicon ``name``."""
    return re.compile(r"(?<![\w-])(?:" + alternation(load(name)[key]) + r")", re.I)


_ARABIC_FORMS = {"ی": "[یيى]", "ک": "[کك]"}
_TO_PERSIAN = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک"})


def to_persian(text: str) -> str:
    """The Arabic keyboard's yeh and kaf in their Persian forms (for dictionary lookups)."""
    return text.translate(_TO_PERSIAN)


def persian_variants(pattern: str) -> str:
    """``pattern`` also matching the Arabic keyboard's yeh and kaf (ي ى ك) where it has the
    Persian ones (ی ک), outside character classes (which are left as written)."""
    out, depth, escaped = [], 0, False
    for ch in pattern:
        if escaped:
            out.append(ch)
            escaped = False
            continue
        if ch == "\\":
            escaped = True
        elif ch == "[":
            depth += 1
        elif ch == "]" and depth:
            depth -= 1
        out.append(_ARABIC_FORMS.get(ch, ch) if depth == 0 else ch)
    return "".join(out)
