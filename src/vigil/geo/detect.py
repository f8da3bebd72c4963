"""Toponym candidates: gazetteer look-ups of capitalised n-grams, hashtags and abbreviations.

Detection does not depend on NER: every run of capitalised words is matched against the
gazetteer, longest name first; hashtags (``#IranFloods``) are split at case changes; state
abbreviations (``Ind.``, ``W.Va.``, ``CA``) count where their form says they are one; Persian-
script runs are matched against the Persian names of Iranian and Afghan places. Whether a
candidate is kept is decided later (:mod:`vigil.geo.resolve`), with the document's context.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from .gazetteer import ADMIN1, ADMIN2, CITY, Gazetteer, Hit
from .names import fold_key

MAX_TOKENS = 6
MAX_HITS = 40
_TOKEN = re.compile(r"[^\W\d_](?:[^\W_]|['’](?![sS]\b)[^\W\d_]|\.(?=[^\W\d_]\.))*\.?|&|[\d]+")
_CAP_RUN = re.compile(r"[^\W\d_a-z]\S*(?:\s+(?:(?:of|de|del|la|le|les|du|des|da|do|dos|el|al|upon|on|the|y|e|"
                      r"van|von|sur|am|an|im|di|&)\s+)?[^\W\d_a-z]\S*)*")
_ARABIC_RUN = re.compile(r"[\u0600-\u06ff\u200c]+(?:\s+[\u0600-\u06ff\u200c]+)*")
_HASHTAG = re.compile(r"#([^\W\d_][^\W_]*)")
_CAMEL = re.compile(r"[A-Z][a-z]+|[A-Z]+(?![a-z])|[a-z]+")
_ABBREV = re.compile(r"\b(?:W\. ?Va\.|(?:[A-Z]\.){2,}[A-Z]?\.?|[A-Z][a-z]{1,4}\.|[A-Z]{2,3})(?![\w])")
_CONNECTORS = frozenset({"of", "de", "del", "la", "le", "les", "du", "des", "da", "do", "dos", "el", "al",
                         "upon", "on", "the", "y", "e", "van", "von", "sur", "am", "an", "im", "di"})
_ADMIN_SUFFIX = re.compile(r"\s+(?:[Pp]rovince|[Gg]overnorate|[Oo]blast|[Pp]refecture|[Ss]tate\b(?!\s+[A-Z])|"
                           r"[Rr]egion|[Tt]erritory)\b")
_COUNTY_SUFFIX = re.compile(r"\s+(?:County|Parish|Borough)\b")


@dataclass
class Candidate:
    start: int
    end: int
    text: str
    hits: list[Hit]
    tokens: int = 1
    method: str = "gazetteer"
    sentence_initial: bool = False
    hashtag: bool = False
    allcaps: bool = False
    abbrev: Optional[str] = None  # style of a state abbreviation: safe | ap | postal
    only_kind: Optional[int] = None  # "X Province" -> admin1 only
    qualifier: list = field(default_factory=list)  # candidates right after ", " (City, State)


@dataclass
class _Tok:
    start: int
    end: int
    text: str


def tokens(text: str, start: int = 0, end: Optional[int] = None) -> list[_Tok]:
    out = []
    for m in _TOKEN.finditer(text, start, len(text) if end is None else end):
        s, e = m.start(), m.end()
        w = m.group(0)
        if w.endswith(".") and not _keeps_dot(w):
            e -= 1
            w = w[:-1]
        out.append(_Tok(s, e, w))
    return out


def _keeps_dot(w: str) -> bool:
    return "." in w[:-1]


def _capitalised(t: _Tok) -> bool:
    c = t.text[:1]
    return c.isupper() or (c.isalpha() and not c.islower() and not c.isupper())


def _chunks(text: str, toks: list[_Tok]) -> list[list[_Tok]]:
    """Runs of capitalised tokens, joined by single spaces/hyphens or lower-case connectors."""
    chunks: list[list[_Tok]] = []
    cur: list[_Tok] = []
    for i, t in enumerate(toks):
        gap = text[cur[-1].end:t.start] if cur else ""
        joined = cur and len(gap) <= 2 and gap.strip() in ("", "-", "'", "’", "&") and "\n" not in gap
        if _capitalised(t) and not t.text.isdigit():
            if not joined and cur:
                chunks.append(cur)
                cur = []
            cur.append(t)
        elif joined and t.text in _CONNECTORS and i + 1 < len(toks) and _capitalised(toks[i + 1]):
            cur.append(t)
        elif cur:
            chunks.append(cur)
            cur = []
    if cur:
        chunks.append(cur)
    return chunks


def _match_chunk(gaz: Gazetteer, text: str, chunk: list[_Tok], out: list[Candidate]) -> None:
    i, n = 0, len(chunk)
    while i < n:
        if chunk[i].text in _CONNECTORS:
            i += 1
            continue
        for j in range(min(n, i + MAX_TOKENS), i, -1):
            if chunk[j - 1].text in _CONNECTORS:
                continue
            s, e = chunk[i].start, chunk[j - 1].end
            hits = gaz.lookup_key(fold_key(text[s:e]))
            if not hits and j == n and j - i <= 2 and e - s >= 5:
                hits = [h for h in gaz.lookup_loose(text[s:e]) if h.match >= 1]
            if hits:
                if len(hits) > MAX_HITS:
                    hits = _top_hits(gaz, hits)
                out.append(Candidate(s, e, text[s:e], hits, tokens=j - i))
                i = j
                break
        else:
            i += 1


def _top_hits(gaz: Gazetteer, hits: list[Hit]) -> list[Hit]:
    """Keep every non-city entry and the most populous cities: context can only pick among these."""
    cities = sorted((h for h in hits if gaz.kind(h.entry) == CITY), key=lambda h: -gaz.population(h.entry))
    return [h for h in hits if gaz.kind(h.entry) != CITY] + cities[:MAX_HITS]


def _hashtags(gaz: Gazetteer, text: str, out: list[Candidate]) -> None:
    for m in _HASHTAG.finditer(text):
        base = m.start(1)
        parts = [_Tok(base + p.start(), base + p.end(), p.group(0)) for p in _CAMEL.finditer(m.group(1))]
        found: list[Candidate] = []
        _match_chunk(gaz, text, parts, found)
        for c in found:
            c.hashtag = True
            c.method = "hashtag"
        out.extend(found)


def _arabic(gaz: Gazetteer, text: str, out: list[Candidate]) -> None:
    for m in _ARABIC_RUN.finditer(text):
        words = [_Tok(w.start() + m.start(), w.end() + m.start(), w.group(0))
                 for w in re.finditer(r"\S+", m.group(0))]
        found: list[Candidate] = []
        _match_chunk(gaz, text, words, found)
        out.extend(c for c in found if len(c.text) >= 3)


def _abbreviations(gaz: Gazetteer, text: str, out: list[Candidate]) -> None:
    for m in _ABBREV.finditer(text):
        ab = gaz.abbreviations.get(m.group(0)) or gaz.abbreviations.get(m.group(0).replace(" ", ""))
        if ab is None:
            continue
        e, style = ab
        out.append(Candidate(m.start(), m.end(), m.group(0), [Hit(e, 3)], method="abbreviation",
                             abbrev=style, only_kind=ADMIN1))


def _suffixes(gaz: Gazetteer, text: str, c: Candidate) -> None:
    """"Lorestan Province" -> admin1 only (span takes the word); "Laurel County" -> admin2."""
    m = _ADMIN_SUFFIX.match(text, c.end)
    if m and any(gaz.kind(h.entry) == ADMIN1 for h in c.hits):
        c.hits = [h for h in c.hits if gaz.kind(h.entry) == ADMIN1]
        c.only_kind = ADMIN1
        c.end = m.end()
        c.text = text[c.start:c.end]
        return
    m = _COUNTY_SUFFIX.match(text, c.end)
    if m:
        hits = gaz.lookup(text[c.start:m.end()])
        if hits:
            c.hits = [h for h in hits if gaz.kind(h.entry) == ADMIN2] or hits
            c.only_kind = ADMIN2
            c.end = m.end()
            c.text = text[c.start:c.end]


def _regions(text: str) -> list[tuple[int, int]]:
    """Stretches of text worth tokenising: capitalised words with their close neighbours."""
    out: list[tuple[int, int]] = []
    for m in _CAP_RUN.finditer(text):
        s, e = max(0, m.start() - 1), min(len(text), m.end() + 1)
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


def find_candidates(gaz: Gazetteer, text: str, sentence_starts: set[int]) -> list[Candidate]:
    """All gazetteer matches in ``text``, non-overlapping, in order."""
    found: list[Candidate] = []
    for s, e in _regions(text):
        for chunk in _chunks(text, tokens(text, s, e)):
            _match_chunk(gaz, text, chunk, found)
    _hashtags(gaz, text, found)
    _abbreviations(gaz, text, found)
    _arabic(gaz, text, found)
    found.sort(key=lambda c: (c.start, -(c.end - c.start)))
    out: list[Candidate] = []
    for c in found:
        if out and c.start < out[-1].end:
            continue
        _suffixes(gaz, text, c)
        c.sentence_initial = _is_sentence_initial(text, c.start, sentence_starts)
        c.allcaps = c.text.isupper() and len(c.text) > 3
        out.append(c)
    _link_qualifiers(text, out)
    return out


def _is_sentence_initial(text: str, start: int, sentence_starts: set[int]) -> bool:
    if start in sentence_starts:
        return True
    before = text[max(0, start - 3):start]
    return start == 0 or "\n" in before or bool(re.search(r"[.!?:\"“]\s*$", before))


def _link_qualifiers(text: str, cands: list[Candidate]) -> None:
    for a, b in zip(cands, cands[1:]):
        gap = text[a.end:b.start]
        if gap in (", ", ",", " (", ", the ") or (gap.strip() == "," and "\n" not in gap):
            a.qualifier.append(b)
