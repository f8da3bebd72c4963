"""Date vocabulary, read from the TOML files in ``vigil/data/time`` (language data stays data).

:meth:`Lexicon.load` is called by :class:`~vigil.extract.timex.stage.DateStage` when it is built,
never at import time. Every table is lower-cased for lookup, except holiday names, which are
matched as written.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from importlib import resources
from typing import Mapping, Optional


def _read(name: str) -> dict:
    path = resources.files("vigil").joinpath("data", "time", name)
    with path.open("rb") as fh:
        return tomllib.load(fh)


def _without_and(table: Mapping[str, int]) -> dict:
    """Persian numbers in words as written with "و" (and) and without it: "بیست و هفتم" and
    "بیست هفتم" are both the 27th."""
    return {**{k.replace(" و ", " "): v for k, v in table.items()}, **table}


def _ordinal_adjectives(ordinals: Mapping[str, int]) -> dict:
    """The ordinals that stand before their noun: "دوم" -> "دومین", "بیست و یکم" -> "بیست و یکمین";
    "نخستین" and "اولین" are the first."""
    out = {k + "ین": v for k, v in ordinals.items() if k.endswith("م")}
    out.update({"نخستین": 1, "اولین": 1, "سی‌امین": 30, "سی امین": 30})
    return out


def fa_key(written: str) -> str:
    """A Persian phrase as the tables write it: one space for any run of spaces, hyphens and
    zero-width non-joiners."""
    return re.sub(r"[\s\-\u200c]+", " ", written).strip()


def _lower(table: Mapping) -> dict:
    return {str(k).lower(): v for k, v in table.items()}


@dataclass(frozen=True)
class Lexicon:
    months: Mapping[str, int]
    month_abbreviations: Mapping[str, int]
    ambiguous_months: frozenset
    month_cues: tuple
    weekdays: Mapping[str, int]
    weekday_abbreviations: Mapping[str, int]
    day_parts: tuple
    modifiers: Mapping[str, int]
    chain_words: tuple
    weak_words: frozenset
    range_words: tuple
    range_pair: tuple
    relative: Mapping[str, tuple]
    anaphoric: Mapping[str, tuple]
    ago_units: Mapping[str, tuple]
    counts: Mapping[str, int]
    holidays: Mapping[str, tuple]
    cues: Mapping[str, tuple]
    speech_fillers: tuple
    fronting: frozenset  # words that may stand before a date opening its clause
    speakers: frozenset  # words of a speaker between such a date and its speech verb
    year_bounds: tuple
    year_not_after: frozenset
    year_not_before: frozenset
    year_streets: frozenset
    vehicle_makes: frozenset  # a lone year right before these (or vehicle_words) is a model year
    vehicle_words: frozenset
    vehicle_colours: frozenset  # may stand between a model year and its make
    year_prepositions: frozenset  # before a year, these keep it a date ("In 2011 Ford ...")
    cardinals: Mapping[str, int]
    ordinals: Mapping[str, int]
    jalali_latin: Mapping[str, int]
    jalali_fa: Mapping[str, int]
    gregorian_fa: Mapping[str, int]
    weekdays_fa: Mapping[str, int]
    ordinals_fa: Mapping[str, int]
    ordinal_days_fa: Mapping[str, int]  # "دومین" (the second), "یازدهمین": before "روز", a strike's day
    fillers_fa: tuple
    cardinals_fa: Mapping[str, int]
    ago_units_fa: Mapping[str, tuple]
    ago_directions_fa: Mapping[str, int]
    seasons_fa: Mapping[str, int]
    eras_fa: Mapping[str, str]
    cues_fa: Mapping[str, tuple]

    @classmethod
    def load(cls) -> "Lexicon":
        en, fa, num = _read("en.toml"), _read("fa.toml"), _read("numbers_en.toml")
        years = en["years"]
        relative = {**_lower(en["relative"]), **fa["relative_fa"]}
        return cls(
            months=_lower(en["months"]), month_abbreviations=_lower(en["month_abbreviations"]),
            ambiguous_months=frozenset(en["ambiguous_months"]), month_cues=tuple(en["month_cues"]),
            weekdays=_lower(en["weekdays"]), weekday_abbreviations=_lower(en["weekday_abbreviations"]),
            day_parts=tuple(en["day_parts"]), modifiers=en["modifiers"],
            chain_words=tuple(en["chain_words"]), weak_words=frozenset(en["weak_words"]),
            range_words=tuple(en["range_words"]), range_pair=tuple(en["range_pair"]),
            relative={k: (v[0], int(v[1])) for k, v in relative.items()},
            anaphoric={k.lower(): (v[0], int(v[1])) for k, v in en["anaphoric"].items()},
            ago_units={k: (v[0], int(v[1])) for k, v in en["ago_units"].items()},
            counts=_lower(en["counts"]),
            holidays={k: (v[0], v[1]) for k, v in en["holidays"].items()},
            cues={k: tuple(v) for k, v in en["cues"].items()},
            speech_fillers=tuple(en["speech_fillers"]),
            fronting=frozenset(en["fronting"]), speakers=frozenset(en["speakers"]),
            year_bounds=(int(years["bare_min"]), int(years["bare_max"])),
            year_not_after=frozenset(years["not_after"]), year_not_before=frozenset(years["not_before"]),
            year_streets=frozenset(years["street_words"]),
            vehicle_makes=frozenset(years["vehicle_makes"]), vehicle_words=frozenset(years["vehicle_words"]),
            vehicle_colours=frozenset(years["vehicle_colours"]),
            year_prepositions=frozenset(years["time_prepositions"]),
            cardinals=num["cardinals"], ordinals=num["ordinals"],
            jalali_latin=_lower(fa["jalali_months_latin"]), jalali_fa=fa["jalali_months_fa"],
            gregorian_fa=fa["gregorian_months_fa"], weekdays_fa=fa["weekdays_fa"],
            ordinals_fa=_without_and(fa["ordinals_fa"]), fillers_fa=tuple(fa["fillers"]),
            ordinal_days_fa=_ordinal_adjectives(_without_and(fa["ordinals_fa"])),
            cardinals_fa=_without_and(fa["cardinals_fa"]),
            ago_units_fa={k: (v[0], int(v[1])) for k, v in fa["ago_units_fa"].items()},
            ago_directions_fa=fa["ago_directions_fa"], seasons_fa=fa["seasons_fa"], eras_fa=fa["eras_fa"],
            cues_fa={k: tuple(v) for k, v in fa["cues_fa"].items()},
        )

    def month(self, word: str) -> Optional[int]:
        """Month number of an English, Jalali or Persian-script month word (calendar aside)."""
        w = word.lower().rstrip(".")
        for table in (self.months, self.month_abbreviations, self.jalali_latin):
            if w in table:
                return table[w]
        return self.jalali_fa.get(word) or self.gregorian_fa.get(word)

    def number(self, word: str) -> Optional[int]:
        """Value of a day or count written in digits (any script), ordinal digits or words."""
        w = word.lower().replace(" ", "-").strip()
        digits = w.rstrip("stndrh")
        if digits.isdigit():
            return int(digits)
        return self.ordinals.get(w) or self.cardinals.get(w) or self.counts.get(word.lower())
