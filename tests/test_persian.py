"""Persian text: triggers, counts and whole events from short reports written for these tests.

Each fixture is an invented sentence; the comment gives its meaning in English.
"""
from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import make_doc
from vigil.extract.numbers import NumberStage
from vigil.extract.triggers import TriggerFinder, TriggerLexicon
from vigil.model import Report

PUBLISHED = date(2023, 1, 31)


@pytest.fixture(scope="module")
def finder():
    return TriggerFinder()


def kinds(finder, text):
    return [(m.value, m.get("subtype")) for m in finder(make_doc(text, PUBLISHED))]


@pytest.mark.parametrize("text,expected", [
    # A young man lost his life to the security forces' shots during the protests in Arak.
    ("مردی جوان در جریان اعتراضات اراک با شلیک نیروهای امنیتی جان باخت.", [("protest", None), ("repression", "live fire"), ("repression", None)]),
    # Teachers went on strike in Shiraz.
    ("معلمان در شیراز اعتصاب کردند.", [("strike", None)]),
    # Security forces fired tear gas at the gathering.
    ("ماموران به سوی تجمع گاز اشک‌آور شلیک کردند.", [("protest", "gathering"), ("repression", "tear gas"), ("repression", "live fire")]),
    # Security forces opened fire on the worshippers; the agents fired at the people.
    ("نیروهای امنیتی به روی نمازگزاران معترض آتش گشودند.", [("repression", "live fire")]),
    ("ماموران به سوی مردم تیراندازی کردند.", [("repression", "live fire")]),
    # Agents beat the protesters; special units attacked students with batons; plastic bullets; water cannon.
    ("ماموران معترضان را مورد ضرب و شتم قرار دادند.", [("protest", None), ("repression", "beating")]),
    ("نیروهای یگان ویژه با باتوم به دانشجویان حمله کردند.", [("repression", "beating"), ("repression", "dispersal")]),
    ("ماموران با گلوله پلاستیکی به معترضان شلیک کردند.", [("repression", "rubber bullets"), ("protest", None), ("repression", "live fire")]),
    ("نیروهای امنیتی با ماشین آب‌پاش تجمع کنندگان را متفرق کردند.", [("repression", "water cannon"), ("protest", "gathering"), ("repression", "dispersal")]),
    # Dozens of students were arrested in Tabriz.
    ("ده‌ها دانشجو در تبریز بازداشت شدند.", [("arrest", None)]),
    # A bullet hit his neck in Tehran: a shooting.
    ("در تهران تیر به گردنش خورد.", [("attack", "shooting")]),
    # A 30-year-old man lost his life in Yazd (nothing says how): an attack, not repression.
    ("مردی ۳۰ ساله در یزد جان‌باخت.", [("attack", None)]),
    # Wounded with a knife, he died in hospital after a week in a coma: a killing.
    ("با چاقو زخمی شد و پس از یک هفته کما در بیمارستان درگذشت.", [("attack", None)]),
    # Wounded by pellets, he died in hospital: pellets are the forces' (repression).
    ("با ساچمه زخمی شد و در بیمارستان درگذشت.", [("repression", None)]),
    # The veteran actor died at 80: an obituary, no event.
    ("بازیگر پیشکسوت در سن ۸۰ سالگی درگذشت.", []),
    # ... nor a death from a heart attack in hospital, wounds or not.
    ("پس از جراحت در خانه، بر اثر سکته در بیمارستان درگذشت.", []),
    # His lifeless body was found by the river eight days later: someone was killed.
    ("پیکر بی‌جانش هشت روز بعد کنار رودخانه پیدا شد.", [("attack", None)]),
    # He "became heavenly" on 19 Dey: the memorial idiom for one killed in the protests.
    ("او روز ۱۹ دی آسمانی شد.", [("repression", None)]),
    # People took to the streets in Tehran and chanted "Woman, life, freedom" (a slogan quoted between).
    ("مردم در تهران به خیابان‌ها آمدند و شعار «زن، زندگی، آزادی» سر دادند.", [("protest", None), ("protest", None)]),
    # The bazaars of Sanandaj and Saqqez closed in protest at the killing of protesters (a long gap).
    ("بازار سنندج و سقز در اعتراض به کشته شدن معترضان تعطیل شد.", [("strike", "bazaar closure")]),
])
def test_persian_triggers(finder, text, expected):
    assert kinds(finder, text) == expected


