"""Persian counts: how many were killed, injured, arrested or took part, in Persian script.

"۵ نفر کشته شدند" (five people were killed), "بیش از ۸۰۰۰ نفر بازداشت شدند" (over 8,000 were
arrested), "شمار کشته‌شدگان به ۵۰ نفر رسید" (the toll reached 50), and the one person a
narrative tells of: a verb in the singular ("جان باخت", lost their life) counts one, and the
claim's words are the verb, never the person's name. Persian and Arabic-Indic digits are read
by ``int`` itself; ages ("۲۴ ساله"), durations and dates are not counts. The words live in
``data/lexicon/numbers_fa.toml``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from typing import Iterable, Optional

from .. import lexicon
from ..model import Claim, Doc, Mention

PERSIAN = re.compile(r"[\u0600-\u06FF]")
_DIGIT = r"[0-9\u06F0-\u06F9\u0660-\u0669]"
# After a number: an age, a duration, a measure, bullets or a month (a date), never people.
_NOT_A_COUNT = re.compile(lexicon.persian_variants(
    r"[\u200c ]?(?:ساله|سال|سالگی|ماه|روز|هفته|ساعت|دقیقه|متر|کیلومتر|درصد|گلوله|تیر|"
    r"فروردین|اردیبهشت|خرداد|مرداد|شهریور|مهر|آبان|آذر|دی|بهمن|اسفند)(?![\w])"))
# A year, not a count: digits after "زادهٔ" / "متولد" (born), "سال" (the year) or "درگذشتهٔ"
# (died), or four bare digits in the range of Jalali or Gregorian years with no "نفر" after them.
_YEAR_BEFORE = re.compile(lexicon.persian_variants(r"(?:زاده|زادهٔ|زاده‌ی|متولد|سال|درگذشته|درگذشتهٔ)\s*$"))
_YEAR = re.compile(r"[1-2\u06F1-\u06F2\u0661-\u0662]" + _DIGIT + r"{3}")
_NOT_SOURCE = re.compile(r"\d|^(?:از|در|به|که|را|با|تا|بیش|بیشتر|حدود|حداقل|دست|دست\u200cکم|دستکم|نزدیک|قریب|کمتر|"
                         r"صدها|هزاران|ده\u200cها|دهها|میلیون\u200cها|چندین|"  # (a vague count opens the figure: "شاهدان صدها نفر")
                         r"گفت|گفته|گفتند|اعلام|افزود|مدعی|ادعا|اظهار|می\u200cگوید|می\u200cگویند|میگوید|میگویند|گزارش|"
                         r"شمار|تعداد|آمار|می)$")  # (the said-verb, and "the number of ..." that starts the object)
_INCLUDING = re.compile(r"(?:از[\u200c ]جمله|ازجمله|شامل)\s*$")
_OPENERS = frozenset("اما ولی و همچنین سپس".split())
_NOT_SUBJECT = frozenset("این آن همین را روز شب هم نیز".split())  # "فعالان حقوق بشر این رقم را ...": the subject ends
# Where a sentence turns to another voice: "but", "while", "whereas", a semicolon.
_CLAUSE_BREAK = re.compile(r"\s(?:اما|ولی|ولیکن|در[\u200c ]حالی[\u200c ]?که|درحالی[\u200c ]?که|حال[\u200c ]آنکه|با[\u200c ]این[\u200c ]حال)\s|؛")
KIND_REACH = 60  # characters after a figure its kind word may stand (the verb closes a Persian clause)
CROWD_REACH = 160  # ... and a crowd's verb, after the place and day of the gathering
_CLAUSE_END = re.compile(r"[.؛!?؟]")
# A figure that restates one told before in the sentence: "activists put this figure at 1,000".
_SAME_FIGURE = re.compile(r"(?:این|آن|همین)\s+(?:رقم|آمار|تعداد|شمار)\s+را\s+(?:\S+\s+){0,2}$")


def _compile(pattern: str) -> re.Pattern:
    return re.compile(lexicon.persian_variants(pattern))


@dataclass(frozen=True)
class PersianCounts:
    """Count mentions in Persian script, from the ``lexicon/numbers_fa`` data file."""

    data: dict

    @classmethod
    def default(cls) -> "PersianCounts":
        return cls(lexicon.load("lexicon/numbers_fa"))

    @cached_property
    def phrase(self) -> re.Pattern:
        """A number phrase: qualifier, then a vague quantity or digits/words (with a multiplier),
        then the word for who is counted ("نفر")."""
        q = self.data["qualifiers"]
        words = lexicon.alternation(list(self.data["words"]))
        word = rf"(?:{words})(?:\s+و\s+(?:{words}))*"
        mult = lexicon.alternation(list(self.data["multipliers"]))
        number = rf"(?:{_DIGIT}{{1,3}}(?:[,٬]{_DIGIT}{{3}})+|{_DIGIT}+|{word})(?:[\u200c ]?(?:{mult}))?"
        vague = lexicon.alternation(list(self.data["vague"]))
        counted = lexicon.alternation(self.data["counted"]["words"])
        qual = lexicon.alternation(q["low"] + q["high"] + q["approx"])
        return _compile(rf"(?<![\w])(?:(?P<qual>{qual})\s+)?(?:(?P<vague>{vague})|(?P<n>{number}))(?![\w])"
                        rf"(?:\s+(?P<who>{counted})(?![\w]))?")

    @cached_property
    def range(self) -> re.Pattern:
        """"بین ۱۰ تا ۲۰ نفر" (between 10 and 20 people), "۱۰ تا ۲۰ نفر": a low and a high."""
        n = rf"{_DIGIT}+(?:[,٬]{_DIGIT}{{3}})*"
        counted = lexicon.alternation(self.data["counted"]["words"])
        return _compile(rf"(?<![\w])(?:(?:بین|میان)\s+)?(?P<lo>{n})\s*(?:تا|الی|-|–)\s*(?P<hi>{n})"
                        rf"(?:\s+(?P<who>{counted}))?(?![\w])")

    @cached_property
    def kinds(self) -> list[tuple[str, re.Pattern]]:
        return [(k, _compile(rf"(?<![\w])(?:{lexicon.alternation(v)})")) for k, v in self.data["kinds"].items()]

    @cached_property
    def singular(self) -> list[tuple[str, re.Pattern]]:
        return [(k, _compile(rf"(?<![\w])(?:{lexicon.alternation(v)})(?![\w])"))
                for k, v in self.data["singular"].items()]

    @cached_property
    def totals(self) -> re.Pattern:
        return _compile(rf"(?<![\w])(?:{lexicon.alternation(self.data['totals']['words'])})")

    @cached_property
    def source(self) -> re.Pattern:
        src = self.data["sources"]
        return _compile(rf"(?<![\w])(?:{lexicon.alternation(src['lead'])})\s+(?P<src>[^\s،,.:؛!؟]+(?:\s+[^\s،,.:؛!؟]+){{0,3}})")

    @cached_property
    def source_word(self) -> re.Pattern:
        return _compile(rf"(?<![\w])(?:{lexicon.alternation(self.data['sources']['words'])})")

    def __call__(self, doc: Doc, sentences: Optional[Iterable[int]] = None) -> list[Mention]:
        """Count mentions in the given sentences (all when None); nothing when no Persian."""
        if not PERSIAN.search(doc.text):
            return []
        out: list[Mention] = []
        dates = [(m.start, m.end) for m in doc.dates]
        for i in sorted(range(len(doc.sentences)) if sentences is None else sentences):
            out += self._sentence(doc, doc.sentences[i], dates)
        return out

    def _sentence(self, doc: Doc, sent, dates: list[tuple[int, int]]) -> list[Mention]:
        text, found = sent.text, []
        ranges = []
        for m in self.range.finditer(text):
            a, b = sent.start + m.start(), sent.start + m.end()
            lo, hi = (int(lexicon.to_persian(g).replace(",", "").replace("٬", "")) for g in m.group("lo", "hi"))
            if any(x < b and a < y for x, y in dates) or _NOT_A_COUNT.match(text, m.end("hi")) or not 0 < lo < hi:
                continue
            kind = self._kind_after(text, m.end()) or self._kind_before(text, m.start())
            if kind:
                ranges.append((m.start(), m.end()))
                found.append(self._mention(doc, sent, kind, lo, hi, a, b))
        for m in self.phrase.finditer(text):
            a, b = sent.start + m.start(), sent.start + m.end()
            if any(x < b and a < y for x, y in dates):
                continue
            if _NOT_A_COUNT.match(text, m.end("n")) if m.group("n") else (
                    not m.group("who") and _NOT_A_COUNT.match(text, m.end())):
                continue  # "۵ روز" (five days); "هزاران نفر روز جمعه" counts people, then tells the day
            if any(x < m.end() and m.start() < y for x, y in ranges):
                continue
            if found and _INCLUDING.search(text, max(0, m.start() - 12), m.start()):
                continue  # "هفت نفر از جمله یک کودک" (seven, including a child): a part of the seven
            if m.group("n") and not m.group("who") and not re.match(_DIGIT, m.group("n")):
                continue  # a number word needs its noun: "نه" alone is "no", "یک" alone is "a"
            if m.group("n") and not m.group("who") and _is_year(text, m):
                continue
            bare = m.group("n") and not m.group("who") and not m.group("qual")
            kind = self._kind_after(text, m.end(), right_after=bool(bare)) or self._kind_before(text, m.start())
            if kind is None and not bare:
                kind = self._crowd_verb(text, m.end())
            if kind is None and found and _SAME_FIGURE.search(text, max(0, m.start() - 40), m.start()):
                kind = found[-1].get("kind")  # "... but activists put this figure at 1,000"
            low, high = self._bounds(m)
            if kind and low is not None:
                found.append(self._mention(doc, sent, kind, low, high, a, b))
        counted = {m.get("kind") for m in found}
        for kind, rx in self.singular:
            if kind in counted:
                continue  # "۵ نفر کشته شد": the number, not the verb, says how many
            m = rx.search(text)
            if m is not None:
                found.append(self._mention(doc, sent, kind, 1, 1, sent.start + m.start(), sent.start + m.end(),
                                           method="people"))
        return found

    def _kind_after(self, text: str, end: int, right_after: bool = False) -> Optional[str]:
        """The kind word within a few words after the number ("۵ نفر از معترضان کشته شدند");
        right after a bare number ("۵ کشته", five dead), whose next word otherwise says what it
        counts ("۴۷ ساچمه", 47 pellets) or which labels the noun before it ("بند ۸", ward 8)."""
        window = text[end:end + KIND_REACH]
        cut = _CLAUSE_END.search(window)
        if cut is not None:
            window = window[:cut.start()]  # (the verb ends the clause: Persian puts it last)
        if right_after:
            window = window[:len(window) - len(window.lstrip())] + window.lstrip()[:12]
        hits = [(m.start(), k) for k, rx in self.kinds if (m := rx.search(window)) is not None]
        if right_after:
            hits = [(i, k) for i, k in hits if not window[:i].strip()]
        return min(hits)[1] if hits else None

    def _crowd_verb(self, text: str, end: int) -> Optional[str]:
        """A crowd's verb closing a long clause: "صدها نفر از بازنشستگان ... مقابل مجلس در تهران تجمع
        کردند" (hundreds of retirees ... gathered); no other kind word may stand before it."""
        window = text[end:end + CROWD_REACH]
        cut = _CLAUSE_END.search(window)
        if cut is not None:
            window = window[:cut.start()]
        hits = sorted((m.start(), k) for k, rx in self.kinds if (m := rx.search(window)) is not None)
        return "participants" if hits and hits[0][1] == "participants" else None

    def _kind_before(self, text: str, start: int) -> Optional[str]:
        """A toll told before its number: "شمار کشته‌شدگان به ۵۰ نفر رسید" (reached 50), "شمار
        کشته‌شدگان را یک نفر اعلام کرد" (put the number of dead at one)."""
        window = text[max(0, start - 40):start]
        if not re.search(r"(?:به|از|را)\s*$", window):
            return None
        hits = [(m.start(), k) for k, rx in self.kinds for m in rx.finditer(window)]
        return max(hits)[1] if hits else None

    def _bounds(self, m: re.Match) -> tuple[Optional[int], Optional[int]]:
        if m.group("vague"):
            vague = lexicon.to_persian(m.group("vague"))
            value = next((v for k, v in self.data["vague"].items() if re.fullmatch(k, vague)), None)
        else:
            value = self._value(m.group("n"))
        if value is None or value <= 0:
            return None, None
        qual = lexicon.to_persian(m.group("qual") or "")
        q = self.data["qualifiers"]
        if m.group("vague") or any(re.fullmatch(x, qual) for x in q["low"]):
            return value, None
        if any(re.fullmatch(x, qual) for x in q["high"]):
            return None, value
        return value, value

    def _value(self, text: str) -> Optional[int]:
        """"۸٬۰۰۰" -> 8000, "بیست و پنج" -> 25, "۳ هزار" -> 3000."""
        total = 0
        for part in re.split(r"\s+و\s+", lexicon.to_persian(text.strip())):
            head, mult = part.replace(",", "").replace("٬", ""), 1
            for word, value in self.data["multipliers"].items():
                if head.endswith(word) and head != word:
                    head, mult = head[:-len(word)].strip("\u200c "), value
                    break
            value = int(head) if head.isdigit() else self.data["words"].get(head)
            if value is None:
                return None
            total += value * mult
        return total

    def _mention(self, doc: Doc, sent, kind: str, low, high, start: int, end: int, method: str = "pattern") -> Mention:
        words = doc.text[start:end]
        claim = Claim(low=low, high=high, text=words, claimed_by=self._source(_clause(sent.text, start - sent.start)),
                      report_id=doc.report.id,
                      start=start, end=end, cumulative=bool(self.totals.search(sent.text)), method=method)
        return Mention("number", start, end, words, claim, method=method, extra=(("kind", kind),))

    def _source(self, sentence: str) -> Optional[str]:
        """Who the clause attributes its figures to, when that is an organisation or a role:
        "به گزارش هرانا" (according to HRANA), "سخنگوی قوه قضاییه گفت" (the judiciary's spokesman
        said), "فعالان حقوق بشر ... اعلام کردند" (rights activists announced)."""
        for m in self.source.finditer(sentence):
            words = m.group("src").split()
            cut = next((i for i, w in enumerate(words) if _NOT_SOURCE.search(w)), len(words))
            src = " ".join(words[:cut])
            if self.source_word.search(src):
                return src
        if self.said.search(sentence):  # the clause's opening words, up to the first that is no name
            words = re.split(r"[\s،,:]+", sentence.strip())
            while words and words[0] in _OPENERS:
                words = words[1:]  # "اما مقامات ... مدعی شدند": but the officials claimed
            words = words[:5]
            cut = next((i for i, w in enumerate(words) if _NOT_SOURCE.search(w) or w in _NOT_SUBJECT), len(words))
            src = " ".join(words[:cut])
            if self.source_word.search(src):
                return src
        return None

    @cached_property
    def said(self) -> re.Pattern:
        """A verb of saying ("گفت", said; "اعلام کردند", announced)."""
        return _compile(rf"(?<![\w])(?:{lexicon.alternation(self.data['sources']['said'])})(?![\w])")


def _clause(sentence: str, at: int) -> str:
    """The clause of ``sentence`` holding offset ``at`` (split at "but", "while", ";")."""
    start, end = 0, len(sentence)
    for m in _CLAUSE_BREAK.finditer(sentence):
        if m.end() <= at:
            start = m.end()
        elif m.start() >= at:
            end = m.start()
            break
    return sentence[start:end]


def _is_year(text: str, m: re.Match) -> bool:
    """"زادهٔ ۱۳۷۷" (born in 1377), "متولد ۷۸", a bare "۱۴۰۱": a year, never how many people."""
    n = m.group("n")
    if _YEAR_BEFORE.search(text, max(0, m.start() - 12), m.start("n")):
        return True
    return _YEAR.fullmatch(n) is not None and (1300 <= int(n) < 1500 or 1900 <= int(n) < 2100)
