"""Is a capitalised gazetteer match a place here? The words around it decide the clear cases.

"Mr. Henry", "Lincoln said", "Reading a statement", "Chamber of Commerce", "MEK" are not places;
"in Mobile" and "Alexandria, La." are. Weak cases are left to the document's context
(:mod:`vigil.geo.resolve`).
"""
from __future__ import annotations

import re

from .detect import Candidate
from .gazetteer import ADMIN1, ADMIN2, ALIAS, CITY, COUNTRY, REGION, Gazetteer
from .names import fold_key

_TITLES = frozenset("mr mrs ms miss dr sen rep gov lt gen sgt capt col maj adm rev pastor father sister "
                    "brother judge officer deputy detective president mayor chief coach uncle aunt saint "
                    "prof professor sir lady lord dame king queen prince princess cmdr cpl pvt".split())
_DOTTED_TITLES = frozenset("mr mrs ms dr sen rep gov lt gen sgt capt col maj adm rev prof cmdr cpl pvt".split())
_PREPS = frozenset("in at near from to outside across throughout into around toward towards via between "
                   "of inside within through visited visit visiting reached leave left".split()) | frozenset(
    # Persian: in, from, to, near, around, in front of, resident of, native of, city of, county of, village of;
    # and the works and offices a town's name follows ("پتروشیمی عسلویه", Asaluyeh's petrochemical plant:
    # refinery, municipality, bazaar, governor's office, province's office, mine; not a university or a
    # hospital, which are named after people as often)
    "در از به نزدیک حوالی اطراف مقابل ساکن اهل شهر شهرستان روستای پتروشیمی پالایشگاه شهرداری بازار فرمانداری استانداری معدن".split())
_SPEECH = re.compile(r"\s*(?:,\s*\d{1,3},(?!\d)|said|says|told|added|explained|wrote|asked|stated|testified|"
                     r"who\b|and his|and her|\(R|\(D|,\s*(?:a|an|the)\s+\d)")
_SAID = re.compile(r"\s*(?:said|says|told|added|explained|recalled|described|wrote|testified)\b")
_PHRASE_END = re.compile(r"\s*(?:[,.;:)]|$)")  # "according to Taylor." (not "according to Hopkinton police")
_ACCORDING = re.compile(r"\baccording to\s+$", re.I)
_ROLE_AFTER = re.compile(r",\s+(?:the|a|an|his|her|their|whose)\s+(?:[\w-]+\s+){0,2}?(?:aunt|uncle|mother|father|son|"
                         r"daughter|sister|brother|cousin|grandmother|grandfather|wife|husband|girlfriend|boyfriend|"
                         r"friend|neighbou?r|owner|manager|reporter|spokes(?:man|woman|person)|witness|victim|"
                         r"suspect|pastor|attorney|lawyer|teacher|student|resident)\b")
_PRONOUN_I = re.compile(r"(?:^|\s)I$|^I\s")
_STREET = re.compile(r"\s+(?:Street|St\b|Road|Rd\b|Avenue|Ave\b|Drive|Dr\b|Boulevard|Blvd|Lane|Ln\b|Way|"
                     r"Court|Ct\b|Circle|Place|Pl\b|Pike|Parkway|Pkwy|Terrace|Trail|Square|Plaza|Bridge|Stadium)\b")
# a hall named after someone, whatever towns bear the name: "students occupied Hamilton Hall" (but a
# town's own hall or library is the town's: "Hanover Town Hall", "Paris Library")
_BUILDING = re.compile(r"\s+Hall\b")
# a landmark named in lower case, as wires and translations write them: "near Azadi square", "on
# Enghelab street" (but "a Dayton street" is a street of Dayton: see _ONE_OF_TOWN)
_LOWER_LANDMARK = re.compile(r"\s+(?:square|street|avenue|boulevard|bridge|stadium)\b")
_ONE_OF_TOWN = re.compile(r"(?:^|\s)(?:[Aa]n?|one|another|every)\s+$")
# a body part after a name: a person hit there, not a place ("struck Austin in the abdomen")
_WOUND_AFTER = re.compile(r"\s+in\s+(?:the|his|her)\s+(?:(?:left|right|upper|lower)\s+)?(?:head|face|neck|chest|back|arms?|legs?|"
                          r"shoulders?|stomach|abdomen|side|hands?|foot|feet|hips?|thighs?|torso|buttocks|groin|knees?|ankles?)\b")
