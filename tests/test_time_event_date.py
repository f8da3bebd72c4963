"""event_date: which of a report's dates is the date of one event."""
from __future__ import annotations

from datetime import date

import pytest

from vigil.extract.text import split_sentences
from vigil.extract.time import DateStage, event_date
from vigil.model import Doc, EventDate, Report


@pytest.fixture(scope="module")
def stage() -> DateStage:
    return DateStage()


def date_of(stage: DateStage, text: str, trigger: str, published: date | None = date(2019, 4, 15),
            nth: int = 0) -> EventDate:
    doc = Doc(Report(id="t", text=text, published=published))
    doc.sentences = split_sentences(text)
    stage(doc)
    start = -1
    for _ in range(nth + 1):
        start = text.index(trigger, start + 1)
    return event_date(doc, start, start + len(trigger))


def test_own_sentence_beats_background(stage):
    text = ("Protests that began in December 2017 have flared up again. "
            "On Friday, hundreds of retirees rallied outside the pension fund.")
    got = date_of(stage, text, "rallied")
    assert (got.start, got.precision, got.basis) == ("2019-04-12", "day", "text")


def test_background_date_is_not_the_event_date(stage):
    text = ("Teachers rallied in front of the education office. "
            "Their protests that began in December 2017 were met with arrests.")
    got = date_of(stage, text, "rallied")
    assert (got.start, got.basis) == ("2019-04-15", "published")


def test_no_date_falls_back_to_publication(stage):
    got = date_of(stage, "Truck drivers parked their lorries along the highway.", "parked")
    assert got == EventDate(start="2019-04-15", precision="day", basis="published")


def test_no_date_and_no_publication_gives_empty_date(stage):
    got = date_of(stage, "Truck drivers parked their lorries along the highway.", "parked", None)
    assert got == EventDate()


@pytest.mark.parametrize("stamp", [
    "Posted: March 3, 2019 10:15 AM",
    "Two hurt in march\n\nUPDATE: 03-03-2019 10:15am",  # a stamp word opening a line that is not the first
    "Two hurt in march\n\nUPDATE SUNDAY 5:45 AM",  # a line of a stamp word, a date and a time
    "Two hurt in march\n\nLast Modified: Sunday, March 3, 2019 4:04 PM",
])
def test_byline_date_is_not_the_event_date(stage, stamp):
    text = stamp + "\n\nThousands marched through the city centre."
    got = date_of(stage, text, "marched", date(2019, 3, 3))
    assert got.basis == "published" and got.start == "2019-03-03"


def test_headline_trigger_takes_the_lead_sentence_date(stage):
    text = ("Two wounded in shooting outside bakery\n\n"
            "Police said Tuesday that two men were shot Monday night outside a bakery on Elm Street.")
    got = date_of(stage, text, "shooting", date(2014, 2, 4))
    assert got.start == "2014-02-03"


def test_statement_date_loses_to_event_date_in_the_same_sentence(stage):
    text = "Officials said Tuesday that a 19-year-old was killed Sunday in the clash."
    got = date_of(stage, text, "killed", date(2019, 4, 17))
    assert got.start == "2019-04-14"


@pytest.mark.parametrize("text, trigger, day", [
    pytest.param("Sheriff describes party shooting\n\nAt a news conference Sunday afternoon, the sheriff described "
                 "the shooting. The violence unfolded just before 11 p.m. Saturday at a home.", "shooting", "2019-04-13",
                 id="a news conference dates the statement"),
    pytest.param("Sheriff gives details of shooting at Sunday night news conference\n\nThe sheriff said the gunman "
                 "opened fire at the party around 11 p.m. Saturday.", "shooting", "2019-04-13",
                 id="a date before a news conference dates the statement"),
    pytest.param("New details after Monday's press briefing on the shooting\n\nThe gunfire broke out at a bar "
                 "early on Friday.", "shooting", "2019-04-12", id="a date before a press briefing dates the statement"),
    pytest.param("Suspect named in shooting of officers\n\nOn Friday evening, police named a suspect in the "
                 "shooting. He was arrested soon after the gunfire late Thursday.",
                 "shooting", "2019-04-11", id="naming a suspect is a statement"),
    pytest.param("Grief after shooting at school\n\nParents learned Tuesday that the shooting had been planned for "
                 "weeks. A teacher fired at a crowd late Saturday.", "shooting", "2019-04-13",
                 id="learning of something is a statement"),
    pytest.param("Family of shooting victim speaks out\n\nHis sister spoke to reporters Wednesday about the shooting. "
                 "He was hit by gunfire outside a bar early on Sunday.", "shooting", "2019-04-14",
                 id="speaking to reporters is a statement"),
    pytest.param("A man was treated for gunshot wounds, according to a statement issued by Elm County police Sunday "
                 "afternoon. Shots were fired at about 11:30 p.m. Saturday, police said.", "gunshot", "2019-04-13",
                 id="a statement issued by someone dates the statement"),
    pytest.param("Deputies found the car on Tuesday. A man shot his neighbour on Sunday, said the sheriff.", "shot",
                 "2019-04-14", id="a speech verb past a comma makes no statement date"),
    pytest.param("Police arrested Friday's shooting suspect on Monday at his home.", "shooting", "2019-04-12",
                 id="a later step next to a date naming the event keeps it"),
    pytest.param("Man killed in park\n\nA man was found with wounds to his chest in the park on Thursday afternoon. "
                 "His brother was killed in a gang shooting in 2012.", "killed", "2019-04-11",
                 id="an old year near a word of the event comes after a recent day"),
    pytest.param("Police gave details on Saturday. A neighbour of the house where the shooting occurred early Friday "
                 "said he heard arguments.", "shooting", "2019-04-12", id="a date right after a past verb is no statement date"),
])
def test_the_event_date_beats_statement_and_later_step_dates(stage, text, trigger, day):
    assert date_of(stage, text, trigger).start == day


