"""Gazetteer, toponym detection, disambiguation and event_place on short hand-written texts."""

from datetime import date

import pytest

from vigil.extract.places import PlaceStage, event_place, town_name
from vigil.extract.segment import SegmentStage
from vigil.geo.event_place import event_mention
from vigil.geo.detect import Candidate, Matcher
from vigil.geo.gazetteer import Gazetteer, inputs_digest
from vigil.geo.resolve import Context, choose
from vigil.model import Doc, Place, Report


@pytest.fixture(scope="module")
def cache_dir(tmp_path_factory):
    return str(tmp_path_factory.mktemp("gazetteer"))


@pytest.fixture(scope="module")
def gaz(cache_dir):
    return Gazetteer.load(cache_dir)


@pytest.fixture(scope="module")
def stage(gaz):
    return PlaceStage(gaz)


def run(stage, text):
    return stage(SegmentStage()(Doc(Report(id="t", text=text))))


def found(doc, name):
    hits = [m for m in doc.places if m.text == name]
    assert hits, f"{name!r} not found in {[m.text for m in doc.places]}"
    return hits[0].value


# -- gazetteer ---------------------------------------------------------------------------------
def test_cache_is_reused_not_rebuilt(cache_dir, gaz, monkeypatch):
    """A second load reads the cached index (its speed is measured by benchmarks/bench_places.py)."""
    import vigil.geo.gazetteer as gazetteer_module

    def no_build():
        raise AssertionError("the cached index should have been read, not rebuilt")

    monkeypatch.setattr(gazetteer_module.build, "build_tables", no_build)
    again = Gazetteer.load(cache_dir)
    assert len(again) == len(gaz) > 200_000
    assert len(inputs_digest()) == 20


def test_lookups(gaz):
    tehran = [h.entry for h in gaz.lookup("Tehran") if gaz.feature(h.entry) == "city"]
    assert tehran and gaz.cc(tehran[0]) == "IR"
    e = gaz.by_geonames_id(gaz.geonames_id(tehran[0]))
    assert e == tehran[0]
    assert gaz.admin1_name("IR", "15") == "Khuzestan"
    us = gaz.latlon(gaz.country("US"))  # near GeoNames' point (39.76, -98.5), pulled toward the centre
    assert us[0] == pytest.approx(39.76, abs=1.0) and us[1] == pytest.approx(-98.5, abs=1.2)


@pytest.mark.parametrize("variant, city", [
    ("Poledokhtar", "Poldokhtar"), ("Pol-e Dokhtar", "Poldokhtar"), ("Kut Abdullah", "Kut-e ‘Abdollah"),
    ("Ahwaz", "Ahvaz"), ("Saqez", "Saqqez"), ("Javanroud", "Javanrud"), ("Sine", "Sanandaj"),
    ("Torbat-E Jam", "Torbat-e Jam"), ("Ghazvin", "Qazvin"), ("Hamedan", "Hamadan"), ("Ardebil", "Ardabil"),
    ("Oroumieh", "Orumiyeh"), ("Urmia", "Orumiyeh"),
])
def test_iranian_variants(stage, variant, city):
    doc = run(stage, f"Workers gathered in {variant}, Iran, on Monday.")
    p = found(doc, variant)
    assert p.country == "IR" and p.city == city


# -- context -----------------------------------------------------------------------------------
def test_long_beach_ca_is_california(stage):
    p = found(run(stage, "Police arrested two men in Long Beach, CA after the march."), "Long Beach")
    assert p.country == "US" and p.admin1 == "California"


def test_alexandria_la(stage):
    p = found(run(stage, "A woman from Alexandria, La., was charged on Friday."), "Alexandria")
    assert p.country == "US" and p.admin1 == "Louisiana"


def test_albany_ny_not_albania(stage):
    p = found(run(stage, "Teachers rallied in Albany, N.Y., against the cuts."), "Albany")
    assert p.country == "US" and p.admin1 == "New York"


def test_paris_by_document_context(stage):
    texas = run(stage, "The council in Paris met on Monday. Lamar County and Texas officials said the "
                       "road near Paris would reopen.")
    assert found(texas, "Paris").admin1 == "Texas"
    france = run(stage, "Students marched in Paris. France has seen weeks of strikes.")
    assert found(france, "Paris").country == "FR"


def test_tehran_not_tiran(stage):
    p = found(run(stage, "Crowds chanted in Tehran on Sunday."), "Tehran")
    assert p.city == "Tehran" and p.lat == pytest.approx(35.69, abs=0.1)


def test_georgia_state_in_us_context(stage):
    doc = run(stage, "Flooding closed roads in Atlanta, and officials across Georgia urged caution.")
    assert found(doc, "Georgia").country == "US"


# -- forms ---------------------------------------------------------------------------------------
def test_hashtags(stage):
    doc = run(stage, "#IranFloods-April 4, Poledokhtar,Lorestan province W #Iran")
    names = {m.text: m for m in doc.places}
    assert names["Iran"].value.country == "IR"
    assert names["Lorestan province"].get("feature") == "admin1"
    assert names["Poledokhtar"].value.admin1 == "Lorestan"


def test_province_suffix(stage):
    doc = run(stage, "April 10 - Shadegan, Khuzestan Province, SW #Iran")
    p = found(doc, "Khuzestan Province")
    assert p.admin1 == "Khuzestan" and p.precision == "admin1"
    assert found(doc, "Shadegan").admin1 == "Khuzestan"


def test_datelines(stage):
    doc = run(stage, "YASUJ, Iran (AP) — Truck drivers stayed off the roads for a third day.")
    assert doc.context["dateline"]["text"] == "YASUJ"
    assert found(doc, "YASUJ").country == "IR"
    doc = run(stage, "FRANKLIN (Feb. 4, 2014) – The town board of Franklin, Tenn., voted on Tuesday.")
    assert doc.context.get("dateline")


def test_hyphen_with_a_space_ends_a_name(stage):
    """ "NEWPORT, RI- A man ...": a hyphen before a space closes the dateline, it does not join
    the state's code to the next word; a hyphen between letters still joins ("Wilkes-Barre")."""
    doc = run(stage, "Short headline\n\nNEWPORT, RI- A man was hurt on a porch on Friday.")
    assert not [m for m in doc.places if "-" in m.text]
    assert found(doc, "RI").admin1 == "Rhode Island"
    assert found(doc, "NEWPORT").admin1 == "Rhode Island"
    assert found(run(stage, "Crowds filled the square in Port-au-Prince."), "Port-au-Prince").country == "HT"


def test_dateline_town_missing_from_the_gazetteer(stage):
    """A dateline's town the gazetteer lacks, followed by its state, is a town of that state,
    named though not pointed to; it is the story's dateline."""
    doc = run(stage, "A long headline about a shooting late on Sunday night near the old mill\n\n"
                     "BRANTWICKE FALLS, Mo. (KXYZ) – Two men were hurt near the mill on Sunday.")
    p = found(doc, "BRANTWICKE FALLS")
    assert (p.city, p.admin1, p.precision, p.lat) == ("Brantwicke Falls", "Missouri", "city", None)
    assert doc.context["dateline"]["text"] == "BRANTWICKE FALLS"
    assert not [m for m in run(stage, "DALLAS, Texas (AP) -- A man was hurt.").places if m.value.lat is None]
    doc = run(stage, "A long headline about a hunter who was found dead in the woods on Monday\n\n"
                     "TOWN OF BRANTWICKE, N.Y. (WXYZ) - A hunter was found dead on Monday.")
    assert found(doc, "BRANTWICKE").city == "Brantwicke"


