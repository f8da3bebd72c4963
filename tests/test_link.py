"""Linking across reports and campaigns, on hand-built events."""
from __future__ import annotations

from datetime import date

from vigil.link import assign_campaigns, cluster_events, link_events
from vigil.link.similarity import Profiles, figures_part, similarity
from tests.factories import event

SHOOT = "A gunman opened fire at a bar on Main Street, killing two people, police said."


def test_same_city_same_day_same_toll_merge_with_explanation():
    a = event("r1", "attack", "Franklin", "2014-02-03", fatalities=2, country="US", admin1="Indiana", gid=1, text=SHOOT)
    b = event("r2", "attack", "Franklin", "2014-02-03", fatalities=2, country="US", admin1="Indiana", gid=1,
              text="Two people were killed when a gunman opened fire in a Main Street bar.")
    merged = link_events([a, b])
    assert len(merged) == 1
    ev = merged[0]
    assert ev.report_ids == ("r1", "r2")
    assert ev.links and ev.links[0]["place"] == "same city" and ev.links[0]["date"] == "same day"


def test_different_cities_or_far_dates_stay_apart():
    a = event("r1", "attack", "Franklin", "2014-02-03", country="US", admin1="Indiana", gid=1, text=SHOOT)
    b = event("r2", "attack", "Gary", "2014-02-03", country="US", admin1="Indiana", gid=2, lat=41.6, lon=-87.3, text=SHOOT)
    c = event("r3", "attack", "Franklin", "2014-03-20", country="US", admin1="Indiana", gid=1, text=SHOOT)
    assert len(link_events([a, b, c])) == 3
    assert similarity(a, b)[0] == -1.0


def _attack(rid, day, text, basis=None):
    return event(rid, "attack", "Franklin", day, fatalities=2, country="US", admin1="Indiana", gid=1, text=text,
                 basis=basis)


def test_a_month_date_or_an_undated_later_report_meets_the_day_it_may_stand_for():
    day = _attack("r1", "2014-02-03", "A gunman killed two people at the Elm Court laundromat on Monday.")
    month = _attack("r2", "2014-02", "The February killings at the Elm Court laundromat go to a grand jury.")
    later = _attack("r3", "2014-02-20", "Two weeks on, Elm Court laundromat owners reopen after the killings.",
                    basis="published")
    too_late = _attack("r4", "2014-04-20", "Elm Court laundromat owners recall the killings.", basis="published")
    merged = link_events([day, month, later, too_late])
    assert sorted(sorted(ev.report_ids) for ev in merged) == [["r1", "r2", "r3"], ["r4"]]


def test_a_month_date_and_a_day_in_another_month_cannot_be_one_event():
    june = _attack("r1", "2014-06", "The June killings at the Elm Court laundromat go to a grand jury.")
    july = _attack("r2", "2014-07-29", "A gunman killed two people at the Elm Court laundromat.")
    score, why = similarity(june, july)
    assert score == -1.0 and why == {"date": "different months"}
    assert similarity(june, _attack("r3", "2014-07-01", "Two killed at the Elm Court laundromat."))[0] > 0


def test_one_town_name_read_as_two_places_may_still_be_one_event():
    """Two reports name "Hamilton"; the gazetteer reads one in Ohio, the other in Ontario. The
    name is a weak match: the same day, toll and words still merge them; other towns stay apart."""
    text = "Two men were killed at the Quillfeather Lane car wash on Sunday, police said."
    ohio = event("r1", "attack", "Hamilton", "2014-02-03", fatalities=2, country="US", admin1="Ohio", gid=5, text=text)
    ontario = event("r2", "attack", "Hamilton", "2014-02-03", fatalities=2, country="CA", admin1="Ontario", gid=6,
                    text="Police say two men died in a shooting at a Quillfeather Lane car wash.")
    other = event("r3", "attack", "Dayton", "2014-02-03", fatalities=2, country="US", admin1="Kentucky", gid=7, text=text)
    assert similarity(ohio, ontario)[1]["place"] == "same place name, read as two places"
    assert similarity(ohio, other)[0] == -1.0
    merged = link_events([ohio, ontario, other])
    assert sorted(sorted(ev.report_ids) for ev in merged) == [["r1", "r2"], ["r3"]]


