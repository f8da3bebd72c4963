"""People counted one by one: "a man was shot and killed" is one fatality, "Ann Lee, 20, and
Bo Chan, 19, were killed" two. Only the count is kept, never a name.

Finding these cheaply matters (they sit in every crime report): person nouns are found first
with a prefix-dispatched scan, and the determiner is looked for just before each of them,
instead of trying a long pattern at every "the" and "a".
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cached_property
from typing import Optional

from .. import lexicon
from .gates import by_first_letter, opening_letters, two_letter_gate
from .wordscan import ScannerGroup, WordScanner, WordStarts

_DET_BEFORE = re.compile(r"(?:\b(?i:an?|one|the|another|his|her|their)|\b[A-Z][a-z]+['’]s)\s+"
                         r"(?:(?!(?i:and|or|an?|the|his|her|their|of|each|every|for)\s)[\w'’-]+\s+){0,3}$")  # (not "the family of each person")
_POSSESSIVE = re.compile(r"\b[A-Z][a-z]+['’]s?(?=\s)")  # "Lee's son", "Gaines' boyfriend": a name
_AGE = re.compile(r"(?:\d{1,2}|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
                  r"sixteen|seventeen|eighteen|nineteen)\b)(?:[-–‑\s]years?[-–‑\s]old|\s?y/o)\b", re.I)  # ("a 25 y/o man")
# Found first (see ``_age_tails``) from their "y": only "y" and "Y" match it under re.I, and the
# engine skips ahead to a case-sensitive class (spaces, which the plain form opens with, are everywhere).
_AGE_Y = re.compile(r"[Yy](?i:(?P<years>ears?[-–‑\s]old)|/o)\b")  # (web text may join them with dashes: "16–year–old")
_ARTICLE_BEFORE = re.compile(r"\ban?\s+$", re.I)
_AGE_APPOSITION = re.compile(r",\s+\d{1,2},")
# A name ending right before an age: "Ann Lee", "Ann B. Lee", "Ann B Lee Jr.", "Al Lee III".
_NAME_BEFORE = re.compile(r"(?:^|(?<=[\s(\"“]))((?:[A-Z][a-z'’-]+\s+(?:[A-Z]\.?\s+)?){0,2}[A-Z][a-z'’-]+"
                          r"(?:,?\s+(?:Jr|Sr)\.?|\s+(?:II|III|IV))?)$")
_AND = re.compile(r"^\s+(?:and\s+)?$")

# Phrases that stand for one person, found at word starts by one prefix-dispatched scan (each
# starts with a word, so only the words that can open one are tried). Their kinds:
_VERB_LIST = r"arrested|detained|handcuffed|killing|killed|shot and killed|fatally shot|shooting and killing|shooting|wounding|" \
             r"wounded|injuring|injured|charged|booked|jailed|indicted|convicted"
_COUNTING_VERBS = rf"(?:{_VERB_LIST})"
# A bullet "striking him" wounds someone, medics "pronounced him dead", doctors "declared her brain
# dead"; of a name "striking" mostly tells how a death came about ("the gun went off, striking
# Lee in the head"), so these count pronouns only.
_OBJECT_VERBS = rf"(?:striking|declared|pronounced|{_VERB_LIST})"
_PHRASES = (
    ("pronoun", r"(?:he|she)\b"),
    ("reflexive", r"(?:him|her)self\b"),  # "accidentally shot himself"
    # one more person told without a noun: "one teen was hurt and another is in custody", "a fourth was wounded"
    # ("one killed and another critically injured": what befell the first is left out for the second)
    ("pronoun", r"(?:another|a (?:second|third|fourth|fifth|sixth))(?=\s+(?:is|was|has|had|in|died|remains|remained|"
                r"(?:\w+ly\s+)?(?:injured|wounded|hurt|killed|dead)\b))"),
    ("arrest", r"(?:made|make|makes|making)\s+(?:an|one)\s+arrest\b|arrest\s+(?:has\s+been\s+|was\s+)?made\b"),
    # a single arrest told without a count: "turned himself in", "took him into custody"
    ("arrest", r"turned (?:him|her)self in\b|surrendered to (?:police|authorities|deputies|officers|investigators)\b|"
               r"(?:took|taken|taking|(?<!to )take|(?<=able to )take) (?:him|her|(?-i:[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+)?)) "
               r"into custody\b|placed (?:him|her) under arrest\b|"  # ("to take him into custody": an aim)
               r"(?:had|have|has) (?:him|her) in custody\b|(?:is|was) (?:now )?under arrest\b|"
               # a warrant that charges someone ("a warrant was issued charging him with murder"; not "may consider charging him")
               r"warrants? (?:(?:was|were|has been|have been|had been)\s+)?(?:issued|obtained|filed|signed|served) charging"
               r"(?= (?:him|her|(?-i:[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){0,2})),? with\b)"),
    # an object after a verb that counts it: "killing her", "police arrested Ann Lee"
    ("object", _OBJECT_VERBS + r"\s+(?:him|her)\b(?!\s*(?:self|own)\b)"),
    # (the verb in lower case: in a Title Case headline every word looks like a name)
    ("named_object", r"(?-i:" + _COUNTING_VERBS + r" (?:[A-Z][a-z'’-]+ ){0,2}[A-Z][a-z'’-]+)\b"),  # (not across lines)
)
# Words before an "-ing" verb that make it a noun ("the shooting", "Friday's killing", "a fatal
# shooting", "the Elm Park shooting"): a name after it is no one it befell ("after the shooting
# Lee fled"; a web page's "Elm Park shooting Posted: Monday").
_NOUN_BEFORE = re.compile(r"(?:\b(?:the|a|an|that|this|its|his|her|their|fatal|deadly|double|triple|quadruple|mass|drive-by|"
                          r"accidental|apparent|latest|recent|weekend|overnight)|['’]s?|\b[A-Z][\w.'’-]*|\d)\s+$")
_NAMED_CUSTODY = re.compile(r"(?:took|taken|take|taking) [A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+)? (into custody)")
_LAST_WORDS = re.compile(r"(?:him|her)$|(?:[A-Z][a-z'’-]+\s+){0,2}[A-Z][a-z'’-]+$")
# Bare "self" after a verb, as headlines write it: "boy shoots self in face", "Toddler Shoots Self
# With Rifle"; and a limb of one's own: "farmer shoots own foot" (what befell them is read from the
# verb before).
# Each is found from its literal tail ("elf", "wn "), which the engine finds fast; the first letter,
# either case, is checked after (see ``_selves``).
_SELF = re.compile(r"elf\b")
_SELF_AFTER = re.compile(r"\s+(?i:in|after|with|at|on|while)\b|[,.;:]|$")
_OWN_LIMB = re.compile(r"wn (?i:leg|foot|hand|arm|thigh|knee|finger|toe|shoulder|ankle|hip)\b")
# A predicate that tells what befell someone, found from its first word (a literal, which the
# regex engine finds fast); the person named just before it is looked for afterwards:
# "McVay was arrested", "Ann Lee has been charged", "Cooper died at the scene".
# (compiled after a space and a look-ahead of its first letters: see ``_after_space``)
_PREDICATE_WORDS = (r"(?:(?:was|has been|had been|is) (?:(?P<what>(?:later |also |then |subsequently |fatally |critically |seriously )?"
                    r"(?:shot|killed|wounded|injured|hurt|grazed|treated|hospitali[sz]ed|arrested|charged|booked|detained|taken into custody|"
                    r"pronounced (?:dead|deceased)|found dead))\b)?|"
                    r"(?P<died>(?:later )?(?:died|dies|surrendered)|suffered|sustained)\b)")
_ONE_NAME = re.compile(r"(?<![\w.'’-])[A-Z][a-z'’]+(?:[A-Z][a-z'’]+)?$")
_TWO_NAMES = re.compile(r"\b[A-Z][a-z'’-]+\s+[A-Z][a-z'’-]+$")
_NOT_A_NAME = frozenset("""He She It They We This That These Those There Here What Which Who Whom Whose When Where Why How
    Police Officers Officer Authorities Investigators Deputies Detectives Troopers Officials Sheriff Someone Somebody Anyone
    Anybody Everyone Everybody Nobody Nothing None One Each Another Both All Everything Something Anything Neither
    Either Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August
    September October November December Today Yesterday Tonight Suspect Victim Man Woman Two Three Four Five Six
    Seven Eight Nine Ten""".split())
# Words between an age and the person it describes: "4-year-old Auburndale boy".
_BETWEEN_AGE_AND_NOUN = re.compile(r"(?:\s+(?!(?:and|or|but|was|were|is|are|has|had|dead|his|her|their|the|an?|of|in|at|on|to|"
                                   r"with|by|for|from)\b)[\w'’-]+){0,3}?\s+$", re.I)
_QUANTIFIERS = r"(?:No|Not|Each|Every|Any|All|Both|Some|Many|Several|Neither|Either|Few|Most|Which|What|Whose|Other)"
_HEAD_SOURCE = r"(?:[A-Z][\w.&'’ -]{1,30}:\s+)?"  # "Police: ", left out of the person's words
_HEAD_PREFIX = r"(?:(?:Young|Teenage|Elderly|Armed|Unarmed|Local|Pregnant|Off-duty|Former|Another|Second|Third)\s+)?"


def _age_matches(text: str, a: int, b: int):
    """Matches of ``_AGE`` inside ``[a, b)``, each found from its "year(s) old": the engine
    jumps to those words instead of trying every age word at every character."""
    for start, end in _age_tails(text, a, b):
        m = _AGE.search(text, max(a, start - 10), end)
        if m is not None and m.end() == end:
            yield m


def _age_tails(text: str, a: int, b: int):
    """Spans inside ``[a, b)`` of "years old", "year-old", "y/o" (each with the space or
    hyphen before it; "y/o" also glued to the age: "25y/o"), in any case, found from their "y"
    (``_AGE_Y``): the character before it is looked at here (a space is what ``\\s`` matches,
    as ``str.isspace`` tells). The test holds them to the plain pattern's matches."""
    for y in _AGE_Y.finditer(text, a, b):
        s = y.start()
        space_before = s > a and text[s - 1].isspace()
        if y.group("years") is None:
            yield (s - 1 if space_before else s), y.end()  # "25 y/o", "25y/o"
        elif space_before or s > a and text[s - 1] in "-–‑":
            yield s - 1, y.end()