def test_dateline_with_country_and_date_names_the_town(stage):
    """ "PORTO, Portugal, Nov 7 (Lusa) —": a dateline with its country and its day; the town, not
    the district of the same name."""
    doc = run(stage, "PORTO, Portugal, Nov 7 (Lusa) — Bus drivers stopped work for a day on Thursday.")
    assert doc.context["dateline"]["text"] == "PORTO"
    p = found(doc, "PORTO")
    assert (p.city, p.precision) == ("Porto", "city")


def test_a_town_named_in_two_languages_is_named_as_the_text_does(stage):
    """GeoNames' "Donostia / San Sebastian": the part the report uses."""
    doc = run(stage, "Crowds marched in Bilbao and San Sebastián, Spain, on Thursday.")
    assert found(doc, "San Sebastián").city == "San Sebastian"
    assert found(run(stage, "Crowds marched in Donostia, Spain."), "Donostia").city == "Donostia"


def test_headline_attribution_is_no_dateline(stage):
    """ "Police: ..." or "POLICE: ..." opening a headline says who spoke, not where: the search
    for a dateline goes on down the story's top, and a stop name is never a dateline's town."""
    doc = run(stage, "Police: man hurt in a quarrel over a parked car\n\n"
                     "MUNCIE (March 3, 2015) – A man was hurt in a quarrel on Sunday.")
    assert doc.context["dateline"]["text"] == "MUNCIE"
    doc = run(stage, "POLICE: father charged after boy finds pistol\n\nA boy found a pistol at home.")
    assert "dateline" not in doc.context
    assert "POLICE" not in {m.text for m in doc.places}
    doc = run(stage, "Oregon Lane victims named - Channel 9 News\n\nTwo men were hurt on Oregon Lane in Muncie.")
    assert "dateline" not in doc.context  # a headline that only opens with a state's name


def test_dateline_near_a_town_names_the_town(stage):
    """ "NEAR BRANTWICKE, Mo. –": the dateline's town is Brantwicke, not a town called "Near
    Brantwicke"; an unlisted town's "St."/"Mt." is written out as gazetteers do."""
    doc = run(stage, "A long headline about a boy who was hurt at a farm on Thursday afternoon\n\n"
                     "NEAR BRANTWICKE, Mo. – A boy was hurt at a farm on Thursday.")
    assert doc.context["dateline"]["text"] == "BRANTWICKE"
    assert found(doc, "BRANTWICKE").city == "Brantwicke"
    assert [town_name(n) for n in ("ST. BRANTWICKE", "Mt. Brant", "FT. BRANT", "STURGIS", "Stone Brant")] == [
        "Saint Brantwicke", "Mount Brant", "Fort Brant", "Sturgis", "Stone Brant"]


def test_a_side_of_town_is_no_town(stage):
    """ "on the city's West Side", "the Far South Side": a part of the story's town, not a town
    that a gazetteer lists the same words for."""
    doc = run(stage, "Two men were shot on the West Side of Muncie and one on the Far South Side.")
    assert not {m.text for m in doc.places} & {"West Side", "South Side", "Far South Side"}
    assert found(doc, "Muncie").admin1 == "Indiana"


def test_curated_short_forms_only_as_written(stage):
    """ "NYC", "L.A.", "D.C." name their cities; "La Moneda" (a palace) names no Los Angeles, though
    "L.A." folds to the same letters; two bare capitals ("LA") stay a postal code, not a town."""
    doc = run(stage, "Students marched in Santiago. Police dispersed a group near La Moneda palace.")
    assert "La" not in {m.text for m in doc.places}
    assert found(doc, "Santiago").country == "CL"
    doc = run(stage, "Thousands marched in NYC and in L.A. on Sunday.")
    assert found(doc, "NYC").city == "New York City"
    assert found(doc, "L.A.").city == "Los Angeles"
    doc = run(stage, "A man was shot in Shreveport, LA on Sunday.")
    assert "Los Angeles" not in {m.value.city for m in doc.places}


def test_a_town_listed_with_towns_of_one_country_is_read_there(stage):
    """ "in Beirut and Tripoli": Tripoli in Lebanon, though the Libyan capital is the likelier
    Tripoli on its own; its later mentions follow; "Tripoli and Benghazi" stay in Libya."""
    doc = run(stage, "Protesters blocked roads in Beirut and Tripoli on Saturday. In Tripoli, the army fired in the air.")
    assert {m.value.country for m in doc.places if m.text == "Tripoli"} == {"LB"}
    doc = run(stage, "Fighting broke out in Tripoli and Benghazi.")
    assert found(doc, "Tripoli").country == "LY"


def test_a_postal_code_after_a_town_is_its_state(stage):
    """ "Birmingham, AL": Alabama's postal code places the town (not a place named "Al")."""
    doc = run(stage, "Three people were shot in Birmingham, AL on Friday.")
    assert (found(doc, "Birmingham").country, found(doc, "Birmingham").admin1) == ("US", "Alabama")


def test_the_story_is_where_its_places_were_read_to_be(stage):
    """One "Paris" read as the French capital: the story's country is France, however many small
    Parises the US has (their summed likelihood is no place the story names)."""
    doc = run(stage, "Riot police in Paris used tear gas against protesters on Saturday.")
    assert doc.context["focus_country"] == "FR"


def test_names_with_two_connector_words(stage):
    """ "San Antonio de los Baños": a name may hold two connector words running together (not a
    Texas city followed by other words)."""
    doc = run(stage, "Crowds took to the streets in San Antonio de los Baños and Havana on Sunday.")
    assert (found(doc, "San Antonio de los Baños").country, found(doc, "Havana").country) == ("CU", "CU")
    assert "San Antonio" not in {m.text for m in doc.places}


def test_homes_named_after_a_town_are_no_town(stage):
    """ "the Hillcrest Apartments", "Timberlake Village Townhomes": a block of homes named after a
    town elsewhere is not that town (as "Pecos Road" is not Pecos)."""
    doc = run(stage, "Shots were fired at the Hillcrest Apartments and near Timberlake Townhomes in Muncie.")
    assert not {m.text for m in doc.places} & {"Hillcrest", "Timberlake"}
    assert found(doc, "Muncie").admin1 == "Indiana"


def test_a_dateline_town_the_gazetteer_lacks_is_not_its_first_word(stage):
    """ "MOON LAKE —": a town the gazetteer does not list is not the namesake of its first word
    (Moon-sur-Elle, France); the county the story names places it. A town with its kind after it
    ("HAMILTON TWP., N.J.") is still read as that town."""
    doc = run(stage, "Three killed in mobile home\n\nMOON LAKE — Three people were killed in a mobile home, "
                     "Pasco County deputies said.")
    assert "MOON" not in {m.text for m in doc.places}
    assert all(m.value.country == "US" for m in doc.places)
    doc = run(stage, "HAMILTON TWP., N.J. (CBS) – One person is dead after a shooting at a party.")
    assert found(doc, "HAMILTON").country == "US"


def test_a_name_after_a_house_number_is_a_street(stage):
    """ "On 11700 Robertson", "PO Box 938 Denham Springs": a name after a house number is an
    address (a street, or a postal town), not a place of the story; a year before a town is no
    house number ("In 2016 Orlando ...")."""
    doc = run(stage, "CLEVELAND - Two people were shot. On 11700 Robertson, one person has been killed.")
    assert "Robertson" not in {m.text for m in doc.places}
    doc = run(stage, "In 2016 Orlando mourned 49 people killed at a nightclub.")
    assert found(doc, "Orlando").admin1 == "Florida"


def test_a_square_or_street_named_after_a_village_is_no_village(stage):
    """ "near Azadi square" (lower case, as wires write it) is a square of the story's town, not the
    village of Azadi in Khuzestan; "a Dayton street" is still a street of Dayton."""
    doc = run(stage, "Security forces fired tear gas near Azadi square in Kermanshah tonight.")
    assert "Azadi" not in {m.text for m in doc.places}
    assert found(doc, "Kermanshah").admin1 == "Kermanshah"
    doc = run(stage, "Police said a man was shot dead on a Dayton street on Monday.")
    assert found(doc, "Dayton").country == "US"