def test_neighbouring_towns_across_a_state_line_may_be_one_event():
    """A shooting reported from Washington, D.C. by one outlet and from the Maryland suburb next
    to it by another: the per-state blocking must still let them meet (also across a grid cell's
    edge); a town as far away stays apart."""
    text = "Three people were wounded outside the Quillfeather Lane market on Friday night."
    dc = event("r1", "attack", "Washington", "2016-11-25", fatalities=3, country="US", admin1="Washington, D.C.",
               gid=1, lat=38.999, lon=-77.03, text=text)
    md = event("r2", "attack", "Silver Spring", "2016-11-25", fatalities=3, country="US", admin1="Maryland",
               gid=2, lat=39.001, lon=-77.02, text="Police said three were wounded at a Quillfeather Lane market.")
    far = event("r3", "attack", "Hagerstown", "2016-11-25", fatalities=3, country="US", admin1="Maryland",
                gid=3, lat=39.64, lon=-77.72, text=text)
    merged = link_events([dc, md, far])
    assert sorted(sorted(ev.report_ids) for ev in merged) == [["r1", "r2"], ["r3"]]


def test_rare_shared_words_weigh_more_than_common_ones():
    common = "A man was shot and killed in a shooting on Monday night, police said."
    events = [_attack(f"r{i}", "2014-02-03", common + f" Street {i} was closed.") for i in range(6)]
    a = _attack("a", "2014-02-03", common + " The Quillfeather Lane victim was 17.")
    b = _attack("b", "2014-02-03", "Neighbours on Quillfeather Lane mourned the 17-year-old.")
    profiles = Profiles(events + [a, b])
    assert profiles.cosine(a, b) > profiles.cosine(a, events[0])
    assert profiles.cosine(a, b) > 0.3


def test_a_large_shared_toll_says_more_than_a_toll_of_one():
    one = [event(r, "attack", "Franklin", "2014-02-03", fatalities=1, country="US", gid=1) for r in ("r1", "r2")]
    four = [event(r, "attack", "Franklin", "2014-02-03", fatalities=4, country="US", gid=1) for r in ("r1", "r2")]
    assert figures_part(*four)[0] > figures_part(*one)[0] > 0


def test_events_of_one_report_never_merge():
    a = event("r1", "protest", "Ahvaz", "2018-11-05", gid=144448)
    b = event("r1", "protest", "Ahvaz", "2018-11-05", gid=144448, text="A second rally nearby.")
    assert len(link_events([a, b])) == 2


def test_differing_claims_all_survive_a_merge():
    a = event("r1", "repression", "Ahvaz", "2018-11-05", fatalities=21, claimed_by="HRANA", gid=144448,
              text="Security forces fired on protesters in Ahvaz.")
    b = event("r2", "repression", "Ahvaz", "2018-11-05", fatalities=4, claimed_by="state media", gid=144448,
              text="Security forces fired on protesters in Ahvaz, state media said.")
    merged = link_events([a, b])
    assert len(merged) == 1
    lows = sorted((c.low, c.claimed_by) for c in merged[0].claims("fatalities"))
    assert lows == [(4, "state media"), (21, "HRANA")]


def test_user_decisions_override_scores():
    a = event("r1", "attack", "Franklin", "2014-02-03", country="US", admin1="Indiana", gid=1, text=SHOOT)
    b = event("r2", "attack", "Franklin", "2014-02-03", country="US", admin1="Indiana", gid=1, text=SHOOT)
    apart = cluster_events([a, b], cannot_link=[(a.event_id, b.event_id)])
    assert len(apart) == 2
    c = event("r3", "attack", "Franklin", "2014-02-20", country="US", admin1="Indiana", gid=1, text=SHOOT)
    together = cluster_events([a, c], must_link=[(a.event_id, c.event_id)])
    assert len(together) == 1


