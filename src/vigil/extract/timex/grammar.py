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
import unicodedata
from dataclasses import dataclass
from typing import Iterable, Mapping

from ..wordscan import WordScanner
from .cues import PhraseSet
from .lexicon import Lexicon

DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d|%|[:.]\d|,\d{3}(?!\d))"
YEAR = r"(?:1[7-9]\d\d|20\d\d)(?!\d)"
ZW = "\u200c"  # zero-width non-joiner, written inside Persian words
# "the second day of trial", "the first day of school": an ordinal day of something that is not an event
_NOT_EVENT_DAYS = (r"(?:trial|hearing|testimony|deliberations?|jury|court|sentencing|school|classes|session|"
                   r"search|tournament|festival|fair|visit|camp|competition|season|month|year|week|"
                   # "the ninth day of nationwide action": one of the days of action called in turn, not a run of days
                   r"action|mobili[sz]ation|strikes\s+and\s+protests|protests\s+and\s+strikes)\b")
# ... and in Persian: a day of the week, month or year, of a match, league, conference or festival
_NOT_EVENT_DAYS_FA = r"(?:هفته|ماه|سال|مسابقات|مسابقه|لیگ|همایش|نمایشگاه|جشنواره|دادگاه|محاکمه|مدرسه|سفر|اردو)"
GAP = rf"[\s\-{ZW}]+"
PRIORITY = ("ymd", "num", "md", "faago", "fa", "fay", "fas", "jl", "jly", "mdy", "dmy", "dom", "my", "spelled", "mrel", "mrely",
            "hol", "wd", "fawd", "rel", "ago", "ord", "faord", "ordd", "ford", "mon", "year", "fayr")


def trie(words: Iterable[str], flexible: bool = False) -> str:
    """A prefix-tree alternation of literal words; spaces and hyphens match any gap if
    ``flexible``. Longer words win because every optional tail is greedy."""
    return _emit(_tree(words, flexible)) or "(?!)"


def trie_branches(words: Iterable[str], flexible: bool = False) -> list[str]:
    """The alternatives of ``trie(words)`` at its root, one for each first character, in its
    order (at most one of them matches at a place: apart, each is a small regex to try)."""
    return [key + _emit(child) for key, child in sorted(_tree(words, flexible).items()) if key]


def _tree(words: Iterable[str], flexible: bool) -> dict:
    root: dict = {}
    for word in set(words):
        node = root
        for ch in word:
            key = GAP if flexible and ch in " -" + ZW else re.escape(ch)
            node = node.setdefault(key, {})
        node[""] = {}
    return root


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
    """Lower, Capitalised, UPPER and, for phrases, Title Case forms ("Last Night" in a headline)."""
    return [f for w in words for f in dict.fromkeys((w, w[:1].upper() + w[1:], w.upper(), _title(w)))]


def _title(phrase: str) -> str:
    return " ".join(x[:1].upper() + x[1:] for x in phrase.split(" "))