def test_a_county_named_in_the_possessive(stage):
    """ "Prince George's County", "St. Mary's County": the county (in Maryland), not a town named
    like the possessor (Prince George, British Columbia)."""
    doc = run(stage, "A man was hurt in Prince George's County and another in St. Mary's County.")
    assert found(doc, "Prince George's County").admin1 == "Maryland"
    assert found(doc, "St. Mary's County").admin1 == "Maryland"
    assert "Prince George" not in {m.text for m in doc.places}


def test_a_nationality_in_a_set_phrase_places_nothing(stage):
    """ "playing Russian roulette", "a German shepherd": no place in Russia or Germany; "Russian
    troops" still names the country."""
    doc = run(stage, "The teen was playing Russian roulette in Muncie; a German shepherd barked.")
    assert not {m.text for m in doc.places} & {"Russian", "German"}
    assert found(run(stage, "Russian troops crossed the border."), "Russian").country == "RU"


def test_a_part_of_a_state_is_that_state(stage):
    """ "South Georgia News": the southern part of the state of Georgia, not the South Georgia
    islands; "South Carolina" is a state of its own."""
    doc = run(stage, "A man was hurt in Albany on Sunday - South Georgia News")
    assert found(doc, "Georgia").admin1 == "Georgia"
    assert found(doc, "Albany").admin1 == "Georgia"
    assert found(run(stage, "A man was hurt in South Carolina."), "South Carolina").admin1 == "South Carolina"


def test_state_abbreviation_needs_a_city(stage):
    doc = run(stage, "He lives in Muncie, Ind. and works in Chicago.")
    assert found(doc, "Ind.").admin1 == "Indiana"
    doc = run(stage, "She said the plan was fine. La. is not mentioned here as a place.")
    assert not [m for m in doc.places if m.text.startswith("La")]


def test_common_words_and_people_filtered(stage):
    doc = run(stage, "Police said the Opposition leader, Henry Smith, was Reading a statement. Mr. Lincoln "
                     "said nothing.")
    assert not {"Police", "Opposition", "Reading", "Henry", "Lincoln"} & {m.text for m in doc.places}


def test_a_city_whose_name_is_also_a_common_word_is_found_alone(stage):
    """Providence (190,000 people) is capitalised only as the city in news: no stop name."""
    doc = run(stage, "Two men were shot in Providence on Sunday night, police said.")
    assert found(doc, "Providence").admin1 == "Rhode Island"


def test_name_and_age_between_commas_is_a_person(stage):
    """ "Tyler Brook, 19, ..." and "Austin Hill, 34, ...": a first name, a surname and an age are
    a person, whether or not the surname is a generic word; a county's count is still a county."""
    doc = run(stage, "Police said Austin Hill, 34, and Tyler Brooks, 19, were arrested on Elm Street.")
    assert not {"Austin", "Austin Hill", "Tyler", "Tyler Brooks"} & {m.text for m in doc.places}
    doc = run(stage, "Cases rose in Texas: Harris County, 12, and Dallas County, 15.")
    assert {"Harris County", "Dallas County"} <= {m.text for m in doc.places}


def test_words_of_a_line_in_capitals_do_not_run_together(stage):
    """ "WAS A" is not Wasa nor "TO BE" Tobe: a name never starts or ends with a function word,
    but "The Hague" and "A Coruna" keep their article."""
    doc = run(stage, "SUSPECT WAS A TEEN AND A WOMAN IS TO BE CHARGED, POLICE SAY. He flew to The Hague "
                     "and then to A Coruna.")
    names = {m.text for m in doc.places}
    assert not {"WAS A", "AND A", "TO BE"} & names
    assert {"The Hague", "A Coruna"} <= names


def test_time_zones_police_and_charges_are_not_places(stage):
    doc = run(stage, "Posted: Monday, May 4, 2015 1:42 PM EST. LAS VEGAS -- Metro Police said the man, "
                     "Jose Ortega Vargas, 23, faces a Capital Murder charge.")
    assert {m.text for m in doc.places} == {"LAS VEGAS"}


def test_unresolvable_place_still_emitted(stage):
    doc = run(stage, "Protesters gathered in Zzyzxqland Province on Tuesday.")
    p = found(doc, "Zzyzxqland Province")
    assert p.lat is None and p.country is None


# -- failure modes -------------------------------------------------------------------------------
@pytest.mark.parametrize("text", ["", "   \n\n", "!!!###$$$", "\x00\x01 #  # , , ,", "a" * 5000])
def test_garbage_text(stage, text):
    doc = run(stage, text)
    assert isinstance(doc.places, list)


def test_long_text_offsets(stage):
    text = "Workers went on strike in Ahvaz, Iran. " * 2000
    doc = run(stage, text)
    assert len(doc.places) >= 4000
    for m in doc.places[:50]:
        assert text[m.start:m.end] == m.text


def test_mention_shape(stage):
    doc = run(stage, "Riot police fired tear gas in Mashhad.")
    m = doc.places[0]
    assert m.kind == "place" and m.get("feature") == "city" and 0 < m.confidence <= 1
    assert isinstance(m.value, Place) and m.value.precision == "city" and m.value.geonames_id


# -- event_place ---------------------------------------------------------------------------------
def _trigger(doc, word):
    i = doc.text.index(word)
    return i, i + len(word)


def test_event_place_nationwide(stage):
    doc = run(stage, "Iran. November, 2018. Truckers' nationwide strike enters its eleventh day.")
    p = event_place(doc, *_trigger(doc, "strike"))
    assert p.nationwide and p.country == "IR" and p.precision == "country"
    doc = run(stage, "The MEK spread the protests across 142 cities in all of Iran's provinces.")
    p = event_place(doc, *_trigger(doc, "protests"))
    assert p.nationwide and p.country == "IR"


def test_event_place_prefers_event_city_over_dateline(stage):
    doc = run(stage, "TEHRAN, Iran (AP) — Steel workers protested unpaid wages in Ahvaz on Sunday.")
    p = event_place(doc, *_trigger(doc, "protested"))
    assert p.city == "Ahvaz" and p.admin1 == "Khuzestan"


def test_event_place_falls_back_to_the_town_named_far_more_often(stage):
    """A sentence naming no place takes the town the story names far more often than any other,
    even when the story also names several other towns once each, and not in its lead."""
    text = ("A boy was shot on Friday evening and is in critical condition.\n\n"
            "His family asked for privacy. Neighbours said they heard two bangs.\n\n"
            "He was taken to a hospital in Detroit. Detroit police said a relative was held. "
            "Relatives from Lansing, Flint, Saginaw, Pontiac, Kalamazoo and Ann Arbor came. Detroit schools held a vigil; "
            "a Detroit pastor spoke.")
    doc = run(stage, text)
    p = event_place(doc, *_trigger(doc, "shot"))
    assert (p.city, p.admin1) == ("Detroit", "Michigan")


def test_event_place_falls_back_to_dateline(stage):
    doc = run(stage, "YASUJ, Iran (AP) — Truck drivers began a new round of strikes on Monday.")
    p = event_place(doc, *_trigger(doc, "strikes"))
    assert p.city == "Yasuj"


def test_the_place_a_protest_is_about_is_not_where_it_is_held(stage):
    doc = run(stage, "Exiles will march through Berlin on Saturday in solidarity with striking miners in Chile.")
    assert event_place(doc, *_trigger(doc, "march")).city == "Berlin"
    doc = run(stage, "Students staged a rally on Monday demanding the release of detained reporters in Turkey.")
    assert event_mention(doc, *_trigger(doc, "rally")) is None  # its sentence says not where it was


