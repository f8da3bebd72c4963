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
from .triggers import focus_sentences
from .wordscan import ScannerGroup, WordScanner, focus_word_starts


@dataclass(frozen=True)
class ActorLexicon:
    data: dict

    @classmethod
    def default(cls) -> "ActorLexicon":
        return cls(lexicon.load("lexicon/actors"))

    @cached_property
    def entries(self) -> list[tuple[str, str, bool]]:
        return [(e.get("label") or "", e["role"], bool(e.get("named"))) for e in self.data["actor"]]

    @cached_property
    def scanner(self) -> WordScanner:
        """Every actor pattern, matched at word starts in the data file's order (at one
        position the first entry that matches wins, so specific groups come first).
        Capitalised group names ("Haft Tappeh") stay case-sensitive."""
        parts = [lexicon.persian_variants(e["pattern"]) if "[A-Z]" in e["pattern"]
                 else f"(?i:{lexicon.persian_variants(e['pattern'])})" for e in self.data["actor"]]
        return WordScanner(parts, flags=0, tail=r"(?![\w-])")


class ActorStage:
    """Fill ``doc.actors`` with group mentions; longest match wins where patterns overlap. The
    issue words of the same sentences are found in the same pass, for the event stage."""

    def __init__(self, lex: ActorLexicon | None = None, issues: IssueTaxonomy | None = None):
        self.lex = lex or ActorLexicon.default()
        self.issues = issues or IssueTaxonomy.default()

    @cached_property
    def _group(self) -> ScannerGroup:
        return ScannerGroup([self.lex.scanner, self.issues.scanner])

    def __call__(self, doc: Doc) -> Doc:
        doc.actors = []
        text = doc.text
        sentences = focus_sentences(doc, reach=0)  # actors count in event sentences
        actors, issues = self._group.matches(text, *focus_word_starts(doc, sentences))
        self.issues.keep_hits(doc, sentences, issues)
        for m, i in actors:
            start, end = m.span()
            label, role, named = self.lex.entries[i]
            name = label or _tidy(text[start:end])
            if named:
                first = _name_start(text, start)
                if first < start:  # "Haft Tappeh sugar cane workers": the group's own name
                    start, name = first, _tidy(text[first:end], proper=True)
            doc.actors.append(Mention("actor", start, end, text[start:end], Actor(name, role), method="lexicon"))
        return doc


_CAPS_BEFORE = re.compile(r"(?:(?<![\w-])[A-Z][\w-]*\s+){1,5}$")
_CAPS_WORD = re.compile(r"[A-Z][\w-]*")
_NOT_A_GROUP_NAME = frozenset("""The A An Of And Or For In At On To With From By As After Before Over Under Amid
    Protest Protests Gathering Gatherings Strike Strikes Rally Rallies March Sit-in Day Days Thousands Hundreds Dozens
    Many Some All More Most Other Striking Angry Retired Laid-off Unpaid""".split())


def _name_start(text: str, start: int) -> int:
    """Extend a group to the capitalised words just before it ("Haft Tappeh" sugar workers,
    "Ahvaz Alloyed Steel National Group" workers), not to a Title Case headline's other words."""
    m = _CAPS_BEFORE.search(text, max(0, start - 80), start)
    if m is None:
        return start
    words = list(_CAPS_WORD.finditer(text, m.start(), start))
    while words and words[0].group() not in _NOT_A_GROUP_NAME and any(w.group() in _NOT_A_GROUP_NAME for w in words):
        words.pop(0)  # keep only the run after the last headline word
    while words and words[0].group() in _NOT_A_GROUP_NAME:
        words.pop(0)
    return words[0].start() if words else start


def _tidy(words: str, proper: bool = False) -> str:
    words = re.sub(r"\s+", " ", words.strip())
    split = words.split()
    if proper and all(w[:1].isupper() for w in split):
        return words  # a name capitalised throughout: "United Auto Workers", the union
    # keep proper names of groups ("Haft Tappeh") but lower-case the common nouns
    return " ".join(w if (w[:1].isupper() and i < len(split) - 1) else w.lower() for i, w in enumerate(split))


@dataclass(frozen=True)
class IssueTaxonomy:
    data: dict

    @classmethod
    def default(cls) -> "IssueTaxonomy":
        return cls(lexicon.load("lexicon/issues"))

    @cached_property
    def words(self) -> dict[str, list[str]]:
        """Each label's fragments, English and Persian together."""
        fa = self.data.get("issues_fa", {})
        return {label: list(words) + list(fa.get(label, ())) for label, words in self.data["issues"].items()}

    @cached_property
    def labels(self) -> list[str]:
        return list(self.words)

    @cached_property
    def _fragments(self) -> list[tuple[int, str]]:
        """(label index, fragment): label by label, each label's fragments longest first (the
        order of one alternation a label), one scanner pattern each (see WordScanner)."""
        return [(i, lexicon.persian_variants(w)) for i, words in enumerate(self.words.values())
                for w in lexicon.longest_first(words)]

    @cached_property
    def scanner(self) -> WordScanner:
        return WordScanner([w for _, w in self._fragments], tail=r"\b")

    def _label(self, fragment: int) -> str:
        return self.labels[self._fragments[fragment][0]]

    def issues_in(self, text: str) -> list[str]:
        found = {self._fragments[i][0] for _, _, i in self.scanner.finditer(text)}
        return [self.labels[i] for i in sorted(found)]

    def doc_hits(self, doc: Doc) -> list[tuple[int, int, str]]:
        """(start, end, label) of every issue word in the event sentences of the report, found
        once and shared (the actor stage finds them with the actors: see ``keep_hits``)."""
        sentences = focus_sentences(doc, reach=0)  # issues of event sentences
        got = doc.context.get("issue_hits")
        if got is None or got[0] is not self.data or got[1] != sentences:
            got = self.keep_hits(doc, sentences, self.scanner.matches(doc.text, *focus_word_starts(doc, sentences)))
        return got[2]

    def keep_hits(self, doc: Doc, sentences, matches) -> tuple:
        """Keep the issue words found in the given sentences (``matches``: this scanner's
        (match, pattern index) pairs) for ``doc_hits``."""
        got = doc.context["issue_hits"] = (self.data, sentences, [(*m.span(), self._label(i)) for m, i in matches])
        return got
