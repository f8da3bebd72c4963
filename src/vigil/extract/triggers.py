"""Event triggers: the words that signal an event, filtered by their sentence's context.

Triggers come from ``data/lexicon/events.toml``; the context rules (sports, idioms, denials,
questions, hypotheticals, planned and ongoing action) from ``data/lexicon/context.toml``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cached_property
from typing import Optional

from .. import lexicon
from ..model import Doc, Mention, Sentence
from .caseless import Caseless
from .grievance import CROWD
from .text import AFTER_CLAUSE, HELD_IN_PRISON, PUT_TO_DEATH, YEARS_AFTER_CLAUSE, clause_bounds, clause_breaks, \
    held_as_adjective
from .wordscan import ScannerGroup, WordScanner, alternatives, doc_word_starts, focus_word_starts

AMBIGUOUS_IN_SPORT = {"strike", "attack", "protest", "riot", "repression"}
# ... but not these, whose words no match report uses ("fans set cars alight after the World Cup win")
_PLAIN_IN_SPORT = frozenset({"hunger strike", "tear gas", "water cannon", "rubber bullets", "property destruction"})


@dataclass(frozen=True)
class TriggerRule:
    type: str
    subtype: Optional[str]
    pattern: re.Pattern
    context: Optional[Caseless]
    strength: float
    unless: Optional[Caseless] = None  # the rule does not apply when this matches the sentence
    context_reach: int = 0  # sentences after the trigger's that may hold its context too
    context_back: int = 0  # sentences before it that may


@dataclass(frozen=True)
class TriggerLexicon:
    data: dict
    context_data: dict

    @classmethod
    def default(cls) -> "TriggerLexicon":
        return cls(lexicon.load("lexicon/events"), lexicon.load("lexicon/context"))

    @cached_property
    def rules(self) -> list[TriggerRule]:
        """Rules, most specific first: at one position the first alternative that matches wins."""
        rx = lambda key, t: re.compile(lexicon.persian_variants(t[key]), re.I) if t.get(key) else None  # noqa: E731
        cl = lambda key, t: Caseless(lexicon.persian_variants(t[key])) if t.get(key) else None  # noqa: E731
        rules = [TriggerRule(t["type"], t.get("subtype"), rx("pattern", t), cl("context", t),
                             float(t.get("strength", 0.7)), cl("unless", t), int(t.get("context_reach", 0)),
                             int(t.get("context_back", 0)))
                 for t in self.data["trigger"]]
        return sorted(rules, key=lambda r: (r.subtype is None, -r.strength))

    @cached_property
    def state_fire(self) -> TriggerRule:
        """The rule of state forces' live fire on people (see :data:`_STATE_FORCE_BEFORE`)."""
        return next(r for r in self.rules if r.type == "repression" and r.subtype == "live fire")

    @cached_property
    def state_raid(self) -> TriggerRule:
        """State forces raiding or storming where unarmed people are ("riot police raided the
        dormitories"): force used on them, not an armed attack."""
        return replace(self.state_fire, subtype="raid")

    @cached_property
    def _alternatives(self) -> list[tuple[int, str]]:
        """(rule index, alternative) of each rule's top-level alternatives, rule by rule."""
        return [(i, alt) for i, r in enumerate(self.rules) for alt in alternatives(r.pattern.pattern)]

    @cached_property
    def _rule_of(self) -> tuple[int, ...]:
        return tuple(i for i, _ in self._alternatives)

    @cached_property
    def scanner(self) -> WordScanner:
        """All trigger patterns matched at word starts in one pass (leftmost-first), one
        scanner pattern an alternative (see :func:`~.wordscan.alternatives`)."""
        return WordScanner([alt for _, alt in self._alternatives])

    @cached_property
    def contexts(self) -> dict[str, Caseless]:
        return {key: Caseless(r"(?<![\w-])(?:" + lexicon.alternation(words) + r")")
                for key, words in self.context_data.items()}

    def rx(self, key: str) -> Caseless:
        return self.contexts[key]

    @cached_property
    def context_scanners(self) -> dict[str, WordScanner]:
        """The sentence-level context lists as word-start scanners (one pass per document); sports
        words are whole words ("on target", not "on targets"; "goal", not "goalposts")."""
        return {key: WordScanner(sorted(self.context_data[key], key=len, reverse=True),
                                 tail=r"(?![\w])" if key in WHOLE_WORD_CONTEXTS else "")
                for key in SENTENCE_CONTEXTS}

    @cached_property
    def sentence_context_group(self) -> ScannerGroup:
        """The context scanners run only in sentences with triggers, in one pass."""
        return ScannerGroup([self.context_scanners[key] for key in SENTENCE_ONLY_CONTEXTS])

    @cached_property
    def whole_text_group(self) -> ScannerGroup:
        """The trigger scanner and the sports words, both run over the whole text, in one pass."""
        return ScannerGroup([self.scanner, self.context_scanners["sports"]])

    def scan_whole_text(self, doc: Doc) -> tuple[list[tuple[int, int, int]], list[tuple[int, int]]]:
        """(start, end, scanner pattern) of the triggers and the spans of the sports words."""
        triggers, sports = self.whole_text_group.matches(doc.text, *doc_word_starts(doc))
        return [(*m.span(), i) for m, i in triggers], [m.span() for m, _ in sports]

    def find_all(self, doc: Doc, hits: Optional[list[tuple[int, int, int]]] = None
                 ) -> dict[int, list[tuple[int, int, TriggerRule]]]:
        """Trigger matches by sentence index (sentence-relative offsets), longest first on overlap.

        One combined regex scans the whole text once (``hits``: that scan, when already made);
        context patterns are checked only for sentences that have a hit. When the rule that
        matched fails its context, the later rules matching at the same place get their turn
        (a death told with the protest around it is repression; without, an attack).
        """
        by_sentence: dict[int, list[tuple[int, int, TriggerRule]]] = {}
        ok_context: dict[tuple[int, int], bool] = {}
        rule_of = self._rule_of
        if hits is None:
            hits = list(self.scanner.finditer(doc.text, *doc_word_starts(doc)))
        for start, end, alt in hits:
            r: Optional[int] = rule_of[alt]
            si = doc.sentence_at(start)
            if si < 0:
                continue
            sent = doc.sentences[si]
            while r is not None and not self._fits(r, si, sent.text, ok_context, doc):
                r, end = self._next_rule(doc.text, start, r)
            if r is not None:
                by_sentence.setdefault(si, []).append((start - sent.start, min(end, sent.end) - sent.start, self.rules[r]))
        return {si: _longest(hits) for si, hits in by_sentence.items()}

    def _fits(self, r: int, si: int, sentence: str, memo: dict[tuple[int, int], bool], doc: Optional[Doc] = None) -> bool:
        """Whether rule ``r``'s context holds in the sentence (or in the ``context_reach`` sentences
        after it: "Iran had hanged three men ... The men had been arrested during the protests"; or
        the ``context_back`` ones before it: "... marched to demand rent caps. Smaller marches took
        place in Valencia") and its ``unless`` does not."""
        rule = self.rules[r]
        if rule.context is None and rule.unless is None:
            return True
        key = (r, si)
        if key not in memo:
            ok = rule.context is None or bool(rule.context.search(sentence))
            if not ok and (rule.context_reach or rule.context_back) and doc is not None:
                ok = any(rule.context.search(doc.sentences[j].text)
                         for j in range(max(0, si - rule.context_back), min(len(doc.sentences), si + 1 + rule.context_reach))
                         if j != si)
            memo[key] = ok and (rule.unless is None or not rule.unless.search(sentence))
        return memo[key]

    @cached_property
    def whole_words(self) -> list[re.Pattern]:
        """Each rule's pattern ending where a word ends, as the scanner matches it."""
        return [re.compile(rf"(?:{r.pattern.pattern})(?![\w])", re.I) for r in self.rules]

    def _next_rule(self, text: str, start: int, after: int) -> tuple[Optional[int], int]:
        """The first rule after ``after`` that matches whole words at ``start``, and its end."""
        for r in range(after + 1, len(self.rules)):
            m = self.whole_words[r].match(text, start)
            if m is not None and m.end() > start:
                return r, m.end()
        return None, start