def test_arabic_keyboard_letters_read_as_persian(finder, stage):
    # A young man shot with war bullets in Karaj became a Javidnam (ي and ك for ی and ک).
    text = "جواني با تير جنگي در كرج جاويد نام شد."
    assert ("repression", None) in kinds(finder, text)
    assert counts(stage, text) == [("جاويد نام شد", "fatalities", 1, 1, None)]


def test_a_death_in_a_road_accident_is_no_attack(finder):
    # Two passengers lost their lives in a road accident near Qazvin.
    assert kinds(finder, "دو مسافر در تصادف جاده‌ای نزدیک قزوین جان باختند.") == []


def test_a_rule_failing_its_context_gives_the_next_rule_its_turn():
    data = {"trigger": [
        {"type": "repression", "pattern": "fell(?:ed)?", "context": "police", "strength": 0.9},
        {"type": "attack", "pattern": "fell(?:ed)?", "strength": 0.5},
    ]}
    lex = TriggerLexicon(data, TriggerLexicon.default().context_data)
    finder = TriggerFinder(lex)
    assert [m.value for m in finder(make_doc("A man fell to the police fire."))] == ["repression"]
    assert [m.value for m in finder(make_doc("A man fell in the square."))] == ["attack"]
    assert [m.text for m in finder(make_doc("A tree felled a man in the square."))] == ["felled"]  # whole words


@pytest.fixture(scope="module")
def stage():
    return NumberStage()


def counts(stage, text):
    doc = make_doc(text, PUBLISHED)
    stage(doc)
    return [(m.text, m.get("kind"), m.value.low, m.value.high, m.value.claimed_by) for m in doc.numbers]


@pytest.mark.parametrize("text,expected", [
    # According to HRANA's report, more than 8,000 people were arrested.
    ("به گزارش هرانا بیش از ۸٬۰۰۰ نفر بازداشت شدند.", [("بیش از ۸٬۰۰۰ نفر", "arrests", 8000, None, "هرانا")]),
    # Five people were killed in Zahedan.
    ("۵ نفر در زاهدان کشته شدند.", [("۵ نفر", "fatalities", 5, 5, None)]),
    # According to HRANA at least 481 protesters were killed and over 19 thousand arrested
    # ("at least" is no part of the source's name).
    ("به گزارش هرانا دست‌کم ۴۸۱ معترض کشته و بیش از ۱۹ هزار نفر بازداشت شدند.",
     [("دست‌کم ۴۸۱ معترض", "fatalities", 481, None, "هرانا"), ("بیش از ۱۹ هزار نفر", "arrests", 19000, None, "هرانا")]),
    # The judiciary's spokesman said 200 were arrested, but rights activists put this figure at
    # 1,000: two claims, each with its own source.
    ("سخنگوی قوه قضاییه گفت ۲۰۰ نفر در تهران بازداشت شدند اما فعالان حقوق بشر این رقم را ۱۰۰۰ نفر اعلام کردند.",
     [("۲۰۰ نفر", "arrests", 200, 200, "سخنگوی قوه قضاییه"), ("۱۰۰۰ نفر", "arrests", 1000, 1000, "فعالان حقوق بشر")]),
    # Between 10 and 20 people were injured.
    ("بین ۱۰ تا ۲۰ نفر در اعتراضات مجروح شدند.", [("بین ۱۰ تا ۲۰ نفر", "injuries", 10, 20, None)]),
    # But the officials claimed he lost his life in an armed clash (the one death, their claim).
    ("اما مقامات رسمی مدعی شدند او در یک درگیری مسلحانه جان باخت.", [("جان باخت", "fatalities", 1, 1, "مقامات رسمی")]),
    # He was 20 to 30 years old: an age, no count.
    ("او ۲۰ تا ۳۰ ساله بود.", []),
    # The number of those killed reached 50.
    ("شمار کشته‌شدگان به ۵۰ نفر رسید.", [("۵۰ نفر", "fatalities", 50, 50, None)]),
    # Hundreds of workers took part in the gathering.
    ("صدها کارگر در تجمع شرکت کردند.", [("صدها کارگر", "participants", 200, None, None)]),
    # About three thousand people were injured.
    ("حدود سه هزار نفر زخمی شدند.", [("حدود سه هزار نفر", "injuries", 3000, 3000, None)]),
    # Thousands of people demonstrated in Mashhad on Friday against high prices: the people counted
    # are followed by the day ("روز جمعه"), no "thousands of days", and the verb closes the clause far after.
    ("هزاران نفر روز جمعه در مشهد علیه گرانی تظاهرات کردند.", [("هزاران نفر", "participants", 2000, None, None)]),
    # Hundreds of social-security retirees gathered on Sunday in front of parliament in Tehran: the
    # crowd's verb closes a long clause.
    ("صدها نفر از بازنشستگان تامین اجتماعی روز یکشنبه مقابل ساختمان مجلس شورای اسلامی در خیابان بهارستان تهران تجمع کردند.",
     [("صدها نفر", "participants", 200, None, None)]),
    # Hundreds of petrochemical workers went on strike; thousands chanted slogans: the crowd of a strike
    # or of slogans is counted too.
    ("صدها کارگر پتروشیمی در عسلویه دست به اعتصاب زدند.", [("صدها کارگر", "participants", 200, None, None)]),
    ("هزاران نفر در سقز شعار دادند.", [("هزاران نفر", "participants", 2000, None, None)]),
    # According to witnesses, hundreds were present at the gathering: "were present" counts the crowd,
    # and the witnesses (not "witnesses hundreds of people") claim it.
    ("به گفته شاهدان صدها نفر در این تجمع حضور داشتند.", [("صدها نفر", "participants", 200, None, "شاهدان")]),
    # Security forces fired on people and seven, including a child, were killed: the child is one of the seven.
    ("نیروهای امنیتی به سوی مردم شلیک کردند و هفت نفر از جمله یک کودک کشته شدند.", [("هفت نفر", "fatalities", 7, 7, None)]),
])
def test_persian_counts(stage, text, expected):
    assert counts(stage, text) == expected