@dataclass(frozen=True)
class Grammar:
    forms: Mapping[str, re.Pattern]
    combined: Mapping[tuple, re.Pattern]
    dispatch: Mapping[str, tuple]
    trigger: re.Pattern
    trigger_scanner: WordScanner  # the same, tried only at word starts (see detect.trigger_starts)
    chain: frozenset
    word: re.Pattern
    future: PhraseSet
    future_near: PhraseSet
    not_future: PhraseSet  # nouns that end like a future cue ("a call for")
    aid_requests: frozenset  # what a past call asks for, after a cue ending in "for" ("an ambulance")
    comment_requests: PhraseSet  # an unanswered request for comment: a past attempt
    past: PhraseSet
    tense_words: tuple  # (lasts, heads, tails) of future and past cues together
    speech: frozenset
    speech_fillers: frozenset
    fronting: frozenset
    speakers: frozenset
    past_gap: frozenset
    background: PhraseSet
    procedure: PhraseSet
    procedure_far: frozenset  # procedure words before a date's object (see data/time/en.toml)
    gatherings: frozenset  # procedure words that may be the scene of the event ("at a vigil")
    scene_words: frozenset  # words before a gathering that make it the scene
    care_places: frozenset  # words after "released from" that make it a patient's release
    clause_openers: frozenset
    auxiliaries: frozenset
    date_words: frozenset  # month and weekday names, lower case
    byline: re.Pattern  # stamp words and time zones (short lines)
    byline_words: re.Pattern  # stamp words only (a window of a long line)
    stamp_words: re.Pattern  # words of a posting stamp ("Posted:", "Created:")
    vague_count: re.Pattern  # words that make a count vague, at the end of a window ("less than")
    shift: re.Pattern
    occasion_after: re.Pattern
    occasion_before: PhraseSet
    range_gap: re.Pattern
    range_pair: tuple
    future_fa: frozenset = frozenset()  # Persian future auxiliaries, read after the date (the verb ends the clause)
    future_before_fa: frozenset = frozenset()  # Persian words right before a date that put it ahead ("برای", for)

    @classmethod
    def build(cls, lex: Lexicon) -> "Grammar":
        cues = lex.cues
        pats = dict(forms(lex))
        table = dispatch(lex)
        combined = {names: re.compile("|".join(f"(?P<{n}>{pats[n]})" for n in names))
                    for names in set(table.values())}
        counts = trie(list(lex.counts) + list(lex.cardinals), True)
        return cls(
            forms={name: re.compile(pat) for name, pat in pats.items()}, combined=combined,
            dispatch=table, trigger=re.compile(trigger(lex)), trigger_scanner=trigger_scanner(lex),
            chain=chain_words(lex),
            word=re.compile(r"\w+"),
            future=PhraseSet.of(cues["future"]), future_near=PhraseSet.of(cues["future_near"]),
            not_future=PhraseSet.of(cues["not_future"]), aid_requests=frozenset(cues["aid_requests"]),
            comment_requests=PhraseSet.of(cues["comment_requests"]),
            past=PhraseSet.of(cues["past"], cues["not_past"]),
            tense_words=_tense_words(PhraseSet.of(cues["future"]), PhraseSet.of(cues["past"], cues["not_past"])),
            speech=frozenset(cues["speech"]), speech_fillers=frozenset(lex.speech_fillers),
            fronting=lex.fronting, speakers=lex.speakers,
            past_gap=frozenset(cues["past_gap"]), future_fa=frozenset(lex.cues_fa.get("future_after", ())),
            future_before_fa=frozenset(lex.cues_fa.get("future_before", ())),
            background=PhraseSet.of(cues["background"]), procedure=PhraseSet.of(cues["procedure"]),
            procedure_far=frozenset(cues["procedure_far"]), clause_openers=frozenset(cues["clause_openers"]),
            gatherings=frozenset(cues["gatherings"]), scene_words=frozenset(cues["scene_words"]),
            care_places=frozenset(cues["care_places"]),
            auxiliaries=frozenset(cues["auxiliaries"]),
            date_words=frozenset([*lex.months, *lex.weekdays, *lex.relative]),
            byline=re.compile(rf"(?im)(?:^|\W)(?:{'|'.join(cues['byline'] + cues['byline_zones'])})"),
            byline_words=re.compile(rf"(?im)(?:^|\W)(?:{'|'.join(cues['byline'])})"),
            stamp_words=re.compile(rf"(?i)\b(?:{trie(cues['stamp'])})\b"),
            vague_count=re.compile(rf"(?i)\b(?:{trie(cues['vague_count'], True)})\s+$"),
            occasion_after=re.compile(rf"(?i)(?:['’]s)?\s+(?:[\w'’-]+\s+)?(?:{trie(cues['occasion_after'])})\b"),
            occasion_before=PhraseSet.of(cues["occasion_before"]),
            range_gap=re.compile(rf"\s*(?:{trie(lex.range_words)})\s*", re.I), range_pair=lex.range_pair,
            shift=re.compile(rf"(?i)(?<!\w)(?P<n>\d{{1,2}}|{counts})\s+(?P<u>days?|weeks?)\s+"
                             rf"(?P<dir>after|before)\s+(?:the\s+)?$"),
        )


