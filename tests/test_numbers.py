"""Numbers: the contract's conventions, what a number counts, and who claims it."""
from __future__ import annotations

import pytest

from tests.conftest import make_doc
from vigil.extract.numbers import NumberStage
from vigil.extract.sources import attribution, clean_source


@pytest.fixture(scope="module")
def stage():
    return NumberStage()


def figures(stage, text):
    doc = make_doc(text)
    stage(doc)
    return [(m.text, m.get("kind"), m.value.low, m.value.high) for m in doc.numbers]


@pytest.mark.parametrize("text,expected", [
    ("Police arrested over 8,000 people.", [("over 8,000", "arrests", 8000, None)]),
    ("At least 21 people were killed.", [("At least 21", "fatalities", 21, None)]),
    ("Dozens were injured.", [("Dozens", "injuries", 24, None)]),
    ("Hundreds of workers gathered outside the plant.", [("Hundreds", "participants", 200, None)]),
    ("Thousands marched through the capital.", [("Thousands", "participants", 2000, None)]),
    ("Several hundred nurses rallied outside the ministry.", [("Several hundred", "participants", 200, None)]),
    ("A few dozen residents were detained.", [("A few dozen", "arrests", 24, None)]),
    ("Several hundred thousand people marched.", [("Several hundred thousand", "participants", 200000, None)]),
    ("Police detained 20 to 25 students.", [("20 to 25", "arrests", 20, 25)]),  # not the year 2025
    ("Some 2000 nurses marched in 2019.", [("Some 2000", "participants", 2000, None)]),
    ("About 30 or so residents rallied.", [("About 30 or so", "participants", 30, 30)]),
    ("Half a dozen guards were hurt.", [("Half a dozen", "injuries", 6, 6)]),
    ("About two-dozen guards were hurt.", [("About two-dozen", "injuries", 24, 24)]),
    ("170+ nurses rallied outside the ministry.", [("170+", "participants", 170, None)]),
    ("Between 10 and 20 students were detained.", [("Between 10 and 20", "arrests", 10, 20)]),
    ("50 protesters were shot dead.", [("50", "fatalities", 50, 50)]),
    ("Two dozen people were hurt.", [("Two dozen", "injuries", 24, 24)]),
    ("Thirty-four people were arrested.", [("Thirty-four", "arrests", 34, 34)]),  # (no range from 30 down to 4)
    ("Police detained twenty-one to thirty students.", [("twenty-one to thirty", "arrests", 21, 30)]),
    ("Eleven miners were trapped and three died.", [("three", "fatalities", 3, 3)]),
    ("A crowd of about 3,000 rallied.", [("about 3,000", "participants", 3000, 3000)]),
    ("The blast killed 5 people and wounded 12 others.", [("5", "fatalities", 5, 5), ("12", "injuries", 12, 12)]),
    ("Up to 40 people may have died.", [("Up to 40", "fatalities", None, 40)]),
    ("Up to 4 people were feared dead.", [("Up to 4", "fatalities", None, 4)]),
    ("As many as 30 marchers were detained.", [("As many as 30", "arrests", None, 30)]),
    ("The fire left as many as nine workers hurt.", [("as many as nine", "injuries", None, 9)]),
    ("The gunman killed two and sent three others to hospitals.",
     [("two", "fatalities", 2, 2), ("three", "injuries", 3, 3)]),
    ("He killed three people and injured 14 others Thursday before police killed him.",
     [("three", "fatalities", 3, 3), ("three people and injured 14 others Thursday before police killed him", "fatalities", 4, 4),
      ("14", "injuries", 14, 14), ("him", "fatalities", 1, 1)]),
    ("Four people were sent to the hospital with gunshot wounds.", [("Four", "injuries", 4, 4)]),
    ("Fifteen people, including children, were shot at the club.", [("Fifteen", "injuries", 15, 15)]),
    ("Both riders were taken to hospital after the crash.", [("Both", "injuries", 2, 2)]),
    ("The man was shot in both legs.", [("The man", "injuries", 1, 1)]),
    ("The brawl put three guards into the hospital.", [("three", "injuries", 3, 3)]),
    ("The crash landed two cyclists in hospital.", [("two", "injuries", 2, 2)]),
    ("Medics found five men with gun shot wounds.", [("five", "injuries", 5, 5)]),
    # recovering tells of a wound; a parent "of two" counts only when the children are named as such
    ("Two cyclists are recovering after the crash on the bridge.", [("Two", "injuries", 2, 2)]),
    ("The father of three boys who were shot spoke to reporters.", [("three", "injuries", 3, 3)]),
    ("The trial concerns the fatal shooting of one man and the wounding of three others.",
     [("one", "fatalities", 1, 1), ("three", "injuries", 3, 3)]),
    # a count of murder or homicide charged is one person killed each
    ("The driver faces three counts of first-degree murder.", [("three", "fatalities", 3, 3)]),
    ("The indictment lists two counts each of criminal homicide.", [("two", "fatalities", 2, 2)]),
    # a killing told without a count: at least one dead (a murder-suicide: two), unless the dead are counted
    ("Police are investigating a deadly shooting on Elm Street.", [("deadly shooting", "fatalities", 1, None)]),
    ("Troopers investigate Sunday's fatal stabbing", [("fatal stabbing", "fatalities", 1, None)]),
    ("Deputies said the death was ruled a homicide.", [("death was ruled a homicide", "fatalities", 1, None)]),
    ("Police called it a murder-suicide.", [("murder-suicide", "fatalities", 2, None)]),
    ("One man was killed and another critically injured.", [("One", "fatalities", 1, 1), ("another", "injuries", 1, 1)]),
    # "not seriously hurt" tells of a wound; "not hurt" of none
    ("Two guards were not seriously hurt.", [("Two", "injuries", 2, 2)]),
    ("All three victims are expected to survive.", [("three", "injuries", 3, 3)]),
    ("Three passengers survived, doctors said.", [("Three", "injuries", 3, 3)]),
    # the present tense of a headline; "the shooting injury of"
    ("A hunter suffers a gunshot wound near the lake", [("A hunter", "injuries", 1, 1)]),
    ("A man is charged over the shooting injuries of three teens.", [("A man", "arrests", 1, 1), ("three", "injuries", 3, 3)]),  # (not "is survived by": an obituary)
    # "fatally shoots" kills; the one who does it is not counted
    ("Gunman Fatally Shoots 3 Diners In Omaha", [("3", "fatalities", 3, 3)]),
    ("The clerk was not critically injured.", [("The clerk", "injuries", 1, 1)]),
    ("A man was killed in a fatal shooting.", [("A man", "fatalities", 1, 1)]),
    # handcuffs hold people; a flood "cost the lives of" some; a found body is a death; a brawl "ended with" people in hospital
    ("Troopers had four men in handcuffs by noon.", [("four", "arrests", 4, 4)]),
    ("The storm cost the lives of six fishermen.", [("six", "fatalities", 6, 6)]),
    ("Hikers found a body near the river on Sunday.", [("found a body", "fatalities", 1, None)]),
    ("The fight ended with three guests in the hospital.", [("three", "injuries", 3, 3)]),
    # "both of them" is the whole, not a part; an age, then two person words, is one person
    ("Both of them were hurt in the crash.", [("Both", "injuries", 2, 2)]),
    ("A 40-year-old male driver was killed.", [("A 40-year-old male driver", "fatalities", 1, 1)]),
    # "the shooting of" tells who was shot, not that they died ("the fatal shooting of", "the shooting deaths of" do)
    ("Detectives are looking into the shooting of three cousins.", [("three", "injuries", 3, 3)]),
    ("The trial concerns the shootings of two neighbours.", [("two", "injuries", 2, 2)]),
    ("The trial concerns the shooting deaths of two neighbours.", [("two", "fatalities", 2, 2)]),
    # a crowd that forces acted on; a hunger strike's strikers; a figure someone "puts" a number at
    ("Troops opened fire on thousands of anti-government demonstrators.", [("thousands", "participants", 2000, None)]),
    ("Police used batons to stop hundreds of them marching.", [("hundreds", "participants", 200, None)]),
    ("Police opened fire on two cars.", []),
    ("Eight dismissed port workers have been on hunger strike since June.", [("Eight", "participants", 8, 8)]),
    ("The judiciary puts the number of detainees at 3,700.", [("3,700", "arrests", 3700, 3700)]),
    ("Officials put the number of dead at 12.", [("12", "fatalities", 12, 12)]),
    ("Two members of the security forces were wounded.", [("Two", "injuries", 2, 2)]),
    # a crowd estimated at a figure; a crowd of a people; a crowd that "had taken part"
    ("Organisers estimated the crowd at 100,000.", [("100,000", "participants", 100000, 100000)]),
    ("Police put the turnout at about 20,000.", [("about 20,000", "participants", 20000, 20000)]),
    ("Tens of thousands of Georgians marched on Sunday.", [("Tens of thousands", "participants", 20000, None)]),
    ("Thousands of farmers block highways around the city", [("Thousands", "participants", 2000, None)]),
    ("The union said 3.5 million people had taken part.", [("3.5 million", "participants", 3500000, 3500000)]),
    # a toll that rose, told many words after "death toll" or "the number of people killed"
    ("The death toll from five days of rioting in Chile rose to 15 on Tuesday.", [("15", "fatalities", 15, 15)]),
    ("The death toll in the riots in Santiago reached 15.", [("15", "fatalities", 15, 15)]),
    ("The number of people killed in the riots has risen to 15.", [("15", "fatalities", 15, 15)]),
    ("Dozens of opposition figures were placed under house arrest.", [("Dozens", "arrests", 24, None)]),
])
def test_number_conventions(stage, text, expected):
    assert figures(stage, text) == expected


