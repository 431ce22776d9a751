"""extract() on short wire-style texts written for these tests (not copied from any outlet)."""

from __future__ import annotations

import pytest

from sitrep.contract import EVENT_ADAPTER, Article
from sitrep.extraction import extract


def run(text: str, published: str | None = "2025-06-02T08:00:00Z"):
    article = Article(id="t", text=text, published_at=published)
    events = extract(article)
    for e in events:
        assert text[e.evidence.start:e.evidence.end] == e.evidence.text
        EVENT_ADAPTER.validate_python(e.model_dump())  # built with model_construct: must still be valid
    return events


def find(events, type_, key):
    hits = [e for e in events if e.type == type_ and e.location_key == key]
    assert hits, f"no {type_} at {key}: {[(e.type, e.location_key) for e in events]}"
    return hits


def count(c):
    return None if c is None else (c.value, c.qualifier)


def keys(events):
    return sorted((e.type, e.location_key) for e in events)


def test_counts_per_weapon_class():
    ev = run("Russia launched 242 drones, 13 ballistic and 22 cruise missiles at Ukraine overnight, the "
             "Ukrainian air force said. Air defences shot down 215 drones and 30 missiles.")
    drone = [e for e in find(ev, "attack", "UA") if e.weapon == "drone"][0]
    missile = [e for e in find(ev, "attack", "UA") if e.weapon == "missile"][0]
    assert (count(drone.launched), count(drone.intercepted)) == ((242, "exact"), (215, "exact"))
    assert (count(missile.launched), count(missile.intercepted)) == ((35, "exact"), (30, "exact"))
    assert drone.actor == "RU" and "air force" in drone.claimed_by


def test_merge_of_two_reports_of_one_attack():
    ev = run("Russia's attack involving more than 130 drones hit energy infrastructure across Ukraine.\n"
             "The air force said it had shot down 63 of the 137 Russian drones launched overnight.")
    (e,) = [e for e in ev if e.type == "attack"]
    assert (e.country, e.region) == ("UA", None)
    assert (count(e.launched), count(e.intercepted)) == ((137, "exact"), (63, "exact"))
    assert "energy" in e.targets


def test_all_drones_destroyed_and_regional_breakdown():
    ev = run("Russia's defence ministry said air defence systems destroyed 52 Ukrainian drones overnight: "
             "30 over the Belgorod region, 12 over the Kursk region and 10 over the Voronezh region.")
    total = find(ev, "attack", "RU")[0]
    assert count(total.intercepted) == (52, "exact") and total.actor == "UA"
    assert count(find(ev, "attack", "RU-BEL")[0].intercepted) == (30, "exact")
    assert count(find(ev, "attack", "RU-KRS")[0].intercepted) == (12, "exact")
    assert count(find(ev, "attack", "RU-VOR")[0].intercepted) == (10, "exact")
    ev = run("Ukraine launched 29 drones at Russian regions overnight. All 29 drones were shot down, "
             "the ministry said.")
    e = find(ev, "attack", "RU")[0]
    assert (count(e.launched), count(e.intercepted)) == ((29, "exact"), (29, "exact"))


def test_city_strike_with_casualties():
    ev = run("A Russian missile strike on Odesa killed five people and injured 12 others, including two "
             "children, regional governor Oleh Kiper said on Telegram.")
    c = find(ev, "casualty", "UA-51")[0]
    assert (count(c.killed), count(c.injured)) == ((5, "exact"), (12, "exact"))
    assert c.actor == "RU" and "Oleh Kiper" in c.claimed_by
    assert find(ev, "attack", "UA-51")[0].weapon == "missile"


def test_people_listed_are_summed_and_a_man_is_one():
    ev = run("In Kherson, two children and a woman were killed by Russian shelling, the regional "
             "administration said.")
    assert count(find(ev, "casualty", "UA-65")[0].killed) == (3, "exact")
    ev = run("In Belgorod, a man was wounded when a Ukrainian drone hit his car, governor Vyacheslav "
             "Gladkov said.")
    assert count(find(ev, "casualty", "RU-BEL")[0].injured) == (1, "exact")


def test_outage():
    ev = run("In the Kharkiv region, about 50,000 households were left without power after Russian drones "
             "hit an energy facility, governor Oleh Syniehubov said.")
    e = find(ev, "attack", "UA-63")[0]
    assert count(e.outage_people) == (50000, "about") and "energy" in e.targets


def test_claimant_in_the_next_sentence_and_named_person():
    ev = run("In Kursk, five people were injured when drones struck near a truck, interim governor "
             "Alexander Khinstein stated.")
    assert "Alexander Khinstein" in find(ev, "casualty", "RU-KRS")[0].claimed_by
    ev = run("Three people were killed in a Russian strike on Kramatorsk. The city's mayor Oleksandr "
             "Honcharenko said rescuers were still at the scene.")
    assert find(ev, "casualty", "UA-14")[0].claimed_by is not None


@pytest.mark.parametrize("text", [
    "No one was hurt in the attack, the governor said.",
    "Russia could strike Kyiv with its new missiles, Dmitry Medvedev warned.",
    "Moscow has threatened to launch more drones if the sanctions stay.",
    "Since 2022, thousands of civilians have been killed in the war.",
    "Last month, a Russian missile strike on Sumy killed 35 people.",
    "Wheat futures rose 1.9% to $5.87 a bushel as traders weighed Black Sea shipping risk.",
    "Shakhtar Donetsk beat Besiktas 2-1 in Gelsenkirchen on Thursday; Kevin scored twice.",
    "The war has killed tens of thousands of people and uprooted more than 12 million.",
    "A plant in Tatarstan is turning out more than 2,500 drones a month, intelligence said.",
    "Five people were killed when a bus collided with a truck near Lviv, police said.",
])
def test_non_events(text):
    assert [e for e in run(text) if e.type != "ceasefire_proposal"] == []


def test_other_conflicts():
    ev = run("Shelling by the Rapid Support Forces killed 15 civilians in El Fasher on Tuesday, a local "
             "rights group said.")
    c = find(ev, "casualty", "SD-DN")[0]
    assert count(c.killed) == (15, "exact") and c.actor is None and "Rapid Support Forces" in c.actor_name
    ev = run("Israeli warplanes struck Damascus on Wednesday, killing three people, the Syrian health "
             "ministry said.")
    assert find(ev, "casualty", "SY-DI")[0].actor == "IL"
    ev = run("U.S. airstrikes on Hodeidah province killed six people and wounded 12 others, the "
             "Houthi-run health ministry said.")
    c = find(ev, "casualty", "YE-HU")[0]
    assert (count(c.killed), count(c.injured), c.actor) == ((6, "exact"), (12, "exact"), "US")
    ev = run("A military airstrike on a village in Sagaing Region killed 12 civilians, residents said. "
             "At least eight others were wounded.")
    c = find(ev, "casualty", "MM-01")[0]
    assert (count(c.killed), count(c.injured)) == ((12, "exact"), (8, "at_least"))


def test_attacker_is_not_the_location():
    ev = run("Russian drones hit Kharkiv overnight, damaging a school, the mayor said.")
    e = find(ev, "attack", "UA-63")[0]
    assert (e.country, e.actor) == ("UA", "RU") and "education" in e.targets


def test_deterministic_ids():
    text = "A Russian drone attack on Sumy injured four people, the regional administration said."
    a, b = run(text), run(text)
    assert [e.event_id for e in a] == [e.event_id for e in b]
    assert len({e.event_id for e in a}) == len(a)


# (text, {(type, location key): {count field: (value, qualifier)}}); every listed key must be produced with
# those counts, and no key outside the list may appear.
SCENARIOS = [
    ("On the night of 14 May, the enemy attacked with 112 Shahed-type attack UAVs from the directions of "
     "Kursk and Oryol. As of 09:00, 74 drones were shot down. A further 28 imitator drones were lost locally. "
     "The enemy attack affected Sumy and Odesa regions.",
     {("attack", "UA"): {"launched": (112, "exact"), "intercepted": (74, "exact")},
      ("attack", "UA-59"): {}, ("attack", "UA-51"): {}}),
    ("MOSCOW, May 20 (Reuters) - Russian air defence units intercepted and destroyed 159 Ukrainian drones "
     "overnight, including 57 over the Moscow region, the defence ministry said on Tuesday.",
     {("attack", "RU"): {"intercepted": (159, "exact")}, ("attack", "RU-MOS"): {"intercepted": (57, "exact")}}),
    ("The Gaza health ministry said on Saturday that Israeli strikes had killed 63 Palestinians over the past "
     "24 hours, bringing the death toll since October 7, 2023 to more than 53,000.",
     {("casualty", "PS"): {"killed": (63, "exact")}, ("attack", "PS"): {}}),
    ("Russia launched 40 missiles and 580 drones at Ukraine overnight, the air force said. In Lviv, a drone "
     "hit an industrial facility, mayor Andriy Sadovyi said, while in Rivne region two people were wounded.",
     {("attack", "UA"): {}, ("attack", "UA-46"): {}, ("attack", "UA-56"): {},
      ("casualty", "UA-56"): {"injured": (2, "exact")}}),
    ("TEL AVIV (Reuters) - A missile fired from Yemen set off air raid sirens in central Israel on Thursday, "
     "the Israeli military said. There were no reports of injuries.",
     {("attack", "IL-M"): {"launched": (1, "exact")}}),  # "central Israel" is the Central District
    ("A Russian drone strike on an energy facility in the Chernihiv region cut power to 90,000 consumers, the "
     "regional energy company said.",
     {("attack", "UA-74"): {"outage_people": (90000, "exact")}}),
    ("The bodies of seven people were recovered from the rubble in Kryvyi Rih after a Russian missile strike, "
     "bringing the death toll to 19, officials said.",
     {("casualty", "UA-12"): {"killed": (19, "exact")}, ("attack", "UA-12"): {}}),
    ("Ukraine's General Staff said its forces struck a Russian oil refinery in Saratov and an ammunition "
     "depot in the Bryansk region overnight.",
     {("attack", "RU-SAR"): {}, ("attack", "RU-BRY"): {}}),
    ("The death toll from Saturday's Russian missile strike on the city of Sumy has risen to 35, the State "
     "Emergency Service said on Monday. More than 117 people were injured.",
     {("casualty", "UA-59"): {"killed": (35, "exact"), "injured": (117, "more_than")}, ("attack", "UA-59"): {}}),
    ("President Zelenskyy said that Russia had launched more than 1,800 drones and nearly 80 missiles against "
     "Ukraine over the past week.", {}),
    ("Air defence systems destroyed 30 Ukrainian drones over the Belgorod (12), Kursk (10) and Bryansk (8) "
     "regions overnight, the Russian Defence Ministry said.",
     {("attack", "RU"): {"intercepted": (30, "exact")}, ("attack", "RU-BEL"): {"intercepted": (12, "exact")},
      ("attack", "RU-KRS"): {"intercepted": (10, "exact")}, ("attack", "RU-BRY"): {"intercepted": (8, "exact")}}),
    ("Israeli forces killed at least 27 people in Gaza on Sunday, including 10 who were waiting for aid near a "
     "distribution site in Rafah, the Gaza civil defence agency said.",  # the part is at its own place
     {("casualty", "PS"): {"killed": (27, "at_least")}, ("attack", "PS"): {},
      ("casualty", "PS-RFH"): {"killed": (10, "exact")}, ("attack", "PS-RFH"): {}}),
    ("A family of four, including two children aged four and nine, was injured in a Russian drone attack on "
     "Odesa overnight, governor Oleh Kiper said.",
     {("casualty", "UA-51"): {"injured": (4, "exact")}, ("attack", "UA-51"): {}}),
    ("Russian troops fired Iskander missiles at a mock command post during the Zapad exercises, the defence "
     "ministry said.", {}),
    ("Russia attacked Ukraine with 137 drones overnight. Air defences downed 63 of them, the Ukrainian air "
     "force said on Telegram.",
     {("attack", "UA"): {"launched": (137, "exact"), "intercepted": (63, "exact")}}),
    ("A Ukrainian drone attack on the Ryazan oil refinery sparked a fire, the regional governor said. Russia's "
     "defence ministry said it had downed 121 drones over 10 regions overnight.",
     {("attack", "RU-RYA"): {}, ("attack", "RU"): {"intercepted": (121, "exact")}}),
    ("At least 10 people were killed in a Russian missile strike on a military training ground in the "
     "Chernihiv region, Ukraine's army said.",
     {("casualty", "UA-74"): {"killed": (10, "at_least")}, ("attack", "UA-74"): {}}),
    ("The crew of a bulk carrier abandoned ship in the Red Sea after it was attacked with rocket-propelled "
     "grenades and drone boats about 50 nautical miles southwest of the port of Hodeidah.",
     {("attack", "-"): {}}),
]


@pytest.mark.parametrize("text, expected", SCENARIOS)
def test_scenarios(text, expected):
    events = run(text, "2025-05-10T09:00:00Z")
    got = {(e.type, e.location_key) for e in events if e.type != "ceasefire_proposal"}
    assert got == set(expected)
    for (type_, key), fields in expected.items():
        merged = {}
        for e in find(events, type_, key):
            merged.update({f: count(getattr(e, f)) for f in fields if getattr(e, f) is not None})
        assert merged == fields, (type_, key)


@pytest.mark.parametrize("text, claimant", [
    ("A strike on a tent in Khan Younis killed eight people, medics said.", "medics"),
    ("M23 rebels shelled the outskirts of Goma, killing at least 13 people, hospital officials said.",
     "hospital officials"),
    ("Two people were killed in Odesa and nine were injured, head of the Odesa Regional Military "
     "Administration Oleh Kiper said.", "head of the Odesa Regional Military Administration Oleh Kiper"),
])
def test_lower_case_sources_that_open_like_a_name(text, claimant):
    (casualty,) = [e for e in run(text) if e.type == "casualty"]
    assert casualty.claimed_by == claimant


@pytest.mark.parametrize("text, claimant", [
    ("Ukrainian drones hit Voronezh overnight, injuring two people, the regional governor, Alexander Gusev, "
     "said on Telegram.", "regional governor Alexander Gusev"),
    ("Ukrainian drones hit Voronezh overnight, injuring two people, Alexander Gusev, the regional governor, "
     "said.", "regional governor Alexander Gusev"),
    ("A Russian glide bomb hit Kharkiv, injuring two people, said Oleh Syniehubov, head of the regional "
     "military administration.", "Oleh Syniehubov, head of the regional military administration"),
    ("Two people were injured in a drone strike on Dnipro, said the head of the regional military "
     "administration, Serhii Lysak.", "Serhii Lysak, head of the regional military administration"),
    ("Vyacheslav Gladkov, the governor of the Belgorod region, said a Ukrainian drone injured two people in "
     "Shebekino.", "Vyacheslav Gladkov, governor of the Belgorod region"),
    ("According to the regional governor Ivan Fedorov, a Russian drone hit a house in Zaporizhzhia, injuring two "
     "people.", "the regional governor Ivan Fedorov"),
    ("The aircraft dropped two bombs on Chaung Oo village in Sagaing Region, killing six people, a member of the "
     "Depayin People's Defense Force (PDF) told The Irrawaddy.", "a member of the Depayin People's Defense Force"),
    ("Separately, the Syrian Observatory for Human Rights, a Britain-based monitor with a network of sources "
     "inside the country, said three people were killed in clashes in Sweida province.",
     "the Syrian Observatory for Human Rights"),
])
def test_sources_in_apposition_or_after_the_verb(text, claimant):
    (casualty,) = [e for e in run(text) if e.type == "casualty"]
    assert casualty.claimed_by == claimant


def test_a_sentence_opened_by_according_to_names_the_speaker_not_the_attacker():
    ev = run("According to the Air Force of the Armed Forces of Ukraine, on the night of February 12 Russia attacked "
             "with one Iskander-M ballistic missile and 123 Shahed-type drones.", "2025-02-12T10:00:00+02:00")
    assert {(e.country, e.actor) for e in ev} == {("UA", "RU")}
    assert {e.claimed_by for e in ev} == {"the Air Force of the Armed Forces of Ukraine"}


def test_a_group_named_in_the_claim_is_the_speaker_unless_it_speaks_of_its_own_act():
    ev = run("The aircraft dropped two bombs on Chaung Oo village in Sagaing Region, killing six people, a member of "
             "the Depayin People's Defense Force (PDF) told The Irrawaddy.")
    assert {e.actor_name for e in ev} == {None}
    ev = run("Separately, the Somali National Army (SNA) said it had killed 30 al-Shabaab fighters in an operation "
             "near Adan Yabaal in the Middle Shabelle region on Monday.", "2025-06-03T10:00:00Z")
    assert {e.actor for e in ev} == {"SO"}


def test_he_said_in_a_later_paragraph_is_the_person_named_before_not_a_body():
    text = ("A Ukrainian drone hit a house in Shebekino, regional Governor Vyacheslav Gladkov said on Telegram.\n\n"
            "In Valuyki, two people were killed and six were injured, he said.")
    assert {e.claimed_by for e in run(text)} == {"regional Governor Vyacheslav Gladkov"}
    text = ("Air defences destroyed 30 drones over the Belgorod region, Russia's Defence Ministry said.\n\n"
            "In Valuyki, two people were killed and six were injured, he said.")
    assert {e.claimed_by for e in run(text) if e.type == "casualty"} == {None}


def test_a_list_of_places_is_no_apposition():
    ev = run("Russian drones hit Kharkiv, Sumy, Odesa, regional officials said.")
    assert {e.claimed_by for e in ev} == {"regional officials"}


def test_a_clause_is_no_source():
    ev = run("Russian drones hit a depot in the Kharkiv region, injuring two workers, and the army said.")
    assert all(e.claimed_by is None for e in ev)


def test_pronoun_with_an_adverb_is_no_source():
    ev = run("It also said air defence systems destroyed 48 Ukrainian drones over the Kursk region.")
    assert find(ev, "attack", "RU-KRS")[0].claimed_by is None


def test_capital_that_speaks_is_no_place():
    ev = run("A Russian ballistic missile struck a residential area of Kryvyi Rih, killing 18 people, officials "
             "said. Russia's defence ministry claimed it had hit a restaurant where commanders were meeting, "
             "a claim Kyiv called a lie.")
    assert {e.location_key for e in ev} == {"UA-12"}


def test_jammed_drones_are_intercepted():
    ev = run("Russia launched 539 drones at Ukraine overnight. Air defences shot down or jammed 268 of them, "
             "the air force said.")
    (drone,) = find(ev, "attack", "UA")
    assert (count(drone.launched), count(drone.intercepted)) == ((539, "exact"), (268, "exact"))


def test_district_of_the_city_just_named():
    ev = run("A Russian drone attack on the southern city of Kherson killed a man on Friday, the regional "
             "governor said. Later, shelling wounded two women in the city's Dniprovskyi district.",
             "2025-06-07T08:00:00Z")  # a Saturday: Friday is the news day
    assert {e.location_key for e in ev} == {"UA-65"}  # Kyiv has a Dniprovskyi district too


@pytest.mark.parametrize("text", [
    "More than 4,000 people were killed in Lebanon in more than a year of hostilities between Hezbollah and Israel, "
    "according to the Health Ministry.",
    "The army says it has lost 1,200 soldiers in 18 months of fighting with the RSF.",
])
def test_a_toll_over_months_or_years_of_war_is_background(text):
    assert [e for e in run(text) if e.type == "casualty"] == []


def test_a_toll_of_the_fighting_an_unread_sentence_dates_to_last_month_is_background():
    text = ("The M23 seized Goma, the capital of North Kivu, in late January after a lightning offensive. At least "
            "3,000 people were killed in the fighting in Goma, the United Nations says.")
    assert run(text, "2025-02-16T18:30:00+01:00") == []
    assert run(text.split(". ", 1)[1], "2025-02-16T18:30:00+01:00")


def test_the_other_sides_war_toll_goes_on_with_the_background_past_an_unread_sentence():
    text = ("Hezbollah has been attacking Israeli communities along the border almost daily since October 8. The "
            "skirmishes have so far resulted in 10 civilian deaths on the Israeli side, according to the military. "
            "Some 60,000 residents of northern communities remain displaced.\n\nIn Lebanon, more than 450 people "
            "have been killed, most of them Hezbollah fighters, according to an AFP tally.")
    assert run(text, "2024-06-12T18:05:00+03:00") == []


def test_a_warning_clause_that_recalls_last_year_leaves_the_days_toll_news():
    ev = run("M23 rebels killed at least 12 civilians in attacks on villages in North Kivu on Tuesday, a senior U.N. "
             "official told the Security Council on Wednesday, warning that peace agreements signed last year had "
             "done little to stop the violence.", "2026-03-04T22:15:00+00:00")
    assert [(e.location_key, e.killed.value) for e in ev if e.type == "casualty"] == [("CD-NK", 12)]


def test_abbreviated_past_date_is_background():
    ev = run("The war began when Hamas-led militants attacked southern Israel on Oct. 7, 2023, killing about "
             "1,200 people.", published="2025-05-11")
    assert ev == []


def test_attack_behind_a_toll_keeps_its_targets():
    ev = run("In Kharkiv Oblast, a drone struck a kindergarten, killing one man and injuring six people, "
             "Governor Oleh Syniehubov reported.")
    (attack,) = find(ev, "attack", "UA-63")
    assert "education" in attack.targets


def test_a_quake_reported_by_a_military_government_is_no_attack():
    ev = run("A powerful 7.7 magnitude earthquake struck central Myanmar on Friday, killing at least 144 people "
             "and injuring more than 730, the military government said.")
    assert ev == []


@pytest.mark.parametrize("text, killed, injured", [
    ("Russian shelling of Nikopol left one person dead and another injured, the governor said.",
     (1, "exact"), (1, "exact")),
    ("A Russian drone attack on Sumy killed a 54-year-old woman and wounded her husband.",
     (1, "exact"), (1, "exact")),
])
def test_people_counted_without_digits(text, killed, injured):
    (casualty,) = [e for e in run(text) if e.type == "casualty"]
    assert (count(casualty.killed), count(casualty.injured)) == (killed, injured)


def test_soldiers_harmed_are_not_the_attacker():
    ev = run("Two Ukrainian soldiers were killed and four wounded when a Russian drone hit their vehicle near "
             "Pokrovsk in the Donetsk region, a brigade spokesman said.")
    (casualty,) = find(ev, "casualty", "UA-14")
    assert casualty.actor == "RU" and count(casualty.killed) == (2, "exact")


@pytest.mark.parametrize("text", [
    "A court in Kyiv sentenced a Russian soldier in absentia to life in prison for a 2022 missile strike on a "
    "shopping centre in Kremenchuk that killed 22 people, prosecutors said on Monday.",
    "One year ago today, a Russian missile hit the Okhmatdyt children's hospital in Kyiv, killing two adults.",
    "Russia's Defence Ministry said it had conducted a test launch of a Yars intercontinental ballistic missile "
    "from Plesetsk, and that the warhead hit its target on the Kura range in Kamchatka.",
])
def test_history_and_tests_are_no_events(text):
    assert run(text, published="2025-10-05") == []


def test_one_count_over_two_weapon_classes_is_mixed():
    ev = run("Russia launched 215 missiles and drones at Ukraine overnight, the air force said.")
    (attack,) = find(ev, "attack", "UA")
    assert attack.weapon == "mixed" and count(attack.launched) == (215, "exact")


def test_weapons_that_name_the_attack_are_no_count():
    ev = run("Russia struck Ukraine's energy system with a massive missile and drone attack on Friday. "
             "The air force said Russia launched 194 drones and 67 missiles.")
    assert sorted(e.weapon for e in find(ev, "attack", "UA")) == ["drone", "missile"]


def test_where_words_are_said_is_no_target():
    ev = run("Speaking in Brussels after meeting NATO defence ministers, Ukraine's defence minister said Russian "
             "strikes had damaged a power plant in the Kharkiv region overnight.")
    assert {e.location_key for e in ev} == {"UA-63"}


def test_a_meeting_that_was_struck_is_a_target():
    ev = run("Russia's defence ministry said it had struck a meeting of Ukrainian commanders in Sumy with two "
             "Iskander-M missiles.")
    assert "UA-59" in {e.location_key for e in ev}


def test_territory_a_side_holds_is_no_target_and_the_toll_names_the_weapon():
    ev = run("The drone was launched from Yemen and struck near the Ramon airport in southern Israel, injuring "
             "one person, the Israeli military said. The Houthis, who control much of northern Yemen including "
             "the capital Sanaa, claimed the attack.")
    assert {e.location_key for e in ev} == {"IL-D"}  # "southern Israel" is the Southern District
    (attack,) = find(ev, "attack", "IL-D")
    assert attack.weapon == "drone"