def _longest(hits: list[tuple[int, int, TriggerRule]]) -> list[tuple[int, int, TriggerRule]]:
    hits.sort(key=lambda h: (-(h[1] - h[0]), -h[2].strength, h[0]))
    kept: list[tuple[int, int, TriggerRule]] = []
    for h in hits:
        if not any(k[0] < h[1] and h[0] < k[1] for k in kept):
            kept.append(h)
    return sorted(kept, key=lambda h: h[0])


_NEGATED = Caseless(r"\b(?:(?:no(?:\s+one)?|nobody|none|not|never|neither|nor|n't)\s+(?:[\w'-]+\s+){0,2}"
                    r"|without\s+(?:[\w'-]+\s+){0,4}"
                    r"|no\s+(?:reports?|sign|signs|evidence|word)\s+of\s+(?:[\w'-]+\s+(?:or|and)\s+)?)$")  # ("no reports of clashes or arrests")
# A side's name for others, not a happening told: 'blamed "armed rioters"', "described the
# crowds as rioters", "branded them terrorists"
# a weather service's alert named after what it warns of ("Flash Flood Watch", "Tornado Warning")
# an attack told by its verb after its subject ("fired tear gas at protesters after an officer fatally shot a
# man"): a clause of its own, which tells what the crowd came out after, not the setting named by a noun
# ("after the worst fighting in decades"; in a crime story, "investigating after a boy shot himself" tells
# the story's one shooting again, and stays read as before)
_VERB_FORM = re.compile(r"(?i)shot|[a-z]+ed")
# "the ninth day of nationwide action since January": days of action called one after another, not one
# action going on since then (a cue right after these words tells no continuing event)
_DAY_OF_ACTION = re.compile(r"(?i)\b(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
                            r"tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth)\s+(?:national\s+|nationwide\s+)?"
                            r"days?\s+of\s+(?:national\s+|nationwide\s+)?(?:action|mobili[sz]ation|strikes\s+and\s+protests|"
                            r"protests\s+and\s+strikes)\s+$")
_ALERT_AFTER = re.compile(r"\s+(?:advisory|advisories|watch(?:es)?|warnings?|alerts?|statement|outlook)\b", re.I)
_LABEL = Caseless(r"\b(?:blam(?:ed|es|ing)(?:\s+(?:it|them|the\s+\w+))?(?:\s+on)?|described\s+(?:them|it|the\s+\w+)\s+as|"
                  r"call(?:ed|s|ing)\s+(?:them|it|the\s+(?:unrest|protests?|gatherings?|demonstrations?|crowds?|protesters))|label+(?:ed|ing)\s+(?:them|it)(?:\s+as)?|brand(?:ed|ing)\s+(?:them|it)(?:\s+as)?)"
                  r"\s+[\"“']?(?:(?:a|an|the|armed|violent|foreign-backed|paid)\s+)?$")
# The people a crowd's word names, in quotes of their own: one side's word for others ("arrested 14
# 'rioters'", 'so-called "protesters"'), not what they did; so is its word for what they did ("accused
# of leading last week's 'riots'")
_CROWD_AGENT = re.compile(r"(?i)[a-z-]+(?:ers|ists)|thugs|hooligans|mobs?|riots?|rioting|disturbances?|sedition")
_OPEN_QUOTES, _CLOSE_QUOTES = "'\"‘“", "'\"’”"


def _scare_quoted_word(text: str, s: int, e: int) -> bool:
    """A word in quotes of its own ("'terrorists'")."""
    return 0 < s and e < len(text) and text[s - 1] in _OPEN_QUOTES and text[e] in _CLOSE_QUOTES


def _scare_quoted(text: str, s: int, e: int) -> bool:
    """A crowd's word in quotes of its own ("'rioters'")."""
    return _scare_quoted_word(text, s, e) and _CROWD_AGENT.fullmatch(text, s, e) is not None


# An event a gathering remembers is told as background: "to mark the anniversary of the 2020 shootings"
# (Persian too: "سالگرد کشته شدن" the anniversary of the killing of)
_COMMEMORATED = Caseless(r"\banniversar(?:y|ies)\s+of\s+(?:the\s+|a\s+|an\s+|their\s+|its\s+)?(?:[\w'’-]+\s+){0,3}$|"
                         # ("the anniversary of the 2009 rallies that ended the Green Movement protests", "the
                         # anniversary of the Tempe rail crash, in which 57 people were killed")
                         r"\banniversar(?:y|ies)\s+of\s+(?:[\w'’-]+,?\s+){0,6}?(?:that|which)\s+(?:[\w'’-]+\s+){0,6}$|"
                         # ("Forty years on, the student uprising that ended when ...": history)
                         r"\b(?:years|decades)\s+(?:on|later)\s*,\s+(?:[\w'’-]+\s+){0,4}$|"
                         r"سالگرد[\u200c\s]+(?:\S+[\u200c\s]+){0,2}$")
# what a crowd asks redress for: "compensation for last summer's drought", "relief for the flood's losses"
_REDRESS_FOR = re.compile(r"\b(?:compensation|reparations?|relief|aid|payouts?|subsid(?:y|ies)|support|help|losses|damages?)\s+"
                          r"(?:for|over|after|from|caused\s+by)\s+(?:the\s+|last\s+\w+['’]s\s+|this\s+\w+['’]s\s+|[\w-]+['’]s\s+)?"
                          r"(?:[\w-]+\s+){0,2}$", re.I)