def test_ordinal_strike_day_gives_the_start(stage):
    text = "The truckers' strike entered its eleventh day on Tuesday, October 2nd."
    got = date_of(stage, text, "strike", date(2018, 10, 3))
    assert (got.start, got.end, got.precision) == ("2018-09-22", "2018-10-02", "day")


def test_ordinal_strike_day_against_the_publication_date(stage):
    got = date_of(stage, "Iran: Ahvaz Steel Workers on Strike for 5th Day", "Strike")
    assert got.start == "2019-04-11"


@pytest.mark.parametrize("text, start", [
    ("Sugar cane workers have been on strike for 12 days, their union said on Sunday.", "2019-04-03"),
    ("Nurses have protested for three consecutive days outside the ministry.", "2019-04-13"),
    ("Workers in Ahvaz have been on strike for the past five days.", "2019-04-11"),
])
def test_days_counted_up_to_the_day_told_give_the_start(stage, text, start):
    """ "on strike for 12 days" (as "on the 12th day of the strike"): it began 11 days before the day told."""
    trigger = "strike" if "strike" in text else "protested"
    got = date_of(stage, text, trigger)
    assert (got.start, got.end) == (start, "2019-04-14" if "Sunday" in text else "2019-04-15")


def test_field_report_line_with_month(stage):
    got = date_of(stage, "Iran. November, 2018. Eleventh Day of Truckers' Nationwide Strike", "Strike")
    assert (got.start, got.precision) == ("2018-11", "month")


def test_field_report_dateline(stage):
    got = date_of(stage, "Yasuj, Iran. July 23, 2018. New Round of Truck Drivers' Nationwide Strike", "Strike")
    assert (got.start, got.precision) == ("2018-07-23", "day")


def test_field_report_date_at_the_end(stage):
    got = date_of(stage, "Iran, Tehran – Anti-Regime Chants in Protest, June 25", "Protest")
    assert got.start == "2018-06-25"


def test_planned_event_takes_its_future_date(stage):
    text = "Exiles will gather for a rally in Paris on June 30, organisers said."
    got = date_of(stage, text, "rally")
    assert got.start == "2019-06-30"


def test_future_date_elsewhere_is_not_the_event_date(stage):
    text = ("Nurses staged a sit-in at the hospital on Sunday.\n\n"
            "Their next court hearing will be on May 20.")
    got = date_of(stage, text, "sit-in")
    assert got.start == "2019-04-14"


def test_month_is_refined_by_a_day_inside_it(stage):
    text = ("A man was charged in a March shooting.\n\n"
            "The shooting happened on March 28 outside a bar.")
    got = date_of(stage, text, "shooting", date(2019, 4, 15))
    assert got.start == "2019-03-28"


@pytest.mark.parametrize("text,trigger,day", [
    # the day someone died is not the day of the shooting
    ("A boy, 9, who died Sunday after he was shot outside a school, was remembered at a service. "
     "Police said the gunman opened fire at about 4 p.m. Friday near the gates.", "shot", "2019-04-12"),
    ("Four men were hospitalized today with gunshot wounds received late Friday.", "gunshot", "2019-04-12"),
    # a headline trigger does not take a later step's date from the lead either
    ("Four hurt in shooting\n\nFour men were hospitalized today with gunshot wounds received late Friday.",
     "shooting", "2019-04-12"),
    # a few small words may stand between the step and its date
    ("Man dies after shooting\n\nA man died at a local hospital Sunday after being shot several times Saturday night.",
     "shooting", "2019-04-13"),
    # a state "as of" a date is a later step too
    ("Girl hit by stray bullet\n\nA girl was struck by a stray bullet Wednesday evening. "
     "Police were looking for three men in connection with the shooting, but no arrests had been made as of "
     "Thursday morning.", "shooting", "2019-04-10"),
    # after an attack, the arrest is a later step
    ("A man was arrested on Tuesday after police said he shot his neighbour. "
     "The shooting happened on Sunday evening behind the bakery.", "shot", "2019-04-14"),
])
def test_what_followed_does_not_date_the_violence(stage, text, trigger, day):
    got = date_of(stage, text, trigger)
    assert (got.start, got.basis) == (day, "text")


@pytest.mark.parametrize("text, day", [
    # a statement or procedure word before a date that names the shooting does not make it theirs
    ("Three teens appear in court in school shooting\n\nThe three appeared in court on Wednesday morning. "
     "Police said the March 12 shooting outside the school was gang-related.", "2019-03-12"),
    ("Man charged in shooting\n\nA man was charged on Tuesday and faces charges for a Saturday morning shooting.",
     "2019-04-13"),
    # a date moved by a count names a day of its own
    ("Teen shot in park\n\nA teen was shot by an older boy from his own street on Sunday afternoon. "
     "His sister was buried just one day before Sunday's shooting.", "2019-04-14"),
])
def test_a_date_naming_the_shooting_dates_it(stage, text, day):
    assert date_of(stage, text, "shot" if "shot in" in text else "shooting").start == day


def test_a_headline_takes_its_lead_date_before_closer_ones_further_down(stage):
    text = ("Man shot near park\n\nA man was shot in the leg in the area near the park on Monday afternoon. "
            "Officers searched the block. Two other men were shot Sunday outside a bar.")
    assert date_of(stage, text, "shot", date(2019, 4, 16)).start == "2019-04-15"


FILLER = " ".join(f"Neighbours described him as a quiet boy, remark {i}." for i in range(5))


def test_a_day_far_down_the_story_beats_a_statement_date(stage):
    text = ("Boy shot in yard\n\nA boy was wounded in his yard, police said Friday. " + FILLER
            + " Thursday night around 8:30, neighbours rushed to help him.")
    assert date_of(stage, text, "shot").start == "2019-04-11"


def test_a_day_far_down_the_story_alone_leaves_the_publication_date(stage):
    text = "Boy shot in yard\n\nA boy was wounded in his yard. " + FILLER + " His cousin visited on Thursday."
    assert date_of(stage, text, "shot").basis == "published"


def test_arrests_at_a_protest_date_the_protest(stage):
    """Arrests are a later step of an attack, not of a protest: they happen while it lasts."""
    got = date_of(stage, "Dozens of protesters were arrested on Tuesday as the march reached the square.", "march")
    assert got.start == "2019-04-09"