# a block of homes named after a town: "Timberlake Village Apartments", "Hillcrest Townhomes"
_HOMES = re.compile(r"\s+(?:Apartments|Apartment\s+Homes|Apts\b|Condominiums|Condos\b|Townhomes|Townhouses|"
                    r"Mobile\s+Home\s+(?:Park|Community)|Trailer\s+Park)")
_STREET_PAIR = re.compile(r"\s+and\s+(?:[A-Z][\w.'’-]*\s+){1,3}(?i:streets|roads|avenues|boulevards|drives|lanes|"
                          r"highways|parkways)\b")
# ... and the second of the pair: "between Sycamore and Genesee streets"
_STREETS = re.compile(r"\s+(?i:streets|roads|avenues|boulevards|drives|lanes|highways|parkways)\b")
_AND_BEFORE = re.compile(r"[A-Z][\w.'’-]*\s+and\s+$")
# "the West Side", "Chicago's Far South Side": a part of a town, whatever namesake a gazetteer lists
_TOWN_SIDE = re.compile(r"(?:(?:Far|Near|Lower|Upper)\s+)?(?:North|South|East|West|Northwest|Northeast|Southwest|"
                        r"Southeast)\s+Side", re.I)
# a nationality in a set phrase that places nothing: "Russian roulette", "a German shepherd"
_IDIOM_NEXT = re.compile(r"\s+(?i:roulette|shepherds?|fries|toast|standoff|bulldogs?|doors?)\b")
_VERBISH_NEXT = re.compile(r"\s+(?:a|an|the|his|her|their|its|our|my|your|this|that|to|up|out|down|off)\s")
_TWO_WORD_NAME = re.compile(r"\s+[A-Z][a-z]+(?:,?\s+(?:Jr|Sr|II|III)\b|\s+[a-z(]|[,.;:)]|\s*$)")  # "Tyler Zilverberg and"
_SURNAME_STOPNAMES = frozenset({"Obama", "Bush", "Clinton", "Trump", "Biden"})  # stop names that follow first names
_LOCATIVE = frozenset("in at near outside inside throughout across around to from into".split())
_PLACE_PREPS = frozenset("in at near from to outside across throughout into around inside within".split())
# a town's own services after its name: "Winona PD:", "Mobile police said" (no person's name)
_SERVICE_NEXT = re.compile(r"\s+(?:PD\b|P\.D\.|(?i:police|fire department|sheriff's office)\b)")
# a works named by its town: "at the Shush sugar mill", "the Arak machine factory" (a common word as a
# town's name, taken when a works follows)
_WORKS_NEXT = re.compile(r"\s+(?:(?:sugar|steel|cement|oil|gas|petrochemical|textile|tyre|tire|car|machine|machinery|"
                         r"aluminium|aluminum|copper|paper|glass|power|railway|rail|truck)\s+)?(?:mills?|plants?|factory|factories|"
                         r"refinery|refineries|complex|works|steelworks|mines?|company)\b")
_THE_BEFORE = re.compile(r"\bthe\s+$", re.I)
# a square's or avenue's name after its generic word: "the Plaza de Bolivar", "Praça da Sé", "Avenida
# Brasil", "Place de la Nation" (a landmark of the story's town, whatever the name also names)
_SQUARE_WORDS = ("Plaza Plazuela Praça Praca Piazza Piazzale Place Avenida Calle Rua Paseo Parque Avenue Boulevard "
                 "Bulevar Maidan Meydan Midan Square").split()
_SQUARE_PARTICLES = ("de", "del", "de la", "de los", "de las", "da", "do", "das", "dos", "della", "delle", "dei", "di",
                     "du", "de l['’]", "des")
