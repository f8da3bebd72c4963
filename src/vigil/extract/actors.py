"""Actors (group labels with roles) and issues (a small taxonomy), both kept as data.

Actors are groups — "truck drivers", "Haft Tappeh sugar cane workers", "security forces",
"IRGC" — never private individuals. The role in a given event is settled by the event stage
(protesters take part in a protest and are the target of its repression).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from .. import lexicon
from ..model import Actor, Doc, Mention


@dataclass(frozen=True)
class ActorLexicon:
    data: dict

    @classmethod
    def default(cls) -> "ActorLexicon":
        return cls(lexicon.load("lexicon/actors"))

    @cached_property
    def patterns(self) -> list[tuple[re.Pattern, str, str]]:
        out = []
        for entry in self.data["actor"]:
            # capitalised group names ("Haft Tappeh") must stay case-sensitive in their first part
            rx = re.compile(rf"(?<![\w-])(?:{entry['pattern']})(?![\w-])", re.I if "[A-Z]" not in entry["pattern"] else 0)
            out.append((rx, entry.get("label") or "", entry["role"]))
        return out


class ActorStage:
    """Fill ``doc.actors`` with group mentions; longest match wins where patterns overlap."""

    def __init__(self, lex: ActorLexicon | None = None):
        self.lex = lex or ActorLexicon.default()

    def __call__(self, doc: Doc) -> Doc:
        found: list[Mention] = []
        text = doc.text
        for rx, label, role in self.lex.patterns:
            for m in rx.finditer(text):
                name = label or _tidy(m.group(0))
                found.append(Mention("actor", m.start(), m.end(), m.group(0), Actor(name, role), method="lexicon"))
        doc.actors = _longest_first(found)
        return doc


def _tidy(words: str) -> str:
    words = re.sub(r"\s+", " ", words.strip())
    # keep proper names of groups ("Haft Tappeh") but lower-case the common nouns
    return " ".join(w if (w[:1].isupper() and i < len(words.split()) - 1) else w.lower()
                    for i, w in enumerate(words.split()))


def _longest_first(mentions: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    for m in sorted(mentions, key=lambda m: (-(m.end - m.start), m.start)):
        if not any(o.start < m.end and m.start < o.end for o in out):
            out.append(m)
    return sorted(out, key=lambda m: m.start)


@dataclass(frozen=True)
class IssueTaxonomy:
    data: dict

    @classmethod
    def default(cls) -> "IssueTaxonomy":
        return cls(lexicon.load("lexicon/issues"))

    @cached_property
    def patterns(self) -> list[tuple[str, re.Pattern]]:
        return [(label, re.compile(rf"\b(?:{lexicon.alternation(words)})\b", re.I))
                for label, words in self.data["issues"].items()]

    def issues_in(self, text: str) -> list[str]:
        return [label for label, rx in self.patterns if rx.search(text)]
