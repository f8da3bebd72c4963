"""Events: one per distinct happening in a report, with type, status, place, date, actors,
issues, counts with who claims them, evidence and a confidence that means something.

Triggers (see :mod:`.triggers`) are grouped: triggers of one type merge when their places and
dates are compatible; a sentence listing several cities gives one event per city (plus a
nationwide event when the text says so). Numbers go to the nearest event of a type they can
describe (deaths to repression or attacks, arrests to arrests, crowd sizes to protests).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from datetime import date as Date, timedelta
from typing import Optional

from .. import lexicon
from ..model import Actor, Claim, Doc, Event, EventDate, Mention, Place, content_id
from .actors import IssueTaxonomy
from .caseless import Caseless
from .grievance import grievance_evidence, grievance_regions, mark_grievances
from .drafts import Draft, actor_words, counts_by_kind, doc_index, event_confidence, gap_to_nearest, trigger_evidence, \
    value_evidence
from .gates import opening_letters
from ..geo.distance import km_apart
from ..link.similarity import day_span
from ..geo.event_place import PLACE_HEADS, event_mention, nationwide_at
from .places import event_place
from .text import WIRE_DATELINE, YEARS_AFTER_CLAUSE, clause_bounds
from .report_lines import line_dateline, line_start, line_text, list_line, report_line, report_lines
from .time import event_date_and_words, report_anchor
from .triggers import LEAD, TriggerFinder

# A death told as what a crowd rose over ("protests over the death of", "riots after the killing of")
_GRIEVANCE_DEATH = re.compile(r"\b(?:over|against|at|about|protesting|condemning|denouncing|decrying|mourning|following|after|"
                              r"(?:justice|accountability) for)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:deaths?|killings?|murders?|"
                              r"shootings?|slayings?)\s+of\s+(?:(?:a|an|the|two|three|\w+-year-old|young|unarmed|black|local)\s+)*$",
                              re.I)
# a figure of the forces themselves: "249 officers injured", "18 security officers died"
_FORCES_COUNTED = re.compile(r"\s+(?:of\s+(?:them|whom)\s+)?(?:(?:riot|security|police|law[- ]enforcement)\s+)?"
                             r"(?:officers|policemen|police\s+officers|police|soldiers|troops|guards|gendarmes|personnel|"
                             r"security\s+forces|members\s+of\s+the\s+security\s+forces)\b", re.I)
_FORCES_HURT_BY = ("riot", "attack")  # the events that may hurt them, likeliest first
_ANGER_OVER = re.compile(r"(?:over|against|about|protesting|condemning|denouncing|decrying|mourning)\b", re.I)
# workers counted: a strike's figure before a protest's, where both are as near ("... said about 2 million
# workers took part")
_STRIKERS_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?(?:workers|strikers|employees|staff|miners|dockers|dockworkers)\s+"
                             r"(?:took\s+part|joined|stayed\s+away|walked\s+out|(?:were|went)\s+on\s+strike|(?:to\s+)?down(?:ed)?\s+tools)\b")
_STRIKE_FIRST = ("strike", "protest", "riot")
COUNT_TYPES = {
    "fatalities": ("repression", "attack", "riot", "disaster", "protest", "other"),
    "injuries": ("repression", "attack", "riot", "disaster", "protest", "other"),
    "arrests": ("arrest", "repression", "protest", "riot", "strike", "attack"),
    "participants": ("protest", "strike", "riot"),
}


class EventStage:
    def __init__(self, min_confidence: float = 0.0, finder: Optional[TriggerFinder] = None,
                 issues: Optional[IssueTaxonomy] = None):
        self.min_confidence = min_confidence
        self.finder = finder or TriggerFinder()
        self.issues = issues or IssueTaxonomy.default()

    def __call__(self, doc: Doc) -> Doc:
        found = doc.triggers if doc.context.get("triggers_done") else self.finder(doc)
        doc.triggers = mark_grievances(doc, _strikers_blockades(doc, _retype_by_setting(doc, _outside_place_names(doc, found))))
        doc.context.pop("event_index", None)  # the mentions may have changed since a previous run
        doc.context.pop("event_date_triggers", None)  # (see _date_key)
        doc.context.pop("grievance_regions", None)
        doc.context.pop("relative_clauses", None)
        doc.context.pop("rival", None)
        doc.context["plan_dates"] = _plan_dates(doc, self.finder.lex.rx("planned"))
        drafts = self._drafts(doc)
        drafts += _implied_crowds(doc, drafts)
        drafts = _without_disaster_tolls(doc, drafts)
        drafts = [d for d in drafts if not _forecast(d) and self._specific(doc, d)]
        claims = self._assign_numbers(doc, drafts)
        # history the news recalls keeps its own figures (a 1982 crash's 78 dead are not the shooting's), but is no event
        drafts = [d for d in drafts if not _history(doc, d) and not all(t.get("held") for t in d.triggers)]
        # (nor are those held whose release a crowd demands: see vigil.extract.grievance)
        drafts = _without_background(doc, drafts)
        weights = _type_weights(drafts)
        events = [self._build(doc, d, claims.get(id(d), []), _salience(d, weights)) for d in drafts]
        doc.events = [e for e in events if e.confidence >= self.min_confidence]
        return doc

    # ------------------------------------------------------------ grouping
    def _drafts(self, doc: Doc) -> list[Draft]:
        drafts: list[Draft] = []
        for trig in doc.triggers:
            if (crowd := _crowd_acted_on(doc, trig, drafts)) is not None:
                _absorb(crowd, trig, crowd.place, (crowd.date, crowd.date_words), crowd.status)
                continue  # "arrested at least 15 strikers": the strike told before, no new one
            places = self._places_for(doc, trig)
            if drafts and len(places) == 1 and not places[0].nationwide:
                places = [_place_told_before(doc, trig, drafts) or places[0]]
            for place in places:
                self._merge_or_add(drafts, doc, trig, place)
        drafts = _fold_headline(doc, drafts)
        return drafts + _repeats(doc, drafts)

    def _places_for(self, doc: Doc, trig: Mention) -> list[Place]:
        """The trigger's place; one per city when its sentence lists several ("strikes in
        Yasuj, Torbat-e Jam and Yazd"), plus the nationwide event when the text says so."""
        grievance = "grievance" in trig.flags
        if grievance and (own := _grievance_places(doc, trig)):
            return own  # "protests over the police killing of a teenager in Nanterre spread to Lille, Toulouse
            # and Lyon": the killing was in Nanterre ("the police shootings of black men in Minnesota and
            # Louisiana": in each)
        place = event_place(doc, trig.start, trig.end, trig.value in _CROWD_TYPES)
        si = trig.flags.get("sentence")
        sent = doc.sentences[si]
        line = report_line(doc, trig.start)
        if line is not None and not place.nationwide:  # a field-report line is placed by its own words
            own = [m for m in doc.places if line_start(doc.text, m.start) == line and isinstance(m.value, Place)
                   and not m.get("outlet")
                   and m.value.precision in ("city", "admin1", "country") and m.get("match") != "demonym"]
            if own:  # the finest place the line names, unless the line's own reading is as fine
                best = max(own, key=lambda m: (_rank(m.value), -m.start)).value
                if not any(m.value == place for m in own) or _rank(best) > _rank(place):
                    place = best
        if place.nationwide and _LOCAL_BRANCH.match(place.name or "") and trig.value in _CROWD_TYPES \
                and trig.flags.get("status") != "planned" and not _DATELINE_START.match(sent.text) \
                and _LOCAL_BRANCH.search(doc.text, max(sent.start, trig.start - 20), trig.start) \
                and (local := line_dateline(doc, sent)) is not None:
            return [local]  # "Yasuj, Iran. July 23. ... Nationwide Strike": the strike's local branch (not
            # "PARIS — ...; the ministry said 32,000 marched across France": across the country; nor "ABUJA -
            # ... would begin a nationwide general strike": a plan has no local branch yet; nor "TEL AVIV — ... the
            # federation declared a nationwide general strike": a wire's dateline is where the story was filed)
        # (the same for every trigger of a clause: "Crowds marched in Karaj, Shiraz and Isfahan;
        # videos showed police using tear gas in Karaj" lists three towns for the march alone)
        lo, hi = clause_bounds(doc.text, sent.start, sent.end, trig.start, trig.end)
        cities = _listed_cities(doc, lo, hi)
        if grievance and not place.nationwide:
            return [place]  # "protests in Lahore and Peshawar after his arrest": one arrest, not one a town
        if trig.value in _CROWD_TYPES and len(cities) >= 2 and _rival(doc, trig) \
                and all(m.end <= trig.start for m in doc.places if m.value in cities) and len({c.country for c in cities}) == 1:
            return [Place(name=None, country=cities[0].country, precision="country")]
            # "marched in Khartoum and Omdurman, a day after rival supporters began a sit-in outside the palace": the
            # other side's crowd is in none of the march's towns the text says, but in their country
        if len(cities) == 1 and place.nationwide and (local := _joined_wave(doc, trig, lo)) is not None:
            return [local, place]  # "Teachers in Marivan joined the nationwide sit-in": Marivan's, and the wave
        if not cities and place.precision == "city" and not place.nationwide and (lo, hi) != (sent.start, sent.end) \
                and (whole := _sentence_cities(doc, sent)) and any(c.geonames_id == place.geonames_id for c in whole):
            # "Protests spread to Tehran, Mashhad and Isfahan, and at least 17 people were killed": the toll of
            # a clause naming no town is the listed towns' together: the nationwide event's, else the country's
            nation = nationwide_at(doc, trig.start, trig.end)
            countries = {c.country for c in whole}
            if nation is not None or len(countries) == 1:
                return [nation or Place(name=None, country=countries.pop(), precision="country")]
        if len(cities) < 2:
            if place.precision == "admin1" and not place.nationwide and not doc_index(doc).cities_in(lo, hi):
                states = _states_listed(doc, lo, hi)  # "blocked highways in Punjab and Haryana": two states
                if len(states) >= 2 and any(p.geonames_id == place.geonames_id for p in states):
                    return states
            elif place.precision == "city" and not place.nationwide and len(states := _states_listed(doc, lo, hi)) >= 2 \
                    and (said := event_mention(doc, trig.start, trig.end)) is not None \
                    and any(p.geonames_id == said.value.geonames_id for p in states) and _only_attributive(doc, place, lo, hi):
                return states  # "walked off the job at plants in Michigan, Ohio and Missouri ... against the
                # Detroit automakers": the states the sentence lists, not a town it names as no place of the event
            return [place]
        if place.precision == "city" and not place.nationwide and place.geonames_id is not None \
                and all(c.geonames_id != place.geonames_id and (c.geonames_id or c.city != place.city) for c in cities):
            return [place]  # "banks torched in Shiraz, roads blocked in Mashhad, Tabriz": Shiraz's, not the list's
        if place.nationwide and place.name and (at := doc.text.find(place.name, trig.end, trig.end + len(place.name) + 12)) >= 0 \
                and doc.text[trig.end:at].strip(" ,") == "" \
                and not any(m.start > trig.start and m.value in cities for m in doc.places):
            return [place]  # "cars torched in Lille, Toulouse and Lyon and 150 people arrested nationwide": the country's
            # (but "marched across Germany, including 40,000 in Berlin and 10,000 in Munich": the towns too)
        return cities + ([place] if place.nationwide else [])

    def _merge_or_add(self, drafts: list[Draft], doc: Doc, trig: Mention, place: Place) -> None:
        key = _date_key(doc, trig)
        status = trig.flags.get("status")
        # What a protest is about is a happening apart from what befell it: no other trigger joins a
        # grievance (a grievance may join the event it names, told before: "police shot the boy ... protesters
        # demanded justice for the victim of the shooting")
        grievance = "grievance" in trig.flags
        same_type = [d for d in drafts if d.type == trig.value and (grievance or "grievance" not in d.triggers[0].flags)]
        if same_type and _anaphoric(doc.text, trig.start) and (_compatible_place(same_type[-1].place, place)
                                                               or not place.nationwide
                                                               and _THE_BEFORE.search(doc.text, max(0, trig.start - 6), trig.start)
                                                               and not _names_other_place(doc, trig, same_type[-1].place)):
            # ("condemned the attack" in a sentence naming only the province the attack was in: the attack
            # told, whatever town the province is refined to; but "spread the protests across 142 cities": the
            # nationwide protests)
            last = same_type[-1]  # "the attack"; its date tells only whether it is still planned, which
            # only a planned draft minds (see _stronger_status): the date is worked out for that alone
            if status == "occurred" and last.status == "planned":
                if _is_future(doc, _sentence_date(doc, key)[0]):
                    status = "planned"
                else:  # "... to join a march on Sunday. The protests began on November 28": the ones told before the plan
                    last = next((d for d in reversed(same_type) if d.status != "planned"
                                 and _compatible_place(d.place, place, trig.value in _CROWD_TYPES)), last)
            # (an ongoing one's date may tell how long it has run: "The strike ... entered its tenth day on
            # Saturday" after a headline dated Saturday)
            if status == "ongoing" and (own := _sentence_date(doc, key))[0].end and not last.date.end \
                    and own[0].end == last.date.start:
                last.date, last.date_words = own
            _absorb(last, trig, last.place, (last.date, last.date_words), status)
            return
        date, date_words = _sentence_date(doc, key)
        date = _since_began(doc, trig, date, place)
        if status == "ongoing" and date.end and trig.value in ("strike", "protest") \
                and (pub := report_anchor(doc)) is not None and date.end < pub.isoformat() \
                and (span := _duration(doc.text, trig.start, False, trig.end)) is not None and span[1]:
            status = "occurred"  # "on the last day of a three-day national strike that began on Tuesday": over
        if status in ("occurred", "ongoing") and _is_future(doc, date):
            status = "planned"
        elif status == "planned" and date.basis == "text" and date.start and (pub := report_anchor(doc)) is not None \
                and (date.start < pub.isoformat() or date_words is not None and date_words.flags.get("speech")) \
                and (twin := next((d for d in reversed(same_type) if d.status == "planned"
                                   and (d.place.city, d.place.country) == (place.city, place.country)
                                   and d.date.start and d.date.start >= pub.isoformat()), None)) is not None:
            date = twin.date  # "marchers would hand memorandums to government offices, the secretary told a news
            # conference on Tuesday": the march planned for the day told before, not the day of the telling
        lenient = trig.value in ("disaster", "attack")
        line = report_line(doc, trig.start)
        rival = trig.value in _CROWD_TYPES and _rival(doc, trig)
        own = trig.get("subtype")
        for d in same_type:
            if (own in _OWN_HAPPENINGS or d.subtype in _OWN_HAPPENINGS) and own != d.subtype:
                continue  # "a young woman who died in custody ... tear gas against mourners": two of the state's deeds
            if rival != (d.type in _CROWD_TYPES and _rival(doc, d.triggers[0])):
                continue  # "a rival sit-in by pro-military groups": the other side's event, not the march's
            if line is not None and not any(line_start(doc.text, t.start) == line for t in d.triggers):
                continue  # a list of field reports: each line tells its own event
            if (d.status == "planned") != (status == "planned"):
                continue  # a plan and a happening are two events, whatever their dates
            if d.subtype in _CROWD_CONTROL and _after_clause(doc, d, trig):
                continue  # "police fired tear gas at protesters after an officer fatally shot a man": what
                # the crowd came after is a happening of its own
            if (d.place is place or _compatible_place(d.place, place, trig.value in _CROWD_TYPES)) \
                    and (d.date is date or _compatible_date(d.date, date, lenient and d.place.precision is not None)
                         or status == d.status == "ongoing" and not _dated_here(doc, trig, date_words)):
                # ("Protesters in Antananarivo have vowed to keep marching": the protest under way, whatever day
                # an earlier sentence told)
                _absorb(d, trig, place, (date, date_words), status)
                return
        draft = Draft(trig.value, trig.get("subtype"), status, place, date, date_words=date_words)
        draft.add(trig)
        drafts.append(draft)

    def _specific(self, doc: Doc, d: Draft) -> bool:
        """Keep happenings, drop talk about protest in general (opinion, analysis, headings).

        An event's own sentences must name a place (a country will do in a short text), a
        date, or a figure. In a news story (a dateline, or a place or date in its lead) the
        headline and lead tell its main event, and "the shooting" later refers back to it; in
        other texts an event known only by a back-reference ("the protests") is not a new one.
        """
        if report_lines(doc) and all(line_text(doc.text, t.start).endswith(":") for t in d.triggers):
            return False  # "Timeline of the week's protests:": the heading of a list of reports
        title_end = doc.text.find("\n")
        if title_end > 0 and all(t.start < title_end and _LIST_HEADING.search(line_text(doc.text, t.start)) for t in d.triggers):
            return False  # "Iran protests: field reports": the title of the reports below it
        index = doc_index(doc)
        if _GENRE_HEAD.match(doc.text) and not any(doc.sentence_at(m.start) in d.sentences and (
                getattr(m.value, "precision", None) == "day") for m in doc.dates) \
                and d.sentences.isdisjoint(index.number_sentences) \
                and not (report_lines(doc) and any(report_line(doc, t.start) is not None for t in d.triggers)):
            return False  # "ANALYSIS — Why air strikes rarely win wars", "OPINION — Kenya's young protesters are
            # right to be angry", "Book review: ... the 1979 revolution": argument and history; only a happening
            # told with its day or its figures (or on a line of a list of field reports) is news
        if d.place.nationwide or not d.sentences.isdisjoint(index.placed):
            return True
        if not d.sentences.isdisjoint(index.featured):
            return True  # a village, street or base the gazetteer lacks ("near the village of al-Norfolk") is a place too
        if not d.sentences.isdisjoint(index.dated):
            return True
        if any(_TIME_WORDS.search(doc.sentences[i].text) for i in d.sentences):
            return True  # "on Friday" without a publication date to resolve it
        if _is_news(doc):
            return True  # the story's later sentences tell parts of the same news
        lines = {a for t in d.triggers if (a := report_line(doc, t.start)) is not None}
        if lines and any(line_start(doc.text, m.start) in lines for m in (*doc.places, *doc.dates)):
            return True  # a line of a list of field reports, with a place or date, reports a happening
        backref = all(_anaphoric(doc.text, t.start) or _generic_use(doc.text, t) for t in d.triggers)
        if len(doc.sentences) <= 3 and not backref:
            return len(doc.sentences) == 1 or any(getattr(m.value, "precision", None) == "country" for m in doc.places)
        return False

    # ------------------------------------------------------------ numbers
    def _assign_numbers(self, doc: Doc, drafts: list[Draft]) -> dict[int, list[tuple[Claim, str]]]:
        out: dict[int, list[tuple[Claim, str]]] = {}
        firsts = [min(t.start for t in d.triggers) for d in drafts]
        sentences = [sorted(d.sentences) for d in drafts]
        nearest: dict[tuple, Optional[Draft]] = {}  # figures of one sentence and kind go together
        verbs = _verb_ends(drafts)  # where a verb trigger ends, and its drafts (see _object_of_verb)
        told = {i for d in drafts for i in d.sentences}
        for num, si in zip(doc.numbers, doc_index(doc).number_sentences):
            if si not in told and _old_times(doc, si):
                continue  # "... a feud over routes in 2021 that left more than 80 people dead": the toll of a
                # happening long past, told in a sentence of no event of the report's, counts for none of them
            kind = num.flags.get("kind")
            clause = _clause_at(doc, si, num.start)
            types = COUNT_TYPES.get(kind, ())
            if kind == "participants" and _STRIKERS_AFTER.match(doc.text, num.end):
                types = _STRIKE_FIRST  # "said about 2 million workers took part" after a march and a strike: the strike's
            if (si, kind, clause, types) not in nearest:
                nearest[si, kind, clause, types] = self._nearest(drafts, firsts, sentences, si, types, doc, clause)
            best = nearest[si, kind, clause, types]
            if best is not None and kind in ("fatalities", "injuries") \
                    and (shot := _object_of_verb(verbs, num, COUNT_TYPES.get(kind, ()))) and best not in shot:
                best = shot[0]  # "fired tear gas at protesters after an officer fatally shot a 20-year-old": the shooting's dead
            if best is not None and best.type == "repression" and kind in ("fatalities", "injuries") \
                    and _FORCES_COUNTED.match(doc.text, num.end) \
                    and (fought := self._nearest(drafts, firsts, sentences, si, _FORCES_HURT_BY, doc, clause)) is not None:
                best = fought  # "249 officers injured" in a night of riots: the rioters' toll on the police, not
                # the police's on a crowd
            elif best is not None and kind in ("fatalities", "injuries") and (best.type in _CROWD_TYPES or best.type == "repression") and (
                    g := _GRIEVANCE_DEATH.search(doc.text, max(0, num.start - 60), num.start)) is not None \
                    and (best.type in _CROWD_TYPES or _ANGER_OVER.match(g.group(0))):
                # "protests over the death of a young woman in police custody": the crowd's grievance, not
                # its toll (nor the toll of the tear gas fired at them: "as anger spread over the death of
                # a 22-year-old"); the killing's own event counts it ("over the killing of a teenager"), if told
                best = next((d for d in drafts if d.type not in _CROWD_TYPES
                             and any(g.start() <= t.start < num.start for t in d.triggers)), None)
            elif best is not None and (town := _town_of_figure(doc, num)) is not None:
                # "40,000 in Berlin and 10,000 in Paris": each figure counts for its own town's event
                best = next((d for d in drafts if d.type == best.type and si in d.sentences and d.place == town), None) \
                    or next((d for d in drafts if d.type == best.type and town.geonames_id is not None
                             and d.place.geonames_id == town.geonames_id
                             and gap_to_nearest(sorted(d.sentences), si) <= 2), best)  # (or one told just before there)
            elif best is not None and not best.place.nationwide and _nationwide_clause(doc, si, num) \
                    and (whole := _nationwide_draft(drafts, best, kind)) is not None:
                best = whole  # "Some 40,000 farmers took part across the country": the nationwide event's figure
                # ("12 people had died across the country" after a riot in one town: the nationwide unrest's)
            elif best is not None and not best.place.nationwide and kind == "participants":
                # "Hundreds of thousands marched across Germany, including 40,000 in Berlin": a figure told
                # for no town counts for the nationwide event its own words also make
                own = {t.start for t in best.triggers if t.flags.get("sentence") == si}
                best = next((d for d in drafts if d.type == best.type and d.place.nationwide and si in d.sentences
                             and any(t.start in own for t in d.triggers)), best)
            if best is not None and kind == "participants" and (drew := _drawn_by(doc, drafts, num)) is not None:
                best = drew  # "the second march this year, after an April protest that drew hundreds of thousands": April's
            if best is not None:
                out.setdefault(id(best), []).append((num.value, kind))
        return out

    def _nearest(self, drafts: list[Draft], firsts: list[int], sentences: list[list[int]], si: int,
                 types: tuple, doc: Optional[Doc] = None, clause: Optional[tuple] = None) -> Optional[Draft]:
        """The draft a figure in sentence ``si`` counts for: of a type it can count, in the
        nearest sentences (at most three away), of the likeliest type, first told (``firsts``:
        each draft's first trigger; ``sentences``: each draft's sentences, sorted). A figure of
        the headline or lead (``LEAD``) farther away counts for the first-told draft: the story's toll."""
        ranked = []
        for d, first, sents in zip(drafts, firsts, sentences):
            if d.type not in types:
                continue
            gap = gap_to_nearest(sents, si)
            if gap == 0 and clause is not None and not any(_clause_at(doc, si, t.start) == clause for t in d.triggers):
                gap = 0.5  # "police used tear gas on protesters in Paris; the ministry said 32,000 marched across
                # France": the figure counts for the event of its own clause first
            ranked.append((gap, types.index(d.type), first, d))
        if not ranked:
            return None
        ranked.sort(key=lambda r: r[:3])
        if ranked[0][0] <= 3:
            return ranked[0][3]
        return min(ranked, key=lambda r: (r[2], r[1]))[3] if si < LEAD else None

    # ------------------------------------------------------------ building
    def _build(self, doc: Doc, d: Draft, claims: list[tuple[Claim, str]], salience: float) -> Event:
        rid = doc.report.id
        counts = counts_by_kind(claims)
        hits = self._issue_hits(doc, d)
        labels = {label for _, _, label in hits}
        if doc.report.title and not doc.text.startswith(doc.report.title):
            labels.update(self.issues.issues_in(doc.report.title))
        issues = tuple(label for label in self.issues.labels if label in labels)
        named = actor_words(doc, d)
        actors = [Actor(m.value.name, role) for m, role in named]
        evidence = trigger_evidence(doc, d)
        evidence += value_evidence(doc, d, named, hits)
        evidence += grievance_evidence(doc, d.triggers)
        event_id = content_id([rid, d.type, d.place.to_json(), d.date.start, d.triggers[0].start], prefix="ev-")
        return Event(event_id=event_id, report_ids=(rid,), type=d.type, subtype=d.subtype, status=d.status,
                     date=d.date, place=d.place, actors=tuple(actors), issues=issues, counts=counts,
                     evidence=tuple(evidence), confidence=event_confidence(d, bool(claims)), salience=salience)

    def _issue_hits(self, doc: Doc, d: Draft) -> list[tuple[int, int, str]]:
        """(start, end, label) of the report's issue words inside the event's sentences (the
        sentence of each word is found once per report)."""
        index = doc_index(doc)
        if index.issue_hits is None:
            index.issue_hits = [(hit, doc.sentence_at(hit[0])) for hit in self.issues.doc_hits(doc)]
        return [hit for hit, si in index.issue_hits if si in d.sentences]