def test_a_date_far_down_the_story_comes_after_nearby_ones(stage):
    filler = " ".join(f"Neighbours said the street had been quiet for years, sentence {i}." for i in range(10))
    text = ("A woman was shot on Elm Street. On Thursday, officers who came to the house on Elm Street found her "
            "lying in the hall, wounded. " + filler
            + " Mourners who were at the shooting site Saturday laid flowers.")
    got = date_of(stage, text, "shot")
    assert got.start == "2019-04-11"


@pytest.mark.parametrize("text, trigger, day", [
    ("Four men were injured in a drive-by shooting Thursday afternoon in Englewood.", "injured", "2019-04-11"),
    ("The town will pull together and recover from Thursday night's shooting at the theatre.", "shooting",
     "2019-04-11"),
])
def test_past_happenings_are_not_moved_ahead(stage, text, trigger, day):
    """"drive-by" is not the deadline "by"; a possessive weekday names a happening of its own."""
    assert date_of(stage, text, trigger, date(2019, 4, 12)).start == day


def test_a_call_to_boycott_a_days_election_is_ahead(stage):
    """ "called for a boycott of Friday's election": an election is held on a day set ahead, so the
    call's future reaches its possessive date (a shooting named so stays past, see above)."""
    text = "Opposition parties have called for a boycott of Friday's parliamentary election."
    assert date_of(stage, text, "boycott", date(2024, 3, 11)).start == "2024-03-15"


@pytest.mark.parametrize("text, trigger", [
    # a copyright year is a stamp
    ("A teenager was found shot in Lexington. Police are investigating and will update this story. "
     "Copyright 2019 WXYZ News. All rights reserved.", "shot"),
    # an old year in a nearby sentence is background
    ("Church shooting\n\nThree people were gunned down at the church. "
     "The pastor first answered the call to preach nearly 30 years ago, at the age of 13.", "gunned down"),
    # a day of a trial is not a strike day
    ("The defendant pleaded guilty in the nightclub shooting on the second day of trial.", "shooting"),
])
def test_words_that_date_something_else_leave_the_publication_date(stage, text, trigger):
    got = date_of(stage, text, trigger)
    assert (got.start, got.basis) == ("2019-04-15", "published")


def test_word_cut_by_the_stamp_window_is_no_time_zone(stage):
    # a long line: only the 25 characters before the date are searched for a byline; "Street"
    # cut to "et" there must not read as the ET time zone of a posting stamp
    text = ("Two men were hurt near the corner of Walnut Street at about 9:10 p.m. on March 2, and one of them "
            "later died at a hospital downtown while relatives waited outside for news.")
    got = date_of(stage, text, "hurt", date(2019, 3, 9))
    assert (got.start, got.basis) == ("2019-03-02", "text")


@pytest.mark.parametrize("text, trigger, published, day", [
    pytest.param("Teen shot at New Year's Eve party\n\nA teen was shot at a New Year's Eve party, police said. "
                 "The gunfire broke out shortly after 1 a.m. Sunday at a rented hall.", "shot", date(2017, 1, 2),
                 "2017-01-01", id="the small hours after the party"),
    pytest.param("Four hurt at Halloween party\n\nFour people were hurt at a Halloween party. "
                 "The shots were fired early Saturday outside the house.", "hurt", date(2019, 10, 28),
                 "2019-10-26", id="a party on the weekend before the holiday"),
    pytest.param("Man shot on Halloween\n\nA man was shot on Halloween in the doorway of his home.", "shot",
                 date(2019, 11, 1), "2019-10-31", id="the holiday itself"),
])
def test_a_holiday_occasion_yields_to_a_day_written_next_to_it(stage, text, trigger, published, day):
    assert date_of(stage, text, trigger, published).start == day


def test_a_distant_holiday_in_a_nearby_sidebar_dates_nothing(stage):
    text = ("Two hurt in shooting downtown\n\n"
            "Best places to celebrate St. Patrick's Day this spring, from pubs to parades")
    got = date_of(stage, text, "shooting", date(2019, 8, 14))
    assert (got.start, got.basis) == ("2019-08-14", "published")


def test_a_time_zone_in_the_prose_of_a_long_line_is_no_stamp(stage):
    text = ("Deputies hurt in motel standoff\n\n"
            "The standoff began at about 9:40 p.m. CT on Friday when deputies with a warrant knocked on the door "
            "of a room on the second floor and a man inside fired through it, hitting two of them.")
    got = date_of(stage, text, "hurt", date(2019, 4, 14))
    assert (got.start, got.basis) == ("2019-04-12", "text")


def test_a_time_zone_on_a_short_line_still_marks_a_stamp(stage):
    text = "Deputies hurt in motel standoff\n\nApril 13, 2019 4:26 PM CDT\n\nTwo deputies were hurt in a standoff."
    got = date_of(stage, text, "hurt", date(2019, 4, 14), nth=1)
    assert got.basis == "published"


@pytest.mark.parametrize("text, published, day", [
    pytest.param("Two hurt in shooting outside club\n\nThe gunman, who was still at large Monday, opened fire "
                 "outside the club on Sunday night, police said.", date(2019, 4, 16), "2019-04-14",
                 id="still at large"),
    pytest.param("Girl hurt in park shooting\n\nA search continued Wednesday for the gunman who hurt a girl, 9, "
                 "at a park on Tuesday evening.", date(2019, 4, 18), "2019-04-16", id="a search continued"),
    pytest.param("Teen recovering after shooting\n\nThe teen was in stable condition Thursday. Officers said he "
                 "was hit by a bullet near a bus stop on Wednesday.", date(2019, 4, 19), "2019-04-17",
                 id="a condition"),
    pytest.param("Boy dies days after shooting\n\nThe boy, 7, had been in critical condition since Tuesday night, "
                 "when a stray bullet hit him.", date(2019, 4, 13), "2019-04-09", id="a state since the event"),
    pytest.param("Father jailed after son's accidental shooting\n\nThe father was sentenced to 30 days in jail "
                 "Monday for the shooting. His son, 6, found the loaded gun on March 3 and shot himself in the hand.",
                 date(2019, 4, 16), "2019-03-03", id="a sentence to jail"),
])
def test_a_later_state_does_not_date_the_event(stage, text, published, day):
    assert date_of(stage, text, "shooting", published).start == day


