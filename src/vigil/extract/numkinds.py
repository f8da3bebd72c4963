"""What a number counts: killed, injured, arrested or taking part, read from the words
that govern it ("killing 5", "50 protesters were shot dead", "death toll rose to 9", "a crowd
of 2,000"), with the span of those words as the claim's evidence.

People told one by one ("a man was shot and later died") go through the same rules, with
the clause that tells what befell them; a gunman who "killed three people" is not counted
among the dead.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from typing import Optional

from .. import lexicon
from .caseless import Caseless
from .gates import opening_letters
from .numphrases import NumberGrammar
from .text import held_as_adjective


@dataclass(frozen=True)
class KindRules:
    """What a number counts, from the words around it."""

    grammar: NumberGrammar

    def _after_rules(self, np_: str) -> Caseless:
        """One regex for the words after a number; the named group that matched is its kind.
        "shot" and the like count injuries only in the passive ("were shot")."""
        kinds = self.grammar.data["kinds"]
        aux = r"(?:(?:were|was|have|has|had|been|are|is|being|got|also|later|since|all|now|still|either|others?|more|"\
              r"people|of them|in all|in total|so far|confirmed|reported|believed to be|said to be|feared|found|left|lay|"\
              r"lie|remains?|remained|not(?=\s+(?:seriously|critically|severely|gravely|badly)\s)|(?!only\b|fatally\b)\w+ly)\s+){0,4}"
        active = "|".join(f"(?P<{k}>{lexicon.alternation(kinds[k])})" for k in ("fatalities", "arrests", "injuries", "injuries_care"))
        passive = lexicon.alternation(kinds["injuries_passive"])
        return Caseless(rf"^\s*{np_}(?:{aux}(?:{active})|(?:(?:had|has|have)\s+)?(?:was|were|been|got|being|is|are)\s+{aux}"
                        rf"(?P<passive>{passive}))\b")

    @cached_property
    def after(self) -> Caseless:
        """Kind words after a number: "50 protesters were shot dead", "3 injured"."""
        return self._after_rules(rf"(?:{_ASIDE}|\d{{1,2}}[-–‑]year[-–‑]old\s+)?(?:members?\s+of\s+(?:the\s+)?)?(?:(?!(?:and|or|but|while|with|after|before|when|until|for|mourn\w*|griev\w*|honou?r\w*|remember\w*|commemorat\w*)\b)"
                                 rf"[^\W\d][\w'’-]*(?:[^\S\n]+|{_ASIDE}|{_AGES})){{0,4}}?{_WHERE}?")  # "two 16-year-old boys were killed", "two members of the security forces were wounded"

    @cached_property
    def after_people(self) -> Caseless:
        """Kind words right after a person ("a man was killed"; "Ann Lee, 20, was hurt")."""
        name = r"(?:[a-z][\w.'’-]*\s+){0,3}[a-z][\w.'’-]*"  # (any case: the rules ignore case)
        return self._after_rules(rf"(?:,\s*(?:a\s+)?\d{{1,2}}(?:-year-old)?,?\s+|,\s+(?:identified as\s+|named\s+)?{name},\s+|"
                                 rf"\s+[-–—]\s+identified as\s+{name}\s+[-–—]\s+|\s*\({name}\)\s+|,\s+|\s+{_WHERE})?")
        # ("another man in the home"; a name in brackets: "the victim (Ann Lee) died")

    @cached_property
    def before(self) -> Caseless:
        """Kind words before the number: "killing 5", "death toll rose to 9", "arrested 30"."""
        fat = r"(?:kill(?:ed|ing)|k" + _NOT_AFTER_INTENT + r"ills?|shot dead|shooting dead|leaving|left|(?:claimed|cost|took) the lives of|death toll\s+(?:\w+\s+){0,3}?(?:to|at|of|reached|hit|is|was|stands at|stood at)|death toll\s+(?:(?:from|in|of|after|since|over)\s+(?:\w+\s+){1,8}?)(?:rose|rises|climbed|climbs|jumped|has risen|had risen|has climbed|now stands|stood|stands|reached|hit)(?:\s+(?:to|at))?|(?:number|count) of (?:people |those )?(?:killed|dead) (?:\w+\s+){0,8}?(?:has |had )?(?:rose|risen|climbed|reached|increased|jumped|stands|stood)(?: to| at)?|" \
              r"deaths? of|m(?<!attempted m)urder(?:ed|ing|s)?(?: of)?|executed|hanged|execution of|fatal(?:ly)? (?:shooting|stabbing) (?:deaths? )?of|(?:shooting|stabbing) deaths? of|" \
              r"killings? of|slayings? of|bodies of(?: all)?|fatal (?:injury|injuries|wounds?) (?:of|to)|fatally (?:shot|shoots?|shooting|wounded|wounding|stabbed|stabs?|stabbing|struck)|shot and killed|" \
              r"shooting and killing|stabbed to death|turn(?:ed|ing|s)? (?:the|his|her|a) (?:gun|shotgun|rifle|handgun|pistol|weapon|firearm|revolver) on|" \
              r"(?:number|count|figure|total) of (?:the )?(?:dead|deaths|fatalities|those killed|people killed) (?:at|as))"
        inj = r"(?:w" + _intent_guard("w") + r"ound(?:ed|ing|s)?|i" + _intent_guard("i") + r"njur(?:e|ed|ing|es)|h" + \
              _intent_guard("h") + r"urt(?:ing)?|hospitali[sz](?:ed|ing|es)|shot|s" + _intent_guard("s") + r"hoots?|shootings? of|stabbings? of|shooting injur(?:y|ies) (?:of|to)|struck|" \
              r"striking|grazed|grazing|hits?|hitting|shooting|(?:wounding|injuring) of|" \
              r"(?:number|count|figure|total) of (?:the )?(?:injured|wounded|injuries|those (?:injured|wounded)) (?:at|as))"
        arr = r"(?:a" + _intent_guard("a") + r"rrest(?:ed|ing|s)?|d" + _intent_guard("d") + r"etain(?:ed|ing|s)?|arrests? of|detentions? of|round(?:ed|ing)? up|apprehend(?:ed|ing)|" \
              r"jail(?:ed|ing)|handcuff(?:ed|ing)|charged|booked|indicted|convicted|took|taken|custody of|" \
              r"(?:number|count|figure|total) of (?:the )?(?:detainees|arrests|detentions|those (?:arrested|detained)|people (?:arrested|detained)) (?:at|as))"
        body = "|".join(f"(?P<{k}>{p})" for k, p in (("fatalities", fat), ("injuries", inj), ("arrests", arr)))
        return Caseless(rf"\b{opening_letters(body)}(?:{body})\s+(?:(?:the|some|another|a further|an estimated|a total of|his|her|their|them)\s+)?$")

    @cached_property
    def participant_after(self) -> Caseless:
        nouns = lexicon.alternation(self.grammar.data["kinds"]["participants"])
        verbs = r"(?:gather(?:ed|ing)?|march(?:ed|ing)?|rall(?:ied|y|ying)|protest(?:ed|ing)?|took part|take part|taking part|(?:had |have |has )?taken part|" \
                r"join(?:ed|ing)?|attend(?:ed|ing)?|participat(?:ed|ing)|turned out|went on strike|are on strike|were on strike|" \
                r"staged|held|walked out|took to the streets|demonstrated|assembled|struck|stopped work|will gather|will march|" \
                r"will join|are expected|were expected|expected to|stayed (?:away|home|off)|stay(?:ing)? (?:away|home)|chant(?:ed|ing)|blocked|refused|(?:have|has|had) been on (?:a )?(?:hunger )?strike|" \
                r"(?:are|were|went) on (?:a )?hunger strike|block(?:s|ing)?|stormed|torched|set fire|burned|looted|broke (?:windows|store windows|shop windows)|smashed|clashed|rioted|ransacked|broke into|pelted|hurled|threw|" \
                r"formed (?:a |an )?(?:[\w-]+ )?(?:human chains?|chains?|cordons?|circles?|rings?)|burnt|drove (?:their |\d+ )?tractors|blockaded|occupied|camped|walked off the job|downed tools|set up (?:an? )?(?:protest )?(?:camps?|encampments?|tents)|" \
                r"(?:began|begun|started|launched|staging|holding) (?:a |an |their |the )?(?:[\w-]+ ){0,2}?(?:strike|walkout|sit-in|protest|march|rally|stoppage)s?|" \
                r"poured (?:into|onto|through)|flooded (?:into|the)|thronged|packed (?:the|into)|filled the (?:streets|square|roads)|converged (?:on|in)|descended on|streamed (?:into|through))"
        return Caseless(rf"^\s*(?:[\w'’-]+\s+){{0,4}}?(?:{nouns})\b[\w\s,'’-]{{0,40}}?\b{verbs}\b|^\s*(?:-?strong|-person|\s+person\s+(?=(?:crowd|rally|march|protest|demonstration|strike|vigil|gathering|picket)))\b|"
                        rf"^\s*(?:have\s+|had\s+)?{verbs}\b|^\s*of\s+them\s+{verbs}\b|"
                        # ("of Georgians marched", "of Peruvians from the southern regions marched")
                        rf"^\s*of\s+(?-i:[A-Z][a-z'’-]+(?:ns|is|es|ers|s))\s+(?:\w+\s+|(?:from|in|across)\s+(?:the\s+)?(?:[\w'’-]+\s+){{1,3}}?)?{verbs}\b|"
                        rf"^\s*(?:{nouns})\s+(?:in|at|from|outside|nationwide|across)\b")

    @cached_property
    def participant_target(self) -> tuple[Caseless, Caseless]:
        """A crowd that forces acted on: "opened fire on thousands of demonstrators", "used
        batons to stop hundreds of them" (the words before the number, then those after it)."""
        nouns = lexicon.alternation(self.grammar.data["kinds"]["participants"])
        verbs = r"opened fire on|fired (?:[\w-]+\s+){0,6}?(?:on|at|into)|dispers(?:e|ed|ing)|to (?:stop|block|break up|scatter)|" \
                r"charged (?:at|into)|baton-charged|tear-gassed|attacked|surrounded|confronted|blocked"
        return (Caseless(rf"\b(?:{verbs})\s+(?:(?:some|about|around|up to|over|more than|nearly|at least|an estimated)\s+)?$"),
                Caseless(rf"^\s*(?:of\s+)?(?:them\b|(?:[\w'’-]+\s+){{0,2}}?(?:{nouns})\b)"))

    @cached_property
    def participant_before(self) -> Caseless:
        crowd = r"crowds?|gathering|rally|march|protest|demonstration|strike|turnout|procession"
        drew = r"attended by|joined by|drew|drawn|drawing|attracted|brought out|mobili[sz]ed|involving|involved|counted|counts?|counting|estimated|" \
               r"estimating|expect(?:s|ed|ing)?"  # ("organisers expect 50,000 people", "with organisers estimating 4,000")
        size = r"(?:estimat\w*|put(?:s|ting)?|plac\w+|gave|gives)\s+(?:the\s+|their\s+)?(?:(?:peak|total|overall|official|final)\s+)?(?:crowd|turnout|attendance|" \
               r"number of (?:protesters|demonstrators|marchers|participants|people))(?:\s+size)?" \
               r"(?:\s+(?:across|in|for|throughout)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?|\s+nationwide|\s+there|" \
               r"\s+at\s+(?:a|an|the|its|their)\s+(?:[\w'’-]+\s+){0,2}?(?:rally|march|protest|demonstration|gathering|sit-in|vigil)" \
               r"(?:\s+(?:in|at|outside|near)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,2})?)?\s+at\s+"
        # ("estimated the crowd at 100,000", "put turnout across France at 75,000", "put the crowd there at 250,000",
        # "estimated the crowd at a morning rally in Rizal Park at 49,000")
        return Caseless(rf"\b{opening_letters(crowd)}(?:{crowd})\s+(?:\w+\s+){{0,2}}?of\s+"
                        r"(?:(?:some|about|around|up to|over|more than|nearly|at least|an estimated)\s+)?$|"
                        # "a crowd estimated at 100,000 (by the opposition)"
                        rf"\b{opening_letters(crowd)}(?:{crowd})\s+(?:(?:was|were)\s+)?(?:estimated|put|reckoned|numbered)\s+at\s+"
                        r"(?:(?:some|about|around|up to|over|more than|nearly|at least|roughly)\s+)?$|"
                        rf"\b{opening_letters(drew)}(?:{drew})\s+$|"
                        rf"\b{opening_letters(size)}{size}(?:(?:some|about|around|up to|over|more than|nearly|at least|roughly)\s+)?$")

    def kind(self, text: str, start: int, end: int, sentence_start: int, people: int = 0,
             limit: Optional[int] = None) -> Optional[str]:
        """The kind of the number spanning [start, end) of ``text``, or None."""
        return self.kind_and_words(text, start, end, sentence_start, people, limit)[0]

    def kind_and_words(self, text: str, start: int, end: int, sentence_start: int, people: int = 0,
                       limit: Optional[int] = None) -> tuple[Optional[str], tuple[int, int]]:
        """The kind of the number spanning [start, end) of ``text`` (or None) and the span of the
        words that say so. ``people`` is how many people the words count one by one (0: a
        figure); for them ("a man", "the child who was shot"), ``limit`` ends the clause that
        tells what befell them (the next person or number); a death later in it wins over the
        wound ("was shot and later died"). Care (``injuries_care``) counts one person only; people
        told one by one are never a crowd's size (the patterns of participants are not tried)."""
        stop = end + 120 if limit is None else min(limit, end + 160)
        at = end
        if people:
            word = _word_after(text, end)
            rel = _clause_after(text, end, stop, people, word[0])
            if rel is not None:  # (an aside may name others: "a teen accused of shooting a friend was charged")
                at, stop = rel.end(), max(stop, rel.end() + 60)
                word = _word_after(text, at)
            if _may_deny(text, *word) and _NEGATED_AFTER.match(text, at, stop):
                return None, (end, end)
        after = text[at:stop]
        low = after.lower() if after.isascii() else None  # for quick tests (beyond ASCII, re.I folds more than lower())
        before_at = max(sentence_start, start - 80)
        before = text[before_at:start]
        if not before[-1:].isspace():
            before = ""  # the patterns of the words before all end in a space: none can match (and "" is quick)
        m = (self.after_people if people else self.after).match(after)
        kind, words, kind_before = None, (end, end), False  # (the words before: searched once, when needed)
        if m is not None and m.lastgroup == "fatalities" and _LIVES.fullmatch(m.group("fatalities")) \
                and (people or not _FIGURE_OF_LIVES.fullmatch(after, 0, m.start("fatalities"))):
            m = None  # "she lives nearby", "he saved many lives": only "two lives", "three young lives" are the dead
        if m is not None and m.lastgroup == "arrests" and (_held_no_arrest(text, at, m) or held_as_adjective(text, at + m.start("arrests"))):
            m = None  # "300 people held a vigil", "a 50-person rally was held", "hundreds of supporters of the
            # jailed leader": no one was detained
        if m is not None and m.lastgroup == "arrests" and not people:
            kind_before = self.before.search(before)
            if kind_before and kind_before.lastgroup != "arrests":
                m = None  # "a shooting that injured five now faces charges": five were hurt, one is charged
        if m is not None and (people == 1 or m.lastgroup != "injuries_care" or _rest_of_the_dead(text, before, end)):
            kind = "injuries" if m.lastgroup in ("passive", "injuries_care") else m.lastgroup
            words = (at + m.start(m.lastgroup), at + m.end(m.lastgroup))
            if m.lastgroup != "passive" \
                    and not _PASSIVE_AUX.search(m.group(0), 0, m.start(m.lastgroup)) \
                    and _TRANSITIVE.search(text, words[0], words[1]) and _OBJECT_AFTER.match(text, words[1]) \
                    and (people or (text[words[0]].islower() and not _AUX_END.search(before)
                                    and not _FIGURE_AFTER.match(text, words[1]))):  # (a Title Case verb: a headline)
                return None, (end, end)  # "a gunman killed three people", "two gunmen wounded the guard": who did it
        elif (low is None or "hospital" in low or "cent" in low) and (h := _TO_HOSPITAL_AFTER.match(after)) \
                and (b := _SENT_BEFORE.search(before)):
            kind, words = "injuries", (before_at + b.start(), at + h.end())  # "sent three others to hospitals"
        else:
            m = self.before.search(before) if kind_before is False else kind_before
            if m is not None and text[before_at + m.start(m.lastgroup):before_at + m.end(m.lastgroup)].isupper() \
                    and text[start:end].upper() != text[start:end]:  # (a lower-case letter: "KILLED 3" stays)
                m = None  # "SUSPECT KILLED Hundreds gather ...": an upper-case headline ends before the figure
            if m is not None and m.lastgroup == "arrests" and _TAKEN.fullmatch(m.group("arrests")) \
                    and not _INTO_CUSTODY.match(text, end):
                m = None  # "medics took two victims to a hospital", "took one employee to the back"
            if m is not None and m.lastgroup == "fatalities" and _LEFT.fullmatch(m.group("fatalities")):
                return _left_how(text, end)  # "left three men and a woman wounded"
            if m is not None:
                kind = m.lastgroup
                words = (before_at + m.start(kind), before_at + m.end(kind))
        if people and kind in (None, "injuries"):
            fate = _later_fate(text, start, end, at, after, low, kind)
            if fate is not None:
                return fate
            if kind == "injuries" and people == 1 and _DIED_BEFORE.search(before):
                return None, (end, end)  # "the boy died after he was shot": the one who died, counted as such
        if kind is not None or people:
            return kind, words
        if self.participant_after.match(after) or self.participant_before.search(before) or _CROWD_IN_TOWN.match(after) and (
                _BIG_FIGURE.fullmatch(text, start, end) and not _NAMED_BEFORE.search(before)) or (
                before and self.participant_target[0].search(before) and self.participant_target[1].match(after)):
            return "participants", (start, end)
        return None, (end, end)