@pytest.mark.parametrize("text", [
    "Air defences downed all but three of the 48 drones Russia launched at Ukraine.",
    "Russia launched 48 drones at Ukraine overnight, and air defences shot down all but three of them.",
])
def test_all_but_n_of_a_total(text):
    (attack,) = find(run(text), "attack", "UA")
    assert (count(attack.launched), count(attack.intercepted)) == ((48, "exact"), (45, "exact"))


def test_half_a_dozen():
    (casualty,) = [e for e in run("A Russian strike on Odesa killed half a dozen people.") if e.type == "casualty"]
    assert count(casualty.killed) == (6, "exact")


@pytest.mark.parametrize("text", [
    "Rheinmetall shares jumped 5% after the German arms maker said it would build a new ammunition plant in "
    "Lithuania to produce 155 mm artillery shells.",
    "The Pentagon said it would send an additional Patriot battery to Ukraine, along with 155 mm shells and "
    "125 drone interceptors, as part of a $1.5 billion package.",
])
def test_calibres_and_deliveries_are_no_attacks(text):
    assert run(text) == []


def test_dateline_after_a_byline():
    ev = run("By HANNA ARHIROVA Associated Press\n\nKYIV, Ukraine (AP) — A Russian missile attack on the city of "
             "Dnipro killed two people and injured 15, officials said Tuesday.")
    assert {e.location_key for e in ev} == {"UA-12"}


def test_dateline_after_a_headline_line():
    ev = run("Russian missile strike on Dnipro kills two, injures 15\n\nKYIV, Ukraine (AP) — A Russian missile "
             "attack on the city of Dnipro killed two people and injured 15, officials said Tuesday.")
    assert {e.location_key for e in ev} == {"UA-12"}
    (casualty,) = find(ev, "casualty", "UA-12")
    assert (count(casualty.killed), count(casualty.injured)) == ((2, "exact"), (15, "exact"))


@pytest.mark.parametrize("text", [
    "A Houthi missile fired at Israel was intercepted, the Israeli military said.",
    "Iran fired a missile at Israel overnight. It was intercepted, the military said.",
])
def test_one_weapon_intercepted(text):
    (attack,) = [e for e in run(text) if e.type == "attack"]
    assert (count(attack.launched), count(attack.intercepted)) == ((1, "exact"), (1, "exact"))


def test_two_counts_share_the_interception_verb():
    ev = run("The air force said Russia had launched 476 drones and 48 missiles, of which 439 drones and 42 "
             "missiles were neutralised.")
    by_weapon = {e.weapon: (count(e.launched), count(e.intercepted)) for e in find(ev, "attack", "UA")}
    assert by_weapon == {"drone": ((476, "exact"), (439, "exact")), "missile": ((48, "exact"), (42, "exact"))}


@pytest.mark.parametrize("text, killed", [
    ("A woman injured in Sunday's missile strike on Zaporizhzhia died in hospital, raising the death toll to "
     "four, Governor Ivan Fedorov said.", (4, "exact")),
    ("A man wounded in the Russian shelling of Kherson succumbed to his injuries on Monday, the city "
     "administration said.", (1, "exact")),
])
def test_the_wounded_who_died_are_killed(text, killed):
    (casualty,) = [e for e in run(text) if e.type == "casualty"]
    assert (count(casualty.killed), casualty.injured) == (killed, None)


@pytest.mark.parametrize("text, military", [
    ("Myanmar's military bombed a school in Sagaing, killing 20 students, the shadow government said.", False),
    ("Israeli strikes hit a house in Khan Younis, killing five people, the Israeli military said.", False),
    ("Ukrainian drones struck a military airfield in the Saratov region, the General Staff said.", True),
])
def test_the_military_as_a_side_is_no_military_target(text, military):
    (attack,) = [e for e in run(text) if e.type == "attack"]
    assert ("military" in attack.targets) is military


@pytest.mark.parametrize("text", [
    "Peskov said the Black Sea was being used by Kyiv to launch naval drone attacks on Russian vessels.",
    "Oman has proposed a halt to attacks on commercial shipping in the Red Sea and the Gulf of Aden, in return "
    "for an end to US strikes on Yemen, Oman's foreign minister said on Monday.",
])
def test_purposes_and_attacks_a_truce_would_stop_are_no_attacks(text):
    assert [e for e in run(text) if e.type == "attack"] == []


def test_an_earlier_attack_named_in_a_clause_is_background():
    ev = run("Israeli air strikes hit the port of Hodeidah on Monday, days after a Houthi missile killed two "
             "people near Israel's main airport.")
    assert {(e.type, e.location_key) for e in ev} == {("attack", "YE-HU")}


def test_outlet_line_and_bomb_weights():
    ev = run("The Irrawaddy – Junta airstrikes killed at least 11 civilians in Kyaukme Township in northern Shan "
             "State on Sunday. A junta jet dropped two 500-pound bombs on a monastery, the group said.")
    assert {e.location_key for e in ev} == {"MM-17"}  # not Ayeyarwady (MM-07), the old Irrawaddy division
    assert all(e.launched is None or e.launched.value == 2 for e in ev if e.type == "attack")


def test_claim_of_an_attack_after_a_dateline():
    ev = run("SANAA, Yemen (AP) — Yemen's Houthi rebels claimed an attack on a commercial ship in the Red Sea on "
             "Monday, firing two anti-ship ballistic missiles at the vessel. The British military's UKMTO said "
             "the crew reported explosions nearby.")
    (attack,) = [e for e in ev if e.type == "attack"]
    assert attack.claimed_by == "Yemen's Houthi rebels" and attack.actor == "YE"


@pytest.mark.parametrize("text, keys", [
    ("Russian shelling of Kupiansk forced the evacuation of more than 600 residents to Kharkiv and Poltava, "
     "regional officials said. Two people were wounded in the shelling.", {"UA-63"}),
    ("Israeli strikes killed 15 people in Gaza City, the civil defence agency said, as Israeli negotiators "
     "arrived in Doha for talks mediated by Qatar and Egypt.", {"PS-GZA"}),
])
def test_destinations_and_meeting_places_are_no_targets(text, keys):
    assert {e.location_key for e in run(text)} == keys


def test_news_before_a_background_clause_and_a_past_role():
    ev = run("BEIRUT (Reuters) - An Israeli drone strike on a car in the southern Lebanese town of Bint Jbeil killed "
             "one person on Sunday, Lebanon's health ministry said, despite a ceasefire that has been in place "
             "since November. The Israeli military said it had killed a Hezbollah commander responsible for "
             "rocket attacks on northern Israel.", published="2025-07-20")
    assert {(e.type, e.location_key) for e in ev} == {("attack", "LB-NA"), ("casualty", "LB-NA")}


@pytest.mark.parametrize("text, key", [
    ("Over the past day, air defence systems shot down seven HIMARS rockets and 112 fixed-wing drones, the "
     "Russian Defence Ministry said.", "RU"),
    ("The US military said its warships shot down 15 Houthi drones over the Red Sea.", "-"),
])
def test_placeless_interceptions_are_over_the_claimants_country(text, key):
    assert {e.location_key for e in run(text)} == {key}


def test_a_named_group_as_the_target_is_not_the_attacker():
    (attack,) = run("The Israeli military said its jets struck more than 100 Hezbollah targets in southern Lebanon "
                    "overnight.")
    assert attack.actor == "IL"


@pytest.mark.parametrize("text", [
    "Russia launched 315 drones at Ukraine overnight, the air force said. The drones were launched from the "
    "directions of Kursk and Millerovo in Russia and from Hvardiiske in occupied Crimea. Air defences shot down "
    "277 of them.",
    "Russian Tu-95 bombers took off from the Olenya airfield in the Murmansk region and launched cruise missiles "
    "at Ukraine, the Ukrainian air force said.",
])
def test_every_place_an_attack_came_from_is_no_target(text):
    assert {e.location_key for e in run(text)} == {"UA"}


def test_two_reports_joined_by_while_keep_their_own_places():
    ev = run("Russian strikes killed two people in the Kherson region, while in the Dnipropetrovsk region a drone "
             "hit a farm in the Nikopol district, injuring a woman, local officials said.")
    casualties = {e.location_key: (count(e.killed), count(e.injured)) for e in ev if e.type == "casualty"}
    assert casualties == {"UA-65": ((2, "exact"), None), "UA-12": (None, (1, "exact"))}
    assert {e.location_key: e.weapon for e in ev if e.type == "attack"} == {"UA-65": "unspecified", "UA-12": "drone"}
    assert {e.claimed_by for e in ev} == {"local officials"}


def test_a_capital_with_its_army_is_the_government():
    assert run("The rebels accused the army of violating the truce signed in Doha, while Kinshasa's army "
               "spokesman said the rebels had launched the offensive.") == []


def test_a_clause_after_and_shares_the_attacker_and_weapon():
    ev = run("DAMASCUS (Reuters) - Israeli warplanes struck the defence ministry compound in central Damascus and "
             "areas near the presidential palace on Wednesday, and hit government forces in the southern province "
             "of Sweida.")
    assert {(e.location_key, e.weapon, e.actor) for e in ev} == {("SY-DI", "airstrike", "IL"),
                                                                  ("SY-SU", "airstrike", "IL")}


def test_air_force_summary_dates_ages_and_neither_intercepted():
    ev = run("Russia attacked Ukraine on the night of 13-14 May with two Iskander-M ballistic missiles and 147 "
             "drones, the air force said. Neither of the ballistic missiles was intercepted. Impacts were "
             "recorded in Dnipropetrovsk Oblast. In Dnipropetrovsk Oblast, Russian drones hit the Pavlohrad "
             "district. A 65-year-old woman and her two grandchildren were hurt, the governor said.",
             published="2025-05-14T09:41:00+03:00")
    missile = next(e for e in ev if e.type == "attack" and e.weapon == "missile")
    assert (count(missile.launched), count(missile.intercepted)) == ((2, "exact"), (0, "exact"))
    assert [e.weapon for e in find(ev, "attack", "UA-12")] == ["drone"]  # the one weapon named there
    assert [count(e.injured) for e in find(ev, "casualty", "UA-12")] == [(3, "exact")]


def test_breakdown_after_a_dash_a_barrage_and_the_capital_after_a_country_total():
    ev = run("KYIV, Ukraine (AP) — Russia fired a barrage of ballistic missiles at Kyiv before dawn, killing at least "
             "nine people, officials said. Nationwide, Russia launched 11 ballistic missiles — eight Iskander-M and "
             "three KN-23s — and 145 drones overnight, the air force said. By evening, the emergency service said "
             "12 people had been killed in the capital and 90 injured.")
    totals = {e.weapon: count(e.launched) for e in ev if e.type == "attack" and e.location_key == "UA"}
    assert totals == {"missile": (11, "exact"), "drone": (145, "exact")}
    assert [count(e.launched) for e in find(ev, "attack", "UA-30")] == [None]
    assert [(count(e.killed), count(e.injured)) for e in find(ev, "casualty", "UA-30")] == [((12, "exact"), (90, "exact"))]
    assert not [e for e in ev if e.type == "casualty" and e.location_key == "UA"]


def test_facility_names_states_without_codes_and_a_command_speaking_of_itself():
    ev = run("MOGADISHU, Somalia (AP) — In the capital, Mogadishu, several mortar shells landed near the Aden Adde "
             "International Airport on Wednesday, injuring two people, a police spokesman said. Separately, the "
             "U.S. Africa Command said it had conducted an airstrike against Islamic State militants in the Golis "
             "Mountains of Puntland's Bari region.")
    assert set(keys(ev)) == {("casualty", "SO-BN"), ("attack", "SO-BN"), ("attack", "SO-BR")}
    (strike,) = find(ev, "attack", "SO-BR")
    assert (strike.actor, strike.launched) == ("US", None)


def test_a_lede_placed_at_a_country_takes_the_region_of_the_next_sentence():
    ev = run("DUBAI (AP) — U.S. airstrikes on a fuel port in Yemen held by the Houthi rebels killed at least 38 people, "
             "the rebels' health ministry said Friday.\n\nThe strikes late Thursday hit the Ras Isa port in the "
             "province of Hodeida. The group later fired a ballistic missile at the Ben Gurion Airport near Tel Aviv.")
    assert set(keys(ev)) == {("casualty", "YE-HU"), ("attack", "YE-HU"), ("attack", "IL-M")}


def test_a_nationwide_toll_stays_at_the_country():
    ev = run("Russian attacks across Ukraine killed nine people overnight, officials said. The strikes hit "
             "an apartment block in Kharkiv.")
    assert ("casualty", "UA") in keys(ev)


def test_both_sides_tolls_other_sides_and_counts_over_several_cities():
    ev = run("Indian and Pakistani troops traded artillery fire across the Line of Control, killing at least 17 "
             "people on both sides, officials said. On the Pakistani side, Indian shelling killed five people in "
             "the Kotli district of Azad Jammu and Kashmir. The ISPR said Pakistan had shot down 25 drones sent "
             "by India overnight over several cities, including Lahore and Rawalpindi.")
    tolls = {e.location_key: count(e.killed) for e in ev if e.type == "casualty"}
    assert tolls == {"PK-JK": (5, "exact")}
    assert [e.actor for e in find(ev, "casualty", "PK-JK")] == ["IN"]
    assert [count(e.intercepted) for e in find(ev, "attack", "PK")] == [(25, "exact")]


def test_news_before_a_trailing_superlative_since_the_start_of_the_war():
    ev = run("Russian air defences downed 337 Ukrainian drones overnight, including 91 over the Moscow region, "
             "Russia's defence ministry said on Tuesday, in what appeared to be the biggest drone attack on the "
             "capital's surroundings since the start of the war.")
    assert {e.location_key: count(e.intercepted) for e in ev} == {"RU": (337, "exact"), "RU-MOS": (91, "exact")}


def test_makers_and_a_side_named_by_its_country():
    ev = run("The ministry said it had shot down six U.S.-made ATACMS missiles over Bryansk Oblast. Ukrainian forces "
             "struck the Saratov oil refinery. The strikes were carried out by long-range drones of Ukraine's "
             "Unmanned Systems Forces.")
    (bryansk,) = find(ev, "attack", "RU-BRY")
    assert (bryansk.weapon, count(bryansk.intercepted), bryansk.actor) == ("missile", (6, "exact"), "UA")
    assert {e.country for e in ev} == {"RU"}


@pytest.mark.parametrize("sentence", [
    "Two women who were in the car sustained shrapnel wounds.",
    "Two women who were travelling in the car were injured.",
])
def test_harm_after_a_relative_clause(sentence):
    ev = run("In the Kursk Region, a Ukrainian drone attacked a passenger car near Lgov. " + sentence)
    assert [count(e.injured) for e in find(ev, "casualty", "RU-KRS")] == [(2, "exact")]


def test_places_in_an_if_clause_and_earlier_in_the_year_are_not_news():
    assert run("Analysts said attacks on Russian refineries earlier in the year had mostly affected fuel exports, "
               "and that the market would react only if the drone campaign widened to export terminals such as "
               "Primorsk or Novorossiysk.") == []


def test_separate_incidents_in_one_region_are_summed_and_restatements_are_not():
    ev = run("Russian attacks on the Kharkiv region killed civilians over the past day, the governor said. In "
             "Kupiansk, a 65-year-old man was killed by artillery fire. In Chuhuiv, two men were killed when a "
             "drone hit a car.")
    assert [count(e.killed) for e in find(ev, "casualty", "UA-63")] == [(3, "exact")]
    same = run("A Russian missile struck Dnipro, killing three people, officials said. In Dnipro, three people "
               "were killed, the mayor said. By evening, the death toll in Dnipro rose to four.")
    assert [count(e.killed) for e in find(same, "casualty", "UA-12")] == [(4, "exact")]
    total = run("A missile killed 17 people in Dnipro. In the Nikopol district, a drone killed a man. Altogether, "
                "18 people were killed in the region, the governor said.")
    assert [count(e.killed) for e in find(total, "casualty", "UA-12")] == [(18, "exact")]


def test_small_counts_of_a_nationwide_tally_stay_with_the_country():
    ev = run("Russian drones attacked Odesa overnight, killing one man. Ukraine's air force said Russia had launched "
             "103 drones and two Iskander-M ballistic missiles overnight.")
    assert {(e.location_key, e.weapon): count(e.launched) for e in ev if e.type == "attack" and e.launched} == {
        ("UA", "drone"): (103, "exact"), ("UA", "missile"): (2, "exact")}


def test_drones_downed_over_a_region_without_a_count():
    ev = run("Russian drones attacked Odesa overnight. Air defences also shot down drones over the neighbouring "
             "Mykolaiv region, Governor Vitaliy Kim said, adding that there were no casualties there.")
    assert ("attack", "UA-48") in keys(ev)


@pytest.mark.parametrize("text", [
    "The Belgorod Region borders Ukraine's Kharkiv and Sumy regions and comes under regular attack by Ukrainian "
    "drones and artillery.",
    "The DPR's joint centre registered 31 shells fired by Ukrainian troops at settlements of the republic over "
    "the past day.",
])
def test_habits_and_daily_shell_tallies_are_no_attacks(text):
    assert [e for e in run(text) if e.type == "attack" and e.launched] == [] and \
        not any(e.location_key in ("UA-63", "UA-59") for e in run(text))


@pytest.mark.parametrize("sentence, killed, injured", [
    ("In al-Mawasi, a strike on a tent killed a father, a mother and their three children.", 5, None),
    ("A drone killed a man, a woman, and two children in Khan Younis.", 4, None),
    ("One civilian, a 57-year-old woman, was killed in a strike on Khan Younis.", 1, None),
    ("In Khan Younis, at least eight other people in nearby tents were wounded.", None, 8),
])
def test_lists_of_people_appositions_and_a_place_phrase_before_the_verb(sentence, killed, injured):
    (toll,) = [e for e in run("Israeli strikes hit the Gaza Strip overnight. " + sentence) if e.type == "casualty"]
    assert (toll.killed and toll.killed.value, toll.injured and toll.injured.value) == (killed, injured)


def test_a_total_since_the_barrages_began_saturday_night_is_news():
    ev = run("Iranian missiles hit Israel overnight. Overall, 11 people were killed and 214 wounded nationwide since "
             "the barrages began Saturday night, MDA said.", published="2025-06-15T12:00:00Z")
    assert [(count(e.killed), count(e.injured)) for e in find(ev, "casualty", "IL")] == [((11, "exact"), (214, "exact"))]
    assert not [e for e in run("Overall, more than 50,000 people have been killed since the war began.")
                if e.type == "casualty"]


def test_raising_the_death_toll_from_the_strike_to_seven():
    ev = run("Rescue teams recovered the body of a woman from the ruins of a building in Bat Yam, raising the death "
             "toll from the Iranian ballistic missile strike on the coastal city south of Tel Aviv to seven.")
    assert [count(e.killed) for e in find(ev, "casualty", "IL-TA")] == [(7, "exact")]


def test_more_armed_groups_and_a_lede_in_part_of_a_country():
    ev = run("KINSHASA (Reuters) - The death toll from an attack by Islamic State-linked rebels on a church in "
             "northeastern Democratic Republic of Congo rose to at least 43, officials said. ADF fighters stormed the "
             "church in Komanda, in Ituri province, attacking worshippers. The ADF, which originated in Uganda, has "
             "killed thousands of civilians in eastern Congo over the past decade.")
    assert set(keys(ev)) == {("casualty", "CD-IT"), ("attack", "CD-IT")}


def test_an_outlet_told_and_a_bomb_dropped_are_no_place_or_count():
    ev = run("A junta fighter jet dropped a bomb on a monastery in Sagaing Region, killing 20 people, a member of "
             "the local People's Defense Force told The Irrawaddy.")
    assert {e.location_key for e in ev} == {"MM-01"}
    assert [e.launched for e in ev if e.type == "attack"] == [None]


def test_martyred_their_mother_and_a_toll_in_the_ambush():
    ev = run("PESHAWAR: Thirteen soldiers were martyred on Saturday when a suicide bomber rammed a military convoy "
             "in North Waziristan, officials said.")
    assert [count(e.killed) for e in find(ev, "casualty", "PK-KP")] == [(13, "exact")]
    ev = run("Militants fired a mortar shell at a house in Khyber Pakhtunkhwa. Two children were killed and their "
             "mother was wounded, police said.")
    assert [(count(e.killed), count(e.injured)) for e in find(ev, "casualty", "PK-KP")] == [((2, "exact"), (1, "exact"))]
    syria = run("Gunmen ambushed a security patrol near the coastal city of Jableh, killing 13, the interior ministry "
                "said. More than 20 people were wounded in the ambush, the Syrian Observatory for Human Rights said.")
    assert [count(e.injured) for e in find(syria, "casualty", "SY-LA")] == [(20, "more_than")]


def test_her_seven_year_old_son_and_several_families_are_no_extra_counts():
    ev = run("Russian shelling hit Nikopol. A 35-year-old woman and her 7-year-old son were injured in Nikopol.")
    assert [count(e.injured) for e in find(ev, "casualty", "UA-12")] == [(2, "exact")]
    ev = run("In Jabalia, an Israeli air strike on a house sheltering several displaced families killed at least 21 "
             "people, the Civil Defence said.")
    assert [count(e.killed) for e in find(ev, "casualty", "PS-NGZ")] == [(21, "at_least")]


def test_a_family_spelled_out_after_a_comma_is_counted_once():
    ev = run("In al-Mawasi, an Israeli air strike on a tent killed a family of four, a father, a mother and their two "
             "young sons, according to the civil defence.")
    assert [count(e.killed) for e in find(ev, "casualty", "PS-KYS")] == [(4, "exact")]


def test_thousands_of_people_are_no_weapon_count():
    ev = run("Shells fired by M23 rebels hit a camp in Goma. The shells landed in the Mugunga area, sending thousands "
             "of people running towards the city centre.")
    assert [e.launched for e in ev if e.type == "attack"] == [None]


def test_air_force_summary_with_air_attack_vehicles_and_recorded_hits():
    ev = run("On the night of June 10, the enemy attacked with 499 air attack vehicles: 479 Shahed-type attack UAVs "
             "from the directions of Kursk and Orel, as well as 20 missiles.\n\nAs of 09:00, air defence neutralised "
             "480 air attack vehicles: 277 enemy UAVs were shot down, 183 were locationally lost, and 19 missiles "
             "were shot down.\n\nHits were recorded in Kyiv, Odesa and Lviv regions.", published="2025-06-10")
    totals = {e.weapon: (count(e.launched), count(e.intercepted)) for e in ev if e.location_key == "UA"}
    assert totals == {"drone": ((479, "exact"), (277, "exact")), "missile": ((20, "exact"), (19, "exact"))}
    assert {e.location_key for e in ev} == {"UA", "UA-32", "UA-51", "UA-46"}


def test_manned_jets_shot_down_and_a_truce_story_with_shelling():
    assert run("Pakistan said it shot down five Indian fighter jets, a claim India did not confirm.") == []
    ev = run("The truce came after overnight clashes in the Aleppo neighbourhoods of Sheikh Maqsoud and Ashrafieh, "
             "where government forces shelled residential streets with mortars, the Asayish said.")
    assert ("attack", "SY-HL") in keys(ev)


@pytest.mark.parametrize("text, keys_", [
    ("Russian missiles hit Kyiv overnight. The attack came hours after Zelensky, speaking in Oslo, urged Norway "
     "to fund more interceptor drones.", {"UA-30"}),
    ("Ukrainian drones attacked the Moscow region overnight. Flights at Kazan and Kaluga airports were temporarily "
     "suspended, Rosaviatsia said.", {"RU-MOS"}),
    ("Russian missiles hit Kyiv overnight. They were launched by Tu-95MS bombers from the area of the Caspian Sea "
     "and Russia's Volgograd Oblast, the Air Force said.", {"UA-30"}),
    ("Iranian missiles hit Beersheba. The IDF said they had been launched from western Iran, including the Tabriz "
     "and Kermanshah areas.", {"IL-D"}),
])
def test_context_precautions_and_launch_areas_are_no_targets(text, keys_):
    assert {e.location_key for e in run(text)} == keys_


def test_a_running_toll_since_sunday_is_not_added_to_the_day():
    ev = run("In Sweida city, fighting killed at least 30 people on Wednesday, the Observatory said, bringing the "
             "toll since Sunday to more than 300.")
    assert [count(e.killed) for e in ev if e.type == "casualty"] == [(30, "at_least")]


