"""Words of events near dates: which kinds of event a trigger names, where such words stand,
and the later step ("died Friday", "arrested Tuesday") a date may follow.

The vocabulary (``data/time/en.toml``: families of event words, words of later steps and the
small words that may stand between a step and its date) is read once; :mod:`.choose` ranks a
report's dates for an event with these answers.
"""
from __future__ import annotations

import re
import tomllib
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from operator import attrgetter
from typing import Optional

from ...model import Doc, Mention
from ..caseless import folds_to_lower_case, lower_if_safe
from ..wordscan import WordScanner, doc_word_starts
from .cues import PhraseSet, words

AFTERMATH_CHARS = 12
STEP_REACH = 60  # characters before a date searched for a later step
STEP_FAR_REACH = 110  # ... when only the step's object stands between ("arrested on two counts of ... Thursday")
STEP_OBJECT_WORDS = 12  # at most this many words of such an object
FRONT_BEFORE = 4  # words that may stand before a date opening its clause ("earlier in the day")
FRONT_WORDS = 8  # words of a subject between such a date and its step
FRONT_CHARS = 40  # ... and characters before it in its sentence
GENERIC = frozenset({"occurrence", "aftermath"})


@dataclass(frozen=True)
class Vocabulary:
    event_words: re.Pattern  # families of event words, one named group each
    event_words_lower: Optional[re.Pattern]  # ``event_words`` case-sensitive, for lower-cased text (None: it cannot be)
    procedure: PhraseSet  # words naming a court or police procedure
    families: tuple[str, ...]  # family of each pattern of ``scanner``
    scanner: WordScanner  # the same words, one pattern each, matched at word starts (fast over whole texts)
    later: re.Pattern  # words of later steps ("died", "arrested"), one named group per kind
    later_lower: Optional[re.Pattern]  # ``later`` case-sensitive, for lower-cased text (None: it cannot be)
    step_gap: frozenset  # small words that may stand between a later step and its date
    step_stops: frozenset  # words that end a later step's object (a clause opener, a speech verb, a date's name)
    past: PhraseSet  # past-tense cues: a past verb between a step and a date starts another clause
    fronting: frozenset  # words that may stand before a date opening its clause ("earlier", "on")
    speakers: frozenset  # words of a subject between such a date and its verb ("police", "the")
    plain: bool  # every event word matches letters, spaces and hyphens only (see choose._scan_sentences)


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    """Read once from ``data/time/en.toml``: an immutable constant, like a compiled pattern."""
    with resources.files("vigil").joinpath("data", "time", "en.toml").open("rb") as fh:
        data = tomllib.load(fh)
    families = data["event_words"]
    words = [(name, w) for name, ws in families.items() for w in ws]  # one pattern a word: see WordScanner
    return Vocabulary(*_both_cases(families), PhraseSet.of(data["cues"]["procedure"]), tuple(name for name, _ in words),
                      WordScanner([w for _, w in words], tail=r"\b"), *_both_cases(data["later_steps"]),
                      frozenset(data["cues"]["step_gap"]),
                      frozenset(data["cues"]["clause_openers"] + data["cues"]["speech"] + list(data["months"])
                                + list(data["weekdays"])),
                      PhraseSet.of(data["cues"]["past"], data["cues"]["not_past"]),
                      frozenset(data["fronting"]), frozenset(data["speakers"]),
                      all(_PLAIN_PATTERN.fullmatch(w.replace("(?:", "(")) for _, w in words))


_PLAIN_PATTERN = re.compile(r"[a-z \-()?|]+")  # literal lower-case letters, spaces, hyphens; groups, options


def _both_cases(table: dict) -> tuple[re.Pattern, Optional[re.Pattern]]:
    """One pattern for lists of fragments, a named group per list, in any case (``re.I``);
    and the same case-sensitive, for lower-cased text, when it matches that alike (see
    :mod:`..caseless`; None when it cannot)."""
    body = "|".join(f"(?P<{name}>{'|'.join(words)})" for name, words in table.items())
    body = rf"\b(?:{body})\b"
    return re.compile(f"(?i){body}"), re.compile(body) if folds_to_lower_case(body, beyond_ascii=True) else None


def event_words() -> re.Pattern:
    """The event words' pattern, one named group per family."""
    return vocabulary().event_words


def event_words_of(doc: Doc) -> tuple[re.Pattern, str]:
    """:func:`event_words` and the text to run it over (see :func:`_over_lowered`)."""
    vocab = vocabulary()
    return _over_lowered(doc, vocab.event_words, vocab.event_words_lower)


@lru_cache(maxsize=4096)
def families_in(sentence_text: str) -> frozenset:
    """Families of the event words of one sentence."""
    vocab = vocabulary()
    lowered = lower_if_safe(sentence_text) if vocab.event_words_lower is not None else None
    rx, subject = (vocab.event_words_lower, lowered) if lowered is not None else (vocab.event_words, sentence_text)
    return frozenset(m.lastgroup for m in rx.finditer(subject))


def trigger_families(text: str, sents, si: int, own: frozenset) -> frozenset:
    """Kinds of event the trigger names: its own words' families (``own``), else those of its
    sentence. "occurrence" words go with any family; "aftermath" ("died") stands for the violence."""
    if not own - GENERIC and 0 <= si < len(sents):
        own = own | families_in(text[sents[si].start:sents[si].end])
    if "aftermath" in own:
        own = (own - {"aftermath"}) | {"violence"}
    return frozenset(own | {"occurrence"}) if own - GENERIC else frozenset()