def _tense_words(future: PhraseSet, past: PhraseSet) -> tuple:
    return future.lasts | past.lasts, future.heads + past.heads, future.tails + past.tails


def _tokens(phrases: Iterable[str]) -> list[list[str]]:
    return [re.findall(r"\w+", p) for p in phrases]


def _phrases(lex: Lexicon) -> list[list[str]]:
    return _tokens(list(lex.relative) + list(lex.anaphoric))


def _trigger_token(tokens: list[str], weak: frozenset) -> str:
    """The word of a phrase that triggers it: its last one, weak words aside ("the day after"
    -> "day", "year-end" -> "year"); the words before it are chain words."""
    strong = [t for t in tokens if t.lower() not in weak]
    return (strong or tokens)[-1]


def chain_words(lex: Lexicon) -> frozenset:
    """Lower-case words that may stand before a trigger inside one date ("the", "last", "two")."""
    chain = {w for t in _phrases(lex) for w in t[:t.index(_trigger_token(t, lex.weak_words))]}
    chain |= {w for m in lex.modifiers for w in m.split()} | set(lex.chain_words)
    chain |= set(lex.counts) | set(lex.cardinals) | set(lex.ordinals)
    chain |= {w for t in _tokens(lex.cardinals_fa) for w in t} | set(lex.ago_units_fa) | {"و"}
    for name in lex.holidays:
        chain |= {w.lower() for w in name.split()[:-1]}
    return frozenset(w.lower() for w in chain if " " not in w)


def trigger(lex: Lexicon) -> str:
    """Tokens that anchor a date: digits that can start one ("5 July", "2018", "7/23/2018",
    "5th day"), month, weekday and Jalali names (Capitalised or UPPER), the last word of each
    holiday name, the trigger word of each relative phrase ("yesterday", "week", "day"), units
    after a count ("two weeks ago"), spelled years, and Persian months and weekdays. A
    first-letter look-ahead lets the engine skip most words after one test."""
    start, parts = _trigger_parts(lex)
    return rf"{start}(?:{'|'.join(parts)})"


def trigger_scanner(lex: Lexicon) -> WordScanner:
    """The trigger as a word-start scanner, one pattern an alternative (the same matches: see
    :func:`vigil.extract.timex.detect.trigger_starts` for where it must look)."""
    start, parts = _trigger_parts(lex)
    return WordScanner([start + p for p in parts], flags=0, tail="", fold=_ascii_digits)


def _ascii_digits(head: str) -> str:
    """``head`` with its digits written as ASCII digits ("۱۳۹" -> "139"): the scanner knows
    the patterns' ``\\d`` by ASCII digits, and the trigger's takes any."""
    return "".join(str(unicodedata.decimal(ch)) if ch.isdecimal() else ch for ch in head)