def test_landmarks_and_cities_drones_flew_towards_are_no_targets():
    ev = run("Another missile hit a residential building in Rehovot, south of Tel Aviv, where six people were hurt.")
    assert {e.location_key for e in ev} == {"IL-M"}
    ev = run("Ukrainian drones attacked the Moscow region. Sobyanin said 74 drones flying towards Moscow had been shot "
             "down.")
    assert {e.location_key for e in ev} == {"RU-MOS"}
    assert ("attack", "IL") in keys(run("The military said a missile launched from Yemen toward Israel had been "
                                        "intercepted."))


def test_a_home_facility_named_after_its_city_and_a_security_guard():
    ev = run("Russian drones attacked Kharkiv overnight. Drones struck the city's industrial districts, damaging "
             "workshops of the Kharkiv Tractor Plant, the governor said. In Odesa Oblast, a drone attack damaged port "
             "infrastructure. A 52-year-old security guard was killed.")
    assert {k for k in keys(ev)} >= {("attack", "UA-63"), ("casualty", "UA-51")}


def test_kashmir_towns_on_both_sides_of_the_line_of_control():
    ev = run("Indian officials said Pakistani shelling killed 10 civilians in the Poonch and Rajouri districts. In "
             "Kotli, two people were killed by Indian fire.")
    assert {e.location_key for e in ev if e.type == "casualty"} == {"IN-JK", "PK-JK"}


def test_airbases_near_a_city_an_earlier_clause_hours_after_and_jets_damaged():
    ev = run("Ukraine said it struck a Russian airfield in occupied Crimea overnight, hours after Russian bombers fired "
             "a volley of cruise missiles at western Ukraine. Its drones hit the Saky airbase, damaging two Su-30 "
             "fighter jets. Russia launched eight Kh-101 missiles at Ukraine from Tu-95MS bombers that had taken off from "
             "the Engels airbase near Saratov and the Olenya airbase in the Murmansk region. Six of the missiles were shot "
             "down.")
    assert {(e.location_key, e.weapon) for e in ev} == {("UA-43", "drone"), ("UA", "missile")}


def test_a_lede_in_central_mali_and_a_statement_on_television_in_the_capital():
    ev = run("Bamako (AFP) – Jihadists killed more than 30 soldiers in an attack on a military camp in central Mali on "
             "Sunday, sources said. JNIM fighters stormed the camp at Boulkessi, in the Mopti region. The army said "
             "in a statement read on state television in Bamako that it had repelled the attack.")
    assert set(keys(ev)) == {("casualty", "ML-5"), ("attack", "ML-5")}


def test_a_hospital_hit_as_a_barrage_was_fired_at_the_country_and_orders_for_later():
    ev = run("An Iranian ballistic missile struck the Soroka Medical Center in Beersheba on Thursday, as Iran fired some "
             "30 missiles at Israel. Magen David Adom said 40 people were treated for injuries in Beersheba. Defense "
             "Minister Israel Katz said he had ordered the military to intensify strikes on targets in Tehran.")
    assert set(keys(ev)) == {("attack", "IL"), ("attack", "IL-D"), ("casualty", "IL-D")}
    assert [count(e.injured) for e in find(ev, "casualty", "IL-D")] == [(40, "exact")]
    ev = run("Russian forces attacked Ukraine overnight with four Kh-59/69 missiles launched from the airspace over Kursk "
             "region and 85 drones, the air force said.")
    assert {e.location_key for e in ev} == {"UA"}


def test_a_toll_from_the_attacked_side_after_a_strike_and_the_missile_was_intercepted():
    ev = run("Hours earlier, Israeli warplanes struck Sanaa International Airport, the Houthi-run television said. "
             "Three people were killed and 38 injured, the Houthi health ministry said.\n\nLate on Tuesday, the "
             "Houthis launched a ballistic missile from Yemen at central Israel. The Israeli military said the "
             "missile was intercepted.")
    assert ("casualty", "YE-SA") in keys(ev) and ("casualty", "YE") not in keys(ev)
    assert [count(e.intercepted) for e in ev if e.type == "attack" and e.country == "IL"] == [(1, "exact")]


def test_paramedics_treated_people():
    ev = run("Iranian missiles hit Israel overnight. Magen David Adom said its teams treated 71 people across the "
             "country, most of them lightly hurt.")
    assert [count(e.injured) for e in find(ev, "casualty", "IL")] == [(71, "exact")]


def test_a_toll_that_initially_stood_at_three_but_rose_to_four():
    ev = run("A missile hit Dnipro. The death toll initially stood at three but rose to four after a woman died in "
             "the hospital.")
    assert [count(e.killed) for e in find(ev, "casualty", "UA-12")] == [(4, "exact")]


def test_all_but_three_in_the_sentence_after_the_launch_count():
    (attack,) = run("Russia attacked Odesa with 48 drones overnight. All but three were shot down, the air force said.")
    assert (count(attack.launched), count(attack.intercepted)) == ((48, "exact"), (45, "exact"))


def test_four_of_the_missiles_and_70_of_the_drones_were_shot_down():
    ev = run("Nationwide, Russia launched 11 ballistic missiles and 145 drones overnight, the air force said. Four of "
             "the missiles and 70 of the drones were shot down, it said.")
    got = {e.weapon: (count(e.launched), count(e.intercepted)) for e in ev if e.location_key == "UA"}
    assert got == {"missile": ((11, "exact"), (4, "exact")), "drone": ((145, "exact"), (70, "exact"))}


def test_an_adjectival_city_district_is_in_the_city_the_story_is_about():
    ev = run("Russian forces attacked the city of Zaporizhzhia with guided aerial bombs, killing two people, the "
             "governor said. \"The enemy hit the Shevchenkivskyi district,\" he said.")
    assert {e.location_key for e in ev} == {"UA-23"}
    ev = run("An Israeli drone struck a car in Nabatieh, killing two. In the Tyre district, a strike on a house "
             "killed one person.")
    assert {e.location_key for e in ev} == {"LB-NA", "LB-JA"}


def test_a_vague_toll_alone_gives_no_casualty_line():
    ev = run("JNIM attacked an army post in Solle, in the northern Loroum province, killing dozens of soldiers, "
             "according to a security source.")
    assert set(keys(ev)) == {("attack", "BF-10")}
    ev = run("Dozens of people were wounded in a Russian missile strike on Dnipro on Tuesday, officials said.")
    assert set(keys(ev)) == {("attack", "UA-12")}


@pytest.mark.parametrize("sentence, weapon, launched, intercepted", [
    ("Russia launched 72 drones at Ukraine overnight, with 48 of the drones shot down.", "drone", 72, 48),
    ("Russia's ministry claimed its air defences “intercepted and destroyed” 121 Ukrainian drones.", "drone", None, 121),
])
def test_interceptions_after_with_and_behind_a_closing_quote(sentence, weapon, launched, intercepted):
    (attack,) = [e for e in run(sentence) if e.type == "attack" and e.weapon == weapon]
    assert (attack.launched and attack.launched.value, attack.intercepted and attack.intercepted.value) == \
        (launched, intercepted)


def test_an_earlier_dated_attack_the_mayor_of_the_capital_and_the_attackers_claim():
    ev = run("As Ukrinform reported, on the night of October 10, Russia launched a massive attack using 465 drones.",
             published="2025-10-12T09:00:00+03:00")
    assert ev == []
    ev = run("Moscow region Governor Andrei Vorobyov said drones hit Vidnoye, killing three. Moscow Mayor Sergei "
             "Sobyanin said 74 drones were shot down as they flew towards the capital.")
    assert {e.location_key for e in ev} == {"RU-MOS"}
    ev = run("Two Iskander-M missiles hit a training area in the Dnipropetrovsk region, killing 12 soldiers, the "
             "Ground Forces said. Russia's defence ministry claimed that its strike had killed \"up to 150\" "
             "Ukrainian servicemen.")
    assert {e.location_key for e in ev if e.type == "casualty"} == {"UA-12"}


@pytest.mark.parametrize("text", [
    "Dubai: Oil prices rose for a third session as traders weighed the impact of Ukraine's drone campaign against "
    "Russian refineries.",
    "A missile hit Dnipro, killing 17, officials said, as NATO leaders gathered in The Hague for a summit.",
    "An Iranian missile slammed into a hospital in Beersheba, one of several sites hit as Iran fired a new barrage "
    "at the Jewish state.",
])
def test_colon_datelines_summit_venues_and_the_jewish_state_are_no_targets(text):
    assert not {e.location_key for e in run(text)} & {"AE-DU", "UA", "NL-ZH", "RU-YEV"}


def test_ages_listed_after_the_victims_and_in_the_capital_kyiv():
    ev = run("A Russian strike hit a village in the Zhytomyr region. Three children aged eight, 12 and 17 were killed "
             "and 12 other people were injured. In the capital, Kyiv, Mayor, Vitali Klitschko, said at least 11 "
             "people were hurt after debris fell on residential buildings.")
    assert [(count(e.killed), count(e.injured)) for e in find(ev, "casualty", "UA-18")] == [((3, "exact"), (12, "exact"))]
    assert [count(e.injured) for e in find(ev, "casualty", "UA-30")] == [(11, "at_least")]


def test_a_title_case_headline_gives_no_facts_of_its_own():
    ev = run("Ukraine Launches Massive Drone Attack On Moscow, 3 Killed – Officials\n\nThree people were killed and 18 "
             "others injured in the Moscow region on Tuesday after Ukraine launched a drone attack, officials said.")
    assert {e.location_key for e in ev} == {"RU-MOS"}
    ev = run("Russian drone attack on Sumy injures 11\n\nRussian drones struck Sumy overnight, injuring 11 people.")
    assert {e.location_key for e in ev} == {"UA-59"}


def test_interceptions_after_a_nationwide_tally_are_nationwide():
    ev = run("Russia launched a massive missile and drone attack on Kyiv overnight, killing at least nine people, "
             "officials said.\n\nUkraine's air force said Russia had fired 66 missiles and 145 drones across the "
             "country. Air defences shot down 48 of the missiles and 64 of the drones, it said.")
    got = {e.weapon: count(e.intercepted) for e in ev if e.location_key == "UA"}
    assert got == {"missile": (48, "exact"), "drone": (64, "exact")}


def test_a_city_district_after_the_city_in_the_same_sentence():
    ev = run("Russian shelling killed two civilians in Kherson region over the past day, the governor said. In the "
             "city of Kherson, a 67-year-old woman was killed when a shell hit her home in the Dniprovskyi district.")
    assert {e.location_key for e in ev} == {"UA-65"}


def test_a_part_of_them_over_a_region():
    ev = run("Russia's defence ministry said it had destroyed 49 Ukrainian drones, 12 of them over the Ryazan region.")
    assert {e.location_key: count(e.intercepted) for e in ev} == {"RU": (49, "exact"), "RU-RYA": (12, "exact")}


def test_members_of_one_family_and_a_town_also_shelled():
    ev = run("Israeli strikes killed at least 27 people across Gaza on Saturday, local health authorities said, "
             "including nine members of one family in a house in the Sheikh Radwan neighbourhood of Gaza City.")
    assert [count(e.killed) for e in find(ev, "casualty", "PS-GZA")] == [(9, "exact")]
    ev = run("A Russian glide bomb attack on Kostiantynivka killed three people and wounded six, the governor said. "
             "Russian forces also shelled Druzhkivka, wounding one person.")
    assert [count(e.injured) for e in find(ev, "casualty", "UA-14")] == [(7, "exact")]


@pytest.mark.parametrize("text, killed, injured", [
    ("A Russian drone hit a car in the Sumy region, killing the driver and injuring two passengers, the regional "
     "administration said.", 1, 2),
    ("Russian forces struck the town of Pokrovsk, killing one civilian and injuring another, the governor said.", 1, 1),
])
def test_the_driver_and_injuring_another(text, killed, injured):
    (toll,) = [e for e in run(text) if e.type == "casualty"]
    assert (toll.killed and toll.killed.value, toll.injured and toll.injured.value) == (killed, injured)


def test_strikes_reported_in_several_regions():
    ev = run("Russia launched a massive missile and drone attack on Ukraine's energy infrastructure overnight, the "
             "energy minister said. Strikes were reported in the Kyiv, Lviv, Ivano-Frankivsk and Poltava regions, "
             "she said.")
    assert {"UA-32", "UA-46", "UA-26", "UA-53"} <= {e.location_key for e in ev}


def test_a_city_and_a_dash_open_the_story():
    (attack,) = run("Kyiv - Ukraine's General Staff said on Saturday that Ukrainian forces had hit the Novoshakhtinsk "
                    "oil refinery in Russia's Rostov region.", "2025-05-31T20:00:00Z")  # that Saturday
    assert (attack.location_key, attack.claimed_by) == ("RU-ROS", "Ukraine's General Staff")
    assert {e.location_key for e in run("Russia - Ukraine talks stalled as Russian drones hit Kharkiv.")} == {"UA-63"}


@pytest.mark.parametrize("text, key", [
    ("Shelling killed 13 soldiers in northwest Pakistan on Saturday, officials said.", "PK"),
    ("Airstrikes killed nine people in north-west Syria on Sunday, rescuers said.", "SY"),
    ("Gunmen killed 11 villagers in southeast Nigeria overnight, police said.", "NG"),
])
def test_a_compass_point_before_a_country_keeps_the_country(text, key):
    assert find(run(text), "casualty", key)[0].killed.value > 0


def test_where_the_attack_happened_places_the_lede():
    ev = run("ISLAMABAD (AP) — A suicide bomber rammed an explosives-laden vehicle into a military convoy in "
             "northwest Pakistan on Saturday, killing 13 soldiers and wounding 24 others, officials said.\n\n"
             "The attack happened in the Mir Ali area of North Waziristan district in Khyber Pakhtunkhwa "
             "province, a local administrator said.")
    assert keys(ev) == [("attack", "PK-KP"), ("casualty", "PK-KP")]
    assert count(find(ev, "casualty", "PK-KP")[0].killed) == (13, "exact")


@pytest.mark.parametrize("text, key, n", [
    ("Air defence forces repelled an attack by 12 drones over the Belgorod region, the governor said.",
     "RU-BEL", 12),
    ("Air defences repelled an attack by four drones on the city overnight, the mayor of Kursk said.", "RU-KRS", 4),
])
def test_an_attack_by_n_drones_that_was_repelled(text, key, n):
    (attack,) = find(run(text), "attack", key)
    assert (count(attack.launched), count(attack.intercepted)) == ((n, "exact"), (n, "exact"))


def test_an_attack_by_n_drones_is_a_launch_count():
    (attack,) = find(run("Russia carried out an attack by 40 drones on Odesa overnight."), "attack", "UA-51")
    assert count(attack.launched) == (40, "exact") and attack.intercepted is None


def test_a_lede_placed_by_a_direction_takes_the_town_the_next_sentence_names():
    ev = run("BEIRUT (AP) — An Israeli drone strike on a car in southern Lebanon killed two people on Tuesday, "
             "the state-run National News Agency reported.\n\nThe strike hit the vehicle on a road near the town "
             "of Bint Jbeil.")
    assert keys(ev) == [("attack", "LB-NA"), ("casualty", "LB-NA")]


def test_a_direction_named_with_a_town_of_the_same_region_is_not_vague():
    ev = run("In northern Gaza, at least nine people were killed by shelling in Jabalia, medics said.\n\n"
             "An Israeli strike on a car in Deir al-Balah killed a man and his two sons, a hospital said.")
    assert count(find(ev, "casualty", "PS-NGZ")[0].killed) == (9, "at_least")
    assert count(find(ev, "casualty", "PS-DEB")[0].killed) == (3, "exact")


@pytest.mark.parametrize("noun", ["citizens", "pilgrims", "detainees", "settlers", "mourners"])
def test_more_people_nouns(noun):
    ev = run(f"Three {noun} were killed on Wednesday when an Israeli drone struck a gathering in Tubas.")
    assert count(find(ev, "casualty", "PS-TBS")[0].killed) == (3, "exact")


def test_a_number_after_an_agency_dateline_dash_is_a_count():
    ev = run("TUBAS, January 8, 2025, WAFA - Three citizens were killed on Wednesday when an Israeli drone "
             "bombed a gathering in the town of Tammun.", "2025-01-08T12:00:00Z")
    assert count(find(ev, "casualty", "PS-TBS")[0].killed) == (3, "exact")


def test_a_couple_is_two_people():
    ev = run("A drone strike on a tent in Khan Younis killed a couple and their two children, medics said.")
    assert count(find(ev, "casualty", "PS-KYS")[0].killed) == (4, "exact")


def test_deaths_from_hunger_are_no_attack_toll():
    ev = run("Israeli strikes across the Gaza Strip killed at least 85 Palestinians on Sunday, the ministry said. "
             "The ministry also said three more people had died of malnutrition over the past 24 hours.")
    assert count(find(ev, "casualty", "PS")[0].killed) == (85, "at_least")


def test_a_disaster_toll_beside_airstrikes_is_not_ours():
    ev = run("The regime declared a ceasefire after the March 28 earthquake that killed more than 3,700 people "
             "in central Myanmar, but monitors say the military continued airstrikes throughout the truce.",
             "2025-07-12T08:00:00Z")
    assert not [e for e in ev if e.type in ("casualty", "ceasefire_proposal")]


def test_the_crew_toll_after_a_ship_attack_is_at_sea_not_at_the_dateline():
    ev = run("Jerusalem (AFP) – A drone struck near a hotel in Eilat on Monday, lightly wounding two people, "
             "rescuers said.\n\nSeparately, a bulk carrier came under attack in the Red Sea southwest of the "
             "port of Hodeida, a maritime agency said. The vessel was attacked by small craft whose crews fired "
             "rocket-propelled grenades.\n\nThree crew members were killed and two wounded, "
             "according to the EU naval mission.")
    crew = find(ev, "casualty", "-")[0]
    assert (count(crew.killed), count(crew.injured)) == ((3, "exact"), (2, "exact"))
    assert not [e for e in ev if e.location_key == "IL-JM"]


def test_a_possessive_side_does_not_make_a_clause_of_its_own():
    ev = run("India fired missiles at nine sites in Pakistan and Pakistan-administered Kashmir early on Wednesday, "
             "and Pakistan's military said 26 people had been killed and 46 wounded.", "2025-05-07T08:00:00Z")
    toll = find(ev, "casualty", "PK")[0]
    assert (count(toll.killed), count(toll.injured), toll.actor) == ((26, "exact"), (46, "exact"), "IN")


def test_a_strike_a_day_before_the_news_is_news():
    ev = run("The announcement came a day after an RSF drone strike on a funeral gathering in el-Obeid, the "
             "capital of North Kordofan state, killed at least 40 people, according to the United Nations.")
    assert count(find(ev, "casualty", "SD-KN")[0].killed) == (40, "at_least")


def test_a_day_after_talks_elsewhere_is_no_place():
    ev = run("A Russian drone struck a bus in the Sumy region on Saturday, killing nine people, officials said, a "
             "day after peace talks between the two sides ended in Istanbul without a breakthrough.")
    assert {e.location_key for e in ev} == {"UA-59"}


def test_the_rest_downed_over_regions_are_the_drones_just_counted():
    ev = run("Russia's Defense Ministry said its air defense had destroyed 80 Ukrainian drones overnight, including "
             "20 over Ryazan Oblast. The rest were downed over Bryansk, Kursk and Tula oblasts, it said.")
    assert {(e.location_key, e.weapon) for e in ev} == {("RU", "drone"), ("RU-RYA", "drone"), ("RU-BRY", "drone"),
                                                       ("RU-KRS", "drone"), ("RU-TUL", "drone")}


def test_the_day_toll_wins_over_a_running_toll_at_the_same_place():
    ev = run("Iranian missiles killed eight people and wounded more than 200 across Israel overnight, rescuers said. "
             "Iran has fired more than 370 missiles at Israel since Friday, according to the military, and 24 "
             "people have been killed in Israel.")
    assert count(find(ev, "casualty", "IL")[0].killed) == (8, "exact")


def test_a_running_toll_alone_still_counts():
    ev = run("Israeli strikes have killed at least 224 people in Iran since Friday, Iran's health ministry said.")
    assert count(find(ev, "casualty", "IR")[0].killed) == (224, "at_least")


def test_a_toll_in_the_capital_is_at_the_capital_not_the_last_region():
    ev = run("Israeli warplanes struck the army headquarters in central Damascus on Wednesday as clashes raged in the "
             "southern province of Sweida. Syria's health ministry said three people were killed and 34 wounded in "
             "the strikes on the capital.")
    toll = find(ev, "casualty", "SY-DI")[0]
    assert (count(toll.killed), count(toll.injured)) == ((3, "exact"), (34, "exact"))
    assert not [e for e in ev if e.type == "casualty" and e.location_key == "SY-SU"]


def test_another_n_drones_is_not_one_more():
    ev = run("Russia attacked Ukraine with 728 drones overnight, the air force said. Air defence units downed 718 "
             "drones, while another 20 drones hit targets.")
    assert count(find(ev, "attack", "UA")[0].intercepted) == (718, "exact")


@pytest.mark.parametrize("second, keys_", [
    ("The main target of the attack was the city of Lutsk in Volyn Oblast, according to the Air Force.",
     {"UA", "UA-07"}),
    ("Damage was also reported in Lviv, Khmelnytskyi, Zhytomyr, and Kyiv oblasts.",
     {"UA", "UA-46", "UA-68", "UA-18", "UA-32"}),
])
def test_the_main_target_and_damage_reported_name_attacked_regions(second, keys_):
    ev = run("Russia attacked Ukraine with 728 drones and 13 missiles overnight, the Ukrainian Air Force reported."
             "\n\n" + second)
    assert {e.location_key for e in ev} == keys_


def test_damage_with_no_war_in_sight_is_no_attack():
    assert run("Damage was reported at several shops in Lviv after the protest.") == []


def test_a_drone_storage_site_is_the_target_and_it_had_struck_is_the_speaker():
    ev = run("Ukraine's military said on Tuesday it had struck a Russian Shahed drone storage site in the Oryol "
             "region overnight, as well as an ammunition depot in the occupied Luhansk region.")
    assert {(e.location_key, e.actor) for e in ev} == {("RU-ORL", "UA"), ("UA-09", "UA")}


@pytest.mark.parametrize("text, key", [
    ("At least 10 people were killed and 32 injured when a bomb exploded near a passenger train at a railway "
     "station in Quetta on Saturday, police said.", "PK-BA"),
    ("A roadside bomb killed four soldiers in North Waziristan on Sunday, officials said.", "PK-KP"),
])
def test_a_planted_bomb_is_an_attack_with_no_weapon_class(text, key):
    ev = run(text)
    assert find(ev, "casualty", key) and find(ev, "attack", key)[0].weapon == "unspecified"


def test_bombs_dropped_from_the_air_are_an_airstrike():
    assert find(run("Israeli warplanes dropped bombs on Khan Younis, killing six."), "attack", "PS-KYS")[0].weapon \
        == "airstrike"


def test_one_drone_named_after_another_phrase_is_one():
    (attack,) = find(run("Russian troops attacked a minibus with an FPV drone in Kherson."), "attack", "UA-65")
    assert count(attack.launched) == (1, "exact")


def test_an_elliptical_clause_shares_the_verb_before_it():
    ev = run("Air defences destroyed 93 drones overnight, the ministry said. According to the ministry, 34 drones "
             "were destroyed over the Bryansk region, nine over the Moscow region, including five flying towards "
             "Moscow, and the rest over the Oryol, Tula and Ryazan regions.")
    assert {e.location_key for e in ev} == {"RU", "RU-BRY", "RU-MOS", "RU-ORL", "RU-TUL", "RU-RYA"}


def test_launch_origins_listed_with_en_dashes_are_no_targets():
    ev = run("The enemy attacked with 112 Shahed-type drones from the directions of Kursk, Oryol, Millerovo – "
             "Russian Federation, and Chauda – Crimea, the air force said.")
    assert {e.location_key for e in ev} == {"UA"}


def test_n_more_people_with_a_modifier():
    ev = run("Israeli strikes killed 40 people across Gaza on Sunday. In the north of the territory, six more aid "
             "seekers were killed near the Zikim crossing, the ministry said.")
    assert count(find(ev, "casualty", "PS-NGZ")[0].killed) == (6, "exact")


def test_a_part_located_in_a_relative_clause():
    ev = run("Israeli strikes across the Gaza Strip killed at least 40 people on Wednesday, health officials said, "
             "including 12 people who had taken refuge in a school in Gaza City's Zeitoun neighbourhood.")
    assert count(find(ev, "casualty", "PS")[0].killed) == (40, "at_least")
    assert count(find(ev, "casualty", "PS-GZA")[0].killed) == (12, "exact")