@pytest.mark.parametrize("text", [
    "The 19-year-old paid $500 in 2018.", "Prices rose 12 percent in three months.",
    "He was sentenced to 5 years.", "The march started at 10 a.m.",
    "A grandmother of six who lives nearby said she heard the noise.",
    "He faces four counts of attempted murder and two counts of assault.",
    "He left a suicide note after an attempted suicide.",
    "Two guards were not hurt.", "The clerk was not injured.",
    "Sources told KXYZ 11 News about the fire.", "Relatives told FOX 8 they were scared.",
    "A neighbour called 911 to report that shots were fired.",
    "The families of Ann Lee and Bo Chan were told on Monday.",
    "Two detectives expected to recover the stolen goods.",
    "The indictment lists two counts of criminal attempt homicide and one count of conspiracy to commit murder.",
    "Deputies went to the house to take him into custody.",
    "The referee declared him the winner.",
    "He is survived by his wife and three sons.",
    "Two homes on the 2400 block of Elm Street were hit by gunfire.",  # an address, not people
    "Marchers walked three blocks to city hall.",
    "The fence shields children younger than 10 from the road.",  # an age, not a count
    "Riders older than 65 ride free.",
    "The lawyer filed a self-defense claim.", "Neighbours who own rifles were asked to lock them.",
    "Two worker representatives were summoned to court.",  # a summons is no arrest
])
def test_not_counts_of_people(stage, text):
    assert figures(stage, text) == []


@pytest.mark.parametrize("text,kind,count", [
    ("A man was shot and killed on Monday.", "fatalities", 1),
    ("Police arrested a 25-year-old man.", "arrests", 1),
    ("A teen was accidentally shot in the leg.", "injuries", 1),
    ("Ann Lee, 20, and Bo Chan, 19, were killed.", "fatalities", 2),
    ("Al B Lee Jr., 32, was shot and killed on Monday.", "fatalities", 1),  # an initial and a suffix
    # names listed before a plural predicate
    ("Ann Lee and Bo Chan were shot dead on Monday.", "fatalities", 2),
    ("Officer Al Roe, 32, Cy Day, 41, and Di Moe were killed.", "fatalities", 3),
    ("Police said Ann Lee, Bo Chan and Cy Day were arrested on Friday.", "arrests", 3),
    ("The gun went off, striking Cole, who died at the scene.", "fatalities", 1),
    ("Another man in the house was wounded.", "injuries", 1),  # where they were, between them and their fate
    ("The man driving the van was struck by gunfire just after midnight.", "injuries", 1),  # what they were doing
    ("The clerk shot and killed a suspected thief outside the store.", "fatalities", 1),
    ("The boy was shot in the head and has since been declared clinically dead.", "fatalities", 1),
    ("Doctors say the girl is now brain dead.", "fatalities", 1),
    ("The victim was released from a local hospital later on Saturday.", "injuries", 1),
    ("The child is in stable but serious condition.", "injuries", 1),
    ("Jaylen was treated and released on Monday.", "injuries", 1),
    ("Ann Lee, Bo Chan's ex-wife, was also shot but survived.", "injuries", 1),  # a name set aside
    ("Police said a 25 y/o man, a 29 y/o man and a 43 y/o woman were shot and killed.", "fatalities", 3),
    ("The gunman shot his boss and a coworker.", "injuries", 2),
    ("Police have made an arrest in the case.", "arrests", 1),
    ("At dawn the man walked out of the house and was placed in custody.", "arrests", 1),  # later in the clause
    # what befell them, told in the rest of the clause
    ("A woman who was hit in a city park on Monday died at the hospital.", "fatalities", 1),
    ("The boy was flown to a trauma centre and later died.", "fatalities", 1),
    ("Teen shot near the school has died, police say", "fatalities", 1),
    ("Doctors said she has since been declared brain dead.", "fatalities", 1),
    ("The suspect who shot a police dog and fired at two deputies late on Thursday night has been found dead.", "fatalities", 1),
    ("A 6-year-old Riverside girl accidentally shot herself in the hand.", "injuries", 1),
    ("Officers found the suspect and took him into custody.", "arrests", 1),
    ("The suspect turned himself in on Sunday.", "arrests", 1),
    ("A 30-year-old local man, Tom Ray, was arrested and charged with assault.", "arrests", 1),
    ("A man and police officer were wounded in the exchange.", "injuries", 2),
    ("The toddler, 2, and his grandmother, 61, were hit by gunfire.", "injuries", 2),
    ("Seven-Year-Old Struck By Gunshots Near Park", "injuries", 1),
    ("3-year-old girl critically injured at home", "injuries", 1),
    ("Officers found that the clerk had been shot.", "injuries", 1),
    ("A stray bullet grazed a neighbour.", "injuries", 1),
    ("An injured man was found in the alley.", "injuries", 1),
    ("Officers found a teenager suffering from a gunshot wound to the arm.", "injuries", 1),
    ("A man is accused of shooting his co-worker in the face.", "injuries", 1),
    ("The discharge resulted in the fatal injury of an elderly resident.", "fatalities", 1),
    ("An elderly farmer was accidentally shot to death on his land.", "fatalities", 1),
    ("Boy shot, killed near a park", "fatalities", 1),
    ("He dropped the rifle when told to and was arrested.", "arrests", 1),
    # a place before a person opening a headline
    ("Riverton man charged in shooting of neighbour", "arrests", 1),
    ("Lakeside teen fatally shot while walking home", "fatalities", 1),
    ("Riverton Police Officer Charged With Assault", "arrests", 1),  # a Title Case person word
    # one person held, told by a singular verb after a name or a person
    ("Police said Dale Ruiz Jr. was charged with robbery after the shooting.", "arrests", 1),
    ("Okafor-Lind, who was booked on Monday, faces a hearing over the shooting.", "arrests", 1),
    ("After the shooting, the shooter remains in the county jail.", "arrests", 1),
    ("Dale came to the station for questioning and was arrested that night.", "arrests", 1),
    ("Brown told deputies the gun went off by accident but was charged with manslaughter.", "arrests", 1),
    ("Ray Lund, 28, of Millbrook, VA was arrested in the case.", "arrests", 1),
    ("Lakeside man, 33, indicted after bar shooting", "arrests", 1),
    ("A mother is facing charges after the shooting.", "arrests", 1),
    ("The shooter has pleaded not guilty.", "arrests", 1),
    # care told of one person tells of their wound; a death later in the sentence wins
    ("The teen was taken to Lakeview Medical Center with a wound to the arm.", "injuries", 1),
    ("The clerk was treated and released the same night.", "injuries", 1),
    ("The surviving brother is in critical condition at a local hospital.", "injuries", 1),
    ("The child has passed away, the family said.", "fatalities", 1),
    ("Both men fled, and Okoro, who was also shot, drove himself away.", "injuries", 1),
    # more nouns that stand for one person
    ("A seventh-grader died after the crash near the school.", "fatalities", 1),
    ("Deputies said a person of interest is in custody.", "arrests", 1),
    ("A hunter was found dead near the creek on Sunday.", "fatalities", 1),
    # a wound suffered, or a person who went to hospital themselves
    ("Okafor suffered a minor hand injury in the accident.", "injuries", 1),
    ("A teenager went to a nearby hospital after the gunfire.", "injuries", 1),
    # held: "now faces charges", convicted or indicted by name
    ("Okoro now faces a charge of reckless endangerment.", "arrests", 1),
    ("A jury convicted Dale Ruiz of manslaughter last week.", "arrests", 1),
    ("A grand jury indicted him on two counts.", "arrests", 1),
    # what the person did, told before what befell them
    ("The boy who dropped the loaded pistol was arrested on Friday.", "arrests", 1),
    ("A driver accused of firing at a passing van has been charged.", "arrests", 1),
    ("She appeared in court on Tuesday.", "arrests", 1),
    ("He is awaiting arraignment in the county jail.", "arrests", 1),
    # held in handcuffs; "pronounced deceased" as "pronounced dead"; a bullet striking someone; "shoots self;"
    ("Deputies handcuffed a woman outside the bar.", "arrests", 1),
    ("The driver was pronounced deceased at the hospital.", "fatalities", 1),
    ("The officer fired once, striking him in the arm.", "injuries", 1),
    ("Hunter accidentally shoots self; deer season opens", "injuries", 1),
    ("The rider (Tom Ash) died at the scene.", "fatalities", 1),  # a name in brackets
    ("Police named the guard who died in the attack.", "fatalities", 1),  # "who died" of one person
    ("The mother and uncle of a boy who died in the fire were arrested.", "arrests", 2),  # the boy died, not the two
    ("The driver faces a discharge of a firearm charge.", "arrests", 1),
    ("Deputies were able to take him into custody at dawn.", "arrests", 1),
    ("Surgeons declared her brain dead on Sunday.", "fatalities", 1),
    ("At 3:15 a.m. police said Bo Chan, 19 of Elmwood, has been charged.", "arrests", 1),  # a time's colon is no doubt
    # an aside on whose name was kept back, set off by commas
    ("The driver, whose name was not released, has been charged with manslaughter.", "arrests", 1),
    ("A cashier, whose name was withheld at his family's request, is facing assault charges.", "arrests", 1),
    ("The boy, whose uncle was killed, was taken to a hospital.", "injuries", 1),  # the verb after the aside is his
    # a Title Case headline's "Self"; a limb of one's own
    ("Toddler Shoots Self With Father's Rifle", "injuries", 1),
    ("Farmer shoots own foot while cleaning shotgun", "injuries", 1),
])
def test_people_counted_one_by_one(stage, text, kind, count):
    [(_, k, low, high)] = figures(stage, text)
    assert (k, low, high) == (kind, count, count)