def step_before(doc: Doc, sents, m: Mention, mi: int) -> Optional[tuple[int, str, int]]:
    """The last later-step word before the date, when at most AFTERMATH_CHARS or a few small
    words stand between, or, for a step that follows an attack, only its object ("arrested on
    two counts of assault by the county's homicide unit Thursday", see :func:`_object_only`; a
    death keeps the short reach: "died at a medical center at 8:08 p.m. Wednesday" is mostly
    the day of the shooting too) (once per mention): characters between, its kind ("any",
    "violence") and its start. The verb comes first: "died Friday", not "March 18 died"; but a
    date opening its clause dates the step its subject takes next ("On Friday, police arrested a
    man ...", see :func:`_fronted_step`)."""
    cache = doc.context.setdefault("timex_steps", {})
    if m.start not in cache:
        found = None
        if 0 <= mi < len(sents):
            vocab = vocabulary()
            rx, subject = _over_lowered(doc, vocab.later, vocab.later_lower)
            for w in rx.finditer(subject, max(sents[mi].start, m.start - STEP_FAR_REACH), m.start):
                found = (m.start - w.end(), w.lastgroup, w.start())
            if found is not None and found[0] > AFTERMATH_CHARS:
                raw = doc.text[m.start - found[0]:m.start]
                between = words(raw)
                if not (found[0] <= STEP_REACH and all(x in vocab.step_gap or x[:1].isdigit() for x in between)
                        or found[1] != "any" and _object_only(vocab, between, raw)):
                    found = None
            if found is None:
                found = _fronted_step(doc, vocab, sents[mi], m)
        cache[m.start] = found
    return cache[m.start]


def _fronted_step(doc: Doc, vocab: Vocabulary, sent, m: Mention) -> Optional[tuple[int, str, int]]:
    """A step that follows an attack, taken by the subject of a clause the date opens: "Earlier
    Tuesday, police arrested a man", "On Friday evening, the sheriff's office identified the
    suspect" (only fronting words before the date in its sentence; names, speakers, auxiliaries
    and ages between it and the step): (0, its kind, its start), else None. A protest's arrests
    are no later step (see :func:`step_before`'s kinds), nor a death ("On Sunday, a man died
    after he was shot": mostly the day of the shooting too)."""
    text = doc.text
    if m.start - sent.start > FRONT_CHARS:
        return None
    before = words(text[sent.start:m.start])
    if len(before) > FRONT_BEFORE or not all(x in vocab.fronting for x in before):
        return None
    rx, subject = _over_lowered(doc, vocab.later, vocab.later_lower)
    for k, tok in enumerate(_RAW_WORD.finditer(text, m.end, min(sent.end, m.end + 100))):
        step = rx.match(subject, tok.start())
        if step is not None:
            return (0, step.lastgroup, tok.start()) if step.lastgroup != "any" and k > 0 else None
        low = tok.group().lower()
        if k >= FRONT_WORDS or not (tok.group()[:1].isupper() or low in vocab.speakers or low in _AUXILIARIES
                                    or any(c.isdigit() for c in low)):
            return None
    return None


_RAW_WORD = re.compile(r"[\w'’.-]+")


def _over_lowered(doc: Doc, rx: re.Pattern, lower: Optional[re.Pattern]) -> tuple[re.Pattern, str]:
    """A pattern of :func:`_both_cases` and the text to run it over: case-sensitive over the
    document's lower-cased text when that matches alike (several times faster: see
    :mod:`..caseless`), else the ``re.I`` pattern over the text itself (same offsets)."""
    lowered = doc_word_starts(doc).lowered if lower is not None else None
    return (lower, lowered) if lowered is not None else (rx, doc.text)


def _object_only(vocab: Vocabulary, between: list[str], raw: str) -> bool:
    """Words that can only be a step's object and its modifiers: a few, with no word opening
    another clause ("arrested after he shot a man Saturday", "arrested in the shooting that
    happened Saturday"), no speech verb, no past verb (auxiliaries aside: "was") and no other
    date ("arrested Thursday on a charge, a day after he shot ...": the step has its own).
    "In" and "for" may stand in it when no word of an event does: they then tell where or what
    for ("captured in a nearby town in a traffic stop Thursday", "arrested for a parole
    violation Friday"), not the event the date might belong to ("arrested in the shooting of a
    man Saturday")."""
    if len(between) > STEP_OBJECT_WORDS:
        return False
    loose = None  # may "in" and "for" stand here (worked out when first met)
    for j, x in enumerate(between):
        if x in _LOCAL_OPENERS:
            if loose is None:
                loose = not families_in(raw)
            if loose:
                continue
        if x in vocab.step_stops or x not in _AUXILIARIES and vocab.past.hit(x) and vocab.past.ends_at(between, j):
            return False
    return True


_LOCAL_OPENERS = frozenset({"in", "for"})  # clause openers that may tell where or what for
_AUXILIARIES = frozenset({"was", "were", "had", "has", "have", "been", "did"})


def names_happening(text: str, end: int) -> bool:
    """A word of an event follows the date on its line, maybe past one other word ("March 3
    shooting", "Friday's deadly shooting")."""
    gap = _WORD_AFTER.match(text, end)
    if gap is None:
        return False
    words = event_words()
    return bool(words.match(text, gap.end()) or gap.group(1) and words.match(text, gap.start(1)))


_WORD_AFTER = re.compile(r"(?:['’]s)?[ \t]+([\w-]+[ \t]+)?")  # spaces, then maybe one word (group 1)


def sentence_index(sents, offset: int) -> int:
    """The sentence holding ``offset`` (the one before it when it falls between two)."""
    return max(0, bisect_right(sents, offset, key=_START) - 1) if sents else -1


_START = attrgetter("start")


def line_span(text: str, offset: int) -> tuple[int, int]:
    """Start and end of the line holding ``offset``."""
    a = text.rfind("\n", 0, offset) + 1
    b = text.find("\n", offset)
    return a, len(text) if b < 0 else b