_QUOTES = frozenset("\"“”‘’'")
_QUOTED_WORDS = re.compile(r"(?:^|(?<=\s))[\"“‘'](?:\w+ly)\s+$")  # ("vigorously protest", "firmly protest")
_ONE_OF_CROWD = frozenset({"protester", "protestor", "demonstrator", "striker", "marcher"})
_A_BEFORE = re.compile(r"\b(?:a|an|one|another)\s+(?:[\w-]+\s+){0,2}$", re.I)
_TOLD_AFTER = re.compile(r"(?:\s+(?:in|at|outside|near|from|on)\s+(?:the\s+)?[\w'’ -]{1,40}?)?,?\s+(?:told|said|says|tells|added|shouted)\b")
_VICTIMS_GATE = ("victims", "relatives", "families", "survivors", "widows", "orphans")  # (the words of _VICTIMS_OF: a quick test first)
_VICTIMS_OF = re.compile(rf"\b(?:{'|'.join(_VICTIMS_GATE)})\s+of\s+(?:the\s+|a\s+|an\s+)?"
                         r"(?:[\w'’-]+\s+){0,3}$", re.I)
_TRIAL_GATE = ("execut", "hang", "sentenc", "convict", "jail", "prisoner", "detainee", "part", "participat", "role",
               "involvement", "organi", "incit", "leading")  # (a quick test: _FOR_TAKING_PART needs one of them)
_FOR_TAKING_PART = re.compile(r"\b(?:execut\w*|hang\w*|sentenc\w*|convict\w*|jail\w*|prisoners?|detainees?)\s+(?:[\w'’-]+\s+){0,20}?"
                              r"(?:over|during|linked\s+to|related\s+to|in\s+connection\s+with)\s+"
                              r"(?:the\s+)?(?:(?:nationwide|national|mass|recent|anti-government|last\s+(?:year|autumn|winter|spring|summer|month)['’]s|\d{4})\s+)?$|"
                              r"\b(?:for|over|of|after)\s+(?:(?:his|her|their|alleged|allegedly)\s+)?(?:(?:taking\s+part|participating|"
                              r"participation|joining|role|involvement)\s+in|organi[sz]ing|inciting|leading|incitement\s+to)\s+"
                              r"(?:the\s+|an?\s+)?(?:(?![\w-]+'s\s)[\w-]+\s+){0,2}$", re.I)  # (not "organising Monday's strike": told)
# crowd words told as people on trial: "two protesters were sentenced to death", "protesters convicted of rioting"
_TRIED_AFTER = re.compile(r"(?:protesters|demonstrators|rioters|strikers|marchers)\s+(?:(?:were|was|have\s+been|had\s+been|are|being|"
                          r"(?:will|could|would|may|might|to|are\s+to|were\s+to)\s+be)\s+)?"
                          r"(?:sentenced|convicted|tried(?!\s+to\b)|executed|hanged|condemned|indicted|acquitted)\b", re.I)
# a killing word describing a person (after a determiner, before the noun): "a killed protester", "the slain students"
_DEAD_ONE = re.compile(r"(?:killed|slain|murdered)\s+(?:young\s+|teenage\s+|female\s+|male\s+)?(?:protesters?|demonstrators?|students?|"
                       r"man|woman|boy|girl|teenagers?|youths?|activists?|workers?|colleagues?|classmates?|journalists?|children|child)\b", re.I)
_A_BEFORE = re.compile(r"\b(?:the|a|an|of|for|his|her|their)\s+$", re.I)
# a killing told as what someone is charged with: "for allegedly killing", "after convicting him of fatally stabbing"
_CHARGED_WITH = re.compile(r"\b(?:for\s+allegedly\s+|(?:convict\w*|accus\w*|charg\w*|guilty|suspected|indicted|arrested)\s+"
                           r"(?:(?:him|her|them|the\s+\w+)\s+)?(?:of|with|for)\s+(?:allegedly\s+|fatally\s+|the\s+)?)$", re.I)
_CHARGE_GATE = (" of ", " with ", " for ")  # (a quick test: _CHARGED_WITH needs one of them)


def _any_in(lowered: str, words: tuple[str, ...], lo: int, hi: int) -> bool:
    """Whether one of ``words`` stands in ``lowered[lo:hi]`` (a quick test before a search)."""
    return any(lowered.find(w, lo, hi) >= 0 for w in words)


_HELD_THERE = re.compile(HELD_IN_PRISON, re.I)
_IN_RAIDS = re.compile(r"\bin\s+(?:(?:dawn|night|night-time|early-morning|overnight|house|home|a\s+series\s+of)\s+)?$", re.I)
_RAID_NOUN = re.compile(r"raids?", re.I)
_DIED_IN = Caseless(r"\b(?:death|deaths|died|dies|dying|killed|tortured)\b[^.;,]{0,40}?\bin\s+(?:police\s+|state\s+)?$")
# State forces as the subject of a killing or a shooting ("security forces in Myanmar killed", "soldiers
# opened fire"), and the unarmed people such force falls on (without them, "troops killed six
# militants" is a battle, an attack)
_STATE_FORCE_BEFORE = Caseless(r"\b(?:(?:security|government|regime|junta|state|riot|paramilitary|anti-riot)\s+"
                               r"(?:forces|police|troops|agents|officers)|troops|soldiers|militiamen|irgc|basij|basijis|"
                               r"revolutionary\s+guards?)\s+(?:(?!(?:was|were|been|being|is|are)\b)[\w-]+\s+){0,2}?$")
_RAIDS = r"raided|raiding|raid|stormed|storming|attacked|attacking"
_RAID_VERB = re.compile(_RAIDS, re.I)
_FORCE_VERB = re.compile(rf"killed|killing|kill|shot|shoot|shooting|opened fire|open fire|opening fire|fired|gunned down|{_RAIDS}",
                         re.I)
_ARMED_OBJECT = Caseless(r"^\s+(?:by|in|when|after|as|during|while)\b|^(?:\s+[\w-]+){0,3}?\s+(?:gunm[ae]n|attackers?|militants?|insurgents?|rebels?|fighters?|"
                         r"terrorists?|jihadists?|suspects?|assailants?|gunman|bandits?)\b")  # "shot the gunmen dead" ("troops
# killed by landmines": their own dead)
_OPENED_FIRE = re.compile(r"(?:opened|open|opening)\s+fire|fired", re.I)
_UNARMED = Caseless(r"\b(?:protest|demonstr|crowds?\b|worshipp?ers|mourners|civilians|villagers|unarmed|students|"
                    r"rall(?:y|ies)|march|gathered|gathering|strikers|residents|people|children|women|funeral|coup)")