def _after_space(pattern: str) -> str:
    """``pattern`` after a space, which a verb's pattern opens with (a literal the engine finds fast)."""
    return " " + opening_letters(pattern) + pattern


_PREDICATE = re.compile(_after_space(_PREDICATE_WORDS))


@dataclass
class Person:
    """One or more people counted one by one (read-only by convention: dozens are made per
    report, and a frozen dataclass pays a call for each field it sets)."""

    start: int
    end: int
    count: int = 1
    arrest: bool = False  # "made an arrest": an arrest whatever follows
    named: bool = False  # told by name: only the count is kept, the claim's words are the verb


@dataclass(frozen=True)
class PeopleFinder:
    data: dict

    @cached_property
    def nouns(self) -> WordScanner:
        """Person nouns, one pattern each (in the order of ``lexicon.alternation``): a word
        start tries only the nouns that can start there, not the whole list."""
        return WordScanner([rf"(?:{w})(?!s\b)" for w in lexicon.longest_first(self.data["people"]["persons"])])

    @cached_property
    def headline(self) -> re.Pattern:
        """A person opening a sentence without a determiner: a capitalised person word ("Teen
        Killed"), or a lower-case one after up to three capitalised words ("Molalla man"; not a
        possessive, which is someone's name: "Ann Lee's son")."""
        return re.compile(rf"{_HEAD_SOURCE}{self.headline_person}")

    @cached_property
    def headline_bare(self) -> re.Pattern:
        """``headline`` without its source ("Police: "), for sentences with no colon near their start."""
        return re.compile(self.headline_person)

    @cached_property
    def headline_person(self) -> str:
        """The person of ``headline`` (group ``p``)."""
        persons = self.data['people']['persons']
        return (rf"(?P<p>{_HEAD_PREFIX}(?:{lexicon.alternation(self.data['people']['headline'])})\b|"
                rf"(?!{_QUANTIFIERS}\b)(?:[A-Z][\w.&-]*+(?<!['’]s)\s++){{1,3}}{two_letter_gate(lexicon.alternation(persons))}"
                rf"(?i:{by_first_letter(persons)})\b)")  # (a word and the spaces after it never give back a character)

    @cached_property
    def phrases(self) -> WordScanner:
        return WordScanner([p for _, p in _PHRASES], tail="")

    def find(self, text: str, words: WordStarts, sentence_starts: list[int],
             spans: Optional[list[tuple[int, int]]] = None, found_words=None) -> list[Person]:
        """People in ``text``: at the given word starts (and inside ``spans``, character
        ranges, when given). ``found_words``: what ``word_group`` finds at those starts, when
        the caller has run its scanners (``scanners``) with its own."""
        spans = [(0, len(text))] if spans is None else spans

        def scan(rx):  # a compiled pattern, or a function (text, start, end) -> matches
            find = rx.finditer if isinstance(rx, re.Pattern) else rx
            for a, b in spans:
                yield from find(text, a, b)

        noun_hits, phrase_hits = found_words or self.word_group.matches(text, *words)
        nouns = [(*m.span(), i) for m, i in noun_hits]
        found = self._with_nouns(text, nouns) + self._ages(text, nouns, scan) + self._headlines(text, sentence_starts)
        found += self._phrases(text, phrase_hits)
        found += _selves(text, scan)
        found += named_people(text, scan)
        found += _named_before_predicates(text, scan)
        found += _names_before_plural_predicates(text, scan)
        return _joined(text, _longest(found), nouns)

    @cached_property
    def noun_before(self) -> re.Pattern:
        """A person noun ending the words before a verb: "the 16-year-old suspect"."""
        return re.compile(rf"\b(?:{lexicon.alternation(self.data['people']['persons'])})(?:,?\s+who)?,?\s*$", re.I)

    def held(self, text: str, sentence_starts: list[int], spans: Optional[list[tuple[int, int]]] = None) -> list[Person]:
        """People told one by one to be arrested, charged or jailed (see ``held_people``)."""
        spans = [(0, len(text))] if spans is None else spans
        return held_people(text, lambda rx: (m for a, b in spans for m in rx.finditer(text, a, b)),
                           sentence_starts, self.noun_before)

    @cached_property
    def scanners(self) -> tuple[WordScanner, WordScanner]:
        """The person nouns and the phrases."""
        return self.nouns, self.phrases

    @cached_property
    def word_group(self) -> ScannerGroup:
        """The person nouns and the phrases, found in one pass over the word starts."""
        return ScannerGroup(self.scanners)

    def _phrases(self, text: str, hits: list[tuple[re.Match, int]]) -> list[Person]:
        """People that ``phrases`` (its ``hits``: match, pattern index) stand for."""
        out = []
        for m, i in hits:
            s, e = m.span()
            kind = _PHRASES[i][0]
            if kind in ("pronoun", "reflexive"):
                out.append(Person(s, e))
            elif kind == "arrest":  # "took Maddox into custody": the claim's words leave the name out
                named = _NAMED_CUSTODY.match(text, s, e)
                out.append(Person(named.start(1), e, arrest=True) if named else Person(s, e, arrest=True))
            else:  # the person is the object: the last words of the phrase
                if kind == "named_object" and text.startswith("ing", text.find(" ", s) - 3) \
                        and _NOUN_BEFORE.search(text, max(0, s - 40), s):
                    continue  # "the shooting Monday", "Elm Park shooting Posted": a noun, with no object
                m = _LAST_WORDS.search(text, s, e)
                if m is not None and (kind == "object" or m.group().split()[0] not in _NOT_A_NAME):
                    out.append(_more_names(text, m.start(), m.end()) if kind == "named_object" else Person(m.start(), m.end()))
        return out

    @staticmethod
    def _with_nouns(text: str, nouns) -> list[Person]:
        out = []
        for s, e, _ in nouns:
            det = _DET_BEFORE.search(text, max(0, s - 40), s) if s and text[s - 1].isspace() else None  # (it ends in a space)
            if det is not None:  # "Lee's son": told by a name, whose words are never kept
                out.append(Person(det.start(), e, named=_POSSESSIVE.search(text, det.start(), e) is not None))
        return out

    @staticmethod
    def _ages(text: str, nouns, scan) -> list[Person]:
        out = []
        for m in scan(_age_matches):
            art = _ARTICLE_BEFORE.search(text, max(0, m.start() - 4), m.start())
            end = m.end()
            found = False
            for s, e, _ in nouns:  # "a 4-year-old Auburndale boy": the person ends at the noun
                if not found and end <= s <= end + 30 and _BETWEEN_AGE_AND_NOUN.match(text, end, s):
                    end, found = e, True
                elif found and s == end + 1:
                    end = e  # and at a noun right after it: "a 17-year-old male victim"
                elif found and s > end:
                    break
            out.append(Person(art.start() if art else m.start(), end))
        return out

    def _headlines(self, text: str, sentence_starts: list[int]) -> list[Person]:
        """A capitalised person word opening a headline: "Teen Killed, Five Injured"."""
        full, bare, caps = self.headline, self.headline_bare, self._headline_caps
        return [Person(m.start("p"), m.end()) for s in sentence_starts  # (a source needs a colon within 32 characters)
                if (not caps or "A" <= text[s:s + 1] <= "Z")
                and (m := (full if text.find(":", s + 2, s + 32) >= 0 else bare).match(text, s))]

    @cached_property
    def _headline_caps(self) -> bool:
        """Whether every headline person opens with a capital A-Z (then a sentence opening
        with anything else is not tried)."""
        return all(re.match(r"[A-Z]", w) for w in self.data["people"]["headline"])