def test_one_person_counted_by_the_singular_verb_never_by_name(stage):
    # Reza, 24 years old, lost his life on 19 Dey in Karaj: one dead; the age is no count.
    got = counts(stage, "رضا، ۲۴ ساله، روز ۱۹ دی در کرج جان باخت.")
    assert got == [("جان باخت", "fatalities", 1, 1, None)]


def test_a_counted_verb_in_the_singular_does_not_add_one(stage):
    # Seven people were killed (verb in the singular, as Persian allows after a number).
    assert counts(stage, "هفت نفر کشته شد.") == [("هفت نفر", "fatalities", 7, 7, None)]


def test_a_persian_narrative_gives_one_dated_placed_event(pipeline):
    # Security forces shot a 19-year-old in Tehran on 18 Dey 1401; he lost his life.
    text = "جوانی ۱۹ ساله روز ۱۸ دی ۱۴۰۱ در تهران با شلیک ماموران امنیتی جان باخت."
    doc = pipeline.process(Report(id="fa1", text=text, published=PUBLISHED, language="fa"))
    [event] = [e for e in doc.events if e.type == "repression"]
    assert event.place.city == "Tehran" and event.place.country == "IR"
    assert (event.date.start, event.date.basis) == ("2023-01-08", "text")
    assert [(c.low, c.text) for c in event.claims("fatalities")] == [(1, "جان باخت")]


def places(pipeline, text):
    doc = pipeline.process(Report(id="fa-p", text=text, published=PUBLISHED, language="fa"))
    return [(m.text, getattr(m.value, "city", None)) for m in doc.places]


@pytest.mark.parametrize("text,expected", [
    # Students gathered in Qom (a two-letter name).
    ("دانشجویان در قم تجمع کردند.", [("قم", "Qom")]),
    # Bazaar merchants in Shahr-e Kord went on strike (written with the Arabic kaf and a space).
    ("بازاریان شهر كرد اعتصاب کردند.", [("شهر كرد", "Shahr-e Kord")]),
    # A hashtag joins a two-word town with an underscore: a gathering in #Eslam_Shahr.
    ("مردم در #اسلام_شهر تجمع کردند.", [("اسلام_شهر", "Eslamshahr")]),
    # On 9 Mehr (a month, not the town Mohr) two people were arrested ("two" is not Jahrom).
    ("روز ۹ مهر دو نفر بازداشت شدند.", []),
    # Everyday writing drops "the port of" and "the new town of": Mahshahr and Parand.
    ("کارگران در ماهشهر و پرند تجمع کردند.", [("ماهشهر", "Bandar-e Mahshahr"), ("پرند", "Parand")]),
    # ... but not from "the port of Abbas": Abbas (a given name) is arrested, not a port.
    ("عباس در تجمع بازداشت شد.", []),
    # Workers of the Asaluyeh petrochemical plant stopped work: a small town after the works it names.
    ("کارگران پتروشیمی عسلویه دست از کار کشیدند.", [("عسلویه", "Bandar-e ‘Asaluyah")]),
])
def test_persian_place_names(pipeline, text, expected):
    assert places(pipeline, text) == expected


