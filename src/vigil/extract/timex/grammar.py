"""The date grammar: one regular expression per date form, and a trigger pass that picks
where to try them.

Speed comes from never trying the forms everywhere. ``trigger`` finds the few tokens that can
end or anchor a date (digits, month and weekday names, "today", "ago", "day", ...) together
with up to four "chain" words before them ("the day before yesterday", "last Tuesday", "the
fifth of July"); ``dispatch`` maps the first token of a candidate start to the forms that may
begin with it, in priority order. Word lists become prefix-tree (trie) alternations, which the
regex engine rejects after one character.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Mapping

from .lexicon import Lexicon

DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d|%|[:.]\d|,\d{3}(?!\d))"
YEAR = r"(?:1[7-9]\d\d|20\d\d)(?!\d)"
CONJ = r"-|–|—|to|through|thru|until|till|and|&"
ZW = "\u200c"  # zero-width non-joiner, written inside Persian words
GAP = rf"[\s\-{ZW}]+"
MODS = ("last", "this", "next", "coming", "past")
CHAIN_EXTRA = ("the", "a", "an", "of", "mid", "straight", "consecutive", "successive", "continuous",
               "running", "year")
PAST_GAP = (r"on|at|in|around|about|late|early|shortly|just|before|after|of|the|night|morning|"
            r"\d{1,2}(?:[:.]\d\d)?|[ap]\.?m\.?|a\.m\.|p\.m\.")  # "shot at 10 p.m. Friday"
PRIORITY = ("ymd", "num", "fa", "fay", "jl", "jly", "mdy", "dmy", "my", "spelled", "mrel", "mrely",
            "hol", "wd", "fawd", "rel", "ago", "ord", "ordd", "mon", "year")


def trie(words: Iterable[str], flexible: bool = False) -> str:
    """A prefix-tree alternation of literal words; spaces and hyphens match any gap if
    ``flexible``. Longer words win because every optional tail is greedy."""
    root: dict = {}
    for word in set(words):
        node = root
        for ch in word:
            key = GAP if flexible and ch in " -" + ZW else re.escape(ch)
            node = node.setdefault(key, {})
        node[""] = {}
    return _emit(root) or "(?!)"


def _emit(node: dict) -> str:
    alts = [key + _emit(child) for key, child in sorted(node.items()) if key]
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    if "" in node:
        return f"(?:{body})?"
    return body


def cased(words: Iterable[str]) -> list[str]:
    """Capitalised and UPPER CASE forms of lower-case words ("may" -> "May", "MAY")."""
    return [f for w in words for f in (w[:1].upper() + w[1:], w.upper())]


def anycase(words: Iterable[str]) -> list[str]:
    return [f for w in words for f in (w, w[:1].upper() + w[1:], w.upper())]


@dataclass(frozen=True)
class Grammar:
    forms: Mapping[str, re.Pattern]
    combined: Mapping[tuple, re.Pattern]
    dispatch: Mapping[str, tuple]
    trigger: re.Pattern
    chain: frozenset
    word: re.Pattern
    future: re.Pattern
    future_near: re.Pattern
    past_after: re.Pattern
    past_before: re.Pattern
    procedure: re.Pattern
    shift: re.Pattern
    speech: re.Pattern
    speech_after: re.Pattern
    background: re.Pattern
    byline: re.Pattern

    @classmethod
    def build(cls, lex: Lexicon) -> "Grammar":
        cues = lex.cues
        tense = "|".join(f"(?P<f{i}>{c})" for i, c in enumerate(cues["future"]))
        past = "|".join(f"(?:{c})" for c in cues["past"])
        tense += "|" + past
        pats = dict(forms(lex))
        table = dispatch(lex)
        combined = {names: re.compile("|".join(f"(?P<{n}>{pats[n]})" for n in names))
                    for names in set(table.values())}
        return cls(
            forms={name: re.compile(pat) for name, pat in pats.items()}, combined=combined,
            dispatch=table, trigger=re.compile(trigger(lex)), chain=chain_words(lex),
            word=re.compile(r"\w+"),
            future=re.compile(rf"(?i)(?<![\w'’])(?:{tense})(?![\w])"),
            future_near=re.compile(rf"(?i)\b(?:{'|'.join(cues['future_near'])})\s+(?:[\w.’'-]+\s+)?$"),
            past_before=re.compile(rf"(?i)(?<![\w'’])(?!(?:{trie(cues['speech'])})\b)(?:{past})"
                                   rf"(?:\s+(?:{PAST_GAP}))*\s+$"),
            shift=re.compile(rf"(?i)(?<!\w)(?P<n>\d{{1,2}}|{trie(list(lex.counts) + list(lex.cardinals), True)})"
                             rf"\s+(?P<u>days?|weeks?)\s+(?P<dir>after|before)\s+(?:the\s+)?$"),
            procedure=re.compile(rf"(?i)\b(?:{'|'.join(cues['procedure'])})\b"),
            past_after=re.compile(rf"(?i)(?<![\w'’])(?!(?:{trie(cues['speech'])})\b)(?:{past})(?![\w])"),
            speech=re.compile(rf"(?i)\b(?:{trie(cues['speech'])})(?:\s+(?:{trie(lex.speech_fillers)}|"
                              rf"(?-i:[A-Z][\w.&'’-]*)))*\s*$"),
            speech_after=re.compile(rf"(?:'s|’s)?,?\s+(?:{trie(cues['speech'])})\b"),
            background=re.compile(rf"(?i)\b(?:{'|'.join(cues['background'])})\b"),
            byline=re.compile(rf"(?i)(?:^|\W)(?:{'|'.join(cues['byline'])})"),
        )


def _tokens(phrases: Iterable[str]) -> list[list[str]]:
    return [re.findall(r"\w+", p) for p in phrases]


def chain_words(lex: Lexicon) -> frozenset:
    """Lower-case words that may stand before a trigger inside one date ("the", "last", "two")."""
    rel = _tokens(list(lex.relative) + list(lex.anaphoric) + ["a couple of"])
    chain = {w for t in rel for w in t[:-1]} | set(MODS) | set(CHAIN_EXTRA) | set(lex.counts)
    chain |= set(lex.cardinals) | set(lex.ordinals) | {u + s for u in lex.ago_units for s in ("", "s")}
    chain |= {"day", "early", "earlier", "late", "later", "before", "after"}
    return frozenset(w.lower() for w in chain if " " not in w)


def trigger(lex: Lexicon) -> str:
    """Tokens that anchor a date: digits, month, weekday and holiday names, and the last word
    of every relative phrase ("yesterday", "week", "ago", "day"). Matched in any case (the
    dispatch table, keyed by the token as written, decides whether "may" can be a month); a
    first-letter look-ahead lets the engine skip most words after one test."""
    last = {t[-1] for t in _tokens(list(lex.relative) + list(lex.anaphoric)) if t}
    last |= {"later", "earlier"}
    names = list(lex.months) + list(lex.month_abbreviations) + list(lex.weekdays)
    names += list(lex.weekday_abbreviations) + list(lex.jalali_latin)
    latin = {w.lower() for w in last | set(names) | {"ago", "day", "nineteen", "eighteen", "twenty", "thousand"}}
    latin |= {t[0].lower() for t in _tokens(lex.holidays)}
    persian = {w for w in latin if not w.isascii()}
    persian |= set(lex.jalali_fa) | set(lex.gregorian_fa) | {t[0] for t in _tokens(lex.weekdays_fa)}
    latin -= persian
    first = "".join(sorted({w[0] for w in latin} | {w[0].upper() for w in latin} | {w[0] for w in persian}))
    return (rf"\b(?=[\d{re.escape(first)}])(?:\d|(?i:{trie(latin, True)})(?!\w)"
            rf"|(?:{trie(persian, True)})(?![\w{ZW}]))")


def dispatch(lex: Lexicon) -> dict[str, tuple]:
    """First token of a candidate start (as written; "#d" for digits) -> forms to try."""
    table: dict[str, set] = {"#d": {"ymd", "num", "fa", "jl", "dmy", "ord", "ago", "year"}}
    # "Day 5 of": the token "day" starts the form, so digits never need words before them

    def add(words: Iterable[str], *names: str) -> None:
        for w in words:
            table.setdefault(w, set()).update(names)

    add(cased(list(lex.months) + list(lex.month_abbreviations)), "mdy", "my", "spelled", "mrely", "mon")
    add(cased(list(lex.weekdays) + list(lex.weekday_abbreviations)), "mdy", "dmy", "wd")
    add(cased(lex.jalali_latin), "jly")
    add(list(lex.jalali_fa) + list(lex.gregorian_fa), "fay")
    add([t[0] for t in _tokens(lex.weekdays_fa)], "fawd")
    add(anycase(MODS), "mrel", "hol", "wd", "rel")
    add(anycase(lex.ordinals), "dmy", "ord")
    add(anycase(["the"]), "dmy", "rel", "spelled")
    add(anycase(["day"]), "ordd")
    add(anycase(list(lex.counts) + list(lex.cardinals)), "ago", "spelled")
    add(anycase(t[0] for t in _tokens(list(lex.relative) + list(lex.anaphoric))), "rel")
    add([t[0] for t in _tokens(lex.holidays)], "hol")
    return {k: tuple(n for n in PRIORITY if n in v) for k, v in table.items()}


def forms(lex: Lexicon) -> list[tuple[str, str]]:
    """(name, pattern) for every date form; inner groups are named ``form_part``."""
    mon_full = rf"(?:{trie(cased(lex.months))})(?![A-Za-z])"
    mon_abbr = rf"(?:{trie(cased(lex.month_abbreviations))})(?:\.|(?![A-Za-z]))"
    mon = rf"(?:{mon_full}|{mon_abbr})"
    wd_full = rf"(?:{trie(cased(lex.weekdays))})(?![A-Za-z])"
    wd_any = rf"(?:{wd_full}|(?:{trie(cased(lex.weekday_abbreviations))})\.?(?![A-Za-z]))"
    dayw = rf"(?:{trie(anycase(k for k, v in lex.ordinals.items() if v <= 31), True)})(?!\w)"
    day = rf"(?:{DAY}|{dayw})"
    jal = rf"(?:{trie(cased(lex.jalali_latin))})(?![A-Za-z])"
    fa_mon = rf"(?:{trie(list(lex.jalali_fa) + list(lex.gregorian_fa))})(?:[\s{ZW}]?ماه)?(?![\w{ZW}])"
    count = trie(anycase(list(lex.counts) + list(lex.cardinals)), True)
    return [
        ("ymd", rf"(?<![\d/.\-])(?P<ymd_y>\d{{4}})(?P<ymd_s>[-/.])(?P<ymd_m>\d{{1,2}})(?P=ymd_s)"
                rf"(?P<ymd_d>\d{{1,2}})(?![\d/]|\.\d)"),
        ("num", rf"(?<![\d/.\-])(?P<num_a>\d{{1,2}})(?P<num_s>[/.\-])(?P<num_b>\d{{1,2}})(?P=num_s)"
                rf"(?P<num_y>\d{{4}})(?![\d/]|\.\d)"),
        ("fa", rf"(?<!\d)(?P<fa_d>\d{{1,2}})(?:\s*(?:ام|م))?[\s{ZW}]*(?P<fa_m>{fa_mon})"
               rf"(?:[\s{ZW},،]*(?:سال[\s{ZW}]*)?(?P<fa_y>\d{{4}})(?!\d))?"),
        ("fay", rf"(?P<fay_m>{fa_mon})[\s{ZW},،]*(?:سال[\s{ZW}]*)?(?P<fay_y>\d{{4}})(?!\d)"),
        ("jl", rf"(?<![\d,.])(?P<jl_d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<jl_m>{jal})"
               rf"(?:,?\s+(?P<jl_y>1[34]\d\d)(?!\d))?"),
        ("jly", rf"(?P<jly_m>{jal})\s+(?:(?P<jly_d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+)?(?P<jly_y>1[34]\d\d)(?!\d)"),
        ("mdy", rf"(?:(?P<mdy_w>{wd_any}),?\s+(?:the\s+)?)?(?P<mdy_m>{mon})\s*(?P<mdy_d>{day})"
                rf"(?:\s*(?P<mdy_c>{CONJ})\s*(?P<mdy_d2>{day}))?(?:(?:,\s*|\s+)(?P<mdy_y>{YEAR}))?"),
        ("dmy", rf"(?:(?P<dmy_w>{wd_any}),?\s+)?(?:(?i:the)\s+)?(?<![\d,.$£€])(?P<dmy_d>{day})"
                rf"(?:\s*(?P<dmy_c>{CONJ})\s*(?:the\s+)?(?P<dmy_d2>{day}))?\s+(?:of\s+)?(?P<dmy_m>{mon})"
                rf"(?:,?\s+(?P<dmy_y>{YEAR}))?"),
        ("my", rf"(?P<my_m>{mon})\s*,?\s+(?:of\s+)?(?P<my_y>{YEAR})"),
        ("spelled", rf"(?:(?P<spelled_m>{mon_full})\s+)?(?P<spelled_y>{spelled_year(lex)})"),
        ("mrel", rf"(?P<mrel_mod>(?i:this\s+past|this\s+coming|last|this|next))\s+(?P<mrel_m>{mon_full})"
                 rf"(?!\s+\d)"),
        ("mrely", rf"(?P<mrely_m>{mon_full})\s+(?P<mrely_mod>(?i:last|this|next))\s+(?i:year)\b"),
        ("hol", rf"(?:(?P<hol_mod>(?i:last|this|next))\s+)?(?P<hol_n>{trie(lex.holidays)})(?!\w)"),
        ("wd", rf"(?:(?P<wd_mod>(?i:this\s+past|this\s+coming|last|next|this|coming|past))\s+)?"
               rf"(?P<wd_w>{wd_full})(?:(?:\s+|-)(?P<wd_p>(?i:{trie(lex.day_parts)}))\b)?(?:'s|’s)?"),
        ("fawd", rf"(?P<fawd_w>{trie(lex.weekdays_fa, True)})(?![\w{ZW}])"),
        ("rel", rf"(?P<rel_p>{trie(anycase(list(lex.relative) + list(lex.anaphoric)), True)})(?![\w{ZW}])"),
        ("ago", rf"(?P<ago_n>\d{{1,3}}|{count})\s+(?P<ago_u>(?i:{trie(lex.ago_units)}))s?\s+"
                rf"(?P<ago_dir>(?i:ago|later|earlier))\b"),
        ("ord", rf"(?P<ord_n>\d{{1,3}}(?:st|nd|rd|th)|{trie(anycase(lex.ordinals), True)})[\s-]+"
                rf"(?:(?i:straight|consecutive|successive|continuous|running)\s+)?(?i:day)\b(?!s)"),
        ("ordd", rf"(?i:day\s+(?P<ordd_n>\d{{1,3}})\s+of)\b"),
        ("mon", rf"(?P<mon_m>{mon_full})(?P<mon_pos>'s|’s)?"),
        ("year", rf"(?<![\d,.$£€#/:])(?P<year_y>1[89]\d\d|20\d\d)(?:\s*(?:-|–)\s*"
                 rf"(?P<year_y2>1[89]\d\d|20\d\d|\d\d)(?!\d))?(?!\d|s\b|'s\b|’s\b|,\d|\.\d|%|:\d|-\d|/\d)"),
    ]


def spelled_year(lex: Lexicon) -> str:
    """ "nineteen ninety-six", "twenty ten", "the year two thousand (and) one"."""
    low = trie(anycase(w for w, v in lex.cardinals.items() if 10 <= v < 100), True)
    units = trie(anycase(w for w, v in lex.cardinals.items() if v < 10), True)
    return (rf"(?i:eighteen|nineteen|twenty)[\s-]+(?:{low}|(?i:hundred)|(?i:oh)[\s-]+(?:{units}))(?!\w)"
            rf"|(?i:the\s+year\s+two\s+thousand)(?:\s+(?:and\s+)?(?:{low}|{units}))?(?!\w)")
