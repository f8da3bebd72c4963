"""Golden tests: short reports (written for these tests) -> the events they must give."""
from __future__ import annotations

from datetime import date

import pytest

from vigil.model import Report


def _events(pipeline, text, published=date(2018, 7, 25)):
    return pipeline.process(Report(id="g", text=text, published=published)).events


def _one(events, etype):
    found = [e for e in events if e.type == etype]
    assert found, f"no {etype} event in {[e.type for e in events]}"
    return found[0]


@pytest.mark.parametrize("text,etype,subtype", [
    ("Hundreds of teachers rallied outside the education ministry in Tehran on Monday.", "protest", "rally"),
    ("Truck drivers in Yazd went on strike on Monday over unpaid freight rates.", "strike", None),
    ("Youths torched two banks and looted shops in Shiraz overnight, witnesses said.", "riot", "property destruction"),
    ("Police fired tear gas to disperse protesters in Ahvaz on Saturday.", "repression", "tear gas"),
    ("Security agents detained 12 labour activists in Sanandaj on Tuesday.", "arrest", None),
    ("A roadside bomb killed three soldiers near Kirkuk on Sunday, officials said.", "attack", "bombing"),
    ("Two people were killed in a car bombing near Kirkuk on Sunday, officials said.", "attack", "bombing"),
    ("A suicide bomber killed nine people at a checkpoint near Mosul on Sunday.", "attack", "suicide bombing"),
    ("Gunmen threw a grenade at a police post in Quetta on Friday, wounding two.", "attack", "grenade"),
    ("Rebels shelled the outskirts of Aleppo on Sunday, killing four civilians.", "attack", "shelling"),
    ("Warplanes struck a market in Idlib on Sunday, killing seven.", "attack", "air strike"),
    ("Fighting between the army and rebels killed twelve near Kirkuk on Sunday.", "attack", "armed clash"),
    ("Insurgents attacked an army outpost near Kunduz on Monday, killing six soldiers.", "attack", "armed clash"),
    ("Gunmen attacked a wedding party near Kunduz on Monday, killing six guests.", "attack", "shooting"),
    ("Rebels killed the commander of a militia near Kunduz on Monday.", "attack", "armed assault"),
    ("Flash floods swept through Pol-e Dokhtar on Monday, cutting the main road.", "disaster", "flood"),
    ("Bazaar merchants in Tabriz closed their shops on Monday to protest the rial's fall.", "strike", "bazaar closure"),
    ("Prisoners in Evin began a hunger strike on Sunday.", "strike", "hunger strike"),
    ("Dairy farmers blocked the river bridge at Ruse on Monday over milk prices.", "protest", "blockade"),
])
def test_type_and_subtype(pipeline, text, etype, subtype):
    ev = _one(_events(pipeline, text), etype)
    assert ev.subtype == subtype


@pytest.mark.parametrize("text", [
    "The striker scored twice as the home side won the league on Saturday.",
    "Lightning struck a farmhouse near Shiraz on Monday, starting a small fire in the barn.",
    "She bowled a strike in the final frame of the tournament.",
    "The coach protested to the referee after the penalty decision in the second half.",
    "Officials in Ahvaz said no strike took place at the steel plant on Monday.",
    "Will teachers in Tehran strike again next year?",
    "Analysts say rising prices could lead to protests if subsidies are cut.",
    "The company announced record quarterly profits and a new chief executive.",
    "The union threatened to strike if the pay offer is not improved.",
])
def test_not_events(pipeline, text):
    events = [e for e in _events(pipeline, text) if e.type != "other"]
    assert events == [], [(e.type, e.evidence[0].text) for e in events]


def test_field_report_headline(pipeline):
    ev = _one(_events(pipeline, "Yasuj, Iran. July 23, 2018. New Round of Truck Drivers' Nationwide Strike"), "strike")
    assert (ev.place.city, ev.place.admin1, ev.place.country) == ("Yasuj", "Kohgiluyeh and Boyer-Ahmad", "IR")
    assert (ev.date.start, ev.date.precision, ev.date.basis) == ("2018-07-23", "day", "text")
    assert {a.name for a in ev.actors} == {"truck drivers"}


def test_month_only_date_stays_month_precise(pipeline):
    ev = _one(_events(pipeline, "Iran. November, 2018. Eleventh Day of Truckers' Nationwide Strike",
                      published=date(2018, 11, 30)), "strike")
    assert (ev.date.start, ev.date.precision) == ("2018-11", "month")
    assert ev.status == "ongoing" and ev.place.nationwide and ev.place.country == "IR"


def test_strike_day_gives_ongoing_status_and_start(pipeline):
    ev = _one(_events(pipeline, "Iran: Ahvaz Steel Workers on Strike for 5th Day", published=date(2019, 4, 15)), "strike")
    assert ev.status == "ongoing" and ev.date.start == "2019-04-11" and ev.place.city == "Ahvaz"