_SQUARE_BEFORE = re.compile(rf"\b(?:{'|'.join(_SQUARE_WORDS)})[^\S\n]+(?:(?:{'|'.join(_SQUARE_PARTICLES)})[^\S\n]+)?$")
# (the word right before the name, a quick test: one of the square's words or of their particles)
_SQUARE_GATE = frozenset(_SQUARE_WORDS) | {w.split("[")[0] for p in _SQUARE_PARTICLES for w in p.split()}
# a house number before a name: a street ("On 11700 Robertson", "at 2400 Lincoln"), not a year ("in 2016 Orlando")
_HOUSE_NUMBER = re.compile(r"(?<![\d,.$])(?!(?:18|19|20)\d\d\s)\d{3,5}\s+$")
_PERSONISH_NEXT = re.compile(r"\s+(?:[A-Z]\.\s*)?[A-Z][a-z]+(?:\s|$|[,.;:'’])")
_LETTERS = re.compile(r"[A-Za-z]+|[\u0620-\u064a\u066e-\u06d3]+")  # Latin, or Arabic-script letters (Persian)
_INITIAL = re.compile(r"(?<![\w.])[A-Z][a-z]+ [A-Z]\. $")
_LIST_GAP = re.compile(r",\s|\s(?:and|or|&)\s|,\s(?:and|or)\s")
_ORG_OF = re.compile(r"([A-Z][a-z]+)\s+of\s+(?:the\s+)?$")
_AFTER_PLACE = re.compile(r"[A-Za-z][a-z]+,\s*$|[A-Za-z][a-z]+\s+\($|[A-Z]{3,},\s*$")
_STRONG_KINDS = frozenset({COUNTRY, ADMIN1, REGION})
# a first name, then a surname and an age between commas: "Jordan Hale, 34, of ..."
_AGED_NAME = re.compile(r"\s+(?:[A-Z]\.\s+)?([A-Z][\w'’-]+)(?:\s+(?:Jr|Sr|II|III)\.?)?,\s*\d{1,3}\s*,(?!\d)")
_AGE_AFTER = re.compile(r",\s*\d{1,3}\s*,(?!\d)")  # (an age, not "In Paris, 119,000 marched")
_AREA_WORDS = frozenset("County Parish Township Borough City Town Village District Province".split())
_GENERIC_WORDS = frozenset("County Parish Township Borough City Town Village Street Road Avenue Drive Lane Park "
                           "River Creek Lake Valley Hill Hills Beach Island Bay Heights Springs Falls".split())


def word_before(text: str, start: int) -> str:
    """The letters that end the 20 characters before ``start``, but for spaces and a dot after
    them ("in", "Mr"; "" after a digit or a comma). (Read from the end of the reversed window:
    a regex anchored at the end would be tried from every letter.)"""
    w = text[max(0, start - 20):start].rstrip()
    if w[-1:] == ".":
        w = w[:-1]
    m = _LETTERS.match(w[::-1])
    return m.group()[::-1] if m else ""


def preceded_by_prep(text: str, start: int) -> bool:
    return word_before(text, start).lower() in _PREPS


def before_word(text: str, c: Candidate) -> str:
    """The word before the candidate, computed once."""
    if c.before is None:
        c.before = word_before(text, c.start)
    return c.before


def after_prep(text: str, c: Candidate) -> bool:
    return before_word(text, c).lower() in _PREPS


def after_locative(text: str, c: Candidate) -> bool:
    """ "in X", "to X": a place reading even where the document used X for a person (not
    "according to X")."""
    w = before_word(text, c).lower()
    return w in _LOCATIVE and not (w == "to" and text[max(0, c.start - 14):c.start].lower().startswith("according"))