def test_a_persian_strike_in_its_second_week_is_ongoing_with_its_workers_and_wages(pipeline):
    # Sugarcane workers in Shush, in the second week of their strike, demanded their unpaid wages.
    text = "کارگران نیشکر در شوش در دومین هفته اعتصاب خود خواستار پرداخت حقوق معوقه شدند."
    doc = pipeline.process(Report(id="fa2", text=text, published=PUBLISHED, language="fa"))
    [strike] = [e for e in doc.events if e.type == "strike"]
    assert strike.status == "ongoing" and strike.place.city == "Shush"
    assert [(a.name, a.role) for a in strike.actors] == [("workers", "participant")]
    assert strike.issues == ("wages",)


@pytest.mark.parametrize("text,expected", [
    # The teacher has lost his life (past participle): one dead.
    ("آن معلم در بوشهر جان‌باخته است.", [("جان‌باخته", "fatalities", 1, 1, None)]),
    # (born 1370 – died 3 Azar 1398 in Yasuj): one dead; the birth year is no count.
    ("(زادهٔ ۱۳۷۰ – درگذشتهٔ ۳ آذر ۱۳۹۸ در یاسوج)", [("درگذشتهٔ", "fatalities", 1, 1, None)]),
    # He was one of those killed in the protests.
    ("او یکی از جان‌باختگان اعتراضات بود.", [("یکی از جان‌باختگان", "fatalities", 1, 1, None)]),
    # The Javidnam from Sari, 30 years old: the title is given to one person killed.
    ("جاویدنام اهل ساری، ۳۰ ساله", [("جاویدنام", "fatalities", 1, 1, None)]),
    # He gave his life for the homeland on the night of 20 Dey.
    ("او شب ۲۰ دی جان فدا شد.", [("جان فدا شد", "fatalities", 1, 1, None)]),
    # Twelve pellets hit his body and he lost his life: the pellets are no count.
    ("۱۲ ساچمه به بدنش خورد و جان باخت.", [("جان باخت", "fatalities", 1, 1, None)]),
    # He lost his life in ward 4 of the prison: a ward's number is no count.
    ("او در بند ۴ زندان جان باخت.", [("جان باخت", "fatalities", 1, 1, None)]),
    # His body was handed to the family ten days later: one dead.
    ("ده روز بعد پیکرش به خانواده تحویل داده شد.", [("پیکرش", "fatalities", 1, 1, None)]),
    # She was buried in Karaj.
    ("او در کرج به خاک سپرده شد.", [("به خاک سپرده شد", "fatalities", 1, 1, None)]),
    # 6 dead and 9 wounded: a bare number right before its kind word still counts.
    ("در این درگیری ۶ کشته و ۹ زخمی بر جا ماند.", [("۶", "fatalities", 6, 6, None), ("۹", "injuries", 9, 9, None)]),
])
def test_persian_deaths_told_one_by_one(stage, text, expected):
    assert counts(stage, text) == expected


def resolved(pipeline, text):
    doc = pipeline.process(Report(id="fa-q", text=text, published=PUBLISHED, language="fa"))
    return [(m.text, m.value.precision, m.value.country, m.value.admin1, m.value.city) for m in doc.places]