def _selves(text: str, scan) -> list[Person]:
    """"self" and "own foot" after a word ("shoots self", "shot own foot"): the one who did it."""
    out = []
    for rx, first in ((_SELF, "Ss"), (_OWN_LIMB, "Oo")):
        for m in scan(rx):
            s = m.start() - 1
            if s >= 2 and text[s] in first and text[s - 1] == " " and text[s - 2].isalnum() \
                    and (rx is _OWN_LIMB or _SELF_AFTER.match(text, m.end())):
                out.append(Person(s, m.end()))
    return out


_NAME = r"(?:[A-Z][a-z'’-]+\s+){0,2}[A-Z][a-z'’-]+\b"
# More names after the first object of a counting verb: "injuring Ann Lee and Bo Chan", "arrested
# Ann Lee, 25, Bo Chan, 24, and Cy Day" (a lower-case word ends them: "and Lee fled" is no object).
_MORE_NAMES = re.compile(rf"(?:,\s*\d{{1,2}})?(?:,\s+(?!(?:{'|'.join(sorted(_NOT_A_NAME))})\b){_NAME}(?:,\s*\d{{1,2}})?)*,?\s+and\s+"
                         rf"(?!(?:{'|'.join(sorted(_NOT_A_NAME))})\b){_NAME}(?!\s+[A-Z])(?:,\s*\d{{1,2}}\b)?"
                         r"(?!\s+(?!(?:on|at|in|for|with|after|before|during|near|inside|outside|and|as|while|from|of|to|who|"
                         r"early|late|last|this|that|when|but|each|both)\b)[a-z]+\b)")