def test_planned_rally(pipeline):
    ev = _one(_events(pipeline, "Supporters will gather in Paris on June 30 for a rally against the government.",
                      published=date(2018, 6, 1)), "protest")
    assert ev.status == "planned" and ev.date.start == "2018-06-30" and ev.place.country == "FR"


def test_conflicting_claims_stay_side_by_side(pipeline):
    text = ("Security forces opened fire on protesters in Shadegan on Saturday. According to HRANA, at least 21 "
            "people were killed; state media reported that four people died.")
    ev = _one(_events(pipeline, text, published=date(2019, 11, 18)), "repression")
    claims = sorted((c.low, c.high, c.claimed_by) for c in ev.claims("fatalities"))
    assert claims == [(4, 4, "state media"), (21, None, "HRANA")]
    for c in ev.claims("fatalities"):
        assert c.text and c.report_id == "g"


def test_protest_and_its_arrests_are_two_events(pipeline):
    text = "Thousands protested in Mashhad on Friday against rising prices. Police arrested over 50 people."
    events = _events(pipeline, text, published=date(2017, 12, 30))
    protest, arrest = _one(events, "protest"), _one(events, "arrest")
    assert protest.claims("participants")[0].low == 2000
    assert (arrest.claims("arrests")[0].low, arrest.claims("arrests")[0].high) == (50, None)
    assert arrest.place.city == protest.place.city == "Mashhad"


def test_cities_listed_with_nationwide_give_one_event_each(pipeline):
    text = "The nationwide strike by truck drivers spread on Monday to Yasuj, Torbat-e Jam and Yazd."
    strikes = [e for e in _events(pipeline, text) if e.type == "strike"]
    assert sorted(e.place.city or "nationwide" for e in strikes) == ["Torbat-e Jam", "Yasuj", "Yazd", "nationwide"]


def test_evidence_spans_are_exact(pipeline):
    text = "Riot police beat students at Tehran University on Sunday, and 30 were detained."
    for ev in _events(pipeline, text):
        assert ev.evidence
        for e in ev.evidence:
            assert text[e.start:e.end] == e.text


def test_no_private_names_in_actors_or_sources(pipeline):
    text = ("Ann Lee, 20, and Bo Chan, 19, were killed when a gunman opened fire in Franklin, Indiana on Monday, "
            "said witness Mark Stone.")
    events = _events(pipeline, text, published=date(2014, 2, 4))
    ev = _one(events, "attack")
    assert ev.claims("fatalities")[0].low == 2
    assert all("Lee" not in a.name and "Chan" not in a.name for a in ev.actors)
    assert all(c.claimed_by is None or "Stone" not in c.claimed_by for c in ev.claims("fatalities"))


def test_confidence_rises_with_stated_place_and_date(pipeline):
    plain = _one(_events(pipeline, "Workers in Ahvaz went on strike on July 23, 2018."), "strike")
    vague = _one(_events(pipeline, "Workers went on strike over pay."), "strike")
    assert plain.confidence > vague.confidence
    assert vague.date.basis == "published"


def test_a_list_of_field_reports_gives_one_event_per_line_dated_by_its_own_line(pipeline):
    text = ("Opinion: why the regime fears its workers\n\n"
            "The regime will not admit how unpopular it is, and the protests show it.\n\n"
            "Tabriz, Iran. March 3, 2019. Bazaar merchants close their shops in protest\n\n"
            "Iran: Arak Machine Factory Workers on Strike for 3rd Day\n\n"
            "Iran. March 2019. Protest Gathering of Retired Teachers in Shiraz\n\n"
            "Iran, Rasht – Nurses Protest Unpaid Wages, April 9\n\n"
            "Seems to be Lorestan Province, western #Iran Horrifying footage of a road literally collapsing\n")
    events = _events(pipeline, text, published=None)
    by_place = {(e.type, e.place.city): e for e in events}
    assert by_place[("strike", "Tabriz")].date.start == "2019-03-03"  # merchants closing their shops: a bazaar closure
    assert by_place[("strike", "Tabriz")].subtype == "bazaar closure"
    assert by_place[("protest", "Shiraz")].date.start == "2019-03"
    assert by_place[("strike", "Arak")].date.start is None  # its line gives no date; none is borrowed
    assert by_place[("disaster", None)].place.admin1 == "Lorestan"  # its line's province, not the report's country
    rasht = by_place[("protest", "Rasht")]
    assert rasht.date.start is None and [e.method.split(":")[0] for e in rasht.evidence].count("trigger") == 1
    assert not any(e.method.startswith("date:") for e in rasht.evidence)  # no date, so no words for one
    assert all("regime will not admit" not in ev.text for e in events for ev in e.evidence)