# A big figure told for a town, in a crowd's sentence: "including 40,000 in Berlin and 10,000 in Paris"
# (not "a Motel 6 in Lafayette": a name's number)
_CROWD_IN_TOWN = re.compile(r"\s+(?:in|at)\s+[A-Z]")
_BIG_FIGURE = re.compile(r"\d{1,3}(?:,\d{3})+|\d{3,}|(?:tens of )?(?:thousands|hundreds)|dozens", re.I)
_NAMED_BEFORE = re.compile(r"[A-Z][\w'’-]*\s+$")


def _rest_of_the_dead(text: str, before: str, end: int) -> bool:
    """Whether a figure told by its care is the rest of the victims after the dead of its
    sentence: "two men were killed and two others remain in critical condition", "one died,
    while the other two are in stable condition" (care alone may tell a part of the wounded:
    "two were treated and released")."""
    return (_OTHERS_AFTER.match(text, end) is not None or before.endswith(("other ", "other\n"))) \
        and _DEAD_THEN.search(before) is not None


def _later_fate(text: str, start: int, end: int, at: int, after: str, low: Optional[str],
                kind: Optional[str]) -> Optional[tuple[str, tuple[int, int]]]:
    """What befell a person told later in the clause, or by their own words: "was shot and
    later died", "died at the scene", "an injured woman", "... and was arrested" (``low``:
    ``after`` lower-cased, None beyond ASCII)."""
    if kind == "injuries":
        died = _DIED_LATER.search(after)
    elif low is not None and "die" not in low:
        died = None  # (both patterns below need "died" or "dies")
    else:
        died = _DIED_HERE.match(after) or _AND_DIED.search(after)
    if died is not None:
        return "fatalities", (at + died.start("d"), at + died.end("d"))
    if kind is not None:
        return None
    told = _TOLD_BY_NOUN.search(text, start, end)  # "an injured woman", "the slain teen"
    if told is not None:
        return ("fatalities" if told.lastgroup == "dead" else "injuries"), told.span()
    if low is not None and _ARRESTED_WORDS.search(low) is None:
        return None
    arrested = _AND_ARRESTED.search(after)
    return ("arrests", (at + arrested.start("d"), at + arrested.end("d"))) if arrested is not None else None