@pytest.mark.parametrize("text,expected", [
    # A farmer was arrested in Gilan province: the province, by its Persian name.
    ("کشاورزی در استان گیلان بازداشت شد.", [("استان گیلان", "admin1", "IR", "Gilan", None)]),
    # Iran: the country, by its Persian name.
    ("در ایران تجمع کردند.", [("ایران", "country", "IR", None, None)]),
    # A district of Tehran stands for the city.
    ("جوانی در تهرانسر بازداشت شد.", [("تهرانسر", "city", "IR", "Tehran", "Tehran")]),
    # "شهرستان" (county) and "شهید" (martyr) are everyday words, not villages.
    ("او را شهید شهرستان نامیدند.", []),
    # Countries and big cities abroad by their Persian names (CLDR's, GeoNames'): protesters
    # gathered in Japan, London and Istanbul.
    ("معترضان در ژاپن و لندن و استانبول تجمع کردند.", [("ژاپن", "country", "JP", None, None),
                                                     ("لندن", "city", "GB", "England", "London"),
                                                     ("استانبول", "city", "TR", "Istanbul", "Istanbul")]),
    # South Africa, written with the madda ("آفریقای") as well as without.
    ("در آفریقای جنوبی تظاهرات شد.", [("آفریقای جنوبی", "country", "ZA", None, None)]),
    # They gathered on Monday for financial aid: "مالی" (also Mali) and "دوشنبه" (also Dushanbe)
    # are words here.
    ("روز دوشنبه برای کمک مالی تجمع کردند.", []),
    # Karaj and Saveh are themselves, though GeoNames files their Persian names under Qods and Arak too.
    ("کارگران در کرج و ساوه تجمع کردند.", [("کرج", "city", "IR", "Alborz", "Karaj"), ("ساوه", "city", "IR", "Markazi", "Saveh")]),
    # A small town after "در" (in) is a place, with no other place in the report to back it.
    ("مردی در ارسنجان جان‌باخت.", [("ارسنجان", "city", "IR", "Fars", "Arsanjan")]),
    # After the memorial title "جاوید نام", names are a person's: Kian and Saman are villages too.
    ("جاوید نام مائده مرادی کیان و جاوید نام سامان یوسفی", []),
])
def test_persian_provinces_countries_and_districts(pipeline, text, expected):
    assert resolved(pipeline, text) == expected


def test_a_persian_narrative_keeps_the_persons_name_out_of_actors_and_claims(pipeline):
    # Dariush Kamali, 27 years old, was shot by security forces on 19 Dey in Rasht and lost his life.
    name = "داریوش کمالی"
    text = f"{name}، ۲۷ ساله، روز ۱۹ دی در رشت با شلیک ماموران امنیتی جان باخت."
    doc = pipeline.process(Report(id="fa-n", text=text, published=PUBLISHED, language="fa"))
    assert doc.events
    for e in doc.events:
        words = [a.name for a in e.actors] + [c.text for k in ("fatalities", "injuries", "arrests", "participants")
                                               for c in e.claims(k)] + [c.claimed_by or "" for c in e.claims("fatalities")]
        assert not any(part in w for w in words for part in name.split())



def test_a_native_town_places_an_event_only_when_the_story_names_no_other_town(pipeline):
    # A young man, a native of Saqqez, lost his life to direct fire in Sanandaj on 19 Dey.
    text = "جوانی اهل سقز در ۱۹ دی در سنندج با شلیک مستقیم ماموران جان باخت."
    doc = pipeline.process(Report(id="fa-o", text=text, published=PUBLISHED, language="fa"))
    saqqez = next(m for m in doc.places if m.value.city == "Saqqez")
    assert saqqez.get("origin")
    assert {e.place.city for e in doc.events} == {"Sanandaj"}
    # ... and with no other town, his home town is the story's place (as "John Doe, 34, of Dayton").
    text = "جوانی اهل سقز در ۱۹ دی با شلیک مستقیم ماموران جان باخت."
    doc = pipeline.process(Report(id="fa-o2", text=text, published=PUBLISHED, language="fa"))
    [event] = [e for e in doc.events if e.type == "repression"]
    assert (event.place.city, event.place.precision) == ("Saqqez", "city")
    assert [e.method for e in event.evidence if e.method.startswith("place:")] == ["place:sentence"]


def test_a_persian_report_naming_no_place_is_in_iran_by_its_calendar_with_that_evidence(pipeline):
    # He lost his life on 18 Dey to the shots of the forces: no place is named.
    text = "او در ۱۸ دی با شلیک ماموران جان باخت."
    doc = pipeline.process(Report(id="fa-c", text=text, published=PUBLISHED, language="fa"))
    [event] = [e for e in doc.events if e.type == "repression"]
    assert (event.place.country, event.place.precision) == ("IR", "country")
    [ev] = [e for e in event.evidence if e.method == "place:signal"]
    assert text[ev.start:ev.end] == "۱۸ دی"


@pytest.mark.parametrize("text,expected", [
    ("در ۱۹ دی با شلیک", "۱۹ دی"),
    ("در هجدهم دی جاوید شد", "هجدهم دی"),  # the eighteenth of Dey, in words
    ("در بیست و هفتم شهریور", "بیست و هفتم شهریور"),
    ("بازداشت شدگان آبان ۱۳۹۸", "آبان ۱۳۹۸"),
    ("با شلیک نیروهای جمهوری اسلامی", "جمهوری اسلامی"),
    ("۱۳ تیر جنگی", None),  # thirteen war bullets, not the 13th of Tir
    ("این عکس جاوید نام پوریا است", "جاوید نام"),  # the name given those killed by Iran's state
    ("جلو کلانتری ۱۳", "کلانتری"),  # Iran's word for a police station
    ("دولت جمهوری اسلامی افغانستان", None),  # Afghanistan's former name
    ("Police fired on 19 Dey street", None),  # Latin script: never read
])
def test_country_signals(text, expected):
    from vigil.geo.signals import country_signal
    got = country_signal(text)
    assert (text[got[1]:got[2]] if got else None) == expected
    assert got is None or got[0] == "IR"