def test_the_prose_around_a_list_is_not_dated_by_the_lists_lines(pipeline):
    text = ("Letter from the provinces\n\n"
            "In March 2019, protests broke out in Arak over unpaid wages. So far the authorities have "
            "arrested more than 300 workers, their union says.\n\n"
            "#Iran - April 10 - Bojnurd, North Khorasan Province\n\n"
            "Tabriz, Iran. April 3, 2019. Bazaar merchants close their shops in protest\n\n"
            "Iran: Arak Machine Factory Workers on Strike for 3rd Day\n\n"
            "Iran, Rasht – Nurses Protest Unpaid Wages, April 9\n")
    events = _events(pipeline, text, published=date(2019, 4, 12))
    arrests = _one(events, "arrest")
    assert arrests.date.start == "2019-03"  # the prose's own month, not a list line's April 10


def test_every_value_cites_the_words_that_give_it(pipeline):
    text = ("Ahvaz steel workers strike over unpaid wages\n\n"
            "Hundreds of steel workers went on strike in Ahvaz on Monday over unpaid wages, the union said. "
            "Truck drivers stopped work nationwide on Tuesday.")
    events = _events(pipeline, text, published=date(2018, 11, 21))
    strike = next(e for e in events if e.place.city == "Ahvaz")
    cited = {}
    for e in strike.evidence:
        cited.setdefault(e.method.split(":")[0], e)
    for ev in strike.evidence:
        assert text[ev.start:ev.end] == ev.text
    assert cited["place"].text == "Ahvaz" and cited["place"].method == "place:sentence"
    assert cited["place"].start > text.index("\n")  # the event's own sentence, not the headline
    assert cited["date"].text == "Monday"
    assert cited["actor"].text.lower().endswith("steel workers") and cited["actor"].method == "actor:participant"
    assert cited["issue"].method == "issue:wages"
    nationwide = next(e for e in events if e.place.nationwide)
    assert [e.text for e in nationwide.evidence if e.method == "place:nationwide"] == ["nationwide"]
    vague = _one(_events(pipeline, "Workers went on strike over pay.", published=date(2018, 11, 21)), "strike")
    assert vague.date.basis == "published" and not any(e.method.startswith("date:") for e in vague.evidence)


def test_a_plan_takes_its_date_from_its_own_sentence_only(pipeline):
    text = ("In March 2019, teachers in Isfahan went on strike over unpaid wages.\n\n"
            "Their union says the government has ignored every demand since then.\n\n"
            "Organisers say 5,000 teachers will hold a rally in Isfahan on the last day of the session.")
    plan = _one(_events(pipeline, text, published=None), "protest")
    assert plan.status == "planned" and plan.date.start is None


def test_a_story_with_a_few_short_link_lines_is_not_a_list(pipeline):
    text = ("Two hurt in Dayton shooting - Channel 9 News\n\n"
            "Two men were wounded in a shooting on Salem Avenue late Saturday, police said.\n\n"
            "Officers found both men outside a bar; one was taken to hospital in serious condition.\n\n"
            "READ MORE: Dayton police investigate weekend shooting\n\n"
            "READ MORE: Man shot near Dayton school identified\n")
    attack = _events(pipeline, text, published=date(2018, 7, 23))[0]
    assert attack.type == "attack" and attack.date.start == "2018-07-21" and attack.date.basis == "text"


def test_triggers_of_one_sentence_naming_different_events_keep_their_own_dates(pipeline):
    """"Man held after boy shoots himself": the arrest and the shooting share a headline, not a day."""
    text = ("Man arrested after boy shoots himself in the hand\n\n"
            "Officers arrested the boy's uncle on Sunday over the Saturday afternoon shooting at his home.")
    events = _events(pipeline, text, published=date(2015, 7, 28))
    assert _one(events, "attack").date.start == "2015-07-25"
    assert _one(events, "arrest").date.start == "2015-07-26"


def test_no_break_spaces_read_as_spaces_and_offsets_stay(pipeline):
    """Web pages put no-break and thin spaces between words: the events are those of the plain
    text, and every span still points into the report's own text."""
    plain = "Police fired tear gas at protesters in Ahvaz on Saturday; at least 21 people were arrested."
    text = plain.replace("tear gas", "tear\u00a0gas").replace("at least 21", "at\u00a0least\u202f21")
    want, got = _events(pipeline, plain), _events(pipeline, text)
    assert [(e.type, e.subtype, e.place.city, e.date.start) for e in got] == \
        [(e.type, e.subtype, e.place.city, e.date.start) for e in want]
    [arrest] = [e for e in got if e.type == "arrest"]
    claim = arrest.claims("arrests")[0]
    assert claim.low == 21 and text[claim.start:claim.end] == "at\u00a0least\u202f21"