@pytest.mark.parametrize("text, key, actor", [
    ("Cambodian troops opened fire on Thai positions near Phu Makua in Sisaket province.", "TH-33", "KH"),
    ("The Thai army accused Cambodian troops of firing on Thai positions in Sisaket province.", "TH-33", "KH"),
])
def test_opening_fire_is_an_attack_by_the_accused(text, key, actor):
    assert find(run(text), "attack", key)[0].actor == actor


def test_a_fire_that_broke_out_is_no_attack():
    assert run("A fire broke out at a warehouse in Kharkiv.") == []


def test_n_more_said_twice_is_one_figure():
    ev = run("Russian attacks on Donetsk Oblast over the past day killed four civilians and injured eight more, the "
             "governor said. Over the past day, the Russians wounded eight more residents of Donetsk Oblast, he "
             "added.")
    assert count(find(ev, "casualty", "UA-14")[0].injured) == (8, "exact")


def test_a_lede_clause_is_not_pinned_to_the_next_clause_of_its_sentence():
    ev = run("BOGOTA, Colombia (AP) — A drone attack on a police helicopter in northern Colombia killed 13 officers, "
             "and a truck bomb exploded near a military aviation school in the city of Cali, killing six civilians "
             "and wounding more than 60, authorities said.\n\nThe helicopter was carrying officers to an operation "
             "in the rural area of Amalfi, in Antioquia province, when it was struck by a drone, the governor said.")
    assert count(find(ev, "casualty", "CO-VAC")[0].killed) == (6, "exact")
    assert count(find(ev, "casualty", "CO-ANT")[0].killed) == (13, "exact")


def test_a_month_as_subject_gives_a_monthly_total():
    ev = run("The UN monitoring mission said June had been the deadliest month for civilians in three years, with "
             "232 killed and 1,343 injured across Ukraine.", "2025-07-31T06:00:00Z")
    assert not [e for e in ev if e.type == "casualty"]


@pytest.mark.parametrize("text, published, keys_", [
    # a Wednesday article: Monday's strike and its toll are two days old
    ("Russian drones targeted Poltava Oblast overnight, the governor said.\n\nMonday's strike destroyed part of "
     "a building in Kremenchuk. Seven people were killed and 21 injured.", "2025-07-02T08:00:00Z",
     {("attack", "UA-53")}),
    # a Saturday article: "on Wednesday" is three days back
    ("On Wednesday, Israeli jets struck the army headquarters in Damascus, killing three people, the health "
     "ministry said.", "2025-07-19T08:00:00Z", set()),
    # a Tuesday article: "on Sunday" reported as its own news item stays
    ("Separately, the U.S. Africa Command said it carried out an airstrike against militants in Somalia's Bari "
     "region on Sunday.", "2025-03-18T08:00:00Z", {("attack", "SO-BR")}),
    # the toll of Monday's strike rising is news
    ("The death toll from Monday's strike on Kremenchuk rose to nine, the governor said.", "2025-07-02T08:00:00Z",
     {("attack", "UA-53"), ("casualty", "UA-53")}),
    # a Tuesday article: a Sunday attack told as what came before other news
    ("The talks came a day after Ukraine's Security Service carried out Operation Spiderweb, a drone attack on "
     "Sunday on Russian bombers at airbases in the Murmansk and Irkutsk regions.", "2025-06-03T11:00:00+03:00",
     set()),
])
def test_two_or_three_days_back_is_background(text, published, keys_):
    assert set(keys(run(text, published))) == keys_


def test_the_idf_speaking_of_its_jets_is_the_attacker():
    ev = run("The IDF said its fighter jets had struck dozens of targets in Tehran overnight.")
    assert find(ev, "attack", "IR-23")[0].actor == "IL"


def test_the_latest_in_near_daily_attacks_is_a_trailing_background_clause():
    ev = run("An Israeli strike on a car near the southern Lebanese city of Tyre killed one person on Sunday, "
             "Lebanon's health ministry said, the latest in near-daily attacks despite a ceasefire with Hezbollah.")
    assert count(find(ev, "casualty", "LB-JA")[0].killed) == (1, "exact")


@pytest.mark.parametrize("text, key, actor", [
    ("Army airstrikes on the RSF-held town of Nyala killed 12 civilians, activists said.", "SD-DS", "SD"),
    ("A military airstrike on a village in Sagaing Region killed 12 civilians, residents said.", "MM-01", "MM"),
    ("Army shelling killed five civilians in El Fasher, a rights group said.", "SD-DN", "SD"),
    ("Army airstrikes on Gaza City killed 12 people, medics said.", "PS-GZA", "IL"),  # never Palestine itself
])
def test_the_army_with_no_demonym_in_a_civil_war_is_the_state(text, key, actor):
    assert find(run(text), "casualty", key)[0].actor == actor


@pytest.mark.parametrize("text", [
    "The Israeli strike on a house in Jabalia claimed the lives of 11 members of one family, the civil defence said.",
    "Israeli strikes on a house in Jabalia claimed 11 lives, the civil defence said.",
])
def test_claimed_the_lives_is_a_toll_not_an_attribution(text):
    toll = find(run(text), "casualty", "PS-NGZ")[0]
    assert (count(toll.killed), toll.actor, toll.claimed_by) == ((11, "exact"), "IL", "the civil defence")


def test_people_hospitalised_are_injured_and_read():
    ev = run("Russian glide bombs hit Kharkiv on Sunday. 27 people were hospitalised, the governor said.")
    assert count(find(ev, "casualty", "UA-63")[0].injured) == (27, "exact")


def test_a_list_whose_next_item_has_its_own_verb_is_two_figures():
    ev = run("Russian glide bombs hit Kharkiv, killing four children, and 27 people were hospitalised, the governor "
             "said.")
    toll = find(ev, "casualty", "UA-63")[0]
    assert (count(toll.killed), count(toll.injured)) == ((4, "exact"), (27, "exact"))


def test_a_place_inside_the_last_hyphenated_token_does_not_crash():
    ev = run("Israeli strikes killed 12 people across Gaza, including five in a strike on a tent in al-Mawasi")
    assert find(ev, "casualty", "PS")


def test_a_person_named_like_a_city_is_no_place():
    ev = run("Al-Shabaab fired mortar shells at Mogadishu on Wednesday, wounding three people. Police spokesman "
             "Abdifatah Aden Hassan said three civilians were wounded.")
    assert {e.country for e in ev} == {"SO"}


def test_a_trailing_as_clause_with_its_own_place_and_verb_is_another_report():
    ev = run("Al-Shabaab militants fired mortar shells at the airport in Mogadishu on Wednesday, wounding three "
             "people, police said, as US forces carried out new air strikes against the Islamic State group in "
             "Puntland.")
    assert count(find(ev, "casualty", "SO-BN")[0].injured) == (3, "exact")


def test_troops_that_clashed_give_an_attack():
    ev = run("In the Lower Shabelle region, Somali army troops clashed with al-Shabaab fighters near Bariire on "
             "Tuesday. The Ministry of Defence said more than 30 militants were killed in the fighting.")
    assert count(find(ev, "casualty", "SO-SH")[0].killed) == (30, "more_than") and find(ev, "attack", "SO-SH")


def test_a_toll_in_those_clashes_after_background_is_background():
    ev = run("A suicide bomber rammed a vehicle into a military camp in Mir Ali, North Waziristan, on Saturday, "
             "killing seven soldiers, officials said. The fighting broke out on October 11, when Taliban forces "
             "attacked Pakistani border posts. Pakistan's military said 23 of its soldiers were killed in those "
             "clashes.", "2025-10-19T08:00:00Z")
    assert count(find(ev, "casualty", "PK-KP")[0].killed) == (7, "exact")


def test_a_recap_opening_on_a_day_two_days_back_is_background():
    ev = run("On Friday evening, Pakistani airstrikes hit the Urgun and Barmal districts of Paktika province, "
             "killing 10 civilians, according to Taliban officials.", "2025-10-19T08:00:00Z")  # a Sunday
    assert ev == []


def test_the_syrian_news_agency_is_no_place_in_yemen():
    ev = run("In Daraa province, an Israeli drone struck a pick-up truck near Busra al-Harir, killing two, a "
             "military source told state news agency SANA.")
    assert {e.location_key for e in ev} == {"SY-DR"}


def test_fighting_raged_places_the_toll_that_follows():
    ev = run("In Daraa province, an Israeli drone struck a truck, killing two, a military source said.\n\nIn Sweida, "
             "fighting between government troops and Druze fighters raged for a fourth day. The monitor said at "
             "least 70 people had been killed on Wednesday alone.", "2025-07-16T08:00:00Z")
    assert count(find(ev, "casualty", "SY-SU")[0].killed) == (70, "at_least")
    assert count(find(ev, "casualty", "SY-DR")[0].killed) == (2, "exact")


def test_a_pluperfect_strike_two_days_back_is_background():
    ev = run("Israel had also struck government tanks in Sweida province on Monday.", "2025-07-16T08:00:00Z")
    assert ev == []


def test_gangs_in_haiti():
    ev = run("Gang members stormed the central Haitian town of Mirebalais, killing at least 15 people, authorities "
             "said.")
    assert count(find(ev, "casualty", "HT-CE")[0].killed) == (15, "at_least")


def test_a_toll_between_earlier_months_is_background():
    ev = run("The UN says more than 1,500 people were killed in Haiti between January and March.",
             "2025-04-01T18:40:00Z")
    assert ev == []


@pytest.mark.parametrize("text", [
    "Nine passengers were shot dead by gunmen in Balochistan on Thursday.",
    "Gunmen shot dead nine passengers in Balochistan on Thursday.",
    "Nine passengers were gunned down in Balochistan on Thursday.",
])
def test_shot_dead_and_gunned_down_are_killed(text):
    assert count(find(run(text, "2025-07-11T08:00:00Z"), "casualty", "PK-BA")[0].killed) == (9, "exact")


def test_n_soldiers_and_civilians_is_one_count():
    ev = run("At least 50 soldiers and civilians were killed on Thursday when jihadists attacked the town of Djibo.")
    assert count(find(ev, "casualty", "BF-12")[0].killed) == (50, "at_least")


def test_a_half_year_total_is_background():
    ev = run("More than 280 security personnel and civilians were killed in militant attacks in the first half of "
             "2025, a Pakistani think tank said.", "2025-07-11T08:00:00Z")
    assert ev == []


def test_fighting_that_continued_places_the_toll_that_follows():
    ev = run("In North Kivu, fighting between M23 rebels and Wazalendo militias continued on Sunday around the "
             "Masisi territory, local sources said. Five civilians were killed when a shell landed on a house.")
    assert count(find(ev, "casualty", "CD-NK")[0].killed) == (5, "exact")


@pytest.mark.parametrize("noun", ["dissidents", "guerrillas", "combatants", "terrorists", "bandits"])
def test_fighters_named_otherwise_are_people(noun):
    ev = run(f"The army bombed a camp in the department of Guaviare. Seven {noun} were killed in the operation, "
             "the defence minister said.")
    assert count(find(ev, "casualty", "CO-GUV")[0].killed) == (7, "exact")


def test_a_possessive_region_before_its_district_is_a_place_of_the_clause():
    ev = run("Five security personnel were martyred and two others injured in two attacks in Khyber Pakhtunkhwa on "
             "Monday, while three passengers were killed in an ambush on a bus in Balochistan's Kalat district, "
             "officials said.")
    assert count(find(ev, "casualty", "PK-KP")[0].killed) == (5, "exact")
    assert count(find(ev, "casualty", "PK-BA")[0].killed) == (3, "exact")


def test_west_of_a_city_with_no_other_place_locates_the_attack():
    ev = run("Three drones were launched at the Khabbaz oil field west of Kirkuk city early on Tuesday, security "
             "officials said.")
    assert count(find(ev, "attack", "IQ-KI")[0].launched) == (3, "exact")


def test_a_live_blog_timestamp_is_no_count():
    ev = run("08:20 BST - Drone strike in Deir al-Balah\n\nThree people were killed when an Israeli drone struck a "
             "group of people in Deir al-Balah, a hospital said.")
    assert find(ev, "attack", "PS-DEB")[0].launched is None


def test_a_ministry_in_a_city_is_its_seat_not_the_place():
    ev = run("An Israeli drone struck a cell of gunmen in the northern West Bank town of Tubas, killing two of "
             "them, the military said. The Palestinian Health Ministry in Ramallah confirmed two deaths.")
    assert {e.location_key for e in ev} == {"PS-TBS"}


def test_a_deadliest_since_clause_does_not_make_the_lede_background():
    ev = run("United States air strikes on the Ras Isa fuel port in Yemen's western Hodeidah province have killed at "
             "least 74 people, according to the Houthi-run health ministry, in the deadliest attack since Washington "
             "began its latest campaign against the group last month.")
    assert count(find(ev, "casualty", "YE-HU")[0].killed) == (74, "at_least")


def test_a_toll_for_southern_lebanon_gives_way_to_the_towns():
    ev = run("Israeli strikes on southern Lebanon have killed four people, the health ministry said. A strike on a "
             "car near Tyre killed one person and wounded three, and three were killed in Bint Jbeil.")
    assert count(find(ev, "casualty", "LB-JA")[0].killed) == (1, "exact")


def test_people_and_a_participle_before_the_harm_verb():
    ev = run("At least 12 drivers and soldiers escorting the convoy were killed, a security official said, after "
             "JNIM fighters ambushed fuel tankers near Kayes.")
    assert count(find(ev, "casualty", "ML-1")[0].killed) == (12, "at_least")


def test_a_strike_in_gaza_or_lebanon_with_no_attacker_named_is_israel_s():
    ev = run("A drone strike on a car on the Tyre-Qasmiyeh road killed two people, the health ministry said.")
    assert find(ev, "casualty", "LB-JA")[0].actor == "IL"


def test_a_national_restatement_of_a_regional_toll_is_that_region_s():
    ev = run("An attack on an army unit in Niger's Tillaberi region killed 34 soldiers on Thursday.\n\nIn Niger, the "
             "defence ministry said that 34 soldiers were killed and 14 wounded when militants attacked a unit near "
             "Banibangou.")
    toll = find(ev, "casualty", "NE-6")[0]
    assert (count(toll.killed), count(toll.injured)) == ((34, "exact"), (14, "exact"))
    assert not [e for e in ev if e.location_key == "NE"]


def test_a_month_in_a_relative_clause_is_the_place_s_history():
    ev = run("In West Kordofan, Sudanese army warplanes bombed RSF positions around En Nahud, which the paramilitary "
             "group seized in May, killing 11 civilians, a rights group said.", "2025-07-15T08:00:00Z")
    assert count(find(ev, "casualty", "SD-GK")[0].killed) == (11, "exact")
    assert run("Al-Sharaa, whose forces toppled Assad in December, pledged to protect minorities, but clashes on "
               "the coast in March killed more than 1,500 people.", "2025-07-15T08:00:00Z") == []


def test_what_a_strike_retaliated_for_is_background():
    ev = run("Israeli jets struck the port of Hodeidah in retaliation for a Houthi missile attack on Ben Gurion "
             "airport, the military said.")
    assert {e.location_key for e in ev} == {"YE-HU"}


def test_a_two_word_capital_that_speaks_is_no_place():
    ev = run("New Delhi said it had struck nine sites in Pakistan it described as terrorist infrastructure.")
    assert "IN-DL" not in {e.location_key for e in ev}


def test_a_manned_aircraft_shot_down_is_no_attack():
    assert run("Ukrainian forces shot down a Russian Su-34 fighter-bomber over the Donetsk region, the Ukrainian Air "
               "Force said.") == []
    assert find(run("Russian jets fired missiles at Kharkiv; one was shot down."), "attack", "UA-63")


def test_a_valley_after_a_city_only_locates_it():
    ev = run("The Israeli military said its aircraft struck a site near Baalbek in the eastern Bekaa Valley that "
             "it said was used by Hezbollah to store weapons.")
    assert {e.location_key for e in ev} == {"LB-BH"}


def test_a_drill_s_scenario_is_no_attack():
    assert run("KHARKIV – Rescuers held an exercise on Thursday.\n\nAccording to the scenario, a ballistic missile "
               "hit a school in the Shevchenkivskyi district, killing five people and injuring 30.") == []


def test_a_district_of_the_dateline_city():
    ev = run("KHARKIV – A Russian drone hit a house in the Shevchenkivskyi district on Thursday, injuring two "
             "people, the mayor said.")
    assert {e.location_key for e in ev} == {"UA-63"}


def test_a_figure_with_its_own_harm_after_a_subcount():
    ev = run("RSF shelling hit El Fasher on Monday, doctors said. Later in the day the Sudan Doctors Network said the "
             "toll had risen to 31, including eight children, with 40 wounded taken to the city's Saudi Hospital.")
    toll = find(ev, "casualty", "SD-DN")[0]
    assert (count(toll.killed), count(toll.injured)) == ((31, "exact"), (40, "exact"))
    assert toll.claimed_by == "the Sudan Doctors Network"


@pytest.mark.parametrize("text", [
    "Air defences destroyed 95 drones between 11 pm Moscow time on Saturday and 7 am on Sunday, the ministry said.",
    "Zelensky cut short a visit to South Africa after the attack, saying Russia's strikes showed that pressure on "
    "Moscow was insufficient.",
])
def test_clock_times_pressure_and_visits_name_no_place_hit(text):
    assert not {e.location_key for e in run(text)} & {"RU-MOW", "ZA"}


def test_a_dateline_after_a_highlights_block_is_a_dateline():
    ev = run("Highlights\n• 27 injured in Zaporizhzhia after guided bomb strikes\n• Two killed in Kherson region\n\n"
             "Dubai: Russian forces pounded southern and eastern Ukraine with guided bombs and drones over the past "
             "24 hours, regional officials said on Thursday.")
    assert "AE-DU" not in {e.location_key for e in ev}


def test_punjab_is_the_punjab_of_the_country_the_story_is_about():
    ev = run("ISLAMABAD: At least 26 civilians were killed when India struck six locations in Punjab and Azad Jammu "
             "and Kashmir with missiles late on Tuesday, the military said.", "2025-05-07T08:00:00Z")
    assert {e.location_key for e in ev} >= {"PK-PB", "PK-JK"}
    assert count(find(ev, "casualty", "PK")[0].killed) == (26, "at_least")


def test_drones_counted_against_settlements_are_a_launch_count():
    ev = run("Over the past day, the Ukrainian armed forces attacked 28 settlements in the Belgorod region with 96 "
             "drones, 43 of which were shot down, the governor said.")
    attack = find(ev, "attack", "RU-BEL")[0]
    assert (count(attack.launched), count(attack.intercepted)) == ((96, "exact"), (43, "exact"))


def test_beni_territory_is_in_north_kivu():
    ev = run("In North Kivu, the toll of the attack by ADF rebels on the village of Mukondi, in the Bashu chiefdom of "
             "Beni territory, has risen to 12 dead, the chief said.")
    assert {e.location_key for e in ev} == {"CD-NK"}


def test_a_trend_report_names_no_attacked_place():
    assert run("The mission said the increase was driven by the intensification of Russian missile and drone "
               "attacks, particularly in the Donetsk, Dnipropetrovsk, Kharkiv and Kherson regions.") == []


def test_a_truce_for_an_anniversary_is_no_look_back():
    ev = run("Putin on Monday declared a 72-hour ceasefire to mark the 80th anniversary of the Soviet victory in "
             "World War II.\n\nIn the southern Kherson region, Russian artillery shelling killed two people and "
             "injured four, regional governor Oleksandr Prokudin said.", "2025-04-28T19:05:00Z")
    assert count(find(ev, "casualty", "UA-65")[0].killed) == (2, "exact")


def test_a_capital_s_districts_are_the_capital():
    ev = run("Mortar shells fired by al-Shabaab militants landed in residential areas of Mogadishu's Hodan and "
             "Wadajir districts on Wednesday night, injuring four civilians, police said.")
    assert count(find(ev, "casualty", "SO-BN")[0].injured) == (4, "exact")
    assert "RU-MOW" not in {e.location_key for e in run(
        "Drones hit Russia's western regions overnight, as Moscow's Defense Ministry reported downing 49 drones.")}


@pytest.mark.parametrize("text, key", [
    ("A rocket launched from the northern Gaza Strip toward Sderot was intercepted by the Iron Dome system, the "
     "IDF said.", "IL-D"),
    ("Air defences shot down 12 drones flying towards Kharkiv.", "UA-63"),
])
def test_a_weapon_downed_on_its_way_to_a_city_is_over_the_city_s_region(text, key):
    assert find(run(text), "attack", key)[0].intercepted is not None


def test_a_place_then_with_n_weapons_is_where_they_were_fired():
    ev = run("Yemen's Houthis said they had targeted Israel's Eilat port with two drones and a cruise missile.")
    assert sorted((e.weapon, count(e.launched)) for e in find(ev, "attack", "IL-D")) == [
        ("drone", (2, "exact")), ("missile", (1, "exact"))]
    listed = run("Russia struck Kharkiv, Sumy and Odesa with 40 drones overnight.")
    assert count(find(listed, "attack", "UA")[0].launched) == (40, "exact")


@pytest.mark.parametrize("text", [
    "Funerals were held on Wednesday in Kharkiv for the six people killed in Sunday's Russian missile strike on the "
    "city centre.",
    "Air raid alerts were declared across Ukraine for three hours overnight as Russian bombers took off from the "
    "Olenya airfield, but no missiles were launched.",
    "Two soldiers were killed when their vehicle overturned during a training exercise in the Negev, the military "
    "said.",
])
def test_old_tolls_launches_that_did_not_happen_and_accidents(text):
    assert run(text, "2025-07-16T10:00:00Z") == []  # a Wednesday


def test_a_figure_for_killed_and_wounded_together_is_neither_toll():
    ev = run("Russian attacks on Donetsk Oblast killed four civilians, Governor Vadym Filashkin said on Thursday. "
             "Ukraine's General Staff said Russia had lost about 950 troops killed and wounded over the past day.")
    assert count(find(ev, "casualty", "UA-14")[0].killed) == (4, "exact")


def test_none_of_the_n_weapons_intercepted_is_a_count_of_zero():
    ev = run("Russia attacked Ukraine overnight with 93 drones and four Iskander-M ballistic missiles, the air force "
             "said. None of the four ballistic missiles was intercepted.")
    missile = [e for e in find(ev, "attack", "UA") if e.weapon == "missile"][0]
    assert (count(missile.launched), count(missile.intercepted)) == ((4, "exact"), (0, "exact"))


def test_what_happened_n_days_before_the_news_is_background():
    ev = run("Russian strikes hit 11 communities in Sumy Oblast, the regional administration said. The attacks come "
             "two days after Ukraine's Security Service carried out a drone operation that it says hit 41 aircraft at "
             "four air bases deep inside Russia.")
    assert keys(ev) == [("attack", "UA-59")]


@pytest.mark.parametrize("text, injured", [
    ("Tula region Governor Dmitry Milyaev said two employees of an industrial enterprise in the Tula region were "
     "injured in a drone attack.", 2),
    ("Two workers at a plant in the Tula region were injured in a drone attack, the governor said.", 2),
    ("A drone struck a residential building in the Tula region, injuring his mother and three other people, the "
     "governor said.", 4),
])
def test_people_named_with_where_they_work_or_as_others_are_counted(text, injured):
    assert count(find(run(text), "casualty", "RU-TUL")[0].injured) == (injured, "exact")


def test_outage_beside_power_supplies_is_no_arms_delivery():
    ev = run("Russia fired 465 drones at Ukraine overnight, Ukrainian officials said. About 380,000 households in "
             "Kyiv were left without electricity, according to the energy ministry, which said crews were working "
             "to restore supplies.")
    assert count(find(ev, "attack", "UA-30")[0].outage_people) == (380000, "about")


def test_one_of_the_drones_is_a_reference_not_a_launch():
    ev = run("Russian air defences destroyed 105 Ukrainian drones overnight, the defence ministry said. Debris from "
             "one of the drones fell on a highway in the Tula region, the governor said.")
    assert all(e.launched is None for e in ev if e.type == "attack")


def test_strikes_in_crimea_and_sevastopol_are_ukraine_s_by_default():
    ev = run("In Sevastopol, governor Mikhail Razvozhayev said air defence units had shot down five drones. A man "
             "was injured by falling debris, he said.")
    assert {e.actor for e in ev} == {"UA"}


def test_a_past_year_as_subject_is_background():
    ev = run("Two policemen were killed when militants attacked a police post in Bannu district, police said. According "
             "to an institute, 2024 was the deadliest year for security forces in nearly a decade, with more than 680 "
             "personnel killed.", "2025-03-16T10:00:00Z")
    assert count(find(ev, "casualty", "PK-KP")[0].killed) == (2, "exact")


