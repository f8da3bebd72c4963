"""Totals a text tells only in parts, and the injured who are the rest of those shot.

"His wife and four daughters" were killed (5), "two bailiffs and a gunman are dead" (3), "a
16-year-old and two children were shot" (3), "killing 3, then killed himself" (4); "four people
were shot, one fatally" (3 injured). Each total is a derived claim whose words span every part;
the parts stay, so a reader sees both what was said and what was added up.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from typing import Callable, Optional

from .. import lexicon
from ..model import Claim, Doc, Mention
from .gates import by_first_letter
from .people import Person

_N = r"\d{1,2}|two|three|four|five|six|seven|eight|nine|ten"
_IRREGULAR = ["men", "women", "children", "people", "policemen", "policewomen", "others", "kids", "teenagers",
              "relatives", "family members", "grandchildren"]


class Totals:
    """Add the derived totals of ``doc.numbers`` (see the module's docstring)."""

    def __init__(self, data: dict, value: Callable[[str], Optional[int]]):
        self.value = value
        plural = lexicon.alternation([p + "s" for p in data["people"]["persons"] if "(" not in p] + _IRREGULAR)
        group = rf"(?:[a-z'’-]+\s+)?(?:{plural})\b"  # "two teenage boys", "four daughters"
        one = lexicon.alternation(data["people"]["persons"])
        self.and_more = re.compile(rf"(?:\s+{group})?\s*,?\s+and\s+(?:(?:his|her|their)\s+)?(?:(?P<n>{_N})\s+{group}|"
                                   rf"(?P<a>an?|one|another)\s+(?:\d{{1,2}}-year-old\s+)?(?:[a-z'’-]+\s+)?(?:{one})\b)",
                                   re.I)  # "four men and a teen", "two men and a 9-year-old girl"
        self.more_and = re.compile(rf"\b(?P<n>(?i:{_N}))\s+{group}\s*(?P<comma>,|,?\s+and)\s+$")  # not Title Case
        self.plural_word = re.compile(rf"(?i:{plural})$")
        self.group_after = re.compile(rf"\s+(?:[a-z'’-]+\s+)?(?:{plural}|{one})\b", re.I)  # "1 teen" in "2 children, 1 teen shot"
        # A headline's list of victims in Title Case: "2 Girls, 2 Men Shot", "10-Year-Old Girl, Teen Shot"
        # (each noun capitalised: the lists of body text are read by the rules above and by people.py)
        nouns = by_first_letter([p + "s" for p in data["people"]["persons"] if "(" not in p] + _IRREGULAR
                                + list(data["people"]["persons"]))  # (grouped by first letter: quick under re.I)
        item = (rf"(?:(?P<n>(?i:{_N}|one|an?))\s+)?(?:\d{{1,2}}-(?i:years?)-(?i:old)\s+|[A-Z][a-z'’-]+\s+){{0,2}}"
                rf"(?=[A-Z])(?i:{nouns})\b")
        self.headline_item = re.compile(item + r"(?=\s*(?:,|and\b|And\b|&)|$)")  # (the whole item: "Teen Boy")
        item = item.replace("(?P<n>", "(?:")
        listed = rf"(?P<l>{item}(?:\s*,\s*{item})*(?:\s*,?\s+(?:and|And|&)\s+{item})?)(?=\s+[A-Z])"
        self.headline_list = re.compile(listed)
        self.headline_list_after_source = re.compile(rf"[A-Z][\w.&'’ -]{{1,30}}:\s+{listed}")  # "Police: "

    def __call__(self, doc: Doc, people: list[Person]) -> None:
        names = [(p.start, p.end) for p in people if p.named]  # a total's words never keep a name
        starts = [p.start for p in people]
        _shot_not_killed(doc, names)
        added = []
        for i, num in enumerate(doc.numbers):
            kind, c = num.get("kind"), num.value
            if kind == "participants" or c.low is None or c.high != c.low or (si := doc.sentence_at(num.start)) < 0:
                continue
            sent = doc.sentences[si]
            parts = self._parts(doc, num, sent, people, starts)
            himself = _then_himself(doc, i, num, sent, parts)  # "killed his wife and two sons, then himself"
            for total in (parts, himself):
                if total is not None and not overlaps(names, total[0], total[1]):
                    added.append(derived(doc.text, *total, c, kind))
        doc.numbers.extend(added)
        doc.numbers.sort(key=lambda m: m.start)

    def headline_lists(self, doc: Doc, sentences: int) -> list[tuple[int, int, int]]:
        """(start, end, count) of the Title Case lists of people that open the first
        ``sentences`` sentences: "2 Girls, 2 Men Shot" (4), "4 Women, Man Shot" (5). A plural
        without a figure ("Teens") leaves the count unknown: no list."""
        out = []
        for sent in doc.sentences[:sentences]:
            if not _TITLE_CASE.match(sent.text) or not _LISTED.search(sent.text):
                continue
            source = doc.text.find(":", sent.start + 2, sent.start + 32) >= 0
            m = (self.headline_list_after_source if source else self.headline_list).match(doc.text, sent.start, sent.end)
            if m is None:
                continue
            count, items = 0, 0
            for items, item in enumerate(self.headline_item.finditer(doc.text, m.start("l"), m.end("l")), 1):
                n = item.group("n")
                one = n is None or n.lower() in ("a", "an", "one")
                if one and self.plural_word.search(item.group()):
                    count = 0
                    break
                count += 1 if one else (self.value(n) or 0)
            if items > 1 and count > 1:
                out.append((m.start("l"), m.end("l"), count))
        return out

    def _parts(self, doc: Doc, num: Mention, sent, people: list[Person], starts: list[int]) -> Optional[tuple[int, int, int]]:
        """``num`` and a part joined to it by "and" (or listed before it with a comma): a
        figure of people ("and four daughters", "two bailiffs and"), or a person ("a
        16-year-old and"; ``starts``: the people's starts, in order). A part that is itself a
        figure of another kind is no part of it."""
        text, kind, low = doc.text, num.get("kind"), num.value.low

        def free(at: int) -> bool:
            return not any(o.start == at and o.get("kind") not in (kind, "participants") for o in doc.numbers)

        m = self.and_more.match(text, num.end, sent.end) if "and" in text[num.end:sent.end].lower() else None
        if m is not None and free(m.start("n") if m.group("n") else m.start("a")):
            return num.start, m.end(), low + (self.value(m.group("n")) if m.group("n") else 1)
        a = max(sent.start, num.start - 60)
        b = self.more_and.search(text, a, num.start) if _may_end_a_part(text, a, num.start) else None
        if b is not None and b.group("comma") == "," and not (num.method == "pattern" and self.group_after.match(text, num.end)):
            b = None  # a list of figures of people, not "four teens, one fatally"
        if b is not None and _INCLUDING.search(text, max(sent.start, b.start() - 30), b.start()):
            b = None  # "507 were killed, including 69 children, and 18,516 arrested": a share of another figure
        if b is not None and free(b.start("n")):
            return b.start(), num.end, low + self.value(b.group("n"))
        before = people[bisect_left(starts, sent.start):bisect_left(starts, num.start)] if num.method == "pattern" else ()
        for p in before:  # (the people of the sentence before the figure)
            if p.end < num.start and _AND.fullmatch(text, p.end, num.start) \
                    and not any(o.start == p.start for o in doc.numbers):
                return p.start, num.end, low + p.count
        return self._also(doc, num, sent, people, starts)

    @staticmethod
    def _also(doc: Doc, num: Mention, sent, people: list[Person], starts: list[int]) -> Optional[tuple[int, int, int]]:
        """The wounded subject of a sentence and those its shooting "also" wounded: "a boy was
        hurt in a shooting that also injured three other people" (4), "... that also wounded a
        woman" (2). Only the wounded: "a man was killed in a shooting that also injured two" adds
        nothing."""
        text = doc.text
        if num.get("kind") != "injuries" or (also := _ALSO_HURT.search(text, sent.start, num.start)) is None \
                or also.end() != num.start:
            return None
        first = next((p for p in people[bisect_left(starts, sent.start):bisect_left(starts, also.start())]), None)
        if first is None or not any(o.start == first.start and o.get("kind") == "injuries" and o.value.low == first.count
                                    for o in doc.numbers):
            return None
        return first.start, num.end, num.value.low + first.count


_INCLUDING = re.compile(r"\b(?:including|among\s+them|of\s+whom|of\s+them)\s+(?:at\s+least\s+|some\s+|about\s+)?$", re.I)


def _then_himself(doc: Doc, i: int, num: Mention, sent,
                  parts: Optional[tuple[int, int, int]]) -> Optional[tuple[int, int, int]]:
    """"Killing 3, then killed himself", "after killing his wife, he committed suicide": the
    killer's own death added to those he killed (``num``, or the total of its ``parts``). Figures
    of the wounded may stand between ("killed one and injured three before shooting himself")."""
    if num.get("kind") != "fatalities" or num.method == "derived" or _SELF_WORD.fullmatch(num.text) \
            or _PRONOUN.fullmatch(num.text) or num.value.cumulative:
        return None  # (a running toll holds those told after it: "the death toll rose to five after a protester died")
    start, end, low = parts if parts is not None else (num.start, num.end, num.value.low)
    nxt = next((m for m in doc.numbers[i + 1:] if m.start >= end and m.get("kind") == "fatalities"), None)
    if nxt is None or nxt.end > sent.end or nxt.start - end > 120 or _CAPITAL.search(doc.text, end, nxt.start):
        return None  # (nor across what may be a name, which the total's words would keep)
    if _SELF_WORD.fullmatch(nxt.text) or _killer_killed(doc.text, end, nxt, low):
        return start, nxt.end, low + 1
    suicide = _SUICIDE.match(doc.text, nxt.end) if _PRONOUN.fullmatch(nxt.text) else None
    return (start, suicide.end(), low + 1) if suicide else None


def _killer_killed(text: str, end: int, nxt: Mention, low: int) -> bool:
    """"Two guards were shot dead before officers killed the gunman", "killing three people
    before police killed him": one more person killed later in the clause (``nxt``, told one by
    one) after several dead (after one dead person, the next may be that person told again:
    "a man is dead after a man died from a gunshot wound")."""
    return low > 1 and nxt.method == "people" and nxt.value.low == 1 and _THEN_OTHERS.search(text, end, nxt.start) is not None


def derived(text: str, start: int, end: int, value: int, base: Claim, kind: str) -> Mention:
    """A figure read from several parts of ``text[start:end]``, claimed as ``base`` was."""
    claim = Claim(low=value, high=value, text=text[start:end], claimed_by=base.claimed_by, report_id=base.report_id,
                  start=start, end=end, cumulative=base.cumulative, method="derived")
    return Mention("number", start, end, text[start:end], claim, method="derived", extra=(("kind", kind),))


def _may_end_a_part(text: str, a: int, b: int) -> bool:
    """Whether ``text[a:b]`` may end with a part (``more_and``): it ends in a space and has a
    comma or "and" (a quick test first: most figures have neither)."""
    return a < b and text[b - 1].isspace() and (text.find(",", a, b) >= 0 or text.find("and", a, b) >= 0)


def overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether a span of ``spans`` overlaps [start, end) (a plain loop: it runs for each person)."""
    for a, b in spans:
        if a < end and start < b:
            return True
    return False


def _shot_not_killed(doc: Doc, names: list[tuple[int, int]]) -> None:
    """"Four people were shot, one fatally" counts three injured, not four: when a count of
    people shot is followed in its clause by how many of them died, the injured are the rest.
    The derived claim keeps both figures' words as its evidence."""
    nums = doc.numbers
    nums.sort(key=lambda m: m.start)
    for i, inj in enumerate(nums):
        if inj.get("kind") != "injuries" or i + 1 >= len(nums):
            continue
        fat = nums[i + 1]
        if fat.get("kind") != "fatalities" or fat.value.claimed_by != inj.value.claimed_by:
            continue
        a, b = inj.value, fat.value
        if a.low is None or a.high != a.low or b.low is None or b.high != b.low or not 0 < b.low < a.low:
            continue
        between = doc.text[inj.end:fat.start]
        if "." in between or len(between) > 160:
            continue
        if _PART_OF_THEM.match(doc.text, fat.end) is None and (_HURT_WORD.search(between) or len(between) > 60
                                                                 or not _SHOT.search(doc.text, max(0, inj.start - 30), fat.start)):
            continue  # ("five were taken to hospitals, where one of them died" names its part)
        if not (_THEN_KILLED.search(between[between.rfind(","):] if "," in between else "")
                or _KILLED_AFTER.match(doc.text, fat.end)) or overlaps(names, inj.start, fat.end):
            continue  # (a total whose words would keep a name is not made)
        nums[i] = derived(doc.text, inj.start, fat.end, a.low - b.low, a, "injuries")


_AND = re.compile(r"\s+and\s+(?:(?:his|her|their)\s+)?")  # ("a man and his two sons")
_TITLE_CASE = re.compile(r"(?:[A-Z0-9][\w.,'’:&-]*\s+){2}[A-Z0-9]")  # (a quick test: three capitalised words open it)
_LISTED = re.compile(r",|\s(?:and|And|&)\s")  # (a quick test: a list has a comma or "and")
_CAPITAL = re.compile(r"\b[A-Z][a-z'’]+(?:\s+[A-Z]\.)*\s+[A-Z][a-z]|,\s*[A-Z][a-z'’]+\s*,")  # "Ann Lee", ", Miles,"
_SELF_WORD = re.compile(r"(?:him|her)?self", re.I)
_PRONOUN = re.compile(r"he|she", re.I)
_SUICIDE = re.compile(r"\s+(?:then\s+|later\s+)?(?:committed suicide|took (?:his|her) own life)", re.I)
_ALSO_HURT = re.compile(r"\b(?:that|which)\s+also\s+(?:injured|wounded|hurt|struck)\s+", re.I)
_THEN_OTHERS = re.compile(r"\b(?:before|after|until|when)\b", re.I)
_SHOT = re.compile(r"\bshot\b", re.I)
_HURT_WORD = re.compile(r"\b(?:injur|wound|hurt|hospitali)", re.I)
_THEN_KILLED = re.compile(r"^\s*,\s*(?:(?:killing|leaving)\s+)?$|^\s*,\s*(?:and\s+)?$", re.I)
_KILLED_AFTER = re.compile(r"\s*(?:of them\s+|of whom\s+|of the (?:\w+\s+)?victims\s+)?(?:(?:has|have|had|later|since|also)\s+)*"
                           r"(?:fatally|died|dead|was killed|were killed|killed)\b", re.I)
_PART_OF_THEM = re.compile(r"\s+of (?:them|those|whom|the (?:\w+\s+)?victims)\s+(?:(?:has|have|had|later|since|also)\s+)*"
                           r"(?:died|was killed|was pronounced dead)\b", re.I)