@pytest.mark.parametrize("text,expected", [
    ("Paramedics took two victims to the county hospital.", []),
    ("The robbers took one clerk to the back room.", []),
    ("Deputies took two men into custody on Friday.", [("two", "arrests", 2, 2)]),
    ("Police took the driver, a local man, into custody.", [("the driver", "arrests", 1, 1)]),
])
def test_taken_counts_arrests_only_into_custody(stage, text, expected):
    assert [f for f in figures(stage, text) if f[1] == "arrests"] == expected


@pytest.mark.parametrize("text,expected", [
    ("The crash left two riders in critical condition.", [("two", "injuries", 2, 2)]),
    ("The fire left three people dead.", [("three", "fatalities", 3, 3)]),
    ("He left two rifles on the kitchen table.", []),
])
def test_left_counts_by_what_it_left_them(stage, text, expected):
    assert figures(stage, text) == expected


def test_a_clause_aside_agrees_with_its_verb(stage):
    """"were found dead" tells of the cousins, not of the one farmer who fired."""
    assert all(low != 1 for _, _, low, _ in figures(stage, "Two cousins of a farmer who fired at deputies were found dead."))


@pytest.mark.parametrize("text", [
    "No one has been charged.", "No arrests have been made so far.", "The man, who has not been arrested, fled.",
    "Police do not have any suspects in custody.", "A man was not hurt.",
    "It was unclear if the other guard was hurt.", "Police would not say whether the driver was arrested.",
])
def test_denied_counts_are_not_claims(stage, text):
    assert figures(stage, text) == []


@pytest.mark.parametrize("text", [
    "It is unclear whether anyone was arrested after the shooting.", "See who was arrested after the shooting.",
    "The gunman had been arrested 15 times before the shooting.", "Each victim was shot in the leg.",
    "0:50 Girl shot at a park",
])
def test_doubted_or_unrelated_figures_are_not_claims(stage, text):
    assert figures(stage, text) == []


@pytest.mark.parametrize("text", [
    "Three of the victims suffered minor injuries.", "Two of them were treated and released.",
    "A 20-year-old man and his cousin were treated and released.", "Two people were flown to a trauma centre.",
    "Two victims are in stable condition.",
    "Police seek the gunman in the slayings of 14- and 18-year-olds", "The case concerns the attempted murders of five men.",
    "Image 1 of 11", "Local station Channel 4 reported the shooting.",
    "The fleeing car struck two parked vehicles.", "A boy was found lying between two buildings.",
])
def test_parts_of_the_victims_and_unrelated_figures_are_not_counted(stage, text):
    assert figures(stage, text) == []


@pytest.mark.parametrize("text,expected", [
    ("A shooting that left two people dead and three others wounded was gang-related.",
     [("two", "fatalities", 2, 2), ("three", "injuries", 3, 3)]),
    ("Two men suffered non-life-threatening injuries.", [("Two", "injuries", 2, 2)]),
    ("He is charged in the slayings of three people.", [("He", "arrests", 1, 1), ("three", "fatalities", 3, 3)]),
    ("Three victims, a 25-year-old man, a 30-year-old man and a woman, were taken to a hospital.",
     [("Three", "injuries", 3, 3)]),
    ("Four people -- including a boy and his aunt -- were shot.", [("Four", "injuries", 4, 4)]),
    ("Officers found three women, aged 25, 32 and 51, with gunshot wounds.", [("three", "injuries", 3, 3)]),
    ("Seven people, ranging in age from 17 to 27, were hurt.", [("Seven", "injuries", 7, 7)]),
    ("Nearby, three men ages 17, 18 and 22, were shot in the street.", [("three", "injuries", 3, 3)]),
    ("The gunman went on to injure at least three others.", [("at least three", "injuries", 3, None)]),
    ("Two 16-year-old boys were fatally shot on Tuesday.", [("Two", "fatalities", 2, 2)]),
])
def test_figures_read_through_hyphens_and_clauses(stage, text, expected):
    assert figures(stage, text) == expected


def test_a_pronoun_for_the_same_person_does_not_end_what_befell_them(stage):
    got = figures(stage, "The boy was rushed to Lakeview Medical Center, where he was pronounced dead.")
    assert {(k, low) for _, k, low, _ in got} == {("fatalities", 1)}


@pytest.mark.parametrize("text,wrong", [
    ("One of the six, a young man, died at the hospital.", 6), ("Ray Lund, 53, and his son were shot and killed.", 53),
    ("Two brothers, ages 11 and 16, were shot inside a home.", 11),
    ("Two men were hurt and a girl younger than 9 was grazed.", 9),
])
def test_ages_and_the_whole_a_part_is_taken_from_are_not_counts(stage, text, wrong):
    assert figures(stage, text) and all(low != wrong for _, _, low, _ in figures(stage, text))


def test_the_victims_of_a_verb_are_not_the_ones_charged(stage):
    got = figures(stage, "A man accused of killing two women and wounding three others pleaded not guilty.")
    assert [(t, k) for t, k, _, _ in got] == [("two", "fatalities"), ("three", "injuries")]


