"""Find date expressions and read what they say, before any anchoring.

:func:`scan` walks the trigger matches left to right, tries the forms the first token allows
and turns each form match into :class:`Expr` records (a list "April 24 and 25" gives two).
Nothing here knows the publication date: :mod:`.resolve` does the arithmetic.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from typing import Callable, Iterator, Optional

from ..caseless import folds_to_ascii
from ..wordscan import K, WordStarts
from . import persian
from .expr import Expr, cal_expr as _cal
from .grammar import Grammar
from .lexicon import Lexicon, fa_key

SEPARATORS = " ,-\t\u200c"
TWO_DIGIT_PIVOT = 50  # a two-digit year below this is 20xx, else 19xx
MOD_NAMES = {-1: "last", 0: "this", 1: "next"}
STREET = re.compile(r"[A-Za-z][\w'’-]*")
_AFTER_HYPHEN = re.compile(r"-(?=\w)")
_NEXT_WORD = re.compile(r" +([A-Za-z][A-Za-z-]*)")  # the next word, after spaces only


def scan(g: Grammar, lex: Lexicon, text: str, words: Optional[WordStarts] = None) -> list[Expr]:
    """The date expressions of ``text``, left to right; ``words``: its word starts, if known
    (see :func:`~vigil.extract.wordscan.doc_word_starts`)."""
    out: list[Expr] = []
    cursor = 0
    for trig in trigger_starts(g, text, words):
        if trig < cursor:
            continue
        starts = (trig,) if text[trig].isdigit() else _starts(g, text, trig, cursor)
        for start in starts:
            if start < cursor:
                continue
            found = _try_forms(g, lex, text, start)
            if found:
                out.extend(found)
                cursor = max(e.end for e in found)
    return out


def trigger_starts(g: Grammar, text: str, words: Optional[WordStarts] = None) -> Iterator[int]:
    """Where the trigger matches, left to right (as ``g.trigger.finditer`` finds them).

    A trigger starts at a word boundary before a letter or digit: at a word start (see
    :mod:`~vigil.extract.wordscan`) or inside a hyphenated word ("mid-July"), so the trigger's
    scanner tries only these places, and only where a trigger can begin with the characters
    there. Not on text with a character that matches an ASCII letter under re.I without
    lower-casing to it ("ſ"): the scanner's look-up by lower-cased characters would miss it."""
    if words is None or folds_to_ascii(text):  # (without shared word starts, one regex pass costs less)
        return (m.start() for m in g.trigger.finditer(text))
    starts, heads = _with_hyphenated(g, text, words.starts, words.heads)
    return (m.start() for m, _ in g.trigger_scanner.matches(text, starts, heads))


def _with_hyphenated(g: Grammar, text: str, starts: list[int], heads: list[str]) -> tuple[list[int], list[str]]:
    """The word starts and their heads, with the word boundaries inside hyphenated words where
    a trigger matches ("mid-July"; not "21-year-old")."""
    inner = [(at, head) for at in map(re.Match.end, _AFTER_HYPHEN.finditer(text))
             if g.trigger_scanner.may_start(head := text[at:at + K].lower()) and g.trigger.match(text, at)]
    if not inner:
        return starts, heads
    starts, heads = list(starts), list(heads)
    for at, head in inner:
        i = bisect_left(starts, at)
        if i == len(starts) or starts[i] != at:
            starts.insert(i, at)
            heads.insert(i, head)
    return starts, heads


def _starts(g: Grammar, text: str, trig: int, floor: int) -> list[int]:
    """The trigger's start, after the starts of up to four chain words right before it
    ("the day before yesterday", "last Tuesday", "the fifth of July")."""
    starts = [trig]
    i = trig
    while len(starts) < 5 and i > floor and text[i - 1] in SEPARATORS:
        j = i - 1
        if j > floor and text[j - 1] in SEPARATORS:
            j -= 1
        k = j
        while k > floor and (text[k - 1].isalpha() or text[k - 1] in "'’."):  # "St. Patrick's Day"
            k -= 1
        if k == j or text[k:j].lower() not in g.chain or k > 0 and text[k - 1].isalnum():
            break
        starts.append(k)
        i = k
    starts.reverse()
    return starts


def _try_forms(g: Grammar, lex: Lexicon, text: str, start: int) -> list[Expr]:
    """The first form (in priority order) that matches at ``start`` and reads as a date."""
    wm = g.word.match(text, start)
    if not wm:
        return []
    token = wm.group()
    names = g.dispatch.get("#d" if token[0].isdigit() else token)
    if not names:
        return []
    m = g.combined[names].match(text, start)
    if not m:
        return []
    found = PARSERS[m.lastgroup](lex, m, text)
    if found:
        return found
    for name in names[names.index(m.lastgroup) + 1:]:  # rare: the first reading was refused
        m = g.forms[name].match(text, start)
        found = PARSERS[name](lex, m, text) if m else None
        if found:
            return found
    return []