_ARMED = Caseless(r"\b(?:gunm[ae]n|militants?|insurgents?|rebels?|jihadists?|bombers?|terrorists?|assailants?|"
                  r"attackers?|shooters?|suspects?|robbers?|killers?|armed (?:men|group))\b")
_WEAPON = Caseless(r"\b(?:guns?|shotguns?|rifles?|pistols?|handguns?|revolvers?|firearms?|knife|knives|"
                   r"machetes?|gunshots?|gunfire|stabbed|shot)\b")  # a killing with a weapon is no disaster's toll
# armed men who are no state force, as the subject of the words after them (no clause break between)
_ARMED_SUBJECT = re.compile(r"\b(?:gunm[ae]n|militants?|insurgents?|rebels?|jihadists?|assailants?|attackers?|shooters?|"
                            r"armed (?:men|group|assailants))\b[^.;:!?]{0,40}$", re.I)
_CROWD_CONTROL = frozenset({"tear gas", "water cannon", "dispersal", "rubber bullets", "stun grenades", "beating"})
# a verb of the trigger's own: it tells a clause of its own ("after an officer fatally shot a man")
_VERBAL_TRIGGER = re.compile(r"(?:ed|shot|shot dead|shot and killed|slain)$", re.I)


def _after_clause(doc: Doc, d: Draft, trig: Mention) -> bool:
    """Whether ``trig`` tells, in a clause opened by "after" after the draft's trigger in the same
    sentence, a happening of its own (its own verb: "fired tear gas ... after an officer fatally shot
    a 20-year-old", not "fired tear gas after the rally"). Asked of drafts of force to control a crowd
    only (``_CROWD_CONTROL``): "a man was killed after he was shot" is one happening told twice."""
    si = trig.flags.get("sentence")
    before = [t.end for t in d.triggers if t.flags.get("sentence") == si and t.end <= trig.start]
    if not before or not _VERBAL_TRIGGER.search(trig.text):
        return False
    seg = doc.text[max(before):trig.start]
    at = seg.rfind(" after ")
    return at >= 0 and len(seg) - at <= 80 and not any(c in seg[at:] for c in ".;")


def _verb_ends(drafts: list[Draft]) -> dict[int, list[Draft]]:
    """The end offsets of the drafts' verb triggers ("shot", "killed"), each with its drafts in order."""
    out: dict[int, list[Draft]] = {}
    for d in drafts:
        for t in d.triggers:
            if _VERBAL_TRIGGER.search(t.text) and d not in (got := out.setdefault(t.end, [])):
                got.append(d)
    return out


def _object_of_verb(verbs: dict[int, list[Draft]], num: Mention, types: tuple) -> list[Draft]:
    """The drafts whose trigger, a verb, has the figure for its object right after it ("fatally shot a
    20-year-old", "killed 12 protesters"), of a type the figure may count (several when the verb is
    placed in several towns); ``verbs`` from :func:`_verb_ends`."""
    got = verbs.get(num.start - 1, []) + verbs.get(num.start, [])
    return [d for d in got if d.type in types]


def _nationwide_draft(drafts: list[Draft], best: Draft, kind: str) -> Optional[Draft]:
    """The nationwide draft a figure told for the whole country counts for instead of ``best``: one
    of its type, else for a crowd's toll the nationwide crowd event (None if there is none)."""
    whole = next((d for d in drafts if d.type == best.type and d.place.nationwide), None)
    if whole is None and best.type in _CROWD_TYPES and kind in ("fatalities", "injuries"):
        whole = next((d for d in drafts if d.place.nationwide and d.type in _CROWD_TYPES), None)
    return whole


_FORCES = re.compile(r"\b(?:police|security forces|riot police|troops|soldiers|army|guards?|basij|irgc|officers)\b", re.I)
_RAID_WORD = re.compile(r"raid|storm", re.I)
# part of the crowd just told, as the subject: "..., some attacking the embassy"
_SOME_OF_THEM = re.compile(r",\s+(?:some|many|several|a\s+few|others|dozens|hundreds)(?:\s+of\s+them)?\s+$", re.I)
# the forces as a source only: "police said", "according to the police"
_FORCES_SAID = re.compile(r"\s+(?:said|say|says|told|reported|added)\b")
_ACCORDING_TO = re.compile(r"\baccording\s+to\s+(?:the\s+)?$", re.I)


_THE_BEFORE = re.compile(r"\b(?:the|this)\s+$", re.I)  # "condemned the attack" (not "said that Hernandez shot")


