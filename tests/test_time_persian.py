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


@pytest.mark.parametrize("text, want", [
    # Workers gathered in Dey-month: Dey 1401, 22 December to 20 January.
    ("کارگران در دی ماه تجمع کردند", ("دی ماه", "2022-12", "2023-01", "month")),
    # The bazaar closed in Esfand: the last Esfand before the report, Esfand 1400.
    ("بازار در اسفند بسته شد", ("اسفند", "2022-02", "2022-03", "month")),
    # The strike began in the month of August (a Gregorian month after "ماه").
    ("اعتصاب در ماه اوت آغاز شد", ("ماه اوت", "2022-08", None, "month")),
    # The Aban 98 protests were crushed: a two-digit year is 1398.
    ("اعتراضات آبان ۹۸ سرکوب شد", ("آبان ۹۸", "2019-10", "2019-11", "month")),
    # Teachers struck in Esfand-month of last year: Esfand 1400.
    ("معلمان اسفند ماه سال گذشته اعتصاب کردند", ("اسفند ماه سال گذشته", "2022-02", "2022-03", "month")),
    # Teachers struck on 7 Esfand last year.
    ("معلمان هفت اسفند سال گذشته اعتصاب کردند", ("هفت اسفند سال گذشته", "2022-02-26", None, "day")),
    # In Esfand twenty people were arrested: twenty is a count, not the year 1420.
    ("در اسفند ۲۰ نفر بازداشت شدند", ("اسفند", "2022-02", "2022-03", "month")),
    # Teachers gathered in late Aban: a part of the month makes even a month that is also a name a date.
    ("معلمان در اواخر آبان تجمع کردند", ("آبان", "2022-10", "2022-11", "month")),
])
def test_jalali_months_alone_or_with_a_short_or_relative_year(stage, text, want):
    assert values(stage, text) == [want]
    assert dates(stage, text)[0].get("calendar") == ("jalali" if "اوت" not in text else None)


@pytest.mark.parametrize("text", [
    "دو تیر به سمت او شلیک شد",  # Two bullets were fired at him (تیر: bullet).
    "سه تیر شلیک شد",  # Three bullets were fired.
    "خبرگزاری مهر گزارش داد",  # The Mehr news agency reported.
    "در تیر برق گیر کرد",  # It got caught on the power pole (تیر برق).
    "او در زمستان بازداشت شد",  # He was arrested in winter: no year, no date.
])
def test_month_and_season_words_that_are_no_date(stage, text):
    assert values(stage, text) == []


@pytest.mark.parametrize("text, want", [
    # On the twenty-seventh of Shahrivar 1401, written without "و" (and).
    ("تجمع در بیست هفتم شهریور ۱۴۰۱ برگزار شد", "2022-09-18"),
    # On twenty-seven (a cardinal) Khordad 1401.
    ("تجمع در بیست و هفت خرداد ۱۴۰۱ برگزار شد", "2022-06-17"),
    # On five Mehr: the latest 5 Mehr before the report.
    ("کارگران پنج مهر تجمع کردند", "2022-09-27"),
    # Three Tir-month: with the word for month, تیر is the month.
    ("کارگران سه تیر ماه تجمع کردند", "2022-06-24"),
])
def test_days_in_words_with_or_without_and(stage, text, want):
    (m,) = dates(stage, text)
    assert (m.value.start, m.value.precision) == (want, "day")


@pytest.mark.parametrize("text, want", [
    ("کارگران امروز تجمع کردند", ("2023-01-31", None, "day")),  # Workers gathered today.
    ("کارگران دیروز تجمع کردند", ("2023-01-30", None, "day")),  # ... yesterday.
    ("کارگران پریروز تجمع کردند", ("2023-01-29", None, "day")),  # ... the day before yesterday.
    ("کارگران روز گذشته تجمع کردند", ("2023-01-30", None, "day")),  # ... on the past day: yesterday.
    ("کارگران هفته گذشته تجمع کردند", ("2023-01", None, "month")),  # ... last week.
    ("کارگران ماه گذشته تجمع کردند", ("2022-12", "2023-01", "month")),  # ... last month: Dey.
    ("کارگران سال گذشته تجمع کردند", ("2021", "2022", "year")),  # ... last year: 1400.
    ("کارگران امسال تجمع کردند", ("2022", "2023", "year")),  # ... this year: 1401.
    ("کارگران در سال جاری تجمع کردند", ("2022", "2023", "year")),  # ... in the current year.
    ("کارگران سه روز پیش تجمع کردند", ("2023-01-28", None, "day")),  # ... three days ago.
    ("کارگران ۲ ماه قبل تجمع کردند", ("2022-11", "2022-12", "month")),  # ... 2 months ago: Azar.
])
def test_relative_words_count_in_the_jalali_calendar(stage, text, want):
    (m,) = dates(stage, text)
    assert (m.value.start, m.value.end, m.value.precision) == want
    assert m.get("relative")