def test_nationwide_strike_and_local_branches_form_one_campaign():
    local = [event(f"r{i}", "strike", city, "2018-07-23", gid=i, admin1=adm, text=f"Truck drivers strike in {city}.")
             for i, (city, adm) in enumerate([("Yasuj", "Kohgiluyeh and Boyer-Ahmad"), ("Torbat-e Jam", "Razavi Khorasan"),
                                              ("Yazd", "Yazd")], 1)]
    nation = event("r9", "strike", None, "2018-07-24", nationwide=True, text="Nationwide strike of truck drivers.")
    other = event("r8", "strike", "Ahvaz", "2018-11-05", gid=144448, admin1="Khuzestan",
                  actors=(("steel workers", "participant"),), text="Steel workers strike in Ahvaz.")
    out = assign_campaigns(local + [nation, other])
    ids = {e.report_ids[0]: e.campaign_id for e in out}
    assert ids["r1"] and ids["r1"] == ids["r2"] == ids["r3"] == ids["r9"]
    assert ids["r8"] is None


def test_month_dates_and_an_undated_report_join_a_group_campaign():
    from dataclasses import replace as _replace
    from vigil.model import EventDate
    steel = (("Ahvaz Steel workers", "participant"),)
    strike = _replace(event("r1", "strike", "Ahvaz", None, gid=144448, admin1="Khuzestan", actors=steel,
                            text="Ahvaz Steel Workers on Strike for 5th Day"))
    gathering = _replace(event("r2", "protest", "Ahvaz", None, gid=144448, admin1="Khuzestan",
                               actors=(("Ahvaz Alloyed Steel National Group workers", "participant"),),
                               text="November 2018. Protest Gathering of Ahvaz Alloyed Steel National Group Workers"),
                         date=EventDate("2018-11", None, "month", "text"))
    later = _replace(event("r3", "strike", "Ahvaz", "2018-11-20", gid=144448, admin1="Khuzestan", actors=steel,
                           text="Steel workers in Ahvaz strike again."))
    elsewhere = event("r4", "strike", "Tabriz", None, gid=5, admin1="East Azerbaijan", actors=steel,
                      text="Steel workers strike in Tabriz.")
    out = {e.report_ids[0]: e.campaign_id for e in assign_campaigns([strike, gathering, later, elsewhere])}
    assert out["r1"] and out["r1"] == out["r2"] == out["r3"]
    assert out["r4"] is None


def test_an_undated_report_never_ties_two_campaigns_together():
    steel = (("Ahvaz Steel workers", "participant"),)
    a = [event(f"a{i}", "strike", "Ahvaz", f"2018-11-0{i}", gid=144448, admin1="Khuzestan", actors=steel) for i in (1, 2)]
    b = [event(f"b{i}", "strike", "Ahvaz", f"2020-03-0{i}", gid=144448, admin1="Khuzestan", actors=steel) for i in (1, 2)]
    undated = event("u", "strike", "Ahvaz", None, gid=144448, admin1="Khuzestan", actors=steel)
    out = {e.report_ids[0]: e.campaign_id for e in assign_campaigns(a + b + [undated])}
    assert out["a1"] == out["a2"] and out["b1"] == out["b2"] and out["a1"] != out["b1"]
    assert out["u"] in (out["a1"], out["b1"])


def test_two_towns_without_ids_are_not_the_same_town():
    """Towns the gazetteer cannot point to (a dateline's unlisted town, a township placed by its
    name) carry no id: two of them in one state are two towns unless their names agree."""
    from vigil.link.similarity import place_part

    a = event("r1", city="Elk Hollow", admin1="Ohio", country="US", gid=None, lat=40.0, lon=-81.0)
    b = event("r2", city="Pine Bluffton", admin1="Ohio", country="US", gid=None, lat=39.0, lon=-84.0)
    assert place_part(a, b)[1] != "same city"
    c = event("r3", city="Elk Hollow", admin1="Ohio", country="US", gid=None, lat=40.0, lon=-81.0)
    assert place_part(a, c)[1] == "same city"