# a call answered, told as the cause of what answered it: "bazaars struck on Saturday in response to
# calls for three days of protest" (the protest called for is no event of its own here)
_ANSWERED_CALL = re.compile(r"\b(?:in\s+response\s+to|responding\s+to|heeding|heeded|answering|in\s+answer\s+to|following|after)"
                            r"\s+(?:(?:the|a|an|repeated|online|renewed|widespread)\s+)*calls?\s+(?:by\s+[\w'’ -]{1,40}?\s+)?(?:for|to)\s+"
                            r"(?:[\w'’-]+\s+){0,4}$", re.I)
_IN_SUPPORT_OF = re.compile(r"\bin\s+(?:solidarity|support)\s+(?:with|of|for)\s+(?:the\s+|their\s+)?(?:[\w'’-]+\s+){0,3}$", re.I)
PLAN_WINDOW = 120  # characters before a trigger searched for its plan cue ("has called on bus, tram and underground
# staff in Berlin, Hamburg and Munich to stage a 24-hour warning strike"), inside its clause
_TO_JOIN = re.compile(r"(?<!\bon supporters )(?<!\bon people )(?<!\bon citizens )(?<!\bon members )(?<!\bon workers )"
                      r"(?<!\burged supporters )(?<!\burged people )\bto\s+join\s+(?:the|their|a|an)\s+(?:[\w'’-]+\s+)?$", re.I)
# (not a call: "called on supporters to join a march to parliament on Sunday" is a plan of its own)
_WITH_BEFORE = re.compile(r"\bwith\s+(?:[\w-]+\s+){0,3}?(?:and\s+)?$", re.I)  # "blocked highways with tree trunks and"
_YEARS_SINCE = re.compile(r"\b(?:one|a|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:years?|decades?)\s+since\s+"
                          r"(?:[\w'’-]+\s+){0,4}$", re.I)
_CROWD_NOUN = re.compile(r"(?:protesters|protestors|demonstrators)", re.I)
_OWN_TOWN_AFTER = re.compile(r"\s+(?:in|from)\s+[A-Z]")  # "protesters in Makassar": a crowd of its own town
_CROWD_WORD = re.compile(r"\b(?:protest|demonstrat|rall(?:y|ies|ied)|march(?:ed|es|ers)|gathered|crowds?)", re.I)
_OBJECT_BEFORE = re.compile(r"\b(?:disperse[sd]?|dispersing|at|on|against|with|by|to|from|among|attacked|arrested|detained|"
                            r"beat|beaten|shot|killed|clashed)\s+(?:the\s+|some\s+|\w+\s+of\s+)?(?:[\w-]+\s+)?$", re.I)
RIOT_VERB_REACH = 60  # characters from a crowd's noun to the riot verb it is the subject of
PURPOSE_REACH = 60  # characters from a strike's word to the "protesting" that tells what its strikers want
_ANYONE_WHO = re.compile(r"\b(?:anyone|anybody|whoever|any\s+person)\s+(?:who\s+)?(?:had\s+|has\s+)?$", re.I)
_SUPERLATIVE = re.compile(r"\b(?:[a-z]+est|most\s+[a-z]+|first|worst)\b[^.;]{0,60}$")
_ORDER_TO = re.compile(r"\b(?:orders?|ordered|command|instructions?|permission)\s+(?:[\w'’-]+\s+){0,3}?to\s+$", re.I)
_IN_WARTIME = re.compile(r"\s+(?:[\w'’-]+\s+){0,3}?(?:during|in|under)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:civil\s+war|war|dictatorship|junta\s+years)\b", re.I)
_HALTING = re.compile(r"(?:halt(?:ed|ing)|stopp(?:ed|ing))\b", re.I)
_DEED = re.compile(r"(?:loot|torch|vandali[sz]|pelt|ransack|smash)", re.I)  # "... with burning tyres and looted shops": a deed of its own
_ORGANISER_OF = re.compile(r"\b(?:that|which|who)\s+(?:has\s+|have\s+)?(?:organi[sz]e[sd]?|coordinates?|coordinated|leads|led)\s+"
                           r"(?:the\s+|their\s+|its\s+)?(?:[\w'’-]+\s+){0,3}$", re.I)
_PURPOSE = re.compile(r"\b(?:to|in)\s+$", re.I)  # "on strike to protest ...", "closed their shops in protest at ..."
_MODAL = Caseless(r"\b(?:could|might|would|may(?!\s+day\b)|should)(?:n't|\s+not)?(?:\s+have)?(?:\s+been)?\s+(?:[\w'-]+\s+)?$")
# a plan told in reported speech, no hypothetical: "the union said it would march on Friday", "said
# their members would go on strike from Tuesday"
_REPORTED_PLAN = Caseless(r"\b(?:said|says|announced|vowed|pledged|warned|declared)(?:\s+on\s+\w+)?\s+(?:that\s+)?"
                          r"(?:it|they|we|(?:the|its|their|our)\s+[\w-]+(?:\s+[\w-]+)?|(?!(?:he|she|i|you)\s)[\w-]+|"
                          r"(?:(?!(?:if|unless|when|once|he|she|i|you|could|might|would|may|should)\s)[\w'’-]+\s+){2,8}?)\s*would\s+(?:[\w'-]+\s+){0,2}$"
                          # the speech's second clause: "said 90 percent of drivers had joined the stoppage and that it would march"
                          r"|\b(?:and|but)\s+that\s+(?:it|they|we|(?:the|its|their|our)\s+[\w-]+(?:\s+[\w-]+)?)\s+would\s+(?:[\w'-]+\s+){0,2}$")
PLAN_SPEECH_REACH = 120  # characters before a trigger its reported plan may start ("warned that staff at oilfields
# around Ahvaz and Gachsaran would stop work")
_CONDITION_AFTER = re.compile(r"[^.;:!?]{0,80}?\b(?:if|unless)\b", re.I)  # (from the trigger on)
_DAY_WORD = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day|\btomorrow\b|\bnext\b|\b\d{1,2}\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", re.I)
# an opinion piece's or explainer's title asking or arguing, with no question mark: "Opinion: Why the
# farmers' protests will shape Indian politics" (no happening told)
_ESSAY_TITLE = re.compile(r"^\W*(?:opinion|analysis|comment|commentary|editorial|explainer|column|op-ed|viewpoint|perspective)"
                          r"\s*[:|\-–—]\s*(?:why|how|what|is|are|can|could|will|would|should|does|do|the\s+case\s+(?:for|against)|"
                          r"in\s+defen[cs]e\s+of|lessons)\b", re.I)
_QUESTION_START = re.compile(r"^\W*(?:will|would|could|should|can|is|are|was|were|do|does|did|has|have|why|how|what|when|who|"
                             r"آیا|چرا|چگونه|چطور|کی|چه)\b", re.I)  # (Persian: whether, why, how, when, what)