def person_like(gaz: Gazetteer, text: str, c: Candidate) -> str:
    """Why the words around a name say it is a person's ("" if they do not)."""
    if "\u0600" <= c.text[0] <= "\u06ff":
        return _persian_person(text, c)
    before = before_word(text, c)
    gap_ok = text[c.start - 1:c.start] == " " if c.start else False
    if text[max(0, c.start - 3):c.start].rstrip().endswith("."):  # "... the president. CINCINNATI"
        if c.tokens == 1 and _INITIAL.search(text, max(0, c.start - 30), c.start):
            return "surname"  # "Kijuan D. McDonald"
        if before.lower() not in _DOTTED_TITLES:
            before, gap_ok = "", False
    if before.lower() in _TITLES:
        return "title"
    if c.tokens == 1 and gap_ok and before[:1].isupper() and fold_key(before) in gaz.first_names:
        return "surname"
    after = text[c.end:c.end + 40]
    if c.tokens == 1 and c.key in gaz.first_names and _PERSONISH_NEXT.match(after):
        nxt = after.split()[0].strip(",.;:'’")
        if (fold_key(nxt) not in gaz.stopnames or nxt in _SURNAME_STOPNAMES) and nxt not in _GENERIC_WORDS:
            if not c.name.strong or (_TWO_WORD_NAME.match(after) and before.lower() not in _PLACE_PREPS):
                return "first-name"
    if c.tokens == 1 and "," in after and (m := _AGED_NAME.match(after)) and m.group(1) not in _AREA_WORDS:
        return "first-name"  # "Brandon Hill, 34, was ...": a person's name and age
    if c.tokens == 1 and before[:1].isupper() and gap_ok and after[:1] == "," and _AGE_AFTER.match(after):
        return "surname"  # "Jose Ortega Vargas, 23, was charged"
    if c.tokens == 1 and before[:1].isupper() and gap_ok and _SPEECH.match(after):
        return "speech"
    if c.tokens == 1 and not c.name.strong and not after_locative(text, c):  # a small town's name used for a person
        if _SAID.match(after):
            return "speech"  # "... screaming,” Frazier said."
        if _ACCORDING.search(text, max(0, c.start - 16), c.start) and _PHRASE_END.match(after):
            return "source"  # "According to Keil, two women ..."
        if after[:1] == "," and _ROLE_AFTER.match(after):
            return "role"  # "Frazier, the aunt of one of the boys"
    return ""


# Persian titles before a person's name ("جاوید نام مائده مرادی کیان": the memorial title, then a
# first name and surnames; "سامان" and "کیان" are villages too), and a name's words after them
_FA_TITLE = re.compile(r"(?:جاوید[\u200c ]?نام|شهید|آقای|خانم|دکتر|سید|سیده|زنده[\u200c ]?یاد|مرحوم)\s*"
                       r"(?:[\u0620-\u06d3\u200c]+\s+){0,2}$")


def _persian_person(text: str, c: Candidate) -> str:
    """A Persian-script name within the two words after a title is a person's, unless a
    preposition stands right before it ("جاوید نام ... در کرج" is a place)."""
    if before_word(text, c) in _PREPS:
        return ""
    return "title" if _FA_TITLE.search(text, max(0, c.start - 40), c.start) else ""


def after_org_of(gaz: Gazetteer, text: str, c: Candidate) -> bool:
    """ "Chamber of Commerce", "Bank of America": the name after "of" belongs to an organisation."""
    lo = max(0, c.start - 30)
    if not text[lo:c.start].rstrip().endswith(("of", "the")):
        return False  # (the words must end the window: a cheap test first)
    m = _ORG_OF.search(text, lo, c.start)
    return bool(m) and fold_key(m.group(1)) in gaz.stopnames


# Persian pronouns, prepositions and particles: a run of them names no place ("او به"), though
# each of "شهر کرد" (Shahr-e Kord) is an everyday word too
_PERSIAN_FUNCTION_WORDS = frozenset("او به از در با تا که را این آن ما هم و بر برای یا".split())


_ARTICLES = frozenset({"al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ul", "ed", "es", "ez", "et"})


# Persian and Turkic words for a river ending a river's name: "Zayandeh Rud", "Karaj Rood", "Qezel Chay"
_RIVER_WORDS = frozenset({"rud", "rood", "chay", "chai"})
_CAPITAL_WORD_BEFORE = re.compile(r"[A-Z][a-z]+\s+$")


# a way along which a crowd moves: "marching down Sherbrooke", "marched along the Alameda"
_ALONG_BEFORE = re.compile(r"\b(?:march(?:ed|ing|es)?|walk(?:ed|ing|s)?|parad(?:ed|ing|es)?|stream(?:ed|ing|s)?|filed|filing)\s+"
                           r"(?:down|along|up)\s+(?:the\s+)?$", re.I)
_PARTICLE_NAME_AFTER = re.compile(r" (?:dos|das|do|da|de|del|de la|della|di|du|des) [A-Z]")