def test_place_evidence_ranks_a_city_above_a_misread_name_above_a_nearby_town():
    """One city counts most; the same town name read in two provinces nearly as much (one
    reading is likely wrong) and more than the province alone; a town 25-60 km away in the
    same province (a suburb named by one report, the city by another) less, yet more than
    knowing only the country."""
    from vigil.link.similarity import place_part

    def town(rid, name, admin1, gid, lat, lon):
        return event(rid, "attack", name, "2015-04-16", country="US", admin1=admin1, gid=gid, lat=lat, lon=lon)

    city = town("r1", "Franklin", "Indiana", 1, 39.48, -86.05)
    same = town("r2", "Franklin", "Indiana", 1, 39.48, -86.05)
    misread = town("r3", "Franklin", "Ohio", 9, 39.55, -84.30)
    suburb = town("r4", "Greenwood", "Indiana", 2, 39.61, -86.11 + 0.45)  # about 40 km east
    province = event("r5", "attack", None, "2015-04-16", country="US", admin1="Indiana")
    country = event("r6", "attack", None, "2015-04-16", country="US", admin1=None)
    scores = [place_part(city, other)[0] for other in (same, misread, suburb, province, country)]
    assert [place_part(city, o)[1] for o in (same, misread, suburb, province)] == [
        "same city", "same place name, read as two places", "nearby places", "same province"]
    assert scores[0] > scores[1] > scores[3] > scores[4] and scores[1] > scores[2] > scores[4]


def test_two_rare_words_shared_by_one_towns_reports_add_to_the_score():
    """Among many reports, two of one town that share two words almost no other report uses
    (a bar's name, a street) gain a bonus; a number shared (an age, a time) is no such word,
    and neither is any word shared by reports of towns far apart."""
    common = "A man was shot and wounded on Friday night, police said."
    fillers = [_attack(f"f{i}", "2014-02-03", f"{common} Block {i} was closed.") for i in range(500)]
    a = _attack("a", "2014-02-03", "Two were shot at the Quillfeather tavern on Bramblewick at 11.")
    b = _attack("b", "2014-02-03", "Police closed Bramblewick after the Quillfeather shooting at 11.")
    c = _attack("c", "2014-02-03", "Two were shot at the Larkspur bar on Bramblewick.")
    profiles = Profiles(fillers + [a, b, c])
    assert profiles.compare(a, b)[1] == 2 and profiles.compare(a, c)[1] == 1
    why_ab = similarity(a, b, profiles=profiles)[1]
    assert why_ab["rare_words_shared"] == 2 and "rare_words_shared" not in similarity(a, c, profiles=profiles)[1]
    far = event("b", "attack", "Gary", "2014-02-03", fatalities=2, country="US", admin1="Indiana", gid=2,
                lat=41.6, lon=-87.3, text=b.evidence[0].text)
    assert similarity(a, far, profiles=Profiles(fillers + [a, far]))[0] == -1.0