@pytest.mark.parametrize("text, trigger, day", [
    pytest.param("A neighbour heard gunfire on Saturday night. On Monday, the Elm County Sheriff's Office said "
                 "the man had been shot in his garage.", "shot", "2019-04-13", id="on Monday, an office said"),
    pytest.param("Boy dies after shooting\n\nThe boy was hit by a stray bullet Thursday. Saturday evening police said "
                 "the boy, shot in the back, had died.", "shooting", "2019-04-11", id="an evening, police said"),
])
def test_a_date_opening_a_statement_dates_the_statement(stage, text, trigger, day):
    assert date_of(stage, text, trigger).start == day


@pytest.mark.parametrize("text, day", [
    pytest.param("Two men shot outside a bar\n\nOn March 3, investigators said, two men began to argue and one shot "
                 "the other.", "2019-03-03", id="a full date opens what investigators said"),
    pytest.param("Two men shot outside a bar\n\nOn Friday, police said, two men began to argue and one shot "
                 "the other.", "2019-04-12", id="a speech verb set off by commas"),
])
def test_a_date_opening_a_report_of_the_event_still_dates_it(stage, text, day):
    assert date_of(stage, text, "shot").start == day


def test_a_caption_dated_the_day_after_keeps_the_relative_day_it_tells_apart(stage):
    """A sentence telling a relative day and a day written out one day off tells two days
    apart (a photo taken the day after), so the written-out day is no correction of a slip."""
    text = ("Man found shot in mall parking lot\n\n"
            "The parking lot where a man was shot Friday night, on Saturday, April 13, 2019.")
    assert date_of(stage, text, "shot").start == "2019-04-12"


@pytest.mark.parametrize("text, day", [
    pytest.param("Suspect held in shooting at a market\n\nPolice charged a 31-year-old man from Elm Grove with murder on "
                 "Saturday. Investigators say shots were fired on April 2 outside a market.", "2019-04-02",
                 id="charged someone with murder on a day"),
    pytest.param("Bail set for suspect in shooting at a market\n\nBail was set at $1 million Thursday for the man "
                 "accused of the shooting. Shots were fired on April 2 outside a market.", "2019-04-02",
                 id="bail was set at a sum on a day"),
])
def test_a_charge_with_its_object_before_the_date_dates_the_charge(stage, text, day):
    assert date_of(stage, text, "shooting").start == day


def test_a_charge_for_what_another_clause_tells_keeps_its_date(stage):
    text = "A man was charged in the death of a woman who was shot Saturday outside a market."
    assert date_of(stage, text, "shot").start == "2019-04-13"


@pytest.mark.parametrize("text, published, day", [
    pytest.param("A girl, 8, remained hospitalized Monday after a shooting at her home. A bullet was fired through "
                 "a window on Saturday night, police said.", date(2019, 4, 16), "2019-04-13", id="remained hospitalized"),
    pytest.param("The suspect was behind bars Tuesday after a shooting at a bar. He opened fire inside the bar on "
                 "Sunday, police said.", date(2019, 4, 17), "2019-04-14", id="behind bars"),
    pytest.param("The boy who was hurt in the shooting was discharged Tuesday evening. He was hit by a bullet at "
                 "a park on Sunday.", date(2019, 4, 17), "2019-04-14", id="discharged from hospital"),
    pytest.param("Man hurt in shooting\n\nA handgun was discharged Tuesday evening inside a home, police said.",
                 date(2019, 4, 17), "2019-04-16", id="a gun discharged is the event"),
])
def test_more_later_states_do_not_date_the_event(stage, text, published, day):
    assert date_of(stage, text, "shooting", published).start == day


def test_an_old_date_the_event_is_measured_since_comes_after_nearby_event_dates(stage):
    text = ("Five people were killed in the deadliest shooting in the city since the May 2, 2012 attack on a bar. "
            "The gunman opened fire on Friday night.")
    assert date_of(stage, text, "killed").start == "2019-04-12"


@pytest.mark.parametrize("text", [
    "Two men were wounded in a shooting on Elm Street. Police said shootings in the city have risen this year.",
    "Two men were wounded in a shooting on Elm Street, the third shooting in the area in 2019.",
])
def test_a_year_holding_the_publication_date_leaves_it(stage, text):
    got = date_of(stage, text, "shooting")
    assert (got.start, got.precision, got.basis) == ("2019-04-15", "day", "published")


@pytest.mark.parametrize("text, day, precision", [
    ("Two men were wounded in a shooting on Elm Street in March.", "2019-03", "month"),
    ("Two men were wounded in a shooting on Elm Street in April.", "2019-04", "month"),
    ("Two men were wounded in a shooting on Elm Street in 2018.", "2018", "year"),
])
def test_a_month_or_an_earlier_year_still_dates_the_event(stage, text, day, precision):
    got = date_of(stage, text, "shooting")
    assert (got.start, got.precision) == (day, precision)


def test_last_week_keeps_its_month(stage):
    got = date_of(stage, "Pupils blockaded a dozen schools last week.", "blockaded", date(2018, 12, 12))
    assert (got.start, got.precision, got.basis) == ("2018-12", "month", "text")


def test_charged_as_an_adult_is_still_the_charge(stage):
    text = ("Teen charged in killing at a park\n\nA 17-year-old was charged as an adult with two counts of murder "
            "last Thursday for the killing. Police said the victim was shot on April 2 at the park.")
    assert date_of(stage, text, "killing").start == "2019-04-02"



def test_a_date_opening_a_procedure_dates_the_procedure(stage):
    text = ("Police said a man was shot on April 2 outside a market. On Friday, his bail was set at $1 million "
            "in the shooting.")
    assert date_of(stage, text, "shooting").start == "2019-04-02"