def test_persian_sentences_end_at_their_stops():
    from vigil.extract.text import split_sentences
    # He was taken to an unknown place. Hours later his family learned he was in hospital. Is he alive?
    text = "او بازداشت و به مکانی نامعلوم منتقل شد. ساعاتی بعد خانواده او از بستری شدنش مطلع شدند. آیا او زنده است؟ پاسخی داده نشد."
    assert [s.text for s in split_sentences(text)] == [
        "او بازداشت و به مکانی نامعلوم منتقل شد.", "ساعاتی بعد خانواده او از بستری شدنش مطلع شدند.",
        "آیا او زنده است؟", "پاسخی داده نشد."]


def events_of(pipeline, text, published=date(2018, 7, 24)):
    doc = pipeline.process(Report(id="fa-e", text=text, published=published, language="fa"))
    return [(e.type, e.status, e.place.nationwide, e.date.start) for e in doc.events]


@pytest.mark.parametrize("text,expected", [
    # Truck drivers went on strike across the country: nationwide.
    ("کامیون‌داران در سراسر کشور اعتصاب کردند.", [("strike", "occurred", True, "2018-07-24")]),
    # The nationwide truckers' strike goes on in 20 cities.
    ("اعتصاب سراسری کامیون‌داران در ۲۰ شهر ادامه دارد.", [("strike", "ongoing", True, "2018-07-24")]),
    # Entrance-exam candidates (the "nationwide exam") gathered in Tehran: one city, not nationwide.
    ("داوطلبان کنکور سراسری در تهران تجمع کردند.", [("protest", "occurred", False, "2018-07-24")]),
    # No strike took place in Isfahan: no event.
    ("هیچ اعتصابی در اصفهان رخ نداد.", []),
    # The teachers' gathering in Shiraz was postponed.
    ("تجمع معلمان در شیراز به تعویق افتاد.", []),
    # Did the workers of Shush go on strike? A question tells no event.
    ("آیا کارگران شوش اعتصاب کردند؟", []),
    # Workers have decided to strike in Ahvaz tomorrow: planned, for the 25th.
    ("کارگران تصمیم دارند فردا در اهواز اعتصاب کنند.", [("strike", "planned", False, "2018-07-25")]),
    # Teachers gathered in 20 cities answering the council's call: it happened (nationwide).
    ("معلمان به فراخوان شورای هماهنگی در ۲۰ شهر تجمع کردند.", [("protest", "occurred", True, "2018-07-24")]),
    # The council called a teachers' gathering in Tehran for Thursday: the coming Thursday.
    ("شورای هماهنگی برای پنجشنبه فراخوان تجمع معلمان در تهران داد.", [("protest", "planned", False, "2018-07-26")]),
    # Truck drivers in Bandar Abbas are on strike (present tense): ongoing.
    ("رانندگان کامیون در بندرعباس در اعتصاب هستند.", [("strike", "ongoing", False, "2018-07-24")]),
    # Teachers want to gather in Tehran: planned.
    ("معلمان می‌خواهند در تهران تجمع کنند.", [("protest", "planned", False, "2018-07-24")]),
])
def test_persian_status_denials_questions_and_nationwide(pipeline, text, expected):
    assert events_of(pipeline, text) == expected


def test_a_death_told_after_the_forces_fire_is_that_fire_not_a_separate_attack(pipeline):
    # On 19 Dey in Shiraz the security forces shot him with live rounds. He lost his life in hospital.
    text = "روز ۱۹ دی در شیراز ماموران امنیتی با گلوله جنگی به او شلیک کردند. او در بیمارستان جان‌باخت."
    doc = pipeline.process(Report(id="fa-d", text=text, published=PUBLISHED, language="fa"))
    assert [e.type for e in doc.events] == ["repression"]
    assert [c.low for c in doc.events[0].claims("fatalities")] == [1]