def _word_after(text: str, at: int) -> tuple[Optional[str], int]:
    """The word after ``at`` (past spaces and a comma), lower-cased ("" when none; None when it
    is not plain ASCII, which re.I may fold otherwise than ``lower``), and where it ends: the
    patterns tried after a person open with a word they name, so that it tells which can match."""
    m = _WORD_AFTER.match(text, at)
    if m is None:
        return "", at
    return (m.group(1).lower() if m.group(1).isascii() else None), m.end()


def _clause_after(text: str, end: int, stop: int, people: int, word: Optional[str]) -> Optional[re.Match]:
    """A relative clause ("who was", "that had") or an aside (see :func:`_clause_aside`) right
    after a person; ``word`` is the word after it (see :func:`_word_after`)."""
    if word is None or word in ("who", "that"):
        rel = _RELATIVE.match(text, end, stop) or (people == 1 and _WHO_DIED.match(text, end, stop))
        if rel:
            return rel
    if word is None or word in _ASIDE_OPENERS or len(word) >= 5 and word.endswith("ing"):
        return _clause_aside(text, end, end + 160, people)
    return None


def _may_deny(text: str, word: Optional[str], word_end: int) -> bool:
    """Whether ``_NEGATED_AFTER`` may match where ``word`` (see :func:`_word_after`) opens it: an
    auxiliary ("was not"), or a word before "n't"."""
    return word is None or word in _AUXILIARIES or word.endswith("n") and text[word_end:word_end + 1] in ("'", "’")