def test_brain_dead_is_a_later_step(stage):
    text = ("A girl shot in an argument was declared brain-dead at 5:10 p.m. Friday. The shooting happened "
            "on Wednesday night, police said.")
    assert date_of(stage, text, "shot", date(2019, 4, 13)).start == "2019-04-10"


def test_posting_stamp_at_the_head_anchors_a_page_collected_later(stage):
    text = ("Four hurt in home invasion\n\nCreated: 08/26/2015 5:11 AM\n\n"
            "Four people were shot early Wednesday during a home invasion, police said.")
    got = date_of(stage, text, "shot", date(2017, 1, 28))
    assert (got.start, got.basis) == ("2015-08-26", "text")


def test_posting_stamp_is_the_fallback_when_the_text_has_no_date(stage):
    text = "Posted: Sunday, July 26, 2015 7:35 PM EDT\n\nA man accidentally shot a girl at a home in the county."
    got = date_of(stage, text, "shot", date(2015, 8, 3))
    assert (got.start, got.basis) == ("2015-07-26", "published")


def test_a_later_stamp_or_one_far_down_the_page_keeps_the_publication_date(stage):
    filler = "Neighbours gathered on the corner to talk about the street. " * 10
    text = ("Two shot outside a store\n\nUpdated: 03/05/2019 10:00 AM\n\n"
            "Two men were shot outside a store on Tuesday night.\n\n" + filler + "\n\nPosted: 01/02/2018 9:00 AM")
    got = date_of(stage, text, "shot", date(2019, 3, 4), nth=1)
    assert got.start == "2019-02-26"


def test_armed_is_no_past_verb_between_charges_and_their_date(stage):
    text = ("Teen charged in shooting\n\n"
            "The county prosecutor filed charges of murder and armed criminal action Sunday against a teenager.\n\n"
            "Officers arrived a little after 7:30 Saturday evening and found a man with a gunshot wound.")
    got = date_of(stage, text, "shooting")
    assert got.start == "2019-04-13"


def test_an_arrest_with_its_object_before_the_date_is_a_later_step(stage):
    text = ("Man charged after shooting\n\n"
            "A man was arrested on two counts of felonious assault by the county homicide unit Thursday morning.\n\n"
            "Investigators believe he shot a neighbour at an apartment complex on Wednesday.")
    assert date_of(stage, text, "shooting").start == "2019-04-10"


@pytest.mark.parametrize("text, day", [
    pytest.param("Hunter hurt in shooting\n\nA man was arrested Thursday in the case.\n\n"
                 "The victim had gone out duck hunting on Saturday with a friend.", "2019-04-13",
                 id="hunting as a pastime is no step"),
    pytest.param("Man hurt in shooting\n\nPolice were hunting the gunman on Saturday.\n\n"
                 "The victim, 31, was found outside a bar Friday night.", "2019-04-12",
                 id="hunting a suspect is a later step"),
])
def test_a_hunt_for_a_suspect_is_a_later_step_a_hunting_trip_is_not(stage, text, day):
    assert date_of(stage, text, "shooting").start == day


def test_an_arrest_followed_by_another_clause_leaves_the_date_to_it(stage):
    text = ("Man charged after shooting\n\n"
            "A man was arrested after he shot a neighbour at an apartment complex Thursday morning.")
    assert date_of(stage, text, "shooting").start == "2019-04-11"


def test_a_day_after_dates_the_clause_it_opens(stage):
    text = ("Man shoots friend in head\n\n"
            "A man was arrested Thursday on a manslaughter charge, a day after he shot his friend in the head.")
    assert date_of(stage, text, "shoots").start == "2019-04-10"


def test_a_shooting_that_was_reported_on_a_day_happened_that_day(stage):
    text = ("Woman arrested in drive-by shooting\n\n"
            "A woman suspected in a drive-by was arrested Friday night, police said.\n\n"
            "She surrendered in connection with the shooting that was reported Tuesday night on Elm Street.")
    assert date_of(stage, text, "shooting").start == "2019-04-09"


@pytest.mark.parametrize("crime", ["home invasion", "robbery", "carjacking", "ambush", "drive-by"])
def test_a_violent_crime_named_after_its_date_is_dated_by_it(stage, crime):
    text = ("Two charged in death of toddler\n\n"
            "Flowers and toys were left on the porch of the house on Elm Street.\n\n"
            f"Two men were charged on Friday in the March 2 {crime} that took the life of a toddler.")
    assert date_of(stage, text, "death").start == "2019-03-02"


def test_a_date_in_a_list_of_videos_dates_nothing(stage):
    text = ("Man wounded in shooting near park\n\n"
            "1:05 Coach talks about the season opener\n"
            "0:42 Why shoppers line up on Black Friday\n"
            "2:10 Council debates the new budget\n\n"
            "A man was wounded by gunfire near the park, police said.")
    got = date_of(stage, text, "shooting")
    assert (got.start, got.basis) == ("2019-04-15", "published")


def test_a_timeline_of_clock_times_is_no_list_of_videos(stage):
    text = ("Man wounded in shooting near park\n\n"
            "7:05 p.m. Friday: a caller reports shots near the park\n"
            "7:12 p.m.: officers find a wounded man\n"
            "7:40 p.m.: the man is taken to a hospital")
    assert date_of(stage, text, "shooting").start == "2019-04-12"


def test_a_sentence_far_down_telling_when_the_event_happened_dates_it(stage):
    filler = "Neighbours remembered the boys as quiet and kind, and brought flowers to the porch. "
    text = ("Two brothers hurt in shooting\n\n"
            "Residents of the street were stunned on Monday as they tried to understand who would want to harm "
            "two boys in a shooting. "
            + filler * 8 + "The shooting happened about 9 p.m. Sunday, according to the county police.")
    assert date_of(stage, text, "shooting").start == "2019-04-14"