def test_outlet_in_headline_tail_is_not_the_event_place(stage):
    from vigil.geo.outlets import outlet_spans
    text = ("Man hurt in shooting at Nashville bar - WXYZ News 4 Memphis, Tennessee\n\n"
            "A man was shot in Nashville on Friday.")
    (a, b), = outlet_spans(text)
    assert text[a:b] == " - WXYZ News 4 Memphis, Tennessee"
    assert outlet_spans("Shooting in Dayton - two hurt\n\nPolice said so.") == []
    doc = run(stage, text)
    assert [m.get("outlet") for m in doc.places if m.text == "Memphis"] == [True]
    assert event_place(doc, *_trigger(doc, "shooting")).city == "Nashville"


@pytest.mark.parametrize("text, tail", [
    ("Crash closes bridge| KXYZ News\n\nA car hit a wall.", "| KXYZ News"),
    ("Crash closes bridge  -- KXYZ News\n\nA car hit a wall.", "  -- KXYZ News"),
    ("Crash closes bridge :: KXYZ.com\n\nA car hit a wall.", " :: KXYZ.com"),
])
def test_outlet_separators(text, tail):
    """A bar needs no space before it; a dash or a double colon does."""
    from vigil.geo.outlets import outlet_spans
    (a, b), = outlet_spans(text)
    assert text[a:b] == tail
    assert outlet_spans("Well-known KXYZ News anchor retires\n\nShe said so.") == []


def test_outlet_town_is_the_last_resort(stage):
    doc = run(stage, "Child hurt by stray bullet - KXYZ.com | Tulsa, OK News, Weather\n\nA girl was hit by a bullet.")
    assert event_place(doc, *_trigger(doc, "bullet")).city == "Tulsa"


def test_county_made_the_dateline_town_inside_it(stage):
    doc = run(stage, "Boy hurt in Mesa County accident\n\nCLIFTON, Colo. - A boy was shot in Mesa County on Sunday.")
    assert event_place(doc, *_trigger(doc, "shot")).city == "Clifton"
    doc = run(stage, "Boy hurt in Mesa County accident\n\nDENVER, Colo. - A boy was shot in Mesa County on Sunday.")
    assert event_place(doc, *_trigger(doc, "shot")).name == "Mesa County"  # Denver is far from it
    doc = run(stage, "A southern Missouri man shot seven people\n\nTYRONE, Mo. (AP) - Seven people died.")
    assert event_place(doc, *_trigger(doc, "shot")).city == "Tyrone"


def test_neighbourhood_named_like_a_town_elsewhere_stays_in_the_dateline_town(stage):
    doc = run(stage, "Two hurt in Feltonville shooting\n\nPHILADELPHIA (AP) — Two men were shot in Feltonville.")
    p = found(doc, "Feltonville")
    assert p.city == "Philadelphia" and p.admin1 == "Pennsylvania"
    assert event_place(doc, *_trigger(doc, "shot")).city == "Philadelphia"
    doc = run(stage, "PHILADELPHIA (AP) — A man from Feltonville, Mass., was hurt.")
    assert found(doc, "Feltonville").admin1 == "Massachusetts"  # its own state said


def test_big_town_elsewhere_named_bare_in_a_local_story_is_not_the_event_place(stage):
    """ "in Austin" in a Chicago story with no Texas anywhere: a neighbourhood, not the Texas
    capital (the mention keeps its reading; the event stays in the story's city). Said with its
    state, the town is the event's place."""
    text = ("CHICAGO (AP) -- A man was shot Tuesday night in Austin, police said. Chicago police said "
            "he stood at a bus stop.")
    doc = run(stage, text)
    assert found(doc, "Austin").admin1 == "Texas"
    assert next(m for m in doc.places if m.text == "Austin").confidence < 0.5
    assert event_place(doc, *_trigger(doc, "shot")).city == "Chicago"
    doc = run(stage, text.replace("in Austin,", "in Austin, Texas,"))
    assert event_place(doc, *_trigger(doc, "shot")).city == "Austin"


def test_town_in_the_county_refines_the_county(stage):
    doc = run(stage, "A man was shot in Mesa County on Sunday. Deputies said it happened near Clifton.")
    assert event_place(doc, *_trigger(doc, "shot")).city == "Clifton"


def test_qualified_town_is_kept_and_spelled_out(stage):
    doc = run(stage, "Hope, Ark., police said a man was hurt. MT. JULIET, Tenn. (AP) A boy was hurt.")
    assert found(doc, "Hope").admin1 == "Arkansas"
    assert found(doc, "MT. JULIET").city == "Mount Juliet"


def test_dateline_with_agency_and_no_dash(stage):
    doc = run(stage, "Man admits to the shooting that killed his daughter last spring\n\n"
                     "ALLEN COUNTY, Ind. (WANE) The father pleaded guilty on Friday.")
    assert doc.context["dateline"]["text"] == "ALLEN COUNTY"


def test_town_in_the_state_refines_the_state(stage):
    doc = run(stage, "Four killed in Ohio home. Columbus police said the suspect fled.")
    assert event_place(doc, *_trigger(doc, "killed")).city == "Columbus"


def test_event_place_nothing(stage):
    doc = run(stage, "Workers went on strike.")
    assert event_place(doc, *_trigger(doc, "strike")) == Place()


# -- speed structure ---------------------------------------------------------------------------
def test_info(gaz):
    info = gaz.info()
    assert info["entries"] == len(gaz) and info["by_feature"]["country"] > 200
    assert len(info["digest"]) == 20


def test_saint_abbreviations(stage):
    doc = run(stage, "Police in St. Louis and Ft. Worth said the man from Mt. Vernon, Ill., was held.")
    assert found(doc, "St. Louis").admin1 == "Missouri"
    assert found(doc, "Ft. Worth").admin1 == "Texas"
    assert found(doc, "Mt. Vernon").admin1 == "Illinois"


def test_saint_abbreviations_in_capitals(stage):
    doc = run(stage, "Police seek driver in crash - Channel 9 News\n\nST. LOUIS, Mo. (AP) – A man was hurt.")
    assert found(doc, "ST. LOUIS").admin1 == "Missouri"


def test_dateline_after_a_long_headline(stage):
    doc = run(stage, "Officials name the three people hurt in a crash on the county road near the lake\n\n"
                     "NASHVILLE, Tenn. (AP) — Three people were hurt on Tuesday.")
    assert doc.context["dateline"]["text"] == "NASHVILLE"
    doc = run(stage, "Officials name the three people hurt in a crash on the county road near the lake\n\n"
                     "Police said the driver was fine.\n\nMeanwhile - nothing else happened.")
    assert not doc.context.get("dateline")


def test_town_missing_from_gazetteer_keeps_its_state(stage):
    doc = run(stage, "A man was hurt in Fountain, Fla., on Sunday. Deputies in Fountain said he will recover.")
    places = [m.value for m in doc.places if m.text == "Fountain"]
    assert len(places) == 2 and all(p.admin1 == "Florida" and p.city == "Fountain" for p in places)
    assert places[0].lat is None  # not Fountain, Colorado
    doc = run(stage, "Flights between New York and Moscow, Kiev and Minsk start soon.")
    assert found(doc, "Moscow").country == "RU"  # a list, not Moscow in the Kyiv region


def test_memo_does_not_change_results(gaz):
    texts = ["Crowds marched in Paris. France saw strikes.", "The council in Paris, Texas, met.",
             "Crowds marched in Paris. France saw strikes."]
    shared = PlaceStage(gaz)
    for t in texts:
        fresh = run(PlaceStage(gaz), t)
        again = run(shared, t)
        assert [(m.start, m.end, m.value) for m in fresh.places] == [(m.start, m.end, m.value) for m in again.places]


