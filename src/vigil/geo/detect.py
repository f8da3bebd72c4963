"""Toponym candidates: gazetteer look-ups of capitalised n-grams, hashtags and abbreviations.

Detection does not depend on NER: every run of capitalised words is matched against the
gazetteer, longest name first; hashtags (``#IranFloods``) are split at case changes; state
abbreviations (``Ind.``, ``W.Va.``, ``CA``) count where their form says they are one; Persian-
script runs are matched against the Persian names of Iranian and Afghan places. Whether a
candidate is kept is decided later (:mod:`vigil.geo.resolve`), with the document's context.

Speed: one C-level regex pass finds the capitalised runs; each distinct surface string is
looked up once per :class:`Matcher` (the memo is shared by every document the matcher sees,
so "Chicago" is folded and looked up once per process, not once per mention).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from operator import attrgetter
from typing import Optional

from .. import lexicon
from .gazetteer import ADMIN1, ADMIN2, ALIAS, ALT, CITY, COUNTRY, DEMONYM, REGION, Gazetteer, Hit
from .names import fold_key, is_arabic_script

MAX_TOKENS = 6
MAX_HITS = 40
MEMO_LIMIT = 200_000  # distinct surface strings remembered before the memo starts afresh
_CONNECTOR_WORDS = ("of", "de", "del", "la", "le", "les", "du", "des", "da", "do", "dos", "el", "al",
                    "upon", "on", "the", "y", "e", "van", "von", "sur", "am", "an", "im", "di", "au", "aux",
                    "es", "en", "los", "las")
_CONNECTORS = frozenset(_CONNECTOR_WORDS)
_SAINT = re.compile(r"(St|Ft|Mt)\.?\s", re.I)  # "Mt. Juliet": Mount Juliet where only the full form is listed
_SAINTS = {"st": "Saint ", "ft": "Fort ", "mt": "Mount "}
_ARTICLES = frozenset({"A", "An", "The"})
# English words that never begin or end a place name: in a headline or a line in capitals they
# run into the next word ("WAS A" is not Wasa, "TO BE" not Tobe, "AND ON" not Andong)
_NOT_AT_EDGE = frozenset("a an and or to be is was are were on at in it by for any not no as if but his her "
                         "its he she we they of with from that this".split())
_POSSESSOR = re.compile(r"(?<![\w'’])[A-Z][a-z]+['’]s $")
_TOKEN = re.compile(r"[^\W\d_][^\W_]*(?:(?:['’](?![sS]\b)[^\W\d_]|\.(?=[^\W\d_]\.))[^\W_]*)*\.?|&|[\d]+")
# A capitalised word; keeps a final dot only in dotted forms ("U.S."). (Its letters after the
# capital are written as a run of letters between the rarer apostrophes and dots, not as a choice
# made at every letter: the same words, matched faster.)
_CAPW_REST = r"[^\W_]*(?:(?:['’](?![sS]\b)[^\W\d_]|\.(?=[^\W\d_]\.))[^\W_]*)*(?:(?<=\.[^\W\d_])\.)?"
_CAPW = rf"[^\W\d_a-z]{_CAPW_REST}"
# Between two words of one name: one or two spaces, a hyphen or apostrophe with no space around it
# ("NEWPORT, RI- A man" ends the name at "RI"), "St. ", or a connector
# ("Dar es Salaam", "Port-au-Prince", "Bab el-Oued") or an elided article ("Côte d'Ivoire"); "ST. LOUIS"
# in a capitals dateline as "St. Louis".
_SEP = r"(?:[^\S\n]{1,2}|[-'’]|(?<=St|Ft|Mt|ST|FT|MT)\.[^\S\n])"
_LINK = rf"(?:(?:(?:{'|'.join(_CONNECTOR_WORDS)})(?:[^\S\n]{{1,2}}|-)){{1,2}}|[dl]['’])"
# (The first capital comes before the look back at the character ahead of it, so that the regex
# engine skips fast to the next capital instead of trying the pattern at every character.)
_CHUNK_SRC = rf"[^\W\d_a-z](?<![^\W_][^\W\d_a-z]){_CAPW_REST}((?:{_SEP}{_LINK}?{_CAPW})+)?"
_CHUNK = re.compile(_CHUNK_SRC)
# The same for ASCII text, with plain letter classes (the regex engine scans these much faster).
_CHUNK_ASCII = re.compile(_CHUNK_SRC.replace(r"[^\W\d_a-z]", "[A-Z]").replace(r"[^\W\d_]", "[A-Za-z]")
                          .replace(r"[^\W_]", "[A-Za-z0-9]"))
# A letter or digit beyond ASCII: text without one may use _CHUNK_ASCII (written as a character
# beyond ASCII, then a look back at it: the regex engine skips through ASCII text fast)
_NON_ASCII_WORD = re.compile(r"[^\x00-\x7f](?<=\w)")
_ARABIC_RUN = re.compile(r"[\u0600-\u06ff\u200c]+(?:[\s_]+[\u0600-\u06ff\u200c]+)*")  # "_": hashtags (#نسیم_شهر)
_ARABIC_WORD = re.compile(r"[^\W\d_]+(?:\u200c[^\W\d_]*)*")  # letters only: no digits, commas (،) or stops
_DAY_BEFORE = re.compile(r"[0-9\u06f0-\u06f9\u0660-\u0669](?:\s*(?:ام|م))?\s*$")
_HASHTAG = re.compile(r"#([^\W\d_][^\W_]*)")
# the words a hashtag names its news with beside a place ("#IranFloods", "#StandWithHongKong")
_TAG_WORDS = frozenset("protest protests protesters strike strikes riot riots rally unrest uprising revolution "
                       "revolt floods flood flooding earthquake quake fire fires storm news now today live update updates "
                       "women life freedom attack attacks shooting bombing blast war election elections crisis "
                       "stand with for in of the pray save free support solidarity justice resists rising "
                       "teachers workers students drivers truckers farmers nurses retirees bazaar".split())
_CAMEL = re.compile(r"[A-Z][a-z]+|[A-Z]+(?![a-z])|[a-z]+")
_ABBREV = re.compile(r"\b(?:W\. ?Va\.|(?:[A-Z]\.){2,}[A-Z]?\.?|[A-Z][a-z]{1,4}\.|[A-Z]{2,3})(?![\w])")
_ADMIN_SUFFIX = re.compile(r"\s+(?:[Pp]rovince|[Gg]overnorate|[Oo]blast|[Pp]refecture|[Ss]tate\b(?!\s+[A-Z])|"
                           r"[Rr]egion|[Tt]erritory)\b")
# (a county may take its name in the possessive: "Prince George's County", "St. Mary's Parish")
_COUNTY_SUFFIX = re.compile(r"(?:['’]s)?\s+(?:County|Parish|Borough)\b")
# Where either suffix may follow (one look for the two: most names have neither)
_ANY_SUFFIX = re.compile(r"\s+(?:[PpGgOoSsRrTt]|County|Borough)|['’]s\s+[CPB]")
_ADMIN_PREFIX = re.compile(r"\b(?:[Ss]tate|[Pp]rovince|[Gg]overnorate|[Pp]refecture|[Oo]blast)\s+of\s+(?:the\s+)?$")
_CONTAINERS = frozenset({ADMIN1, ADMIN2, COUNTRY, REGION})
_END_PUNCT = re.compile(r"[.!?:\"“]\s*$")
_START, _END = attrgetter("start"), attrgetter("end")
_LIST_GAP = re.compile(r",[^\S\n]*(?:(?:and|or)[^\S\n]+)?|[^\S\n]+(?:and|or|&)[^\S\n]+")


class Name:
    """One distinct gazetteer match (its hits), with facts the later steps ask for often.

    Shared by every mention of the same surface string; ``options`` is filled in lazily by
    :mod:`vigil.geo.resolve` (the entries' scores before context).
    """

    __slots__ = ("key", "hits", "kinds", "strong", "options", "static", "matches")

    def __init__(self, gaz: Gazetteer, key: str, hits: tuple) -> None:
        self.key = key
        self.hits = hits
        self.kinds = frozenset(gaz.kind(h.entry) for h in hits)
        self.strong = _is_strong(gaz, hits, not key.isascii() and is_arabic_script(key))
        self.options = None
        self.static = None  # its (countries, admin1s) mass before context, see resolve._contribution
        self.matches = None  # entry -> how its first hit matched, made when first asked for

    def match_of(self, e: Optional[int]) -> Optional[int]:
        """How entry ``e`` matched the name (its first hit's match), None if it is none of its entries."""
        if self.matches is None:
            matches: dict = {}
            for h in self.hits:
                matches.setdefault(h.entry, h.match)
            self.matches = matches
        return self.matches.get(e)


def _is_strong(gaz: Gazetteer, hits, arabic: bool = False) -> bool:
    """Names that count wherever they stand: countries, demonyms, regions, admin1s, big cities
    (a big city's name in Arabic script too: "لندن" is London's alternate name, but the only
    name Persian has for it)."""
    for h in hits:
        k = gaz.kind(h.entry)
        if k in (COUNTRY, REGION) or h.match in (DEMONYM, ALIAS):
            return True
        if h.match == ALT and not arabic:
            continue
        if k == ADMIN2 or (k in (ADMIN1, CITY) and gaz.population(h.entry) >= 100_000):
            return True
    return False


@dataclass(eq=False, slots=True)
class Candidate:
    start: int
    end: int
    text: str
    name: Name
    tokens: int = 1
    method: str = "gazetteer"
    sentence_initial: bool = False
    hashtag: bool = False
    tag_part: bool = False  # a hashtag's part beside words that are no event's ("Amini" of #MahsaAmini): as weak as any name
    allcaps: bool = False
    abbrev: Optional[str] = None  # style of a state abbreviation: safe | ap | postal
    only_kind: Optional[int] = None  # "X Province" -> admin1 only
    qualifier: list = field(default_factory=list)  # candidates right after ", " (City, State)
    listed: bool = False  # with a qualifier, or as one: an item of a list ("Moscow, Kiev and Minsk")
    before: Optional[str] = None  # the word before the name (filled in by the filters)

    @property
    def hits(self) -> tuple:
        return self.name.hits if self.name is not None else ()

    @property
    def key(self) -> str:
        return self.name.key if self.name is not None else fold_key(self.text)


@dataclass(slots=True)
class _Tok:
    start: int
    end: int
    text: str


def tokens(text: str, start: int = 0, end: Optional[int] = None) -> list[_Tok]:
    out = []
    for m in _TOKEN.finditer(text, start, len(text) if end is None else end):
        s, e = m.start(), m.end()
        w = m.group(0)
        if w[-1] == "." and "." not in w[:-1]:
            e -= 1
            w = w[:-1]
        out.append(_Tok(s, e, w))
    return out


def _top_hits(gaz: Gazetteer, hits: list[Hit]) -> list[Hit]:
    """Keep every non-city entry and the most populous cities: context can only pick among these."""
    cities = sorted((h for h in hits if gaz.kind(h.entry) == CITY), key=lambda h: -gaz.population(h.entry))
    return [h for h in hits if gaz.kind(h.entry) != CITY] + cities[:MAX_HITS]


def _function_edge(first: str, last: str) -> bool:
    """A run of words that starts or ends with a function word ("WAS A", "AND ON", "OR THE");
    a leading "The" may belong to the name ("The Hague"), and so may a leading "A" but in a
    line of capitals ("A Coruna", not "A LOT")."""
    head = first.lower()
    if head == "the" or (head == "a" and not last.isupper()):
        return last.lower() in _NOT_AT_EDGE
    return head in _NOT_AT_EDGE or last.lower() in _NOT_AT_EDGE


class Matcher:
    """Finds candidates in texts; remembers each surface string's gazetteer match."""

    def __init__(self, gaz: Gazetteer) -> None:
        self.gaz = gaz
        self._memo: dict = {}

    def _remember(self, k, value):
        if len(self._memo) >= MEMO_LIMIT:
            self._memo.clear()
        self._memo[k] = value
        return value

    def name(self, surface: str, loose: bool = False) -> Optional[Name]:
        """The gazetteer match of ``surface`` (exact key; with ``loose``, the romanisation fallback)."""
        k = (surface, 1) if loose else surface
        got = self._memo.get(k, False)
        if got is not False:
            return got
        key = fold_key(surface)
        if not loose and (m := _SAINT.match(surface)) is not None:
            hits = self.gaz.lookup_key(key) or self.gaz.lookup_key(fold_key(_SAINTS[m.group(1).lower()] + surface[m.end():]))
            return self._remember(k, Name(self.gaz, key, tuple(_top_hits(self.gaz, hits) if len(hits) > MAX_HITS else hits))
                                  if hits else None)
        if loose:  # (not for people's first names and dictionary words: "Michael", "Reading")
            skip = key in self.gaz.first_names or key in self.gaz.common_words
            hits = [] if skip else [h for h in self.gaz.lookup_loose(surface) if h.match >= 1]
        else:
            hits = self.gaz.lookup_key(key)
        if len(hits) > MAX_HITS:
            hits = _top_hits(self.gaz, hits)
        return self._remember(k, Name(self.gaz, key, tuple(hits)) if hits else None)

    def filtered(self, name: Name, kind: int) -> Name:
        """The same name restricted to one feature kind ("Lorestan Province" -> admin1 only)."""
        k = (name.key, "kind", kind)
        got = self._memo.get(k)
        if got is None:
            hits = tuple(h for h in name.hits if self.gaz.kind(h.entry) == kind) or name.hits
            got = self._remember(k, Name(self.gaz, name.key, hits))
        return got

    def find(self, text: str, sentence_starts: set[int]) -> list[Candidate]:
        """All gazetteer matches in ``text``, non-overlapping, in order."""
        plain = text.isascii() or _NON_ASCII_WORD.search(text) is None  # (no letter beyond ASCII)
        found = self._scan(text, plain)
        if "#" in text:
            self._hashtags(text, found)
        if not plain and _has_arabic(text):  # (Persian script has letters beyond ASCII)
            self._arabic(text, found)
        found.sort(key=_END, reverse=True)  # by start, the longest first (two stable sorts: no key function in Python)
        found.sort(key=_START)
        out: list[Candidate] = []
        for c in found:
            if out and c.start < out[-1].end:
                if c.abbrev and (c.start, c.end) == (out[-1].start, out[-1].end) and not out[-1].abbrev \
                        and text[:c.start].rstrip().endswith(","):
                    out[-1] = c  # "Birmingham, AL": the state's postal code, not a place named "Al"
                continue
            if c.start > 3 and text[c.start - 3:c.start - 1] in ("'s", "’s") and c.method == "gazetteer":
                self._possessive(text, c, out)
            self._suffixes(text, c)
            c.sentence_initial = _is_sentence_initial(text, c.start, sentence_starts)
            c.allcaps = len(c.text) > 3 and c.text.isupper()
            out.append(c)
        _link_qualifiers(self.gaz, text, out)
        return out

    def _scan(self, text: str, plain: bool) -> list[Candidate]:
        """Gazetteer names and state abbreviations among the runs of capitalised words
        (``plain``: the text has no letter beyond ASCII)."""
        found: list[Candidate] = []
        memo, heads = self._memo, self._heads()
        for m in (_CHUNK_ASCII if plain else _CHUNK).finditer(text):
            if not plain and "\u0600" <= m.group()[0] <= "\u06ff":
                continue  # Persian script has no capitals: its names are read by _arabic
            if m.group(1) is not None:
                self._multi(text, m.start(), m.group(), found, heads)
                continue
            w = m.group()
            name = memo.get(w, False)
            if name is False:
                name = self.name(w)
            if name is None and len(w) >= 5:
                name = memo.get((w, 1), False)  # (the memo read here: most words were seen before)
                if name is False:
                    name = self.name(w, loose=True)
            if name is not None:
                found.append(Candidate(m.start(), m.end(), w, name))
            if w.partition(".")[0] in heads:  # (its head: see _head)
                self._abbreviation(text, m.start(), found)
        return found

    def _multi(self, text: str, start: int, chunk: str, found: list[Candidate], heads: frozenset) -> None:
        """A run of several capitalised words; its matches are remembered by the run's text."""
        got = self._memo.get(("run", chunk))
        if got is None:
            toks = tokens(chunk)
            cands: list[Candidate] = []
            self._match_chunk(chunk, toks, cands)
            got = self._remember(("run", chunk), (
                [(c.start, c.end, c.text, c.name, c.tokens) for c in cands],
                [t.start for t in toks if t.text.partition(".")[0] in heads]))
        for s, e, surface, name, n in got[0]:
            found.append(Candidate(start + s, start + e, surface, name, tokens=n))
        for s in got[1]:
            self._abbreviation(text, start + s, found)

    def _match_chunk(self, text: str, chunk: list[_Tok], out: list[Candidate]) -> None:
        """Longest names first, left to right; a leading article gives way to a longer name that
        starts after it ("A New Jersey woman": New Jersey, not a town called Anew)."""
        i, n = 0, len(chunk)
        while i < n:
            if chunk[i].text in _CONNECTORS:
                i += 1
                continue
            got = self._longest(text, chunk, i)
            if chunk[i].text in _ARTICLES and i + 1 < n:
                after = self._longest(text, chunk, i + 1)
                if after is not None and (got is None or after[0] > got[0]):
                    i, got = i + 1, after
            if got is None:
                i += 1
                continue
            j, name = got
            s, e = chunk[i].start, chunk[j - 1].end
            out.append(Candidate(s, e, text[s:e], name, tokens=j - i))
            i = j

    def _longest(self, text: str, chunk: list[_Tok], i: int) -> Optional[tuple[int, Name]]:
        """(end token, name) of the longest gazetteer name starting at token ``i``."""
        n, memo = len(chunk), self._memo
        for j in self._ends(text, chunk, i):
            if chunk[j - 1].text in _CONNECTORS:
                continue
            if j - i > 1 and _function_edge(chunk[i].text, chunk[j - 1].text):
                continue
            s, e = chunk[i].start, chunk[j - 1].end
            surface = text[s:e]
            name = memo.get(surface, False)  # (the memo read here, as in :meth:`name`: most are hits)
            if name is False:
                name = self.name(surface)
            if name is None and j == n and j - i <= 2 and e - s >= 5:
                name = memo.get((surface, 1), False)
                if name is False:
                    name = self.name(surface, loose=True)
            if name is not None:
                return j, name
        return None

    def _ends(self, text: str, chunk: list[_Tok], i: int) -> range:
        """End tokens worth trying for a name starting at token ``i``, longest first. Most runs
        of capitalised words are people's names: when no gazetteer key starts with the first
        two words (folded keys are the words' keys run together), no name of two words or
        more matches there, and only the first word is left to try (the loose lookup of two
        words is made only at a run's end, where this never cuts)."""
        top = min(len(chunk), i + MAX_TOKENS)
        if top > i + 2 and not _SAINT.match(text, chunk[i].start) and not self._opens_name(text[chunk[i].start:chunk[i + 1].end]):
            top = i + 1
        return range(top, i, -1)

    def _opens_name(self, words: str) -> bool:
        """Whether some gazetteer key starts with the key of ``words``, remembered: the same two
        words open many runs ("Police Chief ...", "Sheriff's Office ..."), and each look in the
        sorted keys reads memory far apart."""
        k = ("prefix", words)
        got = self._memo.get(k)
        if got is None:
            got = self._remember(k, self.gaz.has_prefix(fold_key(words)))
        return got

    def _hashtags(self, text: str, out: list[Candidate]) -> None:
        for m in _HASHTAG.finditer(text):
            base = m.start(1)
            parts = [_Tok(base + p.start(), base + p.end(), p.group(0)) for p in _CAMEL.finditer(m.group(1))]
            found: list[Candidate] = []
            self._match_chunk(text, parts, found)
            for c in found:
                c.hashtag = True
                c.method = "hashtag"
                # "#IranFloods", "#TehranProtests": a place and the news; "#MahsaAmini": a person's name
                c.tag_part = any(not (c.start <= p.start < c.end) and p.text.lower() not in _TAG_WORDS for p in parts)
            out.extend(found)

    def _arabic(self, text: str, out: list[Candidate]) -> None:
        """Persian-script names; a month's name after a day ("۹ مهر") is a date, not a town."""
        months = self._persian_months()
        for m in _ARABIC_RUN.finditer(text):
            words = [_Tok(w.start() + m.start(), w.end() + m.start(), w.group(0))
                     for w in _ARABIC_WORD.finditer(m.group(0))]
            found: list[Candidate] = []
            self._match_chunk(text, words, found)
            out.extend(c for c in found if len(c.text) >= 2 and not (
                c.text in months and _DAY_BEFORE.search(text, max(0, c.start - 8), c.start)))

    def _persian_months(self) -> frozenset:
        months = self._memo.get(("persian-months",))
        if months is None:
            fa = lexicon.load("time/fa")
            months = self._remember(("persian-months",), frozenset(fa["jalali_months_fa"]) | frozenset(fa["gregorian_months_fa"]))
        return months

    def _heads(self) -> frozenset:
        """First letters-run of every abbreviation ("Ala." -> "Ala", "N.Y." -> "N", "W. Va." -> "W")."""
        heads = self._memo.get(("abbrev-heads",))
        if heads is None:
            heads = self._remember(("abbrev-heads",), frozenset(_head(a) for a in self.gaz.abbreviations))
        return heads

    def _abbreviation(self, text: str, start: int, out: list[Candidate]) -> None:
        m = _ABBREV.match(text, start)
        if m is None:
            return
        ab = self.gaz.abbreviations.get(m.group(0)) or self.gaz.abbreviations.get(m.group(0).replace(" ", ""))
        if ab is None:
            return
        e, style = ab
        name = self._memo.get(("abbrev", m.group(0)))
        if name is None:
            name = self._remember(("abbrev", m.group(0)), Name(self.gaz, fold_key(m.group(0)), (Hit(e, ALIAS),)))
        out.append(Candidate(m.start(), m.end(), m.group(0), name, method="abbreviation",
                             abbrev=style, only_kind=ADMIN1))

    def _possessive(self, text: str, c: Candidate, out: list[Candidate]) -> None:
        """ "People's Republic of China", "King's Lynn": a name that takes the possessive before it."""
        m = _POSSESSOR.search(text, max(0, c.start - 20), c.start)
        name = self.name(text[m.start():c.end]) if m else None
        if name is None:
            return
        while out and out[-1].end > m.start():
            out.pop()
        c.start, c.text, c.name, c.tokens = m.start(), text[m.start():c.end], name, c.tokens + 1

    def _suffixes(self, text: str, c: Candidate) -> None:
        """"Lorestan Province" -> admin1 only (span takes the word); "Laurel County" -> admin2;
        "the state of Washington" -> admin1 only."""
        if ADMIN1 in c.name.kinds and _ADMIN_PREFIX.search(text, max(0, c.start - 30), c.start):
            c.name = self.filtered(c.name, ADMIN1)
            c.only_kind = ADMIN1
            return
        if _ANY_SUFFIX.match(text, c.end) is None:
            return
        m = _ADMIN_SUFFIX.match(text, c.end)
        if m:
            name = c.name if ADMIN1 in c.name.kinds else self.name(text[c.start:m.end()])
            if name is not None and ADMIN1 in name.kinds:  # or a province known with its word:
                c.name = self.filtered(name, ADMIN1)       # "Kurdistan province" (Iran's Kordestan)
                c.only_kind = ADMIN1
                c.end = m.end()
                c.text = text[c.start:c.end]
                return
        m = _COUNTY_SUFFIX.match(text, c.end)
        if m:
            name = self.name(text[c.start:m.end()])
            if name is not None:
                c.name = self.filtered(name, ADMIN2)
                c.only_kind = ADMIN2
                c.end = m.end()
                c.text = text[c.start:c.end]


def find_candidates(gaz: Gazetteer, text: str, sentence_starts: set[int]) -> list[Candidate]:
    """All gazetteer matches in ``text`` (a one-off :class:`Matcher`; reuse one for speed)."""
    return Matcher(gaz).find(text, sentence_starts)


def _head(word: str) -> str:
    i = word.find(".")
    return word if i < 0 else word[:i]


def _has_arabic(text: str) -> bool:
    return not text.isascii() and _ARABIC_RUN.search(text) is not None


def _is_sentence_initial(text: str, start: int, sentence_starts: set[int]) -> bool:
    if start == 0 or start in sentence_starts:
        return True
    before = text[max(0, start - 3):start]
    return "\n" in before or _END_PUNCT.search(before) is not None


def _link_qualifiers(gaz: Gazetteer, text: str, cands: list[Candidate]) -> None:
    """ "Alexandria, La.", "Paris (Texas)": a name right after another that may contain it."""
    for i, (a, b) in enumerate(zip(cands, cands[1:])):
        if not b.name.kinds & _CONTAINERS:
            continue  # "McDonald, Trenton police": a town does not qualify a name
        gap = text[a.end:b.start]
        if gap in (", ", ",", " (", ", the ") or (gap.strip() == "," and "\n" not in gap):
            if b.abbrev or not _siblings(gaz, a, b):
                a.qualifier.append(b)
                a.listed = a.listed or (i > 0 and _LIST_GAP.fullmatch(text, cands[i - 1].end, a.start) is not None)
                b.listed = i + 2 < len(cands) and _LIST_GAP.fullmatch(text, b.end, cands[i + 2].start) is not None


def _siblings(gaz: Gazetteer, a: Candidate, b: Candidate) -> bool:
    """Two states of one country or two countries ("Illinois, Missouri", "Mexico, China"): items
    of a list, not a town and the state holding it."""
    def units(c: Candidate) -> set:
        return {(gaz.kind(h.entry), gaz.cc(h.entry) if gaz.kind(h.entry) == ADMIN1 else "")
                for h in c.hits if h.match != ALT and gaz.kind(h.entry) in (ADMIN1, COUNTRY)}
    return bool(units(a) & units(b))