@pytest.mark.parametrize("text, day", [
    pytest.param("Three hurt in shooting\n\nA gunman opened fire at a vigil Thursday evening for a man killed "
                 "last week, hurting three people.", "2019-04-11", id="a vigil that was the scene dates the event"),
    pytest.param("Three hurt in shooting\n\nThe church had reopened on Wednesday after repairs. A man opened fire "
                 "during a funeral on Saturday at the church.",
                 "2019-04-13", id="a funeral that was the scene dates the event"),
    pytest.param("Three hurt in shooting\n\nHundreds attended a vigil Thursday evening for the victims. The gunman "
                 "opened fire outside a bar early on Sunday.", "2019-04-14", id="a vigil held after it does not"),
])
def test_a_gathering_that_was_the_scene_of_the_event_dates_it(stage, text, day):
    assert date_of(stage, text, "shooting").start == day


@pytest.mark.parametrize("head", [
    "Township police log for March 3, 2019",  # the title of a dated roundup
    "COUNTY NEWS RELEASE March 3, 2019",
])
def test_headline_publication_date_leaves_the_story_its_own_day(stage, head):
    text = head + "\n\nClerk wounded in gas station robbery\n\nA clerk was shot Saturday night by a robber."
    got = date_of(stage, text, "wounded", date(2019, 3, 3))
    assert got.start == "2019-03-02"


def test_count_back_from_publication_elsewhere_times_background(stage):
    text = ("Man shot dead at home\n\nDeputies were called to a home Sunday night after a report of a fight.\n\n"
            "The victim had rented a room there about two weeks ago, and the motive for the shooting is unclear.")
    got = date_of(stage, text, "shot", date(2019, 3, 4))
    assert got.start == "2019-03-03"


def test_count_back_in_the_trigger_sentence_dates_the_event(stage):
    got = date_of(stage, "A man was shot two days ago outside a bar, police said Monday.", "shot", date(2019, 3, 4))
    assert got.start == "2019-03-02"


def test_release_from_hospital_is_no_court_procedure(stage):
    text = ("Hunter wounded by a stray pellet\n\n"
            "A hunter was treated and released from a county hospital Saturday, hours after a pellet hit his leg. "
            "The hunter said he felt fine. His friends were questioned. Nobody was charged. "
            "A warden visited the field again Sunday.")
    got = date_of(stage, text, "wounded", date(2019, 3, 4))
    assert got.start == "2019-03-02"


def test_headline_publication_date_naming_the_event_dates_it(stage):
    text = ("March 3 Shooting on Mill Road\n\nOfficers found two men with gunshot wounds. "
            "Records show officers were called to the same house on January 9, 2019, for a noise complaint.")
    got = date_of(stage, text, "gunshot", date(2019, 3, 3))
    assert got.start == "2019-03-03"


def test_event_words_and_later_steps_match_alike_over_lower_cased_text():
    """The case-sensitive patterns of event words and later steps, run over lower-cased text,
    find what the re.I ones find in the text itself (spans and kinds)."""
    from vigil.extract.timex.eventwords import families_in, vocabulary
    v = vocabulary()
    assert v.later_lower is not None and v.event_words_lower is not None
    for t in ("He DIED Friday.", "She was Arrested on Tuesday", "Remained Hospitalized since", "He Was Discharged Friday",
              "Released From County Hospital Monday", "the Manhunt CONTINUED Sunday", "A SHOOTING in the Park",
              "Protesters Marched and Rallied", "the Strike went on"):
        for rx, lower in ((v.later, v.later_lower), (v.event_words, v.event_words_lower)):
            got = [(m.span(), m.lastgroup) for m in lower.finditer(t.lower())]
            assert got == [(m.span(), m.lastgroup) for m in rx.finditer(t)], t
        assert families_in(t) == frozenset(m.lastgroup for m in v.event_words.finditer(t))
    assert families_in("A SHOOTING \u0130n the Park") == {"violence"}  # (a dotted capital I: the re.I pattern runs)


@pytest.mark.parametrize("text, day", [
    pytest.param("Suspect caught after shooting\n\nThe suspect in the shooting was captured in Lakeview in a traffic "
                 "stop Thursday morning.\n\nHe opened fire outside a diner on Wednesday night, killing two men.",
                 "2019-04-10", id="a capture with a place and the way it was made"),
    pytest.param("Man held after shooting\n\nThe suspect in the shooting was arrested for a parole violation "
                 "Friday.\n\nA cashier ran out of a gas station on Wednesday.",
                 "2019-04-10", id="an arrest with what it was for"),
    pytest.param("Man held after shooting\n\nA man was arrested in the shooting of a cashier Friday.\n\n"
                 "The cashier was treated at a hospital on Wednesday.",
                 "2019-04-12", id="in the shooting: the date may be the shooting's"),
])
def test_in_or_for_with_no_word_of_the_event_stays_in_the_step_object(stage, text, day):
    assert date_of(stage, text, "shooting").start == day


def test_a_possessive_date_names_the_event_past_a_few_words(stage):
    text = ("Gunman in mass shooting identified\n\n"
            "Police identified the gunman in Sunday's east side mass shooting as a 31-year-old man.\n\n"
            "Officers came back to the scene of the shooting on Monday to collect evidence.")
    assert date_of(stage, text, "shooting").start == "2019-04-14"


@pytest.mark.parametrize("opening", ["Earlier Sunday, police arrested", "On Sunday, county deputies captured",
                                     "Sunday night the Elm County Sheriff's Office arrested"])
def test_a_date_opening_a_clause_dates_the_arrest_its_subject_makes(stage, opening):
    text = ("Two arrested after shooting at rally\n\n"
            "Five people were wounded near a rally on Saturday night, police said. "
            f"{opening} a 30-year-old man in connection with the gunfire.")
    assert date_of(stage, text, "gunfire").start == "2019-04-13"


def test_a_protest_is_dated_by_the_day_its_arrests_were_made(stage):
    text = "On Tuesday, police arrested dozens of protesters who blocked the road during the march."
    assert date_of(stage, text, "march").start == "2019-04-09"