@pytest.mark.parametrize("name, lat, lon", [("Ontario", 49.25, -84.5), ("British Columbia", 54.0, -125.0),
                                            ("Texas", 31.25, -99.25), ("Alaska", 64.0, -150.0)])
def test_admin1_points_inside_big_provinces(gaz, name, lat, lon):
    """Big provinces' towns sit along one edge: their point must not follow the towns (<161 km
    from the province's usual reference point)."""
    import math
    e = next(h.entry for h in gaz.lookup(name) if gaz.feature(h.entry) == "admin1")
    plat, plon = gaz.latlon(e)
    dx = math.radians(plon - lon) * math.cos(math.radians((plat + lat) / 2))
    assert 6371 * math.hypot(dx, math.radians(plat - lat)) < 161


# -- places the gazetteer does not list ----------------------------------------------------------
def test_street_takes_the_nearby_town(stage):
    doc = run(stage, "Police closed Darby Street in Alexandria, La., on Monday.")
    p = found(doc, "Darby Street")
    assert p.admin1 == "Louisiana" and p.lat is not None
    assert [m.get("feature") for m in doc.places if m.text == "Darby Street"] == ["other"]


def test_town_inside_a_street_name_is_the_street(stage):
    doc = run(stage, "A crash closed Dublin Road in Columbus, Ohio, for hours.")
    assert found(doc, "Dublin Road").admin1 == "Ohio"
    assert not [m for m in doc.places if m.text == "Dublin"]


def test_river_and_possessive(stage):
    doc = run(stage, "Divers searched the Neches River near Beaumont, Texas. Iran's Kermanshah province was calm.")
    assert found(doc, "Neches River").admin1 == "Texas"
    assert not [m for m in doc.places if m.text.startswith("Iran's")]


def test_sea_is_not_placed_at_a_town(stage):
    doc = run(stage, "Fishermen from Batumi, Georgia, said the Zorgian Sea was rough.")
    assert found(doc, "Zorgian Sea").lat is None


@pytest.mark.parametrize("text, name", [
    ("Officials in Moscow said the virus would soon cross the Zarkan Mountains.", "Zarkan Mountains"),
    ("Seabirds nest on the Farallon Islands each spring.", "Farallon Islands"),  # no town called Islands
    ("Rebels took the province of Northern Tazawa after talks in Kinshasa failed.", "Northern Tazawa"),
])
def test_ranges_archipelagos_and_provinces_are_not_placed_at_a_town(stage, text, name):
    assert found(run(stage, text), name).lat is None


@pytest.mark.parametrize("text, name, admin1", [
    ("Officials in Los Angeles said scientists at Fort Zelda, Maryland, had studied the samples.",
     "Fort Zelda", "Maryland"),
    ("After cases in Suffolk, a swan was found in the village of Brackenmoor in Fife.", "Brackenmoor", "Scotland"),
])
def test_unlisted_place_takes_the_place_written_after_it(stage, text, name, admin1):
    assert found(run(stage, text), name).admin1 == admin1


def test_place_a_phrase_named_is_that_place_again(stage):
    doc = run(stage, "Cholera struck the village of Mbarokwe near Kananga. Nurses reached Mbarokwe on Friday.")
    assert [m.text for m in doc.places].count("Mbarokwe") == 2


def test_unlisted_place_is_not_placed_in_another_country(stage):
    text = ("Manila health officials said pigs in Bulacan and Pampanga were sick. A lab in Toronto tested "
            "samples. Farmers near Kalumpit River were told to wait.")
    p = found(run(stage, text), "Kalumpit River")
    assert p.country in ("PH", None)


@pytest.mark.parametrize("text, name", [
    ("Actress and model Elizabeth Hurley will open the shop.", "Elizabeth"),
    ("Joey Stadnick won 5-0 over Tyler Zilverberg and the team went on.", "Tyler"),
    ("He often had trouble with the administration of George Bush Jr, aides said.", "George"),
    ("The late Dr. Caleb Chu worked there. Chu's widow spoke.", "Chu"),
    ("“They were still shooting,” Frazier said.", "Frazier"),
    ("According to Keil, two women were hurt.", "Keil"),
    ("Geral Frazier, the aunt of one of the boys, described the scene.", "Frazier"),
    ("Nobody came. Then I left.", "Then I"),
])
def test_first_names_and_surnames_are_not_places(stage, text, name):
    assert name not in {m.text for m in run(stage, text).places}


@pytest.mark.parametrize("text", ["Winona PD: man, 20, critical after being shot",
                                  "Winona police say a man was shot on Friday."])
def test_a_town_named_like_a_person_is_a_place_before_its_police(stage, text):
    assert found(run(stage, text), "Winona").admin1 == "Minnesota"


def test_people_named_in_a_story_do_not_move_its_city(stage):
    text = ("Eight shot at a park in Miami\n\nReporter Ann Keil was there. According to Keil, two women were shot. "
            "Geral Frazier, the aunt of one of the boys, described the scene. “They ran,” Frazier said.")
    assert found(run(stage, text), "Miami").admin1 == "Florida"


def test_streets_named_in_pairs_are_not_towns(stage):
    text = ("Boy, 14, dies in backyard shooting\n\nLAS VEGAS — A 14-year-old boy was shot at a home near "
            "North Pecos and East Gowan roads, police said.")
    doc = run(stage, text)
    assert "Pecos" not in {m.text for m in doc.places}
    assert found(doc, "LAS VEGAS").admin1 == "Nevada"


def test_a_town_after_from_is_a_place_whatever_follows(stage):
    doc = run(stage, "The suspect had recently moved from Hominy, his cousin said.")
    assert found(doc, "Hominy").admin1 == "Oklahoma"


def test_a_town_before_its_police_is_a_place(stage):
    doc = run(stage, "The items were stolen, according to Hopkinton police. Hopkinton is near Concord, N.H.")
    assert found(doc, "Hopkinton").admin1 == "New Hampshire"


def test_person_name_does_not_hide_the_town(stage):
    doc = run(stage, "Sam Houston spoke first. Later the band played in Houston, Texas.")
    assert found(doc, "Houston").admin1 == "Texas"


@pytest.mark.parametrize("text, name, lat", [
    ("Russian troops entered South Ossetia on Friday.", "South Ossetia", 42.3),
    ("The EU said it would send monitors.", "EU", 50.8),
    ("Crowds rallied in Washington, D.C., on Sunday.", "D.C.", 38.9),
    ("Fishing boats returned to the Black Sea ports.", "Black Sea", 43.5),
])
def test_regions_seas_and_short_forms(stage, text, name, lat):
    assert found(run(stage, text), name).lat == pytest.approx(lat, abs=0.6)


def test_unknown_villages_in_place_frames(stage):
    doc = run(stage, "Rebels entered the village of Rityan on Thursday. Jets struck Khan Touman near Aleppo.")
    names = {m.text for m in doc.places}
    assert {"Rityan", "Khan Touman"} <= names and "Khan" not in names
    assert found(doc, "Khan Touman").country == "SY"
    p = event_place(doc, *_trigger(doc, "struck"))
    assert p.name == "Khan Touman"


def test_event_place_object_of_the_trigger(stage):
    doc = run(stage, "He said he was holidaying in Turkey before illegally entering Syria to fight.")
    assert event_place(doc, *_trigger(doc, "entering")).country == "SY"