SENTENCE_CONTEXTS = ("sports", "idiom", "denial", "generic", "ongoing", "armed_group", "armed_side")
WHOLE_WORD_CONTEXTS = ("sports", "armed_group", "armed_side")
SENTENCE_ONLY_CONTEXTS = SENTENCE_CONTEXTS[1:]  # (sports words count over the whole text)


class TriggerFinder:
    """Finds event triggers in a Doc and drops the ones their context rules out."""

    def __init__(self, lex: Optional[TriggerLexicon] = None):
        self.lex = lex or TriggerLexicon.default()

    def __call__(self, doc: Doc) -> list[Mention]:
        scanned, sports = self.lex.scan_whole_text(doc)
        found = self.lex.find_all(doc, scanned)
        ctx = self._contexts(doc, set(found), sports)
        sporty_doc = _sporty(doc, ctx["sports"])
        out: list[Mention] = []
        for i, hits in sorted(found.items()):
            sent = doc.sentences[i]
            here = {k: [(a - sent.start, b - sent.start) for a, b in v if sent.start <= a < sent.end]
                    for k, v in ctx.items()}
            if here["generic"] or _is_question(sent.text) or _ESSAY_TITLE.match(sent.text):
                continue
            denied = here["denial"]
            if denied and not clause_breaks(doc.text, sent.start, sent.end):
                continue  # (one clause: the denial covers it all)
            sporty = sporty_doc or bool(here["sports"]) and not any(r.subtype in _PLAIN_IN_SPORT for _, _, r in hits)
            # (a sentence of water cannon or tear gas is no match report, whoever was there: "... against
            # pensioners, football fans and activists who had gathered outside Congress")
            # (an armed group one side blames is no side told fighting: "officials blamed 'terrorists'")
            armed = any(not _LABEL.search(sent.text[max(0, a - 50):a]) and not _scare_quoted_word(sent.text, a, b)
                        for a, b in here["armed_group"]) and bool(here["armed_side"])
            ongoing = [(a, b) for a, b in here["ongoing"] if _tells_an_event(sent.text, a, b, hits)
                       and not _DAY_OF_ACTION.search(sent.text, max(0, a - 60), a)
                       and not (sent.text.startswith(("since", "Since"), a) and _SUPERLATIVE.search(sent.text, max(0, a - 80), a))]
            # ("among the largest in the city since 2020": a yardstick, nothing going on since then)
            # "rallied on the 5th day of their strike": the strike goes on, the rally took place. When
            # a cue holds (or runs into) an event word, it tells that type's events alone
            # (or follows it as its verb does a subject: "as demonstrations against the bill entered
            # their second week" tells the demonstrations, not the tear gas fired that day)
            told_going = [(s, e, rule.type) for s, e, rule in hits
                          if any(a < e and s < b or 0 <= s - b <= 2 and "," not in sent.text[b:s] or _OF_THE_CUE.fullmatch(sent.text, b, s)
                                 or _subject_of(sent.text, e, a) for a, b in ongoing)
                          ] if ongoing else []
            going = {t for _, _, t in told_going}
            if ongoing and not going:  # "torched buses in Dhaka on Sunday, the first day of the shutdown": the
                going = {t for a, b in ongoing for t in _cue_types(sent.text[a:b])}  # cue's own word tells what goes on
            lowered = sent.text.lower()  # (for quick tests before the searches below)
            trial_words = any(w in lowered for w in _TRIAL_GATE)
            years_after = YEARS_AFTER_CLAUSE.match(sent.text)  # (once a sentence)
            recalled_end = years_after.end() if years_after is not None else -1
            for s, e, rule in hits:
                if denied:
                    lo, hi = clause_bounds(doc.text, sent.start, sent.end, sent.start + s, sent.start + e)
                    if any(lo <= sent.start + a < hi for a, _ in denied):
                        continue  # "No protests took place in Lyon, while in Bordeaux 4,500 marched": Lyon's denied
                if sporty and rule.type in AMBIGUOUS_IN_SPORT and rule.subtype not in _PLAIN_IN_SPORT:
                    continue
                if any(a < e and s < b for a, b in here["idiom"]):
                    continue
                if self._hypothetical(sent.text, s) or self._negated(sent.text, s):
                    continue
                if _LABEL.search(sent.text[max(0, s - 50):s]) or _scare_quoted(sent.text, s, e):
                    continue  # 'blamed "armed rioters"', 'arrested 14 "rioters"': what one side calls the other
                if rule.type == "arrest" and _HELD_THERE.match(sent.text, e) and sent.text[s:e].lower().startswith("detainee"):
                    continue  # "30 detainees in Badr prison who have refused food": people held, no arrest told here
                if rule.type == "arrest" and held_as_adjective(sent.text, s):
                    continue  # "supporters of the jailed candidate": who they are, no arrest told here
                if rule.type in ("attack", "repression") and _any_in(lowered, _CHARGE_GATE, max(0, s - 50), s) \
                        and _CHARGED_WITH.search(sent.text, max(0, s - 50), s) \
                        and PUT_TO_DEATH.search(sent.text):
                    continue  # "sentenced three men to death for allegedly killing a militia member": a charge, no killing
                    # told (but "a man charged with killing two" told by the police is the shooting's own news)
                if _DEAD_ONE.match(sent.text, s) and _A_BEFORE.search(sent.text, max(0, s - 12), s):
                    continue  # "the 40th-day memorial of a killed protester": whom the crowd mourns, no killing told here
                if rule.type in ("repression", "attack") and _RAID_NOUN.fullmatch(sent.text, s, e) \
                        and _IN_RAIDS.search(sent.text, max(0, s - 30), s) \
                        and any(r.type == "arrest" and b <= s for _, b, r in hits):
                    continue  # "police had arrested 27 fans in raids on Monday": how they were arrested
                if rule.type == "arrest" and _DIED_IN.search(sent.text[max(0, s - 60):s]):
                    continue  # "the death of a young woman in custody": a death in detention, told as its background
                if _COMMEMORATED.search(sent.text[max(0, s - 90):s]):
                    continue  # "on the anniversary of the 2020 shootings": remembered, not happening
                if rule.type == "disaster" and _REDRESS_FOR.search(sent.text, max(0, s - 60), s):
                    continue  # "farmers demanding compensation for last summer's drought": the crowd's cause, long past
                if sent.text[e:e + 1] in _QUOTES and (e - s > 3 and sent.text[s - 1:s] in _QUOTES and sent.text[s].isupper()
                                                       or _QUOTED_WORDS.search(sent.text, max(0, s - 30), s)):
                    continue  # a name in quotes ("the 'RIOT' arena tour", a boot "dubbed 'Strike'") or a firm's own
                    # words (it would "vigorously protest" a ruling): no happening (but a "'complete shutdown'" is one)
                if rule.type in CROWD and sent.text[s:e].lower() in _ONE_OF_CROWD and _A_BEFORE.search(sent.text, max(0, s - 30), s) \
                        and _TOLD_AFTER.match(sent.text, e):
                    continue  # '"We have nothing," a protester in Tahrir Square told AP': a speaker, no gathering of its own
                if rule.type in ("disaster", "attack") and _any_in(lowered, _VICTIMS_GATE, max(0, s - 60), s) \
                        and _VICTIMS_OF.search(sent.text, max(0, s - 60), s) \
                        and any(r.type in CROWD for _, _, r in hits):
                    continue  # "relatives of the victims of the Beirut port explosion marched": who marched, not a blast today
                if rule.type in CROWD and trial_words \
                        and _FOR_TAKING_PART.search(sent.text, max(0, s - 160), s):
                    continue  # "sentenced to two years for taking part in the protests": a charge, no protest told here
                if rule.type in CROWD and _TRIED_AFTER.match(sent.text, s):
                    continue  # "two protesters were sentenced to death": a trial's, no protest told here
                if rule.type in CROWD and _any_in(lowered, ("call",), max(0, s - 80), s) \
                        and _ANSWERED_CALL.search(sent.text, max(0, s - 80), s) \
                        and any(b <= s or a >= e for a, b, _ in hits):
                    continue  # "shops closed in response to calls for a general strike": the call's, not an event
                if rule.type in CROWD and _any_in(lowered, ("solidarity", "support"), max(0, s - 60), s) \
                        and _IN_SUPPORT_OF.search(sent.text, max(0, s - 60), s) \
                        and any(b <= s for _, b, _ in hits):
                    continue  # "went on strike in solidarity with the protests", "rallies in support of the striking
                    # oil workers": the crowd they stand with, told elsewhere, is no event of theirs here
                if rule.type in CROWD and _any_in(lowered, ("organi", "coordinat", "lead", "led"), max(0, s - 60), s) \
                        and _ORGANISER_OF.search(sent.text, max(0, s - 60), s):
                    continue  # "the council that organises the oil workers' protests warned ...": who it is, no happening
                if s < recalled_end:
                    continue  # "Six years after millions of Algerians began marching every Friday, a new photo book ...":
                    # what the fronted clause recalls is history, no event of the report's
                if rule.type in CROWD and "join" in lowered[max(0, s - 40):s] and _TO_JOIN.search(sent.text, max(0, s - 40), s) \
                        and any(o.value == rule.type for o in out):
                    continue  # "police detained three activists as they set off to join the sit-in": the sit-in told before
                if rule.type == "strike" and sent.text[s:e].lower() == "strikers" \
                        and any(r.type == "protest" and a >= e for a, _, r in hits):
                    continue  # "20,000 strikers marched up Queen Street": the strike's crowd marching, no strike of its own there
                if rule.type == "protest" and sent.text[s:e].lower().startswith("picket") \
                        and any(r.type == "strike" for _, _, r in hits):
                    continue  # "picketers enforcing the nationwide hartal": the strike's own, no protest of theirs
                if rule.type == "riot" and "with " in sent.text[max(0, s - 40):s] and _WITH_BEFORE.search(sent.text, max(0, s - 40), s) \
                        and not _DEED.match(sent.text, s) \
                        and any(r.type == "protest" and r.subtype == "blockade" and b <= s for _, b, r in hits):
                    continue  # "blocked the road with (tree trunks and) burning tyres": how they blocked it, no riot of its own
                if rule.type == "protest" and (sent.text.startswith("protest", s) or sent.text.startswith("Protest", s)) \
                        and (_PURPOSE.search(sent.text, max(0, s - 4), s) and any(r.type in CROWD and b <= s for _, b, r in hits)
                             or sent.text.startswith("protesting ", s) and sent.text.endswith(", ", 0, s)
                             and (any(r.type in CROWD and b <= s for _, b, r in hits) or any(o.value == "strike" for o in out))
                             or sent.text.startswith("protesting ", s)
                             and any(r.type == "strike" and b <= s and s - b <= PURPOSE_REACH
                                     and not _SUBJECT_BREAK.search(sent.text, b, s) for _, b, r in hits)):
                    continue  # "went on strike to protest unpaid wages", "marched in protest at the crackdown", "kept
                    # their lorries parked, protesting cuts to diesel quotas": its purpose, no other event
                if rule.type == "protest" and _CROWD_NOUN.fullmatch(sent.text, s, e) \
                        and not _OBJECT_BEFORE.search(sent.text, max(0, s - 30), s) \
                        and any(r.type == "riot" and r.subtype == "property destruction" and 0 <= a - e <= RIOT_VERB_REACH
                                and not _SUBJECT_BREAK.search(sent.text, e, a) for a, _, r in hits) \
                        and not any(r.type == "protest" and (a, b) != (s, e) for a, b, r in hits) \
                        and (not _CROWD_WORD.search(doc.text, 0, sent.start + s) or _OWN_TOWN_AFTER.match(sent.text, e)):
                    continue  # "Protesters set fire to the parliament building": the crowd of the riot, no protest of its own
                    # (but "forces fired on thousands of demonstrators ... Protesters later set fire to a police
                    # station": the crowd protested first)
                if rule.type == "protest" and rule.subtype == "blockade" and _HALTING.match(sent.text, s) \
                        and any(r.type == "strike" and b <= s for _, b, r in hits):
                    continue  # "staged a general strike, halting trains, buses and flights": what the strike did, no blockade
                if " since " in sent.text[max(0, s - 60):s] and _YEARS_SINCE.search(sent.text, max(0, s - 60), s):
                    continue  # "to mark one year since demonstrators stormed parliament": the day recalled, no event today
                if rule.type in ("attack", "repression", "riot") and _ANYONE_WHO.search(sent.text, max(0, s - 20), s):
                    continue  # "anyone who assaulted officers would be prosecuted": a warning, no assault told
                if rule.type in ("attack", "repression") and " to " in sent.text[max(0, s - 40):s] \
                        and _ORDER_TO.search(sent.text, max(0, s - 40), s):
                    continue  # "punish those who gave the order to shoot": the order, told of the shooting told elsewhere
                if rule.type in ("attack", "repression", "arrest") and _IN_WARTIME.match(sent.text, e):
                    continue  # "justice for journalists killed during the civil war": a war's toll recalled, no happening
                if rule.type == "disaster" and _ALERT_AFTER.match(sent.text, e):
                    continue  # "Flash Flood Warning issued May 8": a weather service's alert, no flood (yet)
                if rule.type == "attack" and not (_VERB_FORM.fullmatch(sent.text, s, e) and any(r.type in CROWD for _, _, r in hits)) \
                        and self.lex.rx("background").search(sent.text[max(0, s - 60):s]):
                    continue  # "a ceasefire after the worst fighting in decades"
                if rule.type == "attack" and rule.subtype in ("shooting", "armed assault"):
                    rule = self._state_force(sent.text, s, e) or rule
                out.append(self._mention(i, sent, s, e, rule, bool(ongoing) and (
                                             rule.type in going and not _came_before(sent.text, s, e, rule.type, told_going)
                                             if going or rule.type in TOLD_AS_GOING_ON
                                             else _in_clause(sent.text, s, e, ongoing)),
                                         armed and rule.type == "attack"))
        return out

    def _contexts(self, doc: Doc, sentences: set[int], sports: list[tuple[int, int]]) -> dict[str, list[tuple[int, int]]]:
        """Spans of the sentence-level context lists: sports words over the whole text (a
        sports report rules out "strike" everywhere: ``sports``, found with the triggers),
        the rest only in sentences with triggers."""
        out = {"sports": sports}
        found = self.lex.sentence_context_group.matches(doc.text, *focus_word_starts(doc, sentences))
        out.update((key, [m.span() for m, _ in got]) for key, got in zip(SENTENCE_ONLY_CONTEXTS, found))
        return {key: out[key] for key in SENTENCE_CONTEXTS}

    def _state_force(self, text: str, s: int, e: int) -> Optional[TriggerRule]:
        """State forces killing, firing on or raiding unarmed people ("security forces killed at
        least 38 people", "riot police raided the dormitories"): repression, not an attack."""
        if not _FORCE_VERB.fullmatch(text, s, e) or not _STATE_FORCE_BEFORE.search(text[max(0, s - 50):s]) \
                or not _UNARMED.search(text):
            return None
        obj = _ARMED_OBJECT.search(text[e:e + 50])
        if obj is not None and not (obj.group(0).strip().lower() == "in" and _OPENED_FIRE.fullmatch(text, s, e)):
            return None  # (but "police and soldiers opened fire in Sacaba on a march": where they fired)
        return self.lex.state_raid if _RAID_VERB.fullmatch(text, s, e) else self.lex.state_fire

    def _negated(self, text: str, trigger_start: int) -> bool:
        """"no one was detained", "were not arrested", "without arrests"."""
        return bool(_NEGATED.search(text[max(0, trigger_start - 40):trigger_start]))

    def _hypothetical(self, text: str, trigger_start: int) -> bool:
        """A modal, threat or condition governing the trigger (in the 60 characters before it)."""
        window = text[max(0, trigger_start - 60):trigger_start + 25]
        before = text[max(0, trigger_start - 60):trigger_start]
        hypothetical = self.lex.rx("hypothetical").finditer(window)
        reach = text[max(0, trigger_start - PLAN_SPEECH_REACH):trigger_start]
        reported = "ould " in reach and _REPORTED_PLAN.search(reach) is not None  # (a quick test first: it needs "would")
        if not reported:
            return _MODAL.search(before[-40:]) is not None or next(hypothetical, None) is not None
        # "the union said its members would go on strike": a plan, unless something else makes it a
        # hypothetical, or a condition follows with no day set ("said workers would strike if wages
        # fell"; "would stop work from Saturday if the cap stayed" is a threat with its day)
        cond = _CONDITION_AFTER.match(text, trigger_start)
        return cond is not None and not _DAY_WORD.search(cond.group()) \
            or any(not m.group().lower().startswith("would") for m in hypothetical)

    def _planned(self, text: str, lo: int, hi: int, s: int, rule: TriggerRule) -> bool:
        """A plan cue near the trigger. What forces do (killing, firing, arresting) is planned only
        by a cue before it that reaches it ("will be arrested"): "soldiers fired on a sect preparing
        to protest on Wednesday, killing 43" plans the protest, neither the firing nor the killing."""
        rx, window = self.lex.rx("planned"), text[lo:hi]
        if rx.search(window) is None:
            return False
        s -= lo
        if "alls " not in window and "all " not in window:  # (no headline call: the first cue will do)
            if rule.type not in _DONE_TO_OTHERS:
                return True
            cues = rx.finditer(window)
        else:  # a headline's call plans what it calls, nothing else of the headline: "Bin strike: union calls rally"
            cues = [c for c in rx.finditer(window)
                    if not window.startswith(("calls ", "Calls ", "call ", "Call "), c.start()) or c.start() <= s < c.end()]
            if rule.type not in _DONE_TO_OTHERS:
                return bool(cues)
        return any(m.start() <= s and m.end() >= s - PLAN_REACH and "," not in window[m.end():s] for m in cues)

    def _mention(self, index: int, sent: Sentence, s: int, e: int, rule: TriggerRule, ongoing: bool,
                 armed: bool = False) -> Mention:
        """A trigger mention; ``armed``: its sentence names an armed group and forces it may fight."""
        lo, hi = clause_bounds(sent.text, 0, len(sent.text), s, e)  # (a plan in another clause plans nothing here)
        if "," in sent.text[max(0, s - 120):s] and _RELATIVE_OPEN.search(sent.text, max(0, s - 120), s) is not None \
                and (close := sent.text.find(",", e)) >= 0:
            hi = min(hi, close)  # "Refuse collectors, who have been on strike since March 11, will hold a rally": the
            # strike in its own clause, set off by commas, is no plan of the rally's
        status = "planned" if self._planned(sent.text, max(lo, s - PLAN_WINDOW), min(hi, s + 80), s, rule) else (
            "ongoing" if ongoing else "occurred")
        return Mention.flagged("trigger", sent.start + s, sent.start + e, sent.text[s:e], value=rule.type,
                       method="lexicon", confidence=rule.strength,
                       extra=(("subtype", rule.subtype), ("status", status), ("sentence", index))
                       + ((("armed_sides", True),) if armed else ()))