def test_persian_claims_of_both_sides_and_a_list_of_towns(pipeline):
    """Hengaw's three dead and IRNA's one ("شمار کشته‌شدگان را یک نفر اعلام کرد": put the number
    of dead at one) stand side by side; "Amnesty says" (می‌گوید) names its claim; "in Ahvaz, Shush
    and Kermanshah" (اهواز، شوش و کرمانشاه) is three gatherings."""
    doc = pipeline.process(Report(id="a", published=date(2022, 10, 20), text=(
        "به گزارش هه‌نگاو، نیروهای امنیتی روز چهارشنبه ۲۷ مهر در سنندج به سوی معترضان شلیک کردند و دست‌کم سه نفر "
        "کشته شدند. خبرگزاری دولتی ایرنا شمار کشته‌شدگان را یک نفر اعلام کرد.")))
    rep, = [e for e in doc.events if e.type == "repression"]
    assert [(c.low, c.claimed_by) for c in rep.claims("fatalities")] == [(3, "هه‌نگاو"), (1, "خبرگزاری دولتی ایرنا")]
    doc = pipeline.process(Report(id="b", published=date(2019, 11, 20), text=(
        "سازمان عفو بین‌الملل می‌گوید دست‌کم ۱۰۶ معترض کشته شده‌اند.")))
    assert [(c.low, c.claimed_by) for e in doc.events for c in e.claims("fatalities")] == [(106, "سازمان عفو بین‌الملل")]
    doc = pipeline.process(Report(id="c", published=date(2023, 2, 16), text=(
        "بازنشستگان تامین اجتماعی در اهواز، شوش و کرمانشاه روز یکشنبه در اعتراض به حقوق پایین تجمع کردند.")))
    assert sorted(e.place.city for e in doc.events if e.type == "protest") == ["Ahvaz", "Kermanshah", "Shush"]


def test_a_persian_name_is_read_as_the_iranian_town_it_names_not_a_bigger_namesake_abroad(pipeline):
    """"آبادان" is Abadan (GeoNames also spells Nigeria's Ibadan "ابادان"); "او به" (he ... to) is
    no Afghan hamlet, and does not pull the story out of Iran."""
    doc = pipeline.process(Report(id="a", published=date(2022, 10, 16), language="fa", text=(
        "کارگران پیمانی پالایشگاه آبادان روز شنبه ۲۳ مهر در اعتراض به شرایط کاری دست به اعتصاب زدند.")))
    assert [(e.type, e.place.city, e.place.country, e.date.start) for e in doc.events] == [
        ("strike", "Abadan", "IR", "2022-10-15")]
    doc = pipeline.process(Report(id="b", published=date(2023, 1, 20), language="fa", text=(
        "شامگاه ۱۹ دی معترضان در خیابان‌های مبارکه تجمع کردند. پس از یک هفته خبر جان‌باختن او به خانواده "
        "اعلام شد.")))
    assert {m.value.city for m in doc.places} == {"Mobarakeh"}


def test_persian_crowd_killed_is_the_grievance_and_a_fifth_night_goes_on(pipeline):
    doc = pipeline.process(Report(id="c", published=date(2022, 11, 21), language="fa", text=(
        "بازاریان سقز و مهاباد در اعتراض به کشتار معترضان از روز دوشنبه مغازه‌های خود را بستند.")))
    assert sorted((e.type, e.subtype, e.place.city) for e in doc.events) == [
        ("strike", "bazaar closure", "Mahabad"), ("strike", "bazaar closure", "Saqqez")]
    doc = pipeline.process(Report(id="n", published=date(2021, 7, 20), language="fa", text=(
        "در پنجمین شب اعتراضات به کم‌آبی در خوزستان، معترضان در سوسنگرد به خیابان آمدند.")))
    protest, = doc.events
    assert (protest.status, protest.place.city, protest.date.start, protest.date.end) == (
        "ongoing", "Susangerd", "2021-07-16", "2021-07-20")


def test_persian_work_stoppage_passive_arson_and_an_iranian_agency_as_the_countrys_signal(pipeline):
    doc = pipeline.process(Report(id="w", published=date(2023, 3, 1), language="fa", text=(
        "دیروز کارگران شرکت نفت در عسلویه برای سومین روز متوالی دست از کار کشیدند.")))
    strike, = doc.events
    assert (strike.type, strike.status, strike.date.start, strike.date.end) == ("strike", "ongoing", "2023-02-26", "2023-02-28")
    doc = pipeline.process(Report(id="b", published=date(2019, 11, 18), language="fa", text=(
        "خبرگزاری فارس: از روز جمعه تاکنون بیش از ۱۰۰ بانک در سراسر کشور به آتش کشیده شده است.")))
    riot, = doc.events
    assert (riot.type, riot.place.country, riot.place.nationwide, riot.claims("participants")) == ("riot", "IR", True, ())