def test_event_place_town_of(stage):
    doc = run(stage, "A settler shot and killed 29 worshipers in the West Bank town of Hebron.")
    assert event_place(doc, *_trigger(doc, "killed")).city == "Hebron"
    doc = run(stage, "The army is targeting the strategic town of Al-Reyhan near Damascus.")
    assert event_place(doc, *_trigger(doc, "targeting")).name == "Al-Reyhan"
    # "in Nanterre and other suburbs of Paris": the town named, one of them; "in the suburbs of Paris" alone: Paris
    doc = run(stage, "Riots broke out in Nanterre and other suburbs of Paris on Thursday.")
    assert event_place(doc, *_trigger(doc, "Riots")).city == "Nanterre"
    doc = run(stage, "Riots broke out in the suburbs of Paris on Thursday.")
    assert event_place(doc, *_trigger(doc, "Riots")).city == "Paris"


def test_no_document_fails_silently(stage, caplog):
    """PlaceStage logs and skips a document that raises: none of these may."""
    texts = ["University of Cincinnati to name interim president. CINCINNATI The trustees met.",
             "The army captured the towns of Nyabibwe and Dutu near Walungu, according to Hopkins.",
             "Dublin Road, Main St. and the Neches River; Mr. Paris said. W. Va. and D.C. too.",
             "#IranFloods Poledokhtar,Lorestan province — تهران", "Tyler Zilverberg of Tyler, Texas."]
    with caplog.at_level("WARNING", logger="vigil"):
        for t in texts:
            run(stage, t)
    assert not [r for r in caplog.records if r.name == "vigil"]


def test_sentence_end_is_not_a_title(stage):
    doc = run(stage, "The board will name an interim president. CINCINNATI — The University of Cincinnati "
                     "trustees met on Tuesday.")
    assert found(doc, "Cincinnati").admin1 == "Ohio"


def test_state_people_and_abbreviated_streets(stage):
    doc = run(stage, "Ohioans voted on Tuesday. The shop on Main St. in Dayton, Ohio, closed. Governors’ Parkway "
                     "was shut.")
    assert found(doc, "Ohioans").admin1 == "Ohio"
    assert found(doc, "Main St.").admin1 == "Ohio"
    assert "Governors’ Parkway" in {m.text for m in doc.places}


def test_country_name_is_not_a_towns_alternate_name(stage):
    doc = run(stage, "Swine flu cases rose in Mexico City. Mexico closed its schools.")
    assert found(doc, "Mexico").precision == "country"
    assert found(doc, "Mexico City").city == "Mexico City"


def test_street_keeps_no_town_id(stage):
    doc = run(stage, "Protesters marched on Main Street in Ahvaz, Iran.")
    street, town = found(doc, "Main Street"), found(doc, "Ahvaz")
    assert street.geonames_id is None and town.geonames_id and (street.lat, street.city) == (town.lat, town.city)


def test_towns_named_after_countries_make_no_context(stage):
    doc = run(stage, "Health officials in Ohio said cases were reported in China, Norway, Mexico, Peru and Poland.")
    for name in ("China", "Norway", "Mexico", "Peru"):  # (not all in Maine, which has towns of each name)
        assert found(doc, name).precision == "country", name


def test_weak_towns_listed_with_towns(stage):
    doc = run(stage, "The chamber serves Middletown, Trenton and Monroe. Kijuan D. McDonald was held. "
                     "Deputies chatted with McDonald, Trenton police said, on Monday and Tuesday.")
    assert [m.start for m in doc.places if m.text in ("Trenton", "Monroe")][:2] == [31, 43]
    assert not {"McDonald", "Monday", "Tuesday"} & {m.text for m in doc.places}



def test_a_province_known_only_with_its_word_is_that_province(stage):
    text = "SANANDAJ — Workers held a sit-in outside the Kurdistan province labour office."
    p = found(run(stage, text), "Kurdistan province")
    assert (p.country, p.admin1) == ("IR", "Kordestan")


@pytest.mark.parametrize("text, country, admin1", [
    ("Iranian security forces arrested Kurdish labourers in Kurdistan on Tuesday.", "IR", "Kordestan"),
    ("Shops in Kurdistan and Kermanshah closed on Monday.", "IR", "Kordestan"),
    ("Teachers in Kurdistan marched on Monday over unpaid salaries.", "IQ", None),  # alone: Iraq's region
])
def test_kurdistan_is_irans_province_or_iraqs_region_by_the_story(stage, text, country, admin1):
    p = found(run(stage, text), "Kurdistan")
    assert (p.country, p.admin1) == (country, admin1)


def test_kurdish_names_a_people_of_several_countries_not_iraq(pipeline):
    """ "Kurdish workers": a people of Iran, Iraq, Syria and Turkey; its mention gives the story no country."""
    doc = pipeline.process(Report(
        id="k", text="Kurdish workers went on strike on Monday over unpaid wages.", published=date(2023, 5, 3)))
    assert [e.place.country for e in doc.events] == [None]


@pytest.mark.parametrize("text, name, cc", [
    ("Aid flights landed at Port-au-Prince after the storm.", "Port-au-Prince", "HT"),
    ("The ministers met in Dar es Salaam on Friday.", "Dar es Salaam", "TZ"),
    ("Cocoa prices rose in Côte d'Ivoire and Ghana.", "Côte d'Ivoire", "CI"),
])
def test_names_with_lower_case_links(stage, text, name, cc):
    assert found(run(stage, text), name).country == cc


@pytest.mark.parametrize("text, name, precision", [
    ("Recalls reached stores in Nevada, Ohio, Oregon and Utah last week.", "Oregon", "admin1"),
    ("Recalls reached stores in Nevada, Ohio, Oregon and Utah last week.", "Nevada", "admin1"),
    ("Heavy rain flooded farms in Illinois, Missouri and Iowa.", "Illinois", "admin1"),
    ("Delegates flew in from Egypt, Iraq, Niger and Chad.", "Niger", "country"),
    ("Sister-city ties link Quebec City and Nanjing, China, since 1990.", "China", "country"),
    ("A farmer from Jordan, Minn., won the prize.", "Jordan", "city"),
    ("A shop in Washington, Pa., closed on Monday.", "Washington", "city"),
    ("Storms hit Paris, Texas, and Rome, Georgia.", "Georgia", "admin1"),
    ("Envoys from Georgia, Russia and Ukraine met.", "Georgia", "country"),
])
def test_listed_names_share_their_kind(stage, text, name, precision):
    assert found(run(stage, text), name).precision == precision


def test_listed_name_keeps_its_reading_elsewhere(stage):
    doc = run(stage, "Beekeepers lost hives in Texas, Pennsylvania and California this winter. "
                     "Almond orchards in California depend on bees.")
    assert [m.value.precision for m in doc.places if m.text == "California"] == ["admin1", "admin1"]


def test_town_named_like_a_country_needs_its_country_to_lead(gaz):
    """The US and Ohio named in a story led by Brazil do not make "Lebanon" the Ohio town."""
    name = Matcher(gaz).name("Lebanon")
    cand = Candidate(0, 7, "Lebanon", name)
    ctx = Context(countries={"BR": 6.0, "US": 5.0}, admin1s={("US", "OH"): 0.5})
    e, _, _ = choose(gaz, cand, ctx)
    assert (gaz.feature(e), gaz.cc(e)) == ("country", "LB")


def test_philippine_provinces_are_known(stage):
    doc = run(stage, "Floods hit rice farms in Nueva Ecija and Pangasinan on Monday.")
    assert [(m.text, m.value.country) for m in doc.places] == [("Nueva Ecija", "PH"), ("Pangasinan", "PH")]


def test_state_of_x_is_the_state(stage):
    doc = run(stage, "The case was found on a dairy farm in the state of Washington.")
    p = found(doc, "Washington")
    assert (p.precision, p.country, p.admin1) == ("admin1", "US", "Washington")