def test_a_region_whose_name_holds_a_direction_is_named_sharply():
    # "North Darfur" is a name, not a direction like "northern Darfur": its toll stands beside a town's.
    ev = run("At least 16 civilians were killed on Monday in North Darfur as the RSF shelled villages, local activists "
             "said. In El Fasher, a drone strike killed two people, a medical source said.")
    assert count(find(ev, "casualty", "SD-DN")[0].killed) == (16, "at_least")


def test_tolls_in_two_districts_of_one_province_add_up():
    ev = run("Thirteen soldiers were killed on Saturday when a suicide bomber rammed a vehicle into a convoy in North "
             "Waziristan, officials said. Elsewhere in Khyber Pakhtunkhwa, two children were killed when a mortar "
             "shell landed on their house in Bajaur district, police said.", "2025-06-29T10:00:00Z")
    assert count(find(ev, "casualty", "PK-KP")[0].killed) == (15, "exact")


@pytest.mark.parametrize("text, key, killed", [
    ("Jihadist fighters attacked a military camp in Timbuktu on Monday. The army said the attack had been repelled "
     "and that 14 assailants had been \"neutralised\".", "ML-6", 14),
    ("The army said it had eliminated 16 terrorists in an operation in the Mopti region on Monday.", "ML-5", 16),
])
def test_fighters_neutralised_or_eliminated_are_killed(text, key, killed):
    assert count(find(run(text), "casualty", key)[0].killed) == (killed, "exact")


def test_a_camp_overrun_is_an_attack():
    ev = run("On Sunday, fighters from JNIM overran the army camp at Boulkessi, in the Mopti region.",
             "2025-06-02T15:00:00Z")
    assert find(ev, "attack", "ML-5")


def test_the_figure_first_reported_gives_way_to_the_later_one():
    ev = run("The helicopter was hit by an explosive-laden drone and crashed in Antioquia department, the governor said "
             "on Thursday. He initially reported eight deaths; by the evening the defence ministry said 13 officers "
             "had died and four had been injured.", "2025-08-22T10:00:00Z")
    casualty = find(ev, "casualty", "CO-ANT")[0]
    assert (count(casualty.killed), count(casualty.injured), casualty.claimed_by) == (
        (13, "exact"), (4, "exact"), "the governor")


def test_a_bomb_that_blew_up_is_an_attack_and_an_outlet_named_after_a_town_is_no_place():
    ev = run("A truck loaded with explosives blew up near the military aviation school in Cali on Thursday. The "
             "mayor said six civilians were killed and more than 60 people injured, a police officer told Garowe "
             "Online.", "2025-08-22T10:00:00Z")
    assert keys(ev) == [("attack", "CO-VAC"), ("casualty", "CO-VAC")]
    assert count(find(ev, "casualty", "CO-VAC")[0].injured) == (60, "more_than")


def test_a_headline_with_the_day_s_strike_is_no_look_back_though_it_names_an_anniversary():
    text = ("European leaders arrived in Kyiv on Monday to mark three years of full-scale war.\n\n"
            "In Dnipropetrovsk Oblast, a ballistic missile struck the city of Kryvyi Rih in the morning, the head of "
            "the city military administration said. Four people were injured.")
    article = Article(id="t", text=text, published_at="2025-02-24T19:55:00+02:00",
                      title="Ukraine war latest: Russia strikes Kryvyi Rih as leaders mark the war's third anniversary")
    assert count(find(extract(article), "casualty", "UA-12")[0].injured) == (4, "exact")


def test_the_leaders_of_a_country_are_no_place():
    ev = run("Kyiv has stepped up drone attacks on Russian regions ahead of Victory Day celebrations, which will be "
             "attended by the leaders of China, Brazil and more than 20 other countries.")
    assert not [e for e in ev if e.country in ("CN", "BR")]


def test_wounded_soldiers_handed_over_in_a_swap_are_no_toll():
    ev = run("Russia and Ukraine would exchange 175 prisoners of war each on Wednesday, the Kremlin said, and Russia "
             "would hand over 23 badly wounded Ukrainian soldiers.")
    assert not [e for e in ev if e.type == "casualty"]


def test_a_toll_after_where_belongs_to_the_region_before_it():
    ev = run("Cambodia's defence ministry said Thai air strikes on Friday hit positions near the Preah Vihear temple "
             "and in Oddar Meanchey province, where a 70-year-old man was killed and five other civilians were "
             "wounded.", "2025-07-25T10:00:00Z")
    casualty = find(ev, "casualty", "KH-22")[0]
    assert (count(casualty.killed), count(casualty.injured)) == ((1, "exact"), (5, "exact"))


def test_shells_that_fell_are_an_attack():
    ev = run("Artillery shells fell on farmland in Ubon Ratchathani province, the Thai army said, and no casualties "
             "were reported there.", "2025-07-25T10:00:00Z")
    assert find(ev, "attack", "TH-34")[0].weapon == "artillery"


def test_tolls_during_the_conflict_and_strikes_at_the_weekend_are_background_in_a_tuesday_article():
    ev = run("Iran's health ministry says at least 610 people were killed in Iran during the conflict. The US joined "
             "the campaign at the weekend, striking three nuclear sites at Fordow, Natanz and Isfahan.",
             "2025-06-24T18:00:00Z")
    assert ev == []


def test_an_attack_dated_by_a_truce_is_no_truce_talk():
    ev = run("In the hours before the truce began, Iran launched several waves of missiles at Israel. The Israeli "
             "military said about 20 missiles were fired in six barrages.", "2025-06-24T18:00:00Z")
    attack = find(ev, "attack", "IL")[0]
    assert (attack.actor, count(attack.launched)) == ("IR", (20, "about"))


def test_a_tally_in_thousands_in_the_present_perfect_is_background():
    ev = run("Gaza's Civil Defense agency said Israeli airstrikes had killed at least 20 people across the Strip. "
             "Israel says it has killed around 17,000 combatants.")
    assert keys(ev) == [("attack", "PS"), ("casualty", "PS")]


def test_who_has_held_a_place_since_when_is_no_background():
    ev = run("Further U.S. strikes overnight targeted sites in the capital, Sanaa, held by the Houthis since 2014, and "
             "the rebels' northern stronghold of Saada, according to Al-Masirah.")
    assert {"YE-SA", "YE-SD"} <= {k for _, k in keys(ev)}


def test_fighting_that_broke_out_is_an_attack_but_fighting_that_has_intensified_is_a_trend():
    assert find(run("Fighting broke out on Sunday between M23 rebels and Wazalendo militias in South Kivu province, "
                    "residents said.", "2025-07-28T08:00:00Z"), "attack", "CD-SK")
    assert run("Fighting has intensified in the neighbouring North Kordofan region.") == []


def test_a_capital_that_keeps_up_a_bombardment_is_the_government_and_prices_that_hit_records_are_no_strike():
    ev = run("Russian attacks across Ukraine have killed at least nine people over the past day, regional officials "
             "said, as Moscow kept up its bombardment of cities near the front line. Exchange prices for fuel have "
             "hit record highs in several regions, including Crimea.")
    assert keys(ev) == [("attack", "UA"), ("casualty", "UA")]


def test_drones_brought_down_over_regions_name_them():
    ev = run("Russia's Defense Ministry said its air defenses had destroyed 361 Ukrainian drones overnight. Most of them "
             "were brought down over the Bryansk, Kursk and Belgorod regions, the ministry said.")
    assert {"RU-BRY", "RU-KRS", "RU-BEL"} <= {k for _, k in keys(ev)}


def test_more_from_a_city_heads_a_live_page_entry_about_it():
    ev = run("More from Zaporizhzhia: Fedorov said the Russian strike hit an industrial facility at about 8am local "
             "time. \"Five people were killed,\" he wrote on Telegram.")
    assert count(find(ev, "casualty", "UA-23")[0].killed) == (5, "exact")


def test_a_bare_toll_after_a_lede_that_names_the_war_is_ours():
    ev = run("The paramilitary Rapid Support Forces say they have taken full control of El Fasher after an 18-month "
             "siege.\n\nThe World Health Organization said on Wednesday that more than 460 patients and their "
             "companions were killed at the Saudi Maternity Hospital in El Fasher on Tuesday.", "2025-10-29T17:00:00Z")
    assert count(find(ev, "casualty", "SD-DN")[0].killed) == (460, "more_than")


def test_a_live_page_label_before_the_claimant_leaves_the_claimant_a_claimant():
    ev = run("The barrages: The Israel Defense Forces said Iran launched about 40 missiles in two waves overnight.")
    assert [(e.actor, e.claimed_by) for e in ev] == [("IR", "The Israel Defense Forces")]


@pytest.mark.parametrize("text", [
    "Jihadist violence in the central Sahel is on course for its deadliest year, with more than 8,000 people killed "
    "in Burkina Faso, Mali and Niger in the first nine months of 2025, according to data compiled by ACLED.",
    "The months of April and May were the deadliest, with more than 450 people killed, as ISWAP intensified attacks "
    "on military bases in Borno State.",
])
def test_tolls_over_months_are_background(text):
    assert run(text, "2025-10-02T08:00:00Z") == []


def test_launches_under_a_headline_about_an_exercise_are_drills():
    article = Article(id="t", published_at="2025-10-22T20:30:00+03:00",
                      title="Putin oversees strategic nuclear forces exercise with Yars and Sineva launches",
                      text="The nuclear-powered strategic submarine Bryansk launched a Sineva ballistic missile from "
                           "the Barents Sea, the Kremlin said.")
    assert extract(article) == []


def test_a_border_name_takes_the_country_of_the_region_beside_it():
    ev = run("India launched missile strikes on six locations in Punjab and Azad Jammu and Kashmir in the early hours "
             "of Wednesday, killing 26 civilians and injuring 46 others, the military's media wing said.",
             "2025-05-07T10:00:00Z")
    assert count(find(ev, "casualty", "PK")[0].killed) == (26, "exact")
    assert not [e for e in ev if e.country == "IN"]


def test_a_toll_since_an_operation_began_this_afternoon_is_the_day_s():
    ev = run("The Palestinian Authority Health Ministry says nine Palestinians have been killed and 35 wounded since "
             "the IDF began its operation in Jenin this afternoon. Earlier, the ministry had reported six dead.",
             "2025-01-21T21:45:00+02:00")
    casualty = find(ev, "casualty", "PS-JEN")[0]
    assert (count(casualty.killed), count(casualty.injured)) == ((9, "exact"), (35, "exact"))


def test_settlers_who_rampaged_through_villages_attacked_them():
    ev = run("Dozens of masked Israeli settlers rampaged through the Palestinian villages of al-Funduq and Jinsafut "
             "near Qalqilya last night, torching homes, according to the Palestinian Red Crescent, which says at least "
             "12 Palestinians were injured.", "2025-01-21T21:00:00+02:00")
    assert count(find(ev, "casualty", "PS-QQA")[0].injured) == (12, "at_least")


def test_the_army_named_before_an_armed_group_in_a_relative_clause_is_the_attacker():
    ev = run("In South Darfur, army drones struck Nyala airport, which the RSF uses to receive supplies, on Saturday "
             "evening, a source said.", "2025-05-04T10:00:00Z")
    assert find(ev, "attack", "SD-DS")[0].actor == "SD"


@pytest.mark.parametrize("text, key", [
    ("Military sources also said army drones struck RSF positions near the airport in Nyala on Wednesday night.",
     "SD-DS"),
    ("In West Kordofan, the RSF said a drone strike by the army on a market in El Nahud on Friday killed 12 "
     "civilians.", "SD-GK"),
])
def test_the_army_said_to_strike_or_struck_by_is_the_country_s(text, key):
    assert {e.actor for e in find(run(text, "2025-05-09T10:00:00Z"), "attack", key)} == {"SD"}


@pytest.mark.parametrize("text, key", [
    ("Ukraine's security service, the S.B.U., said its naval drones had struck an oil terminal at the Russian Black "
     "Sea port of Novorossiysk overnight.", "RU-KDA"),
    ("The ministry also claimed to have shot down six British Storm Shadow cruise missiles over Bryansk Oblast, "
     "the Russian defence ministry said.", "RU-BRY"),
])
def test_initials_ending_in_u_and_supplied_weapons_name_no_attacker(text, key):
    assert {e.actor for e in find(run(text), "attack", key)} == {"UA"}


@pytest.mark.parametrize("text, key", [
    ("Units of the Unmanned Systems Forces struck the Syzran oil refinery in the Samara region of the Russian "
     "Federation overnight.", "RU-SAM"),
    ("Ukrainian drones struck the Ryazan refinery overnight, which supplies fuel to the Russian army, the governor "
     "said.", "RU-RYA"),
])
def test_the_state_as_a_place_or_as_a_recipient_is_no_attacker(text, key):
    assert {e.actor for e in find(run(text), "attack", key)} == {"UA"}


def test_artillery_fire_on_positions_is_an_attack_and_there_is_its_place():
    ev = run("The Thai army said it had responded with artillery fire on Cambodian military positions in Oddar "
             "Meanchey province. Cambodia's defence ministry said Thai shells hit several villages there, wounding "
             "five civilians.", "2025-07-27T10:00:00Z")
    assert find(ev, "attack", "KH-22")[0].weapon == "artillery"
    assert count(find(ev, "casualty", "KH-22")[0].injured) == (5, "exact")


def test_an_outage_sentence_joins_the_attack_at_its_place_and_a_population_is_no_outage():
    ev = run("Drones attacked Yelets in the Lipetsk region overnight, the governor said. About 2,000 residents in two "
             "micro-districts of Yelets were left without electricity after a power line was damaged. Yelets, a city "
             "of about 100,000 people, has had repeated blackouts this month.")
    attacks = find(ev, "attack", "RU-LIP")
    assert [(e.weapon, count(e.outage_people)) for e in attacks] == [("drone", (2000, "about"))]


def test_a_breakdown_after_a_total_is_not_added_to_it():
    ev = run("According to the Air Force, Russia attacked Ukraine with 653 attack UAVs, as well as 51 missiles: 32 Kh-101 cruise "
             "missiles launched from strategic aviation and 19 Iskander-M ballistic missiles. Air defense forces "
             "neutralized 585 of the 653 drones and 30 of the 51 missiles, 29 Kh-101 and one Iskander-M.")
    missile = [e for e in find(ev, "attack", "UA") if e.weapon == "missile"][0]
    assert (count(missile.launched), count(missile.intercepted)) == ((51, "exact"), (30, "exact"))
    regions = run("Russian air defences destroyed 105 Ukrainian drones overnight: 35 over the Bryansk region and 70 "
                  "over the Kursk region, the defence ministry said.")
    assert count(find(regions, "attack", "RU-BRY")[0].intercepted) == (35, "exact")


def test_last_saturday_is_background():
    ev = run("Last Saturday, a Russian drone hit a bus evacuating civilians from Bilopillia in the Sumy region, "
             "killing nine people.", "2025-05-22T20:00:00+03:00")
    assert ev == []


def test_kiev_city_in_a_claimant_is_the_city_region():
    ev = run("The head of the Kiev city military administration, Timur Tkachenko, said on Thursday that the number of "
             "people killed in the city had risen to 18.", "2025-08-28T10:00:00Z")
    assert count(find(ev, "casualty", "UA-30")[0].killed) == (18, "exact")


def test_a_suicide_bomber_who_rammed_a_vehicle_attacked():
    ev = run("On Saturday, a suicide bomber rammed an explosives-laden vehicle into the boundary wall of a military camp "
             "in Mir Ali, North Waziristan, the ISPR said. Seven soldiers were martyred and 13 were wounded, it said.",
             "2025-10-19T10:00:00+05:00")
    casualty = find(ev, "casualty", "PK-KP")[0]
    assert (count(casualty.killed), count(casualty.injured)) == ((7, "exact"), (13, "exact"))


def test_a_mother_and_her_three_month_old_son_are_two():
    ev = run("In Kyiv, a young woman and her three-month-old son were killed when a drone struck a residential "
             "building in the Sviatoshynskyi district, reports said.")
    assert count(find(ev, "casualty", "UA-30")[0].killed) == (2, "exact")


def test_a_toll_across_the_country_is_the_country_s_though_the_sentence_names_a_city():
    ev = run("Russia launched its biggest aerial attack on Ukraine overnight, setting a government building in "
             "central Kyiv on fire and killing at least four people across the country, according to officials.")
    assert count(find(ev, "casualty", "UA")[0].killed) == (4, "at_least")


def test_a_toll_since_the_start_of_the_operation_yesterday_and_a_palestinian_shot_dead_are_counted():
    ev = run("The death toll from an Israeli army operation in the West Bank city of Jenin has risen to 12, the "
             "Palestinian Health Ministry said on Wednesday. The ministry said 40 other people had been injured since "
             "the start of the military offensive on Tuesday. In a separate incident, Israeli forces shot dead a "
             "17-year-old Palestinian during a raid in the town of Azzun, east of Qalqilya, on Wednesday morning.",
             "2025-01-22T12:00:00+02:00")
    jenin = find(ev, "casualty", "PS-JEN")[0]
    assert (count(jenin.killed), count(jenin.injured)) == ((12, "exact"), (40, "exact"))
    assert count(find(ev, "casualty", "PS-QQA")[0].killed) == (1, "exact")


def test_where_a_claimant_is_based_is_no_place_hit():
    ev = run("The Britain-based Observatory said at least 41 people were killed in clashes in Sweida province on "
             "Wednesday alone.",
             "2025-07-16T10:00:00Z")
    assert keys(ev) == [("attack", "SY-SU"), ("casualty", "SY-SU")]


@pytest.mark.parametrize("text", [
    "Ukraine's army general staff said Russia had lost 1,020 soldiers over the past day, along with 14 artillery "
    "systems and 53 drones, figures AFP could not verify.",
    "Kyiv has increasingly relied on domestically produced long-range drones to hit Russian air bases used to "
    "launch glide bombs on Ukrainian cities.",
])
def test_loss_tallies_and_trends_are_no_attack(text):
    assert run(text) == []


def test_a_civil_war_s_toll_is_background():
    ev = run("A local official said 11 soldiers were killed in the fighting in Nasir, which lasted several hours. About "
             "400,000 people were killed in the civil war between forces loyal to President Salva Kiir and those "
             "loyal to Machar.")
    assert all(count(e.killed) != (400000, "about") for e in ev if e.type == "casualty")


def test_drones_downed_on_their_way_to_a_city_region_belong_to_the_region_around_it():
    # Convention 31: the capital was not reached; the drones came down over the region around it.
    for text, key in (("Air defences shot down six drones flying towards Moscow, Mayor Sergei Sobyanin said.", "RU-MOS"),
                      ("Moscow Mayor Sergei Sobyanin said air defence units had shot down six drones heading for "
                       "the capital.", "RU-MOS"),
                      ("Kyiv Mayor Vitali Klitschko said air defences had shot down four drones approaching the "
                       "capital.", "UA-32")):
        ev = run(text)
        assert keys(ev) == [("attack", key)], text
        assert ev[0].intercepted.value in (4, 6)


def test_a_breakdown_with_drones_flying_towards_moscow_keeps_its_total_at_the_country():
    ev = run("Air defence forces destroyed 112 Ukrainian drones overnight: 41 over the Bryansk region, nine over "
             "the Moscow region, including three flying toward Moscow, and six over the Tula region, the Russian "
             "Defence Ministry said.")
    assert count(find(ev, "attack", "RU")[0].intercepted) == (112, "exact")
    assert count(find(ev, "attack", "RU-MOS")[0].intercepted) == (9, "exact")


def test_weapons_that_hit_their_targets_are_neither_launched_nor_downed():
    ev = run("Russia launched 50 drones and five missiles at Ukraine overnight. Air defences shot down 40 drones, "
             "while 10 missiles and drones hit targets in four locations, the air force said.")
    attacks = find(ev, "attack", "UA")
    assert sorted((e.weapon, count(e.launched)) for e in attacks) == [("drone", (50, "exact")),
                                                                      ("missile", (5, "exact"))]
    # A place hit still takes the count of what hit it.
    assert count(find(run("Nine drones hit Kharkiv overnight, the mayor said."), "attack", "UA-63")[0].launched) == \
        (9, "exact")


def test_one_strike_is_no_strike_drone():
    ev = run("One strike hit a tent in Khan Younis, killing a father and his two children, medics said.")
    (attack,) = find(ev, "attack", "PS-KYS")
    assert (attack.weapon, attack.launched) == ("unspecified", None)
    (drones,) = find(run("Russia launched 40 strike drones and 20 attack UAVs at Ukraine."), "attack", "UA")
    assert (drones.weapon, count(drones.launched)) == ("drone", (60, "exact"))


@pytest.mark.parametrize("text, struck", [
    ("A strike on a tent in Khan Younis killed four people, according to Nasser Hospital.", False),
    ("A strike on a home in Gaza City killed seven people, the Shifa hospital said.", False),
    ("Three people wounded in a strike on a house in Gaza City were taken to al-Ahli hospital.", False),
    ("A drone strike on a house in Gaza City killed two people, medical sources said.", False),
    ("An Israeli strike hit the al-Ahli hospital in Gaza City, killing two people.", True),
    ("RSF drones struck a maternity clinic in El Fasher, killing five people.", True),
])
def test_a_hospital_is_a_target_only_when_it_is_hit(text, struck):
    (attack,) = [e for e in run(text) if e.type == "attack"]
    assert ("healthcare" in attack.targets) is struck


@pytest.mark.parametrize("text, key", [
    ("The Houthis fired a ballistic missile at Israel, which the military said it intercepted.", "IL"),
    ("Hezbollah fired a drone at northern Israel that the army said it had shot down.", "IL-Z"),
])
def test_one_weapon_that_the_speaker_says_it_intercepted(text, key):
    (attack,) = find(run(text), "attack", key)
    assert (count(attack.launched), count(attack.intercepted)) == ((1, "exact"), (1, "exact"))


def test_a_list_item_mark_is_no_part_of_the_claimant():
    ev = run("Key events:\n- Ukraine’s air force said Russia launched 215 drones overnight, of which 87 were shot down.\n"
             "• Russia’s Ministry of Defence said its forces shot down 61 Ukrainian drones.")
    assert find(ev, "attack", "UA")[0].claimed_by == "Ukraine’s air force"
    assert find(ev, "attack", "RU")[0].claimed_by == "Russia’s Ministry of Defence"


def test_the_army_that_says_it_struck_is_its_country():
    (attack,) = run("Separately, the army said its air force struck RSF positions in Nyala, the capital of South "
                    "Darfur state, destroying weapons depots.")
    assert (attack.location_key, attack.actor) == ("SD-DS", "SD")


def test_means_of_air_attack_is_one_count_over_the_classes_and_both_counts_two():
    ev = run("Russian forces attacked with 117 means of air attack: three Iskander-M ballistic missiles, two Kh-59/69 "
             "guided air missiles and 112 Shahed-type drones, the air force said. Air defence shot down 78 drones and "
             "both Kh-59/69 missiles.")
    by_weapon = {e.weapon: (count(e.launched), count(e.intercepted)) for e in find(ev, "attack", "UA")}
    assert by_weapon == {"missile": ((5, "exact"), (2, "exact")), "drone": ((112, "exact"), (78, "exact"))}


def test_missiles_fired_from_bombers_over_a_region_come_from_it():
    ev = run("Russia launched 440 drones and 32 missiles overnight, including 23 Kh-101 cruise missiles fired from "
             "Tu-95MS strategic bombers over Russia's Saratov Oblast, the air force said. Air defence downed 413 "
             "drones and 30 missiles.")
    assert {e.location_key for e in ev} == {"UA"}
    assert sorted(count(e.intercepted) for e in ev) == [(30, "exact"), (413, "exact")]


def test_a_toll_update_after_a_nationwide_total_raises_the_city_toll():
    ev = run("Russia attacked Kyiv overnight, killing at least nine people and injuring 63, the mayor said.\n\n"
             "According to the air force, Russia launched 440 drones and 32 missiles across Ukraine.\n\n"
             "Update, 3:05 p.m.: The death toll has risen to 14, including a 12-year-old boy, and 90 people have "
             "been injured, the State Emergency Service said.")
    (kyiv,) = find(ev, "casualty", "UA-30")
    assert (count(kyiv.killed), count(kyiv.injured)) == ((14, "exact"), (90, "exact"))
    assert not [e for e in ev if e.type == "casualty" and e.location_key == "UA"]