def _clause_aside(text: str, end: int, stop: int, people: int) -> Optional[re.Match]:
    """What a person did, told between them and their fate ("the teen who fired was arrested");
    the verb after it agrees in number (one person "was", not "were")."""
    m = _CLAUSE_ASIDE.match(text, end, stop)
    if m is not None and people == 1 and _PLURAL_VERB.match(text, m.end()):
        return None  # "relatives of a man who fired at police were found dead": not the man
    return m


def _left_how(text: str, end: int) -> tuple[Optional[str], tuple[int, int]]:
    """What a shooting "left" people: dead, or wounded ("left two in critical condition"); the
    word that says so ends the object (none: "left two handguns on the counter")."""
    m = _LEFT_AS.match(text, end)
    if m is None:
        return None, (end, end)
    return ("fatalities" if m.lastgroup == "dead" else "injuries"), m.span(m.lastgroup)


_LEFT = re.compile(r"left|leaving", re.I)
_LIVES = re.compile(r"lives", re.I)
_FIGURE_OF_LIVES = re.compile(r"\s+(?:[a-z-]+\s+)?", re.I)  # (one word between: "two young lives"; not "people's")
_LEFT_AS = re.compile(r"[^.;:!?]{0,60}?\b(?:(?P<dead>dead)|(?P<hurt>injured|wounded|hurt|hospitali[sz]ed|on life support|paralyzed|"
                      r"in (?:critical|serious|grave|stable|fair|the) (?:condition|hospital)|with (?:[\w-]+ ){0,3}(?:injuries|wounds)))\b", re.I)
