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
from .wordscan import WordScanner, doc_word_starts


@dataclass(frozen=True)
class ActorLexicon:
    data: dict

    @classmethod
    def default(cls) -> "ActorLexicon":
        return cls(lexicon.load("lexicon/actors"))

    @cached_property
    def entries(self) -> list[tuple[str, str]]:
        return [(e.get("label") or "", e["role"]) for e in self.data["actor"]]

    @cached_property
    def scanner(self) -> WordScanner:
        """Every actor pattern, matched at word starts in the data file's order (at one
        position the first entry that matches wins, so specific groups come first).
        Capitalised group names ("Haft Tappeh") stay case-sensitive."""
        parts = [e["pattern"] if "[A-Z]" in e["pattern"] else f"(?i:{e['pattern']})" for e in self.data["actor"]]
        return WordScanner(parts, flags=0, tail=r"(?![\w-])")


class ActorStage:
    """Fill ``doc.actors`` with group mentions; longest match wins where patterns overlap."""

    def __init__(self, lex: ActorLexicon | None = None):
        self.lex = lex or ActorLexicon.default()

    def __call__(self, doc: Doc) -> Doc:
        doc.actors = []
        text = doc.text
        for start, end, i in self.lex.scanner.finditer(text, *doc_word_starts(doc)):
            label, role = self.lex.entries[i]
            words = text[start:end]
            doc.actors.append(Mention("actor", start, end, words, Actor(label or _tidy(words), role), method="lexicon"))
        return doc


def _tidy(words: str) -> str:
    words = re.sub(r"\s+", " ", words.strip())
    # keep proper names of groups ("Haft Tappeh") but lower-case the common nouns
    return " ".join(w if (w[:1].isupper() and i < len(words.split()) - 1) else w.lower()
                    for i, w in enumerate(words.split()))


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