def test_two_towns_of_one_province_are_no_veto_when_many_rare_words_are_shared():
    """One report places a shooting in the town of the scene, another in the town of the
    hospital; four words almost no other report uses tie them. Two towns sharing one such word
    stay apart, and so do towns of two provinces."""
    common = "A man was shot and wounded on Friday night, police said."
    fillers = [_attack(f"f{i}", "2014-02-03", f"{common} Block {i} was closed.") for i in range(500)]
    story = "Quillfeather tavern bouncer Bramblewick shot near Larkspur quarry"

    def town(rid, name, gid, admin1="Indiana", text=story):
        return event(rid, "attack", name, "2014-02-03", fatalities=2, country="US", admin1=admin1, gid=gid,
                     lat=39.0 + gid, lon=-86.0, text=text)

    scene, hospital = town("a", "Franklin", 1), town("b", "Columbus", 2, text=story + " victims recover.")
    other = town("c", "Columbus", 2, text="Two shot at the Quillfeather mall.")
    away = town("d", "Springfield", 3, admin1="Ohio", text=story)
    profiles = Profiles(fillers + [scene, hospital, other, away])
    why = similarity(scene, hospital, profiles=profiles)[1]
    assert why["place"] == "two towns of one province, many rare words shared"
    assert similarity(scene, other, profiles=profiles)[0] == -1.0
    assert similarity(scene, away, profiles=profiles)[0] == -1.0


def test_a_report_published_the_day_a_date_names_counts_nearly_as_that_date():
    """A report with no date of its own, published the day (or the day after) another report
    says the shooting happened, counts almost as much as two reports naming that day; published
    weeks later it only keeps the two from being told apart."""
    from vigil.link.similarity import date_part

    told = _attack("r1", "2016-10-17", "A girl was wounded on Elm Court.")
    scores = [date_part(told, _attack("r2", day, "Police seek the shooter.", basis="published"), 3)[0]
              for day in ("2016-10-17", "2016-10-18", "2016-11-01")]
    same_day = date_part(told, _attack("r3", "2016-10-17", "A girl was wounded."), 3)[0]
    assert same_day > scores[0] > scores[1] > scores[2] > 0


def test_an_event_of_a_round_up_needs_more_to_merge():
    """A report telling of ten shootings in a line each ("a violent weekend") links its events
    only on stronger evidence than a report about one shooting would need."""
    from vigil.link.merge import ROUND_UP, _round_ups, _threshold
    from vigil.settings import Settings

    round_up = [_attack("weekend", f"2014-02-{d:02d}", f"Shooting number {d} on Elm Court.")
                for d in range(1, ROUND_UP + 1)]
    single = _attack("r1", "2014-02-01", "A shooting on Elm Court.")
    other = _attack("r2", "2014-02-01", "Elm Court shooting.")
    keys = _round_ups(round_up + [single, other])
    assert keys == {("weekend", "attack")}
    settings = Settings()
    assert _threshold(round_up[0], single, settings, keys) > _threshold(other, single, settings, keys)


def test_an_undated_report_meets_the_dated_reports_of_its_town_but_not_another_year():
    text = "Two were killed at the Quillfeather tavern on Bramblewick Road."
    dated = _attack("r1", "2015-10-20", text)
    undated = _attack("r2", None, "The Quillfeather tavern killings on Bramblewick Road shook the town.")
    merged = link_events([dated, undated])
    assert [sorted(ev.report_ids) for ev in merged] == [["r1", "r2"]]
    background = _attack("r3", "2003", text)
    assert similarity(dated, background) == (-1.0, {"date": "different years"})
    assert len(link_events([dated, background])) == 2


def test_a_report_that_names_no_place_meets_the_placed_reports_of_its_days():
    """A report that names no place at all (a wire story's first lines) may be the one event
    another report places in a town: the same day, toll and words merge them; a week later
    they never meet."""
    from dataclasses import replace

    from vigil.model import Place

    placed = _attack("r1", "2016-05-29", "Two were killed at the Quillfeather tavern on Bramblewick Road.")
    nowhere = replace(_attack("r2", "2016-05-29", "A gunman killed two at the Quillfeather tavern on Bramblewick."),
                      place=Place())
    later = replace(nowhere, event_id="ev-later", report_ids=("r3",), date=replace(nowhere.date, start="2016-06-06"))
    merged = link_events([placed, nowhere, later])
    assert sorted(sorted(ev.report_ids) for ev in merged) == [["r1", "r2"], ["r3"]]