def _day(lex: Lexicon, s: Optional[str]) -> Optional[int]:
    return lex.number(s) if s else None


def p_ymd(lex, m, text):
    y, mo, d = int(m["ymd_y"]), int(m["ymd_m"]), int(m["ymd_d"])
    cal = "j" if 1200 <= y < 1500 else "g"
    if cal == "g" and not 1700 <= y <= 2100:
        return []
    return _cal(m.start(), m.end(), y, mo, d, cal)


def p_num(lex, m, text):
    a, b, y = int(m["num_a"]), int(m["num_b"]), int(m["num_y"])
    if len(m["num_y"]) == 2:  # "6/24/14", "12/3/98": the century nearest today's news
        y += 2000 if y < TWO_DIGIT_PIVOT else 1900
    if not 1700 <= y <= 2100:
        return []
    # day first when the first number cannot be a month or the separator is a dot (European)
    mo, d = (b, a) if a > 12 or m["num_s"] == "." else (a, b)
    return _cal(m.start(), m.end(), y, mo, d)


def p_md(lex, m, text):
    return _cal(m.start(), m.end(), None, int(m["md_m"]), int(m["md_d"]))


def p_dom(lex, m, text):
    e = _cal(m.start(), m.end(), None, None, int(m["dom_d"]))
    if "month" in m.group(0):  # "on the 3rd of this month": the anchor's month alone
        e = [x._replace(mod="this month") for x in e]
    return e


def p_jl(lex, m, text):
    return _day_pair(lex, m, text, "jl", "j")  # ("12 Mehr", "from 5 to 7 Dey", "on 8 and 9 Azar")


def p_jly(lex, m, text):
    d = int(m["jly_d"]) if m["jly_d"] else None
    return _cal(m.start(), m.end(), int(m["jly_y"]), lex.month(m["jly_m"]), d, "j")


def _day_pair(lex, m, text, form: str, cal: str = "g") -> list[Expr]:
    """A day, or two days joined as a range ("5 to 9 July") or a list ("April 24 and 25"), of
    one month of the calendar ``cal`` (a Jalali form has no weekday group)."""
    mo = lex.month(m[f"{form}_m"])
    y = int(m[f"{form}_y"]) if m[f"{form}_y"] else None
    d1, d2 = _day(lex, m[f"{form}_d"]), _day(lex, m[f"{form}_d2"])
    if d2 is None:
        wd = m.groupdict().get(f"{form}_w")
        wd = lex.weekdays.get(wd.lower().rstrip("."), lex.weekday_abbreviations.get(wd.lower().rstrip("."))) if wd else None
        return [e._replace(wd=wd) for e in _cal(m.start(), m.end(), y, mo, d1, cal)]
    conj = m[f"{form}_c"].lower()
    opener, joiner = lex.range_pair
    between = text[max(0, m.start() - 12):m.start()].lower().rstrip().endswith(opener)
    if conj in (joiner, "&") and not between:
        first = _cal(m.start(), m.end(f"{form}_d"), y, mo, d1, cal)
        second = _cal(m.start(f"{form}_d2"), m.end(), y, mo, d2, cal)
        return first + second if first and second else []
    if d2 <= d1:
        return []
    return [e._replace(end_d=d2) for e in _cal(m.start(), m.end(), y, mo, d1, cal)]


def p_mdy(lex, m, text):
    return _day_pair(lex, m, text, "mdy")


def p_dmy(lex, m, text):
    return _day_pair(lex, m, text, "dmy")


def p_my(lex, m, text):
    return _cal(m.start(), m.end(), int(m["my_y"]), lex.month(m["my_m"]))


def p_spelled(lex, m, text):
    words = re.findall(r"[a-z]+", m["spelled_y"].lower())
    if words[:3] == ["the", "year", "two"]:
        rest = [w for w in words[4:] if w != "and"]
        y = 2000 + (lex.number("-".join(rest)) or 0 if rest else 0)
    else:
        century = (lex.number(words[0]) or 0) * 100  # "nineteen" -> 1900
        rest = [w for w in words[1:] if w not in ("oh", "hundred")]
        y = century + (lex.number("-".join(rest)) or 0 if rest else 0)
    mo = lex.month(m["spelled_m"]) if m["spelled_m"] else None
    return _cal(m.start(), m.end(), y, mo)