@pytest.mark.parametrize("text, name, cc, precision", [
    ("A ferry sank off the coast of Sumatra on Monday.", "Sumatra", "ID", None),
    ("Rice farmers on Luzon counted their losses.", "Luzon", "PH", None),
    ("Mobutu renamed the country Zaire in 1971.", "Zaire", "CD", "country"),
    ("Tea from Ceylon was shipped to London.", "Ceylon", "LK", "country"),
    ("Fighting flared in the Democratic Republic of Congo.", "Democratic Republic of Congo", "CD", "country"),
])
def test_islands_and_former_country_names(stage, text, name, cc, precision):
    p = found(run(stage, text), name)
    assert (p.country, p.precision) == (cc, precision)


@pytest.mark.parametrize("text, name, cc", [
    ("A New Jersey nurse was honoured.", "New Jersey", "US"),
    ("The Hague court ruled on Monday.", "The Hague", "NL"),
    ("Officials of the People's Republic of China met them.", "People's Republic of China", "CN"),
    ("Ferries leave King's Lynn every day.", "King's Lynn", "GB"),
])
def test_articles_and_possessives_inside_names(stage, text, name, cc):
    assert found(run(stage, text), name).country == cc


def test_a_hamlet_named_after_a_state_needs_more_than_its_state(stage):
    doc = run(stage, "Letters were mailed to reporters in New York City and Florida.")
    assert found(doc, "Florida").precision == "admin1"


@pytest.mark.parametrize("text, name, cc", [
    ("Cholera spread in Kenya's Nyanza Province last year.", "Nyanza Province", "KE"),
    ("Farmers in Hedmark and Oppland kept their hens indoors.", "Hedmark", "NO"),
])
def test_former_provinces_and_counties(stage, text, name, cc):
    assert found(run(stage, text), name).country == cc


def test_currency_prefix_is_not_a_place(stage):
    doc = run(stage, "The fund paid US$2 million to families in Kenya.")
    assert [m.text for m in doc.places] == ["Kenya"]


def test_a_run_of_names_is_cut_short_only_where_no_place_name_can_start(gaz, stage):
    assert gaz.has_prefix("saltlake") and gaz.has_prefix("saltlakecity")
    assert not gaz.has_prefix("qwzxvk")
    doc = run(stage, "Officers From Salt Lake City Police Arrived, And Mayor Joan Quillfeather Marlowe Spoke.")
    assert [m.text for m in doc.places] == ["Salt Lake City"]
    doc = run(stage, "Marchers walked from Kut Abdullah to the provincial capital.")
    assert [m.value.city for m in doc.places][:1] == ["Kut-e ‘Abdollah"]


def test_a_courts_district_is_no_place(stage):
    """ "South Central District Judge": the court's district, not Israel's Central District."""
    doc = run(stage, "South Central District Judge Ann Lee said on Tuesday the Bismarck, N.D., man would "
                     "not go to jail.")
    assert {m.text for m in doc.places} == {"Bismarck", "N.D."}


def test_an_unlisted_place_of_the_event_takes_the_storys_country(stage):
    """A base or street no gazetteer lists keeps its name and takes the story's country."""
    doc = run(stage, "A man was shot on Quillfeather Street on Sunday, Kenyan police said.")
    p = event_place(doc, *_trigger(doc, "shot"))
    assert (p.name, p.country) == ("Quillfeather Street", "KE")


def test_a_street_is_placed_in_the_story_town_not_where_a_man_lives(stage):
    doc = run(stage, "BISMARCK, N.D. -- Police said the man, 23, of Fargo, was shot on Elm Street on Sunday.")
    assert found(doc, "Elm Street").city == "Bismarck"


def test_a_town_in_a_province_in_a_country_is_not_a_list(stage):
    # "Stroud, Ontario, Canada": the gazetteer's Stroud is English, but the words say Ontario
    doc = run(stage, "Canadian police stopped a truck near Simcoe. The driver was held in Stroud, Ontario, Canada.")
    p = found(doc, "Stroud")
    assert p.country == "CA" and p.admin1 == "Ontario"
    doc = run(stage, "Police in Canada said the man must appear in a Bradford, Ontario court next month.")
    assert found(doc, "Bradford").country == "CA"
    doc = run(stage, "Talks were held in Moscow, Kiev and Minsk.")  # cities' names stay a list
    assert found(doc, "Moscow").country == "RU"


def test_a_province_under_a_region_qualifies_a_town(stage):
    # the Philippines' provinces sit under regions (GeoNames' admin1): "X, Bulacan" is in Central Luzon
    doc = run(stage, "Farmers lost crops near Santa Maria, Bulacan, after the storm.")
    p = found(doc, "Santa Maria")
    assert p.country == "PH" and p.admin1 == "Central Luzon"


@pytest.mark.parametrize("text, name, country", [
    ("Floods closed roads across the West Midlands on Tuesday.", "West Midlands", "GB"),  # not Zimbabwe's Midlands
    ("Beaches in South West England were busy.", "South West England", "GB"),  # not Cameroon's South-West
    ("Storks nest in the Danube Delta each spring.", "Danube Delta", "RO"),
    ("Prices rose in Southern Europe.", "Southern Europe", None),
    ("Clinics opened across West Kasai last year.", "West Kasai", "CD"),  # a province before 2015
])
def test_regions_named_with_a_compass_word(stage, text, name, country):
    p = found(run(stage, text), name)
    assert p.country == country and p.lat is not None


def test_nationwide_words_found_only_where_a_cue_word_stands():
    """The cheap word check before the nationwide search: every opening of the pattern holds
    one of its cue words, and a sentence without one has no nationwide words."""
    from vigil.extract.wordscan import alternatives
    from vigil.geo.event_place import _NATIONWIDE, _NATIONWIDE_WORDS, nationwide_words
    body = _NATIONWIDE.pattern[len(r"\b(?:"):-len(r")\b")]
    assert all(any(w in alt.lower() for w in _NATIONWIDE_WORDS) for alt in alternatives(body))
    for text, words in [("Truckers went on a NATIONWIDE strike.", "NATIONWIDE"),
                        ("Rallies spread to more than 40 towns on Sunday.", "spread to more than 40 towns"),
                        ("Teachers protested across the country.", "across the country"),
                        ("Teachers protested in the town square.", None)]:
        doc = Doc(Report("r", text))
        got = nationwide_words(doc, 0, len(text))
        assert (text[got[0]:got[1]] if got else None) == words


def test_an_outlet_after_a_guillemet_is_no_place_of_the_story(stage):
    """ "... Drive-By Shooting « CBS Sacramento": the station's town, marked as an outlet."""
    doc = run(stage, "Modesto Police: 4 Injured In Drive-By Shooting « CBS Sacramento\n\nMODESTO (CBS13) – Four "
                     "people were hurt in a shooting in west Modesto on Thursday.")
    sac = [m for m in doc.places if m.text == "Sacramento"]
    assert sac and all(m.get("outlet") for m in sac)


def test_a_city_spelt_like_its_province_is_the_city(stage):
    """ "BASRA, Iraq": the city (GeoNames: Basrah, with Basra among its other names), not the
    province Basra around it."""
    doc = run(stage, "BASRA, Iraq — Protesters set fire to the provincial government building in Basra on Thursday.")
    assert found(doc, "BASRA").precision == "city" and found(doc, "Basra").precision == "city"
    doc = run(stage, "VALPARAÍSO — Port workers have been on hunger strike in a union hall in Valparaíso since June.")
    assert found(doc, "Valparaíso").precision == "city"


def test_a_name_hit_in_a_body_part_is_a_person(stage):
    """ "one shot struck Austin in the abdomen": the boy, not the Texas capital."""
    doc = run(stage, "BELOIT, Wis. — At least one shot struck Austin in the abdomen, police in Beloit said.")
    assert "Austin" not in {m.text for m in doc.places}
    assert found(doc, "Beloit").admin1 == "Wisconsin"