def test_a_national_toll_update_stays_national():
    ev = run("Israeli strikes killed at least 24 Palestinians across the Gaza Strip on Tuesday, including 11 near "
             "an aid site in Rafah, the civil defence agency said.\n\nBy evening, the death toll across the territory "
             "had climbed to at least 31, the agency said.")
    assert count(find(ev, "casualty", "PS")[0].killed) == (31, "at_least")
    assert count(find(ev, "casualty", "PS-RFH")[0].killed) == (11, "exact")


def test_sirens_over_several_places_put_the_attack_on_the_country():
    ev = run("Earlier Wednesday, the military said it intercepted a ballistic missile launched from Yemen, after "
             "sirens sounded in Jerusalem, the West Bank and parts of central Israel.")
    assert keys(ev) == [("attack", "IL")]
    # One place where sirens sounded is where the rocket was headed (the dev gold's reading).
    assert keys(run("Later on Friday, sirens sounded in Sderot after a rocket was fired from the northern Strip.")) == \
        [("attack", "IL-D")]


def test_an_attack_dated_in_an_earlier_year_is_background_on_its_anniversary():
    text = ("The Federal High Court in Abuja on Thursday adjourned the trial of five men accused of involvement in "
            "the June 5, 2022 attack on St Francis Xavier Catholic Church, Owo, Ondo State, in which 41 worshippers "
            "were killed.")
    assert run(text, "2025-06-05T19:45:00+01:00") == []
    assert run("Prosecutors said the May 2024 strike on the market killed 12 people.") == []


def test_a_dateline_city_is_no_place_for_a_toll_spread_over_border_areas():
    ev = run("PHNOM PENH - Three Cambodian civilians were killed and nine others injured on Monday as Thai forces "
             "launched airstrikes and artillery attacks on several areas along the border, the ministry said.")
    assert ("casualty", "KH") in keys(ev) and ("casualty", "KH-12") not in keys(ev)


def test_bel_air_in_port_au_prince_is_no_seychelles_district():
    ev = run("In Port-au-Prince, a police task force using explosive-laden drones struck a gang stronghold in Bel Air "
             "on Monday, killing at least 12 gang members, a police source said.")
    assert {e.location_key for e in ev} == {"HT-OU"}


def test_a_dateline_after_a_byline_and_a_date_line_is_no_place_hit():
    ev = run("Our Correspondents\nSeptember 13, 2025\n\nPESHAWAR / QUETTA: Twelve soldiers were killed and four "
             "others injured when terrorists ambushed a security forces convoy in South Waziristan late Friday, the "
             "military's media wing said on Saturday.\n\nIn Balochistan's Kalat district, gunmen shot dead nine bus "
             "passengers on Friday night, the deputy commissioner said.", "2025-09-13T11:40:00+05:00")
    assert keys(ev) == [("attack", "PK-BA"), ("attack", "PK-KP"), ("casualty", "PK-BA"), ("casualty", "PK-KP")]
    assert count(find(ev, "casualty", "PK-KP")[0].killed) == (12, "exact")


def test_a_remote_controlled_bomb_is_no_airstrike():
    (attack,) = [e for e in run("A remote-controlled bomb struck a Frontier Corps vehicle on Quetta's Sariab Road, "
                                "injuring five personnel, police said.") if e.type == "attack"]
    assert attack.weapon == "unspecified"


def test_the_clashes_came_after_is_when_not_what():
    assert run("The clashes came after explosions in Kabul and Paktika on Thursday night, which the Taliban blamed on "
               "Pakistani airstrikes.", "2025-10-12T13:20:00+05:00") == []


def test_the_third_straight_day_of_attacks_is_the_news_and_a_launch_airport_is_an_origin():
    ev = run("May 6, 2025 (PORT SUDAN) – Drones launched by the Rapid Support Forces (RSF) struck fuel depots at Port "
             "Sudan's southern port on Tuesday, the third straight day of attacks on the city that has served as the "
             "seat of the army-aligned government since 2023. According to military sources, the drones were "
             "launched from the airport of Nyala, the capital of South Darfur state, which the RSF controls.",
             "2025-05-06T20:10:00+02:00")
    assert keys(ev) == [("attack", "SD-RS")]


@pytest.mark.parametrize("text, key", [
    ("Hours later, the Houthi-run health ministry in Sanaa raised the toll from the strikes on the Ras Isa port in "
     "Hodeidah province to 74 killed and 171 wounded.", "YE-HU"),
    ("Houthi spokesman Mohammed Abdulsalam, who is based in Oman's capital, Muscat, said strikes hit the port of Ras "
     "Isa in Hodeidah province, killing 12.", "YE-HU"),
])
def test_where_a_body_sits_is_no_place_hit(text, key):
    assert {e.location_key for e in run(text, "2025-04-18T19:20:00+03:00")} == {key}


def test_sirens_in_several_areas_including_a_city_are_the_countrys():
    ev = run("Israel's military said early Friday it intercepted a missile launched from Yemen, after air raid sirens "
             "sounded in several areas, including Jerusalem.")
    assert keys(ev) == [("attack", "IL")]


def test_a_crew_killed_at_sea_is_not_at_the_dateline():
    ev = run("DUBAI/ATHENS, July 8 (Reuters) - At least three crew members were killed and two others wounded when a "
             "Greek-operated bulk carrier came under sustained attack off Yemen, maritime security sources said on "
             "Tuesday.", "2025-07-08T17:40:00+00:00")
    assert {e.location_key for e in ev} == {"-"}
    assert count(find(ev, "casualty", "-")[0].killed) == (3, "at_least")


def test_a_side_does_not_fire_at_itself_after_a_strike_on_its_capital():
    ev = run("Israeli warplanes pressed on with strikes on Tehran for a fourth consecutive day.\n\nIsrael's military "
             "said Iran had fired about 100 ballistic missiles in several waves between midnight and dawn.")
    (salvo,) = [e for e in ev if e.launched]
    assert (salvo.location_key, count(salvo.launched)) == ("IL", (100, "about"))


def test_the_tel_aviv_stock_exchange_is_no_place_hit():
    ev = run("In the northern port city of Haifa, a missile struck the Bazan oil refinery complex, killing three "
             "workers, the company said in a statement to the Tel Aviv Stock Exchange.")
    assert {e.location_key for e in ev} == {"IL-HA"}


def test_an_iran_backed_faction_names_no_place():
    assert run("Kurdish officials have blamed earlier drone attacks on Iran-backed armed factions, which deny "
               "involvement.", "2025-07-15T14:25:00+00:00") == []


def test_a_rate_of_bombs_every_day_is_no_attack_count():
    ev = run("Russia drops more than 100 guided aerial bombs on Ukrainian towns and villages every day, according to "
             "President Volodymyr Zelenskyy.")
    assert not [e for e in ev if e.launched]
    assert count(find(run("Russia launched 50 drones at Ukraine overnight, each of them a Shahed, the air force said."),
                      "attack", "UA")[0].launched) == (50, "exact")


def test_damage_that_year_is_background():
    assert run("The club left Donetsk in 2014 after Russian-backed separatists seized the city, and the Donbas Arena "
               "was damaged by shelling that year.") == []


def test_a_street_named_after_a_region_and_a_weekly_total_are_no_news_of_their_own():
    ev = run("One of the drones struck the upper floors of a 12-story building near Sumska Street in Kharkiv, Mayor Ihor "
             "Terekhov said. Zelenskyy said Russia had launched more than 1,800 drones at Ukraine this week alone.")
    assert keys(ev) == [("attack", "UA-63")]


def test_a_flood_toll_the_dnipro_river_and_a_strike_a_week_earlier_are_not_the_news():
    assert run("Nine people died in Odesa after torrential rain flooded streets overnight, the Odesa City Military "
               "Administration reported.") == []
    ev = run("Russian drones hit an energy facility in Zaporizhzhia overnight, killing two people, Ivan Fedorov said. "
             "Local channels reported the sound of Shahed drones over the Dnipro. A week earlier, a Russian strike on "
             "Zaporizhzhia killed five people.")
    assert keys(ev) == [("attack", "UA-23"), ("casualty", "UA-23")]
    assert count(find(ev, "casualty", "UA-23")[0].killed) == (2, "exact")


def test_an_attack_despite_a_moratorium_agreed_a_week_earlier_is_news():
    ev = run("Russia said Ukraine attacked energy facilities in Russia's Bryansk region on Tuesday despite the "
             "moratorium on strikes against energy infrastructure agreed a week earlier.", "2025-03-26T10:00:00Z")
    assert ("attack", "RU-BRY") in keys(ev)


def test_no_strikes_reported_and_a_part_of_the_injured_add_nothing():
    assert run("During the rescue work, an air raid alert was declared in the Odesa region, but no strikes on the city "
               "were reported.") == []
    ev = run("Russian drones hit Zaporizhzhia, killing two people and injuring 11. Of the 11 injured, three were "
             "hospitalized, one of them in serious condition.")
    assert count(find(ev, "casualty", "UA-23")[0].injured) == (11, "exact")


def test_a_breakdown_after_a_colon_with_its_own_weapon_nouns_keeps_the_totals_role():
    ev = run("Air defense forces intercepted and destroyed 67 Ukrainian fixed-wing unmanned aerial vehicles: 23 UAVs over "
             "the Bryansk Region, 15 UAVs over the Kursk Region and 29 UAVs over the Belgorod Region, the ministry said.")
    got = {e.location_key: (count(e.launched), count(e.intercepted)) for e in ev}
    assert got == {"RU": (None, (67, "exact")), "RU-BRY": (None, (23, "exact")), "RU-KRS": (None, (15, "exact")),
                   "RU-BEL": (None, (29, "exact"))}


def test_the_mayor_of_the_capital_places_drones_flying_toward_it():
    ev = run("Moscow Mayor Sergey Sobyanin wrote on his Telegram channel that air defense forces had repelled an attack "
             "by two drones flying toward the capital.")
    assert keys(ev) == [("attack", "RU-MOS")]
    assert ("attack", "RU-MOW") not in keys(run("Vladimir Saldo, the Moscow-installed governor of Kherson region, said "
                                                "Ukrainian drones had attacked a substation in Nova Kakhovka."))


def test_a_drone_that_dropped_explosives_attacked_and_a_district_of_a_city_is_that_citys():
    ev = run("In the Dniprovskyi district of Kherson, a Russian drone dropped explosives on a 71-year-old man who was "
             "walking near his house.")
    assert keys(ev) == [("attack", "UA-65")]
    assert ("attack", "SO-BR") in keys(run("AFRICOM said it conducted an airstrike against ISIS-Somalia militants in the "
                                           "Golis Mountains, in the Bari region of Puntland, on Saturday."))


def test_a_raion_named_like_a_city_district_stays_in_its_own_region():
    ev = run("Russian drones attacked Sumy overnight, injuring three people, the regional administration said.\n\n"
             "In the Chernihiv region, a Russian FPV drone hit a car in the Novhorod-Siverskyi district on Tuesday "
             "evening, injuring a 41-year-old man, Viacheslav Chaus said.", "2025-06-11T10:00:00+03:00")
    assert keys(ev) == [("attack", "UA-59"), ("attack", "UA-74"), ("casualty", "UA-59"), ("casualty", "UA-74")]


def test_a_toll_in_the_tens_of_thousands_is_a_wars_tally():
    assert run("The independent outlet Mediazona, which tracks Russian military deaths using open sources, has "
               "confirmed the names of more than 100,000 Russian soldiers killed in Ukraine.") == []
    assert count(find(run("Israeli strikes killed 1,200 people in Gaza on Saturday, the health ministry said."),
                      "casualty", "PS")[0].killed) == (1200, "exact")


def test_a_headline_line_before_an_agency_dateline_gives_no_facts():
    ev = run("Ukrainian drones attack Russian Black Sea oil port, three injured\n\nMoscow (AFP) – Ukrainian drones "
             "attacked the Russian Black Sea port of Novorossiysk overnight, damaging an oil terminal and injuring "
             "three people, local authorities said on Thursday.")
    assert keys(ev) == [("attack", "RU-KDA"), ("casualty", "RU-KDA")]


def test_the_attack_that_started_the_war_is_background():
    assert run("Israel launched its offensive after a Hamas-led attack on southern Israel killed 1,139 people and saw "
               "about 250 taken captive.") == []


def test_places_named_by_a_country_hospital_and_cameroons_north_west():
    ev = run("Hours later, a drone hit the Naivasha market in El Fasher, killing at least nine people, according to a "
             "nurse at the Saudi Hospital.")
    assert {e.country for e in ev} == {"SD"}
    ev = run("Two soldiers were killed after an improvised explosive device hit their armoured vehicle in Bamenda, the "
             "capital of Cameroon's North-West region, military sources said.")
    assert {e.location_key for e in ev} == {"CM-NW"}


def test_a_toll_since_an_offensive_launched_on_a_weekday_is_the_news():
    ev = run("At least 32 people have been killed since the National Liberation Army (ELN) launched an offensive "
             "against FARC dissidents in the Catatumbo region of Norte de Santander on Thursday, the Ombudsman's "
             "Office said on Friday.", "2025-01-17T12:00:00-05:00")
    assert count(find(ev, "casualty", "CO-NSA")[0].killed) == (32, "at_least")


def test_origins_joined_by_as_well_as_a_lobbied_capital_and_a_tally_of_attacks_are_no_places_hit():
    ev = run("Russia launched 80 drones overnight, the air force said. The drones were launched from the directions of "
             "Bryansk and Millerovo in Russia, as well as Hvardiiske in temporarily occupied Crimea.")
    assert keys(ev) == [("attack", "UA")]
    ev = run("Israeli warplanes also hit the outskirts of Hermel and Baalbek as Beirut presses Washington to rein in "
             "attacks.")
    assert "US" not in {e.country for e in ev}
    assert run("The Houthis have launched more than 100 attacks on merchant vessels since November 2023, sinking two "
               "ships.") == []


def test_missile_launchers_struck_are_a_target_and_two_cities_make_a_dateline():
    ev = run("The IDF said it struck missile launchers and storage sites in Iran's western Kermanshah province.")
    assert [e.weapon for e in ev if e.type == "attack"] == ["unspecified"]
    ev = run("By Tamar Michaelis, CNN\nUpdated 5:30 AM EDT, Mon June 16, 2025\n\nTel Aviv and Jerusalem — Iranian "
             "missiles slammed into residential buildings in Israel early Monday, killing at least eight people, "
             "Israeli emergency services said.", "2025-06-16T09:30:00+00:00")
    assert keys(ev) == [("attack", "IL"), ("casualty", "IL")]


def test_n_of_them_opening_a_sentence_is_a_part_of_the_toll_before_at_its_own_place():
    ev = run("Israeli strikes and shelling killed at least 17 people across Gaza on Thursday, the civil defence agency "
             "said.\n\nAt least eight of them were killed in an airstrike on a house in the Sheikh Radwan neighbourhood "
             "of Gaza City, the agency said.")
    assert count(find(ev, "casualty", "PS")[0].killed) == (17, "at_least")
    assert count(find(ev, "casualty", "PS-GZA")[0].killed) == (8, "at_least")
    assert not [e for e in run("The January agreement brought a six-week pause in the fighting, during which 33 "
                               "Israeli hostages, eight of them dead, were exchanged for around 1,800 Palestinian "
                               "prisoners.") if e.type == "casualty"]


def test_strikes_in_the_hours_before_a_truce_are_attacks():
    ev = run("In the hours before the truce, Israeli warplanes carried out some of the heaviest strikes of the war on "
             "Beirut's southern suburbs, known as Dahiyeh, hitting about 20 targets.", "2024-11-27T10:00:00+02:00")
    assert ("attack", "LB-JL") in keys(ev)


def test_a_total_over_n_russian_regions_including_one_stays_at_the_country():
    ev = run("Russia's Ministry of Defence said its air defences destroyed 170 Ukrainian drones overnight over 15 "
             "Russian regions, including the Moscow region.")
    assert count(find(ev, "attack", "RU")[0].intercepted) == (170, "exact")
    assert find(ev, "attack", "RU-MOS")[0].intercepted is None


def test_strikes_that_would_be_halted_are_no_attack():
    ev = run("He said the group would stop attacks on U.S. ships as long as Washington halted its strikes on Yemen.")
    assert not [e for e in ev if e.type == "attack"]


def test_state_media_wording_martyrs_and_an_operation_against_a_force():
    ev = run("SANA'A, April 18 (Saba) - The death toll of the American aggression on Ras Isa port in Hodeidah "
             "governorate has risen to 80 martyrs and 150 wounded, according to the Ministry of Health.",
             "2025-04-18T16:00:00+03:00")
    toll = find(ev, "casualty", "YE-HU")[0]
    assert (count(toll.killed), count(toll.injured)) == ((80, "exact"), (150, "exact"))
    ev = run("The Ethiopian National Defense Force has carried out an operation against the extremist force in the "
             "Debre Elias woreda of East Gojjam Zone, Amhara Regional State, the command said. In the operation "
             "conducted on Tuesday, 46 members of the extremist force were killed, the command said.",
             "2025-05-21T16:00:00+03:00")
    assert count(find(ev, "casualty", "ET-AM")[0].killed) == (46, "exact")
    assert run("In Jenin, the Palestinian Authority's security forces continued an operation against armed groups in "
               "the refugee camp for the fifth week.") == []


def test_an_air_force_telegram_summary_with_its_counts_listed_one_per_line():
    ev = run("⚡️ On the night of 20 January, the enemy attacked with 231 air attack assets:\n"
             "▪️ 4 Iskander-M ballistic missiles – from the Kursk region;\n"
             "▪️ 14 Kh-101 cruise missiles – from Tu-95MS strategic aviation aircraft;\n"
             "▪️ 211 attack UAVs of the Shahed and other types.\n\n"
             "As of 09:00, air defence shot down or suppressed 186 air targets in the north, east and centre of the "
             "country:\n✅ 12 Kh-101 cruise missiles;\n✅ 1 Iskander-M ballistic missile;\n✅ 172 enemy UAVs.\n\n"
             "The main targets of the attack were energy facilities in the Kyiv, Lviv and Poltava regions.",
             "2026-01-20T09:41:00+02:00")
    by_weapon = {e.weapon: (count(e.launched), count(e.intercepted)) for e in find(ev, "attack", "UA")}
    assert by_weapon == {"missile": ((18, "exact"), (13, "exact")), "drone": ((211, "exact"), (172, "exact"))}
    assert {"UA-32", "UA-46", "UA-53"} <= {e.location_key for e in ev}


def test_tallies_over_a_span_of_days_during_the_war_or_in_a_daily_report():
    assert not [e for e in run("The Syrian Network for Human Rights said it had documented the killing of 321 people "
                               "in the province between July 13 and July 18.", "2025-07-20T10:00:00+03:00")
                if e.type == "casualty"]
    assert run("More than 4,000 people were killed in Lebanon during the Israel-Hezbollah war, according to the "
               "Health Ministry.") == []
    ev = run("An Israeli strike on a house in Gaza City killed six people, medics at al-Shifa Hospital said.\n\nThe "
             "Health Ministry said in its daily statistical report that 98 Palestinians were killed and 511 others "
             "injured by Israeli attacks over the past 24 hours.")
    assert count(find(ev, "casualty", "PS")[0].killed) == (98, "exact")
    assert count(find(ev, "casualty", "PS-GZA")[0].killed) == (6, "exact")


def test_a_gulf_named_after_a_city_a_total_in_all_and_a_toll_in_that_time():
    ev = run("A Dutch-flagged cargo ship was set ablaze after being struck by a projectile in the Gulf of Aden on Monday, "
             "leaving two crew members injured, maritime security agencies said.")
    assert {e.location_key for e in ev} == {"-"}
    ev = run("In Petah Tikva, a missile tore through an apartment block, killing four people, Magen David Adom said. "
             "Magen David Adom said that in total at least eight people were killed and more than 200 wounded in "
             "Monday's attacks.")
    assert count(find(ev, "casualty", "IL")[0].killed) == (8, "at_least")
    assert run("The Houthis say U.S. strikes have killed more than 250 people in that time.") == []


def test_officials_of_several_regions_reporting_damage_and_a_combined_figure():
    ev = run("Russia launched a combined 441 drones and missiles at Ukraine overnight, the air force said.\n\n"
             "Elsewhere, officials in the Kharkiv, Sumy and Odesa regions reported damage to energy infrastructure and "
             "injuries.", "2026-01-22T10:00:00+02:00")
    assert {"UA-63", "UA-59", "UA-51"} <= {e.location_key for e in ev}
    assert count(find(ev, "attack", "UA")[0].launched) == (441, "exact")


def test_drones_fired_this_week_are_a_running_total():
    ev = run("Russia fired almost 1,700 drones this week, Zelensky says, as attacks hit Odesa and Kharkiv.")
    assert not [e for e in ev if e.launched]
    ev = run("Russia launched 80 drones at Ukraine overnight, the third large attack this week, the air force said.")
    assert count(find(ev, "attack", "UA")[0].launched) == (80, "exact")


def test_the_citys_district_named_like_a_krai_is_the_citys():
    ev = run("In Novorossiysk, Mayor Andrei Kravchenko said three residents were hurt when debris struck two apartment "
             "buildings in the city's Primorsky district.")
    assert {e.location_key for e in ev} == {"RU-KDA"}


def test_a_winter_of_strikes_and_routine_attacks_are_background():
    assert run("Russia has called them terrorist attacks and has pounded Ukraine's power grid through the winter.") == []
    assert run("Three winters later, attacks of 400 or more drones in a single night have become routine.") == []


def test_an_agency_dateline_with_an_accented_city_and_the_bombing_an_anniversary_marks():
    ev = run("Bogotá (EFE).- Thirteen police officers were killed on Thursday when a drone attacked a police helicopter "
             "in the rural area of Amalfi, in the northwestern department of Antioquia, authorities said.",
             "2025-08-22T10:00:00-05:00")
    assert {e.location_key for e in ev} == {"CO-ANT"}
    assert run("HIROSHIMA - Hiroshima on Wednesday marked the 80th anniversary of the world's first atomic bombing, "
               "with its mayor warning that nuclear deterrence is being increasingly accepted.",
               "2025-08-06T10:00:00+09:00") == []


def test_a_bare_claimant_keeps_the_country_it_was_named_with_and_a_dash_list_and_hits():
    ev = run("Russia launched 96 drones against Ukraine overnight, the Ukrainian Air Force said on Wednesday, while "
             "Moscow said it downed 31 Ukrainian drones over its regions.\n\nIn a statement on Telegram, the air force "
             "said 68 drones were shot down or suppressed in the north, south and east of the country. \"Hits by one "
             "ballistic missile and 24 attack drones were recorded at 11 locations,\" it said.\n\nThe Russian Defense "
             "Ministry claimed its air defense systems destroyed 31 Ukrainian drones overnight - 12 over the Rostov "
             "region, 10 over the Krasnodar region and nine over the Voronezh region.", "2025-10-22T10:15:00+03:00")
    ua = find(ev, "attack", "UA")[0]
    assert (count(ua.launched), count(ua.intercepted)) == ((96, "exact"), (68, "exact"))
    assert count(find(ev, "attack", "RU")[0].intercepted) == (31, "exact")
    assert count(find(ev, "attack", "RU-ROS")[0].intercepted) == (12, "exact")


def test_a_total_fired_mostly_at_the_capital_is_the_countrys():
    ev = run("Russia launched a massive attack on Kyiv overnight, killing two people, officials said. Ukraine's air "
             "force said Russia had fired 397 drones and 18 missiles, mostly at the capital.")
    assert {e.weapon: count(e.launched) for e in find(ev, "attack", "UA")} == {"drone": (397, "exact"),
                                                                              "missile": (18, "exact")}


def test_a_past_raid_dated_by_an_adjectival_year_beside_a_superlative_and_imphal_west():
    assert run("The deadliest attack in the region was the April 2015 raid on Garissa University College, in which "
               "148 people, most of them students, were killed.") == []
    assert count(find(run("Russia launched 500 drones at Ukraine overnight, the largest attack since 2022, the air "
                          "force said."), "attack", "UA")[0].launched) == (500, "exact")
    ev = run("Suspected militants dropped bombs from drones on Koutruk village in Manipur's Imphal West district on "
             "Monday, injuring two women, officials said.")
    assert {e.location_key for e in ev} == {"IN-MN"}


def test_a_flag_state_brent_crude_and_a_date_after_a_holiday_name():
    ev = run("A Russian drone hit a cargo ship under the flag of St. Kitts and Nevis in the Black Sea, wounding two "
             "crew members, the navy said.")
    assert {e.location_key for e in ev} == {"-"}
    assert "GB" not in {e.country for e in run("Brent crude traded at about $67.80 a barrel on Thursday, hours after "
                                               "the US bombed three Iranian nuclear sites.")}
    assert run("On Palm Sunday, 13 April, two Iskander ballistic missiles hit the city centre of Sumy as people "
               "gathered for church services, killing 35 people.", "2025-06-10T10:00:00Z") == []