def _trigger_parts(lex: Lexicon) -> tuple[str, list[str]]:
    """The trigger's opening (a word boundary before one of the characters a trigger starts
    with) and its alternatives, in order."""
    words = {_trigger_token(t, lex.weak_words).lower() for t in _phrases(lex) if t}
    words |= {u + s for u in lex.ago_units for s in ("", "s")} | {"day", "nineteen", "eighteen", "twenty", "thousand"}
    persian = {w for w in words if not w.isascii()}
    words -= persian
    persian |= set(lex.jalali_fa) | set(lex.gregorian_fa) | {t[0] for t in _tokens(lex.weekdays_fa)}
    persian |= {t[0] for t in _tokens(lex.ordinals_fa)} | {t[0] for t in _tokens(lex.cues_fa["year_words"])}
    persian |= set(lex.seasons_fa) | set(lex.ago_directions_fa) | {t[0] for t in _tokens(lex.ordinal_days_fa)} | {"روز", "شب"}
    names = cased(list(lex.months) + list(lex.month_abbreviations) + list(lex.weekdays)
                  + list(lex.weekday_abbreviations) + list(lex.jalali_latin))
    names += [name.split()[-1] for name in lex.holidays]
    first = {w[0] for w in names} | {c for w in words for c in (w[0], w[0].upper())} | {w[0] for w in persian}
    months = trie(cased(list(lex.months) + list(lex.month_abbreviations) + list(lex.jalali_latin)))
    ago = trie(anycase(u + s for u in lex.ago_units for s in ("", "s")))
    # (four digits written out: the word scanner reads no start of a repeat of more than three)
    digits = [r"\d\d\d\d(?![\d,.]\d)", r"\d{1,2}[/.\-]\d",
              rf"\d{{1,3}}(?:st|nd|rd|th)?(?=\s*[\u0600-\u06FF]"
              rf"|[\s\-]+(?:of\s+)?(?:{months})(?![a-z])|[\s\-]+(?:\w+\s+)?(?i:day)\b"
              rf"|\s+(?:{ago})\s+(?i:ago|later|earlier|after|before)\b|\s*(?:[-–&]|(?i:to|and|through|until|till)\s)\s*\d)",
              # "on strike for 12 days" (see the "ford" form): only after "for", or every "N days" would be tried
              rf"(?:(?<=[Ff]or )|(?<=[Ff]or the past ))\d{{1,3}}(?=\s+(?:\w+\s+)?(?i:days|nights)\b)",
              r"(?<=[Oo]n the )\d{1,2}(?:st|nd|rd|th)\b"]  # "on the 14th" (see the "dom" form)
    return rf"\b(?=[\d{re.escape(''.join(sorted(first)))}])", [
        *digits, *(rf"(?:{b})(?![A-Za-z])" for b in trie_branches(names)),
        *(rf"(?i:{b})(?!\w|-old)" for b in trie_branches(words, True)),
        *(rf"(?:{b})(?!\w)" for b in trie_branches(persian, True))]