@pytest.mark.parametrize("text", [
    "Four teens, one fatally, were shot.", "Four were killed, including the shooter, and one was injured.",
    "The driver and two other children were not injured.",
])
def test_figures_that_are_not_parts_of_one_total_are_not_added(stage, text):
    doc = make_doc(text)
    stage(doc)
    assert not [m for m in doc.numbers if m.method == "derived"]


def test_listed_people_are_counted_together(stage):
    assert figures(stage, "A boy, a girl and a woman were hurt.") == [("A boy, a girl and a woman", "injuries", 3, 3)]


def test_counts_told_by_one_word(stage):
    assert figures(stage, "Police are investigating a triple homicide.") == [("triple homicide", "fatalities", 3, 3)]


def test_an_age_does_not_reach_over_what_befell_one_to_the_next_person(stage):
    got = figures(stage, "The shooting left a 6-year-old dead and his father wounded.")
    assert [(t, k) for t, k, _, _ in got] == [("a 6-year-old", "fatalities"), ("his father", "injuries")]


def test_an_age_without_its_closing_comma_is_not_a_count(stage):
    got = figures(stage, "Ann Lee, 24, and Bo Chan, 32 were taken to a hospital.")
    assert 32 not in {low for _, _, low, _ in got}


def test_an_age_in_months_is_not_a_count(stage):
    assert figures(stage, "He shot a 22-month-old boy.") == [("a 22-month-old boy", "injuries", 1, 1)]


@pytest.mark.parametrize("text", ["Four people were shot, one fatally, outside a bar.",
                                  "A gunman shot four people, killing one.",
                                  "Four boys were shot as they walked home from a game at the park, and one of them has died.",
                                  "Four people were rushed to hospitals, where one of the victims later died."])
def test_shot_but_not_killed_are_the_injured(stage, text):
    got = {(k, low) for _, k, low, _ in figures(stage, text)}
    assert got == {("injuries", 3), ("fatalities", 1)}


def test_people_with_different_fates_are_not_joined(stage):
    text = "The boy fired a shot, killing a 5-year-old girl and injuring a 4-year-old boy."
    assert [(k, low) for _, k, low, _ in figures(stage, text)] == [("fatalities", 1), ("injuries", 1)]


def test_people_told_by_name_keep_the_count_not_the_name(stage):
    got = figures(stage, "Ann Lee, 20, and Bo Chan, 19, were killed. Police arrested Tom Ray on Friday.")
    assert [(t, k, low) for t, k, low, _ in got] == [("killed", "fatalities", 2), ("arrested", "arrests", 1)]


@pytest.mark.parametrize("text, expected", [
    ("At least 23 people were killed, the rights commission said, while police put the figure at 6.",
     [("fatalities", 23, "rights commission"), ("fatalities", 6, "police")]),
    ("Organisers said 50,000 people marched; the interior ministry put the figure at 18,000.",
     [("participants", 50000, "Organisers"), ("participants", 18000, "interior ministry")]),
])
def test_another_voice_puts_the_same_toll_at_its_own_figure(stage, text, expected):
    doc = make_doc(text)
    stage(doc)
    assert [(m.get("kind"), m.value.low, m.value.claimed_by) for m in doc.numbers] == expected


@pytest.mark.parametrize("text,name", [
    ("Ann Lee's boyfriend was shot and killed.", "Lee"), ("Moments later an officer took Tom Ray into custody.", "Ray"),
    ("He shot and killed his wife, Mia, and then killed himself.", "Mia"),
    ("Ann Lee Update: Man shot dead in the park", "Lee"),
])
def test_claims_never_keep_a_name(stage, text, name):
    got = figures(stage, text)
    assert got and all(name not in t for t, _, _, _ in got)


def test_gunmen_shooting_people_are_not_victims(stage):
    assert figures(stage, "A pair of gunmen shot six people.") == [("six", "injuries", 6, 6)]


@pytest.mark.parametrize("sentence,source", [
    ("At least 21 people were killed, according to HRANA.", "HRANA"),
    ("Four people died, state media reported.", "state media"),
    ("The interior ministry said 12 had died.", "interior ministry"),
    ("The judiciary, which puts the number of detainees at 3,700, calls these figures propaganda.", "judiciary"),
    ("Hengaw, a Kurdish rights group, said at least four people were killed.", "Hengaw"),
    ("Twelve people died, said Mark Stone, who lives nearby.", None),
    # an outlet whose name has no word of a source in it
    ("Iran International reported that at least five people were killed.", "Iran International"),
    ("Radio Farda said 20 people were detained.", "Radio Farda"),
    # a monitor's post led by its name; not a dateline's town nor a heading
    ("Hengaw: 7 people killed in Kurdish cities in 24 hours.", "Hengaw"),
    ("HRANA: 20 people arrested in Rasht on Monday.", "HRANA"),
    ("TEHRAN: 20 people arrested in Rasht on Monday.", None),
    ("Breaking news: 20 people arrested in Rasht on Monday.", None),
    ("NEWS SAPD: 15-year-old shoots, kills man, 18", None),
])
def test_attribution(sentence, source):
    assert attribution(sentence, 0) == source


@pytest.mark.parametrize("sentence, offset_of, source", [
    ("Seven protesters were killed, a doctors' committee said, as tens of thousands marched.", "tens", None),
    ("Seven protesters were killed, a doctors' committee said, as tens of thousands marched.", "Seven", "doctors' committee"),
    ("Officials say, when deputies arrived, the man opened fire, injuring two officers.", "two", "Officials"),
    ("According to investigators, one man died at the scene, while three others were hurt.", "three", "investigators"),
    ("The department confirmed one man died at the scene, while another died later.", "another", "department"),
    # a source told after the figure, in a clause of its own, gives that clause's figure only
    ("At least eight were killed, while officials said one police officer died.", "one", "officials"),
    ("At least eight were killed, while officials said one police officer died.", "eight", None),
    ("The rights commission said 47 were arrested, while police put the number at 30.", "47", "rights commission"),
    ("The Kenya National Commission on Human Rights said 12 were injured.", "12", "Kenya National Commission on Human Rights"),
    # "with X saying ...": X tells what follows, not the crowd before it
    ("Police fired on thousands of protesters, with rights groups saying at least 23 were killed.", "23", "rights groups"),
    ("Police fired on thousands of protesters, with rights groups saying at least 23 were killed.", "thousands", None),
    # a second such clause names its own source
    ("Rallies were held, with the union saying 2.3 million took part and the interior ministry putting the "
     "figure at 782,000.", "782", "interior ministry"),
    ("Rallies were held, with the union saying 2.3 million took part and the interior ministry putting the "
     "figure at 782,000.", "2.3", "union"),
    ("A strike shut schools, with unions saying 1.5 million people marched and police counting 806,000.",
     "806", "police"),
])
def test_a_said_clause_set_after_a_clause_does_not_govern_the_next(sentence, offset_of, source):
    assert attribution(sentence, sentence.index(offset_of)) == source


@pytest.mark.parametrize("sentence, offset_of, crowd, source", [
    # a source closing a later clause with a verb of its own tells what befell people there, not the
    # size of the crowd of an earlier clause; a list of tolls is one source's
    ("Thousands stormed the residence; at least 45 people were injured, hospital officials said.", "Thousands", True, None),
    ("Thousands stormed the residence; at least 45 people were injured, hospital officials said.", "45", False, "hospital officials"),
    ("Two men were pronounced dead; another was grazed by a bullet, police said.", "Two", False, "police"),
    ("Hundreds gathered on Friday; security forces arrested 74 people, a rights group said.", "Hundreds", True, None),
    ("Thousands marched in Aleppo; hundreds in Homs, organisers said.", "Thousands", True, "organisers"),
])
def test_a_crowd_size_is_not_the_source_of_a_later_clause(sentence, offset_of, crowd, source):
    assert attribution(sentence, sentence.index(offset_of), crowd) == source


def test_sources_are_organisations_or_roles_never_bare_names():
    assert clean_source("the provincial police chief") == "provincial police chief"
    assert clean_source("John Smith") is None
    assert clean_source("40 p.m. Atlanta police") == "Atlanta police"  # ("just after 2:40 p.m. Atlanta police said")