def test_a_place_some_km_from_a_town_on_land_and_states_worst_hit():
    ev = run("AFRICOM said the strike targeted ISIS-Somalia operatives in a mountainous area about 60 km southeast of "
             "Bosaso.")
    assert ("attack", "SO-BR") in keys(ev)
    assert run("Zamfara, Katsina and Sokoto are among the states worst hit by banditry in the North-west.") == []


def test_a_governors_summary_places_its_village_reports_in_the_region_of_its_title():
    article = Article(id="t", title="Gladkov: one man killed, two women wounded in Belgorod region",
                      published_at="2025-11-14T20:10:00+03:00",
                      text="Graivoron district. Two women were wounded as a result of a Ukrainian drone attack on the "
                           "village of Dorogoshch. They were taken to hospital with shrapnel wounds.")
    assert {e.location_key for e in extract(article)} == {"RU-BEL"}
    article = Article(id="t", title="Russian tank commander jailed over 2022 killing of civilians in Chernihiv region",
                      published_at="2025-11-14T20:10:00+03:00",
                      text="Days later, he shot dead an elderly man who was riding a bicycle near a checkpoint.")
    assert not [e for e in extract(article) if e.location_key == "UA-74"]


def test_a_governors_summary_places_its_region_wide_totals_and_placeless_reports_in_its_title_region():
    article = Article(id="t", title="Gladkov: one killed, four injured in Belgorod region over the past day",
                      published_at="2025-06-03T10:18:00+03:00",
                      text="The situation in the Belgorod region over the past day.\n\nIn total, the Ukrainian armed "
                           "forces fired 76 shells and launched 47 drones at the region over the past day.\n\n"
                           "Valuysky district. A drone struck a power line near Urazovo; about 800 residents were "
                           "left without electricity.")
    assert {e.location_key for e in extract(article)} == {"RU-BEL"}


def test_an_opening_in_country_is_the_setting_of_weapons_fired_towards_a_town_of_it():
    ev = run("In Israel, the military said two rockets were fired from the northern Gaza Strip towards the town of "
             "Sderot on Thursday afternoon. One was intercepted and the other fell in an open area, it said.")
    assert {(e.location_key, e.launched.value, e.intercepted.value) for e in ev} == {("IL-D", 2, 1)}
    ev = run("In Ukraine, Russia launched 120 drones overnight, one of which hit a house in Kharkiv.")
    assert ("attack", "UA") in keys(ev)


def test_a_toll_update_placed_only_by_its_claimants_country_updates_the_region_just_told():
    ev = run("Shelling by the Rapid Support Forces on El Fasher, capital of North Darfur, killed at least 12 people on "
             "Tuesday, medical sources said.\n\nBy the evening, the death toll had risen to 15, after three of the "
             "wounded died, the Sudan Doctors Network said in a statement.")
    assert [(e.location_key, e.killed.value) for e in ev if e.type == "casualty"] == [("SD-DN", 15)]


def test_killing_n_of_them_counts_the_people_the_sentence_named():
    ev = run("An Israeli drone strike on Tuesday targeted soldiers near the town of Kisweh, killing six of them, SANA "
             "said.", "2025-08-27T13:40:00+02:00")
    assert [(e.location_key, e.killed.value) for e in ev if e.type == "casualty"] == [("SY-RD", 6)]


def test_a_toll_of_clashes_between_two_groups_takes_no_attacker_from_other_reports_of_the_country():
    ev = run("An Israeli drone strike on Tuesday targeted soldiers near the town of Kisweh, killing six of them, SANA "
             "said.\n\nSeparately, the Syrian Observatory said three people were killed in clashes between Druze "
             "fighters and Bedouin gunmen on the western edge of Sweida province overnight.",
             "2025-08-27T13:40:00+02:00")
    assert {e.location_key: e.actor for e in ev if e.type == "casualty"} == {"SY-RD": "IL", "SY-SU": None}


def test_the_speakers_own_units_that_shot_drones_down_defend_and_electronic_warfare_is_a_means():
    ev = run("Russia attacked Ukraine with 142 drones and four ballistic missiles overnight. Ukraine's air force said "
             "its units had shot down or suppressed with electronic warfare 118 of the drones and intercepted two "
             "of the four Iskander-M missiles.")
    got = {(e.location_key, e.weapon, e.actor, e.launched.value, e.intercepted.value) for e in ev}
    assert got == {("UA", "drone", "RU", 142, 118), ("UA", "missile", "RU", 4, 2)}


def test_the_bekaa_is_the_valley_of_baalbek_when_the_article_reports_baalbek():
    text = ("An Israeli airstrike hit a building in Janta, in the Baalbek district, killing two people. The Israeli "
            "army said it had struck a weapons storage facility in the Bekaa.")
    assert {e.location_key for e in run(text)} == {"LB-BH"}
    assert {e.location_key for e in run("Israeli jets struck a weapons depot in the Bekaa on Monday.")} == {"LB-BI"}


def test_missiles_launched_toward_another_region_than_the_last_and_all_intercepted():
    ev = run("An Iranian missile struck a residential building in Beersheba, killing four people.\n\nLater on "
             "Tuesday, the Israel Defense Forces said two missiles had been launched from Iran toward northern Israel "
             "and were intercepted.", "2025-06-24T12:30:00+00:00")
    got = {(e.location_key, e.launched.value if e.launched else None, e.intercepted.value if e.intercepted else None)
           for e in ev if e.type == "attack"}
    assert got == {("IL-D", None, None), ("IL-Z", 2, 2)}


def test_a_ship_hit_miles_off_a_port_city_with_the_distance_in_two_units_is_at_sea():
    ev = run("A merchant vessel was hit by an unknown projectile about 65 nautical miles (120 km) southeast of "
             "Yemen's port city of Aden on Thursday, causing minor damage, UKMTO said.", "2024-06-27T11:10:00+00:00")
    assert {e.location_key for e in ev} == {"-"}


@pytest.mark.parametrize("text, keys_", [
    ("The bill says Russia continues its armed aggression against Ukraine, daily striking civilian and critical "
     "infrastructure across the country with missiles, drones and guided bombs.", set()),
    ("Russian forces intensified long-range attacks on energy infrastructure across Ukraine, the UN said.", set()),
    ("Russian forces intensified attacks on Ukraine overnight, the air force said.", {("attack", "UA")}),
    ("Washington launched a new campaign of airstrikes against the Houthis in Yemen on Saturday.", {("attack", "YE")}),
])
def test_a_trend_or_habit_of_attacks_across_a_country_is_no_event(text, keys_):
    assert set(keys(run(text))) == keys_


def test_a_toll_update_told_with_a_gerund():
    ev = run("Russian drones struck Kyiv overnight, killing four people and injuring 26, Mayor Vitali Klitschko said.\n\n"
             "The death toll in Kyiv later rose to five, with the number of injured growing to 34.")
    assert [(count(e.killed), count(e.injured)) for e in ev if e.type == "casualty"] == [((5, "exact"), (34, "exact"))]


def test_a_summary_line_of_labelled_tolls():
    ev = run("A Ukrainian drone struck a car in Shebekino, Belgorod region. Two men were wounded.\n\n"
             "Killed: 1. Injured: 4.")
    assert [(count(e.killed), count(e.injured)) for e in ev if e.type == "casualty"] == [((1, "exact"), (4, "exact"))]


def test_a_total_over_a_list_that_ends_in_a_countrys_regions_is_the_countrys():
    ev = run("According to the Russian Defense Ministry, air defense forces destroyed 58 Ukrainian drones over Crimea, "
             "the Black Sea and southern Russian regions overnight: 34 over the Republic of Crimea, 12 over the "
             "waters of the Black Sea, seven over the Krasnodar Territory and five over the Rostov Region.")
    got = {(e.location_key, e.intercepted.value) for e in ev}
    assert got == {("RU", 58), ("UA-43", 34), ("RU-KDA", 7), ("RU-ROS", 5)}


def test_a_force_that_shot_drones_down_defends_unless_it_also_struck():
    ev = run("Pakistan's military spokesman said Pakistani forces had shot down 25 Israeli-made Harop drones sent by "
             "India over several cities, including Lahore.")
    assert {e.actor for e in ev} == {"IN"}
    ev = run("U.S. forces shot down seven Houthi drones over the Red Sea on Friday and struck four radar sites in "
             "Yemen's Hodeidah province.", "2025-03-22T10:00:00Z")
    assert {e.actor for e in ev if e.location_key == "YE-HU"} == {"US"}


def test_a_group_that_says_it_fired_is_the_attacker_and_downed_drones_stay_the_attackers():
    (ev,) = run("Lebanon's Hezbollah militant group said it fired more than 200 rockets at military positions in "
                "northern Israel on Thursday.", "2024-07-04T19:42:00+03:00")
    assert (ev.actor, ev.actor_name) == (None, "Hezbollah")
    (ev,) = run("Twenty-three Ukrainian drones were shot down over the Kursk Region overnight, the governor said.")
    assert (ev.actor, ev.actor_name) == ("UA", "Ukrainian drones")


def test_the_houthi_name_of_eilat():
    ev = run("The drone air force carried out an operation targeting the occupied Umm al-Rashrash area, south of "
             "occupied Palestine, with three drones, Yahya Saree said.")
    assert [(e.location_key, e.launched.value) for e in ev] == [("IL-D", 3)]


def test_a_posts_place_line_places_the_reports_after_it():
    ev = run("Kharkiv. The occupiers struck the Kholodnohirskyi district with a guided aerial bomb. Preliminary: 5 "
             "injured.\n\nUPD 14:52: The number of injured has risen to 8, one of them in serious condition.",
             "2026-01-20T15:31:00+02:00")
    assert {(e.type, e.location_key) for e in ev} == {("attack", "UA-63"), ("casualty", "UA-63")}
    assert [count(e.injured) for e in ev if e.type == "casualty"] == [(8, "exact")]


def test_bringing_the_days_death_toll_to_n_updates_it():
    ev = run("Russian forces attacked Kramatorsk with guided aerial bombs on Tuesday, killing two people, the regional "
             "head said.\n\nA man wounded in Kramatorsk later died in hospital, bringing the day's death toll in the "
             "region to three.")
    assert [count(e.killed) for e in ev if e.type == "casualty"] == [(3, "exact")]
    ev = run("Russian drones struck Kharkiv early on Saturday, killing one person, said Mayor Ihor Terekhov.\n\n"
             "Later, Terekhov said rescuers had found the bodies of two more people in a damaged building, bringing "
             "the number of dead to three.")
    assert [count(e.killed) for e in ev if e.type == "casualty"] == [(3, "exact")]


def test_an_air_force_summary_that_names_no_country_is_of_the_country_its_first_line_names():
    article = Article(id="t", title="Air Force: 71 of 89 drones downed overnight",
                      published_at="2025-11-14T08:47:00+02:00",
                      text="Air Force of the Armed Forces of Ukraine\nOn the night of November 14, the enemy attacked "
                           "with 89 Shahed-type strike UAVs and decoy drones, launched from the directions of Kursk "
                           "and Millerovo. Air defence shot down 71 enemy UAVs.")
    assert {(e.location_key, e.launched.value, e.intercepted.value) for e in extract(article)} == {("UA", 89, 71)}


def test_an_event_without_a_region_has_no_region_name():
    ev = run("RSF drones struck a market in Darfur on Tuesday, killing 12 people, activists said.")
    assert ev and all(e.region is None and e.region_name is None for e in ev if e.type != "ceasefire_proposal")


def test_firing_a_weapon_into_a_place_and_the_side_that_fired():
    ev = run("The army accused Cambodian forces on Thursday of firing artillery into Kantharalak district of Si Sa "
             "Ket province, the latest alleged breach of the ceasefire that took effect on Monday.")
    assert [(e.location_key, e.actor, e.weapon) for e in ev] == [("TH-33", "KH", "artillery")]
    ev = run("Its spokeswoman said it was the Thai side that had fired mortar rounds at Cambodian positions in "
             "Oddar Meanchey province overnight.")
    assert [(e.location_key, e.actor) for e in ev] == [("KH-22", "TH")]
    # an order to strike after a violation is no attack
    assert run("Katz accused Iran of violating the ceasefire and ordered \"intense strikes\" on Tehran.") == []


def test_a_toll_with_no_place_is_not_at_a_bureau_dateline():
    assert run("DUBAI, Jan 5 (Reuters) - Three people were killed in a strike on a market, Houthi-run media "
               "said.") == []
    ev = run("KHERSON, Ukraine (AP) — Three people were killed in a strike on a market, officials said.")
    assert ("casualty", "UA-65") in keys(ev)


def test_a_part_of_an_old_toll_named_alone_is_background_too():
    ev = run("At least 40 civilians were killed in Pakistan during four days of hostilities last week, according to "
             "the military. India has said 15 civilians were killed in Indian-administered Kashmir's Poonch "
             "district alone.", "2025-05-12T08:00:00Z")
    assert ev == []


def test_people_named_by_occupation_and_tank_fire():
    ev = run("Iranian state television said Israeli air strikes on Tehran overnight killed a nuclear scientist, "
             "Mohammad Reza Seddighi Saber, at a house in the north of the capital.")
    assert [(e.location_key, e.killed.value) for e in ev if e.type == "casualty"] == [("IR-23", 1)]
    ev = run("In Rafah, an IDF reservist was moderately wounded by sniper fire on Monday evening, the army said.")
    assert [(e.location_key, e.injured.value) for e in ev if e.type == "casualty"] == [("PS-RFH", 1)]
    ev = run("In eastern Khan Younis, a man was killed by Israeli tank fire near Bani Suheila, Nasser Hospital said.")
    assert {e.weapon for e in ev if e.type == "attack"} == {"artillery"}


def test_an_analysis_piece_reports_no_strikes_or_truces():
    article = Article(id="t", published_at="2025-09-16T09:00:00+03:00",
                      title="Analysis: Easter, energy, Victory Day - why every truce in Russia's war has unravelled",
                      text="A 30-hour Easter truce followed in April. The Kremlin said Ukraine had launched more "
                           "than 40 drones during the truce. Then came the three-day Victory Day ceasefire, which "
                           "Kyiv refused to recognize.")
    assert extract(article) == []


def test_a_figure_for_drones_and_other_kinds_takes_the_cue_after_both():
    ev = run("The enemy attacked with 108 Shahed attack UAVs. As of 09:00, 61 Shahed attack UAVs and other types "
             "of drones were confirmed shot down in the east, north and south of the country.")
    assert [(e.launched.value, e.intercepted.value) for e in ev] == [(108, 61)]


def test_a_rule_for_whenever_soldiers_are_attacked_is_no_attack():
    assert run("Trump, speaking on his way to South Korea, said Israel \"should hit back\" when its soldiers are "
               "attacked.") == []


def test_strikes_naming_no_weapon_take_the_articles_one_class():
    ev = run("Israeli air strikes across Syria killed 12 people on Tuesday, the Syrian Observatory said. In Daraa, a "
             "strike on a building killed four people.")
    assert {(e.location_key, e.weapon) for e in ev if e.type == "attack"} == {("SY", "airstrike"),
                                                                              ("SY-DR", "airstrike")}
    ev = run("Israeli air strikes across Gaza killed 12 people on Tuesday, medics said. In Jenin, troops raided the "
             "camp, killing two.")
    assert {e.weapon for e in ev if e.type == "attack" and e.location_key == "PS-JEN"} == {"unspecified"}


def test_a_what_preceded_section_and_the_night_of_another_month_are_background():
    text = ("Overnight, Russian forces attacked Ukraine with 101 attack drones, the air force said.\n\n"
            "What preceded\n\nRussia attacked Ukraine with 596 drones and 36 missiles, targeting Kyiv. Three people "
            "were killed in Kyiv.")
    ev = run(text, "2025-12-02T11:05:00+02:00")
    assert [(e.location_key, e.launched.value) for e in ev] == [("UA", 101)]
    assert run("On the night of November 29, Russia attacked Ukraine with 596 drones and 36 missiles.",
               "2025-12-02T11:05:00+02:00") == []


def test_a_headline_in_the_present_tense_names_its_attacker():
    ev = run("Russia launches 101 drones and 3 ballistic missiles overnight")
    assert {(e.location_key, e.actor) for e in ev} == {("UA", "RU")}


def test_weekly_tallies_court_findings_and_old_statements_are_background():
    assert run("Over the week, air defence means shot down 1,212 drones, the ministry said.") == []
    assert run("In one episode in Deleig, the court found, around 100 men were killed after being loaded onto "
               "trucks.") == []
    assert run("The ISPR said on Sunday that security forces had killed 12 terrorists in an operation in Kech "
               "district.", "2025-01-28T23:15:00+05:00") == []  # a Tuesday


def test_armed_men_on_a_highway_named_after_two_cities():
    ev = run("Three people were killed when armed men opened fire on vehicles on the Quetta-Karachi highway in "
             "Balochistan's Kalat district on Tuesday, officials said.")
    assert {e.location_key for e in ev} == {"PK-BA"}


def test_a_jawan_hurt_when_troops_fire_across_the_line_of_control():
    ev = run("JAMMU: An Army jawan was injured when Pakistani troops opened unprovoked fire with small arms and "
             "mortars on forward posts along the Line of Control (LoC) in the Krishna Ghati sector of Poonch "
             "district on Tuesday, officials said.", "2026-02-17T19:02:00+05:30")
    assert {(e.type, e.location_key, e.actor) for e in ev} == {("attack", "IN-JK", "PK"), ("casualty", "IN-JK", "PK")}
    ev = run("In Amalfi, in the department of Antioquia, a drone attacked a police helicopter, bringing it down. Hours "
             "later, in Cali, a truck packed with explosives blew up near the air base, killing six civilians.")
    assert {e.weapon for e in ev if e.type == "attack" and e.location_key == "CO-VAC"} == {"unspecified"}


def test_a_toll_of_the_strike_just_told_is_at_its_place_whoever_claims_it():
    ev = run("An Israeli airstrike hit an apartment building in Beirut's southern suburbs on Sunday. Israel said the "
             "strike had killed three Hezbollah members.")
    assert {e.location_key for e in ev if e.type == "casualty"} == {"LB-JL"}


def test_a_comparison_with_this_year_and_a_toll_after_a_subcount_stay_news():
    ev = run("Russia fired 653 drones and 51 missiles at Ukraine overnight in one of its biggest attacks on the "
             "country's power grid this year, killing at least four people, Ukrainian officials said Thursday.",
             "2025-10-30T14:05:00+00:00")
    assert sorted((e.type, e.weapon if e.type == "attack" else None) for e in ev) == [
        ("attack", "drone"), ("attack", "missile"), ("casualty", None)]
    ev = run("Russia pounded Kyiv with drones overnight, killing at least 16 people including a 6-year-old boy and "
             "wounding more than 150, officials said.")
    (cas,) = [e for e in ev if e.type == "casualty"]
    assert (cas.killed.value, cas.injured.value) == (16, 150)


def test_a_military_press_release_in_its_own_idiom():
    ev = run("On 13 January 2026, Security Forces conducted an intelligence based operation in Kalat District, "
             "Balochistan, on reported presence of terrorists. During the conduct of the operation, own troops "
             "effectively engaged the terrorists' location, and resultantly, 12 Indian-sponsored terrorists were "
             "sent to hell.", "2026-01-14T10:00:00+05:00")
    assert [(e.location_key, e.killed.value) for e in ev if e.type == "casualty"] == [("PK-BA", 12)]
    ev = run("In another engagement, khwarij attacked a Frontier Corps post in Tank District, Khyber Pakhtunkhwa. In "
             "the ensuing exchange of fire, five khwarij were killed.", "2026-01-14T10:00:00+05:00")
    assert [(e.location_key, e.killed.value) for e in ev if e.type == "casualty"] == [("PK-KP", 5)]


def test_a_city_district_named_alone_is_of_the_title_city():
    article = Article(id="t", title="'Human safari': life under drones in Kherson, where buses are targets",
                      published_at="2025-12-17T06:00:00+00:00",
                      text="On Tuesday morning, a Russian drone dropped explosives on a city bus in the Dniprovskyi "
                           "district, injuring four passengers, according to the regional governor.")
    assert {e.location_key for e in extract(article)} == {"UA-65"}


def test_a_truce_or_an_armed_group_in_the_title_makes_a_bare_toll_ours():
    article = Article(id="t", title="Hamas responds to Witkoff ceasefire plan; 31 killed near Rafah aid site",
                      published_at="2025-05-31T21:40:00+01:00",
                      text="By David Gritten\n\nHamas says it has submitted its response to a US proposal.\n\nMeanwhile, "
                           "at least 31 people were killed near an aid distribution site in Rafah early on Saturday, "
                           "according to the civil defence agency.")
    assert ("casualty", "PS-RFH") in keys(extract(article))
    assert run("At least 232 civilians were killed and 1,343 injured in Ukraine in June, the highest monthly toll in "
               "three years, the UN mission said. Russia used more missiles and drones.", "2025-06-30T10:00:00Z") == []


def test_a_toll_split_by_place_in_one_sentence():
    ev = run("Israeli strikes hit Gaza. Twelve of the dead were killed in Gaza City, nine in Nuseirat, six in Khan "
             "Younis and three in Deir el-Balah, the sources said.")
    assert {e.location_key: e.killed.value for e in ev if e.type == "casualty"} == {
        "PS-GZA": 12, "PS-DEB": 12, "PS-KYS": 6}
    ev = run("In North Kivu province, suspected ADF fighters killed nine villagers in two villages of Lubero "
             "territory overnight, five in Mayi-Moya and four in Kalunguta, the administrator said.")
    assert [e.killed.value for e in ev if e.type == "casualty"] == [9]  # a breakdown, not more
    ev = run("In Khan Younis, witnesses reported Israeli tank fire on the eastern neighbourhoods of Bani Suheila.")
    assert [(e.location_key, e.weapon) for e in ev] == [("PS-KYS", "artillery")]


def test_a_place_subheading_and_a_national_tally_after_a_city():
    text = ("Russian forces attacked Ukraine overnight with 476 means of air attack, the Air Force of the Armed Forces "
            "of Ukraine reported. Two residential high-rises in the western city of Ternopil took direct hits.\n\n"
            "Quote from the Air Force: \"The enemy attacked with 476 air attack vehicles: 48 missiles and 428 strike "
            "UAVs.\"\n\nTernopil\n\nThe heaviest blow fell on the city's apartment blocks. The State Emergency "
            "Service reported at least 16 people killed.")
    ev = run(text, "2025-11-19T14:20:00+02:00")
    assert {(e.location_key, e.launched.value) for e in ev if e.type == "attack" and e.launched} == {
        ("UA", 476), ("UA", 48), ("UA", 428)}
    assert [(e.location_key, e.killed.value) for e in ev if e.type == "casualty"] == [("UA-61", 16)]


def test_targets_shot_down_then_their_breakdown():
    ev = run("As of 09:00, Ukrainian air defence had shot down or suppressed 405 targets, the Air Force said: 41 "
             "missiles and 364 drones.")
    assert sorted((e.weapon, e.intercepted.value) for e in ev) == [("drone", 364), ("missile", 41)]


def test_where_the_wounded_were_taken_and_an_earlier_dated_attack():
    ev = run("An Israeli strike hit a crowd near the aid site in Rafah, killing 31 people. The wounded were brought to "
             "the field hospital and to Nasser Hospital in Khan Younis, health officials said.")
    assert "PS-KYS" not in {e.location_key for e in ev}
    assert run("The report singled out the June 17 attack on Kyiv, in which 28 people were killed.",
               "2025-07-10T10:00:00Z") == []
    assert run("The conference took place days after one of the largest air attacks of the war, in which Russia "
               "launched more than 700 drones and missiles in a single night.") == []


def test_eliminated_the_terrorist_is_one_killed():
    ev = run("In Jabalia, an IDF aircraft struck and eliminated the terrorist Ahmad Jamal, a commander in Hamas's "
             "Jabalia Battalion.")
    assert [(e.location_key, e.killed.value) for e in ev if e.type == "casualty"] == [("PS-NGZ", 1)]


def test_a_hospital_that_reports_a_toll_and_a_family_of_one():
    ev = run("Witnesses say Israeli tanks opened fire as people walked towards the aid site in Rafah. Initial reports "
             "from the Red Cross field hospital in al-Mawasi speak of at least 19 dead.")
    assert "PS-KYS" not in {e.location_key for e in ev}
    ev = run("Israeli strikes hit Gaza. Medics say five members of one family were killed when an Israeli air strike "
             "hit their tent in the al-Mawasi area, west of Khan Younis.")
    assert [e.killed.value for e in ev if e.type == "casualty"] == [5]