def _mod(lex: Lexicon, written: Optional[str]) -> Optional[str]:
    """"last", "this past" -> "last"; "next", "this coming" -> "next"; "this" -> "this"."""
    if not written:
        return None
    direction = lex.modifiers.get(re.sub(r"\s+", " ", written.lower()), 0)
    return MOD_NAMES[direction]


def p_mrel(lex, m, text):
    return [Expr(m.start(), m.end(), "mrel", m=lex.month(m["mrel_m"]), mod=_mod(lex, m["mrel_mod"]))]


def p_mrely(lex, m, text):
    offset = lex.modifiers.get(m["mrely_mod"].lower(), 0)
    return [Expr(m.start(), m.end(), "mrel", m=lex.month(m["mrely_m"]), mod="year", n=offset)]


def p_hol(lex, m, text):
    return [Expr(m.start(), m.end(), "hol", rule=lex.holidays[m["hol_n"]], mod=_mod(lex, m["hol_mod"]))]


def p_wd(lex, m, text):
    return [Expr(m.start(), m.end(), "wd", wd=lex.weekdays[m["wd_w"].lower()], mod=_mod(lex, m["wd_mod"]))]


# a time told by a day's prayer: "پس از نماز جمعه" (after the Friday prayer), "در حین نماز جمعه" (during it)
_AT_PRAYER_TIME = re.compile(r"(?:(?:پس|بعد|پیش|قبل)[\s\u200c]+از|حین|هنگام|پایان)[\s\u200c]+نماز[\s\u200c]+$")


def p_fawd(lex, m, text):
    key = re.sub(r"[\s\u200c]+", " ", m["fawd_w"])
    wd = lex.weekdays_fa.get(key, lex.weekdays_fa.get(key.replace(" ", "")))
    if wd is None or persian.word_before(text, m.start()) in lex.cues_fa["weekday_not_after"] \
            and not _AT_PRAYER_TIME.search(text, max(0, m.start() - 30), m.start()):
        return []  # "نماز جمعه": the Friday prayer (but "پس از نماز جمعه", after the Friday prayer: that day)
    return [Expr(m.start(), m.end(), "wd", wd=wd)]


def p_rel(lex, m, text):
    written = m["rel_p"].lower()
    if not written.isascii() and persian.counted_before(lex, text, m.start()):
        return []  # "چند سال گذشته": the past few years
    for key in (written, re.sub(r"[\s\-\u200c]+", " ", written), re.sub(r"[\s\u200c]+", "-", written),
                re.sub(r"[\s\u200c]+", "\u200c", written)):
        if key in lex.relative:
            unit, offset = lex.relative[key]
            return [Expr(m.start(), m.end(), "rel", unit=unit, n=offset)]
        if key in lex.anaphoric:
            unit, offset = lex.anaphoric[key]
            return [Expr(m.start(), m.end(), "ana", unit=unit, n=offset)]
    return []


def p_ago(lex, m, text):
    n = lex.number(m["ago_n"])
    unit, size = lex.ago_units[m["ago_u"].lower()]
    direction = m["ago_dir"].lower()
    if not n:
        return []
    if direction == "ago":  # ("one year ago today": that very day)
        return [Expr(m.start(), m.end(), "ago", unit=unit, n=n * size, mod="today" if m["ago_today"] else None)]
    if direction in ("after", "before"):  # "Thursday, a day after he shot ...": counted back from that date
        sign = -1 if direction == "after" else 1
        return [Expr(m.start(), m.end(), "ana", unit=unit, n=sign * n * size, mod="clause")]
    sign = 1 if direction == "later" else -1
    return [Expr(m.start(), m.end(), "ana", unit="day" if unit == "day" else unit, n=sign * n * size)]


def p_ord(lex, m, text):
    n = lex.number(m["ord_n"])
    return [Expr(m.start(), m.end(), "ord", n=n)] if n else []


def p_faord(lex, m, text):
    """"دومین روز" (the second day), "روز دهم" (day ten) of a strike or protest."""
    if m["faord_a"]:
        n = lex.ordinal_days_fa.get(fa_key(m["faord_a"]))
    else:
        n = lex.ordinals_fa.get(fa_key(m["faord_b"]))
    return [Expr(m.start(), m.end(), "ord", n=n)] if n else []


def p_ordd(lex, m, text):
    return [Expr(m.start(), m.end(), "ord", n=int(m["ordd_n"] or m["ordd_m"]))]