@pytest.mark.parametrize("text,total", [
    ("The man accused of fatally shooting his wife and four daughters was extradited.", 5),
    ("Two children and an adult male were found dead in the flat.", 3),
    ("A gunman killed 3 people, then killed himself.", 4),
    ("Officers found the bodies of two men and two women in the house.", 4),
    ("A deputy says two bailiffs and a gunman are dead after the shooting.", 3),
    ("Officials say a 16-year-old and two children were shot late Saturday.", 3),
    ("Police: 2 children, 1 teen shot in the city", 3),
    ("Triple shooting\n\nTwo young children and an adult were shot on Saturday.", 3),
    ("After killing his wife, he committed suicide.", 2),
    # the killer killed by others later in the clause
    ("Two guards were shot dead in the lobby before deputies killed the gunman.", 3),
    ("The sniper killed four people before he was fatally shot by officers.", 5),
    # the wounded subject and those the same shooting "also" wounded
    ("A 9-year-old girl is in stable condition after a shooting that also injured two other people.", 3),
    ("A student was badly hurt in a shooting that also wounded a bus driver.", 2),
])
def test_totals_told_in_parts_are_derived_and_the_parts_kept(stage, text, total):
    doc = make_doc(text)
    stage(doc)
    derived = [m for m in doc.numbers if m.method == "derived"]
    assert [m.value.low for m in derived] == [total]
    assert any(m.method != "derived" for m in doc.numbers)
    for m in derived:
        assert text[m.start:m.end] == m.value.text


def test_a_plural_figure_is_not_the_subject_of_a_singular_verb(stage):
    assert ("four", "arrests") not in {(t, k) for t, k, _, _ in figures(stage, "Police say the father of four children is in custody.")}


@pytest.mark.parametrize("text,count", [
    ("Third arrest made in shooting of teen", 3), ("4th suspect arrested in bar shooting", 4),
    # the verb first, or the ordinal told of someone already held
    ("Detectives arrested a fifth man on Tuesday.", 5), ("Deputies bust 3rd suspect in store robbery", 3),
    ("The teen is the second person to be charged in the robbery.", 2),
])
def test_ordinal_arrests_give_the_running_total(stage, text, count):
    doc = make_doc(text)
    stage(doc)
    [m] = [m for m in doc.numbers if m.get("kind") == "arrests"]
    assert (m.value.low, m.value.cumulative) == (count, True)


def test_ordinal_arrest_words_leave_out_what_is_set_aside(stage):
    """Words set aside between the ordinal and the verb may name someone: the claim keeps only
    "third suspect"."""
    doc = make_doc("A third suspect, Bo Chan of Elmwood, was charged on Friday.")
    stage(doc)
    assert [(m.text, m.value.low) for m in doc.numbers if m.get("kind") == "arrests"] == [("third suspect", 3)]


def test_words_after_a_figure_are_not_mistaken_for_units(stage):
    assert ("3", "arrests", 3, 3) in figures(stage, "Toddler dies after shooting; 3 charged")
    assert figures(stage, "Five among them were injured.") == [("Five", "injuries", 5, 5)]


def test_title_case_headline_words_are_not_names(stage):
    assert figures(stage, "2nd Person Arrested In Fatal Shooting Of Teen") == [
        ("2nd Person Arrested", "arrests", 2, 2), ("Fatal Shooting", "fatalities", 1, None)]


@pytest.mark.parametrize("text,expected", [
    ("A gunman killed 3 people, then killed himself.", {("3", 3), ("himself", 1)}),
    ("A man shot and killed his wife on Tuesday.", {("his wife", 1)}),
    ("A man killed himself.", {("himself", 1)}),
    ("The woman later turned her rifle on herself.", {("herself", 1)}),
    ("A man was shot and killed on Tuesday.", {("A man", 1)}),
    ("The teen died Friday at the hospital.", {("The teen", 1)}),
    ("The gunman wounded three others before fleeing.", {("three", 3)}),
])
def test_the_one_who_killed_is_not_counted_as_killed(stage, text, expected):
    doc = make_doc(text)
    stage(doc)
    assert {(m.text, m.value.low) for m in doc.numbers if m.method != "derived"} == expected


def test_claims_say_how_they_were_read(stage):
    doc = make_doc("A gunman killed 3 people, then killed himself. A woman was wounded.")
    stage(doc)
    assert {m.value.method for m in doc.numbers} == {"pattern", "people", "derived"}


@pytest.mark.parametrize("text,expected", [
    ("One boy was hurt and another is in custody.", [("One", "injuries", 1), ("another", "arrests", 1)]),
    ("Two men were shot dead and a third was wounded.", [("Two", "fatalities", 2), ("a third", "injuries", 1)]),
])
def test_one_more_person_told_without_a_noun(stage, text, expected):
    assert [(t, k, low) for t, k, low, _ in figures(stage, text)] == expected


@pytest.mark.parametrize("text,kind,count", [
    ("The gunman fled after wounding Ann Lee and Bo Chan.", "injuries", 2),
    ("Officers arrested Tom Ray, 30, and Al Fox, 22 on Friday.", "arrests", 2),
    ("Police arrested Tom Ray, Al Fox and Ed Moe.", "arrests", 3),
    ("Police arrested Tom Ray and Al Fox fled.", "arrests", 1),  # the second name is a subject
])
def test_names_listed_after_a_counting_verb_are_counted_not_kept(stage, text, kind, count):
    [(t, k, low, _)] = figures(stage, text)
    assert (k, low) == (kind, count) and not any(n in t for n in ("Ray", "Fox", "Lee", "Chan", "Moe"))


@pytest.mark.parametrize("text,expected", [
    ("Three other men inside the house were injured.", ("Three", "injuries", 3)),
    ("Two people in the car had gunshot wounds.", ("Two", "injuries", 2)),
    ("Four victims were taken to Riverside Medical Center.", ("Four", "injuries", 4)),
])
def test_figures_read_past_where_they_were(stage, text, expected):
    assert figures(stage, text)[0][:3] == expected


def test_no_wound_and_calibres_are_not_counts(stage):
    assert figures(stage, "Two men had no injuries.") == []
    assert figures(stage, "Officers found 9 mm casings near the body.") == []


@pytest.mark.parametrize("text,total", [
    ("Police charged four men and a teen in the robbery.", 5),
    ("The shooting left two adults and a child wounded.", 3),
    ("The blast hurt three workers and a 9-year-old boy.", 4),  # an age before the person
])
def test_a_figure_and_one_more_person_are_added(stage, text, total):
    assert derived(stage, text) == [total]


def test_an_aside_naming_someone_else_does_not_hide_the_verb_after_it(stage):
    got = figures(stage, "A youth accused of wounding a cousin with a rifle has been charged.")
    assert [(t, k, low) for t, k, low, _ in got] == [("A youth", "arrests", 1), ("a cousin", "injuries", 1)]


@pytest.mark.parametrize("text,total", [
    ("The father killed his two sons on Friday before fatally shooting himself.", 3),
    ("He fatally shot his wife and their two children before setting the house on fire and killing himself.", 4),
])
def test_the_killer_is_added_to_those_he_killed(stage, text, total):
    assert total in derived(stage, text)


def derived(stage, text):
    """The counts the stage worked out from others (sums, the killer added)."""
    doc = make_doc(text)
    stage(doc)
    return [m.value.low for m in doc.numbers if m.method == "derived"]


@pytest.mark.parametrize("text,expected", [
    ("Third victim dies after weekend shooting", [3]),
    ("A fourth victim in the bar shooting has died.", [4]),
    ("Two men suffered injuries and a third person died.", [2, 1]),  # one by one, not a running total
    ("The fifth man was pronounced dead at the hospital.", [1]),
])
def test_an_ordinal_death_told_as_news_is_the_running_total(stage, text, expected):
    assert [low for _, _, low, _ in figures(stage, text)] == expected


@pytest.mark.parametrize("text", [
    "Man found in a parked car died from a gunshot wound", "Victim of Friday night shooting died on Monday",
    "Officers found one deceased male in the yard.",
])
def test_a_death_told_after_where_or_how(stage, text):
    assert [(k, low) for _, k, low, _ in figures(stage, text)] == [("fatalities", 1)]


