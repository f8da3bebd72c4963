"""Attribution: who claims a figure ("according to HRANA", "the interior ministry said").

Only organisations and roles are kept as sources (police, a ministry, state media, a rights
group, an official by title). A bare personal name is never stored: private individuals
quoted in reports are not recorded.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from .caseless import Caseless
from .text import WIRE_DATELINE

_SOURCE_WORDS = (
    r"police|polis|ministry|minister|ministers|media|agency|agencies|news|television|tv|radio|outlet|newspaper|"
    r"group|groups|organi[sz]ation|watchdog|monitor|observatory|network|committee|council|union|unions|"
    r"syndicate|association|coalition|movement|party|opposition|authorities|authority|officials?|government|"
    r"governor|governorate|prefecture|prefect|municipality|city hall|mayor|spokes(?:man|woman|person)|chief|sheriff|coroner|hospital|doctors|medics|"
    r"ombuds(?:man|woman|person)|public defender|defensor[ií]a|procurator|"
    r"army|military|forces|guards?|irgc|judiciary|prosecutor|court|department|office|bureau|service|services|"
    r"activists|witnesses|residents|organi[sz]ers|sources|lawmakers?|mp|deputy|commander|general|official|"
    r"un|united nations|amnesty|human rights watch|hrana|hengaw|irna|isna|fars|tasnim|mehr|ilna|reuters|"
    r"associated press|ap|afp|bbc|cnn|iran international|radio farda|voa|voice of america|al jazeera|al arabiya|dw|deutsche welle|"
    r"france 24|iranwire|press tv|irib|mizan|borna|yjc|khrn|haalvsh|halvash|kayhan|ohchr|unicef|iranhr|hrw|state|regime|interior|health|red crescent|red cross|who|trooper|troopers|"
    r"investigators|detectives|deputies|department|officers?|sheriff's office|center|centre|institute|campaign|"
    r"directorate|commission|federation|confederation|front|"
    r"statement|report|reports|figures|data|tally|count|estimates?|rights"
)
_SOURCE_RX = Caseless(rf"\b(?:{_SOURCE_WORDS})\b")
_LEADING_WORD = re.compile(r"^(?:(?:the|a|an|and|but|while|as|which|who)\s+)+", re.I)
# A time or a liveblog's bullet before a source: "(2:)40 p.m. Atlanta police said", "- 14:30 Interior
# ministry counts", and the minutes alone when the source's pattern starts after the colon
_LEADING_TIME = re.compile(r"^(?:[-•*]\s*)?(?:(?:\d{1,2}(?::\d\d)?\s*)?(?:[ap]\.m\.|[ap]m\b)|\d{1,2}:\d\d\b|\d\d(?=\s+[A-Z]))\s*(?:[-—–]\s*)?", re.I)
_LEADING_DATELINE = re.compile(WIRE_DATELINE + r"(?:--|—|–|-)\s+")  # ("PARIS - The ministry")
_LEADING_PLACE = re.compile(r"^(?:in|at|from|across)\s+(?:[A-Z][\w'’.-]*\s+){1,3}(?=[a-z])")
_CLAUSE_WORDS = re.compile(r"^(?:he|she|they|we|i|it|you)\s|\b(?:that|when|where|if|because|whether|(?-i:(?!WHO\b))who|what|after|before|"
                           r"since|while|until|are|is|was|were|been)\b", re.I)  # ("the WHO said": the health agency)
# A line's or a sentence's end (not an abbreviation's: "St. Louis Police", "Sgt. Ford", "U.S. officials")
_NOT_ENDS = "".join(f"(?<!{t})" for t in ("Capt", "Cmdr", "Supt", "Insp", "Dept", "Corp", "Assn", "Govt", "Lieut", "Bros"))
_BREAK = re.compile(rf"\n|(?<=[a-z]{{3}}){_NOT_ENDS}[.!?](?=\s+[A-Z])|(?<=[a-z]{{3}}){_NOT_ENDS}\.(?=[A-Z])")
_OPEN_END = re.compile(r"\b(?:to|a|an|the|by|of|for|with|at|in|on|not|and|or)$", re.I)
_FIGURE_END = re.compile(r"\d[\d,.]*(?:\s+(?:million|thousand))?\s*$")
_PRONOUN_END = re.compile(r"\s(?:he|she|they|we|i)$", re.I)
_PRONOUN_ONLY = re.compile(r"^(?:he|she|they|it|we|i|you|police have|officials have)\s*$", re.I)
# A clause of its own after an attribution: "..., the group said, as tens of thousands marched"
_CLAUSE_AFTER = re.compile(r"[,;]\s+(?:as(?!\s+well\b)|while|whereas|when|after|before|even as|and as|"
                           r"and(?!\s+(?:added|said|says|told|adding|that)\b))\s", re.I)
# A source that opens a clause of its own after a figure: "..., while police put the number at 30",
# "...; the ministry said 136,000" (not "..., after rebels fired shells, state media said": that closes the sentence)
_OPENS_CLAUSE = re.compile(r"(?:[,;]\s+(?:while|whereas|but|although|though|with)|;)\s+(?:(?:the|an?)\s+)?$", re.I)
_SUBORDINATE_BEFORE = re.compile(r"\b(?:before|until)\s+$", re.I)  # (not "was killed after police said": journalese for all of it)
_FINITE = re.compile(r"\b(?:were|was|are|is|have|has|had|[a-z]+ed)\b")  # (a verb of its own: "police arrested 74")
_CLOSED = re.compile(r"[,;]|.\s*[,;]")
_TRAILING_AUX = re.compile(r"(?:\s+(?:have|has|had|also|initially|now|later|previously|earlier|first))+$", re.I)
_ACRONYM = re.compile(r"\b[A-Z]{2,}\b")
# a count and who made it: "a tally by AFP", "figures from the health ministry", "a report issued by Amnesty"
_TOLD_BY = re.compile(r"(?:(?:a|an|the|its|their|latest|new|official)\s+)*(?:[\w-]+\s+)?(?:tally|count|report|estimate|statement|"
                      r"survey|figures|data)\s+(?:(?:compiled|issued|released|published)\s+)?(?:by|from)\s+", re.I)
_BASED = re.compile(r"\s+based$", re.I)
_VERBS = r"(?:said|says|say|reported|reports|report|told|announced|announces|claimed|claims|stated|states|confirmed|confirms|counts(?=\s+(?:\d|some|about|around|more|over|nearly|at least|up to))|" \
         r"estimated|estimates|(?:put|puts|putting|placed|places|gave|gives|giving) (?:(?:the|a|an|their|its) )?(?:death |official |peak |total |overall )?(?:toll|number|figure|count|crowd|turnout|attendance)|counted|tallied|" \
         r"documented|recorded|wrote|tweeted|added|acknowledged|acknowledges?|conceded|concedes?|expects?(?!\s+to\b))"


_SAID_CLAUSES = (1, 2)  # the patterns of _patterns() whose match is a clause of its own ("the group said")


@lru_cache(maxsize=1)
def _patterns() -> list[tuple[Caseless, Caseless]]:
    """(gate, pattern) pairs: a pattern runs only on sentences where its gate's words occur
    (the patterns backtrack over every phrase start; the gates are one quick scan). A gate
    may let through more than its pattern takes, never less: it has no word boundaries,
    so that the engine skips ahead to the letters a word can open with."""
    phrase = r"(?P<src>(?:the\s+)?[\w'’.&-]+(?:\s+[\w'’.&-]+){0,6}?)"
    verbs = Caseless(_VERBS)
    return [
        (Caseless(r"according to"),
         Caseless(rf"\baccording to\s+{phrase}(?=\s*(?:[,.;:)]|$|\s+(?:on|in|which|who|that|as|and|the)\b))")),
        # "the interior ministry said", "The judiciary, which puts the number ...", "Hengaw, a
        # Kurdish rights group, said" (an aside between the source and its verb)
        (verbs, Caseless(rf"(?:^|[,;:\"“”]\s*|^[\w\s.,:()'’]{{2,40}}?(?:[—–]|\s--?(?=\s))\s*){phrase}(?:,\s+(?:which|who)(?:\s+(?:also|has|have|had))?|"
                         rf",\s+(?:a|an|the)\s+[\w'’ -]{{1,60}}?,|\s+\([\w.&-]{{2,12}}\))?\s+{_VERBS}\b")),
        # (and "The Confederation of Indonesian Workers' Unions (KSPI) said": its short name after it)
        # "..., said police.", "” said a local doctor", "reported by state media" (a verb before its
        # source closes a clause; "officials said one police officer died." names no source after it)
        (verbs, Caseless(rf"(?:[,\"”]\s*{_VERBS}\s+|\b{_VERBS}\s+by\s+){phrase}\s*(?:[,.;]|$)")),
        (Caseless(r"cit(?:ing|ed)|quot(?:ing|ed)"),
         Caseless(rf"\b(?:citing|cited|quoting|quoted)\s+{phrase}(?=\s*(?:[,.;:)]|$|\s+(?:as|on|in)\b))")),
        # "..., with rights groups saying at least 23 were killed": the source of what follows (and
        # of a second such clause: "with the union saying 2.3 million took part and the ministry putting
        # the figure at 782,000")
        (Caseless(r"saying|reporting|claiming|estimating|counting|putting"),
         Caseless(rf"\b(?:with|and)\s+{phrase}\s+(?:saying|reporting|claiming|estimating|counting|putting (?:the|a) (?:death )?(?:toll|number|figure))\b")),
        # "a crowd estimated at 100,000 by the opposition and 'several thousand' by the authorities"
        (Caseless(r"(?:estimated|put|reckoned|counted|numbered)\s+at\s"),
         Caseless(rf"\b(?:estimated|put|reckoned|counted|numbered)\s+at\s+[\d.,]+(?:\s+(?:million|thousand))?\s+by\s+{phrase}"
                  rf"(?=\s*(?:[,.;:)]|$|\s+(?:and|but|while|marched|rallied|gathered|took|filled|protested)\b))")),
        # "..., per Amnesty International", "(per state media)"
        (Caseless(r"[\s(]per\s"),
         Caseless(rf"(?:[,(—–-]\s*|\s)per\s+{phrase}(?=\s*(?:[,.;:)]|$))")),
        # a monitor's post led by its name: "Hengaw: 7 people killed in Kurdish cities", "HRANA: 20 arrested"
        (Caseless(r":"), Caseless(r"^\s*(?P<src>[\w'’.&-]+(?:\s+[\w'’.&-]+){0,3}?)\s*:\s+(?=\S)")),
    ]


_LED_BY = 7  # the pattern of _patterns() whose source leads its post ("Hengaw: ...")
# ... which a word of a source must end (not a dateline's town, "TEHRAN:", nor "Cypress party shooting:"),
# and no heading's word open
_SOURCE_HEAD = Caseless(rf"\b(?:{_SOURCE_WORDS})['’]?$")
_NOT_LEADING_SOURCE = re.compile(r"^(?:breaking|news|more|full|update[sd]?|latest|live|watch|video|photos?|exclusive|analysis|"
                                 r"opinion|editorial|timeline|explainer|fact ?check|read|see|note)\b", re.I)


def attribution(sentence: str, offset: int = 0, crowd: bool = False) -> Optional[str]:
    """The source a sentence attributes its claims to, or None (never a private person's name);
    with several, the one nearest to ``offset`` (``crowd``: the figure there is a crowd's size)."""
    best: Optional[tuple[int, str]] = None
    for at, src, end in sources_in(sentence):
        if end <= offset and _CLAUSE_AFTER.search(sentence, end, offset):
            continue  # "..., a doctors' committee said, as tens of thousands marched": another clause's figure
        if at > offset and _SUBORDINATE_BEFORE.search(sentence, max(offset, at - 12), at):
            continue  # "Tens of thousands marched ..., hours before the prime minister announced a pause": another clause's
        if at > offset and _OPENS_CLAUSE.search(sentence, offset, at):
            continue  # "the commission said 47 were arrested, while police put the number at 30": not police's 47
        if at < offset and (semi := sentence.find(";", at, offset)) >= 0 and end == len(sentence) \
                and _FIGURE_END.search(sentence, at, semi):
            continue  # "... while the CGT put the figure at 50,000; 45 people were detained": its figure told,
            # the next clause is another's (not a list: "the sheriff said that X, 68; his son, 46; ... died")
        if crowd and at > offset and (semi := sentence.rfind(";", offset, at)) >= 0 and _FINITE.search(sentence, semi, at):
            continue  # "Tens of thousands stormed the residence; at least 45 people were injured, hospital
            # officials said": the source of the last clause, which tells what befell people, not the crowd
            # (a list of tolls is one source's: "Two men were pronounced dead; another was grazed ..., police said")
        dist = abs(at - offset)
        if best is None or dist < best[0]:
            best = (dist, src)
    return best[1] if best else None


@lru_cache(maxsize=4096)
def sources_in(sentence: str) -> tuple[tuple[int, str, int], ...]:
    """Every attributed source of a sentence with its offset and the end of the words it
    governs from ("the group said" ends its clause; "according to X" governs its sentence) (cached:
    a sentence with several figures is read once)."""
    out = []
    gates: dict[int, bool] = {}  # a gate shared by two patterns is searched once
    for i, (gate, rx) in enumerate(_patterns()):
        if id(gate) not in gates:
            gates[id(gate)] = gate.search(sentence) is not None
        if not gates[id(gate)]:
            continue
        for m in rx.finditer(sentence):
            raw = sentence[m.start("src"):m.end("src")]
            src = clean_source(raw)
            if src and i == _LED_BY and (not _SOURCE_HEAD.search(src) or _NOT_LEADING_SOURCE.match(src)):
                continue
            if src:  # (a said-clause set after a clause and closed by a comma ends there: "..., the group
                # said, as ..."; "Police said ...", "the department confirmed X died, while ..." and "according
                # to X, ..." govern their sentence)
                aside = i in _SAID_CLAUSES and _CLOSED.match(sentence, m.end() - 1) is not None \
                    and sentence[:m.start("src")].strip(" \"“”'") != ""  # ("Officials say, when ...": its head)
                at = m.start("src") + max(raw.find(src), 0)  # (where the source's own words start: "while police")
                out.append((at, src, m.end() if aside else len(sentence)))
    return tuple(out)


def clean_source(raw: str) -> Optional[str]:
    """Trim a source phrase to an organisation or role; None when it is not one."""
    raw = _BREAK.split(raw)[-1]  # "All rights reserved.\n\nSylvester Police (said)": the last line's words
    src = _LEADING_WORD.sub("", _LEADING_TIME.sub("", _LEADING_DATELINE.sub("", raw.strip(" ,.;:\"'“”’"))))
    if (place := _LEADING_PLACE.match(src)) and src[place.end():]:
        src = _LEADING_WORD.sub("", src[place.end():])  # "in Mexico City organisers (counted 90,000)": the organisers
    src = _TRAILING_AUX.sub("", _PRONOUN_ONLY.sub("", src))  # "Kettering Police have (confirmed)": Kettering Police
    if (told := _TOLD_BY.match(src)) and (rest := _LEADING_WORD.sub("", _BASED.sub("", src[told.end():]))):
        src = rest  # "a tally by AFP based (on hospital figures)": AFP
    if src and (clause := list(_CLAUSE_WORDS.finditer(src))):
        if clause[0].start() == 0 and not clause[0].group(0).strip().lower() in ("that", "when", "where"):
            return None  # "they learned that the news report was ...": a clause, not who tells it
        src = src[clause[-1].end():].strip()  # "That's when police (said)": police
        src = _PRONOUN_ONLY.sub("", _LEADING_WORD.sub("", src))  # ("... are recovering after deputies (said)")
    if not src or len(src) > 80 or _OPEN_END.search(src) or _PRONOUN_END.search(src):
        return None  # ("officer responded to a (call)", "incident report released by": no one named;
        # "Authorities have identified a man they (say killed ...)": a pronoun says it)
    if not (_SOURCE_RX.search(src) or _ACRONYM.search(src)):
        return None
    return src