_NAME_WORDS = re.compile(_NAME)


def _more_names(text: str, start: int, end: int) -> Person:
    """The object of a counting verb told by name, with any more names listed after it (their
    count is kept, never the names)."""
    m = _MORE_NAMES.match(text, end)
    if m is None:
        return Person(start, end, named=True)
    return Person(start, m.end(), 1 + len(_NAME_WORDS.findall(m.group())), named=True)


def _named_before_predicates(text: str, scan) -> list[Person]:
    """One person named just before what befell them: "Ann Lee was shot" (two names, any
    predicate), "McVay was arrested", "Cooper died" (one name, a counted predicate), "Paylor,
    who was also shot", "Ann Lee, the boy's mother, was also shot"."""
    out = []
    for m in scan(_PREDICATE):
        a = max(0, m.start() - 40)
        who = _WHO_END.search(text, a, m.start())  # "Paylor, who was also shot"
        end = who.start() if who is not None else m.start()
        aside = _APPOSITIVE_END.search(text, max(0, end - 60), end)  # "Ann Lee, the boy's mother, was shot"
        if aside is not None:
            end = aside.start()
            a = max(0, end - 40)
        window = text[a:end]
        named = _may_end_with_name(window)
        two = _TWO_NAMES.search(window) if named else None
        if two is not None and m.group("died") is None:
            out.append(Person(a + two.start(), end, named=True))
            continue
        if m.group("what") is None and m.group("died") is None:
            continue
        one = _ONE_NAME.search(window) if named else None
        if one is not None and one.group() not in _NOT_A_NAME:
            out.append(Person(a + one.start(), end, named=True))
    return out