def _names_other_place(doc: Doc, trig: Mention, there: Place) -> bool:
    """Whether the trigger's sentence names a town (the dateline's counts), or a state or country
    other than ``there``'s."""
    sent = doc.sentences[trig.get("sentence")]
    for m in doc.places:
        v = m.value
        if not sent.start <= m.start < sent.end or not isinstance(v, Place):
            continue
        if v.precision == "city" or v.precision == "admin1" and (v.country, v.admin1) != (there.country, there.admin1) \
                or v.precision == "country" and v.country != there.country:
            return True
    return False


def _names_attack_told(doc: Doc, t: Mention, triggers: list[Mention]) -> bool:
    """ "the attack" named again after an attack told in an earlier sentence ("The chief minister
    condemned the attack and announced compensation for the families of the dead officers"): that
    attack, whatever the forces or crowds its sentence names."""
    return t.text.lower() in ("attack", "attacks") and _anaphoric(doc.text, t.start) \
        and any(o.value == "attack" and o.start < t.start and o.get("sentence") != t.get("sentence") for o in triggers)


def _forces_act(sentence: str) -> bool:
    """Whether the sentence names security forces other than as its source."""
    return any(not _FORCES_SAID.match(sentence, m.end()) and not _ACCORDING_TO.search(sentence, max(0, m.start() - 20), m.start())
               for m in _FORCES.finditer(sentence))
CROWD_TYPES = ("protest", "strike", "riot", "repression")

# Armed clashes (ACLED's battles, PLOVER's FIGHT): an organised armed group and state or militia
# forces in the same sentence as the attack ("Taliban fighters attacked a checkpoint, killing 12
# soldiers"; the trigger stage flags it ``armed_sides``, the word lists are in
# lexicon/context.toml). An attack on civilians or by lone gunmen stays an attack, and killing
# one leader is an assassination, not a battle ("guerrillas killed the deputy chief of the militia").
_ONE_TARGET = re.compile(r"\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:chief|commander|leader|head|governor|mayor|minister|official|"
                         r"judge|journalist|cleric|imam|priest|envoy|ambassador|general|colonel|spokesman|spokeswoman)\b", re.I)


_LIGHTNING = Caseless(r"\blightning\b")
_CROWD = Caseless(r"\b(?:protest\w*|demonstrat\w*|crowds?|marchers|rall(?:y|ies)|strikers|rioters|mourners|"
                  r"gathering|sit-in|unrest)\b")


DEATH_AFTER_FIRE = 2  # a death told this many sentences after the forces' fire is that fire's toll


# dead told as the crowd event's own, with no one named who killed them: "were killed in the unrest",
# "have died during the protests", "have been killed across the country since the protests began"
_KILLED_IN_CROWD = re.compile(r"(?:\s+across\s+the\s+country|\s+nationwide)?\s+(?:in|during|amid|since)\s+(?:the\s+)?(?:[\w-]+\s+)?"
                              r"(?:unrest|protests|demonstrations|riots|rioting|disturbances|violence|uprising)\b", re.I)
_KILLED_IN_LINKED = re.compile(r"\s+in\s+(?:the\s+)?(?:[\w-]+\s+)?(?:violence|clashes|unrest|attacks)\s+(?:linked|related|connected|tied)\s+"
                               r"to\s+(?:the|a|an|their|its)\s+(?:[\w'’-]+\s+){0,2}?(?:strikes?|protests?|demonstrations?|"
                               r"stoppages?|walkouts?|shutdowns?|marches|rallies|unrest|uprising)\b", re.I)
_PASSIVE_BEFORE = re.compile(r"\b(?:were|was|had\s+been|have\s+been|has\s+been|being)\s+(?:reportedly\s+)?$", re.I)
_THE_SHOOTING = re.compile(r"\b(?:the|this|that)\s+$", re.I)
_ARMED_WORD = Caseless(r"\barmed\b(?!\s+with\s+(?:sticks|stones|rocks|clubs|batons|bats|rods|bricks))")
_CIVIL_ATTACKERS = re.compile(r"\b(?:government|ruling\s+party|regime|party|rival)?\s*(?:supporters|loyalists|thugs|mobs?|vigilantes|"
                              r"hooligans|militiamen)\s+(?:(?!(?:in|at|on|during|after|from|of|by|with)\s)\w+\s+)?$", re.I)
_FORCES_KILLED = re.compile(r"\b(?:(?:police|security|riot)\s+)?(?:officers?|policem[ae]n|police\s+officers?|soldiers?|"
                            r"troopers?|gendarmes?|guards?|members\s+of\s+the\s+security\s+forces|basij(?:i)?\s+members?|basijis|"
                            r"members\s+of\s+the\s+basij(?:\s+militia)?|militiamen)\s+(?:was|were|had\s+been|have\s+been)\s+"
                            r"(?:\w+\s+)?$", re.I)
_ITS_KILLING = re.compile(r"[^.;:!?]{0,80}?,\s+")  # (the fire's participle: "opened fire on mourners in Izeh, killing")
_ITS_TOLL = re.compile(r",?\s+(?:that|which)\s+(?:has\s+|had\s+)?|,\s+")  # "the collapse that killed nine", "the blast, killing"
_DISASTER_TOLL = re.compile(r"(?:\s+(?:on|in|at|near)\s+[^,.;]{1,40})?,\s+")  # "collapsed on November 1 last year, killing"
_OVER_BEFORE = re.compile(r"\b(?:over|about|against|protesting|mourning|denouncing)\s+(?:the|a|an|last\s+\w+'s)\s+(?:[\w'’-]+\s+){0,2}$", re.I)


def _retype_by_setting(doc: Doc, triggers: list[Mention]) -> list[Mention]:
    """Killings read in their setting. In a report about protests, shootings and killings by
    security forces (or of people in the crowd) are force used on the crowd: repression (bare
    "clashes" there are the crowd's: a riot); so is
    a death told just after the forces fired (the wounded man died in hospital). Next
    to a disaster, "killing three people" tells the disaster's toll, not an armed attack (but
    "killing his wife with a shotgun" before the house fire is the attack)."""
    crowd = [t for t in triggers if t.value in CROWD_TYPES and t.text.lower() not in ("vigil", "vigils")]
    # (not a disaster told as a crowd's grievance: "demonstrations over the port explosion; one police
    # officer was killed" tells the riot's dead, not the blast's)
    disasters = [t for t in triggers if t.value == "disaster"]
    grieved = [t for t in disasters if _OVER_BEFORE.search(doc.text, max(0, t.start - 40), t.start)]
    fired = [t.get("sentence") for t in triggers if t.value == "repression" and t.get("subtype") == "live fire"]
    fire_ends: dict[int, int] = {}  # sentence -> end of the forces' fire told in it (as read below, in order)
    says = _SentenceWords(doc)
    rammings = {t.get("sentence") for t in triggers if t.get("subtype") == "vehicle ramming"}
    rammed = rammings.__contains__  # "a car plowed into the crowd, killing one": the driver's attack
    forced = any(t.value == "repression" for t in triggers)  # force used on a crowd, told somewhere
    riots = {t.get("sentence") for t in triggers if t.value == "riot"}
    clashed = {t.get("sentence") for t in triggers if t.value == "attack" and t.get("subtype") == "armed clash"
               and t.text.lower().startswith("clash") and not t.flags.get("armed_sides")
               and not says(_ARMED, t.get("sentence")) and not says(_WEAPON, t.get("sentence"))
               and not says(_ARMED_WORD, t.get("sentence")) and _forces_act(doc.sentences[t.get("sentence")].text)}
    out = []
    for t in triggers:
        si, subtype = t.flags.get("sentence"), t.flags.get("subtype")
        if t.value == "repression" and subtype == "live fire" and _ARMED_SUBJECT.search(doc.text, max(0, t.start - 60), t.start) \
                and not _forces_act(re.split(r"[.;:!?]", doc.text[max(0, t.start - 80):t.start])[-1]):
            # "gunmen on motorbikes opened fire on a crowd": an armed attack, not the state's fire
            t = replace(t, value="attack", extra=_with(t.extra, "subtype", "shooting"))
            subtype = "shooting"
        elif t.value == "repression" and subtype == "live fire":
            fire_ends[si] = t.end
        elif t.value == "attack" and subtype == "shooting" and crowd \
                and any(f < si and _forces_act(doc.sentences[f].text) for f in fire_ends) \
                and _THE_SHOOTING.search(doc.text, max(0, t.start - 6), t.start):
            # "security forces then opened fire on the crowd ... State television blamed 'terrorists' for the
            # shooting": the fire told before, again
            t = replace(t, value="repression", extra=_with(t.extra, "subtype", "live fire"))
            subtype = "live fire"
        if t.value == "repression" and subtype in ("lethal force", "live fire") and not says(_FIRING, si) \
                and any(o.get("sentence") == si and o.end <= t.start and _DISASTER_TOLL.fullmatch(doc.text, o.end, t.start)
                        for o in disasters):
            # "the canopy of the station collapsed on November 1 last year, killing 16 people": the collapse's toll
            t = replace(t, value="disaster", extra=_with(t.extra, "subtype", next(
                o.get("subtype") for o in disasters if o.get("sentence") == si and o.end <= t.start)))
            subtype = t.get("subtype")
        if t.value == "attack" and subtype in ("shooting", "armed assault") and si in fire_ends \
                and fire_ends[si] <= t.start and _ITS_KILLING.fullmatch(doc.text, fire_ends[si], t.start):
            # "forces opened fire on mourners at a memorial in Izeh, killing at least seven": the fire's dead
            t = replace(t, value="repression", extra=_with(t.extra, "subtype", "live fire"))
            subtype = "live fire"
        elif t.value == "attack" and subtype in ("shooting", "armed assault") and t.flags.get("armed_sides") \
                and not _ONE_TARGET.match(doc.text, t.end):
            t = replace(t, extra=_with(t.extra, "subtype", "armed clash"))
        elif t.value == "attack" and subtype in ("shooting", "armed assault", "armed clash") and not says(_ARMED, si) \
                and not _names_attack_told(doc, t, triggers):
            if subtype == "armed assault" and not says(_WEAPON, si) and says(_LIGHTNING, si):
                t = replace(t, value="disaster", extra=_with(t.extra, "subtype", "storm"))  # "lightning killed three farmers"
            elif subtype in ("armed assault", "armed clash") and not says(_WEAPON, si) and \
                    any(abs(o.get("sentence") - si) <= 1 and (o not in grieved or _ITS_TOLL.fullmatch(doc.text, o.end, t.start))
                        for o in disasters):  # (a grievance's toll only in its own words: "the collapse that killed nine")
                t = replace(t, value="disaster", extra=_with(t.extra, "subtype", disasters[0].get("subtype")))
            elif crowd and not rammed(si) and subtype == "armed assault" and says(_ROAD_DEATH, si) and not says(_WEAPON, si):
                # "one woman was killed when a driver panicked at a roadblock": a road accident at the protest;
                # "when a driver rammed the roadblock": the driver's attack
                t = replace(t, value="attack", extra=_with(t.extra, "subtype", "vehicle ramming")) if says(_RAMMED, si) \
                    else replace(t, value="disaster", extra=_with(t.extra, "subtype", "accident"))
            elif crowd and not rammed(si) and not says(_ACCUSED, si) \
                    and (says(_CROWD, si) or any(abs(o.get("sentence") - si) <= 1 for o in crowd)):
                if subtype == "armed clash" and t.text.lower().startswith(("clash", "fought", "fight")):
                    # "a general strike ... Clashes in Chittagong left two dead": the crowd clashed, no one fired on it
                    t = replace(t, value="riot", extra=_with(t.extra, "subtype", "violent demonstration"))
                elif _CIVIL_ATTACKERS.search(doc.text, max(0, t.start - 40), t.start) \
                        or t.text.split()[0].lower().endswith(("ing", "ed")) and _SOME_OF_THEM.search(doc.text, max(0, t.start - 30), t.start) \
                        and any(o.get("sentence") == si and o.end <= t.start for o in crowd):  # (not "several shots were fired")
                    # "government supporters attacked peaceful protesters": a mob, not the state's force ("supporters
                    # of the junta rallied ..., some attacking the French embassy": the crowd's own)
                    t = replace(t, value="riot", extra=_with(t.extra, "subtype", "mob violence"))
                elif _FORCES_KILLED.search(doc.text, max(0, t.start - 50), t.start):
                    # "one police officer was killed": the crowd's violence, not force used on it (officers
                    # shot dead by a gunman at a march: an attack on them, left as it was read)
                    if not says(_FIRING, si):
                        t = replace(t, value="riot", extra=_with(t.extra, "subtype", "violent demonstration"))
                elif _KILLED_IN_LINKED.match(doc.text, t.end) and _PASSIVE_BEFORE.search(doc.text, max(0, t.start - 20), t.start) \
                        and not _forces_act(doc.sentences[si].text) and not says(_FIRING, si):
                    continue  # "Five people have been killed in violence linked to the strike": the strike's toll, by no
                    # one the text names
                elif _KILLING_WORD.search(t.text) and not forced and (near := [r for r in riots if abs(r - si) <= 1]) \
                        and not any(_forces_act(doc.sentences[i].text) for i in {si, *near}):
                    # "crowds set fire to homes of ruling party politicians. Five people were killed, police
                    # said": deaths told beside the crowd's own violence, in a report of no force used on
                    # it, whose sentences name no force (the police as the source only): the riot's toll
                    # (not "workers clashed with police ... two workers were killed")
                    t = replace(t, value="riot", extra=_with(t.extra, "subtype", "violent demonstration"))
                elif _KILLED_IN_CROWD.match(doc.text, t.end) and _PASSIVE_BEFORE.search(doc.text, max(0, t.start - 20), t.start) \
                        and not _forces_act(doc.sentences[si].text) and not says(_FIRING, si):
                    continue  # "12 people had been killed in the unrest": the unrest's dead, by no one the text
                    # names (no force used on the crowd is told: the toll stays the crowd's event's)
                elif _KILLING_WORD.search(t.text) and _WHERE_KILLED.search(doc.text, max(0, t.start - 60), t.start):
                    continue  # "stormed the hospital where the doctor was killed": the place told by its past, no event
                elif _KILLING_WORD.search(t.text) and _CRIME_BEFORE.search(doc.text, max(0, t.start - 40), t.start):
                    pass  # "protests over the rape and murder of a trainee doctor": a crime, not the forces' killing
                elif _KILLING_WORD.search(t.text) and any(o.value == "attack" and o.get("subtype") in _STRIKES_FROM_AFAR
                                                          and 0 <= si - o.get("sentence") <= 1 for o in triggers):
                    pass  # "Drones struck a fuel depot ... three civilians were killed" (a march condemned it): the strike's toll
                elif _KILLING_WORD.search(t.text) and not (_SPREE.search(doc.text, max(0, t.start - SPREE_REACH), t.end) and not _forces_act(doc.sentences[si].text)):
                    # (but "protests against violence that followed two mass shootings": a gunman's spree, no
                    # force used on a crowd, unless the sentence names the forces)
                    t = replace(t, value="repression", extra=_with(t.extra, "subtype", "live fire"))
                elif t.text.lower() == "stormed" and any(o.value in ("riot", "protest") and o.get("sentence") == si and o.end <= t.start
                                                         and not _FORCES.search(doc.text, o.end, t.start) for o in triggers):
                    # "rioters in Dehdasht set fire to a bank and stormed the police station", "protesters angry over
                    # polluted water stormed the provincial building": the crowd stormed it
                    t = replace(t, value="riot", extra=_with(t.extra, "subtype", "violent demonstration"))
                elif _forces_act(doc.sentences[si].text) or _RAID_WORD.search(t.text):
                    # "dawn raids", "police stormed the square": force on the crowd, not a killing
                    t = replace(t, value="repression", extra=_with(t.extra, "subtype", None))
                # (else no force is named: "schoolgirls were hospitalised after suspected gas attacks on their
                # schools; parents protested" tells an attack by no one the text names, left as read)
            elif si in clashed and (t.text.lower().startswith("clash")
                                    or _FORCES_KILLED.search(doc.text, max(0, t.start - 50), t.start)):
                # "Five police officers were killed and 300 dervishes arrested after clashes in north Tehran": a
                # crowd's clash with the police, no armed group named (and the officers its dead)
                t = replace(t, value="riot", extra=_with(t.extra, "subtype", "violent demonstration"))
        elif t.value == "attack" and subtype is None and any(0 <= si - f <= DEATH_AFTER_FIRE for f in fired):
            t = replace(t, value="repression")  # "the forces shot him on 19 Dey. ... He died on 30 Dey."
        if t.value == "repression" and t.flags.get("subtype") == "live fire" and t.text.isascii() \
                and not says(_FIRING, si):
            # "security forces killed 17 people": force that killed, but no word of shooting
            t = replace(t, extra=_with(t.extra, "subtype", "lethal force"))
        out.append(t)
    return out