_RELATIVE = re.compile(r"\s*,?\s*(?:who|that)\s+(?=(?:was|were|had|has|is)\b)", re.I)
# "the deputy who died in the shooting": of one person only ("the mother and brother of a girl
# who died were arrested": the girl died, not the two)
_WHO_DIED = re.compile(r"\s*,?\s*who\s+(?=(?:later\s+)?died\b)", re.I)
# What the person did, set between them and what befell them: "the teen who fired the gun was
# arrested", "a man accused of shooting at cars has been charged", "the driver, whose name was
# kept back, has been charged" (set off by commas: in "the boy whose uncle was killed" the verb
# is the uncle's).
_CLAUSE_ASIDE = re.compile(r"\s*,\s*whose\s+[^,.;:!?\n]{1,80},\s+(?=(?:was|were|has been|have been|had been|is|are)\s)|"
                           r"\s*,?\s*(?:who|accused of|suspected of|believed to have|(?!(?:being|having|during|morning|evening|"
                           r"nothing|something|anything|everything|building|wedding|ceiling)\b)[a-z]{2,}ing)\s+"
                           r"(?!(?:was|were|had|has|is|not|never)\b)"
                           r"[^,.;:!?\n]{1,80}?,?\s+(?=(?:was|were|has been|have been|had been|is|are)\s)", re.I)