def _may_end_with_name(window: str) -> bool:
    """Whether ``window`` may end with a name (``_TWO_NAMES``, ``_ONE_NAME``): its last word is
    a capital and lower-case letters (a quick test first: most predicates follow a common noun)."""
    core = window[:-1] if window.endswith("\n") else window  # (``$`` matches before a final newline)
    head = core.rstrip(_NAME_TAIL)
    return len(head) < len(core) and "A" <= head[-1:] <= "Z"


_NAME_TAIL = "abcdefghijklmnopqrstuvwxyz'’-"  # what follows a name's capital (see _TWO_NAMES)
_WHO_END = re.compile(r",\s*who$")
_APPOSITIVE_END = re.compile(r",\s*(?:the|a|an|his|her|their|(?:[A-Z][\w-]+\s+)?[A-Z][\w-]+['’]s?)\s[^,.;:!?\d]{1,40},\s*$")

# Several people named before what befell them all: "Ann Lee and Bo Chan were shot dead", "Officer
# Al Roe, 32, Cy Day, 41, and Di Moe, 45, were killed", "Webb and Bo Chan, 18, died". The list opens
# a clause (not "the families of Ann Lee and Bo Chan were told").
_PLURAL_PREDICATE = re.compile(_after_space(r"(?:(?:were|have been|had been|are) (?:(?:both|all|also|later|then|fatally|critically|"
                                            r"seriously)\s+)*(?:shot|killed|wounded|injured|hurt|stabbed|arrested|charged|booked|detained|"
                                            r"indicted|taken into custody|found dead|pronounced dead)|(?:both )?died)\b"))