def test_its_rider_is_one_and_an_arabic_name_is_no_place():
    ev = run("NNA - An Israeli enemy drone targeted a motorcycle on the Bint Jbeil - Ainata road this morning, killing "
             "its rider, the ministry said.")
    assert [(e.location_key, e.killed.value) for e in ev if e.type == "casualty"] == [("LB-NA", 1)]
    ev = run("A drone hit a radar in Basra, spokesman Sabah al-Numan said in a statement.")
    assert "MY" not in {e.country for e in ev}


def test_jets_scrambled_as_a_precaution_and_a_quoted_if_are_no_attacks():
    assert run("Poland's Operational Command said it had scrambled fighter jets as a precaution during the attack, but "
               "no violations of Polish airspace were recorded.") == []
    assert run("\"If Russia wanted to saturate Polish air defences with hundreds of drones, it could.\"") == []


def test_a_town_after_a_wider_places_name_is_its_own():
    ev = run("Israeli tank fire hit Nasser Hospital in southern Gaza's Khan Younis on Monday, killing at least 20 "
             "people, Gaza health officials said.")
    assert {e.location_key for e in ev} == {"PS-KYS"}
    ev = run("A Russian drone hit Kharkiv's Shevchenkivskyi district overnight, injuring two people.")
    assert {e.location_key for e in ev} == {"UA-63"}


def test_a_toll_is_where_its_when_clause_says_they_were_hit():
    ev = run("Israeli strikes killed 27 people across Gaza. The toll includes nine people killed when a tent "
             "sheltering displaced families was hit in al-Mawasi, west of Khan Younis, and four killed in Nuseirat.")
    assert {e.location_key: e.killed.value for e in ev if e.type == "casualty"} == {"PS": 27, "PS-KYS": 9,
                                                                                    "PS-DEB": 4}


def test_bodies_pulled_then_the_toll_they_bring():
    ev = run("Rescuers pulled 14 bodies from the rubble of a building in Dnipro on Friday, bringing the death toll from "
             "the missile strike to 31, the regional governor said.", "2025-06-13T08:00:00Z")
    assert [e.killed.value for e in ev if e.type == "casualty"] == [31]


def test_a_toll_in_a_country_named_right_after_it():
    ev = run("Israeli strikes killed three people in Lebanon on Tuesday, the Health Ministry said, as the army said it "
             "had targeted Hezbollah weapons depots in the northern Bekaa.")
    assert [e.location_key for e in ev if e.type == "casualty"] == ["LB"]
    ev = run("Russian drones killed five people in Ukraine's Kharkiv region overnight, officials said.")
    assert [e.location_key for e in ev if e.type == "casualty"] == ["UA-63"]


def test_accused_of_blowing_up_a_station():
    ev = run("Russia's Defence Ministry has accused Ukraine of blowing up the Sudzha gas metering station in Russia's "
             "Kursk Oblast on Friday morning.", "2025-03-21T17:05:00+02:00")
    assert [(e.location_key, e.actor) for e in ev] == [("RU-KRS", "UA")]
    assert run("Islamabad has long accused Kabul of allowing the Pakistani Taliban to operate from Afghan soil.") == []


def test_a_distance_on_land_and_the_city_it_is_measured_from():
    ev = run("At least seven civilians were killed on Wednesday in clashes between M23 rebels and Wazalendo militias "
             "around the village of Kiliba, about 20 kilometres north of Uvira in South Kivu province, local sources "
             "said.")
    assert {e.location_key for e in ev} == {"CD-SK"}
    ev = run("In Ryazan, about 200 km (124 miles) southeast of Moscow, falling drone debris hit an industrial "
             "enterprise and two people were injured, regional governor Pavel Malkov said.")
    assert {e.location_key for e in ev} == {"RU-RYA"}
    ev = run("The airstrike hit Ohe Htein Twin village in Tabayin township, about 115 kilometers (70 miles) northwest "
             "of Mandalay, a resident said.")
    assert "MM-04" not in {e.location_key for e in ev}


def test_the_first_casualties_since_a_truce_of_last_year_are_news():
    ev = run("MUZAFFARABAD: Two civilians were injured on Monday when Indian troops fired mortar shells across the Line "
             "of Control (LoC) in the Kotli district of Azad Jammu and Kashmir, the military's media wing said, in the "
             "first reported casualties along the de facto border since the ceasefire of May last year.",
             "2026-02-09T19:00:00+05:00")
    assert {e.location_key for e in ev} == {"PK-JK"}


def test_a_dateline_further_down_a_page_and_a_conviction_are_no_news_places():
    ev = run("Israeli strikes kill three\nPublished 21 October 2025\n\nBEIRUT — Israeli strikes killed three people in "
             "Lebanon on Tuesday, the Health Ministry said.", "2025-10-21T19:10:00+03:00")
    assert {e.location_key for e in ev} == {"LB"}
    assert run("Yan Petrovsky, a former commander in the Rusich paramilitary group, was convicted over an ambush in "
               "eastern Ukraine that killed 22 Ukrainian soldiers.") == []


def test_shelling_warded_off_a_halt_agreed_and_a_habit_are_no_attacks():
    assert run("Russian forces had liberated the settlement of Kondratovka in the Sumy Region, which Moscow calls a "
               "buffer zone to protect the border areas from Ukrainian shelling.") == []
    assert [e for e in run("Under the deal, the regime has agreed to halt air strikes in areas under TNLA control in "
                           "Mandalay Region.") if e.type == "attack"] == []
    assert run("\"The regime continues to bomb densely populated areas in North Kivu,\" the spokesman wrote.") == []


def test_an_abbreviated_month_dates_a_sentence_and_a_since_clause_does_not():
    assert run("U.S. Navy helicopters on Dec. 31 sank three Houthi boats that attacked a container ship, killing 10 "
               "rebels.", "2024-01-07T19:05:00+00:00") == []
    ev = run("Israeli airstrikes killed 104 people across the Gaza Strip overnight, the Health Ministry said, in the "
             "deadliest day since a U.S.-brokered ceasefire took effect on Oct. 10.", "2025-10-29T16:00:00-04:00")
    assert ("casualty", "PS") in keys(ev)
    assert run("The fighting is the worst since five days of clashes in July that killed at least 48 people.",
               "2025-12-09T08:20:00+07:00") == []


def test_a_crew_member_hurt_at_sea_and_a_kill_claimed_by_the_attacker():
    ev = run("DUBAI, United Arab Emirates (AP) — Yemen's Houthi rebels fired three anti-ship ballistic missiles at a "
             "Liberian-flagged bulk carrier in the Red Sea on Sunday, lightly wounding a crew member, officials "
             "said.\n\n\"One crew member sustained minor injuries,\" the U.S. military's Central Command said.")
    assert {e.location_key for e in ev} == {"-"}
    ev = run("An Israeli drone strike hit a car in Bint Jbeil, killing two men. The Israeli military said it had killed "
             "a Hezbollah member involved in rebuilding the group's capabilities.")
    assert "IL" not in {e.country for e in ev}


def test_consumers_cut_off_after_an_energy_strike():
    ev = run("Russian drones struck an energy facility in Poltava overnight, the governor said. Around 45,000 consumers "
             "were cut off.")
    assert [e.outage_people.value for e in ev if e.type == "attack"] == [45000]


def test_days_ago_is_background_and_a_beirut_suburb_is_mount_lebanon():
    assert run("Just three days ago, U.S. strikes on the Ras Isa fuel port killed at least 74 people, according to "
               "the rebels.") == []
    ev = run("An Israeli airstrike on a crowded Beirut suburb on Friday killed a top Hezbollah military commander, "
             "Israeli officials said.")
    assert {e.location_key for e in ev} == {"LB-JL"}


def test_sirens_across_a_country_warn_of_a_missile_at_the_country():
    ev = run("Sirens sounded in Jerusalem and across central Israel after a missile was launched from Yemen, the Israeli "
             "military said, adding that it was intercepted.")
    assert [(e.location_key, e.weapon) for e in ev] == [("IL", "missile")]


def test_a_surname_that_is_a_place_a_border_and_a_trial_are_no_targets():
    ev = run("In neighboring Chuvashia, republic head Oleg Nikolayev said a drone struck the territory of an enterprise "
             "in Cheboksary. Two people were hurt and taken to hospital, he said.")
    assert {e.location_key for e in ev} == {"RU-CU"}
    ev = run("Niger says 34 soldiers killed in jihadist attack near Mali border")
    assert {e.location_key for e in ev} == {"NE"}
    assert run("Kyiv court jails Russian pilot in absentia over Mariupol theatre bombing. Ukrainian prosecutors say "
               "at least 100 people were killed in the bombing.") == []


def test_a_capitals_war_effort_is_its_state():
    assert run("Kyiv says its strikes target military and energy infrastructure used in Moscow's war effort.") == []


def test_the_latest_in_a_series_describes_and_in_support_of_is_no_place():
    assert run("The strike is the latest in a series of US operations in support of the Puntland Security Force.") == []
    ev = run("Russian drones struck Kharkiv overnight, killing three people, the latest in a series of attacks on the "
             "city.")
    assert {e.location_key for e in ev} == {"UA-63"}
    ev = run("The Islamic Resistance in Iraq said it attacked the Victory Base near Baghdad airport at dawn \"in support "
             "of our people in Palestine and Lebanon\".")
    assert "PS" not in {e.country for e in ev}


def test_a_total_over_a_span_of_days_is_background_unless_a_superlative_compares():
    assert run("Israel's military said it had killed 15 Hezbollah militants in southern Lebanon over the past 12 "
               "days.") == []
    assert run("Russian strikes on Kharkiv over the last two weeks killed 30 civilians, the governor said.") == []
    ev = run("A Russian missile struck Sumy on Monday, killing nine people in the deadliest attack on the city over "
             "the past three months, the governor said.")
    assert keys(ev) == [("attack", "UA-59"), ("casualty", "UA-59")]


def test_the_next_sentence_places_a_shooting_in_part_of_a_city():
    ev = run("Israeli troops opened fire on crowds heading to an aid site in southern Gaza on Sunday, killing at least "
             "31 people, the health ministry said. The shooting happened in the western part of Rafah.")
    assert keys(ev) == [("attack", "PS-RFH"), ("casualty", "PS-RFH")]
    assert run("Ukraine's forces shelled Horlivka, which Moscow claims as part of Russia, the mayor said.")[0].region \
        == "UA-14"


def test_the_attack_an_after_clause_answers_is_its_own_report():
    ev = run("Israel carried out an airstrike on Beirut's southern suburbs on Friday, after two rockets were fired from "
             "Lebanon towards the northern Israeli town of Kiryat Shmona.")
    got = {(e.location_key, e.weapon, e.actor) for e in ev}
    assert got == {("LB-JL", "airstrike", "IL"), ("IL-Z", "rocket", None)}
    ev = run("A Russian missile struck a building in Kyiv overnight. The death toll in Kyiv rose to 14 on Friday, "
             "after rescuers pulled three more bodies from the rubble of a building in the Sviatoshynskyi district, the city administration said.")
    assert [e.killed.value for e in ev if e.type == "casualty"] == [14]


@pytest.mark.parametrize("text", [
    "In Iran, the health ministry said 224 people had been killed in Israeli strikes in the first days of the campaign.",
    "Recap: India on Wednesday struck nine sites in Pakistan in what it called Operation Sindoor.",
])
def test_a_recap_or_a_toll_of_the_first_days_is_background(text):
    assert run(text, "2025-06-19T12:00:00+03:00") == []


def test_incidents_at_two_places_of_a_region_in_two_clauses_of_one_sentence_are_summed():
    ev = run("Iranian missiles struck Ramat Gan and Holon on Thursday. In Ramat Gan, a direct hit on a residential tower "
             "wounded 16 people, and in Holon eight people were hurt when a missile struck near apartment blocks, MDA "
             "said.", "2025-06-19T12:00:00+03:00")
    assert [e.injured.value for e in ev if e.type == "casualty"] == [24]


def test_a_commander_named_with_his_group_sums_with_the_others_killed():
    ev = run("A U.S. drone strike on a vehicle in eastern Baghdad on Wednesday night killed a senior commander of the "
             "Iran-backed militia Kataib Hezbollah and two other people, Iraqi officials said.")
    assert [e.killed.value for e in ev if e.type == "casualty"] == [3]


def test_a_national_figure_smaller_than_the_only_regional_toll_is_part_of_it():
    ev = run("A U.S. drone strike in Baghdad on Wednesday killed three people, Iraqi officials said. U.S. Central "
             "Command said it conducted a strike in Iraq, killing a Kataib Hezbollah commander.")
    assert keys(ev) == [("attack", "IQ-BG"), ("casualty", "IQ-BG")]
    ev = run("Russian strikes across Ukraine killed nine people on Monday, officials said. In Kharkiv, three people "
             "were killed when a missile hit a school.")
    assert ("casualty", "UA") in keys(ev)


def test_the_other_sides_war_toll_after_one_sides_is_background():
    ev = run("Hezbollah fired about 20 rockets at the Galilee, the Israeli military said.\n\nThe war in Lebanon has "
             "killed more than 3,760 people, according to Lebanese health officials. On the Israeli side, about 75 "
             "people, more than half of them soldiers, have been killed, according to Israeli authorities.")
    assert keys(ev) == [("attack", "IL-Z")]


def test_two_roles_of_one_weapon_before_its_noun():
    ev = run("Russia launched 108 attack and decoy drones at Ukraine overnight, the Ukrainian air force said, adding "
             "that 55 had been shot down.")
    assert [(e.launched.value, e.intercepted.value) for e in ev] == [(108, 55)]


def test_a_dateline_of_two_cities_and_a_date_before_the_outlet():
    ev = run("El Obeid / Port Sudan – November 24, 2025 (SUDAN TRIBUNE) – At least 12 people were killed on Monday "
             "when RSF drones struck a funeral in El Obeid, local sources said.", "2025-11-24T21:10:00+02:00")
    assert keys(ev) == [("attack", "SD-KN"), ("casualty", "SD-KN")]


@pytest.mark.parametrize("text, injured", [
    ("RSF drones struck a funeral in El Obeid on Monday. More than 30 wounded people were admitted to hospital.", 30),
    ("A drone strike on a market in Amhara on Monday killed nine civilians and wounded five others. A health worker at "
     "the Debark hospital said five wounded people, including a child, were being treated there.", 5),
])
def test_the_harm_as_an_adjective_and_a_speaker_is_nobody_harmed(text, injured):
    assert [e.injured.value for e in run(text, "2025-11-24T21:00:00+02:00") if e.type == "casualty"] == [injured]


def test_a_bodys_seat_under_attack_is_the_place_hit():
    ev = run("A suicide attack on the Frontier Corps (FC) headquarters in Peshawar killed three FC personnel on Monday, "
             "police said.", "2025-11-24T21:00:00+05:00")
    assert keys(ev) == [("attack", "PK-KP"), ("casualty", "PK-KP")]
    ev = run("An Israeli strike on a car in Gaza City killed two people, the Hamas-run health ministry in Khan Younis "
             "said.")
    assert {e.location_key for e in ev} == {"PS-GZA"}


def test_an_aside_on_the_attacker_does_not_date_the_news():
    ev = run("In Port-au-Prince, the prime minister's task force, which has used explosive-laden drones against gangs "
             "since March, carried out a series of strikes on Wednesday on gang positions in Bel Air, police said.",
             "2025-10-15T19:20:00-04:00")
    assert keys(ev) == [("attack", "HT-OU")]
    assert run("The strike on the station, which killed 61 people in April 2022, was one of the deadliest of the war, "
               "officials said on Wednesday.", "2025-10-15T19:20:00-04:00") == []


def test_the_air_force_acting_at_home_is_the_states_own():
    ev = run("The army general staff said the air force had carried out strikes on Monday evening against a column of "
             "terrorists near Fada N'Gourma, neutralising more than 40 terrorists.", "2025-05-13T10:00:00+00:00")
    assert {(e.location_key, e.actor) for e in ev} == {("BF-08", "BF")}
    ev = run("Russia launched 40 drones at Ukraine overnight, the air force said.")
    assert [e.actor for e in ev] == ["RU"]


def test_a_next_sentence_that_blames_a_force_names_the_attacker():
    ev = run("A drone strike on a rural market in the Amhara region's North Gondar zone on Monday killed nine "
             "civilians, residents said. They blamed the Ethiopian National Defense Force (ENDF), which has been "
             "fighting the Fano militias in the region since August 2023.", "2025-12-02T14:30:00+03:00")
    assert {(e.type, e.actor) for e in ev} == {("attack", "ET"), ("casualty", "ET")}
    ev = run("Ukraine's Air Force said Russia launched 440 drones at Ukraine overnight.")
    assert [e.actor for e in ev] == ["RU"]


def test_a_participle_of_striking_places_the_strikes():
    ev = run("Israeli strikes hit Gaza on Tuesday. The strikes began at about 2am local time on Tuesday, hitting homes "
             "and tents in Gaza City, Khan Younis and Rafah.", "2025-03-18T19:30:00+03:00")
    assert {"PS-GZA", "PS-KYS", "PS-RFH"} <= {e.location_key for e in ev}
    assert run("Ukraine has stepped up its strikes on Russian energy facilities since early August, hitting refineries "
               "in Ryazan and Volgograd.", "2025-08-20T10:00:00+03:00") == []
    assert run("\"The question is not whether Israel can keep hitting Iran,\" the analyst said.") == []


def test_strikes_the_sides_would_refrain_from_are_no_attack():
    ev = run("Putin supported the proposal of US President Donald Trump for Russia and Ukraine to mutually refrain from "
             "strikes on energy infrastructure for 30 days, the Kremlin said.", "2025-03-19T10:45:00+03:00")
    assert [e.type for e in ev] == ["ceasefire_proposal"]


def test_a_part_of_a_toll_placed_by_the_strike_that_harmed_it():
    ev = run("Gaza's civil defence agency said 13 people were killed across the Gaza Strip on Sunday, including eight "
             "in an Israeli air strike on a house in Jabalia.", "2025-01-19T16:45:00+02:00")
    assert {(e.location_key, e.killed.value) for e in ev if e.type == "casualty"} == {("PS", 13), ("PS-NGZ", 8)}


def test_a_toll_that_has_reached_a_figure_updates_it():
    ev = run("Russian missiles hit Kyiv overnight, killing seven people and injuring 30. The number of injured in the "
             "capital has reached 41, the mayor said.", "2025-06-18T16:30:00+03:00")
    assert [(e.killed.value, e.injured.value) for e in ev if e.type == "casualty"] == [(7, 41)]


def test_subscribers_cut_off_from_electricity_in_a_district_are_an_outage():
    ev = run("Russian shelling hit Kherson on Tuesday. Around 9,000 subscribers in the Korabelnyi district were cut off "
             "from electricity after shelling damaged a power line, Kherson Oblenergo said.", "2026-02-10T18:25:00+02:00")
    assert [e.outage_people.value for e in ev if e.type == "attack"] == [9000]


def test_a_part_of_a_background_total_and_a_generic_warning_are_no_news():
    assert run("At least 1,373 Palestinians have been killed while seeking food in Gaza since May 27, the UN human "
               "rights office said. Of those, 859 were killed in the vicinity of aid sites, the office said.",
               "2025-08-01T13:20:00+02:00") == []
    assert run("\"Every rocket fired at Israeli territory will be met with a forceful response,\" Katz said.") == []


def test_what_a_place_has_been_since_a_year_does_not_make_the_news_background():
    ev = run("Drones launched by the Rapid Support Forces (RSF) struck fuel depots in Port Sudan on Sunday, sending "
             "plumes of smoke over the Red Sea city that has served as the government's de facto capital since 2023.",
             "2025-05-05T14:20:00+02:00")
    assert keys(ev) == [("attack", "SD-RS")]


def test_a_ministry_list_of_downed_drones_under_a_colon():
    ev = run("Russian air defence systems destroyed 112 Ukrainian drones over seven Russian regions overnight, the "
             "Russian Defence Ministry said.\n\nAccording to the ministry, the drones were downed:\n- 38 over the "
             "territory of the Bryansk Region,\n- nine over the Moscow Region, including four flying towards Moscow,\n"
             "- eight over the Tula Region.", "2025-05-21T07:42:00+03:00")
    assert {(e.location_key, e.intercepted.value) for e in ev} == {("RU", 112), ("RU-BRY", 38), ("RU-MOS", 9),
                                                                   ("RU-TUL", 8)}


def test_a_list_of_counts_under_of_which_with_no_bullets():
    ev = run("The Russian Defence Ministry claimed that its air defence forces had intercepted and destroyed 121 "
             "Ukrainian drones overnight, of which:\n43 over the Ryazan region;\n21 over the Bryansk region;\n19 over "
             "the Voronezh region.", "2025-11-05T12:25:00+02:00")
    assert {(e.location_key, e.intercepted.value) for e in ev} == {("RU", 121), ("RU-RYA", 43), ("RU-BRY", 21),
                                                                   ("RU-VOR", 19)}


def test_a_total_over_a_countrys_territory_is_the_countrys():
    ev = run("Air defence systems destroyed 17 drones over the Voronezh Region overnight, Governor Alexander Gusev said. "
             "The Russian Defence Ministry said that 12 drones had been intercepted over the Voronezh Region, as part "
             "of 57 destroyed over Russian territory in total.", "2025-08-24T08:50:00+03:00")
    assert {(e.location_key, e.intercepted.value) for e in ev} == {("RU-VOR", 17), ("RU", 57)}


def test_shrapnel_that_fell_is_a_place_hit_and_the_launchers_place_is_none():
    ev = run("A ballistic missile launched by the Houthis in Yemen was intercepted early Tuesday, the Israel Defense "
             "Forces said. Interceptor shrapnel fell in the central city of Bnei Brak, damaging two cars, Magen David "
             "Adom said.", "2025-05-06T07:55:00+03:00")
    assert {e.location_key for e in ev} == {"IL", "IL-TA"}


def test_a_superlative_excuses_the_whole_comparison_it_opens():
    ev = run("U.S. airstrikes targeting the Houthi-held Ras Isa fuel port in western Yemen killed at least 20 people, "
             "the rebels said Friday, in one of the deadliest attacks since Washington began its latest campaign "
             "against the group last month.", "2025-04-18T08:30:00+00:00")
    assert keys(ev) == [("attack", "YE-HU"), ("casualty", "YE-HU")]


def test_early_in_the_month_of_a_late_article_is_background():
    assert run("In early July, ADF fighters killed 66 people in the village of Ntoyo in Lubero territory, according "
               "to local authorities.", "2025-07-27T18:30:00+01:00") == []
    assert keys(run("ADF fighters killed 12 people in Lubero territory overnight, local authorities said.",
                    "2025-07-27T18:30:00+01:00")) == [("attack", "CD-NK"), ("casualty", "CD-NK")]


def test_a_third_person_who_died_adds_to_the_toll():
    ev = run("A Ukrainian drone hit a house in the Moscow region's Ramenskoye district overnight, killing two people, "
             "Governor Andrei Vorobyov said. A third person died of his injuries in hospital, he said later.",
             "2025-05-07T09:00:00+03:00")
    assert [e.killed.value for e in ev if e.type == "casualty"] == [3]


@pytest.mark.parametrize("text", [
    "Sirens sounded in central Israel after a ballistic missile was launched from Yemen, the military said. The "
    "missile was intercepted.",
    "The Israel Defense Forces says it intercepted a ballistic missile launched from Yemen a short while ago.",
])
def test_one_missile_launched_and_intercepted(text):
    ev = run(text, "2025-05-06T07:55:00+03:00")
    assert [(e.country, e.launched.value, e.intercepted.value) for e in ev] == [("IL", 1, 1)]


def test_a_toll_put_at_a_figure_updates_the_first_report():
    ev = run("U.S. airstrikes on the Ras Isa fuel port killed at least 20 people and wounded more than 50 others, the "
             "rebels said Friday. A later statement from the ministry put the toll at 38 killed and 102 wounded.",
             "2025-04-18T08:30:00+00:00")
    assert [(e.killed.value, e.injured.value) for e in ev if e.type == "casualty"] == [(38, 102)]
    ev = run("An Israeli strike on a school in Gaza City killed at least 36 people early Monday, the Civil Defense "
             "said. Its spokesman initially put the toll at 25; by midday, it said 36 people had been killed.",
             "2025-06-02T12:00:00+03:00")
    assert [e.killed.value for e in ev if e.type == "casualty"] == [36]