# Someone charged with or accused of a killing at a protest: a person's attack, not the forces' ("a
# 17-year-old was charged with killing two people during protests")
_ACCUSED = Caseless(r"\b(?:charged with|accused of|suspected of|convicted of|arrested (?:for|in connection with)|"
                    r"indicted (?:for|on))\s+(?:[\w'’-]+\s+){0,3}?(?:kill\w*|murder\w*|deaths?|shoot\w*|shot|stab\w*|"
                    r"manslaughter|homicides?|slaying|attack\w*|assault\w*)\b")  # (not "arrested for public violence and arson")
# A death on the road: "killed when a driver panicked", "hit by a car", "run over by a truck"
_ROAD_DEATH = Caseless(r"\b(?:when|after|as)\s+(?:a|an|the|her|his|their)\s+(?:[\w-]+\s+)?(?:driver|motorist|car|vehicle|truck|"
                       r"lorry|van)\b(?!\s+(?:chase|bomb|jacking|park|wash|dealer|thie|window|door))|\b(?:hit|struck|run\s+over|knocked\s+down)"
                       r"\s+by\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:car|vehicle|truck|lorry|van|bus|driver|motorist)\b")
_RAMMED = Caseless(r"\b(?:driver|motorist|car|vehicle|truck|lorry|van)\s+(?:deliberately\s+)?(?:plow|plough|ram|slamm|barrel|mow)\w*")
_SPREE = re.compile(r"(?:mass|school|spree|rampage)\s+shootings?|shooting\s+(?:spree|rampage)", re.I)
SPREE_REACH = 40  # characters before a killing's word its spree may be named ("after a school shooting killed six")
_WHERE_KILLED = re.compile(r"\b(?:where|in\s+which)\s+(?:the|a|an|his|her|their)\s+(?:[\w-]+\s+){0,3}(?:was|were|had\s+been)\s+$", re.I)
_CRIME_BEFORE = re.compile(r"\b(?:rape|raped|gang-?rape|sexual\s+assault|robbery|kidnapping)\s+(?:and\s+)?$|\brape-$", re.I)
# A trigger that tells a killing or a shooting itself (not "raids", "attacked", "stormed")
_KILLING_WORD = re.compile(r"kill|murder|massacre|slain|slay|shot|shoot|gun|fire|stab", re.I)
# Words of shooting: without them, a killing by the forces is "lethal force", not "live fire"
_FIRING = Caseless(r"\b(?:shot|shoot\w*|fir(?:e|ed|es|ing)(?<!set fire)(?<!setting fire)(?!\s+to\b)|gunfire|gunshots?|guns?|bullets?|rounds|ammunition|"
                   r"rifles?|snipers?|machine-?guns?|gunned)\b")


class _SentenceWords(dict):
    """Whether a pattern is found in a sentence, searched once per pattern and sentence (a
    sentence often holds several triggers): ``says(pattern, sentence_index)``."""

    def __init__(self, doc: Doc):
        super().__init__()
        self.sentences = doc.sentences

    def __call__(self, rx: Caseless, si: int) -> bool:
        key = (id(rx), si)
        got = self.get(key)
        if got is None:
            got = self[key] = rx.search(self.sentences[si].text) is not None
        return got


def _with(extra: tuple, key: str, value) -> tuple:
    return tuple((k, value if k == key else v) for k, v in extra)


def _weight(d: Draft) -> int:
    """The event's mentions, one in the headline or lead counting twice."""
    return sum(2 if t.flags.get("sentence") <= 1 else 1 for t in d.triggers)


# strikers as the subject right before a blockade's words: "strikers are still blocking roads into Bogotá",
# "striking truckers blocked the highway", "dockers on strike blocked the port gates"
_STRIKERS_BEFORE = re.compile(r"\b(?:strikers|striking\s+[\w'’-]+|[\w'’-]+\s+on\s+strike)\s+(?:(?:are|were|have|had|has|also|still|"
                              r"again|then|later|had\s+been|have\s+been)\s+)*$", re.I)


def _strikers_blockades(doc: Doc, triggers: list[Mention]) -> list[Mention]:
    """A blockade strikers keep up is their strike's own action, told in each town it reaches (a strike
    there), not a protest of its own."""
    out = []
    for t in triggers:
        if t.value == "protest" and t.get("subtype") == "blockade" \
                and _STRIKERS_BEFORE.search(doc.text, max(0, t.start - 50), t.start):
            t = replace(t, value="strike", extra=_with(t.extra, "subtype", None))
        out.append(t)
    return out


def _outside_place_names(doc: Doc, triggers: list[Mention]) -> list[Mention]:
    """Triggers that are not words of a place's name ("Baton Rouge" holds no batons)."""
    names = sorted((m.start, m.end) for m in doc.places  # gazetteer names; not a "... Park" read from a title
                   if m.end - m.start > 3 and m.get("feature") in ("city", "admin1", "country"))
    if not names:
        return triggers
    starts = [a for a, _ in names]
    out = []
    for t in triggers:
        i = bisect_right(starts, t.start) - 1
        if not (i >= 0 and t.end <= names[i][1] and (t.start, t.end) != names[i]):
            out.append(t)
    return out


def _forecast(d: Draft) -> bool:
    """A disaster still to come ("heavy rain is expected on Thursday") is a forecast: nobody
    plans a flood, and until it strikes there is no event to record."""
    return d.type == "disaster" and d.status == "planned"


def _type_weights(drafts: list[Draft]) -> dict[str, int]:
    """The report's mentions of each type (see :func:`_weight`)."""
    out: dict[str, int] = {}
    for d in drafts:
        out[d.type] = out.get(d.type, 0) + _weight(d)
    return out


def _salience(d: Draft, weights: dict[str, int]) -> float:
    """How much of the report is about this event: its share of the report's mentions of its
    type (``weights``, see :func:`_type_weights`), counting a mention in the headline or lead twice."""
    total = weights.get(d.type, 0)
    return _weight(d) / total if total else 1.0


def _date_key(doc: Doc, trig: Mention) -> tuple:
    """Which event date a trigger takes: triggers of one sentence and type share it, worked out
    from the first of them when first needed (see :func:`_sentence_date`): "man arrested after
    boy shoots himself" dates the arrest and the shooting apart."""
    si = trig.flags.get("sentence")
    sent = doc.sentences[si]
    key = (si, trig.flags.get("status") == "planned", trig.value, "grievance" in trig.flags,
           trig.value in _CROWD_TYPES and _rival(doc, trig),  # (the other side's crowd is dated by its own words)
           _clause_of(doc, si, trig.start), clause_bounds(doc.text, sent.start, sent.end, trig.start, trig.end),
           _named_by_date(doc, trig))  # ("It was the second march this year, after an April protest": April's own)
    doc.context.setdefault("event_date_triggers", {}).setdefault(key, trig)
    return key


_DREW = re.compile(r"\s+(?:that|which)\s+(?:had\s+)?(?:drew|drawn|attracted|brought\s+out|mobili[sz]ed)\s+"
                   r"(?:(?:some|about|around|up\s+to|over|more\s+than|nearly|at\s+least|an\s+estimated)\s+)?", re.I)


def _drawn_by(doc: Doc, drafts: list[Draft], num: Mention) -> Optional[Draft]:
    """The draft whose trigger the figure's relative clause follows: "a protest that drew 5,000"."""
    return next((d for d in drafts if d.type in _CROWD_TYPES for t in d.triggers
                 if 0 < num.start - t.end <= 40 and _DREW.fullmatch(doc.text, t.end, num.start)), None)


def _dated_here(doc: Doc, trig: Mention, words: Optional[Mention]) -> bool:
    """Whether the trigger's date is told in its own sentence."""
    return words is not None and doc.sentence_at(words.start) == trig.get("sentence")


def _named_by_date(doc: Doc, trig: Mention) -> Optional[int]:
    """The start of a date written right before a crowd's trigger as its name ("an April protest", "the
    May 3 march"), if any (a shooting named by its day is most often the story's own, told again)."""
    if trig.value not in _CROWD_TYPES:
        return None
    return next((m.start for m in doc.dates if 0 <= trig.start - m.end <= 1 and m.start >= trig.start - 40), None)


# A relative clause set off by commas ("Farmers, who in November, 2018 held a week of protests,
# gathered again on Thursday"): what it tells happened at its own time. (A comma before a digit
# is a date's: "November, 2018".)
_RELATIVE = re.compile(r",\s+(?:who|which)\s(?:[^,.;]|,(?=\s*\d))*,|"
                       r"\b(?:killed|injured|wounded)\s+when\s(?:[^,.;]|,(?=\s*\d))*")  # ("... to mourn the 15 people
# killed when a canopy collapsed in Novi Sad in November": the collapse's own time)


def _relative_clauses(doc: Doc, si: Optional[int]) -> list[tuple[int, int]]:
    """The dated relative clauses of sentence ``si``, when its main clause has a date of its own
    (worked out once a sentence)."""
    memo = doc.context.setdefault("relative_clauses", {})
    if si not in memo:
        out = []
        sent = doc.sentences[si] if si is not None else None
        if sent is not None and (", who " in sent.text or ", which " in sent.text or " when " in sent.text):
            for m in _RELATIVE.finditer(sent.text):
                a, b = sent.start + m.start(), sent.start + m.end()
                if any(a <= d.start < b for d in doc.dates):
                    out.append((a, b))
            if not any(sent.start <= d.start < sent.end and not any(a <= d.start < b for a, b in out)
                       for d in doc.dates):
                out = []  # no time of the main clause's own to set apart ("Emma, who died Friday after ...")
        memo[si] = out
    return memo[si]


# the crowd force was used on, named inside the force's own words: "opened fire on protesters", "fired tear gas at demonstrators"
_CROWD_IN_FORCE = re.compile(r"\b(?:protesters|protestors|demonstrators|marchers)\b", re.I)  # (mourners: a funeral's crowd)