def test_a_count_after_a_date_counts_from_it(stage):
    # He was arrested on 18 Dey and released ten days later.
    found = values(stage, "او ۱۸ دی بازداشت و ۱۰ روز بعد آزاد شد")
    assert found == [("۱۸ دی", "2023-01-08", None, "day"), ("۱۰ روز بعد", "2023-01-18", None, "day")]


@pytest.mark.parametrize("text", [
    "در چند سال گذشته قیمت‌ها بالا رفت",  # Over the past few years prices rose.
    "در ۱۰ سال گذشته قیمت‌ها بالا رفت",  # Over the past 10 years prices rose.
    "این تظاهرات یک روز پیش از مراسم بود",  # The rally was one day before the ceremony.
    "نماز جمعه برگزار شد",  # The Friday prayer was held.
])
def test_stretches_of_time_and_names_are_no_date(stage, text):
    assert values(stage, text) == []


@pytest.mark.parametrize("text, want", [
    # The strikes of the year 1401.
    ("اعتصاب‌های سال ۱۴۰۱ ادامه داشت", ("سال ۱۴۰۱", "2022", "2023", "year")),
    # He was arrested in 1398 (four digits after a preposition).
    ("او در ۱۳۹۸ بازداشت شد", ("۱۳۹۸", "2019", "2020", "year")),
    # The revolution of the year 57: 1357, as the report is of 1401.
    ("انقلاب سال ۵۷ رخ داد", ("سال ۵۷", "1978", "1979", "year")),
    # Born in 1365 Solar Hijri.
    ("او متولد ۱۳۶۵ شمسی بود", ("۱۳۶۵ شمسی", "1986", "1987", "year")),
    # In the years 92 to 94.
    ("طی سال‌های ۹۲ تا ۹۴ بیکار بود", ("سال\u200cهای ۹۲ تا ۹۴", "2013", "2016", "year")),
    # The year 2016 (Gregorian, written after "year").
    ("در سال 2016 تجمع کردند", ("سال 2016", "2016", None, "year")),
])
def test_years_alone(stage, text, want):
    assert values(stage, text) == [want]


@pytest.mark.parametrize("text", [
    "بیش از ۱۳۹۸ نفر بازداشت شدند",  # More than 1398 people were arrested.
    "در ۱۴۰۱ نفر تست مثبت بود",  # In 1401 people the test was positive: a count.
    "در سال ۱۴۴۴ قمری",  # In the lunar year 1444: a calendar not read.
    "او ۲۰ سال زندان گرفت",  # He got 20 years in prison.
])
def test_numbers_that_are_no_year(stage, text):
    assert values(stage, text) == []


@pytest.mark.parametrize("text, want", [
    # Winter 1401: Dey to Esfand, at month precision; no day is made up.
    ("اعتراضات در زمستان ۱۴۰۱ ادامه یافت", ("زمستان ۱۴۰۱", "2022-12", "2023-03", "month")),
    # Summer of last year: Tir to Shahrivar 1400.
    ("اعتصاب تابستان سال گذشته", ("تابستان سال گذشته", "2021-06", "2021-09", "month")),
])
def test_seasons_give_their_months_never_a_day(stage, text, want):
    assert values(stage, text) == [want]


def test_winter_of_a_gregorian_year_is_unclear(stage):
    # They gathered in the winter of 2020: the one it begins or the one it ends; the year is read
    # as it is in English ("in winter 2020"), no month is made up.
    assert values(stage, "در زمستان 2020 تجمع کردند") == [("2020", "2020", None, "year")]