def keep_candidate(gaz: Gazetteer, text: str, c: Candidate, persons: set[str]) -> bool:
    """Detection: is this capitalised match a place here? (Context decides weak cases later.)"""
    key, kinds, strong = c.key, c.name.kinds, c.name.strong
    if c.abbrev:
        return keep_abbrev(text, c)
    if text[c.end:c.end + 1] == "$":
        return False  # "US$460 million", "NZ$": a currency
    if not c.hashtag and CITY in kinds and not (kinds & {COUNTRY, REGION}) \
            and _ALONG_BEFORE.search(text, max(0, c.start - 30), c.start):
        return False  # "students marching down Sherbrooke": a street of the story's town, not the town of Sherbrooke
    if c.tokens == 1 and c.key in _ARTICLES and text[c.end:c.end + 1] in ("-", "'", "’"):
        return False  # "Al-Aqsa", "El-Sisi", "Ad-Dawr": an Arabic article, not the Norwegian town Al
    if c.tokens > 1 and _PRONOUN_I.search(c.text):
        return False  # "Then I left" is not Theni
    if not c.hashtag and not (kinds & {COUNTRY, REGION}) and _WOUND_AFTER.match(text, c.end):
        return False  # "one shot struck Austin in the abdomen": a person
    if c.qualifier and held_by_state(gaz, c):
        return True  # "Hope, Ark.", "MARION, Ind.": a town of that name in that state
    if c.tokens == 1 and key in gaz.stopnames and not c.hashtag:
        return False
    if not (kinds & {COUNTRY, REGION}) and _BUILDING.match(text, c.end) and not c.text.endswith(("Town", "City")):
        return False  # "Hamilton Hall"
    if c.tokens > 1 and not c.text.isascii() and all(w in _PERSIAN_FUNCTION_WORDS for w in c.text.split()):
        return False  # "او به" (he ... to), read as the Afghan hamlet "اوبه": Persian words, no name
    if c.tokens == 1 and len(c.text) <= 4 and (alias := _acronym_alias(c)) is not None:
        return alias  # "NYC", "L.A." (curated short names) in capitals only: "La Moneda", "Us and them" name none
    if len(c.text) <= 4 and c.text.isupper() and not (kinds & _STRONG_KINDS):
        return False  # acronyms (MEK, IRGC) are not towns
    if c.tokens == 1 and kinds & {COUNTRY, REGION} and _IDIOM_NEXT.match(text, c.end):
        return False  # "playing Russian roulette": no place in Russia
    if key in gaz.common_words and _VERBISH_NEXT.match(text, c.end):
        return False  # "was Reading a statement"
    if not strong and CITY in kinds and (_STREET.match(text, c.end) or _STREET_PAIR.match(text, c.end)
                                         or (_STREETS.match(text, c.end) and _AND_BEFORE.search(text, max(0, c.start - 40), c.start))
                                         or _HOMES.match(text, c.end)
                                         or (_LOWER_LANDMARK.match(text, c.end)
                                             and not _ONE_OF_TOWN.search(text, max(0, c.start - 9), c.start))):
        return False  # "Pecos Road", "near North Pecos and East Gowan roads", "Hillcrest Apartments", "Azadi square"
    if not c.hashtag and not (kinds & {COUNTRY, REGION}) and _PARTICLE_NAME_AFTER.match(text, c.end) \
            and text.endswith(("the ", "The "), max(0, c.start - 4), c.start):
        return False  # "on the Esplanada dos Ministerios", "the Paseo de la Reforma": a longer name, not the town
    if c.tokens == 1 and key in _RIVER_WORDS and _CAPITAL_WORD_BEFORE.search(text, max(0, c.start - 30), c.start):
        return False  # "the dry Zayandeh Rud riverbed": a river's name ("Rud" is river in Persian), not the town Rud
    if not c.hashtag and before_word(text, c) in _SQUARE_GATE and _SQUARE_BEFORE.search(text, max(0, c.start - 24), c.start):
        return False  # "protesters who stayed in the Plaza de Bolivar": a square, not the department of Bolivar
    if not strong and CITY in kinds and not c.hashtag and text[max(0, c.start - 2):c.start - 1].isdigit() \
            and _HOUSE_NUMBER.search(text, max(0, c.start - 8), c.start):
        return False  # "On 11700 Robertson, one person has been killed": an address
    if not strong and c.tokens > 1 and _TOWN_SIDE.fullmatch(c.text):
        return False  # "the West Side": a part of the story's town
    if not c.hashtag and not (kinds & {COUNTRY, REGION}):
        why = person_like(gaz, text, c)
        if why and (why in ("title", "first-name") or not strong or why == "surname"):
            if why != "first-name" and not after_locative(text, c):
                persons.add(key)  # (a first name says nothing about the same word elsewhere)
            return False
    if not strong and after_org_of(gaz, text, c):
        return False
    if c.tokens == 1 and not strong and (key in gaz.common_words or key in gaz.first_names):
        if (c.sentence_initial or not (c.qualifier or after_prep(text, c))) and not _SERVICE_NEXT.match(text, c.end) \
                and not (_WORKS_NEXT.match(text, c.end) and _THE_BEFORE.search(text, max(0, c.start - 5), c.start)):
            return False
    elif c.tokens == 1 and key in gaz.common_words and not (kinds & _STRONG_KINDS):
        if c.sentence_initial and not c.qualifier:
            return False
    return True