def p_ford(lex, m, text):
    n = lex.number(m["ford_n"])
    if _RUN_TO_COME.search(text, max(0, m.start() - 40), m.start()):
        return []  # "say they will continue for ten days", "a strike due to last for three days": a run to come
    return [Expr(m.start(), m.end(), "ord", n=n)] if n and n > 1 else []


_RUN_TO_COME = re.compile(r"\b(?:will|would|shall|to|could|may|might)\s+(?:[a-z]+\s+){0,2}for\s+(?:the\s+(?:next|coming)\s+)?$", re.I)


_HAPPENING_AFTER = re.compile(r"\s+(?:protests?|strikes?|marches|march|rall(?:y|ies)|riots?|uprising|demonstrations?|walkouts?|"
                              r"elections?|vote|referendum|crackdown|shooting|attack|massacre|earthquake|floods?)\b")


def p_mon(lex, m, text):
    word = m["mon_m"].lower()
    before = re.findall(r"[A-Za-z]+", text[max(0, m.start() - 14):m.start()].lower())
    cue = bool(before) and (before[-1] in lex.month_cues or " ".join(before[-2:]) in lex.month_cues) \
        or _HAPPENING_AFTER.match(text, m.end()) is not None  # "after an April protest that drew hundreds of thousands"
    if not cue and (word in lex.ambiguous_months or m["mon_pos"] is None and _name_follows(text, m.end())):
        return []
    return _cal(m.start(), m.end("mon_m"), None, lex.months[word])


def _street_follows(lex: Lexicon, text: str, end: int) -> bool:
    """Capitalised words, then a street word: the number was a house number."""
    names = STREET.findall(text, end, end + 48)
    for k, w in enumerate(names[:4]):
        if k and w.lower() in lex.year_streets:
            return True
        if not w[0].isupper():
            return False
    return False


def _vehicle_follows(lex: Lexicon, text: str, end: int, before: list[str]) -> bool:
    """A vehicle make (capitalised) or vehicle word after the year, perhaps past a colour or
    two: a model year ("a 2011 Nissan Altima", "his 2006 tan Ford", "a 2004 pickup"). Not
    after a time preposition ("In 2011 Ford cut jobs")."""
    if before and before[-1] in lex.year_prepositions:
        return False
    at = end
    for _ in range(3):
        w = _NEXT_WORD.match(text, at)
        if not w:
            return False
        word, at = w[1], w.end()
        low = word.lower()
        if low in lex.vehicle_words or word[0].isupper() and low in lex.vehicle_makes:
            return True
        if low not in lex.vehicle_colours:
            return False
    return False


def _phone_tail(word: str) -> bool:
    """Digits and a hyphen right before four digits: the end of a phone number ("910-555-2070",
    "(910) 555-2070"); a year range ("1990-2000") is read whole by its form."""
    return len(word) > 1 and word[-1] == "-" and word[-2].isdigit()


def _name_follows(text: str, end: int) -> bool:
    """A capitalised word right after a month name: "June Carter", "August Wilson"."""
    return bool(re.match(r" [A-Z][a-z]", text[end:end + 3]))


def p_year(lex, m, text):
    y = int(m["year_y"])
    lo, hi = lex.year_bounds
    before = text[max(0, m.start() - 16):m.start()].lower().split()
    after = re.findall(r"[a-z]+", text[m.end():m.end() + 16].lower())
    if not lo <= y <= hi or before and (before[-1] in lex.year_not_after or _phone_tail(before[-1])):
        return []
    if after and after[0] in lex.year_not_before and not text[m.end():m.end() + 1] in ",.;":
        return []
    if _street_follows(lex, text, m.end()) or _vehicle_follows(lex, text, m.end(), before):  # "1802 Beacon St."
        return []
    y2 = m["year_y2"]
    if y2:
        y2 = int(y2) if len(y2) == 4 else y // 100 * 100 + int(y2)
        if y2 <= y:
            return []
    return [Expr(m.start(), m.end(), "cal", y=y, end_y=y2 or None)]


PARSERS: dict[str, Callable] = {
    "ymd": p_ymd, "num": p_num, "md": p_md, "dom": p_dom, "fa": persian.p_fa, "fay": persian.p_fay, "jl": p_jl, "jly": p_jly, "mdy": p_mdy,
    "dmy": p_dmy, "my": p_my, "spelled": p_spelled, "mrel": p_mrel, "mrely": p_mrely, "hol": p_hol,
    "wd": p_wd, "fawd": p_fawd, "rel": p_rel, "ago": p_ago, "ord": p_ord, "faord": p_faord, "ordd": p_ordd, "ford": p_ford, "mon": p_mon,
    "year": p_year, "faago": persian.p_faago, "fas": persian.p_fas, "fayr": persian.p_fayr,
}