def test_persian_bazaar_closed_the_anniversary_of_a_killing_and_since_eight_days_ago(pipeline):
    doc = pipeline.process(Report(id="b", published=date(2022, 11, 16), language="fa", text=(
        "سه‌شنبه ۲۴ آبان، بازار تهران در اعتراض به سرکوب‌ها تعطیل شد.")))
    assert [(e.type, e.subtype, e.place.city, e.date.start) for e in doc.events] == [
        ("strike", "bazaar closure", "Tehran", "2022-11-15")]
    doc = pipeline.process(Report(id="a", published=date(2023, 9, 16), language="fa", text=(
        "به مناسبت سالگرد کشته شدن یک زن جوان، روز شنبه ۲۵ شهریور در سقز تجمع برگزار شد.")))
    assert [(e.type, e.date.start) for e in doc.events] == [("protest", "2023-09-16")]
    doc = pipeline.process(Report(id="e", published=date(2021, 7, 25), language="fa", text=(
        "معترضان در ایذه از هشت روز پیش به خیابان آمده‌اند.")))
    protest, = doc.events
    assert (protest.status, protest.date.start) == ("ongoing", "2021-07-17")


def test_persian_road_blocked_and_tyres_set_alight(pipeline):
    doc = pipeline.process(Report(id="r", published=date(2019, 11, 20), language="fa", text=(
        "در بوشهر معترضان بزرگراه را بستند و لاستیک آتش زدند.")))
    assert sorted((e.type, e.subtype, e.place.city) for e in doc.events) == [
        ("protest", "blockade", "Bushehr"), ("riot", "property destruction", "Bushehr")]


def test_a_death_sentence_is_no_execution_and_a_bazaar_closed_after_a_call_is_no_plan(pipeline):
    # Two protesters in Mashhad were sentenced to death: no one executed, no one dead.
    doc = pipeline.process(Report(id="fa-s", text="دو معترض در مشهد به اعدام محکوم شدند.", published=PUBLISHED, language="fa"))
    assert [e for e in doc.events if e.subtype == "execution"] == []
    assert [c for e in doc.events for c in e.claims("fatalities")] == []
    # This morning Tabriz bazaar closed following the call for a three-day strike.
    doc = pipeline.process(Report(id="fa-b", text="صبح امروز بازار تبریز در پی فراخوان اعتصاب سه روزه تعطیل شد.",
                                  published=PUBLISHED, language="fa"))
    assert [(e.type, e.subtype, e.status, e.place.city) for e in doc.events] == [
        ("strike", "bazaar closure", "occurred", "Tabriz")]


def test_last_night_in_persian_is_the_day_before():
    # Last night people in various cities of Khuzestan came out to the streets and chanted.
    from vigil.pipeline import Pipeline
    doc = Pipeline.from_settings(upto="dates").process(Report(
        id="fa-n", text="شب گذشته مردم در شهرهای مختلف خوزستان شعار دادند.", published=date(2021, 7, 20), language="fa"))
    assert [(m.text, m.value.start) for m in doc.dates] == [("شب گذشته", "2021-07-19")]


def test_after_the_friday_prayer_dates_the_day_and_a_town_fronting_a_clause_places_it(pipeline):
    """ "پس از نماز جمعه" (after the Friday prayer) is Friday (the prayer's leader, "امام جمعه", no day);
    "... به خیابان‌ها آمدند و در شیراز نیروهای امنیتی ... تیراندازی کردند" (and in Shiraz the security
    forces fired): the fire was in Shiraz."""
    doc = pipeline.process(Report(id="fa-z", published=date(2022, 10, 1), language="fa", text=(
        "نیروهای امنیتی در زاهدان پس از نماز جمعه به روی نمازگزاران آتش گشودند.")))
    assert [(e.type, e.date.start) for e in doc.events] == [("repression", "2022-09-30")]
    doc = pipeline.process(Report(id="fa-s", published=date(2019, 11, 18), language="fa", text=(
        "مردم در شهرهای مختلف ایران به خیابان‌ها آمدند و در شیراز نیروهای امنیتی به سوی معترضان تیراندازی کردند.")))
    assert [e.place.name for e in doc.events if e.type == "repression"] == ["شیراز"]