def _acronym_alias(c: Candidate):
    """A short word that names a place by a curated short form ("NYC", "L.A.", "D.C."): True
    when written as that form (capitals of three letters, or dots), False when it is not and
    the short form is all it could name ("La Moneda", "Dc"); None to decide as for any word (two
    bare capitals, "LA", are more often a state's postal code)."""
    if not any(h.match == ALIAS for h in c.hits):
        return None
    letters = c.text.replace(".", "")
    if len(letters) > 3 or not letters.isascii() or not letters.isalpha():
        return None
    if letters.isupper():
        return True if "." in c.text or len(letters) == 3 else None
    return False if all(h.match == ALIAS for h in c.hits) else None


def held_by_state(gaz: Gazetteer, c: Candidate) -> bool:
    """A town of the name lies in the state that an abbreviation right after it names."""
    states = {(gaz.cc(h.entry), gaz.admin1_code(h.entry)) for q in c.qualifier if q.abbrev for h in q.hits}
    return any(gaz.kind(h.entry) == CITY and (gaz.cc(h.entry), gaz.admin1_code(h.entry)) in states for h in c.hits)


def keep_abbrev(text: str, c: Candidate) -> bool:
    if c.abbrev == "safe":
        return True
    after_place = _AFTER_PLACE.search(text[max(0, c.start - 30):c.start]) is not None
    if c.abbrev == "ap":
        return after_place
    after = text[c.end:c.end + 1]
    return after_place and (not after or not after.isalnum())


def listed(gaz: Gazetteer, text: str, cands: list[Candidate], keep: list[bool], persons: set[str]) -> None:
    """Take back weak town names listed with towns: "Middletown, Trenton and Monroe", "Gainesville
    and Lindsay" (not stop names, nor names the words around or the document give to people)."""
    for i, c in enumerate(cands):
        if keep[i] or c.tokens != 1 or c.abbrev or c.text.isupper() or CITY not in c.name.kinds:
            continue
        if c.key in gaz.stopnames or c.key in persons or person_like(gaz, text, c) or _STREET_PAIR.match(text, c.end) \
                or _ALONG_BEFORE.search(text, max(0, c.start - 30), c.start):
            continue  # (nor the first of a pair of streets: "between Sycamore and Genesee streets"; nor a way
            # marched along: "along the Alameda, Santiago's main avenue")
        if _town_beside(text, cands, keep, i, i - 1) or _town_beside(text, cands, keep, i, i + 1):
            keep[i] = True


def _town_beside(text: str, cands: list[Candidate], keep: list[bool], i: int, j: int) -> bool:
    if not (0 <= j < len(cands) and keep[j] and cands[j].name.kinds & {CITY, ADMIN2}):
        return False
    a, b = (cands[j], cands[i]) if j < i else (cands[i], cands[j])
    return _LIST_GAP.fullmatch(text, a.end, b.start) is not None