def _implied_crowds(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """A protest for force used on protesters when the report tells no crowd event of its own ("Hengaw
    said security forces opened fire on protesters in Sanandaj on Friday night, killing at least 3"):
    the crowd was there, and the force is told apart from it (ACLED's protest with intervention)."""
    if any(d.type in _CROWD_TYPES for d in drafts):
        return []
    out: list[Draft] = []
    for d in drafts:
        if d.type != "repression" or d.status != "occurred" or d.subtype in _OWN_HAPPENINGS:
            continue
        for t in d.triggers:
            m = _CROWD_IN_FORCE.search(t.text)
            if m is None or "grievance" in t.flags:
                continue
            crowd = Mention.flagged("trigger", t.start + m.start(), t.start + m.end(), m.group(), value="protest",
                                    method="lexicon", confidence=0.6,
                                    extra=(("subtype", None), ("status", "occurred"), ("sentence", t.get("sentence"))))
            if not any(o.type == "protest" and _compatible_place(o.place, d.place) for o in out):
                implied = Draft("protest", None, "occurred", d.place, d.date, date_words=d.date_words)
                implied.add(crowd)
                out.append(implied)
            break
    return out


_STRIKES_FROM_AFAR = frozenset({"air strike", "shelling", "bombing", "suicide bombing", "grenade", "chemical weapon"})
_FINAL_DAY = re.compile(r"\band\s+(?:final|last)\b", re.I)


def _historic_starts(doc: Doc) -> frozenset:
    """Starts of the report's date mentions that lie more than ``HISTORY_YEARS`` before it (once a report)."""
    got = doc.context.get("historic_dates")
    if got is None or got[0] is not doc.dates:
        pub = report_anchor(doc)
        got = doc.context["historic_dates"] = (doc.dates, frozenset(
            m.start for m in doc.dates if pub is not None and _historic(m.value.start, pub)))
    return got[1]


def _historic(start: Optional[str], pub: Date) -> bool:
    """Whether an ISO date (day, month or year) lies more than ``HISTORY_YEARS`` before ``pub``."""
    return bool(start) and start[:4].isdigit() and int(start[:4]) < pub.year - HISTORY_YEARS


def _within_commas(text: str, lo: int, hi: int, at: int, trig: int) -> bool:
    """Whether ``trig`` stands between the commas around offset ``at`` (True too when ``at`` has no comma
    on one side within ``[lo, hi)``: no aside set off)."""
    before, after = text.rfind(",", lo, at), text.find(",", at, hi)
    return before < 0 or after < 0 or before < trig < after


def _clause_of(doc: Doc, si: Optional[int], at: int) -> Optional[int]:
    """The start of the dated relative clause holding offset ``at`` (None: the main clause)."""
    return next((a for a, b in _relative_clauses(doc, si) if a <= at < b), None)


def _sentence_date(doc: Doc, key: tuple) -> tuple[EventDate, Optional[Mention]]:
    """The event date of the triggers of ``key`` (see :func:`_date_key`) and the words that
    state it (computed once)."""
    cache = doc.context.setdefault("event_dates", {})
    if key not in cache:
        cache[key] = _trigger_date(doc, doc.context["event_date_triggers"][key])
    return cache[key]


_OWN_CLAUSE_DATE = re.compile(r",?\s+(?:which|that)\s+(?:began|started|broke\s+out|erupted|took\s+place|happened|occurred)\s+"
                              r"(?:on|in)\s+(?:the\s+)?")


def _trigger_date(doc: Doc, trig: Mention) -> tuple[EventDate, Optional[Mention]]:
    """The event date of a trigger, among the dates its line (in a list of field reports), its
    plan ("will gather on June 30"), its grievance and its clause let date it (each a test that
    a date mention must pass)."""
    if trig.flags.get("status") == "occurred" and (own := _OWN_CLAUSE_DATE.match(doc.text, trig.end)) is not None \
            and (m := next((m for m in doc.dates if m.start == own.end()), None)) is not None:
        return m.value, m  # "the uprising, which began on October 16, 1979, ...": the clause tells the noun's own day
    tests: list = []
    if report_lines(doc):  # a field-report line is dated by its own words, and its dates date nothing else
        line = report_line(doc, trig.start)
        if line is not None:
            tests.append(lambda m: report_line(doc, m.start) == line)
        else:  # the prose around a list: not dated by the list's lines, with an event word or not
            tests.append(lambda m: not list_line(doc, m.start))
    si = trig.get("sentence")
    if trig.flags.get("status") == "planned":  # "will gather on June 30": a plan states its date; a past date nearby is not it
        tests.append(lambda m: doc.sentence_at(m.start) == si)
        said = [m.start for m in doc.dates if _passes(tests, m) and (m.flags.get("speech") or m.flags.get("dateline"))]
        if said and any(_passes(tests, m) and m.start not in said for m in doc.dates):
            # "LOME, Sept 16 — the union said on Tuesday it plans a sit-in on Wednesday morning": the day of
            # the report and the day it spoke are not the plan's
            tests.append(lambda m: m.start not in said)
        pub = report_anchor(doc)
        ahead = pub.isoformat() if pub else None
        if ahead and any(_passes(tests, m) and _day_not_before(m, ahead) for m in doc.dates):
            # "crowds marched on Sunday, and activists called for new gatherings tonight": the plan's
            # date is the one not yet past, when its sentence has one; one still to come, when it has
            # one ("plan to pull down their shutters from Sunday to Tuesday, the chamber said on Thursday")
            later = (Date.fromisoformat(ahead) + timedelta(days=1)).isoformat()
            if any(_passes(tests, m) and m.value.start and m.value.start >= later and _day_not_before(m, later)
                   for m in doc.dates):
                ahead = later
            tests.append(lambda m: _day_not_before(m, ahead))
    if regions := grievance_regions(doc):  # a grievance is dated by its own clause; no other event by it
        own = trig.get("grievance")
        inside = next(((a, b) for a, b in regions if own is not None and a == own[0]), None)
        if inside is not None:
            tests.append(lambda m: inside[0] <= m.start < inside[1])
        else:
            tests.append(lambda m: not any(a <= m.start < b for a, b in regions))
    if trig.flags.get("status") != "planned" and (plans := doc.context.get("plan_dates")):
        # "crowds marched on Sunday ... activists called for new gatherings tonight": no happening is dated tonight
        tests.append(lambda m: m.start not in plans)
    sent = doc.sentences[si]
    lo, hi = clause_bounds(doc.text, sent.start, sent.end, trig.start, trig.end)
    if (lo, hi) != (sent.start, sent.end) and any(lo <= m.start < hi and not _SAID_ON.search(doc.text, max(lo, m.start - 16), m.start)
                                                  for m in doc.dates):
        # "Protests erupted in Tehran yesterday, while a strike continued for a third day": each
        # clause dated by its own words, when it has some
        tests.append(lambda m: doc.sentence_at(m.start) != si or lo <= m.start < hi)
    elif (lo, hi) != (sent.start, sent.end):
        # "... poison gas attacks since November, officials said, and parents rallied outside education
        # offices": the time another clause's happening has run since is not this clause's date
        tests.append(lambda m: not (sent.start <= m.start < sent.end and not lo <= m.start < hi
                                    and _SINCE_BEFORE.search(doc.text, max(0, m.start - 10), m.start)))
    if historic := _historic_starts(doc):
        # "... was killed and three others were wounded in the attack. He was the first officer killed since
        # the Sept. 11, 2001, attacks": a date that would make the event history dates it from its own sentence only
        tests.append(lambda m: m.start not in historic or doc.sentence_at(m.start) == si)
    if aside := frozenset(m.start for m in doc.dates if m.get("since") and sent.start <= m.start < sent.end
                          and not _within_commas(doc.text, sent.start, sent.end, m.start, trig.start)):
        # "Nurses in Nairobi, on strike since Monday, marched on Thursday": a time since which a state set
        # off by commas has held dates nothing outside those commas
        tests.append(lambda m: m.start not in aside)
    if (fronted := YEARS_AFTER_CLAUSE.match(doc.text, sent.start, sent.end)) is not None and trig.start >= fronted.end():
        # "Fifty-seven years after soldiers opened fire on students in 1968, thousands marched on Thursday":
        # the fronted clause's time is what it recalls, not the main clause's
        tests.append(lambda m: not sent.start <= m.start < fronted.end())
    if _relative_clauses(doc, si):  # a clause's own time dates its own words
        clause = _clause_of(doc, si, trig.start)
        tests.append(lambda m: _clause_of(doc, si, m.start) == clause)
    keep = None if not tests else tests[0] if len(tests) == 1 else (lambda m: _passes(tests, m))
    date, words = event_date_and_words(doc, trig.start, trig.end, keep)
    if words is not None and words.get("ordinal_day") and date.end and trig.get("status") != "ongoing" \
            and not (trig.value == "strike" and _FINAL_DAY.search(words.text)):
        date = replace(date, start=date.end, end=None)  # "rallied on the 5th day of their strike": that day
        # (but "on Tuesday, the second and final day of a general strike": the strike's whole run, over)
    if trig.flags.get("status") == "planned" and words is not None and date.precision == "day" \
            and _BARE_WEEKDAY.fullmatch(words.text) \
            and (pub := report_anchor(doc)) is not None and date.start is not None and date.start < pub.isoformat():
        # "has called a 48-hour hartal from Saturday", "announced a rail strike from Wednesday to Friday": a plan's
        # bare weekdays are the ones to come
        week = timedelta(days=7)
        date = replace(date, start=(Date.fromisoformat(date.start) + week).isoformat(),
                       end=(Date.fromisoformat(date.end) + week).isoformat() if date.end else None)
    if date.precision == "day" and not date.end and date.start and trig.value in ("strike", "protest") \
            and (span := _duration(doc.text, trig.start, trig.flags.get("status") == "planned", trig.end)) is not None:
        date = _spanned(date, *span)
    return date, words


_SAID_ON = re.compile(r"\b(?:said|says|reported|announced|told\s+\w+)\s+(?:on\s+)?$", re.I)  # (when a source spoke: no clause's date)
_SINCE_BEFORE = re.compile(r"\bsince\s+(?:last\s+|early\s+|late\s+|mid-?)?$", re.I)


HISTORY_YEARS = 10  # an event told with a date this many years before the report is history, not news


def _history(doc: Doc, d: Draft) -> bool:
    """An event told with a date more than ``HISTORY_YEARS`` before the report ("coal miners jailed after
    the Asturian mining strikes of 1962", "a 1982 plane crash"): history the news recalls, not a
    happening it reports."""
    pub = report_anchor(doc)
    if pub is None:
        return False
    if d.date.basis == "text" and _historic(d.date.start, pub):
        return True
    # "she was jailed twice in the 1990s", dated by nothing else in its sentence: the decade dates it
    return all(si is not None and _old_decade_only(doc, doc.sentences[si], pub) for si in d.sentences)


def _old_decade_only(doc: Doc, sent, pub: Date) -> bool:
    """The sentence names a decade over more than ``HISTORY_YEARS`` before ``pub`` and no date."""
    dec = _DECADE.search(doc.text, sent.start, sent.end)
    return dec is not None and int(dec.group(1)) * 10 + 9 < pub.year - HISTORY_YEARS \
        and not any(sent.start <= m.start < sent.end for m in doc.dates)


_DECADE = re.compile(r"\b(?:in|during|throughout)\s+the\s+(?:early\s+|mid-?|late\s+)?((?:1[89]|20)\d)0s\b", re.I)


_FOLLOW_UP = re.compile(r"\b(?:charged|charges|indicted|indictment|sentenced|sentencing|pleaded|plea|trial|convicted|conviction|"
                        r"probation|arraigned|court|judge|jury|verdict|lawsuit|sued|testif\w*|anniversary|years? after|months? after|"
                        r"years? ago|months? ago|remember\w*|memorial|prison|accused\s+of|arrests?\s+made|surrender\w*|warrant|"
                        r"arrest(?:ed)?\s+in\s+(?:the\s+)?(?:[\w-]+\s+)?(?:death|killing|shooting|murder|slaying))\b", re.I)
_BARE_DEATH = re.compile(r"(?:killed|killing|dead|died|deaths?|lives|bodies|perished)", re.I)
_TOLL_NOUN_BEFORE = re.compile(r"\b(?:person|people|persons|those|victims?|residents|villagers|ones|each|all|many)\s+$", re.I)
_BY_AGENT = re.compile(r"\s+(?:by|at the hands of)\s", re.I)


def _without_disaster_tolls(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """The drafts, less a killing told only by a word of death, with no one doing it, in a report of
    a disaster that struck ("compensation for the family of each person killed" after a landslide):
    the disaster's toll, not a killing of its own."""
    if not any(d.type == "disaster" and d.status == "occurred" for d in drafts):
        return drafts
    index = doc_index(doc)
    doers = {si for m, si in zip(doc.actors, index.actor_sentences) if m.value.role == "perpetrator"}

    def toll(d: Draft) -> bool:
        return (d.type in ("repression", "attack") or d.type == "disaster" and sum(o.type == "disaster" for o in drafts) > 1) \
            and d.sentences.isdisjoint(doers) \
            and all(_BARE_DEATH.fullmatch(t.text) and not _BY_AGENT.match(doc.text, t.end)
                    and (t.text.lower() in ("dead", "died", "deaths", "death")
                         or _TOLL_NOUN_BEFORE.search(doc.text, max(0, t.start - 20), t.start)) for t in d.triggers)
    return [d for d in drafts if not toll(d)]


BACKGROUND_DAYS = 60  # a happening this long before the report, told only below its lead beside fresh news: background
STORY_LEAD = 3  # sentences (headline, dateline and lead) that tell a story's own news (not ``LEAD``, the toll's reach)


_COURT_NEWS = re.compile(r"\b(?:court|judge|tribunal|jury)\b[^.]{0,80}?\b(?:sentenced|jailed|convicted|acquitted|ordered|ruled|found|awarded)\b|"
                         r"\b(?:sentenced|jailed|convicted|acquitted)\b[^.]{0,60}?\b(?:by|in)\s+(?:a|the)\s+(?:[\w-]+\s+)?court\b", re.I)
COURT_YEARS_DAYS = 365  # a crowd's day this long before a court's news is the case's past


def _without_background(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """The drafts, less the background a news story recalls below its lead ("Last year's protests in
    Khuzestan left ...", "On September 30, 2022, security forces killed more than 90 people"): a
    happening dated more than ``BACKGROUND_DAYS`` before the report (or told beside such a date),
    none of whose words stand in the lead, in a report whose lead tells fresh news. A follow-up whose
    lead names the old happening ("a man was charged on Tuesday in the May 3 shooting") keeps it; a
    list of field reports keeps its lines."""
    pub = report_anchor(doc)
    if pub is None:
        return drafts
    lead_end = doc.sentences[min(STORY_LEAD, len(doc.sentences)) - 1].end if doc.sentences else 0
    if _COURT_NEWS.search(doc.text, 0, lead_end):
        # "A Bangkok court on Wednesday sentenced an activist ... for speeches made at rallies in 2020": the
        # court's news; the crowd's years-old day is what the case is about, no event of the report's
        # (and so is the force used on the crowd: "a jury found the city liable for tear-gassing protesters in 2020")
        drafts = [d for d in drafts if not (d.type in _CROWD_TYPES + _FORCE_TYPES and d.status == "occurred" and d.date.basis == "text"
                                            and d.date.start and d.date.start[:4].isdigit()
                                            and (pub - _last_day(d.date.end or d.date.start)).days > COURT_YEARS_DAYS)]
    if len(drafts) < 2:
        return drafts
    lines = bool(report_lines(doc))

    def lead(d: Draft) -> bool:
        return any((t.get("sentence") or 0) < STORY_LEAD or lines and report_line(doc, t.start) is not None for t in d.triggers)

    def old(d: Draft) -> bool:
        if d.status != "occurred" and not (d.status == "ongoing" and not d.date.end):
            return False  # (an ongoing run with no end told is old too when it began long ago: "the mass
            # uprising that began in October 2019 left more than 600 people dead", "the campus was closed for
            # several months in 2023 after deadly unrest")
        if d.date.basis == "text":
            return _long_ago(d.date.end or d.date.start, pub)
        # (no date chosen, but its sentence tells an old one: "The unions last held a general strike in November 2024")
        return any(doc.sentence_at(m.start) in d.sentences and _long_ago(m.value.end or m.value.start, pub) for m in doc.dates)

    if not any(lead(d) and not old(d) for d in drafts):
        return drafts  # (no fresh news in the lead: the story may be about the old happening)
    if _FOLLOW_UP.search(doc.text, 0, lead_end) and not any(lead(d) and not old(d) and d.type in _CROWD_TYPES
                                                            and d.type != "riot" for d in drafts):
        return drafts  # "received probation on Thursday for shooting his friend 18 months ago": the old happening is the
        # story's (but "families of the victims of the port explosion marched ... on the fifth anniversary of the blast":
        # the march is, and the blast is its background)
    return [d for d in drafts if not old(d) or lead(d) and not (d.date.basis == "text" and _own_old_date(doc, d))]


def _old_times(doc: Doc, si: int) -> bool:
    """Whether sentence ``si`` tells a date more than ``BACKGROUND_DAYS`` before the report, in an
    earlier year (the sentences asked about are worked out once per report)."""
    got = doc.context.get("old_time_sentences")
    if got is None or got[0] is not doc.dates:
        pub = report_anchor(doc)
        got = doc.context["old_time_sentences"] = (doc.dates, frozenset(
            doc.sentence_at(m.start) for m in doc.dates if pub is not None and isinstance(m.value, EventDate)
            and _long_ago(v := m.value.end or m.value.start, pub) and int(v[:4]) < pub.year))
    return si in got[1]


def _long_ago(value: Optional[str], pub: Date) -> bool:
    """Whether an ISO date (day, month or year) ends more than ``BACKGROUND_DAYS`` before ``pub``."""
    return bool(value) and value[:4].isdigit() and (pub - _last_day(value)).days > BACKGROUND_DAYS


def _own_old_date(doc: Doc, d: Draft) -> bool:
    """An old happening told with its own date after the lead's first sentences ("The explosion ... on
    Aug. 4, 2020, killed more than 220 people", the third sentence of a story of its anniversary march):
    background, though within the story's lead."""
    return all((t.get("sentence") or 0) >= STORY_LEAD - 1 for t in d.triggers) and d.date_words is not None \
        and doc.sentence_at(d.date_words.start) in d.sentences


def _last_day(value: str) -> Date:
    """The last day of an ISO date, month (see ``day_span``) or year."""
    span = day_span(value)
    return span[1] if span is not None else Date(int(value[:4]), 12, 31)


# a piece of argument, not a news story: its genre at its head
_GENRE_HEAD = re.compile(r"^\W*(?:opinion|analysis|comment|commentary|editorial|explainer|column|op-ed|viewpoint|perspective|"
                         r"book\s+review|review|essay)\s*(?:[:|\-–—]|\n)", re.I)
# a heading that names what follows as reports: "Iran protests: field reports", "Strikes - latest updates"
_LIST_HEADING = re.compile(r"(?:^|[:\-–—|]\s*)(?:field\s+reports?|reports?\s+from\s+the\s+provinces|latest(?:\s+updates?)?|"
                           r"live(?:\s+updates?)?|updates?|timeline|round-?up|what\s+we\s+know)\s*$", re.I)


def _sentence_cities(doc: Doc, sent) -> list[Place]:
    """The towns a whole sentence lists (two or more)."""
    cities = _listed_cities(doc, sent.start, sent.end)
    return cities if len(cities) >= 2 else []


def _since_began(doc: Doc, trig: Mention, date: EventDate, place: Place) -> EventDate:
    """An ongoing action's date spread back to the day its sentence says it began ("the strike,
    which began on 15 November, entered its third week on Tuesday"); not a local branch's, told
    beside a nationwide action that began then ("drivers in Yazd kept their trucks parked on
    Wednesday, as the nationwide strike that began on Saturday widened": Yazd's day is Wednesday)."""
    if date.precision != "day" or date.end or not date.start or trig.value not in ("strike", "protest") \
            or trig.get("status") != "ongoing":
        return date
    began = _began_on(doc, trig, trig.get("sentence"), date.start)
    if began is None or not place.nationwide and nationwide_at(doc, trig.start, trig.end) is not None:
        return date
    return replace(date, start=began, end=date.start)


# the day an action began, told in its sentence: "the strike, which began on 15 November, entered
# its third week on Tuesday", "teachers, who started their sit-in on Saturday, were still on strike
# on Tuesday" (going on since then, up to the day the sentence tells)
_BEGAN = re.compile(r"\b(?:began|begun|started|launched|kicked\s+off)\s+(?:[\w'’-]+\s+){0,4}?(?:on\s+|in\s+)?$", re.I)
BEGAN_REACH = 50  # characters between the verb and its date ("who started their sit-in on Saturday")
BEGAN_DAYS = 366  # longest run from the beginning told to the day of the event


def _began_on(doc: Doc, trig: Mention, si: int, day: str) -> Optional[str]:
    """The earlier day of ``si``'s sentence told as when ``trig``'s action began (see ``_BEGAN``):
    the verb's object ("started their sit-in on Saturday"), or the last action named before the
    verb ("the strike, which began on"; not "drivers kept their trucks parked as the nationwide
    strike that began on Saturday widened": that strike's beginning)."""
    sent, until = doc.sentences[si], Date.fromisoformat(day)
    for m in doc.dates:
        if sent.start <= m.start < sent.end and m.value.precision == "day" and not m.value.end and m.value.start \
                and (b := _BEGAN.search(doc.text, max(sent.start, m.start - BEGAN_REACH), m.start)) is not None \
                and 0 < (until - Date.fromisoformat(m.value.start)).days <= BEGAN_DAYS \
                and (b.start() < trig.start < m.start or trig.end <= b.start()
                     and not any(trig.end <= t.start < b.start() for t in doc.triggers)):
            return m.value.start
        if sent.start <= m.start < sent.end and 0 < m.start - trig.end <= SINCE_REACH and m.get("since") \
                and m.value.precision == "day" and not m.value.end and m.value.start \
                and _STRIKE_SINCE.fullmatch(doc.text, trig.end, m.start) \
                and 0 < (until - Date.fromisoformat(m.value.start)).days <= BEGAN_DAYS:
            return m.value.start  # "refuse collectors, on all-out strike since March 11, voted on Monday ..."
    return None


SINCE_REACH = 12  # characters from an action's word to "since" and its day
_STRIKE_SINCE = re.compile(r"\s+since\s+(?:(?:last|early|late)\s+)?", re.I)


# A strike's or protest's length right before its word: "their 148-day strike", "a 48-hour hartal",
# "a three-day sit-in"; and an end told before it: "ended their 148-day strike on Tuesday"
_DURATION = re.compile(r"\b(\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[- ](day|hour|week)"
                       r"(?:s|-long)?\s+(?:[\w-]+\s+)?$", re.I)
_ENDED = re.compile(r"\b(?:end(?:ed|ing|s)?|concluded|called off|suspended|wrapped up|finished)\s+(?:[\w'’-]+\s+){0,4}$|"
                    r"\b(?:last|final|closing)\s+day\s+of\s+(?:a|an|the|their|its)\s+$", re.I)  # ("the last day of a three-day strike")
DURATION_REACH = 40  # characters before a strike's word its length may stand


def _duration(text: str, start: int, planned: bool = False, end: Optional[int] = None) -> Optional[tuple[int, bool]]:
    """(days the action lasts, whether the text says it ended) from its length written right
    before its word, or told with its end after it ("the strike ... ended on Tuesday after six
    days"); None when no length of more than a day is written. "Six days of protests" (not planned)
    are the days up to the one told, as an ended strike's are."""
    m = _DURATION.search(text, max(0, start - DURATION_REACH), start)
    if m is None:
        if end is None or planned or (after := _ENDED_AFTER.match(text, end)) is None:
            return None
        n, unit, ended = after.group(1), after.group(2), True
    else:
        n, unit = m.group(1), m.group(2)
        ended = (not planned and _DAYS_OF.search(m.group(0)) is not None) \
            or _ENDED.search(text, max(0, m.start() - 40), m.start()) is not None
    n = int(n) if n.isdigit() else lexicon.load("lexicon/numbers")["words"][n.lower()]
    unit = unit.lower()
    days = n * 7 if unit == "week" else -(-n // 24) if unit == "hour" else n
    if days < 2:
        return None
    return days, ended


# an end told after the action's word, with its length: "The strike by junior doctors ended on Tuesday
# morning after six days"
_ENDED_AFTER = re.compile(r"(?:\s+[\w'’-]+){0,6}?\s+(?:ended|was\s+called\s+off|was\s+suspended|came\s+to\s+an\s+end|wound\s+up)"
                          r"(?:\s+[\w'’-]+){0,4}?\s+after\s+(\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
                          r"(day|hour|week)s?\b", re.I)


_DAYS_OF = re.compile(r"(?:days|weeks)\s+of\s+$", re.I)


def _spanned(date: EventDate, days: int, ended: bool) -> EventDate:
    """The day told as the action's end ("ended their 148-day strike on Tuesday") or start ("a
    three-day strike from Monday"), spread over its length."""
    day = Date.fromisoformat(date.start)
    if ended:
        return replace(date, start=(day - timedelta(days=days - 1)).isoformat(), end=date.start)
    return replace(date, end=(day + timedelta(days=days - 1)).isoformat())


_BARE_WEEKDAY = re.compile(r"(?:on\s+|from\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
                           r"(?:\s+(?:morning|afternoon|evening|night))?")  # ("a sit-in on Wednesday morning")


def _passes(tests: list, m: Mention) -> bool:
    return all(t(m) for t in tests)


# "protested on December 30 ..., and returned on Wednesday", "rallied on Monday and again on
# Thursday": the same action once more, on a day of its own
_AGAIN = re.compile(r"\b(?:and|but|then)\s+(?:(?:they|[a-z]+ers|[a-z]+ees)\s+)?(?:again|returned|came back|were back|resumed)\b")
REPEAT_REACH = 30  # characters after those words that the repeat's day may stand


def _repeats(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """A protest or strike told again on another day in its own sentence: one more event, on
    that day (its words are the same sentence's)."""
    out: list[Draft] = []
    for d in drafts:
        if d.type not in ("protest", "strike") or d.date.basis != "text" or d.date.precision != "day" or d.date.end:
            continue
        for si in sorted(d.sentences):
            sent = doc.sentences[si]
            if " again" not in sent.text and " returned" not in sent.text and " back" not in sent.text \
                    and " resumed" not in sent.text:
                continue
            for m in _AGAIN.finditer(sent.text):
                at = sent.start + m.end()
                day = next((x for x in doc.dates if at <= x.start <= at + REPEAT_REACH and x.start < sent.end
                            and getattr(x.value, "precision", None) == "day" and not x.value.end
                            and x.value.start != d.date.start), None)
                if day is None or any(o.type == d.type and o.date.start == day.value.start for o in (*drafts, *out)):
                    continue
                again = Draft(d.type, d.subtype, "planned" if _is_future(doc, day.value) else "occurred", d.place,
                              day.value, date_words=day)
                for t in d.triggers:
                    if t.flags.get("sentence") == si:
                        again.add(t)
                out.append(again)
    return out


PLAN_REACH = 20  # characters after a plan's words that its date may stand


def _plan_dates(doc: Doc, planned) -> frozenset:
    """Starts of the date mentions that date a plan ("called for new gatherings tonight", "will
    march on Friday"): inside the plan's words or right after them, in the same sentence."""
    out = set()
    by_sentence: dict[int, list[int]] = {}
    for m in doc.dates:
        by_sentence.setdefault(doc.sentence_at(m.start), []).append(m.start)
    for si, starts in by_sentence.items():
        sent = doc.sentences[si]
        plans = [(pm.start(), pm.end()) for pm in planned.finditer(sent.text)]  # (one pass a dated sentence)
        for start in starts:
            at = start - sent.start
            if any(a <= at <= b + PLAN_REACH and not _CLAUSE_BREAK.search(sent.text, b, at)
                   or b < at <= b + PLAN_DATE_REACH and _PLAN_PLACE_GAP.fullmatch(sent.text, b, at) for a, b in plans):
                out.add(start)
    return frozenset(out)


_CLAUSE_BREAK = re.compile(r"[;.]|,\s+(?:and|but|while)\b")
PLAN_DATE_REACH = 60  # characters after a plan's words its date may stand past its place ("plans a major rally at the
# Brandenburg Gate in Berlin on January 15"; not "preparing to march against a mining company in Bukavu on Wednesday")
_PLAN_PLACE_GAP = re.compile(r"(?:\s+(?:at|in|outside|near|inside|by)\s+(?:the\s+)?(?:[\w'’-]+\s*){1,4}?)+\s*(?:on|for|from)?\s*")


def _day_not_before(m: Mention, day: str) -> bool:
    """Whether a date mention is a day (or a span reaching) not before ``day`` (ISO)."""
    v = m.value
    last = getattr(v, "end", None) or getattr(v, "start", None)
    return getattr(v, "precision", None) == "day" and last is not None and last >= day


# the state's deeds that are happenings of their own, never one with its crowd control
_OWN_HAPPENINGS = frozenset({"death in custody", "execution"})
# the other side's crowd: "a rival sit-in", "counter-protesters", "pro-government rallies", "a sit-in
# by pro-military groups"
_RIVAL_BEFORE = re.compile(r"\b(?:rival|counter|pro-government|pro-military|pro-regime|pro-junta|loyalist)[\s-]+(?:[\w-]+\s+){0,2}$|"
                           # "rival supporters of the military began a sit-in"
                           r"\b(?:rival|counter|pro-[\w-]+|loyalist)\s+(?:supporters|backers|groups|crowds|protesters|demonstrators)"
                           r"(?:\s+of\s+(?:the\s+)?[\w-]+)?\s+(?:began|staged|held|launched|started|mounted|set\s+up)\s+"
                           r"(?:a|an|their|the)\s+(?:[\w-]+\s+)?$", re.I)
_RIVAL_AFTER = re.compile(r"\s+(?:by|of|from)\s+(?:(?:the|rival|[\w-]+)\s+){0,2}?(?:pro-(?:government|military|regime|junta)|"
                          r"government\s+supporters|supporters\s+of\s+the\s+(?:government|military|junta|regime)|loyalists)\b", re.I)


RIVAL_REACH = 80  # characters before a crowd's word that may say it is the other side's


def _rival(doc: Doc, trig: Mention) -> bool:
    """Whether the trigger tells the other side's crowd (worked out once a trigger: each draft's
    first trigger is asked again for every trigger of its type that follows)."""
    memo = doc.context.get("rival")
    if memo is None:
        memo = doc.context["rival"] = {}
    got = memo.get(trig.start)
    if got is None:
        text = doc.text
        got = memo[trig.start] = _RIVAL_BEFORE.search(text, max(0, trig.start - RIVAL_REACH), trig.start) is not None \
            or _RIVAL_AFTER.match(text, trig.end) is not None
    return got


# the words that end a grievance's own phrase: the crowd's verb ("... spread to", "... erupted in")
_GRIEVANCE_END = re.compile(r"[;.]|\b(?:spread|spreads|spreading|erupted|erupt|broke|continued|continue|entered|swept|"
                            r"grew|were|was|have|has|took|drew|turned)\b")


_HEAD_OF_NEXT = re.compile(rf"\s+(?:[\w-]+\s+){{0,2}}?{PLACE_HEADS}\s+of\s+(?:the\s+)?")


def _nationwide_clause(doc: Doc, si: int, num: Mention) -> bool:
    """Whether the figure's own clause says its event was nationwide ("Some 40,000 farmers took part
    across the country"; not "thousands of protesters in Nairobi ... as demonstrations spread across
    the country")."""
    nation = nationwide_at(doc, num.start, num.end)
    if nation is None:
        return False
    sent = doc.sentences[si]
    lo, hi = clause_bounds(doc.text, sent.start, sent.end, num.start, num.end)
    if not any(lo <= t.start < hi for t in doc.triggers):
        return True  # a clause with no event of its own restates another's figure (", while organisers claimed 84,000")
    return not nation.name or doc.text.find(nation.name, lo, hi) >= 0


def _grievance_places(doc: Doc, trig: Mention) -> list[Place]:
    """The places a grievance's own phrase names right after its word ("the police killing of a
    17-year-old in the Paris suburb of Nanterre"), the finest told (none when it names none)."""
    text, found = doc.text, []
    for m in doc.places:
        if m.start < trig.end or not isinstance(m.value, Place) or m.get("outlet") or m.get("match") == "demonym":
            continue
        if m.start - trig.end > 80 or _GRIEVANCE_END.search(text, trig.end, m.start):
            break
        found.append(m)
    found = [m for m, nxt in zip(found, found[1:] + [None])
             if nxt is None or not _HEAD_OF_NEXT.fullmatch(text, m.end, nxt.start)]  # ("the Paris suburb of Nanterre")
    if not found:
        return []
    finest = max(_rank(m.value) for m in found)
    out: list[Place] = []
    for m in found:
        if _rank(m.value) == finest and m.value not in out:
            out.append(m.value)
    return out if finest == _rank(found[-1].value) else [max(found, key=lambda m: (_rank(m.value), m.start)).value]


def _fold_headline(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """A headline's event that only the story's dateline or its country places ("Iran protests: death
    toll rises to 21" over "Tehran (AFP) - ... in six days of protests across Iran"; "Iranian truckers'
    strike enters fourth day" over "... across the country") is the story's nationwide event of its
    type and status, when the headline names that event's country. With no nationwide event of its
    type, one the headline places by the country alone ("22 killed in Madagascar protests") is the
    lead's event of its kind in a town of that country."""
    if len(drafts) < 2 or not doc.sentences:
        return drafts
    head, pub = doc.sentences[0], report_anchor(doc)
    named = [m.value for m in doc.places if head.start <= m.start < head.end and isinstance(m.value, Place)]
    out = []
    for d in drafts:
        if d.sentences == {0} and not d.place.nationwide and d.place.country \
                and (d.place not in named or d.place.precision == "country" or _country_clause(doc, head, d)) \
                and any(p.precision == "country" and p.country == d.place.country for p in named):
            whole = next((e for e in drafts if e is not d and e.type == d.type and e.status == d.status
                          and e.place.nationwide and e.place.country == d.place.country), None)
            if whole is None and d.place.precision == "country" and d.status != "planned" \
                    and not any(e.place.nationwide and e.type == d.type for e in drafts):
                # "UN says at least 22 killed in Madagascar protests" over "... since youth-led protests erupted in
                # Madagascar's capital": the headline's country-wide words name the story's one event of the kind
                body = [e for e in drafts if e is not d and e.type == d.type and e.status != "planned"
                        and 0 not in e.sentences and e.place.country == d.place.country and e.place.precision == "city"]
                whole = body[0] if body and min(body[0].sentences) < STORY_LEAD else None  # (the lead's)
            if whole is not None:
                for t in d.triggers:
                    _absorb(whole, t, whole.place, (whole.date, whole.date_words), whole.status)
                continue
        if d.sentences == {0} and not d.place.nationwide and not _dated_in_headline(doc, head, d):
            # "... police tear-gas Abuja march" over "On Wednesday, police fired tear gas at workers marching
            # to the National Assembly in Abuja": the headline's undated event is the story's one event of
            # its type, status and place
            body = [e for e in drafts if e is not d and 0 not in e.sentences and e.type == d.type and e.status == d.status
                    and not (pub is not None and e.date.basis == "text" and _long_ago(e.date.end or e.date.start, pub))]
            # (never the background's: "In 2006, a months-long teachers' strike ... turned into an uprising"; nor
            # when the body tells two of the kind, or the headline's day is told in the body event's own sentence
            # while the event took its date from elsewhere: "Four people were shot ... Friday" dated by "Nov. 27")
            if len(body) == 1 and _compatible_place(body[0].place, d.place) and not _own_day_elsewhere(doc, d, body[0]) \
                    and (d.subtype is None or body[0].subtype is None or d.subtype == body[0].subtype):
                # (a death in custody in the headline is no tear gas told in the body)
                for t in d.triggers:
                    _absorb(body[0], t, body[0].place, (body[0].date, body[0].date_words), body[0].status)
                continue
        out.append(d)
    return out


def _own_day_elsewhere(doc: Doc, d: Draft, e: Draft) -> bool:
    """The headline draft ``d`` takes its day from a sentence of the body draft ``e``, which was dated
    by words outside its own sentences."""
    hw, bw = d.date_words, e.date_words
    return d.date.basis == "text" and hw is not None and d.date.start != e.date.start \
        and doc.sentence_at(hw.start) in e.sentences and (bw is None or doc.sentence_at(bw.start) not in e.sentences)


def _dated_in_headline(doc: Doc, head, d: Draft) -> bool:
    """The draft's date is told in the headline itself (not by a strike's day: "strike ... enters second
    day; 14 arrested" does not date the arrests)."""
    w = d.date_words
    return d.date.basis == "text" and w is not None and head.start <= w.start < head.end \
        and not (w.get("ordinal_day") and d.type not in ("strike", "protest"))


def _country_clause(doc: Doc, head, d: Draft) -> bool:
    """The headline's clause of the draft's first trigger names the draft's country and no town
    ("Bangladesh hartal shuts shops and schools; buses torched in Dhaka": the hartal's place is the
    country's, whatever the town of the other clause)."""
    t = d.triggers[0]
    lo, hi = clause_bounds(doc.text, head.start, head.end, t.start, t.end)
    own = [m.value for m in doc.places if lo <= m.start < hi and isinstance(m.value, Place)]
    return bool(own) and all(p.precision == "country" and p.country == d.place.country for p in own)


def _absorb(d: Draft, trig: Mention, place: Place, dated: tuple[EventDate, Optional[Mention]], status: str) -> None:
    d.add(trig)
    d.place = _finer(d.place, place)
    if _better_date(d.date, dated[0]) is not d.date or _told_count_over_headlines(d.date_words, dated[1]) \
            or d.type in ("strike", "protest") and _run_up_to(d.date, dated[0]):
        d.date, d.date_words = dated
    subtype, first = trig.get("subtype"), d.triggers[0]
    if d.subtype is None or subtype is not None and _means_told(subtype) > _means_told(d.subtype) \
            and trig.get("sentence") == first.get("sentence"):
        d.subtype = subtype  # "killed in a car bombing": a bombing (not a bomb threat told further down)
    d.status = _stronger_status(d.status, status)


# How much an attack's subtype tells of its means: "killed" or "attacked" nothing, "shot" or
# "gunmen" firearms, an explosive or an air strike the most (ACLED and PLOVER class attacks by it).
# A strike's kind likewise: "shops stayed shut ... during a general strike" is a general strike.
_MEANS_TOLD = {"armed assault": 0, "shooting": 1, "bombing": 2, "suicide bombing": 2, "grenade": 2, "shelling": 2,
               "air strike": 2, "chemical weapon": 2, "vehicle ramming": 2, "general strike": 2}


def _means_told(subtype: str) -> int:
    return _MEANS_TOLD.get(subtype, 1)


_DEFINITE = r"(?:the|this|that|these|those|its|their)"
_ANAPHOR = re.compile(rf"\b{opening_letters(_DEFINITE)}{_DEFINITE}\s+(?:\w+\s+)?$", re.I)


# "there" pointing at a place ("21 people were killed there"), not "there were", "there is"
_THERE = re.compile(r"\b(?:[Tt]here\b(?!\s+(?:is|are|was|were|has|have|had|will|would|may|might|could|should|must|"
                    r"seems?|seemed|appears?|appeared|remains?|remained|being|been)\b)(?!['’]s)|آنجا)")
# "as thousands of women marched through the city": the town told just before, by its name
_THE_CITY = re.compile(r"\b(?:through|across|around|in|into|outside)\s+the\s+(?:city|town)\b(?!\s+(?:of|hall|council|centre|center)\b)")
THERE_REACH = 2  # sentences back that "there" may point to
# "claimed the attack", "the deadly shooting" (not "said that Hernandez shot": "that" opening a clause)
_BACK_REFERENCE = re.compile(r"\b(?:[Tt]he|[Tt]his|[Tt]hese|[Tt]hose)\s+(?:[\w-]+\s+)?$")


# a landmark of one town, named again bare: "hurled petrol bombs at officers outside parliament" after
# "marched to parliament in Athens" (not the town of the crowd told last, in Thessaloniki)
_LANDMARK = re.compile(r"\b(parliament|(?:the\s+)?(?:presidential\s+)?palace|city\s+hall|state\s+house|national\s+assembly|"
                       r"(?:the\s+)?congress|(?:the\s+)?legislature|(?:the\s+)?capitol)\b", re.I)


_LANDMARK_GATE = ("parliament", "palace", "hall", "house", "assembly", "congress", "legislature", "capitol")


def _landmark_town(doc: Doc, lo: int, hi: int) -> Optional[Place]:
    """The town an earlier sentence puts the landmark the sentence ``[lo, hi)`` names in."""
    low = doc.text[lo:hi].lower()
    if not any(w in low for w in _LANDMARK_GATE):
        return None
    here = _LANDMARK.search(doc.text, lo, hi)
    if here is None:
        return None
    word = here.group(1).split()[-1].lower()
    for m in reversed([m for m in doc.places if m.end <= lo and isinstance(m.value, Place) and m.value.precision == "city"]):
        before = doc.text[max(0, m.start - 40):m.start].lower()
        if re.search(rf"\b{word}\s+(?:building\s+)?in\s+$", before) or doc.text.startswith(f" {word}", m.end) \
                or doc.text[m.end:m.end + 3 + len(word)].lower() in (f"'s {word}", f"’s {word}"):
            return m.value  # "to parliament in Athens", "the Athens parliament", "Athens's parliament"
    return None


def _place_told_before(doc: Doc, trig: Mention, drafts: list[Draft]) -> Optional[Place]:
    """The place of an event told before, for a trigger whose sentence names no town or province
    of its own but points back: "According to HRANA, at least 21 people were killed there" (the
    place of the last event told, a sentence or two before); "A militant group claimed the attack"
    (the place of the attack told before, not the dateline's town)."""
    si = trig.flags.get("sentence")
    if si is None:
        return None
    sent = doc.sentences[si]
    lo, hi = clause_bounds(doc.text, sent.start, sent.end, trig.start, trig.end)
    if si in doc_index(doc).placed:  # (unless the town is another clause's: "Police said 12 people were detained, and
        # similar unrest broke out in Antwerp": the arrests were not Antwerp's)
        if (lo, hi) == (sent.start, sent.end) or any(
                sent.start <= m.start < hi and getattr(m.value, "precision", None) in ("city", "admin1") for m in doc.places):
            return None  # (a town of its clause or of one before it tells: "Protests spread to Tehran and Mashhad, and
            # at least 17 people were killed")
    told = _landmark_town(doc, sent.start, sent.end)  # "outside parliament", after "marched to parliament in Athens"
    if told is None and _BACK_REFERENCE.search(doc.text, max(0, trig.start - 30), trig.start):
        same = [d for d in drafts if d.type == trig.value]
        if same and same[-1].place.precision is not None:
            told = same[-1].place
    last = drafts[-1]
    if told is None and last.place.precision is not None and si - max(last.sentences) <= THERE_REACH \
            and (_THERE.search(doc.sentences[si].text) or last.place.precision == "city"
                 and (last.place.name or "").lower() not in ("capital", "the capital")
                 and _THE_CITY.search(doc.sentences[si].text)):
        told = last.place  # ("through the city": a town told by its name, not "the road to the capital")
    if told is None and (crowd := _crowd_named_after(doc, trig, drafts)) is not None \
            and crowd.place.precision is not None and si - max(crowd.sentences) <= THERE_REACH:
        told = crowd.place  # "Security forces arrested at least 15 strikers": where the strike was
    if told is None and (crowd := _crowd_told_during(doc, trig, drafts)) is not None and crowd.place.precision is not None:
        told = crowd.place  # "261 drivers have been arrested since the strike began": the strike's place, however far back
    if told is None and trig.value in _CROWD_AND_FORCE and last.type in _CROWD_AND_FORCE and si in last.sentences \
            and last.place.precision is not None and (trig.flags.get("status") == "planned") == (last.status == "planned") \
            and any(t.get("sentence") == si and not _anaphoric(doc.text, t.start) for t in last.triggers):
        # (not a crowd named back as a time: "On the eve of the strike, police used water cannon")
        told = last.place  # another force or crowd word of the same unplaced sentence: where the first was
        # ("Officers used pepper balls and flash-bang grenades to disperse the crowd")
    if told is None and trig.value in _CROWD_AND_FORCE and (last.type == trig.value or (
            trig.value in _FORCE_TYPES and last.type in _CROWD_TYPES)) and last.place.precision is not None \
            and si - max(last.sentences) == 1 and (trig.flags.get("status") == "planned") == (last.status == "planned") \
            and not any(d is not last and d.type == last.type and not d.sentences.isdisjoint(last.sentences) for d in drafts):
        told = last.place  # the same kind of happening told on in the next sentence, with no place of its own,
        if trig.value in _FORCE_TYPES and told.nationwide:  # (force falls on a crowd somewhere: "Tens of thousands marched
            # in Tel Aviv and the federation declared a nationwide strike. Police used water cannon": Tel Aviv's)
            local = [d for d in drafts if d.type in _CROWD_TYPES and max(last.sentences) in d.sentences
                     and d.place.precision == "city" and d.status == last.status]
            told = local[-1].place if local else told
        # or the force met by the crowd told just before ("Workers in Gazipur clashed with police. At least
        # two workers were killed"): there, not the dateline's town (not one town of a list: "strikes in
        # Yasuj, Shiraz and Tabriz. Police arrested two drivers" names no town of the arrests)
    if told is None:
        return None
    own = event_mention(doc, trig.start, trig.end)
    if own is not None and lo <= own.start < hi:
        return None  # (a street or a park of its own will do: "the shooting in the 1400 block of Western Way")
    return told


_CROWD_TYPES, _FORCE_TYPES = ("protest", "strike", "riot"), ("repression", "arrest")
_CROWD_AND_FORCE = _CROWD_TYPES + _FORCE_TYPES
# A crowd named as the object of force or arrest: "arrested at least 15 strikers", "fired on the protesters"
_CROWD_NOUN = {"strikers": "strike", "protesters": "protest", "protestors": "protest", "demonstrators": "protest",
               "marchers": "protest"}
_HOW_MANY = r"(?:(?:the|some|about|around|dozens of|hundreds of|scores of|at least|more than|over|nearly|several|[\d,]+|" \
            r"\w+ of the)\s+)*"
_FORCE_ON = re.compile(r"\b(?:arrest(?:ed|ing)?|detain(?:ed|ing)?|round(?:ed|ing)? up|fired (?:on|at|into)|opened fire on|"
                       rf"beat(?:en|ing)?|dispers(?:ed|ing)|attack(?:ed|ing)|tear-gassed|charged)\s+{_HOW_MANY}$", re.I)
_CROWD_AFTER = re.compile(rf"\s+{_HOW_MANY}({'|'.join(_CROWD_NOUN)})\b", re.I)


def _crowd_acted_on(doc: Doc, trig: Mention, drafts: list[Draft]) -> Optional[Draft]:
    """The event told before whose crowd the trigger names as the object of force ("Security
    forces arrested at least 15 strikers" after a strike: those strikers, not a new strike)."""
    kind = _CROWD_NOUN.get(trig.text.lower())
    if kind is None or not _FORCE_ON.search(doc.text, max(0, trig.start - 60), trig.start):
        return None
    return _last_happening(drafts, kind)


def _crowd_named_after(doc: Doc, trig: Mention, drafts: list[Draft]) -> Optional[Draft]:
    """For a force or arrest trigger, the event told before whose crowd its object names."""
    if trig.value not in ("arrest", "repression"):
        return None
    m = _CROWD_AFTER.match(doc.text, trig.end, trig.end + 60)
    return _last_happening(drafts, _CROWD_NOUN[m.group(1).lower()]) if m is not None else None


def _crowd_told_during(doc: Doc, trig: Mention, drafts: list[Draft]) -> Optional[Draft]:
    """For a force or arrest trigger, the crowd's event told before that it is said to have happened
    in ("have been arrested since the strike began", "detained during the protests")."""
    if trig.value not in ("arrest", "repression"):
        return None
    m = _DURING_CROWD.match(doc.text, trig.end, trig.end + 60)
    return _last_happening(drafts, _DURING_NOUN[m.group(1).lower()]) if m is not None else None


# "have been arrested since the strike began", "detained during the protests"
_DURING_NOUN = {"strike": "strike", "strikes": "strike", "protest": "protest", "protests": "protest",
                "demonstrations": "protest", "rallies": "protest", "unrest": "protest", "riots": "riot"}
_DURING_CROWD = re.compile(r"\s+(?:[\w,-]+\s+){0,4}?(?:since|during|in)\s+the\s+(?:[\w'’-]+\s+)?"
                           r"(strikes?|protests?|demonstrations|rallies|unrest|riots)\b", re.I)


def _last_happening(drafts: list[Draft], kind: str) -> Optional[Draft]:
    return next((d for d in reversed(drafts) if d.type == kind and d.status != "planned"), None)


def _anaphoric(text: str, start: int) -> bool:
    """A definite reference back to an event already told ("claimed the attack")."""
    return bool(_ANAPHOR.search(text[max(0, start - 30):start]))


_TIME_WORDS = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|last night|"
    r"(?:this|last) (?:week|weekend|month|morning|evening)|january|february|april|june|july|august|september|"
    r"october|november|december|\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?)\b", re.I)


_DATELINE_START = re.compile(WIRE_DATELINE + r"(?:--|—|–|-|:)\s")


def _is_news(doc: Doc) -> bool:
    """A news story: a dateline ("WILLIAMSPORT --", even after a caption or a web notice), or a
    place finer than a country or a date in its headline or first sentence."""
    if doc.context.get("dateline") or any(_DATELINE_START.match(s.text) for s in doc.sentences[:4]):
        return True
    lead_end = doc.sentences[min(1, len(doc.sentences) - 1)].end if doc.sentences else 0
    return any(m.start < lead_end for m in doc.dates) or any(
        m.start < lead_end and getattr(m.value, "precision", None) in ("city", "admin1") for m in doc.places)


_GENERIC_USE = re.compile(r"^(?:in protest|to protests?|of protests?|about (?:the )?protests?|protests? (?:is|are|was|were) (?:a|an|the|not))\b", re.I)


def _generic_use(text: str, trig: Mention) -> bool:
    """"came out in protest", "key to protests": protest named, no happening told ("on the 10th
    day of strike" tells one: a strike under way)."""
    if trig.get("status") == "ongoing":
        return False
    return bool(_GENERIC_USE.match(text[max(0, trig.start - 3):trig.end + 12].lstrip())) or bool(
        re.search(r"\b(?:in|to|of|about)\s+$", text[max(0, trig.start - 6):trig.start]))


_LOCAL_BRANCH = re.compile(r"(?i:nation-?wide|country-?wide)|سراسری")  # the words of a strike named nationwide
_STATES_AFTER = re.compile(r"\b(?:in|across|throughout)\s+(?:the\s+)?(?:(?:states?|provinces?)\s+of\s+)?$", re.I)
# Between the items of a list of places (Persian too: "اهواز، شوش و کرمانشاه"; "in the capital and in
# Ziguinchor", "in Baghdad's Tahrir Square and in the southern city of Nasiriyah"), with a figure for each town maybe: "40,000 in Berlin
# and 10,000 in Paris"
_LIST_GAP = re.compile(r"^(?:['’]s(?:\s+[A-Z][\w'’-]*){1,3})?\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|&\s*|/\s*|،\s*(?:و\s*)?|و\s+)(?:in\s+)?"
                       r"(?:(?:nearby|neighbou?ring)\s+|(?:the\s+)?(?:[a-z-]+\s+)?(?:city|town|village|port|province)\s+of\s+|"
                       r"(?:(?:some|about|around|over|more than|at least|nearly|another)\s+)?(?:[\d,.]+(?:\s+(?:million|thousand))?|"
                       r"thousands|hundreds|dozens|tens of thousands)\s+(?:more\s+)?(?:people\s+)?(?:in|at)\s+)?#?$")  # ("#Saqez, #Baneh")


def _clause_at(doc: Doc, si: int, at: int) -> Optional[tuple]:
    """The clause (see :func:`.text.clause_bounds`) of sentence ``si`` holding offset ``at``, as
    its bounds; None for a sentence of one clause."""
    if si < 0:
        return None
    sent = doc.sentences[si]
    bounds = clause_bounds(doc.text, sent.start, sent.end, at, at)
    return None if bounds == (sent.start, sent.end) else bounds


_FIGURE_IN = re.compile(r"\s+(?:(?:people|protesters|demonstrators|marchers|strikers|workers|students|deaths|dead|killings)\s+)?"
                        r"(?:in|at)\s+$")  # ("40,000 in Berlin", "reported two deaths in Mandalay")


def _town_of_figure(doc: Doc, num: Mention) -> Optional[Place]:
    """The town a figure is told for, right after it ("40,000 in Berlin")."""
    after = doc.text[num.end:num.end + 40]
    if " in " not in after and " at " not in after:
        return None
    for m in doc_index(doc).cities_in(num.end, num.end + 40):
        if _FIGURE_IN.fullmatch(doc.text, num.end, m.start):
            return replace(m.value, name=m.text)
    return None


def _listed_cities(doc: Doc, start: int, end: int) -> list[Place]:
    """Cities named as a list ("Yasuj, Torbat-e Jam and Yazd") inside [start, end) (a clause or
    a sentence; worked out once per span); a dateline or a city merely mentioned elsewhere in
    the sentence does not count."""
    memo = doc_index(doc).listed_cities
    if (start, end) not in memo:
        dl = doc.context.get("dateline") or {}
        listed = _longest_list(doc, [m for m in doc_index(doc).cities_in(start, end) if m.start != dl.get("start")])
        memo[start, end] = [replace(m.value, name=m.text) for m in listed]
    return memo[start, end]


# "<people> in <town> joined the nationwide strike": the town's branch of the wave
_JOINED = re.compile(r"^[\w'’ -]{1,40}?\s(?:in|at|from)\s+(?P<town>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+"
                     r"(?:(?:also|have|had|has|on\s+\w+)\s+)?(?:joined|joining|join|took\s+part\s+in|began|started|launched|kicked\s+off)\s+(?:the|a)\s+$")


def _joined_wave(doc: Doc, trig: Mention, lo: int) -> Optional[Place]:
    """The town whose people joined (or began) a nationwide wave, told as the subject before it."""
    head = doc.text[lo:trig.start]
    if not any(w in head for w in ("join", "part in", "began", "started", "launched", "kicked off")):
        return None
    cut = head.rfind("nationwide ")  # ("joined the nationwide sit-in": the word before the trigger)
    m = _JOINED.match(head[:cut] if cut > 0 and not head[cut + 11:].strip() else head)
    if m is None:
        return None
    at = lo + m.start("town")
    return next((replace(x.value, name=x.text) for x in doc.places if x.start == at and x.get("feature") == "city"), None)


def _only_attributive(doc: Doc, place: Place, lo: int, hi: int) -> bool:
    """Whether the clause ``[lo, hi)`` names the town ``place`` only as no place of anything ("the
    Detroit automakers"), never after "in", "at" or "near"."""
    named = [m for m in doc.places if lo <= m.start < hi and m.value == place]
    return bool(named) and not any(_AT_PLACE.search(doc.text, max(lo, m.start - 12), m.start) for m in named)


_AT_PLACE = re.compile(r"\b(?:in|at|near|outside|inside)\s+(?:the\s+)?$", re.I)


def _states_listed(doc: Doc, lo: int, hi: int) -> list[Place]:
    """:func:`_listed_admin1s` of a clause, worked out once for all its triggers."""
    index = doc_index(doc)
    if len(index.admin1s) < 2:
        return []  # (most stories: no list of states to look for)
    listed = index.listed_states
    if (lo, hi) not in listed:
        listed[lo, hi] = _listed_admin1s(doc, lo, hi)
    return listed[lo, hi]


def _listed_admin1s(doc: Doc, start: int, end: int) -> list[Place]:
    """States or provinces named as a list after "in", "across" or "throughout" ("in Punjab and
    Haryana") inside [start, end) (not "at Manchester and Vermont avenues")."""
    listed = _longest_list(doc, [m for m in doc_index(doc).admin1s if start <= m.start < end])
    if len(listed) < 2 or not _STATES_AFTER.search(doc.text, max(start, listed[0].start - 30), listed[0].start):
        return []
    return [replace(m.value, name=m.text) for m in listed]


def _longest_list(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The longest run of place ``mentions`` joined as a list ("A, B and C"), each place once."""
    best: list[Mention] = []
    run: list[Mention] = []
    for m in mentions:
        if run and (_LIST_GAP.match(doc.text[run[-1].end:m.start]) or _qualified_gap(doc, run[-1], m)):
            run.append(m)
        else:
            run = [m]
        if len(run) > len(best):
            best = list(run)
    if len(best) == 2 and _COMMA_ONLY.fullmatch(doc.text, best[0].end, best[1].start) and _near(best[0].value, best[1].value):
        return []  # "in Westminster, London", "Kibera, Nairobi": a town and the city around it, not two towns
    seen, out = set(), []
    for m in best:
        if m.value.geonames_id not in seen:
            seen.add(m.value.geonames_id)
            out.append(m)
    return out


_COMMA_ONLY = re.compile(r"\s*,\s*")
# a list's item that says where its place is: "at a Ford plant in Wayne, a GM plant in Wentzville"
_ITEM_GAP = re.compile(r"^\s*,\s*(?:and\s+)?(?:an?|the)\s+(?:[\w'’-]+\s+){0,3}(?:in|at)\s+$|"
                       # "at the Asaluyeh petrochemical complex and the Abadan refinery": works named by their towns
                       r"^\s+(?:[\w'’-]+\s+)?(?:complex|refinery|plant|factory|mill|mine|port|terminal|oil\s?field|"
                       r"gas\s?field|steel\s+works|dockyard|shipyard)\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?$|"
                       # "at Tehran's Grand Bazaar and in the bazaar of Tabriz": a town's own place, then another's
                       r"^['’]s\s+(?:[\w'’-]+\s+){1,3}?(?:,\s*(?:and\s+)?|and\s+)(?:(?:in|at)\s+)?(?:the\s+)?(?:[\w'’-]+\s+){1,2}?of\s+$")


def _qualified_gap(doc: Doc, a: Mention, b: Mention) -> bool:
    """Whether towns ``a`` and ``b`` are items of one list whose items carry their state or country
    ("in Wayne, Michigan, Wentzville, Missouri, and Toledo, Ohio"), or their own words ("at a Ford plant
    in Wayne, a GM plant in Wentzville")."""
    gap = doc.text[a.end:b.start]
    if _ITEM_GAP.match(gap):
        return True
    if "," not in gap:
        return False
    q = next((m for m in doc.places if a.end < m.start and m.end <= b.start and isinstance(m.value, Place)
              and m.value.precision in ("admin1", "country") and m.value.country == a.value.country
              and (m.value.precision == "country" or m.value.admin1 == a.value.admin1)), None)
    return q is not None and _COMMA_ONLY.fullmatch(doc.text, a.end, q.start) is not None \
        and (_LIST_GAP.match(doc.text[q.end:b.start]) or _ITEM_GAP.match(doc.text[q.end:b.start])) is not None


QUALIFIER_KM = 30.0  # a town this near the city named after it is a part of that city


def _near(a: Place, b: Place) -> bool:
    return km_apart(a, b) <= QUALIFIER_KM


def _compatible_place(a: Place, b: Place, parts: bool = False) -> bool:
    """Whether two places may be one event's (a place always is with itself); ``parts``: a part of a
    town placed at it (a district, a square) is the town's too (a crowd's event spans a town's parts;
    shootings on two streets of a city are two)."""
    if a.precision is None or b.precision is None:
        return True
    if a.nationwide != b.nationwide:
        return False
    if a.precision == "city" and b.precision == "city":
        return a.geonames_id == b.geonames_id or (a.geonames_id is None) != (b.geonames_id is None) \
            and parts and (a.city, a.admin1, a.country) == (b.city, b.admin1, b.country)
        # (a district placed at its town is the town's: "the march ... to the government headquarters in
        # Admiralty" is the Hong Kong march)
    if a.country and b.country and a.country != b.country:
        return False
    coarse, fine = (a, b) if _rank(a) <= _rank(b) else (b, a)
    if coarse.precision == "admin1" and fine.admin1 and coarse.admin1 != fine.admin1:
        return False
    return coarse.precision != fine.precision or coarse.admin1 == fine.admin1


def _rank(p: Place) -> int:
    rank = {"country": 0, "admin1": 1, "city": 2}.get(p.precision or "", -1)
    return max(rank, 0) if p.nationwide else rank  # ("in more than 80 cities" of no named country tells more than nothing)


def _finer(a: Place, b: Place) -> Place:
    return b if _rank(b) > _rank(a) else a


def _compatible_date(a: EventDate, b: EventDate, lenient: bool = False) -> bool:
    """Same date (at the coarser precision; a date always meets itself); ``lenient`` also lets
    next-day dates meet (a disaster's toll told the day after, a shooting past midnight)."""
    if a.basis != "text" or b.basis != "text" or not a.start or not b.start:
        return True
    n = min(len(a.start), len(b.start))
    if a.start[:n] == b.start[:n]:
        return True
    if (a.end or b.end) and not lenient and a.start[:n] <= (b.end or b.start)[:n] and b.start[:n] <= (a.end or a.start)[:n]:
        return True  # a day inside a span ("for a third night on Sunday" ... "a protester was killed" that night);
        # (not for attacks: "shootings between Friday night and Sunday morning" are several)
    if lenient and n == 10:
        return abs((Date.fromisoformat(a.start) - Date.fromisoformat(b.start)).days) <= 1
    return False


def _told_count_over_headlines(a: Optional[Mention], b: Optional[Mention]) -> bool:
    """A headline's count of days ("protests enter fifth night", reckoned from the report's day) and the
    body's ("for a fifth straight night on Sunday", reckoned from the day it tells): the body's."""
    return a is not None and b is not None and bool(a.get("ordinal_day")) and bool(b.get("ordinal_day")) \
        and a.get("sentence") == 0 and (b.get("sentence") or 0) > 0


def _better_date(a: EventDate, b: EventDate) -> EventDate:
    order = {"day": 3, "month": 2, "year": 1}
    score = lambda d: (d.basis == "text", order.get(d.precision or "", 0))  # noqa: E731
    return b if score(b) > score(a) else a


def _run_up_to(a: EventDate, b: EventDate) -> bool:
    """``b`` is the run of days up to ``a``'s day ("the strike, which began on Feb. 22, continued on
    Friday"), told as surely: it tells more of a strike's or protest's dates."""
    return a.basis == b.basis and a.precision == b.precision == "day" and bool(b.end) and not a.end \
        and b.end == a.start and bool(b.start) and b.start < a.start


def _stronger_status(a: str, b: str) -> str:
    return a if a == b else ("ongoing" if "ongoing" in (a, b) else "occurred")


def _is_future(doc: Doc, date: EventDate) -> bool:
    pub = report_anchor(doc)
    if not pub or date.basis != "text" or not date.start or date.precision != "day":
        return False
    return date.start > pub.isoformat()