def test_a_try_to_kill_is_no_death(pipeline):
    from datetime import date

    from vigil.model import Report

    def tolls(text):
        doc = pipeline.process(Report(id="k", text=text, published=date(2016, 5, 3)))
        return sorted(c.low for e in doc.events for c in e.claims("fatalities"))
    assert tolls("A woman shot her husband and then tried to kill herself on Monday in Dayton, Ohio, police said.") == []
    assert tolls("A man shot his wife and then killed himself on Monday in Dayton, Ohio, police said.") == [1]


def test_age_tail_matches_as_its_plain_form():
    """The age tail written for speed finds what the plain case-insensitive pattern finds."""
    import re

    from vigil.extract.people import _age_tails
    plain = re.compile(r"(?:(?:-|\s)years?(?:-|\s)old|\s?y/o)\b", re.I)
    for t in ("a 5-year-old boy", "A 30 YEAR OLD man", "the 19 y/o driver", "a 7y/o girl", "two-years-old",
              "aged 4 Years-Old,", "a-year-older", "y/oy/o", " y/o", "12 years old\n", "year-old", "boy/o",
              "-y/o", "yy/o", "fiftyyears old", "5\u00a0years\u2003old", "x-Y/O", "2 yearS-old 3 y/O"):
        for a in range(len(t)):
            for b in (len(t), len(t) - 1):
                got = list(_age_tails(t, a, b))
                assert got == [m.span() for m in plain.finditer(t, a, b)], (t, a, b)


def test_headline_person_needs_a_capital_opening():
    stage = NumberStage()
    assert stage.people._headline_caps
    found = stage.people._headlines("Teen killed. 'Man shot'", [0, 13])
    assert [(p.start, p.end) for p in found] == [(0, 4)]


def test_intent_before_kill_is_no_death_and_a_figure_right_after_a_bracket_has_no_words_before():
    rules = NumberStage().rules
    for text, kind in (("He threatened to kill 3 people.", None), ("He went on to kill 3 people.", "fatalities"),
                       ("The attempted murder of 2 men.", None), ("The murder of 2 men.", "fatalities"),
                       ("Police arrested (3) men.", None)):
        i = text.index(next(c for c in text if c.isdigit()))
        assert rules.kind(text, i, i + 1, 0) == kind, text


def test_two_letter_gate_lets_every_match_through():
    """The gate before the person words admits each of them in any case (the few letters
    beyond ASCII that re.I folds to ASCII too) and turns other words away."""
    import re

    from vigil.extract.gates import two_letter_gate
    words = r"man|woman|boy|son|kid|police officer|neighbou?r"
    gate = re.compile(two_letter_gate(words))
    for w in ("man", "WOMAN", "Boy", "son", "\u017fon", "\u212aid", "Police Officer", "neighbour"):
        assert re.fullmatch(f"(?i:{words})", w) and gate.match(w), w
    assert not gate.match("said") and not gate.match("Dead")
    assert two_letter_gate(r"[a-z]+") == ""  # (no known start: no gate)
    found = NumberStage().people._headlines("Local Teen Killed\nArmed MAN arrested\nPolice said", [0, 18, 37])
    assert [(p.start, p.end) for p in found] == [(0, 10), (18, 27)]


def test_each_source_gate_lets_through_what_its_pattern_takes():
    from vigil.extract.sources import _patterns
    for text in ("According to HRANA, 30 were killed.", "Police said three were hurt", "as reported by state media.",
                 "citing the interior ministry", "the figure was Quoted by Reuters", "Nothing here at all."):
        for gate, rx in _patterns():
            assert rx.search(text) is None or gate.search(text) is not None, text


@pytest.mark.parametrize("text,expected", [
    ("A man was shot in the arm. A fourth victim was grazed by a bullet.",
     [("A man", 1, 1, "people"), ("A fourth victim", 4, None, "ordinal")]),
    # an ordinal in an apposition before the person; a name there is never kept
    ("The second victim, a 19-year-old woman, was shot in the foot.",
     [("The second victim, a 19-year-old woman", 2, None, "ordinal")]),
    ("A third victim, Ann Lee, 61, suffered a minor wound.", [("suffered a minor wound", 3, None, "ordinal")]),
    # after a death the ones before may be dead: one more wounded only; a culprit is no victim
    ("One man was killed and a second man was wounded.", [("a second man", 1, 1, "people")]),
    ("A second suspect was wounded by police.", [("A second suspect", 1, 1, "people")]),
])
def test_an_ordinal_victim_tells_how_many_were_wounded_at_least(stage, text, expected):
    doc = make_doc(text)
    stage(doc)
    got = [(m.text, m.value.low, m.value.high, m.value.method) for m in doc.numbers if m.get("kind") == "injuries"]
    assert got == expected


@pytest.mark.parametrize("text,expected", [
    ("Two men were killed and two others remain in critical condition.",
     [("Two", "fatalities", 2, 2), ("two", "injuries", 2, 2)]),
    ("One boy died, while the other three are in stable condition.",
     [("One", "fatalities", 1, 1), ("three", "injuries", 3, 3)]),
    # care told of a figure alone may be a part of the wounded: not a count
    ("Two were treated and released.", []),
    ("One woman was hurt and two others are in stable condition.", [("One", "injuries", 1, 1)]),
    # one person told by a figure and their care is one wounded ("one person" is no crowd)
    ("Three are dead and one person remains in critical condition.",
     [("Three", "fatalities", 3, 3), ("one person", "injuries", 1, 1)]),
])
def test_the_rest_after_the_dead_told_by_their_care_are_the_wounded(stage, text, expected):
    assert figures(stage, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("He was charged with murder in the shooting.", [("charged with murder", 1, None)]),
    ("She is charged with second-degree murder.", [("charged with second-degree murder", 1, None)]),
    ("He was charged with attempted murder.", []),
])
def test_a_murder_charge_tells_of_a_death(stage, text, expected):
    doc = make_doc(text)
    stage(doc)
    assert [(m.text, m.value.low, m.value.high) for m in doc.numbers if m.get("kind") == "fatalities"] == expected


@pytest.mark.parametrize("text,expected", [
    ("About 300 people held a vigil outside the school.", [("About 300", "participants", 300, 300)]),
    ("A 50 person rally was held outside the court.", [("50", "participants", 50, 50)]),
    ("Some 40 nurses held placards outside the hospital.", [("Some 40", "participants", 40, None)]),
    ("Twelve people were held overnight after the march.", [("Twelve", "arrests", 12, 12)]),
    ("Two men are being held on charges of arson.", [("Two", "arrests", 2, 2)]),
])
def test_held_tells_of_a_detention_only_when_people_were_held(stage, text, expected):
    assert figures(stage, text) == expected


@pytest.mark.parametrize("text,expected", [
    # killings counted by their noun ("attempted murders" are no deaths)
    ("Police caught a man wanted in four killings.", [("four", "fatalities", 4, 4)]),
    ("A drifter is linked to 3 slayings in the valley.", [("3", "fatalities", 3, 3)]),
    ("Two teens are charged in five attempted murders.", [("Two", "arrests", 2, 2)]),
    # the wounded told by their injuries ("with no injuries" tells of none)
    ("The fight left one guard dead and two others with minor injuries.",
     [("one", "fatalities", 1, 1), ("two", "injuries", 2, 2)]),
    ("Three riders with no injuries were sent home.", []),
    # people described between dashes, before what befell them
    ("Medics found four victims — two men and two women — suffering from gunshot wounds.", [("four", "injuries", 4, 4)]),
    ("Two hikers -- both from Ohio -- were hurt.", [("Two", "injuries", 2, 2)]),
    # "hits" a bullet or shooter does to people
    ("A stray round hits his three cousins on the porch.", [("three", "injuries", 3, 3)]),
    # the wounded who went to hospital themselves, or were taken to a medical centre
    ("Two more victims drove themselves to a local hospital.", [("Two", "injuries", 2, 2)]),
    ("Paramedics took four people to the Lakeside Regional Medical Center.", [("four", "injuries", 4, 4)]),
    ("Two deputies went to the hospital to talk to the family.", []),
    # charges faced
    ("The three men are faced with murder charges.", [("three", "arrests", 3, 3)]),
])
def test_more_words_that_tell_what_a_figure_counts(stage, text, expected):
    assert figures(stage, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("A warrant was issued charging him with arson.", [("warrant was issued charging", "arrests", 1, 1)]),
    ("Police may seek a warrant charging him with theft.", []),  # (an aim: no warrant was issued)
    ("An arrest warrant was obtained charging Bo Chan with murder.", [("warrant was obtained charging", "arrests", 1, 1)]),
    ("The sheriff does not anticipate charging the farmer.", []),
])
def test_a_warrant_that_charges_someone_is_an_arrest(stage, text, expected):
    assert [f for f in figures(stage, text) if f[1] == "arrests"] == expected