_PLURAL_VERB = re.compile(r"(?:were|are|have)\s", re.I)
# The dead, then the rest: "... were killed and", "one died, while the other" (see _rest_of_the_dead)
_DEAD_THEN = re.compile(r"\b(?:killed|dead|died|fatally (?:shot|wounded))\b[^.;:!?]{0,40}?(?:\band|\bwhile|,)\s+"
                        r"(?:(?:the|another)\s+)?(?:other\s+)?$", re.I)
_OTHERS_AFTER = re.compile(r"\s+others\b", re.I)
# The words that open the patterns above (an aside may open with any "-ing" word too)
_WORD_AFTER = re.compile(r"\s*,?\s*(\w+)")
_ASIDE_OPENERS = frozenset(("who", "whose", "accused", "suspected", "believed"))
_AUXILIARIES = frozenset(("was", "were", "has", "have", "had", "is", "are", "did", "does", "do"))
_NEGATED_AFTER = re.compile(r"\s*,?\s*(?:(?:was|were|has|have|had|is|are|did|does|do|has been|have been)\s+(?:not|never)\b"
                            r"(?!\s+(?:seriously|critically|severely|gravely|badly)\s)|\w+n['’]t\b)", re.I)
# A death told before the wound of the one who died: "the boy died after he was shot", "a girl dies
# after accidentally shooting herself", "she died Sunday when she was hit"
_DIED_BEFORE = Caseless(r"\b(?:died|dies|has died|had died|dead|killed)(?:\s+[\w'’-]+){0,3}?\s+(?:after|when)\s+(?:[\w'’-]+\s+){0,3}$")
_DIED_LATER = re.compile(r"\b(?<!not )(?<!never )(?P<d>died|dies|has died|succumbed|(?:was |been )?(?:pronounced|declared) "
                         r"(?:clinically |legally |brain )?(?:dead|deceased)|did not survive|"
                         r"didn['’]t survive|brain dead|(?:was|were) killed)\b", re.I)
