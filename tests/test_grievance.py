"""Grievances: force or arrests a protest is about are told apart from force or arrests at it."""
from __future__ import annotations

import csv
import io
from datetime import date

import pytest

from vigil import export
from vigil.model import Report


def _events(pipeline, text):
    return pipeline.process(Report(id="g1", text=text, published=date(2020, 5, 6))).events


def _grievance(ev) -> str | None:
    return next((e.text for e in ev.evidence if e.method == "context:grievance"), None)


@pytest.mark.parametrize("text, words", [
    ("Hundreds of students marched in Durham on Wednesday over the police shooting of a teenager.",
     "over the police shooting"),
    ("Thousands rallied in Kampala on Monday to denounce the arrests of opposition leaders.", "to denounce the arrests"),
    ("Nurses protested in Lyon on Friday, demanding justice for the killing of a colleague.", "justice for the killing"),
])
def test_the_force_a_protest_is_about_is_its_grievance(pipeline, text, words):
    events = _events(pipeline, text)
    assert {ev.type for ev in events} >= {"protest"}
    force = [ev for ev in events if ev.type in ("repression", "arrest", "attack")]
    assert force and all(_grievance(ev) == words for ev in force)


@pytest.mark.parametrize("text", [
    "Students held a sit-in in Lyon on Sunday, demanding the release of detained classmates.",
    "Reporters rallied outside the court in Tunis on Monday to demand the release of three colleagues jailed under a press law.",
    "Teachers gathered in Yasuj on Tuesday to demand the release of colleagues detained last month.",
])
def test_those_held_whose_release_a_crowd_demands_are_no_arrest_of_the_report(pipeline, text):
    """The detained are the crowd's cause, a state that lasts: the report tells the protest only."""
    assert [ev.type for ev in _events(pipeline, text)] == ["protest"]


@pytest.mark.parametrize("text", [
    "Protesters gathered in Kampala over the weekend and police arrested 20 of them.",
    "Hundreds of students marched in Durham on Wednesday before police fired tear gas at them.",
    "Police arrested 20 activists in Kampala on Monday after a protest against fuel prices.",
])
def test_force_at_a_protest_is_no_grievance(pipeline, text):
    events = _events(pipeline, text)
    assert any(ev.type in ("repression", "arrest") for ev in events)
    assert not any(_grievance(ev) for ev in events)


def test_acled_never_folds_a_grievance_into_the_protest(pipeline):
    events = _events(pipeline, "Thousands rallied in Kampala on Monday to denounce the arrests of opposition leaders.")
    out = io.StringIO()
    export.write_acled(events, out)
    subs = sorted(r["sub_event_type"] for r in csv.DictReader(io.StringIO(out.getvalue())))
    assert subs == ["Arrests", "Peaceful protest"]


def test_a_grievance_is_dated_by_its_own_clause_and_dates_nothing_else(pipeline):
    text = ("Students marched in Durham on Friday, angry over the police shooting of a teenager on April 20. "
            "Police fired tear gas at the marchers.")
    events = {(ev.type, ev.subtype): ev for ev in _events(pipeline, text)}
    assert events[("protest", "march")].date.start == "2020-05-01"
    assert events[("repression", "live fire")].date.start == "2020-04-20"
    gas = events[("repression", "tear gas")]
    assert _grievance(gas) is None and gas.date.start != "2020-04-20"


@pytest.mark.parametrize("text", [
    "Shopkeepers in Tabriz closed their shops on Tuesday in protest at the crackdown on protesters.",
    # Persian tells the cause before the crowd's verb: "in protest at the repression of protesters,
    # the bazaar merchants of Tabriz closed their shops on 24 Aban 1401"
    "روز ۲۴ آبان ۱۴۰۱ بازاریان تبریز در اعتراض به سرکوب معترضان مغازه‌های خود را بستند.",
])
def test_the_crowd_a_grievance_names_is_no_protest_of_its_own_nor_the_state_s_campaign_a_happening(pipeline, text):
    """The crackdown named as a cause, with no time or place of its own, is the state's campaign: no
    event of a day (it would only take the report's date)."""
    events = _events(pipeline, text)
    assert {(ev.type, ev.subtype) for ev in events} == {("strike", "bazaar closure")}


def test_a_crackdown_told_with_its_own_place_and_day_is_a_grievance_happening(pipeline):
    events = _events(pipeline, "Students marched in Tehran on Tuesday in protest at the crackdown on protesters "
                               "in Zahedan on Friday.")
    assert sorted((ev.type, ev.place.name) for ev in events) == [("protest", "Tehran"), ("repression", "Zahedan")]
    repression, = [ev for ev in events if ev.type == "repression"]
    assert _grievance(repression) and repression.date.basis == "text"


def test_the_dead_a_funeral_mourns_are_its_grievance_and_do_not_take_its_day(pipeline):
    """ "The funeral of a young man killed by police turned into a protest on Saturday": Saturday is the
    protest's; the killing, told as whom the crowd mourned, has no day in the text."""
    events = _events(pipeline, "The funeral of a young man killed by police in Nanterre turned into a protest on "
                               "Saturday, with mourners chanting.")
    by_type = {ev.type: ev for ev in events}
    assert by_type["protest"].date.start == "2020-05-02"
    assert _grievance(by_type["repression"]) and by_type["repression"].date.basis == "published"