def test_an_old_date_elsewhere_does_not_date_news_told_with_a_recent_statement(stage):
    text = ("Four men shot outside a shop\n\n"
            "Four men were shot outside a corner shop, police said Tuesday.\n\n"
            "Violence in the area this year has included a woman wounded in a shooting in February.")
    got = date_of(stage, text, "shot", nth=1)
    assert got.start == "2019-04-09"


def test_an_old_date_still_dates_an_indictment_told_with_a_recent_statement(stage):
    text = ("The prosecutor said Tuesday the indictment charges the man with murder and robbery.\n\n"
            "He is accused of shooting three people at a house in February.")
    got = date_of(stage, text, "murder")
    assert got.start == "2019-02"


@pytest.mark.parametrize("second, day", [
    pytest.param("Officers responded to the shooting on Friday, April 12, at about 11 p.m.", "2019-04-12",
                 id="a day written out with its weekday's name next to the event"),
    pytest.param("Officers responded to the shooting on April 12 at about 11 p.m.", "2019-04-13",
                 id="not one without the weekday's name"),
    pytest.param("The mall had reopened on Friday, April 12, after repairs.", "2019-04-13",
                 id="not one told apart from the event"),
])
def test_a_day_written_out_in_full_beats_a_relative_day_next_to_it(stage, second, day):
    text = ("Man found shot in mall parking lot\n\n"
            "A man is in critical condition after he was shot in the mall parking lot Saturday night, police said.\n\n"
            + second)
    assert date_of(stage, text, "shot").start == day



@pytest.mark.parametrize("words", ["a pistol accidentally discharged", "a rifle went off",
                                   "an accidental discharge hurt a man"])
def test_a_gun_going_off_is_a_word_of_the_shooting(stage, words):
    """A headline's shooting is dated by a day told a few sentences down with a gun going off:
    the words of an accidental discharge name the shooting (without them the day stands too far
    from any word of the event to date it, and the publication date does)."""
    text = ("Hunter shoots himself at camp\n\nLooking for a used boat or trailer?\n\n"
            "Sell yours with us in three easy steps.\n\nVisit our sponsor for the best deals in town.\n\n"
            f"Near the lake on Saturday {words} at the camp.")
    got = date_of(stage, text, "shoots")
    assert (got.start, got.basis) == ("2019-04-13", "text")


@pytest.mark.parametrize("step, day", [
    pytest.param("a suspect in the shooting was arrested Wednesday morning", "2019-04-16",
                 id="an arrest's day yields to a day told before it"),
    pytest.param("the boy in the shooting died Wednesday morning", "2019-04-17",
                 id="not a death's: mostly the day of the shooting too"),
])
def test_a_day_told_further_down_goes_before_the_day_of_an_arrest(stage, step, day):
    """An arrest follows the attack: a recent day told without a cue further down the story,
    a few days before the arrest, dates the attack rather than the arrest's day."""
    text = ("Boy, 7, shot on Elm Street\n\n"
            f"Police said {step}.\n\n"
            "Neighbours gathered on the corner.\n\nThe school sent a letter to parents.\n\n"
            "A pastor offered to help the family.\n\n"
            "Police had put the man's photo online late last night.")
    assert date_of(stage, text, "shot", published=date(2019, 4, 17)).start == day


def test_friday_prayers_name_a_rite_and_the_date_beside_them_dates_the_event(pipeline):
    doc = pipeline.process(Report(id="f", published=date(2022, 10, 30), text=(
        "Security forces opened fire on worshippers after Friday prayers on September 30 in Zahedan.")))
    assert [e.date.start for e in doc.events] == ["2022-09-30"]
    doc = pipeline.process(Report(id="g", published=date(2022, 10, 3), text=(
        "Security forces opened fire on worshippers after Friday prayers in Zahedan.")))
    assert [e.date.start for e in doc.events] == ["2022-09-30"]


def test_the_friday_prayer_office_is_an_institution_not_a_day(pipeline):
    doc = pipeline.process(Report(id="o", published=date(2018, 1, 3), text=(
        "Protesters in Tuyserkan set fire to the Friday prayer office.")))
    assert [(e.date.start, e.date.basis) for e in doc.events if e.type == "riot"] == [("2018-01-03", "published")]


def test_a_yearless_date_a_state_holds_since_is_past(pipeline):
    """ "on strike since June 19" in a report of June 10: last year's June 19, not next week's."""
    doc = pipeline.process(Report(id="s", published=date(2021, 6, 10), text=(
        "Workers at the Abadan refinery have been on strike since June 19, demanding permanent contracts.")))
    strike, = doc.events
    assert (strike.status, strike.date.start) == ("ongoing", "2020-06-19")


def test_a_birthday_or_a_message_left_for_comment_never_dates_the_event(pipeline):
    doc = pipeline.process(Report(id="b", published=date(2017, 1, 21), text=(
        "Five people were shot outside a house in Boynton Beach, police said. The boy who was shot turns "
        "6 on Sunday.")))
    shooting, = doc.events
    assert (shooting.date.start, shooting.date.basis) == ("2017-01-21", "published")


@pytest.mark.parametrize("text, start, end", [
    ("Hollywood writers ended their 148-day strike on Tuesday after the union reached a deal.", "2023-05-02", "2023-09-26"),
    ("Nurses began a three-day strike in Auckland on Monday.", "2023-09-25", "2023-09-27"),
    ("Workers held a 24-hour strike in Lagos on Monday.", "2023-09-25", None),  # (one day: no span)
])
def test_a_strikes_length_spans_its_dates(pipeline, text, start, end):
    doc = pipeline.process(Report(id="d", published=date(2023, 9, 27), text=text))
    strike, = doc.events
    assert (strike.date.start, strike.date.end) == (start, end)


@pytest.mark.parametrize("text, start, end", [
    ("The strike by workers at the Ahvaz steel plant, which began on 15 November, entered its third week on Tuesday.",
     "2018-11-15", "2018-12-04"),
    ("The teachers' strike in Arak, which started on Saturday, entered its fourth day on Tuesday.",
     "2018-12-01", "2018-12-04"),
])
def test_a_strike_going_on_since_the_day_it_began_spans_from_it(pipeline, text, start, end):
    doc = pipeline.process(Report(id="b", published=date(2018, 12, 5), text=text))
    strike, = [e for e in doc.events if e.type == "strike"]
    assert (strike.date.start, strike.date.end) == (start, end)