def dispatch(lex: Lexicon) -> dict[str, tuple]:
    """First token of a candidate start (as written; "#d" for digits) -> forms to try."""
    table: dict[str, set] = {"#d": {"ymd", "num", "md", "dom", "faago", "fa", "fayr", "jl", "dmy", "ord", "ago", "year"}}
    # "Day 5 of": the token "day" starts the form, so digits never need words before them

    def add(words: Iterable[str], *names: str) -> None:
        for w in words:
            table.setdefault(w, set()).update(names)

    add(cased(list(lex.months) + list(lex.month_abbreviations)), "mdy", "my", "spelled", "mrely", "mon")
    add(cased(list(lex.weekdays) + list(lex.weekday_abbreviations)), "mdy", "dmy", "wd")
    add(cased(lex.jalali_latin), "jly")
    add(list(lex.jalali_fa) + list(lex.gregorian_fa), "fay")
    add([t[0] for t in _tokens(lex.weekdays_fa)], "fawd")
    add([t[0] for t in _tokens(lex.ordinals_fa)], "fa")
    add([t[0] for t in _tokens(lex.ordinal_days_fa)] + ["روز", "شب"], "faord")
    add([t[0] for t in _tokens(lex.cardinals_fa)], "faago", "fa")
    add([t[0] for t in _tokens(lex.cues_fa["year_words"])], "fayr")
    add(lex.seasons_fa, "fas")
    add(["ماه"], "fay")  # "ماه اسفند", "ماه اوت": the month of
    add(anycase({m.split()[0] for m in lex.modifiers}), "mrel", "hol", "wd", "rel")
    add(anycase(lex.ordinals), "dmy", "ord")
    add(anycase(["the"]), "dmy", "rel", "spelled")
    add(anycase(["day", "night"]), "ordd")
    table["#d"].add("ford")
    add(anycase(list(lex.counts) + list(lex.cardinals)), "ago", "spelled", "ford")
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
    # a month's name may end in a stray non-joiner ("۱۸ دی‌ با"), never run on into a word
    fa_mon = rf"(?:{trie(list(lex.jalali_fa) + list(lex.gregorian_fa))})(?:[\s{ZW}]?ماه)?(?!\w|{ZW}\w)"
    fa_wd = rf"(?:[\s{ZW},،]+{trie(lex.weekdays_fa, True)}(?![\w{ZW}]))?"  # "۱۸ دی پنجشنبه": that day's weekday
    fa_day = rf"\d{{1,2}}|{trie(lex.ordinals_fa, True)}|{trie(lex.cardinals_fa, True)}(?![\w{ZW}])"
    era = rf"(?:[\s{ZW}]+(?P<{{0}}_era>{trie(lex.eras_fa, True)})(?![\w{ZW}]))?"
    fa_year = rf"(?P<{{0}}_y>\d{{{{4}}}}|\d\d)(?!\d){era}"
    rel_year = trie([k for k, v in lex.relative.items() if v[0] == "jyear"], True)
    # after a month or season: a year ("سال ۱۴۰۱", "۹۸") or a relative year ("سال گذشته", "امسال")
    fa_when = (rf"(?:[\s{ZW},،]*(?:سال[\s{ZW}]*)?{fa_year}|[\s{ZW}]+(?P<{{0}}_ry>{rel_year})(?![\w{ZW}]))")
    fa_years = trie(lex.cues_fa["year_words"], True)
    count = trie(anycase(list(lex.counts) + list(lex.cardinals)), True)
    conj = trie(list(lex.range_words) + [lex.range_pair[-1], "&"])
    mods = rf"(?i:{trie(lex.modifiers, True)})"
    return [
        ("ymd", rf"(?<![\d/.\-])(?P<ymd_y>\d{{4}})(?P<ymd_s>[-/.])(?P<ymd_m>\d{{1,2}})(?P=ymd_s)"
                rf"(?P<ymd_d>\d{{1,2}})(?![\d/]|\.\d)"),
        ("num", rf"(?<![\d/.\-])(?P<num_a>\d{{1,2}})(?P<num_s>[/.\-])(?P<num_b>\d{{1,2}})(?P=num_s)"
                rf"(?P<num_y>\d{{4}}|(?<=/)\d\d)(?![\d/]|\.\d)"),  # "6/24/14": two digits after slashes
        # a month and day without a year, US style, only where a date is expected: "on 3/14",
        # "since 11/2", "(3/14)" (not a fraction or a score: "3/4 of the crowd", "won 6/4")
        ("md", r"(?:(?<=\b[Oo]n )|(?<=\b[Ss]ince )|(?<=\())(?P<md_m>1[0-2]|0?[1-9])/(?P<md_d>3[01]|[12]\d|0?[1-9])"
               r"(?![\d/]|\.\d)"),
        # a day of the month alone, after "on the": "on the 14th" (the latest 14th before the report;
        # not "on the 14th day of the strike", "on the 5th floor", "on the 14th of March": another form's)
        ("dom", r"(?<=\b[Oo]n the )(?P<dom_d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)\b"
                r"(?:\s+of\s+(?:this|the)\s+month\b|"  # ("on the 3rd of this month")
                r"(?!\s+(?:of\b|day|night|floor|storey|story|anniversary|century|birthday|time|consecutive|straight|"
                r"round|week|month|year|hole|minute|inning|lap|attempt|ballot|amendment|[A-Z])))"),
        ("faago", rf"(?<!\d)(?P<faago_n>\d{{1,3}}|{trie(lex.cardinals_fa, True)})[\s{ZW}]+"
                  rf"(?P<faago_u>{trie(lex.ago_units_fa)})[\s{ZW}]+(?P<faago_dir>{trie(lex.ago_directions_fa)})(?![\w{ZW}])"),
        ("fa", rf"(?<!\d)(?P<fa_d>{fa_day})(?:\s*(?:ام|م))?[\s{ZW}]*(?P<fa_m>{fa_mon})"
               rf"{fa_when.format('fa')}?{fa_wd}"),
        ("fay", rf"(?:(?P<fay_pre>ماه)[\s{ZW}]+)?(?P<fay_m>{fa_mon}){fa_when.format('fay')}?"),
        ("fas", rf"(?P<fas_s>{trie(lex.seasons_fa)}){fa_when.format('fas')}"),
        ("jl", rf"(?<![\d,.])(?P<jl_d>\d{{1,2}})(?:st|nd|rd|th)?(?:\s*(?P<jl_c>{conj})\s*(?P<jl_d2>\d{{1,2}})(?:st|nd|rd|th)?)?"
               rf"\s+(?:of\s+)?(?P<jl_m>{jal})"
               rf"(?:,?\s+(?P<jl_y>1[34]\d\d)(?!\d))?"),
        ("jly", rf"(?P<jly_m>{jal})\s+(?:(?P<jly_d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+)?(?P<jly_y>1[34]\d\d)(?!\d)"),
        ("mdy", rf"(?:(?P<mdy_w>{wd_any}),?\s+(?:the\s+)?)?(?P<mdy_m>{mon})\s*(?P<mdy_d>{day})"
                rf"(?:\s*(?P<mdy_c>{conj})\s*(?P<mdy_d2>{day}))?(?:(?:,\s*|\s+)(?P<mdy_y>{YEAR}))?"),
        ("dmy", rf"(?:(?P<dmy_w>{wd_any}),?\s+)?(?:(?i:the)\s+)?(?<![\d,.$£€])(?P<dmy_d>{day})"
                rf"(?:\s*(?P<dmy_c>{conj})\s*(?:the\s+)?(?P<dmy_d2>{day}))?\s+(?:of\s+)?(?P<dmy_m>{mon})"
                rf"(?:,?\s+(?P<dmy_y>{YEAR}))?"),
        ("my", rf"(?P<my_m>{mon})\s*,?\s+(?:of\s+)?(?P<my_y>{YEAR})"),
        ("spelled", rf"(?:(?P<spelled_m>{mon_full})\s+)?(?P<spelled_y>{spelled_year(lex)})"),
        ("mrel", rf"(?P<mrel_mod>{mods})\s+(?P<mrel_m>{mon_full})"
                 rf"(?!\s+\d)"),
        ("mrely", rf"(?P<mrely_m>{mon_full})\s+(?P<mrely_mod>(?i:last|this|next))\s+(?i:year)\b"),
        ("hol", rf"(?:(?P<hol_mod>{mods})\s+)?(?P<hol_n>{trie(lex.holidays)})(?!\w)"),
        ("wd", rf"(?:(?P<wd_mod>{mods})\s+)?(?<![Bb]loody )(?<!BLOODY )(?<!Super )(?<!Cyber )"  # ("Bloody Friday": a day's name)
               rf"(?P<wd_w>{wd_full})(?:(?:\s+|-)(?P<wd_p>(?i:{trie(lex.day_parts)}))\b)?(?:'s|’s)?"),
        ("fawd", rf"(?P<fawd_w>{trie(lex.weekdays_fa, True)})(?![\w{ZW}])"),
        ("rel", rf"(?P<rel_p>{trie(anycase(list(lex.relative) + list(lex.anaphoric)), True)})(?![\w{ZW}])"),
        ("ago", rf"(?P<ago_n>\d{{1,3}}|{count})\s+(?P<ago_u>(?i:{trie(lex.ago_units)}))s?\s+"
                rf"(?P<ago_dir>(?i:ago|later|earlier|after|before))\b(?P<ago_today>\s+(?i:today|to the day))?"
                rf"(?:\s+(?i:this\s+(?:week|month)\b))?"),  # ("thirty years ago this week": the years count it)
        ("ord", rf"(?P<ord_n>\d{{1,3}}(?:st|nd|rd|th)|{trie(anycase(lex.ordinals), True)})[\s-]+"
                rf"(?:(?i:and\s+(?:final|last))\s+)?"  # ("the second and final day of a regional strike")
                rf"(?:(?i:straight|consecutive|successive|continuous|running)\s+)?(?i:day|night)\b(?!s)"
                rf"(?!\s+(?i:of\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:\w+\s+)?{_NOT_EVENT_DAYS}))"),
        # (the day or the night: "پنجمین روز اعتصاب", "شب پنجم اعتراضات")
        ("faord", rf"(?:(?P<faord_a>{trie(lex.ordinal_days_fa, True)})[\s{ZW}]+(?:روز|شب)|(?:روز|شب)[\s{ZW}]+(?P<faord_b>{trie(lex.ordinals_fa, True)}))"
                  rf"(?![\w{ZW}])(?![\s{ZW}]+(?:از[\s{ZW}]+)?{_NOT_EVENT_DAYS_FA}(?![\w{ZW}]))"),
        # "day 5 of the strike"; a running headline's "Protests, day 6", "#IranProtests Day 6"
        ("ordd", rf"(?i:day\s+(?P<ordd_n>\d{{1,3}})\s+of)\b|(?:(?<=[Pp]rotests )|(?<=[Pp]rotests: )|(?<=[Pp]rotests, )|"
                 rf"(?<=[Pp]rotests - )|(?<=[Ss]trike )|(?<=[Ss]trike: )|(?<=[Ss]trike, )|(?<=[Uu]prising )|(?<=[Uu]prising: ))"
                 rf"(?i:day|night)\s+(?P<ordd_m>\d{{1,3}})\b"),
        # "have been on strike for 12 days": 12 days up to the day told (as "on the 12th day")
        ("ford", rf"(?:(?<=(?i:for) )|(?<=(?i:for the past) ))(?P<ford_n>\d{{1,3}}|{count})\s+"
                 rf"(?:(?i:straight|consecutive|successive|running)\s+)?(?i:days|nights)\b"),
        ("mon", rf"(?P<mon_m>{mon_full})(?P<mon_pos>'s|’s)?"),
        ("fayr", rf"(?:(?P<fayr_w>{fa_years})[\s{ZW}]+)?(?<![\d,.$£€#/:])(?P<fayr_y>\d{{4}}|\d\d)(?!\d)"
                 rf"(?:[\s{ZW}]*(?:تا|الی|-|–)[\s{ZW}]*(?:سال[\s{ZW}]+)?(?P<fayr_y2>\d{{4}}|\d\d)(?!\d))?"
                 rf"{era.format('fayr')}"),
        ("year", rf"(?<![\d,.$£€#/:])(?P<year_y>1[89]\d\d|20\d\d)(?:\s*(?:-|–)\s*"
                 rf"(?P<year_y2>1[89]\d\d|20\d\d|\d\d)(?!\d))?(?!\d|s\b|'s\b|’s\b|,\d|\.\d|%|:\d|-\d|/\d)"),
    ]


def spelled_year(lex: Lexicon) -> str:
    """ "nineteen ninety-six", "twenty ten", "the year two thousand (and) one"."""
    low = trie(anycase(w for w, v in lex.cardinals.items() if 10 <= v < 100), True)
    units = trie(anycase(w for w, v in lex.cardinals.items() if v < 10), True)
    return (rf"(?i:eighteen|nineteen|twenty)[\s-]+(?:{low}|(?i:hundred)|(?i:oh)[\s-]+(?:{units}))(?!\w)"
            rf"|(?i:the\s+year\s+two\s+thousand)(?:\s+(?:and\s+)?(?:{low}|{units}))?(?!\w)")