# A person and, after a few words telling where or how, their death: "Cooper, of Elm Street,
# died", "a man found in a car died", "the man shot Friday in Stowe has died".
_DIED_HERE = re.compile(r"^(?:\s*,)?\s+(?:(?:from|of|in|at|near|on|inside|outside|found|shot|wounded|injured|hurt|struck|hit)\s+"
                        r"(?:(?!(?:and|or|but|who|whose|that|which|said|says|told|tells|after|when|while|because|if|his|her|"
                        r"their|he|she|they|police)\b)[\w.'’-]+,?\s+){1,7})?"
                        r"(?:has\s+|had\s+|later\s+|also\s+|then\s+)*(?P<d>died|dies)\b", re.I)
_TOLD_BY_NOUN = re.compile(r"\b(?:(?P<hurt>injured|wounded|hurt)|(?P<dead>slain|dead|deceased))\b", re.I)
# (a figure after a figure's verb is the next count of a headline: "Three killed two hurt")
_FIGURE_AFTER = re.compile(r"\s+(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|dozens|hundreds|"
                           r"more|at least)\b)", re.I)
_AUX_END = re.compile(r"\b(?:was|were|been|being|got|is|are)\s+$", re.I)  # ("were both arrested more than ...")
_PASSIVE_AUX = re.compile(r"\b(?:was|were|been|being|got|is|are)\b", re.I)
_TRANSITIVE = re.compile(r"(?:killed|kills|murdered|stabbed|stabs|executed|hanged|slain|arrested|detained|injured|wounded|hurt|shot|shoots)$", re.I)
_OBJECT_AFTER = re.compile(r"[^\S\n]+(?:(?:his|her|their|a|an|the|two|three|four|five|six|seven|eight|nine|ten|\d+|him|them|one|"
                           r"another|several|dozens|hundreds|at least|more than|himself|herself|themselves|self)\b|"
                           r"(?!(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|"
                           r"May|June|July|August|September|October|November|December)\b)"
                           r"(?!(?-i:At|In|On|Near|Inside|Outside|By|After|Before|During|While|Following|Over|Overnight|"
                           r"Into|From|For|With|Without|Amid|Along|Across|Behind|Through|Outside|Dead|Again|Twice|And|Or|As|"
                           r"Early|Late|Last|This|Near|Downtown|Accidentally|Multiple|Several|Repeatedly)\b)(?-i:[A-Z][a-z]+\b))", re.I)
# (the words of a Title Case headline after the verb are no names: "Teen Shot At Party", "Man Killed In Crash")
_AND_ARRESTED = re.compile(r"\band\s+(?:(?:was|were|has been|had been)\s+)?(?:later\s+|then\s+|subsequently\s+|eventually\s+)?"
                           r"(?P<d>arrested|booked|charged|taken into custody|jailed|detained|placed (?:in|into|under) (?:custody|arrest)|surrendered)\b", re.I)
_AND_DIED = re.compile(r"(?:\band|,)\s+(?:later\s+|then\s+|subsequently\s+|eventually\s+)?(?P<d>died|dies)\b", re.I)
_ARRESTED_WORDS = re.compile("arrest|booked|charged|custody|jailed|detained|surrender")  # (one is in every match of _AND_ARRESTED)
_TAKEN = re.compile(r"took|taken", re.I)
_HELD = re.compile(r"held", re.I)
_GATHERINGS = (r"(?:rall(?:y|ies)|vigils?|protests?|march(?:es)?|meetings?|demonstrations?|gatherings?|"
               r"sit-ins?|strikes?|events?|ceremon(?:y|ies)|funerals?|services?|conferences?|talks|"
               r"elections?|sessions?|parades?|festivals?|hearings?|forums?|picket(?:s|lines?)?)")
_HELD_GATHERING = re.compile(rf"\b{_GATHERINGS}\b", re.I)
_GATHERING_HELD = re.compile(rf"\s+(?:[\w-]+\s+)?{_GATHERINGS}\b", re.I)  # "30 universities held sit-ins"
_HELD_OBJECT = re.compile(r"\s+(?:a|an|the|their|its|his|her|our|up|out|back|aloft|hands|signs?|placards?|"
                          r"banners?|candles?|photos?|pictures?|portraits?|flags?|posters?)\b", re.I)


def _held_no_arrest(text: str, at: int, m: re.Match) -> bool:
    """"held" that tells of no detention: people who held something (an object follows) or a
    gathering ("at 30 universities held sit-ins"), or a gathering that was held ("a 50-person rally was held")."""
    if not _HELD.fullmatch(m.group("arrests")):
        return False
    after = at + m.end("arrests")
    return bool(_HELD_OBJECT.match(text, after) or _GATHERING_HELD.match(text, after) or _HELD_GATHERING.search(m.group(0)))