_LISTED_NAME = r"(?:[A-Z][a-z'’-]+\s+(?:[\"“][^\"”]{1,20}[\"”]\s+)?){0,3}[A-Z][a-z'’-]+(?:,\s*\d{1,2})?"
_NAME_LIST = re.compile(rf"(?:^|(?<=[.!?\"“:;,—–(\n])\s*|(?<=\bsaid )|(?<=\bsays )|(?<=\bthat ))(?P<l>{_LISTED_NAME}(?:,\s+{_LISTED_NAME})*,?"
                        rf"\s+and\s+{_LISTED_NAME}),?$")
_NAME_END = re.compile(r"[A-Z][a-z'’-]+(?:,\s*\d{1,2})?,\s*$")  # the list goes on before
_LISTED_AGE = re.compile(r",\s*\d{1,2}\b")
_LIST_PARTS = re.compile(r",\s+(?:and\s+)?(?=[A-Z])|\s+and\s+")


def _names_before_plural_predicates(text: str, scan) -> list[Person]:
    """People listed by name before a plural predicate (see ``_PLURAL_PREDICATE``); their count
    is kept, never the names."""
    out = []
    for m in scan(_PLURAL_PREDICATE):
        a = max(0, m.start() - 150)
        lst = _NAME_LIST.search(text, a, m.start()) if text.find("and", a, m.start()) >= 0 else None  # (a list needs "and")
        if lst is None or _NAME_END.search(text, max(0, lst.start("l") - 40), lst.start("l")):
            continue
        names = _LIST_PARTS.split(_LISTED_AGE.sub("", lst.group("l")))
        if all(any(w not in _NOT_A_NAME for w in n.split()) for n in names):  # ("Officer Al Roe" is a name)
            out.append(Person(lst.start("l"), m.start(), len(names), named=True))
    return out