SPORTY_WORDS, LEAD_SENTENCES = 3, 3
_DONE_TO_OTHERS = frozenset({"repression", "attack", "arrest"})
PLAN_REACH = 25  # characters between a plan cue and a force word it governs ("will be arrested on sight")


def _sporty(doc: Doc, spans: list[tuple[int, int]]) -> bool:
    """A sports report: several distinct sports words, one of them in its headline or lead (a
    shooting story that says later the children played football and baseball is no match report)."""
    if len({doc.text[a:b].lower() for a, b in spans}) < SPORTY_WORDS or not doc.sentences:
        return False
    lead_end = doc.sentences[min(LEAD_SENTENCES, len(doc.sentences)) - 1].end
    return any(a < lead_end for a, _ in spans)


def _came_before(text: str, s: int, e: int, kind: str, told_going: list[tuple[int, int, str]]) -> bool:
    """The trigger at ``[s, e)`` tells a happening apart from the going-on ones of its type: they
    came after it ("marched on Thursday, a day after rival supporters began a sit-in": the sit-in
    goes on, the march took place: each of them stands later, past an "after"), or they are told
    in a clause set against its own ("counter-demonstrators rallied on Friday, while protests
    continued for an eighth night"; but "fired tear gas at protesters as demonstrations entered
    their second week": the protesters are the demonstrations')."""
    own = [(a, b) for a, b, t in told_going if t == kind]
    if not own or any(a < e and s < b for a, b in own):
        return False
    if all(a >= e and AFTER_CLAUSE.search(text, e, a) for a, b in own):
        return True
    return all(_CONTRAST.search(text, min(e, b), max(s, a)) for a, b in own)


