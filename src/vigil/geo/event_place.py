"""Where did an event happen? Pick among the document's place mentions for one trigger span.

The place the text gives for the event itself wins over the dateline and over places merely
mentioned: same sentence first (nearest, introduced by "in/at/near", finest feature), then the
dateline, then the headline, then the document's commonest city, then its focus country.
"nationwide", "across the country", "across Iran", "in 142 cities" give the country with
``nationwide=True``.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from typing import Optional

from ..extract.text import clause_bounds
from .distance import km
from ..model import Doc, Mention, Place

_NATIONWIDE = re.compile(
    r"(?<!from )(?<!From )\b(?:(?i:nation-?wide|country-?wide|national (?:general )?strikes?|national shutdowns?)|"
    r"national (?:[a-z]+['’]?s?['’]? ){1,2}strikes?\b|"  # ("the national truckers' strike")
    r"across the (?:country|nation)|throughout the (?:country|nation)|"
    r"all over the (?:country|nation)|around the (?:country|nation)|(?:across|ACROSS|(?:swept|sweeping|sweeps|gripped|gripping|engulfed)(?: (?:through|across))?) (?:all (?:of )?)?([A-Z][a-z]+|[A-Z]{3,}\b)|"
    r"([A-Z][a-z]+) general strikes?\b|"  # "Greek general strike halts ferries": a country's demonym
    r"every (?:corner|part|province|region) of the (?:country|nation)|all (?:of )?(?:the )?(?:country's|\w+'s) provinces|"
    r"(?:in|across|to|reach|reaches|reached|reaching|hit|hits|swept|spread to|spreads to) (?:more than |over |at least |some )?"
    r"(?:\d+|dozens of|hundreds of|scores of|many|several|numerous|all(?: the)?(?= (?:major|big|main|large) )) (?:other )?(?:of (?:the )?(?:country's|[A-Z][a-z]+'s) (?:\d+ )?)?"
    r"(?:(?:major|big|main|large) )?"
    r"(?:(?:U\.S\.|US|American|Iranian|French|British|Indian|Chinese|Russian|German|Brazilian|Mexican|Turkish|Iraqi|Kenyan|Nigerian) )?"
    r"(?:cities|towns|provinces|regions|states)"
    r"(?: and (?:cities|towns|villages))?|"
    # Persian: a nationwide strike (not the nationwide exam, "کنکور سراسری"), across the country
    # or Iran, in 20 / dozens of / various cities
    r"(?:اعتصاب|تجمع|اعتراض|تظاهرات|تحصن)(?:ات)?(?:[\u200c ]?(?:های|ها))?[\u200c ]?سراسری|"
    r"سراسر[\u200c ]?(?:کشور|ایران)|شهرهای[\u200c ]?مختلف|"
    r"در[\u200c ]?(?:بیش[\u200c ]?از[\u200c ]?)?(?:[0-9\u06f0-\u06f9]+|ده[\u200c ]?ها|صدها|چندین|بسیاری[\u200c ]?از)[\u200c ]?شهر(?:ستان)?)\b")
# (not after "from": where a crowd came from, "thousands of Indigenous people from across Brazil have camped
# in Brasilia".) Every match of _NATIONWIDE holds one of these words (lower-cased): a sentence with none of
# them needs no search (the pattern's many openings cost a try at every character).
_NATIONWIDE_WORDS = ("nation", "country", "across", "general", "cities", "towns", "provinces", "regions", "states", "swe", "gripp",
                     "engulf", "سراسر", "شهر")
# a relative clause opening right before the nationwide words: they tell the reach of the noun before it
_RELATIVE_BEFORE = re.compile(r"\b(?:that|which)\s+(?:(?:has|have|had|now|since|already)\s+){0,2}$")
_ACROSS = re.compile(r"\b(?:across|throughout|all over)\s+(?:the\s+)?(?:(?:state|province|region)\s+of\s+)?$", re.I)
_PROVINCE_WORD = re.compile(r"\b(?:[Pp]rovince|[Gg]overnorate|[Rr]egion|[Oo]stan)\b")
_EVENT_NOUN_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?(protests?|strikes?|demonstrations?|rallies|unrest|uprising|shutdown|"
                               r"hartals?|bandhs?|walkouts?|stoppages?|general\s+strike)\b", re.I)
_IN_WITHIN = re.compile(r"\b(?:in|at)\s+$")
_IN_BEFORE = re.compile(r"\b(?:in|across|throughout|around)\s+(?:the\s+)?$", re.I)
_PROVINCE_AFTER = re.compile(r"\s+(?:[Pp]rovince|[Gg]overnorate|[Rr]egion)\b")
_PREP_BEFORE = re.compile(r"\b(in(?!\s+(?:solidarity|support|protest|response|memory|honou?r|favou?r|defen[cs]e|mourning|tribute)\b)|"
                          r"at|near|outside|inside|across|throughout|on|into|around|from|to|of)\s+(?:the\s+)?"
                          r"(?:[\w-]+\s+){0,2}$", re.I)  # (not "in solidarity with Gaza": a cause's words)
# the nearest place preposition, for when the first one found has only common words after it ("set
# fire to banks in Shiraz": in; but "the neighbourhood of Almash-had in Aleppo" keeps its "of")
_NEAR_PREP = re.compile(r"\b(in|at|near|inside|outside)\s+(?:the\s+)?$", re.I)
# a country or province owning a name after it: "South Africa's volatile KwaZulu-Natal province"
_OWNS_NAME = re.compile(r"['’]s\s+(?:[a-z][\w-]*\s+){0,2}[A-Z]")
# (an "of" before a nearer "in" with no name between: "five days of rioting in Chile" is in Chile, but "the
# neighbourhood of Almash-had in Aleppo" is Almash-had)
_IN_AFTER_OF = re.compile(r"\bof\s+(?:the\s+)?(?:(?!(?:year|years|day|days|week|weeks|month|months|night|time|decade)\s)"
                          r"[a-z][\w-]*\s+){1,2}(in|at)\s+(?:the\s+)?$")  # (not "the first homicide of the year in Oakland")
_LIVING_IN = re.compile(r"\b(?:living|residing|based|who\s+live|who\s+lives)\s+in\s+(?:the\s+)?$", re.I)
_SPREAD_TO = re.compile(r"\b(?:spread|spreads|spreading|extended|extends|extending)\s+to\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$", re.I)
_PEOPLE_OF = re.compile(r"\b(?:residents|people|citizens|inhabitants|villagers|townspeople|natives)\s+of\s+(?:the\s+)?$", re.I)
_FEATURE_BASE = {"city": 3.0, "other": 2.6, "admin1": 2.2, "country": 1.2, "region": 0.6}
_PREP_BONUS = {"in": 2.0, "at": 1.8, "near": 1.6, "outside": 1.6, "inside": 1.6, "across": 1.2,
               "throughout": 1.2, "on": 0.6, "into": 0.8, "around": 1.0, "from": -0.8, "to": -0.6, "of": 0.2}


SUBJECT_PENALTY, OBJECT_BONUS = 1.5, 2.0
_SUBJECT_GAP = re.compile(r"\s+(?:(?:has|have|had|was|were|is|are|also|then|later|again|reportedly|on \w+)\s+){0,2}")
PLACE_HEADS = (r"(?:towns?|villages?|city|cities|district|area|province|region|capital|neighbou?rhoods?|suburbs?|"
                r"camp|streets?|outskirts|countryside|municipality|governorate|port|border town|settlement)")
_OBJECT_GAP = re.compile(rf"\s+(?:the\s+)?(?:(?:[\w-]+\s+){{0,2}}?{PLACE_HEADS}\s+of\s+)?")
_HEAD_OF = re.compile(rf"\b{PLACE_HEADS}\s+of\s+(?:the\s+)?$")
HEAD_OF_BONUS = 2.2
_NAMED_AFTER = re.compile(r"['’]s\s+[A-Z]")  # ("in Tehran's Grand Bazaar", not "in Blake's car")
_PART_AFTER = re.compile(rf"['’]s\s+(?:[\w-]+\s+){{0,3}}?{PLACE_HEADS}\b|['’]s\s+(?:[\w-]+\s+){{0,2}}?(?:countryside|quarter|outskirts)\b", re.I)
_CAPITAL_APPOSED = re.compile(r"\b(?:in|at|near|outside|across|into|to)\s+(?:the|its|their)\s+(?:[\w-]+\s+)?capital(?:\s+city)?,\s+$", re.I)
# what the event was about, between its words and a place: "a rally calling for an end to
# clerical rule in Iran", "a march in solidarity with the people of Gaza"
_CAUSE = re.compile(r"\b(?:calling for|call(?:s|ed)? for|demanding|demands? for|in (?:support|solidarity) (?:with|of)|"
                    r"in (?:protest|response) (?:at|against|to)|to (?:protest|condemn|denounce|demand|support|mourn|commemorate|honou?r)|"
                    r"condemning|denouncing|mourning|in memory of|anniversary of)\b|"
                    r"\bagainst\s+(?:the\s+|a\s+)?(?:[\w-]+\s+)?(?:war|occupation|invasion|bombing|bombardment|offensive|siege|genocide|"
                    r"blockade|massacres?|killings?|crackdown|persecution|treatment)\s+(?:in|on|of|against)\s+(?:the\s+)?$", re.I)
# (the place of what was remembered: "to mark the second anniversary of the Tempe rail crash"; of the cause a crowd
# rose against: "demonstrations against the war in Gaza" under an Amman dateline)
CAUSE_PENALTY = 2.0
CLAUSE_PENALTY = 2.0
# the dateline's town, read in the trigger's sentence ("Yangon: Tens of thousands took to the streets
# ...; the junta imposed a curfew in Mandalay"): where the story is told from, likelier the event's
# place than a town of another clause (it competes with those only: "KOLKATA — Shops stayed shut
# across West Bengal" is the state's)
DATELINE_BONUS = 1.0
# a happening told as what a crowd's event followed, with its own verb ("took to the streets after
# six hostages were found dead in Gaza"): its place is where that befell, taken for the crowd only
# when nothing else tells (not for a shooting or an arrest: "arrested after a man was shot in X")
_AFTER_CAUSE = re.compile(r"\bafter\s+(?:[\w'’-]+\s+){1,5}?(?:was|were|had\s+been|has\s+been|have\s+been)\s|"
                          # ("rallied in Baghdad after a blast at a Gaza hospital", "walked off the job after a train
                          # collision near Larissa")
                          r"\bafter\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,2}?(?:blast|explosion|attack|air\s?strike|strike|bombing|"
                          r"shooting|killing|massacre|raid|fire|crash|collision|derailment|collapse)\s+(?:at|in|on|near|outside)\s+(?:(?:a|an|the)\s+)?$")
AFTER_CAUSE_PENALTY = 4.0
_PARTICIPLE_NEXT = re.compile(r"(?:\s+[\w'’-]+){0,2},\s+")  # ("... at a Gaza hospital, chanting": the crowd's own clause)
COUNTY_REACH_KM = 50.0  # a town this near a county's point may be in it
CITY_LEAD = 3  # a town named this often, and this many times as often as any other, is the story's
MIN_SCORE = 1.5  # below this no mention of the sentence is taken for the event's place
MAX_NAME_CHARS = 200  # a place mention starting this far before a sentence cannot reach into it


def event_place(doc: Doc, start: int, end: int, crowd: bool = False) -> Place:
    """The place of the event whose trigger spans ``[start, end)`` (``Place()`` if none);
    ``crowd``: the event is a crowd's (a protest, strike or riot), which the place of what it
    followed does not tell (see :data:`_AFTER_CAUSE`)."""
    bounds = _sentence_bounds(doc, start, end)  # (looked up once: both steps read the trigger's sentence)
    # ("police used tear gas in Paris; the ministry said 8,000 took part nationwide": the tear gas
    # was in Paris: the nationwide words of the trigger's own clause only)
    clause = clause_bounds(doc.text, bounds[0], bounds[1], start, end)
    nation = _nationwide(doc, clause)
    if nation is not None and nation.name[:9].lower() == "national ":
        at = doc.text.find(nation.name, *clause)  # "arrested 12 looters during the national strike": the
        if not (at < end and start < at + len(nation.name)):  # strike's own word, not the arrests'
            nation = _nationwide_in(doc, *clause, national=False)  # (but "began a national strike, blocking
            # roads in 16 of the country's 24 provinces": the blockade's own reach)
    elif nation is not None and nation.name.lower().replace("-", "") in ("nationwide", "countrywide") \
            and (at := doc.text.find(nation.name, *clause)) >= 0 \
            and (noun := _EVENT_NOUN_AFTER.match(doc.text, at + len(nation.name))) is not None \
            and not (noun.start(1) < end and start < noun.end(1)) \
            and (own := event_mention(doc, start, end, bounds, crowd, clause)) is not None \
            and own.start != (doc.context.get("dateline") or {}).get("start"):
        nation = None  # "crowds chanting in Mashhad, Day 12 of nationwide protests": the chant was in Mashhad
        # (not a dateline's town: "SEOUL — ... ordered striking drivers back to work as a nationwide walkout ...")
    if nation is not None and (at := doc.text.find(nation.name, *clause)) > end \
            and (rel := _RELATIVE_BEFORE.search(doc.text, max(clause[0], at - 40), at)) is not None \
            and doc.text[end:rel.start()].strip(" ,"):
        nation = None  # "set fire to the office on Monday night, the sixth night of unrest that has reached
        # more than 40 cities": the unrest's reach, not the fire's (but "Protests, which have spread to 100 cities")
    if nation is not None:
        return nation
    m = event_mention(doc, start, end, bounds, crowd, clause)
    if m is not None and m.value.precision == "admin1" and (_ACROSS.search(doc.text, max(0, m.start - 24), m.start) or (
            _PROVINCE_WORD.search(m.text) or _PROVINCE_AFTER.match(doc.text, m.end))
            and _IN_BEFORE.search(doc.text, max(0, m.start - 12), m.start)):
        place = m.value  # "shut across West Bengal", "in Khuzestan province": the whole province, not a town in it
        # (but "outside the Kurdistan province labour office" is an office in the dateline's town)
    else:
        place = _refined(doc, m.value if m is not None else _line_town(doc, bounds[0]) or _fallback(doc))
    if place.precision == "country" and m is not None and m.get("match") != "demonym" \
            and not _IN_BEFORE.search(doc.text, max(0, m.start - 12), m.start) \
            and (dl := _dateline_place(doc)) is not None and dl.country == place.country and dl.precision == "city":
        place = dl  # "WASHINGTON — ... stormed the U.S. Capitol": the dateline's town, in the country named
        # (not "SANTIAGO — rioting in Chile": the text says the country)
    if place.precision == "country" and not place.nationwide and m is not None and m.end < len(doc.text) \
            and doc.text[m.end] == ":" and m.start < 80 \
            and (town := _fallback(doc)).precision == "city" and town.country == place.country:
        place = town  # "Iran: protests erupt at funeral ..." over a story of Saqqez: the headline's label, not its place
    if place.country is None and place.name and (cc := doc.context.get("focus_country")):
        place = replace(place, country=cc)  # a base or a street no gazetteer lists: in the story's country
    return place


def _refined(doc: Doc, place: Place) -> Place:
    """A state or county made a town: the dateline's town, else the local outlet's, else the first
    town the story names, when it lies inside ("rural Missouri ... TYRONE, Mo.", "in Perry County
    ... LINDEN, Tenn.", "killed in Ohio home ... Columbus police")."""
    if place.precision != "admin1" or place.lat is None or place.nationwide:
        return place
    memo = doc.context.setdefault("refined_places", {})
    if place not in memo:
        memo[place] = _town_inside(doc, place)
    return memo[place]


def _town_inside(doc: Doc, place: Place) -> Place:
    county = place.geonames_id is None  # a county (the gazetteer points counties without an id)
    for m in _local_towns(doc):
        v = m.value
        if v.country == place.country and v.admin1 == place.admin1 and (not county or (
                v.lat is not None and km(v.lat, v.lon, place.lat, place.lon) <= COUNTY_REACH_KM)):
            return v
    return place


def _local_towns(doc: Doc):
    """The dateline's town, then the towns of the outlets named in the headline, then the towns
    the story names ("in Mobile County ... in south Citronelle")."""
    dl = doc.context.get("dateline")
    towns = [m for m in doc.places if m.get("feature") == "city" and not m.get("origin")]
    yield from (m for m in towns if (dl and m.start == dl["start"]) or m.get("outlet"))
    yield from (m for m in towns if not m.get("outlet"))
    # last, the towns people are from ("in Lincoln County ... James Blazier, 17, of Brookhaven"):
    # inside the county, the likeliest town the event was at
    yield from (m for m in doc.places if m.get("feature") == "city" and m.get("origin") and not m.get("outlet"))


def event_mention(doc: Doc, start: int, end: int, bounds: Optional[tuple[int, int]] = None,
                  crowd: bool = False, clause: Optional[tuple[int, int]] = None) -> Optional[Mention]:
    """The place mention in the trigger's sentence that names where the event happened
    (``bounds``: that sentence's, and ``clause`` the trigger's clause, when the caller has them)."""
    lo, hi = bounds or _sentence_bounds(doc, start, end)
    c_lo, c_hi = clause or clause_bounds(doc.text, lo, hi, start, end)
    best, best_score = None, float("-inf")
    places, starts = _places_by_start(doc)
    dl = doc.context.get("dateline")
    dateline: Optional[tuple[Mention, float]] = None  # the dateline's mention in the sentence, and its score
    best_outside = False
    for m in places[bisect_left(starts, lo - MAX_NAME_CHARS):bisect_left(starts, hi)]:
        if m.end <= lo or m.start >= hi or not isinstance(m.value, Place) or m.start < end and m.end > start \
                and not (start < m.start and _IN_WITHIN.search(doc.text, start, m.start)):
            continue  # (a place inside the trigger's words names no place of it, unless it is where:
            # "merchants in Tehran closed their shops")
        if m.get("outlet") or m.get("astray") or m.get("origin") or _BASED.match(doc.text, m.end) \
                or _SEAT_BEFORE.search(doc.text, max(0, m.start - 24), m.start) and _SAID_NEXT.match(doc.text, m.end):
            continue  # "... - KSLA News 12 Shreveport": where the station is; a town out of the story's state;
                      # "اهل سقز": where a person comes from; "the London-based Iran International channel": its seat
        s = _score(doc.text, m, start, end, lo, crowd)
        is_dateline = dl is not None and m.start == dl["start"] or m.start == lo and _line_dateline(doc.text, m)
        if is_dateline and m.value.country and (cc := doc.context.get("focus_country")) and m.value.country != cc:
            continue  # "DUBAI (Reuters) — Protests spread to more Iranian cities": the bureau abroad, no place of it
        outside = m.end <= c_lo or m.start >= c_hi
        if outside:
            s -= CLAUSE_PENALTY  # "a general strike shut the town ...; in neighbouring Mahabad, forces killed two",
            # "shops closed on Wednesday, three days after forces killed four in Javanrud": another clause's place
        if is_dateline:
            dateline = (m, s)
        if s > best_score:
            best, best_score, best_outside = m, s, outside
    if best is not None and best_outside and dateline is not None and dateline[1] + DATELINE_BONUS > best_score:
        best, best_score = dateline
    return best if best is not None and best_score > MIN_SCORE else None


# after a town that opens its line: a dateline ("Arak, Iran. February 17, 2019. ...", "ARAK — ...", "Arak: ...")
_BASED = re.compile(r"[-‑–\s]based\b", re.I)  # "London-based", "a Norway-based group": where it sits
# a speaker's seat: "The UN human rights office in Geneva said ...", "the group's headquarters in London said"
_SEAT_BEFORE = re.compile(r"\b(?:office|offices|headquarters|bureau|mission|embassy|secretariat|agency|commission|council|"
                          r"committee|organi[sz]ation|spokes(?:man|woman|person))\s+in\s+$", re.I)
_SAID_NEXT = re.compile(r",?\s+(?:said|says|reported|reports|told|announced|added|stated)\b")
_DATELINE_AFTER = re.compile(r",\s+[A-Z][\w ]{1,30}\.\s|\s*(?:[-—–:]|\(\w[\w ]*\))\s")


def _line_town(doc: Doc, lo: int) -> Optional[Place]:
    """The town whose dateline opens the line of the sentence starting at ``lo`` ("Arak, Iran.
    February 17, 2019. Workers blocked the railway; police arrested 12 of them"): the place of
    what the line tells where its clause names none (before the document's place)."""
    places, starts = _places_by_start(doc)
    i = bisect_left(starts, lo)
    if i < len(places) and places[i].start == lo and isinstance(places[i].value, Place) and _line_dateline(doc.text, places[i]):
        return places[i].value
    return None


def _line_dateline(text: str, m: Mention) -> bool:
    """Whether the town mention ``m``, at a sentence's start, opens its line as a dateline."""
    return (m.start == 0 or text[m.start - 1] == "\n") and m.get("feature") == "city" \
        and _DATELINE_AFTER.match(text, m.end) is not None


ROAD_PENALTY = 1.5
# A road named for the towns it joins: "the Dhaka–Tangail highway", "the Lagos-Ibadan expressway"
_ROAD_WORDS = r"(?:highway|expressway|motorway|freeway|road|railway|rail\s+line|pipeline)s?\b"
_ROAD_PAIR_AFTER = re.compile(rf"[–-][A-Z][\w'’]+(?:\s+[A-Z][\w'’]+)?\s+(?i:{_ROAD_WORDS})")
_ROAD_PAIR_BEFORE = re.compile(r"[A-Z][\w'’]+[–-]$")
_ROAD_AFTER = re.compile(rf"\s+(?i:{_ROAD_WORDS})")
_ROAD_TO = re.compile(r"\b(?:road|roads|highway|motorway|expressway|freeway|route|railway|bridge)\s+(?:leading\s+)?(?:to|towards?|from)\s+$", re.I)


# a state's or country's force, named for it: "Minnesota State Patrol", "Texas National Guard"
_FORCE_AFTER = re.compile(r"\s+(?:State|Highway|National|Border|Capitol|Federal)\s+(?:Highway\s+)?(?:Patrol|Police|Guard|Troopers)\b")
FORCE_NAME_PENALTY = 2.0


def _score(text: str, m: Mention, start: int, end: int, lo: int, crowd: bool = False) -> float:
    s = _FEATURE_BASE.get(m.get("feature"), 1.0)
    if m.get("match") == "demonym":
        s -= 2.5
    window = text[max(lo, m.start - 30):m.start]
    pm = _PREP_BEFORE.search(window)
    if pm and pm.group(1).lower() in ("to", "from", "on", "into") and (near := _NEAR_PREP.search(window, pm.end(1))) \
            and window[pm.end(1):near.start()].islower():
        pm = near
    head = max(lo, m.start - 40)  # (the words "of" or "of the" end a match: a cheap test first)
    if text[head:m.start].rstrip().endswith(("of", "the")) and (h := _HEAD_OF.search(text, head, m.start)) \
            and not text[max(lo, h.start() - 7):h.start()].rstrip().lower().endswith("other"):
        s += HEAD_OF_BONUS  # "in the West Bank town of Hebron": the town, not the region (but "in Nanterre
        # and other suburbs of Paris": the town named before, one of them)
    elif text[head:m.start].endswith(", ") and _CAPITAL_APPOSED.search(text, head, m.start):
        s += HEAD_OF_BONUS  # "in the Tunisian capital, Tunis": the capital named
    elif pm:
        prep = pm.group(1).lower()
        if prep == "of" and (near := _IN_AFTER_OF.search(text, max(lo, m.start - 30), m.start)):
            prep = near.group(1).lower()
        elif prep == "of" and _PEOPLE_OF.search(text, max(lo, m.start - 30), m.start):
            prep = "in"  # "thousands of residents of Kherson rallied": where they live, and rallied
        elif prep == "to" and _SPREAD_TO.search(text, max(lo, m.start - 40), m.start):
            prep = "in"  # "riots spread to Marseille and Lyon": there they were
        elif prep == "in" and _LIVING_IN.search(text, max(lo, m.start - 30), m.start):
            prep = "of"  # "Iranians living in Norway rallied in Oslo": where they live, not where they rallied
        s += _PREP_BONUS.get(prep, 0.0)
    dist = m.start - end if m.start >= end else start - m.end
    s -= min(dist, 300) * 0.006
    if m.start >= end:
        s += 0.3
    if m.value.lat is None:
        s -= 1.0
    nxt = text[m.end:m.end + 2]
    if nxt[:1] in "–-" and _ROAD_PAIR_AFTER.match(text, m.end) or text[m.start - 1:m.start] in ("–", "-") \
            and _ROAD_PAIR_BEFORE.search(text, max(0, m.start - 30), m.start) and _ROAD_AFTER.match(text, m.end):
        s -= ROAD_PENALTY  # "blocked the Dhaka–Tangail highway in Ashulia": a road named for the towns it joins
    elif window.endswith(("to ", "from ", "toward ", "towards ")) and _ROAD_TO.search(window):
        s -= ROAD_PENALTY  # "KHORRAMABAD — farmers blocked the road to Pol-e Dokhtar": where the road leads
    if nxt == " c" and text.startswith((" capital,", " capital city,"), m.end) and m.get("feature") == "country":
        s -= 2.5  # "in the Pakistani capital, Islamabad": the country whose capital it is
    if nxt[:1] == "'" or nxt[:1] == "’":
        if not (m.get("feature") == "city" and pm and pm.group(1).lower() in ("in", "at", "near", "outside", "inside")
                and pm.end() - pm.start() <= len(pm.group(1)) + 5 and _NAMED_AFTER.match(text, m.end)
                and not _PART_AFTER.match(text, m.end)):
            s -= 1.0  # "Iran's government": an actor, not a location (but "in Tehran's Grand Bazaar" is there;
            # "in Baghdad's neighbourhood of Hurriyah", "in Mogadishu's Huriwaa district" are in a part named)
        if m.get("feature") in ("country", "admin1") and _OWNS_NAME.match(text, m.end):
            s -= 1.5  # "in South Africa's volatile KwaZulu-Natal province": the province is where (but
            # "Baltimore's Brooklyn neighborhood" stays Baltimore: a gazetteer's Brooklyn is elsewhere)
    if nxt[:1] == " " and m.get("feature") in ("admin1", "country") and _FORCE_AFTER.match(text, m.end):
        s -= FORCE_NAME_PENALTY  # "Minnesota State Patrol troopers arrested 17 people": a force's name, no place
        # of the event (the town told beside it is)
    if m.end <= start and not pm and _SUBJECT_GAP.fullmatch(text, m.end, start):
        s -= SUBJECT_PENALTY  # "France protested", "Turkey sent troops": the actor
    elif m.start >= end and _OBJECT_GAP.fullmatch(text, end, m.start):
        s += OBJECT_BONUS  # "entering Syria", "stormed the town of Rityan"
    elif m.start >= end and _CAUSE.search(text, end, m.start):
        s -= CAUSE_PENALTY  # the place the protest was about, not where it was held
    elif crowd and (m.start >= end and m.start - end < 200 and " after " in text[end:m.start] and _AFTER_CAUSE.search(text, end, m.start)
                    or m.end <= start and (", and " in text[m.end:start] or _PARTICIPLE_NEXT.fullmatch(text, m.end, start))
                    and " after " in text[max(lo, m.start - 200):m.start]
                    and _AFTER_CAUSE.search(text, max(lo, m.start - 200), m.start)):
        s -= AFTER_CAUSE_PENALTY  # "took to the streets after six hostages were found dead in Gaza": where the cause
        # befell (nor is it the place of "..., and the union called a general strike")
    return s


def _sentence_bounds(doc: Doc, start: int, end: int) -> tuple[int, int]:
    i = doc.sentence_at(start) if doc.sentences else -1
    if i < 0:
        return max(0, start - 300), min(len(doc.text), end + 300)
    return doc.sentences[i].start, doc.sentences[i].end


def nationwide_at(doc: Doc, start: int, end: int) -> Optional[Place]:
    """The country, when the sentence of the trigger spanning ``[start, end)`` says the event
    was nationwide (else None)."""
    return _nationwide(doc, _sentence_bounds(doc, start, end))


def _nationwide(doc: Doc, bounds: tuple[int, int]) -> Optional[Place]:
    """The country, when the trigger's sentence (``bounds``) says the event was nationwide
    (worked out once per sentence: a sentence often holds several triggers)."""
    got = doc.context.get("nationwide")
    if got is None or got[0] is not doc.places:
        got = doc.context["nationwide"] = (doc.places, {})
    if bounds not in got[1]:
        got[1][bounds] = _nationwide_in(doc, *bounds)
    return got[1][bounds]


def _nationwide_in(doc: Doc, lo: int, hi: int, national: bool = True) -> Optional[Place]:
    """The first nationwide words in ``[lo, hi)`` made a place (``national``: "national strike" too)."""
    for m, cc in _nationwide_matches(doc, lo, hi):
        if not national and m.group(0)[:9].lower() == "national ":
            continue
        country = next((p.value for p in doc.places if p.get("feature") == "country"
                        and p.value.country == cc), None)
        base = country or Place(country=cc)
        return replace(base, name=m.group(0), city=None, admin1=None, precision="country" if cc else None,
                       nationwide=True)
    return None


def _nationwide_matches(doc: Doc, lo: int, hi: int):
    """("nationwide" words, the country they cover) inside ``[lo, hi)``; "across Main Street"
    is not a country."""
    window = doc.text[lo:hi].lower()
    if not any(w in window for w in _NATIONWIDE_WORDS):
        return
    for m in _NATIONWIDE.finditer(doc.text, lo, hi):
        named = m.group(1) or m.group(2)
        cc = None
        if named:
            at = m.start(1) if m.group(1) else m.start(2)
            cc = next((p.value.country for p in doc.places if p.start == at
                       and p.get("feature") == "country" and (m.group(1) or p.get("match") == "demonym")), None)
            if cc is None:
                continue
        yield m, cc or doc.context.get("focus_country")


def nationwide_words(doc: Doc, start: int, end: int) -> Optional[tuple[int, int]]:
    """The span of words inside ``[start, end)`` that say an event was nationwide, if any."""
    m = next(_nationwide_matches(doc, start, end), None)
    return (m[0].start(), m[0].end()) if m else None


def _places_by_start(doc: Doc) -> tuple[list[Mention], list[int]]:
    """The document's place mentions in order of their start, and those starts (once per doc)."""
    got = doc.context.get("places_by_start")
    if got is None or got[0] is not doc.places:
        ordered = sorted(doc.places, key=lambda m: m.start)
        got = doc.context["places_by_start"] = (doc.places, ordered, [m.start for m in ordered])
    return got[1], got[2]


def _dateline_place(doc: Doc) -> Optional[Place]:
    dl = doc.context.get("dateline")
    if dl:
        for m in doc.places:
            if m.start == dl["start"] and isinstance(m.value, Place):
                return m.value
    return None


def _fallback(doc: Doc) -> Place:
    """The document's place when the event's sentence names none (once per document)."""
    got = doc.context.get("fallback_place")
    if got is None or got[0] is not doc.places:
        got = doc.context["fallback_place"] = (doc.places, _document_place(doc))
    return got[1]


# a demonym that tells whose a thing is, not where the story is: "the Ukrainian airliner",
# "cheap Ukrainian grain imports", "outside the Russian embassy"
_THING_AFTER = re.compile(r"\s+(?:[a-z][\w-]*\s+)?(?:embass(?:y|ies)|consulates?|airliners?|planes?|jets?|aircraft|"
                          r"flights?|ferry|ferries|ships?|vessels?|tankers?|boats?|grain|wheat|imports?|exports?|goods|"
                          r"products|cars|flags?|currency|brands?|companies|company|firms?|teams?|club|films?|"
                          r"songs?|music|cuisine|food|gas|oil)\b")


def _only_things_of(doc: Doc, cc: str) -> bool:
    """The story's country is known only from demonyms of things ("the Ukrainian airliner")."""
    ms = [m for m in doc.places if m.value.country == cc]
    return bool(ms) and all(m.get("match") == "demonym" and _THING_AFTER.match(doc.text, m.end) for m in ms)


def _document_place(doc: Doc) -> Place:
    """Its dateline, its own city (named in the lead or most often), the town of the local outlet
    that ran it, the town its person comes from (as "John Doe, 34, of Dayton" places a story
    naming no other town), its state or country."""
    dl = _dateline_place(doc)
    cc = doc.context.get("focus_country")
    foreign = dl is not None and bool(cc) and bool(dl.country) and dl.country != cc
    # ("DUBAI — Iranian security forces opened fire on protesters in Zahedan": a bureau abroad, not the story's place)
    if dl is not None and dl.precision != "country" and not foreign:
        return dl  # (a country's label, "Iran: protests erupt ...", yields to a town of it the lead names)
    counts: dict = {}
    for m in doc.places:
        if m.get("feature") == "city" and m.value.lat is not None and not m.get("outlet") and not m.get("origin") \
                and not (foreign and m.value.country != cc):  # (not the bureau's town)
            counts.setdefault(m.value.geonames_id, [0, m])[0] += 1
    if counts:
        ranked = sorted((v[0] for v in counts.values()), reverse=True)
        n, top = max(counts.values(), key=lambda v: v[0])
        lead_end = doc.sentences[min(1, len(doc.sentences) - 1)].end if doc.sentences else len(doc.text)
        if top.start < lead_end or not foreign and (n * 2 >= sum(ranked) or (n >= CITY_LEAD and n >= CITY_LEAD * ranked[1])):
            # (under a bureau's dateline abroad, only a town of the lead is the story's: the towns told further
            # down are where parts of it happened)
            if dl is None or foreign or top.value.country == dl.country:
                return top.value  # the story's city: named in its lead, or most of its city mentions, or
                                  # far more often than any other town ("Detroit" 4 times, 6 towns once)
    if dl is not None and not foreign:
        return dl
    if cc and _only_things_of(doc, cc):
        return Place()  # "chanted slogans after the downing of the Ukrainian airliner": no place of the story's
    outlet = next((m for m in doc.places if m.get("outlet") and m.get("feature") == "city"
                   and m.value.lat is not None and m.value.country == cc), None)
    if outlet is not None:
        return outlet.value  # a local outlet's town: the story names no place of its own
    for m in doc.places:
        if m.get("origin") and m.get("feature") == "city" and m.value.lat is not None:
            return m.value  # "اهل زنجان" (a native of Zanjan) and no other town: where the story's person lived
    for m in doc.places:
        if m.value.country == cc and m.get("feature") in ("admin1", "country") and not m.get("outlet") and not m.get("origin"):
            return m.value
    return Place(country=cc, precision="country") if cc else Place()  # only the report's country is known