# One person held by police, told by a singular verb: "McVay was arrested", "the 16-year-old has
# been charged", "Tran is being held in the county jail", "he remains in custody". Found from
# the verb (a literal start the engine finds fast); the words before it must name a person and
# the clause must not deny or doubt it ("no one was arrested", "it is unclear whether ...").
_HELD = re.compile(_after_space(r"(?:(?:was|has been|is|is being|was being|is now)\s+(?:(?:later|also|then|subsequently|eventually|finally|now|"
                                r"formally|officially|quickly|immediately|since|initially|already)\s+)?(?P<v>arrested|charged|booked|"
                                r"taken into custody|placed (?:in|into|under) (?:custody|arrest)|jailed|detained|in custody|indicted|"
                                r"arraigned|ordered held|awaiting (?:arraignment|trial|extradition|sentencing)|facing (?:[\w-]+ ){0,3}charges?|held (?:in |at )?(?:the |a )?(?:[\w'’-]+ ){0,3}"
                                r"(?:jail|detention|custody)|held without (?:bond|bail))|(?:remains|remained) (?P<r>in custody|jailed|"
                                r"behind bars|in (?:the )?(?:[\w'’-]+ ){0,3}jail)|(?:has |had |now |also )?(?P<w>faces (?:[\w-]+ ){0,5}charges?|pleaded (?:not )?guilty|"
                                r"pleads (?:not )?guilty|pled (?:not )?guilty|appeared (?:in|before) (?:a |the )?(?:[\w'’-]+ ){0,3}(?:court|judge)))\b"))
# Who the verb is told of: a pronoun, a name (its suffix, age and home town included), an age,
# or (see ``held_people``) a person word; "Ann Lee, who was charged" too.
_HELD_SUBJECT = re.compile(r"(?:\b(?:[Hh]e|[Ss]he)|\b(?:Jr|Sr)\.|\b(?:II|III|IV)|\d{1,2}-year-old|\b\d{1,2}|"
                           r"(?<![\w.'’-])(?P<name>[A-Z][a-z'’]+(?:-?[A-Z][a-z'’]+)?))"
                           r"(?:,?\s+of\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}(?:,\s*[A-Z][\w.]*)?)?(?:,\s*who)?,?\s*$")
# "McVay came to the office for questioning and was arrested": the sentence's subject.
_AND_END = re.compile(r"\b(?:and|but)\s*$")
_OPENING_SUBJECT = re.compile(r"\s*(?:(?P<name>[A-Z][a-z'’]+(?:-?[A-Z][a-z'’]+)?)|[Hh]e|[Ss]he)\s+(?!and\b|who\b)[a-z]")
_HELD_DOUBT = re.compile(r"\b(?:no|not|nobody|none|anyone|anybody|whether|if|neither|nor|unclear|unknown|pair|couple|both|"
                         r"group|trio|duo|all|previously|once|prior|could|would|may|might|will|should)\b|n['’]t\b|[;?]|:(?!\d)", re.I)  # (not a time's colon: "at 2:56 a.m.")
HISTORY_AFTER = re.compile(r"\s+(?:\w+\s+){0,4}?(?:\d+|several|multiple|numerous|many) times\b|\s+(?:previously|"
                           r"in the past|for (?:a|an) (?:unrelated|earlier|previous|separate))\b", re.I)


def held_people(text: str, scan, sentence_starts: list[int], person_nouns: re.Pattern) -> list[Person]:
    """One person each verb of ``_HELD`` tells was arrested, charged or jailed, when the words
    just before it are a person and its clause neither denies nor doubts it (spans: the verb's
    words, never the name)."""
    out = []
    for m in scan(_HELD):
        i = bisect_right(sentence_starts, m.start()) - 1
        opening = sentence_starts[i] if i >= 0 else 0
        clause = text[max(opening, m.start() - 80):m.start()]
        subj = _HELD_SUBJECT.search(clause) or person_nouns.search(clause)
        if subj is None and _AND_END.search(clause) and m.start() - opening < 200:
            clause = text[opening:m.start()]
            subj = _OPENING_SUBJECT.match(clause)
        if subj is None or (subj.groupdict().get("name") or "") in _NOT_A_NAME:
            continue
        if _HELD_DOUBT.search(clause) or HISTORY_AFTER.match(text, m.end()):
            continue
        g = next(k for k in ("v", "r", "w") if m.group(k))
        out.append(Person(m.start(g), m.end(g), arrest=True))
    return out