_CONTRAST = re.compile(r",\s+(?:while|whereas|but)\s|;")  # another clause set against this one


def _is_question(text: str) -> bool:
    t = text.rstrip()
    return t.endswith(("?", "\u061f")) and bool(_QUESTION_START.search(t) or len(t) < 200)


# what the cue's day is of ("entered the 18th day | of a hunger strike"): the event word after it
_OF_THE_CUE = re.compile(r"\s+of\s+(?:the|a|an|their|his|her|its)\s+(?:[\w'’-]+\s+){0,2}")
SUBJECT_REACH = 90  # characters between an event word and the ongoing cue that tells it as its verb
_CUE_VERB = re.compile(r"(?:entered|enters|entering|continu|remain|kept|keeps|dragg?ed|drags|stretch|went into|goes into)", re.I)
_SUBJECT_BREAK = re.compile(r"[,;:]|\b(?:as|and|while|when|after|before|but|who|which|that)\b")  # ends a subject


# Happenings of a moment (a shooting, an arrest) go on only when a cue tells them so ("the fighting
# entered its third day"): "14 shot since Friday", "arrested since the protests began" count what
# has happened so far
TOLD_AS_GOING_ON = frozenset({"attack", "arrest"})
_ADJECTIVE_CUE = re.compile(r"ongoing", re.I)
# "the protests are ongoing", "the strike in Haft Tappeh is still ongoing" (not "the investigation
# into the shooting is ongoing": the subject is the word before the verb, or that word and its place)
_IS_BEFORE = re.compile(r"(?:\s+(?:in|across|at)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)?"
                        r"\s+(?:is|are|was|were|remains?|remained)\s+(?:still\s+)?")