@pytest.mark.parametrize("text", [
    "A man is dead after a man died in a shooting on Elm Street.",  # one person told twice
    "The boy was killed after police shot and killed him.",
    "A man was killed in a shooting that also injured two others.",  # (the dead are no part of the wounded)
])
def test_one_dead_and_a_later_death_in_the_clause_are_not_added_up(stage, text):
    doc = make_doc(text)
    stage(doc)
    assert [m for m in doc.numbers if m.method == "derived"] == []


@pytest.mark.parametrize("text,expected", [
    # web text that drops the space after a stop still opens a figure with a word
    ("Guards closed the gate late on Friday.Four people were hurt in the crush.", [("Four", "injuries", 4, 4)]),
    # a digit after a stop or comma is a decimal or a thousands group, never a figure of its own
    ("A fine of 2.5 million was paid and 3,400 nurses marched.", [("3,400", "participants", 3400, 3400)]),
])
def test_a_figure_after_a_glued_stop(stage, text, expected):
    assert figures(stage, text) == expected


def derived_figures(stage, text):
    return [f for f, m in zip(figures(stage, text), _numbers(stage, text)) if m.method == "derived"]


def _numbers(stage, text):
    doc = make_doc(text)
    stage(doc)
    return doc.numbers


@pytest.mark.parametrize("text,expected", [
    # a Title Case headline that lists the people, added up
    ("3 Boys, 2 Women Shot Near A Park\nThe police came.", [("3 Boys, 2 Women", "injuries", 5, 5)]),
    ("Police: Teen Girl, 2 Men Shot In Town\nThe police came.", [("Teen Girl, 2 Men", "injuries", 3, 3)]),
    ("Father And 3 Sons Killed In Crash\nThe police came.", [("Father And 3 Sons", "fatalities", 4, 4)]),
    # each with its own fate, or a plural with no figure: no total
    ("3 Boys Dead, 2 Women Hurt In Crash\nThe police came.", []),
    ("Teens, Woman Shot At Fair\nThe police came.", []),
])
def test_a_headline_list_of_people_is_added_up(stage, text, expected):
    assert derived_figures(stage, text) == expected


@pytest.mark.parametrize("text,expected", [
    # the capitalised words of a headline after the verb are no one it befell
    ("Teen Shot At Fair In Town\nThe police came.", [("Teen", "injuries", 1, 1)]),
    ("Woman Killed In Crash On Highway\nThe police came.", [("Woman", "fatalities", 1, 1)]),
    # a verb that ends a line has no object on the next one
    ("Police said a guard was killed\nA witness spoke to reporters.", [("a guard", "fatalities", 1, 1)]),
])
def test_title_case_and_line_ends_are_no_objects(stage, text, expected):
    assert figures(stage, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a rate, a broadcaster, a house number, a highway, ages listed or reached: no one counted
    ("The rate was 19.3 deaths per 100,000 residents.", []),
    ("Deputies told 59 News that the clerk was hurt.", [("the clerk", "injuries", 1, 1)]),
    ("Police were called to a shooting at 2410 Elm Tree Rd. on Sunday.", []),
    ("Troopers closed Hwy 150 after a crash that left a driver hurt.", [("a driver", "injuries", 1, 1)]),
    ("Police said two men, 30 and 42 were hurt in the fight.", [("two", "injuries", 2, 2)]),
    ("The service for the boys, who were 16, 14 and 9, was held at the school.", []),  # (ages before "was held")
    ("Four boys were hurt in the crash; all were between the ages of 14-16.", [("Four", "injuries", 4, 4)]),
    ("He can be held until he turns 21 in the killing of his neighbour.", [("his neighbour", "fatalities", 1, 1)]),
    # ages written with dashes of any kind tell a person
    ("A 16–year–old boy was hurt in the crash.", [("A 16–year–old boy", "injuries", 1, 1)]),
    # a name and age, then more people: they are counted
    ("Ann Lee, 18, and two teenage boys were arrested.", [("two", "arrests", 2, 2)]),
])
def test_figures_that_count_no_one_here(stage, text, expected):
    assert figures(stage, text) == expected


@pytest.mark.parametrize("text,cumulative", [
    ("More than 700 people have been shot in the city this year.", True),
    ("There were 650 murders in the county in 2016, police said.", True),
    ("Crashes kill hundreds of people every year.", True),
    ("Three people were shot in 2016 at the bar, police said.", False),
    ("Last year, four men were wounded in a shooting on the same block.", False),  # one past event
    # a tally over several incidents
    ("At least 17 people were wounded in separate shootings across the city.", True),
    ("Twenty people were shot in 12 incidents over the holiday.", True),
    ("Three men were wounded in the shootings at the mall.", False),  # (one spree)
    ("Seven people were shot in 72 hours in the city.", True),
    ("Two teens shot in 24-hour span", True),
    ("At least 35 people have been shot across the city since Friday afternoon.", True),
    # a toll over months of protest; the deadliest day compared with the rest is that day's own
    ("The state of emergency follows months of protests in which hundreds have died.", True),
    ("Seventeen people were killed on Monday, the deadliest day since protests began.", False),
])
def test_a_tally_of_a_year_or_month_is_cumulative(stage, text, cumulative):
    doc = make_doc(text)
    stage(doc)
    assert [m.value.cumulative for m in doc.numbers] == [cumulative]


def test_a_person_and_their_family_are_added_up(stage):
    assert derived_figures(stage, "Police said a farmer and his two sons were killed in the crash.") == [
        ("a farmer and his two", "fatalities", 3, 3)]


@pytest.mark.parametrize("text,expected", [
    # people "transported" to hospital, or taken to one told by its name, were hurt
    ("Medics transported two riders to the hospital.", [("two", "injuries", 2, 2)]),
    ("Paramedics took three victims to St. Anne Hospital.", [("three", "injuries", 3, 3)]),
    ("Deputies took two men to the county jail.", []),
])
def test_people_taken_to_a_named_hospital_were_hurt(stage, text, expected):
    assert figures(stage, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a victim's wounds are not the wounded
    ("The clerk suffered three gunshot wounds and was taken to a hospital.", [("The clerk", "injuries", 1, 1)]),
    ("The guard had 12 stab wounds to the chest.", [("The guard", "injuries", 1, 1)]),
    ("Police found four men with gunshot wounds.", [("four", "injuries", 4, 4)]),
])
def test_wounds_counted_are_not_people(stage, text, expected):
    assert figures(stage, text) == expected


@pytest.mark.parametrize("text,expected", [
    # "shooting" after "the", a place or a date is a noun: the name after it is no one shot
    ("After the shooting Lee fled the scene.", []),
    ("Two hurt in Elm Park shooting Posted: Monday", [("Two", "injuries", 2, 2)]),
    ("He is accused of shooting Ann Lee in the arm.", [("shooting", "injuries", 1, 1)]),
])
def test_a_shooting_told_as_a_noun_has_no_object(stage, text, expected):
    assert figures(stage, text) == expected


@pytest.mark.parametrize("text,expected", [
    # "lives" counts the dead only right after a figure: "he lives nearby" is where he lives
    ("A neighbour said she lives two doors down.", []),
    ("The nurse, 31, likely saved many lives that night.", []),
    ("Six families' lives have been changed.", []),
    ("The crash claimed two young lives.", [("two", "fatalities", 2, 2)]),
    # a figure's words do not reach over "for" to what the charge is about
    ("Police arrested three men for the boy's death.", [("three", "arrests", 3, 3)]),
])
def test_lives_and_deaths_told_about_others(stage, text, expected):
    assert figures(stage, text) == expected