def named_people(text: str, scan=None) -> list[Person]:
    """People given by name and age ("Ann Lee, 20, and Bo Chan, 19,"), found from the age
    apposition backwards; the run's count is kept, the names are not."""
    runs: list[list[int]] = []
    for m in (scan(_AGE_APPOSITION) if scan is not None else _AGE_APPOSITION.finditer(text)):
        name = _NAME_BEFORE.search(text, max(0, m.start() - 60), m.start())
        if name is None:
            continue
        if runs and _AND.match(text[runs[-1][1]:name.start(1)]):
            runs[-1][1] = m.end()
            runs[-1][2] += 1
        else:
            runs.append([name.start(1), m.end(), 1])
    return [Person(a, b, n, named=True) for a, b, n in runs]


_JOIN = re.compile(r"(?:,\s*\d{1,2},?)?\s*,?\s+and\s+(?:(?:an?|the|his|her|their|one|another)\s+)?"
                   r"(?:(?![a-z]+ing\s|(?:shot|hurt|left|killed|wounded|injured|sent|took)\s)[\w'’-]+\s+){0,2}?$")  # not "and injuring a"


def _joined(text: str, people: list[Person], nouns) -> list[Person]:
    """Count people joined by "and" as one group: "a man and a police officer" (2), "the toddler,
    2, and his grandfather" (2), "a toddler and grandfather" (2), "a boy, a girl and a woman" (3)."""
    out: list[Person] = []
    ends = {s: e for s, e, _ in nouns}
    i = 0
    while i < len(people):
        p = people[i]
        while True:
            nxt = people[i + 1] if i + 1 < len(people) else None
            if nxt is not None and not nxt.arrest and not p.arrest and nxt.start - p.end < 40 \
                    and (_JOIN.match(text, p.end, nxt.start) is not None or _listed(text, people, i)):
                p = Person(p.start, nxt.end, p.count + nxt.count, named=p.named or nxt.named)
                i += 1
                continue
            bare = _bare_noun_after(text, p, ends)
            if bare is None:
                break
            p = Person(p.start, bare, p.count + 1, named=p.named)
        out.append(p)
        i += 1
    return out


_LIST_SEP = re.compile(r"\s*[,;]\s*$")


def _listed(text: str, people: list[Person], i: int) -> bool:
    """People ``i`` and ``i + 1`` are parted by a comma in a list that "and" closes within
    five people: "a boy, a girl and a woman"."""
    for j in range(i + 1, min(i + 6, len(people))):
        a, b = people[j - 1], people[j]
        if b.arrest or b.start - a.end >= 40:
            return False
        if _LIST_SEP.match(text, a.end, b.start) is None:
            return j > i + 1 and _JOIN.match(text, a.end, b.start) is not None
    return False


_AND_WORD = re.compile(r"\s+and\s+((?:[\w'’-]+\s+)?)")


def _bare_noun_after(text: str, p: Person, noun_ends: dict[int, int]) -> int | None:
    """End of a person noun with no determiner right after "and": "a man and police officer"."""
    m = _AND_WORD.match(text, p.end)
    if m is None:
        return None
    for s in (m.start(1), m.end(1)):
        if s in noun_ends and noun_ends[s] - p.end < 40:
            return noun_ends[s]
    return None


def _longest(found: list[Person]) -> list[Person]:
    """Longest first, then leftmost; a person overlapping one kept is dropped."""
    out: list[Person] = []
    taken = bytearray(max((p.end for p in found), default=0))  # 1 where a kept person stands
    for p in sorted(found, key=lambda p: (-(p.end - p.start), p.start)):
        if taken.find(1, p.start, p.end) < 0:
            out.append(p)
            taken[p.start:p.end] = b"\x01" * (p.end - p.start)
    return sorted(out, key=lambda p: p.start)
