"""Numbers: how many took part, were killed, injured or arrested, and who claims it.

A number phrase ("over 8,000", "two dozen", "between 10 and 20", "hundreds") is found with a
compiled grammar (:mod:`.numphrases`), normalised to low/high bounds by the contract's conventions, classified by
the words that govern it ("killing 5", "50 protesters were shot dead", "death toll rose to 9")
and tagged with its attribution ("according to HRANA", "police said"). Every figure becomes a
:class:`~vigil.model.Claim` inside a ``number`` :class:`~vigil.model.Mention`.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import Optional

from ..model import Claim, Doc, Mention
from .caseless import Caseless
from .notcounts import COUNTS_OF_KILLING, is_not_a_count
from .numbers_fa import PersianCounts
from .numkinds import KindRules
from .numphrases import NumberGrammar
from .gates import opening_letters
from .people import HISTORY_AFTER, PeopleFinder, Person
from .sources import attribution
from .text import HELD_IN_PRISON, PUT_TO_DEATH, inside_span
from .totals import Totals, overlaps
from .triggers import LEAD, focus_sentences, with_lead
from .wordcounts import WORD_COUNT, counts_in, fatal_without_count, nth_victim
from .wordscan import ScannerGroup, focus_word_starts


_NEGATED_WORDS = r"(?:no|not|nor|never|without|whether|if)"
_NEGATED_BEFORE = re.compile(rf"\b{opening_letters(_NEGATED_WORDS)}{_NEGATED_WORDS}\s+$", re.I)


# a death sentence, no death: "sentenced to death", "death sentences", "faces the death penalty"
_SENTENCE_OF_DEATH = re.compile(r"(?:(?<=sentenced to )|(?<=condemned to ))death\b|death\s+(?:sentences?|penalty|row)\b", re.I)
_DEATH_OF = re.compile(r"\b(?:death|killing|murder)\s+(?:in\s+(?:police\s+)?custody\s+)?of\s+$", re.I)


_BARE_YEAR = re.compile(r"(?<![\d,.])(?:19|20)\d\d$")
_YEAR_NOUN_AFTER = re.compile(r"\s+(?:protests?|strikes?|rall(?:y|ies)|uprising|revolution|elections?|vote|crackdown|riots?|"
                              r"unrest|demonstrations?|marches|movement|coup|war|massacre|attacks?|shootings?)\b", re.I)
_YEAR_BEFORE = re.compile(r"\b(?:of|in|since|until|from)\s+$", re.I)

class NumberStage:
    """Fill ``doc.numbers`` with one Mention per counted figure (value: a Claim, extra: kind)."""

    def __init__(self, grammar: Optional[NumberGrammar] = None):
        self.grammar = grammar or NumberGrammar.default()
        self.rules = KindRules(self.grammar)
        self.people = PeopleFinder(self.grammar.data)
        self.totals = Totals(self.grammar.data, self.grammar.value)
        self.persian = PersianCounts.default()
        # the figures, the counts told by one word and the people, found in one pass over the word starts
        self._word_group = ScannerGroup([self.grammar.scanner, WORD_COUNT, *self.people.scanners])

    def __call__(self, doc: Doc) -> Doc:
        text, rid = doc.text, doc.report.id
        focus = with_lead(doc, focus_sentences(doc, reach=3))  # numbers farther than this from an event go unused
        words = focus_word_starts(doc, focus)
        taken: list[tuple[int, int]] = []
        dated = sorted((m.start, m.end) for m in doc.dates)
        figures, counts, *people_words = self._word_group.matches(text, *words)  # (one pass for them all)
        for m, _ in figures:
            if dated and inside_span(dated, m.start()):
                continue  # "on April 2": a day, not two people
            if (y := _BARE_YEAR.search(m.group())) is not None \
                    and (_YEAR_BEFORE.search(text, max(0, m.start() + y.start() - 6), m.start() + y.start())
                         or _YEAR_NOUN_AFTER.match(text, m.end())):
                continue  # "the protests of 2020 drew ...", "jails activist over 2020 protest speeches": a year, not 2,020 people
            si = doc.sentence_at(m.start())
            if si >= 0:
                sent = doc.sentences[si]
                self._add(doc, sent, m.start() - sent.start, m.end() - sent.start, m, taken, rid, text)
        spans = _spans(doc, focus)
        self._word_counts(doc, text, counts, taken)
        numbers = sorted(taken)
        people = self.people.find(text, words, [s.start for s in doc.sentences], spans, people_words)
        for p, nxt in zip(people, _next_others(text, people)):
            si = doc.sentence_at(p.start)
            if si < 0 or (focus is not None and si not in focus):
                continue
            if not overlaps(taken, p.start, p.end):
                j = bisect_left(numbers, (p.end,))  # the first figure at or after the person's end
                limit = doc.sentences[si].end
                if j < len(numbers):
                    limit = min(limit, numbers[j][0])
                if nxt is not None:
                    limit = min(limit, nxt)
                self._add_people(doc, doc.sentences[si], p, taken, rid, text, limit)
        self._held(doc, text, rid, spans, focus)
        self._fatal_without_count(doc, text, rid, spans)
        doc.numbers.extend(self.persian(doc, focus))
        self._headline_lists(doc, text, rid)
        self.totals(doc, people)
        return doc

    def _headline_lists(self, doc: Doc, text: str, rid: str) -> None:
        """"2 Girls, 2 Men Shot": the people a Title Case headline lists, added up (the figures
        stay, as totals keep their parts); what befell them is read as for people told one by one."""
        for start, end, count in self.totals.headline_lists(doc, LEAD):
            si = doc.sentence_at(start)
            sent = doc.sentences[si]  # (the line break after a headline is read too: "2 Girls, 2 Men Shot")
            kind, _ = self.rules.kind_and_words(text, start, end, sent.start, people=count, limit=sent.end + 1)
            if kind is not None:
                self._emit(doc, sent, kind, count, count, text[start:end], start, end, rid, "derived")

    def _add(self, doc: Doc, sent, s: int, e: int, m: re.Match, taken, rid: str, text: str) -> None:
        start, end = sent.start + s, sent.start + e
        span_text = text[start:end].rstrip()
        if span_text.lower().endswith(" of"):
            span_text = span_text[:-3].rstrip()
        end = start + len(span_text)
        if _NEGATED_BEFORE.search(text, max(sent.start, start - 12), start):
            return
        if (counts := COUNTS_OF_KILLING.match(text, end)) is not None:
            if _KILLING_COUNTED_BEFORE.search(text, max(sent.start, start - 60), start):
                return  # "three counts of murder, including one count of capital murder": one of the three, or a charge more
            kind, words = "fatalities", counts.span("what")  # "charged with three counts of murder": three killed
        elif is_not_a_count(text, start, end):
            return
        else:
            kind, words = self.rules.kind_and_words(text, start, end, sent.start)
            if kind is None and (said := _RESTATED.search(text, max(sent.start, start - 40), start)) is not None:
                kind, words = self._restated(doc, sent, start, said, end)
            if kind is None and _IN_TOWN_AFTER.match(text, end):
                kind, words = _next_town_figure(doc, sent, start)
        if kind is None or (kind == "fatalities" and _SENTENCE_OF_DEATH.match(text, words[0]) is not None):
            return  # ("two protesters were sentenced to death": no one has died)
        if kind == "arrests" and _DETAINEES_HELD.match(text, end):
            return  # "30 detainees in Badr prison": people held there, no arrest told
        if kind == "fatalities" and _CONVICTED_OF.search(text, max(sent.start, start - 60), start) \
                and PUT_TO_DEATH.search(sent.text):
            return  # "hanged a man after convicting him of fatally stabbing two militiamen": the charge, not this toll
        low, high = self.grammar.bounds(m)
        if low is None and high is None:
            return
        if _NOT.search(text, end, max(end, words[0])):
            return  # "two other children were not injured"
        if kind == "injuries" and _PART_OF.match(text, end) and not (span_text.lower() == "both" and _OF_THEM.match(text, end)):
            return  # "three of the victims were hurt": a part of those shot ("both of them were hurt": all)
        if (low or 0) > 1 and (sing := _SINGULAR_AFTER.match(text, end)) and sing.end() <= words[0]:
            return  # "four daughters is in custody": not their subject ("three others wounded was ..." is)
        taken.append((start, max(end, words[0])))  # people set aside before the verb are the figure's own
        self._emit(doc, sent, kind, low, high, span_text, start, end, rid, "pattern")

    @staticmethod
    def _restated(doc: Doc, sent, start: int, said: re.Match, end: int):
        """The kind of the figure that "police put the figure at 6" gives again: the last one counted
        before it in its sentence (another voice's number for the same toll). "Officials gave a toll of
        19" may restate the sentence before, and a toll with none before is a death toll; a bare "the
        ministry said 136,000" restates only its own sentence's figure, and only as the clause's end."""
        if said.group("bare") and not _CLAUSE_ENDS.match(doc.text, end):
            return None, (start, start)
        since = sent.start
        if said.group("toll"):
            si = doc.sentence_at(sent.start)
            if si > 0:
                since = doc.sentences[si - 1].start
        for num in reversed(doc.numbers):
            if since <= num.start < start:
                return num.flags.get("kind"), (start, start)
        if said.group("toll") and " toll" in said.group("toll").lower():
            return "fatalities", (start, start)
        return None, (start, start)

    def _add_people(self, doc: Doc, sent, p: Person, taken, rid: str, text: str, limit: int) -> None:
        """People counted one by one ("a man was shot and killed": 1 fatality)."""
        start, end, count = p.start, p.end, p.count
        if _NEGATED_BEFORE.search(text, max(sent.start, start - 12), start):
            return  # (nor "it was unclear if the officer was hurt": a doubt)
        if p.arrest:
            kind, words = "arrests", (start, end)
        else:
            kind, words = self.rules.kind_and_words(text, start, end, sent.start, people=count, limit=limit)
        if kind is None or (kind == "arrests" and HISTORY_AFTER.match(text, words[1])) \
                or (kind == "fatalities" and _SENTENCE_OF_DEATH.match(text, words[0]) is not None):
            return  # "had been arrested 15 times": a record, not this event; "sentenced to death": alive
        if kind == "arrests" and _DEATH_OF.search(text, max(sent.start, start - 40), start):
            kind = "fatalities"  # "the death of a young woman in custody": she died there, no arrest is told
        taken.append((start, end))
        nth = nth_victim(text, start, end) if kind == "injuries" and count == 1 else None
        if p.named:  # the claim's words are what befell them, never the names ("were killed")
            start, end = words
        if nth is not None:  # "a fourth victim was grazed": at least four wounded
            start = start if p.named else min(start, nth[1])
            self._emit(doc, sent, kind, nth[0], None, text[start:end], start, end, rid, "ordinal")
        else:
            self._emit(doc, sent, kind, count, count, text[start:end], start, end, rid, "people")

    def _held(self, doc: Doc, text: str, rid: str, spans, focus) -> None:
        """"McVay was arrested", "she remains in custody": one arrest, in a sentence that
        has no arrest figure yet (the same person is often told twice in one sentence)."""
        have = {doc.sentence_at(m.start) for m in doc.numbers if m.get("kind") == "arrests"}
        for p in self.people.held(text, [s.start for s in doc.sentences], spans):
            si = doc.sentence_at(p.start)
            if si < 0 or si in have or (focus is not None and si not in focus):
                continue
            have.add(si)
            self._emit(doc, doc.sentences[si], "arrests", 1, 1, text[p.start:p.end], p.start, p.end, rid, "people")

    def _fatal_without_count(self, doc: Doc, text: str, rid: str, spans) -> None:
        """"Police investigate a fatal shooting": at least one dead, when no figure or person
        counts the dead."""
        if any(m.get("kind") == "fatalities" for m in doc.numbers):
            return
        found = fatal_without_count(text, spans if spans is not None else [(0, len(text))])
        if found is not None and (si := doc.sentence_at(found[0])) >= 0:
            start, end, low = found
            self._emit(doc, doc.sentences[si], "fatalities", low, None, text[start:end], start, end, rid, "pattern")

    def _word_counts(self, doc: Doc, text: str, matches, taken) -> None:
        """Counts told by one word: "third arrest made", "4th suspect arrested", "a fourth
        victim has died" (running totals); "a triple homicide" (three killed): ``matches``
        of ``WORD_COUNT``."""
        for m, kind, n, cumulative in counts_in(text, matches):
            si = doc.sentence_at(m.start())
            if si < 0 or overlaps(taken, m.start(), m.end()):
                continue
            taken.append((m.start(), m.end()))
            self._emit(doc, doc.sentences[si], kind, n, n, text[m.start():m.end()], m.start(), m.end(), doc.report.id,
                       "pattern", cumulative=cumulative)

    def _emit(self, doc: Doc, sent, kind: str, low, high, span_text: str, start: int, end: int,
              rid: str, method: str, cumulative: bool = False) -> None:
        source = attribution(sent.text, start - sent.start, kind == "participants")
        cumulative = cumulative or _cumulative(sent.text)
        claim = Claim(low=low, high=high, text=span_text, claimed_by=source, report_id=rid,
                      start=start, end=end, cumulative=cumulative, method=method)
        doc.numbers.append(Mention.flagged("number", start, end, span_text, claim, method=method, extra=(("kind", kind),)))


def _next_others(text: str, people: list[Person]) -> list[Optional[int]]:
    """For each person, the start of the next one who is not told by a pronoun (None: none);
    "he" or "she" is the same person told again, and does not end what befell the one before."""
    out: list[Optional[int]] = []
    nxt = None
    for p in reversed(people):
        out.append(nxt)
        if not _PRONOUN.fullmatch(text, p.start, p.end):
            nxt = p.start
    out.reverse()
    return out


@lru_cache(maxsize=4096)
def _cumulative(sentence: str) -> bool:
    """Whether a sentence tells a running total (cached: a sentence with several figures is read once)."""
    for m in _CUMULATIVE.finditer(sentence):
        if not (m.group(0)[:5].lower() == "since" and _SUPERLATIVE_BEFORE.search(sentence, max(0, m.start() - 40), m.start())):
            return True  # (not "the deadliest day since protests began": that day's toll, compared)
    low = sentence.lower()  # (the tallies' own words first: most sentences have none)
    if ("shootings" in low or "incidents" in low or "attacks" in low) and _TALLY_INCIDENTS.search(sentence) is not None:
        return True
    return ("hour" in low or "since" in low or "brought to" in low or "number of" in low) \
        and _TALLY_SPAN.search(sentence) is not None


def _spans(doc: Doc, focus: Optional[set[int]]) -> Optional[list[tuple[int, int]]]:
    """Character ranges of the focus sentences, runs of neighbours merged (None: everywhere)."""
    if focus is None:
        return None
    out: list[tuple[int, int]] = []
    for i in sorted(focus):
        s = doc.sentences[i]
        if out and i - 1 in focus:
            out[-1] = (out[-1][0], s.end)
        else:
            out.append((s.start, s.end))
    return out


# (not "not seriously hurt", which tells of a wound)
_NOT = re.compile(r"\b(?:not|never|no)\b(?!\s+(?:seriously|critically|severely|gravely|badly)\s)|n['’]t\b", re.I)
_KILLING_COUNTED_BEFORE = re.compile(r"\bcounts?\s+(?:each\s+)?of\s+(?:[\w-]+\s+){0,3}?(?:murder|homicide|manslaughter)\b"
                                     r"[^.;:!?]{0,30}$", re.I)  # (a count of killing told before in the sentence)
_PART_OF = re.compile(r"\s+of\s+(?:the|those|them|these|whom|which)\b", re.I)
_OF_THEM = re.compile(r"\s+of\s+them\b", re.I)
# Another voice giving a toll told before: "while police put the figure at 6", "officials placed the number at
# 300", "while organisers claimed 40,000", "and police counting 806,000", "local officials gave a toll of 19",
# "the ministry said 136,000."
_RESTATED = re.compile(r"\b(?:(?P<toll>(?:put|puts|putting|placed|places|placing|gave|gives|giving|reported|cited)\s+"
                       r"(?:the|this|that|their|its|a|an)\s+(?:(?:death|official|lower|higher|different|final)\s+)?"
                       r"(?:figure|number|count|tally|toll|total|crowd|turnout|attendance)\s+(?:at|of)|"
                       # "Amnesty says the true figure is over 4,000"
                       r"(?:the|this|that|its|their)\s+(?:true|real|actual|correct|official|death)\s+"
                       r"(?:figure|number|count|tally|toll|total)\s+(?:is|was|stands\s+at|stood\s+at))|"
                       r"(?:claimed|counted|counting|estimated|estimating|claiming)(?:\s+it\s+at)?|"
                       r"(?P<bare>said|says|put\s+it\s+at))"
                       r"\s+(?:about\s+|around\s+|only\s+|just\s+|some\s+|nearly\s+|more\s+than\s+|over\s+)?$", re.I)
# a figure for a second town after one for a first: "detained 52 people in Istanbul and 17 in Ankara"
_IN_TOWN_AFTER = re.compile(r"\s+in\s+[A-Z]")
_TOWN_GAP = re.compile(r"\s+(?:[a-z]+\s+)?in\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?\s*(?:,\s*(?:and\s+)?|\s+and\s+)")


def _next_town_figure(doc: Doc, sent, start: int):
    """The kind of a town's figure listed after another town's figure of a known kind (None if none)."""
    prev = next((m for m in reversed(doc.numbers) if sent.start <= m.start and m.end <= start), None)
    if prev is None or prev.get("kind") == "participants" or not _TOWN_GAP.fullmatch(doc.text, prev.end, start):
        return None, (start, start)
    return prev.get("kind"), (start, start)


_DETAINEES_HELD = re.compile(r"\s+(?:[\w-]+\s+)?detainees" + HELD_IN_PRISON, re.I)
_CONVICTED_OF = re.compile(r"\b(?:convict\w*|accus\w*|for\s+allegedly|guilty)\s+(?:(?:him|her|them)\s+)?(?:of\s+)?"
                           r"(?:allegedly\s+)?(?:fatally\s+)?[a-z]+ing\s+$", re.I)
_CLAUSE_ENDS = re.compile(r"\s*(?:[.;!?)]|,\s|$)")  # (the figure ends its clause: "the ministry said 136,000.")
_PRONOUN = re.compile(r"[Hh]e|[Ss]he")  # the same person told again (see _next_others)
_SINGULAR_AFTER = re.compile(r"\s+(?:[a-z'’-]+\s+){1,3}?(?:is|was|has)\s")
_CUMULATIVE = Caseless(r"\b(?:so far|in total|a total of|total of|to date|since (?:the )?(?:start|beginning|unrest began|protests began)|"
                       # a toll over a long run: "months of protests in which hundreds have died"
                       r"(?:weeks|months|years) of [^.;:!?]{0,60}?(?:have|has) (?:died|been killed|been arrested|been detained)|"
                       r"cumulative|overall|altogether|rose to|risen to|climbed to|has reached|death toll|"
                       # a year's tally or a yearly rate: "700 people have been shot in the city this year", "762 murders in
                       # 2016", "kill thousands every year" (not one past event: "four men were wounded there last year")
                       r"each year|every year|per year|annually|(?:have|has) been (?:[a-z]+ )?(?:shot|killed|wounded|murdered|injured)\b"
                       r"[^.;:!?]{0,60}?\b(?:this|last) year|"
                       r"(?:murders|homicides|slayings|fatalities)\b[^.;:!?]{0,80}?\b(?:in (?:19|20)\d\d|(?:this|last) year))\b")
# A tally over several incidents: "17 wounded in separate shootings across the city", "20 shot in 12
# incidents", "5 dead in weekend shootings" (not "the shootings", which may be one spree).
_TALLY_INCIDENTS = Caseless(r"\b(?:(?:separate|unrelated|different|several|multiple|various|weekend|overnight|two|three|four|five|"
                            r"six|seven|eight|nine|ten|eleven|twelve|\d+)\s+(?:[a-z-]+\s+)?(?:shootings|shooting incidents|incidents|"
                            r"attacks)|shootings\s+(?:across|around|throughout)|in\s+(?:(?!the|these|those|this|that)[a-z]+\s+)?shootings)\b")
# A count over a span of hours or days ("six shot in four hours", "18 shot in a 48-hour span", "35 people
# have been shot since Friday"), or a running count.
_SUPERLATIVE_BEFORE = re.compile(r"\b(?:deadliest|bloodiest|worst|largest|biggest|highest|most violent)\s+(?:[\w-]+\s+){0,3}$", re.I)
_TALLY_SPAN = Caseless(r"\b(?:(?:shot|killed|wounded|injured|murdered|slain|dead)\b[^.;:!?]{0,60}?\bsince\s+(?:late\s+|early\s+)?"
                       r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|last\s+(?:week|weekend|month))|"
                       r"(?:in|within|over)\s+(?:about\s+|under\s+|less than\s+|a span of\s+)?(?:\d+|two|three|four|five|six|"
                       r"seven|eight|nine|ten|twelve)\s+hours|[a-z0-9]+-hour\s+(?:span|period|stretch)|brought to|"
                       r"the number of (?:people|victims))\b")