@pytest.mark.parametrize("name", ["Qazvin", "Zanjan", "Semnan"])
def test_a_capital_named_like_its_province_is_the_city_unless_the_province_is_said(stage, name):
    """ "in Qazvin" is the city (the province's short name is the city's own name); "Qazvin
    province" is the province."""
    city = found(run(stage, f"Protesters gathered in {name} on Thursday."), name)
    assert (city.precision, city.admin1) == ("city", name)
    province = found(run(stage, f"Protests spread across {name} province on Thursday."), f"{name} province")
    assert province.precision == "admin1"


def test_two_small_places_names_side_by_side_are_one_unlisted_name(stage):
    """ "Sharif Kabir": no village called Sharif nor one called Kabir ("Amir Kabir University" is a
    university of Tehran: see data/geo/institutions.tsv); a list's items stay places."""
    doc = run(stage, "Tehran. Students gathered to hear Sharif Kabir speak on Saturday evening.")
    assert [m.text for m in doc.places] == ["Tehran"]
    doc = run(stage, "Fire crews from Hornsey, Stoke Newington and Walthamstow were called in London.")
    assert {"Hornsey", "Stoke", "Newington", "Walthamstow"} <= {m.text for m in doc.places}


def test_an_arabic_article_dropped_and_a_city_under_another_citys_dateline(stage):
    """ "Diwaniyah" is Al Diwaniyah; "Samawah" under a Baghdad dateline is the city of As Samawah,
    no neighbourhood of Baghdad."""
    doc = run(stage, "BAGHDAD (AP) — The protests have spread to Nasiriyah and Diwaniyah. In Samawah, crowds gathered.")
    assert found(doc, "Diwaniyah").city == "Al Diwaniyah"
    samawah = found(doc, "Samawah")
    assert samawah.city == "As Samawah" and samawah.geonames_id is not None


def test_a_town_named_inside_a_street_name_places_no_street_and_a_pair_of_streets_is_no_list(pipeline):
    """"Warren Avenue" and the "Memorial Drive" after it are streets of Buffalo, not of Warren,
    Ohio; "between Sycamore and Genesee streets" names two streets, not two towns."""
    doc = pipeline.process(Report(id="w", published=date(2015, 6, 7), text=(
        "A man was killed when gunfire rang out Saturday night in the first block of Warren Avenue between "
        "Memorial Drive and Broadway on Buffalo's East Side. Later, police were sent to a shooting in the 400 "
        "block of Sherman Street, between Sycamore and Genesee streets.")))
    assert {m.value.city for m in doc.places} == {"Buffalo"}


@pytest.mark.parametrize("text, cities", [
    # a dateline names a town: New York City, not the state
    ("NEW YORK — Police arrested about 100 protesters on Tuesday night.", {"New York City"}),
    # a university named like towns elsewhere is in its own town; a hall named after someone is no town
    ("Police arrested 100 protesters at Columbia University after students occupied Hamilton Hall.", {"New York City"}),
    ("Students at Amir Kabir University protested on Sunday.", {"Tehran"}),
    # ... but a town's own hall is the town's
    ("They were renters, according to Hanover Town Hall records in Hanover, New Hampshire.", {"Hanover"}),
])
def test_datelines_universities_and_halls(stage, text, cities):
    assert {m.value.city for m in run(stage, text).places if m.value.city} == cities


@pytest.mark.parametrize("text, name, cc", [
    ("Chinese officials met on Monday.", "Chinese", "CN"),  # (Hong Kong's and Macao's people too, in GeoNames)
    ("French unions marched on Monday.", "French", "FR"),
    ("Canadian truckers protested in Ottawa and in Canadian, Texas.", "Canadian", "CA"),  # not the Texas town
])
def test_a_people_shared_by_several_countries_is_the_curated_ones(stage, text, name, cc):
    p = found(run(stage, text), name)
    assert p.country == cc and p.precision == "country"


def test_a_big_town_spelled_one_letter_apart_under_another_towns_dateline_is_itself(stage):
    p = found(run(stage, "KHARTOUM — Smaller crowds gathered in Port Sudan, Atbara and Wad Madani, witnesses said."),
              "Wad Madani")
    assert (p.city, p.admin1) == ("Wad Medani", "Al Jazirah")


def test_a_works_named_by_a_town_whose_name_is_a_common_word(stage):
    """ "at the Shush sugar mill": Shush (a common English word) is the town the works is named by."""
    doc = run(stage, "Workers at the Shush sugar mill gathered outside the governor's office on Thursday.")
    assert found(doc, "Shush").city == "Shush"


def test_a_town_placed_by_its_provinces_name_keeps_its_reading(stage):
    """ "Kermanshah, Kermanshah province.": the town, in its province (not the province twice)."""
    doc = run(stage, "Kermanshah, Kermanshah province. December 29, 2017. Thousands chant against the government.")
    first = min(doc.places, key=lambda m: m.start)
    assert (first.text, first.value.precision, first.value.city) == ("Kermanshah", "city", "Kermanshah")


def test_a_town_name_opening_a_longer_name_with_a_particle_is_not_the_town(stage):
    texts = [m.text for m in run(stage, "Thousands camped on the Esplanada dos Ministerios in Brasilia.").places]
    assert "Esplanada" not in texts and "Brasilia" in texts


def test_a_great_city_under_another_citys_dateline_is_itself_and_a_region_by_its_word(stage):
    """ "Frankfurt" under "BERLIN" is Frankfurt am Main (not a Berlin neighbourhood of that name);
    "Sagaing Region" is the region, not its town."""
    doc = run(stage, "BERLIN — The union has called strikes at Frankfurt, Munich and Hamburg airports on Thursday.")
    assert (found(doc, "Frankfurt").city, found(doc, "Frankfurt").admin1) == ("Frankfurt am Main", "Hesse")
    doc = run(stage, "An air strike on a village in Myanmar's Sagaing Region killed at least 17 people on Wednesday.")
    assert found(doc, "Sagaing Region").precision == "admin1"


def test_a_final_h_left_out_a_states_short_name_and_a_towns_park(stage):
    """ "Kabkabiya" is Kabkabiyah (a final "h" often left out), "North Darfur state" is Northern Darfur;
    the main name still wins over an alternate that folds alike ("Diwaniyah", Al Diwaniyah); "a rally in
    Luneta Park" in a Manila story is no place of a province of its name."""
    doc = run(stage, "An air strike on a market in Kabkabiya, in Sudan's North Darfur state, killed 27 people.")
    assert (found(doc, "Kabkabiya").city, found(doc, "Kabkabiya").admin1) == ("Kabkabiyah", "Northern Darfur")
    assert found(doc, "North Darfur state").admin1 == "Northern Darfur"
    doc = run(stage, "Protesters burned party offices in Diwaniyah and Amarah on Friday.")
    assert found(doc, "Diwaniyah").city == "Al Diwaniyah"
    doc = run(stage, "MANILA (Reuters) — Police estimated the crowd at a rally in Rizal Park at 49,000.")
    assert found(doc, "Rizal Park").city == "Manila"


def test_towns_told_as_areas_of_the_dateline_town_are_parts_of_it(stage):
    """ "DHAKA — ... in the Motijheel and Paltan areas": GeoNames lists both as towns; told as areas
    of the dateline's town, close by, they are placed at that town."""
    doc = run(stage, "DHAKA (AP) — Crowds set fire to buses in the Motijheel and Paltan areas on Monday.")
    for name in ("Motijheel", "Paltan"):
        assert found(doc, name).city == "Dhaka"


def test_a_way_marched_along_is_no_town(stage):
    """ "marched along the Alameda, Santiago's main avenue": a street, not Alameda in California."""
    doc = run(stage, "SANTIAGO (Reuters) — More than 50,000 people marched along the Alameda, Santiago's main avenue.")
    assert not [m for m in doc.places if m.text == "Alameda"]