@pytest.mark.parametrize("text,expected", [
    # mourners are not the dead they mourn; an upper-case headline's verb ends before the next line's figure
    ("Hundreds gather to mourn slain officers.", [("Hundreds", "participants", 200, None)]),
    ("GUARD KILLED Hundreds gather at the gate", [("Hundreds", "participants", 200, None)]),
    ("GUNMAN KILLED 3 AT MALL", [("3", "fatalities", 3, 3)]),
])
def test_mourners_and_headline_runs_are_not_the_dead(stage, text, expected):
    assert figures(stage, text) == expected


@pytest.mark.parametrize("text,expected", [
    # ages in short forms and "one time" count no one
    ("8 yo girl hurt by gunfire on the highway", []),
    ("Sad news about the 3 yr old hit by a stray bullet.", []),
    ("The clerk was struck one time.", [("The clerk", "injuries", 1, 1)]),
])
def test_short_ages_and_times_are_not_counts(stage, text, expected):
    assert figures(stage, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a figure that did the killing or wounding is not among the victims
    ("At least two gunmen wounded the guards during the robbery.", []),
    ("Two officers who shot and killed a man returned to work.", [("a man", "fatalities", 1, 1)]),
    ("Three killed two injured in crash", [("Three", "fatalities", 3, 3), ("two", "injuries", 2, 2)]),
    ("The men were both arrested more than a week ago.", [("both", "arrests", 2, 2)]),
])
def test_figures_who_did_it_are_not_victims(stage, text, expected):
    assert figures(stage, text) == expected


def test_a_title_case_headline_figure_keeps_its_verb(stage):
    assert figures(stage, "Two Killed The Night Before The Fair") == [("Two", "fatalities", 2, 2)]


@pytest.mark.parametrize("text,expected", [
    # the one who died, told again by a pronoun before their wound, is not also wounded
    ("A teen died Sunday after he was shot near a park.", [("A teen", "fatalities", 1, 1)]),
    ("Boy dies after accidentally shooting himself", [("Boy", "fatalities", 1, 1)]),
    ("A girl was killed when she was hit by a stray bullet.", [("A girl", "fatalities", 1, 1)]),
])
def test_the_dead_told_again_before_their_wound_are_not_wounded(stage, text, expected):
    assert figures(stage, text) == expected


@pytest.mark.parametrize("text,expected", [
    # an aim is not what was done: "tried to arrest", "intended to shoot"
    ("Officers tried to arrest a suspect who fled.", []),
    ("It is unclear if he intended to shoot his brother.", []),
    ("Police were able to arrest a suspect.", [("a suspect", "arrests", 1, 1)]),
])
def test_an_aim_to_arrest_or_shoot_is_no_count(stage, text, expected):
    assert figures(stage, text) == expected


def test_them_both_is_a_figure_of_the_verb_before(stage):
    assert figures(stage, "The gunman opened fire, striking them both.") == [("both", "injuries", 2, 2)]


def test_a_count_of_murder_after_another_in_the_list_is_not_read_again(stage):
    assert figures(stage, "The indictment lists two counts of murder, including one count of capital murder.") == [
        ("two", "fatalities", 2, 2)]


def test_the_words_after_a_figure_end_at_the_line(stage):
    assert figures(stage, "Photo: 21 Pro Video\n\nA man died Thursday morning.") == [("A man", "fatalities", 1, 1)]


def test_a_clause_is_no_source_but_the_source_it_ends_with_is():
    assert clean_source("they learned that the news") is None
    assert clean_source("That's when police") == "police"
    assert clean_source("a man who police") == "police"


@pytest.mark.parametrize("raw, source", [
    ("All rights reserved.\n\nSylvester Police", "Sylvester Police"),  # the last line's words
    ("Deir Ezzur. The Syrian state-run TV", "Syrian state-run TV"),  # the last sentence's
    ("St. Louis Police", "St. Louis Police"),  # (an abbreviation ends no sentence)
    ("Troy Police Capt. Bob Redmond", "Troy Police Capt. Bob Redmond"),  # (nor a rank: a public official)
    ("Three children are recovering after deputies", "deputies"),
    ("officer responded to a", None),  # (the call, not the officer, is told)
    ("Police were investigating after they", None),
    ("YOU", None),
])
def test_a_source_is_the_last_words_that_name_who_tells(raw, source):
    assert clean_source(raw) == source


def test_per_names_a_source_but_not_a_rate():
    assert attribution("At least 22 people were killed on Tuesday, per Amnesty International.", 9) == "Amnesty International"
    assert attribution("Turnout reached 40 per cent in the capital.", 16) is None


def test_an_ombudsman_is_a_source():
    assert attribution("Riots spread on Sunday; the ombudsman said 19 people had died.", 40) == "ombudsman"


@pytest.mark.parametrize("text, expected", [
    # "the judiciary said ...; Amnesty says the true figure is over 4,000": the same count, the other side's
    # claim (but "The number is 110 for the county" after a year's tally restates nothing here)
    ("Authorities have arrested about 1,000 people, the judiciary spokesman said; Amnesty says the true figure is "
     "over 4,000.", [("arrests", 1000, "judiciary spokesman"), ("arrests", 4000, "Amnesty")]),
    # "with unions saying 1.5 million people marched and police counting 806,000": both crowd sizes
    ("Strikers shut schools on Thursday, with unions saying 1.5 million people marched and police counting 806,000.",
     [("participants", 1500000, "unions"), ("participants", 806000, "police")]),
])
def test_another_voice_giving_its_own_figure(stage, text, expected):
    doc = make_doc(text)
    stage(doc)
    assert [(m.get("kind"), m.value.low, m.value.claimed_by) for m in doc.numbers] == expected


def test_a_share_told_with_including_is_no_part_of_the_next_figure(stage):
    """ "507 protesters have been killed, including 69 children, and 18,516 arrested": 18,516 arrests, not
    69 + 18,516."""
    doc = make_doc("HRANA says at least 507 protesters have been killed, including 69 children, and 18,516 arrested.")
    stage(doc)
    assert [m.value.low for m in doc.numbers if m.get("kind") == "arrests"] == [18516]


def test_a_second_town_s_figure_counts_what_the_first_town_s_did(stage):
    """ "detained 52 people in Istanbul and 17 in Ankara": 17 arrests too (a crowd's size is never carried on)."""
    doc = make_doc("Police detained 52 people in Istanbul and 17 in Ankara on Wednesday.")
    stage(doc)
    assert [(m.get("kind"), m.value.low) for m in doc.numbers] == [("arrests", 52), ("arrests", 17)]


def test_a_said_aside_does_not_govern_the_clause_after_and():
    """ "nine people were killed, Amnesty Kenya said, and 300 were arrested, according to the interior
    minister": each figure its own source."""
    sentence = ("At least nine people were killed, Amnesty Kenya said, and 300 were arrested, according to the "
                "interior minister.")
    assert attribution(sentence, sentence.index("nine")) == "Amnesty Kenya"
    assert attribution(sentence, sentence.index("300")) == "interior minister"


def test_the_who_is_a_source_and_who_opens_no_source():
    sentence = "Fighting entered its sixth day on Thursday; the WHO said at least 330 people had been killed."
    assert attribution(sentence, sentence.index("330")) == "WHO"
    assert clean_source("residents who") is None


def test_a_place_before_a_source_is_not_its_name():
    """ "...; in Mexico City organisers counted 90,000": the organisers."""
    assert clean_source("in Mexico City organisers") == "organisers"


def test_a_crowd_that_began_a_strike_and_a_crowd_named_by_its_employer(stage):
    """ "Some 75,000 Kaiser Permanente health care workers began a three-day strike": the strikers, however
    many words name them."""
    assert figures(stage, "Some 75,000 Kaiser Permanente health care workers began a three-day strike on "
                          "Wednesday.") == [("Some 75,000", "participants", 75000, None)]


def test_people_at_places_that_held_sit_ins_were_not_held(stage):
    """ "Students at more than 30 universities held sit-ins": 30 universities, no one detained."""
    assert figures(stage, "Students at more than 30 universities across Iran held sit-ins on Sunday.") == []
