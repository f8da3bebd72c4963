"""Persian-script dates: Jalali months alone or with a two-digit year, Jalali years, ordinal and
cardinal days in words, relative words counted in the Jalali calendar, seasons. Sentences
invented for these tests, each with its English gloss."""
from __future__ import annotations

from datetime import date

import pytest

from vigil.extract.text import split_sentences
from vigil.extract.time import DateStage
from vigil.model import Doc, Report

PUB = date(2023, 1, 31)  # 11 Bahman 1401


@pytest.fixture(scope="module")
def stage() -> DateStage:
    return DateStage()


def dates(stage: DateStage, text: str, published: date | None = PUB):
    doc = Doc(Report(id="t", text=text, published=published))
    doc.sentences = split_sentences(text)
    return stage(doc).dates


def values(stage: DateStage, text: str, published: date | None = PUB) -> list[tuple]:
    return [(m.text, m.value.start, m.value.end, m.value.precision) for m in dates(stage, text, published)]


@pytest.mark.parametrize("text, want", [
    # The nurses gathered on 25 Khordad-month (month joined to its name) 1366.
    ("پرستاران روز ۲۵ خردادماه ۱۳۶۶ تجمع کردند", ("۲۵ خردادماه ۱۳۶۶", "1987-06-15", None, "day")),
    # The bazaar closed on 3 Shahrivar-month.
    ("بازار در ۳ شهریورماه بسته شد", ("۳ شهریورماه", "2022-08-25", None, "day")),
])
def test_a_month_joined_to_the_word_month_is_read(stage, text, want):
    assert values(stage, text) == [want]