def test_persian_dates_need_an_anchor_only_when_relative(stage):
    assert values(stage, "کارگران در دی ماه تجمع کردند", None) == []
    assert values(stage, "اعتصاب‌های سال ۱۴۰۱", None) == [("سال ۱۴۰۱", "2022", "2023", "year")]


@pytest.mark.parametrize("text", [
    "کارگران سه روز پیش در دی ماه سال ۹۸ و زمستان ۱۴۰۱ تجمع کردند",
    "نماز جمعه، بیست هفتم شهریور و ۱۰ روز بعد",
])
def test_trigger_scanner_finds_what_the_trigger_regex_finds(stage, text):
    from vigil.extract.timex.detect import trigger_starts
    from vigil.extract.wordscan import K, WordStarts, word_starts
    g = stage.grammar
    starts = word_starts(text)
    words = WordStarts(starts, [text[w:w + K].lower() for w in starts], None)
    assert list(trigger_starts(g, text, words)) == [m.start() for m in g.trigger.finditer(text)]


def test_two_digits_in_a_list_of_days_are_a_day_not_a_year(stage):
    # The gatherings went on on 18 Dey, 19 Dey and 20 Dey.
    found = values(stage, "تجمع‌ها در ۱۸ دی، ۱۹ دی و ۲۰ دی ادامه یافت")
    assert [(t, s) for t, s, _, _ in found] == [("۱۸ دی", "2023-01-08"), ("۱۹ دی", "2023-01-09"),
                                                ("۲۰ دی", "2023-01-10")]


@pytest.mark.parametrize("text, want", [
    # Teachers in Tabriz went on strike in Esfand-month of last year: the event keeps the month.
    ("معلمان تبریز اسفند ماه سال گذشته اعتصاب کردند.", ("2022-02", "2022-03", "month")),
    # Workers in Ahvaz gathered three days ago.
    ("کارگران اهواز سه روز پیش تجمع کردند.", ("2023-01-28", None, "day")),
    # Teachers will gather in Shiraz on Thursday: the coming Thursday (2 February), the verb
    # (future, "خواهند") coming after the date.
    ("معلمان روز پنجشنبه در شیراز تجمع خواهند کرد.", ("2023-02-02", None, "day")),
    # ... and gathered on Thursday: the last one (26 January).
    ("معلمان روز پنجشنبه در شیراز تجمع کردند.", ("2023-01-26", None, "day")),
    # The truck drivers' strike in Yasuj entered its eleventh day: it began ten days before.
    ("اعتصاب کامیون‌داران در یاسوج وارد یازدهمین روز شد.", ("2023-01-21", "2023-01-31", "day")),
    # The Haft Tappeh workers' strike goes on, on its tenth day.
    ("اعتصاب کارگران هفت تپه در شوش در روز دهم ادامه دارد.", ("2023-01-22", "2023-01-31", "day")),
])
def test_a_persian_event_is_dated_by_these_words(pipeline, text, want):
    doc = pipeline.process(Report(id="fa-d", text=text, published=PUB, language="fa"))
    [event] = doc.events
    assert (event.date.start, event.date.end, event.date.precision, event.date.basis) == (*want, "text")


@pytest.mark.parametrize("text", [
    "در دومین روز هفته جلسه برگزار شد",  # on the second day of the week a meeting was held
    "روز اول مسابقات لیگ برگزار شد",  # the first day of the league's matches
])
def test_an_ordinal_day_of_a_week_or_a_match_is_no_strike_day(stage, text):
    assert values(stage, text) == []


def test_a_jalali_date_naming_a_street_or_a_police_station_is_an_address(stage):
    # Protesters gathered on 18 Dey in 17 Shahrivar Street, before police station 13 Aban:
    # only 18 Dey is a date.
    got = values(stage, "معترضان روز ۱۸ دی در خیابان ۱۷ شهریور مقابل کلانتری ۱۳ آبان تجمع کردند.", date(2023, 1, 31))
    assert [v[1] for v in got] == ["2023-01-08"]