_INTO_CUSTODY = re.compile(r"[^.;:!?]{0,60}?\b(?:into\s+(?:\w+\s+)?custody|(?:in|downtown)\s+for\s+(?:further\s+)?questioning)\b|"
                           r"\s+(?:[\w-]+\s+){0,2}?away\b", re.I)  # ("agents took five students away")
_SENT_BEFORE = Caseless(r"\b(?:sent|sending|sends|rushed|rushing|took|taking|put|putting|puts|landed|landing|lands|transported|transporting|"
                        r"ended with|ending with)\s+"
                        r"(?:(?:another|a further)\s+)?$")
_TO_HOSPITAL_AFTER = Caseless(r"\s*(?:(?:[a-z-]+\s+)?(?:other|others|more|people|persons|victims|men|women|children|[a-z]+s)\s+)?"
                              r"(?:to|into|in)\s+(?:the\s+|a\s+|area\s+|local\s+|nearby\s+|several\s+|two\s+|different\s+)?"
                              r"(?:hospitals?|(?:[A-Z][\w.'’-]*\s+){0,4}(?:Hospital|(?:Medical|Trauma)\s+Cent(?:er|re)s?))\b")  # ("to Mercy Medical Center",
# "to John H. Stroger Jr. Hospital")


# Words set aside between a figure and what befell them: "Fifteen people, including children,
# were shot"; "Four people -- including a boy -- were shot"; "four victims — two men and a woman — were shot"; "Three victims, a 25-year-old man,
# a 26-year-old man and a woman, were taken ..."; "Four women, ranging in age from 31 to 40, were shot";
# "three men, ages 19, 21 and 22, were shot".
_ASIDE = (r"(?:,\s*(?:including|mostly|mainly|many of them|most of them|among them)\s+(?:[\w'’-]+\s+){0,5}?[\w'’-]+,\s*|(?:\s*(?:—|--)|\s+–)\s*(?:including\s+)?[^—–.;]{1,80}?(?:\s*(?:—|--)|\s+–)\s*|"
          r",\s*(?:(?:and\s+)?(?:an?|the|his|her|their|one|two|three|four|five)\s+(?:(?!fatal|killed|dead|died)[^,.;]){1,70}?,\s*){1,5}|"
          r",?\s*(?:ages?|aged)\s+\d{1,2}(?:\s*(?:,|and|to|,\s*and)\s*\d{1,2})*,\s*|"
          r",\s*(?:ranging|all|both|each)\b[^,.;]{1,40},\s*)")
_AGES = r",\s*\d{1,2}(?:\s*(?:,|and|,\s*and)\s*\d{1,2})+,?\s+"  # their ages, after the people: "two men, 30 and 42 were shot"
# Where the people counted were, between them and what befell them: "three men inside the home were hurt".
# "tried to kill herself", "threatened to kill 3": an intent, no death ("went on to kill 2" is one). Each
# look-behind follows the "k" of "kill" (seen from there: "(?<!tried to k)"), so that an alternative
# opens with a letter, which the engine checks before anything else.
# So for "tried to arrest", "intended to shoot", "working to arrest": an aim, not what was done.
_INTENTS = ("try", "tries", "tried", "trying", "attempt", "attempts", "attempted", "attempting", "threaten", "threatens",
            "threatened", "threatening", "plan", "plans", "planned", "planning", "plot", "plotted", "plotting", "going",
            "want", "wants", "wanted", "wanting", "meant", "mean", "intended", "intending", "effort", "vowed", "vowing",
            "working", "sought", "seeking", "failed")


def _intent_guard(letter: str) -> str:
    """Look-behinds, set after the first ``letter`` of a verb, that turn it away after an aim ("tried to k")."""
    return "".join(f"(?<!{w} to {letter})" for w in _INTENTS)


_NOT_AFTER_INTENT = _intent_guard("k")
# (or across places counted: "106 protesters in 21 cities had been killed")
_WHERE = r"(?:(?:in|inside|outside|at|near)\s+(?:the|a|an|their|his|her)\s+(?:(?!(?:he|she|they|who|that|which)\b)[\w'’-]+\s+){1,2}|" \
         r"(?:in|across)\s+(?:\d+|[a-z]+|dozens\s+of)\s+(?:cities|towns|provinces|regions|states|districts|countries)\s+)"