def _tells_an_event(text: str, a: int, b: int, hits) -> bool:
    """Whether an ongoing cue tells an event: "ongoing" does when it qualifies an event word
    ("the ongoing strike", "the protests are ongoing"), not "the ongoing investigation into the
    shooting"; the other cues always do (their own words name what goes on)."""
    if not _ADJECTIVE_CUE.fullmatch(text, a, b):
        return True
    return any(0 <= s - b <= 2 or (e <= a and _IS_BEFORE.fullmatch(text, e, a)) for s, e, _ in hits)


_CUE_NOUNS = ((re.compile(r"\b(?:strikes?|walkouts?|stoppages?|shutdowns?|hartals?|bandhs?)\b", re.I), "strike"),
              (re.compile(r"\b(?:protests?|rall(?:y|ies)|demonstrations?|sit-ins?|gatherings?|marches)\b", re.I), "protest"))


def _cue_types(cue: str) -> set[str]:
    """The event types an ongoing cue names by its own words ("the first day of the shutdown": a strike)."""
    return {kind for rx, kind in _CUE_NOUNS if rx.search(cue)}


def _in_clause(text: str, s: int, e: int, cues: list[tuple[int, int]]) -> bool:
    """Whether an ongoing cue stands in the clause of the trigger at ``[s, e)`` ("Protests erupted
    yesterday, while a strike continued for a third day": the strike goes on, not the protests)."""
    lo, hi = clause_bounds(text, 0, len(text), s, e)
    return any(lo <= a and b <= hi and not _in_other_relative(text, a, s) and not _STATE_SINCE.search(text, max(0, a - 20), a + 6)
               for a, b in cues)


# a state held since a time, no happening going on: "savings frozen since 2019", "wages unpaid since June"
_STATE_SINCE = re.compile(r"\b(?:frozen|unpaid|owed|withheld|delayed|banned|closed|shut|missing|blocked|suspended|"
                          r"outstanding|overdue|stuck|trapped)\s+since\s$", re.I)


_RELATIVE_OPEN = re.compile(r",\s+(?:who|which|whose|on\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:hunger\s+)?strike)\s+[^,;]*$")


def _in_other_relative(text: str, cue: int, trig: int) -> bool:
    """Whether the cue at ``cue`` stands in a relative clause set off by commas that does not hold the
    trigger at ``trig`` ("Teachers in Sulaymaniyah, who have boycotted classes since October 4, marched
    ... on Sunday": the boycott goes on, the march took place)."""
    m = _RELATIVE_OPEN.search(text, max(0, cue - 120), cue)
    if m is None:
        return False
    close = text.find(",", cue)
    close = len(text) if close < 0 else close
    return not m.start() <= trig < close


def _subject_of(text: str, end: int, cue: int) -> bool:
    """Whether the event word ending at ``end`` is the subject of the ongoing cue starting at
    ``cue``, a verb ("demonstrations against the bill | entered their second week") or a span
    right after the word ("rallied | for three days"): close before it, with no clause boundary
    between ("Workers Rally Over Wages on 6th Day of Strike" rallied on one day of the strike)."""
    gap = cue - end
    if not 0 <= gap <= SUBJECT_REACH:
        return False
    return gap <= 2 or (_CUE_VERB.match(text, cue) is not None and _SUBJECT_BREAK.search(text, end, cue) is None)


class TriggerStage:
    """Doc -> Doc: fills ``doc.triggers`` (early, so later stages can focus on the sentences
    around them and skip reports with nothing to extract)."""

    def __init__(self, finder: Optional[TriggerFinder] = None):
        self.finder = finder or TriggerFinder()

    def __call__(self, doc: Doc) -> Doc:
        doc.triggers = self.finder(doc)
        doc.context["triggers_done"] = True
        return doc


# The headline and the first sentences: a story's toll is told there ("Three People Dead East of
# Bozeman"), often before the sentence that names the event.
LEAD = 4


def with_lead(doc: Doc, focus: Optional[frozenset[int]]) -> Optional[frozenset[int]]:
    """``focus`` and the ``LEAD`` sentences, when there is an event to count for."""
    if not focus:
        return focus
    return focus | frozenset(range(min(LEAD, len(doc.sentences))))


def focus_sentences(doc: Doc, reach: int) -> Optional[frozenset[int]]:
    """Sentences within ``reach`` of a trigger (None: the trigger stage has not run, use all)."""
    if not doc.context.get("triggers_done"):
        return None
    cache = doc.context.setdefault("focus", {})
    key = (reach, len(doc.triggers), len(doc.sentences))
    got = cache.get(key)
    if got is None:
        out: set[int] = set()
        for t in doc.triggers:
            i = t.get("sentence")
            out.update(range(max(0, i - reach), min(len(doc.sentences), i + reach + 1)))
        got = cache[key] = frozenset(out)
    return got