def test_ages_told_in_words_digits_months_and_apposition():
    from vigil.link.similarity import ages

    text = ("a 17-year-old boy and a two-month-old girl were hurt; pat, 34, was aged 40 at the time; "
            "a man 25 years old fled. on may 3, 2015, police said")
    assert ages(text) == {(17, "year"), (2, "month"), (34, "year"), (40, "year"), (25, "year")}
    assert ages("three men were shot on elm court") == frozenset()


def test_reports_telling_different_ages_need_more_to_merge():
    """Two reports of one town and day whose victims' ages differ (a teenager, a man of 45) are
    likely two shootings: the score drops; one sharing an age, or telling none, loses nothing."""
    a = _attack("r1", "2016-09-16", "A 17-year-old was shot dead on Elm Court on Friday night.")
    older = _attack("r2", "2016-09-16", "A 45-year-old man was shot dead on Elm Court on Friday.")
    same = _attack("r3", "2016-09-16", "Police named the 17-year-old shot dead on Elm Court on Friday.")
    untold = _attack("r4", "2016-09-16", "A teenager was shot dead on Elm Court on Friday.")
    score_older, why = similarity(a, older)
    assert why["ages"] == "different ages"
    assert "ages" not in similarity(a, same)[1] and "ages" not in similarity(a, untold)[1]
    assert score_older < min(similarity(a, untold)[0], similarity(a, same)[0])


def test_an_age_few_reports_tell_shared_by_two_adds_to_the_score():
    """Among many reports of teenagers shot, two that both tell of a 71-year-old gain a bonus;
    two sharing only the common age gain nothing."""
    from vigil.link.similarity import RARE_AGE

    fillers = [_attack(f"f{i}", "2014-02-03", f"A 17-year-old was shot on Block {i}.") for i in range(2 * RARE_AGE)]
    a = _attack("a", "2014-02-03", "A 71-year-old and a 17-year-old were shot on Elm Court.")
    b = _attack("b", "2014-02-03", "Police said the 71-year-old woman was hurt.")
    c = _attack("c", "2014-02-03", "A 17-year-old boy was hurt on Elm Court.")
    profiles = Profiles(fillers + [a, b, c])
    assert similarity(a, b, profiles=profiles)[1]["ages"] == "same rare age"
    assert "ages" not in similarity(a, c, profiles=profiles)[1]


def test_a_report_of_one_town_days_later_may_date_the_shooting_by_a_death_or_an_arrest():
    """A report dating a shooting by the day the victim died (six days on) merges with the
    first report of its town when rare words and the toll agree; a report as late sharing only
    common words, or one more than ``LATER_DAYS`` on, stays apart; so do two towns."""
    from vigil.link.similarity import LATER_DAYS, date_part

    common = "A man was shot and wounded on Friday night, police said."
    fillers = [_attack(f"f{i}", "2015-01-03", f"{common} Block {i} was closed.") for i in range(600)]
    first = _attack("r1", "2015-03-22", "Two were shot at the Quillfeather skate park on Bramblewick Road.")
    died = _attack("r2", "2015-03-28", "A second victim of the Quillfeather skate park shooting on Bramblewick "
                                       "Road died on Saturday.")
    weak = _attack("r3", "2015-04-02", "Two people were shot and killed near a school, police said.")
    late = _attack("r4", "2015-04-10", "Police arrested a man in the Quillfeather skate park shooting on "
                                       "Bramblewick Road.")
    merged = link_events(fillers + [first, died, weak, late])
    assert sorted(sorted(ev.report_ids) for ev in merged if not ev.report_ids[0].startswith("f")) == [
        ["r1", "r2"], ["r3"], ["r4"]]
    assert date_part(first, died, 3, later_ok=True)[1] == "dates 6 days apart, one town"
    assert date_part(first, died, 3)[0] == -1.0
    assert (date.fromisoformat("2015-04-10") - date.fromisoformat("2015-03-22")).days > LATER_DAYS