def test_a_local_branch_keeps_its_own_day_beside_a_nationwide_strike_that_began_earlier(pipeline):
    """ "drivers in Yazd and Bojnurd kept their trucks parked on Wednesday, as the nationwide strike
    that began on Saturday widened": the towns' day is Wednesday; the nationwide strike's began Saturday."""
    doc = pipeline.process(Report(id="n", published=date(2018, 9, 27), text=(
        "Truck drivers in Yazd and Bojnurd kept their trucks parked on Wednesday, as the nationwide truckers' "
        "strike that began on Saturday, September 22, widened to more provinces.")))
    got = sorted((e.place.city or "nationwide", e.date.start) for e in doc.events if e.type == "strike")
    assert got == [("Bojnurd", "2018-09-26"), ("Yazd", "2018-09-26"), ("nationwide", "2018-09-22")]


def test_a_run_of_nights_is_not_counted_from_the_day_of_what_it_came_after(pipeline):
    """ "riots broke out for a third night after police shot a teenager on Tuesday": Tuesday is the
    shooting's day; the run of nights counts back from the report's date, and does not date the shooting."""
    doc = pipeline.process(Report(id="r", published=date(2023, 6, 30), text=(
        "Riots broke out for a third night in Nanterre after police shot dead a teenager during a traffic stop "
        "on Tuesday.")))
    got = {e.type: (e.date.start, e.date.end) for e in doc.events}
    assert got == {"riot": ("2023-06-28", "2023-06-30"), "repression": ("2023-06-27", None)}


def test_a_day_after_a_rite_still_dates_the_days_run(pipeline):
    """ "Day 112 ...: residents marched after Friday prayers": Friday is the march's day (no clause of
    its own follows "after"), and day 112 ends on it."""
    doc = pipeline.process(Report(id="f", published=date(2023, 1, 8), text=(
        "Day 112 of the protests: Zahedan residents marched after Friday prayers, chanting slogans.")))
    march, = doc.events
    assert march.date.end == "2023-01-06"


def test_a_death_days_after_a_shooting_dates_the_shooting_by_the_days_counted_back(pipeline):
    """ "died Saturday, two days after he was shot": the shooting was on Thursday."""
    doc = pipeline.process(Report(id="g", published=date(2016, 8, 8), text=(
        "A 23-year-old man died Saturday, two days after he was shot in the head in Gary, Indiana, the coroner said.")))
    shooting, = doc.events
    assert shooting.date.start == "2016-08-04"


def test_a_day_counted_back_from_a_date_dates_what_after_governs_only(pipeline):
    """ "gathered on Wednesday, 40 days after her death, and clashed with police": the day counted
    back is the death's; the clash was on Wednesday, as the gathering."""
    doc = pipeline.process(Report(id="c", published=date(2022, 11, 2), text=(
        "Mourners gathered at a grave in Karaj on Wednesday, 40 days after her death, and clashed with "
        "security forces.")))
    assert sorted((e.type, e.date.start) for e in doc.events) == [("protest", "2022-11-02"), ("riot", "2022-11-02")]
    doc = pipeline.process(Report(id="d", published=date(2022, 11, 4), text=(
        "A man was arrested in Dayton on Thursday, a day after he shot his neighbour, police said.")))
    assert sorted((e.type, e.date.start) for e in doc.events) == [("arrest", "2022-11-03"), ("attack", "2022-11-02")]


@pytest.mark.parametrize("headline", ["#IranProtests Day 6: Protesters in Tehran chant slogans.",
                                      "Iran protests, day 6: Protesters in Tehran chant slogans."])
def test_a_running_headlines_day_tells_the_protests_first_day(pipeline, headline):
    doc = pipeline.process(Report(id="h", published=date(2022, 9, 22), text=headline))
    protest, = doc.events
    assert (protest.status, protest.date.start, protest.date.end) == ("ongoing", "2022-09-17", "2022-09-22")


def test_a_strike_since_a_day_runs_from_it_and_its_aside_dates_nothing_else(pipeline):
    """ "on all-out strike since March 11" (reported in June): the strike began then; "Nurses, on
    strike since Monday, marched on Thursday": the march is Thursday's, and over."""
    doc = pipeline.process(Report(id="b", published=date(2025, 6, 10), text=(
        "Refuse collectors in Birmingham, on all-out strike since March 11 in a dispute over pay, voted on Monday "
        "to reject the council's latest offer, the union said.")))
    assert [(e.type, e.status, e.date.start) for e in doc.events] == [("strike", "ongoing", "2025-03-11")]
    doc = pipeline.process(Report(id="n", published=date(2025, 6, 13), text=(
        "Nurses in Nairobi, on strike since Monday, marched to parliament on Thursday.")))
    got = sorted((e.type, e.status, e.date.start) for e in doc.events)
    assert got == [("protest", "occurred", "2025-06-12"), ("strike", "ongoing", "2025-06-09")]


def test_a_full_date_set_off_by_commas_names_the_attack_it_stands_before(pipeline):
    """ "charged in connection with the Nov. 1, 2013, attack": that attack's day, not a far older
    one the story recalls later ("since the Sept. 11, 2001, attacks")."""
    doc = pipeline.process(Report(id="l", published=date(2015, 1, 2), text=(
        "The man was charged with murder in connection with the Nov. 1, 2013, attack at the airport in Los "
        "Angeles. An officer was killed and three other people were wounded in the attack. He was the first "
        "officer killed on duty since the agency was formed after the Sept. 11, 2001, terrorist attacks.")))
    attacks = [e for e in doc.events if e.type == "attack"]
    assert attacks and attacks[0].date.start == "2013-11-01"
    assert 3 in [c.low for e in attacks for c in e.claims("injuries")]
