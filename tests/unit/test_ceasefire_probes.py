"""Probe articles in secondary-outlet styles (Anadolu, Daily Sabah, Al Arabiya, NDTV, Newsweek, The Whistler),
written for these tests: proposals in the news mixed with background truce mentions (conventions 5, 22, 36,
38, 40). Each expects the (proposer, stances) of its ceasefire proposals, in any order."""

from __future__ import annotations

import pytest

from sitrep.contract import Article
from sitrep.extraction import extract

PROBES = [
 dict(id="anadolu", source="Anadolu", published_at="2025-03-14T09:00:00+03:00",
  title="Türkiye welcomes Hamas response to Egyptian truce plan",
  text=("ANKARA\n\nTürkiye on Friday welcomed Hamas' acceptance of an Egyptian proposal for a 50-day truce in Gaza, "
        "the Foreign Ministry said in a statement.\n\n"
        "Hamas said on Friday it had accepted the Egyptian plan, which foresees the release of hostages in stages. "
        "Israel has not yet responded to the proposal.\n\n"
        "A six-week truce that took effect in January collapsed on March 18 when Israel resumed its bombardment. "
        "Türkiye has repeatedly called for a permanent ceasefire in Gaza and for unhindered humanitarian access."),
  want=[("EG", {"PS": "accepted"})]),
 dict(id="sabah", source="Daily Sabah", published_at="2025-06-13T10:00:00+03:00",
  title="Russian drones hit Kharkiv as Ankara offers to host talks",
  text=("Russian drones struck residential buildings in Kharkiv overnight, wounding 17 people, regional governor Oleh "
        "Syniehubov said on Friday.\n\n"
        "President Recep Tayyip Erdoğan said Türkiye stood ready to host a new round of talks and that a comprehensive "
        "ceasefire would pave the way for lasting peace.\n\n"
        "Kyiv and Moscow agreed in Istanbul last week to exchange prisoners, but the two sides remain far apart on the "
        "terms of a truce. Ukraine is expected to present a proposal for a 30-day ceasefire at the next round."),
  want=[]),
 dict(id="alarabiya", source="Al Arabiya", published_at="2025-05-10T12:00:00+03:00",
  title="Pakistan, India agree to ceasefire after US mediation",
  text=("Pakistan and India have agreed to a full and immediate ceasefire, US President Donald Trump said on Saturday, "
        "after four days of cross-border strikes.\n\n"
        "Pakistan's Foreign Minister Ishaq Dar confirmed the agreement, and India's foreign secretary said both sides "
        "would stop all firing from 5 pm Indian time.\n\n"
        "A ceasefire agreed in 2021 along the Line of Control had largely held until last month."),
  want=[("US", {"IN": "accepted", "PK": "accepted"})]),
 dict(id="ndtv", source="NDTV", published_at="2025-07-04T08:30:00+05:30",
  title="Israel Strikes Gaza As Hamas Weighs Truce Offer",
  text=("Israeli strikes killed at least 30 people across Gaza on Friday, the civil defence agency said, as Hamas "
        "weighed a US-backed proposal for a 60-day ceasefire.\n\n"
        "Trump had on Tuesday announced that Israel agreed to the conditions of the truce. Hamas has so far not "
        "commented on the offer, and a senior official said the group was studying it.\n\n"
        "A lasting ceasefire would allow aid to reach the enclave, aid agencies said."),
  want=[("US", {"IL": "accepted"})]),
 dict(id="newsweek", source="Newsweek", published_at="2025-04-04T11:00:00-04:00",
  title="Map Shows Where Russia Struck Ukraine's Energy Grid",
  text=("Russian missiles hit energy facilities in Dnipropetrovsk overnight, Ukraine's energy ministry said.\n\n"
        "Why It Matters\n\nThe strikes came as talks brokered by Washington struggled to produce a durable halt to the "
        "fighting. A moratorium on strikes against energy infrastructure agreed last week has been repeatedly "
        "violated, both sides say.\n\n"
        "What Happens Next\n\nPutin said in March that he backed the idea of a 30-day truce in principle. Trump has "
        "threatened new sanctions unless Russia agreed to a ceasefire."),
  want=[]),
 dict(id="whistler", source="The Whistler", published_at="2025-05-08T07:45:00+01:00",
  title="Putin's Victory Day Truce Begins As Kyiv Demands 30-Day Ceasefire",
  text=("A three-day truce declared by Russian President Vladimir Putin for the Victory Day commemorations took effect "
        "at midnight on Thursday, the Kremlin said.\n\n"
        "Ukrainian President Volodymyr Zelensky rejected the offer as theatre and said on Thursday that Kyiv was ready "
        "for a 30-day ceasefire if Russia agreed.\n\n"
        "An energy truce declared late last month by both sides has largely collapsed."),
  want=[("RU", {"RU": "proposed", "UA": "rejected"}), ("UA", {"UA": "proposed"})]),
 dict(id="aa_sudan", source="Anadolu", published_at="2025-06-27T10:00:00+03:00",
  title="Sudanese army accepts UN call for humanitarian truce in El Fasher",
  text=("KHARTOUM\n\nThe Sudanese army on Friday accepted a proposal by UN Secretary-General Antonio Guterres for a "
        "one-week humanitarian truce in El Fasher, the Sovereignty Council said.\n\n"
        "The paramilitary Rapid Support Forces have yet to respond. The RSF had on Monday announced a unilateral "
        "ceasefire that never took hold, residents said."),
  want=[(None, {"SD": "accepted"})]),  # the UN: a non-state proposer (convention 19)
 dict(id="alarabiya_yemen", source="Al Arabiya", published_at="2025-07-11T15:00:00+03:00",
  title="Oman proposes new truce in Yemen as Houthis weigh offer",
  text=("Oman on Friday proposed a 90-day truce between the Saudi-led coalition and the Houthis, the Omani foreign "
        "ministry said, in a bid to revive stalled peace talks.\n\n"
        "Saudi Arabia welcomed the initiative, while a Houthi spokesman said the group would study it.\n\n"
        "A UN-brokered truce declared in April 2022 expired six months later. The Houthis have long called for "
        "an end to the blockade of Hodeidah port."),
  want=[("OM", {"SA": "accepted"})]),
]


def proposals(text: str, published_at: str) -> list:
    """The ceasefire proposals extract() finds in a one-off article."""
    return [e for e in extract(Article(id="p", text=text, published_at=published_at))
            if e.type == "ceasefire_proposal"]


@pytest.mark.parametrize("probe", PROBES, ids=[p["id"] for p in PROBES])
def test_probe_article(probe):
    article = Article(id=probe["id"], title=probe["title"], text=probe["text"], published_at=probe["published_at"],
                      source=probe["source"])
    got = [(e.actor, e.stances) for e in extract(article) if e.type == "ceasefire_proposal"]
    assert sorted(got, key=repr) == sorted(probe["want"], key=repr)


def test_a_truce_dated_by_an_event_months_before_is_background():
    text = "The regime declared a ceasefire after the March 28 earthquake."
    assert not proposals(text, "2025-07-12T08:00:00Z")
    assert proposals(text, "2025-04-02T08:00:00Z")


def test_a_standing_offer_made_again_is_a_second_proposal():
    text = ("President Vladimir Putin declared a three-day ceasefire from May 8 to May 10, the Kremlin said on Monday. "
            "Zelenskiy dismissed the offer as another attempt at manipulation.\n\n"
            "Instead, Zelenskiy said Ukraine was ready for a 30-day ceasefire starting immediately, an offer first "
            "made in March in talks with the United States.")
    durations = sorted(e.duration_days for e in proposals(text, "2025-04-28T12:00:00Z"))
    assert durations == [3, 30]


@pytest.mark.parametrize("text", [
    "The attack came as a US envoy prepared to travel to Moscow for talks on ending the war, which Washington "
    "hopes will lead to a ceasefire.",
    "Mediators in Cairo pressed on with efforts to broker a ceasefire and hostage release deal in Gaza.",
    "Trump said on Friday he would give Russia 50 days to agree to a ceasefire with Ukraine or face severe tariffs.",
])
def test_hopes_efforts_and_deadlines_are_no_proposal(text):
    assert not proposals(text, "2025-07-15T08:00:00Z")


def test_two_sides_of_one_country_that_both_hail_the_deal_accept_it():
    text = ("The Democratic Republic of Congo and M23 rebels signed a declaration of principles in Doha on Saturday "
            "committing to a permanent ceasefire, Qatari officials said. The Congolese government and the rebel "
            "alliance both hailed the deal as a step towards peace.")
    (event,) = proposals(text, "2025-07-19T10:00:00Z")
    assert event.parties == ["CD"] and event.stances == {"CD": "accepted"}


def test_the_army_dismissing_the_rsf_s_own_truce_leaves_sudan_s_stance_out():
    text = ("The RSF announced a unilateral three-month humanitarian truce on Thursday. The Sudanese army dismissed "
            "the announcement as a media stunt.")
    (event,) = proposals(text, "2025-03-14T10:00:00Z")
    assert (event.parties, event.stances, event.duration_days) == (["SD"], {}, 90)


@pytest.mark.parametrize("text", [
    "Russian drones hit Odesa overnight. Talks on a ceasefire are expected to resume in Istanbul next week, Turkish "
    "officials said.",
    "The truce between India and Pakistan, agreed on May 10, has held despite sporadic violations.",
    "Ukraine's foreign minister said Kyiv remained committed to a full ceasefire and was ready to implement it as "
    "soon as Russia agreed.",
    "Sudan's army chief rejected calls for a truce on Monday and vowed to fight until the RSF was defeated.",
])
def test_truce_talk_that_is_no_proposal(text):
    assert not proposals(text, "2025-07-14T10:00:00Z")


def test_a_warning_against_any_violations_or_an_old_truce_s_breaches_leave_the_counter_offer_standing():
    text = ("President Vladimir Putin on Monday declared a three-day ceasefire to coincide with the Victory Day "
            "celebrations, the Kremlin said, warning that Russian forces would respond to any violations.\n\n"
            "President Volodymyr Zelensky dismissed the offer. He said Kyiv was calling for an immediate and full "
            "ceasefire of at least 30 days.\n\n"
            "Earlier this month, Putin declared a 30-hour Easter truce, which both sides accused each other of "
            "violating thousands of times.")
    assert sorted((e.actor, e.duration_days) for e in proposals(text, "2025-05-05T10:00:00Z")) == [
        ("RU", 3), ("UA", 30)]


def test_a_stance_recalled_from_an_earlier_year_is_no_answer_to_the_day_s_proposal():
    text = ("Ukraine said on Tuesday it was ready to accept a U.S. proposal for an immediate 30-day ceasefire with "
            "Russia.\n\n"
            "In 2024, Putin said Moscow would agree to a ceasefire only if Ukraine withdrew from four regions, a "
            "demand Kyiv rejected.")
    assert [(e.actor, e.stances.get("UA")) for e in proposals(text, "2025-03-11T18:00:00Z")] == [("US", "accepted")]


def test_a_truce_that_took_effect_days_ago_is_no_proposal_and_an_even_as_clause_is_not_the_truce_s():
    assert not proposals("The ceasefire, the first phase of US President Donald Trump's plan for Gaza, took effect "
                         "on October 10.", "2025-10-19T22:15:00+03:00")
    new = proposals("Myanmar's military regime announced on Tuesday that it would extend its temporary ceasefire "
                    "until April 30, even as its aircraft continued to bomb villages in several regions.",
                    "2025-04-22T20:40:00+06:30")
    assert [e.actor for e in new] == ["MM"]


def test_a_proposal_made_in_an_earlier_month_opening_the_sentence_is_background():
    text = ("In September, the so-called Quad - the US, Saudi Arabia, the United Arab Emirates and Egypt - proposed a "
            "three-month humanitarian truce. Neither side has formally agreed to it.")
    assert not proposals(text, "2025-10-29T17:00:00Z")


def test_a_truce_that_was_first_announced_weeks_ago_is_no_proposal():
    text = ("The understanding that ended last month's hostilities with India is holding along the Line of Control, "
            "the committee was told on Thursday. The cessation of hostilities was first announced by U.S. President "
            "Donald Trump, a claim of mediation that India has disputed.")
    assert not proposals(text, "2025-06-05T09:00:00+05:00")


def test_a_position_the_side_has_previously_taken_is_no_answer():
    text = ("Ukraine said on Tuesday it was ready to accept a U.S. proposal for an immediate 30-day ceasefire with "
            "Russia. Russian President Vladimir Putin later said he supported the idea of a truce in principle, but "
            "that there were \"nuances\" that needed to be worked out.\n\nRussia has previously rejected calls for a "
            "temporary ceasefire, saying it would only allow Ukraine to rearm.")
    (p,) = proposals(text, "2025-03-11T18:00:00Z")
    assert p.stances == {"RU": "conditional", "UA": "accepted"}


def test_the_sides_own_ceasefire_is_proposed_by_neither():
    text = ("Thailand and Cambodia's ceasefire got off to a rocky start on Tuesday, hours after the truce took effect. "
            "The two countries agreed on Monday to an immediate ceasefire at talks hosted by Malaysian Prime Minister "
            "Anwar Ibrahim. Phumtham said Thailand had agreed to the ceasefire in good faith. Hun Manet said Cambodia "
            "accepted the deal.")
    (p,) = proposals(text, "2025-07-29T11:20:00+07:00")
    assert (p.actor, p.stances) == ("MY", {"KH": "accepted", "TH": "accepted"})


def test_truce_talks_and_recalled_truces_are_no_proposals():
    assert not proposals("Israeli attacks kill at least 43 Palestinians across Gaza as truce talks stall.",
                         "2025-07-20T10:00:00Z")
    assert not proposals("Indirect ceasefire talks in Doha continue without a breakthrough, a Palestinian official says.",
                         "2025-07-20T10:00:00Z")
    assert not proposals("Earlier, Russian President Vladimir Putin declared a ceasefire for the days of the Victory "
                         "Day celebration from May 8 to May 10.", "2025-05-07T10:00:00+03:00")
    assert not proposals("At those talks, Moscow offered a ceasefire of two to three days on some sections of the "
                         "front line, which Kyiv dismissed as insufficient.", "2025-07-24T10:00:00+03:00")


def test_a_halt_that_no_one_proposes_answers_or_dates_is_no_proposal():
    assert not proposals("A drone struck an oilfield in Iraq's Kirkuk province early on Tuesday, setting a storage "
                         "tank on fire and forcing a partial halt to production.", "2025-07-15T10:00:00Z")
    (p,) = proposals("The United Nations Security Council has called for an immediate cessation of hostilities in "
                     "Sudan during the holy month of Ramadan.", "2025-03-01T10:00:00Z")
    assert p.actor is None  # a non-state proposer: kept


def test_days_given_to_agree_to_a_ceasefire_are_no_answer():
    for p in proposals('Donald Trump said he would give Vladimir Putin "10 or 12 days" to agree to a ceasefire or face '
                       'new sanctions.', "2025-07-29T10:00:00Z"):
        assert "RU" not in p.stances


def test_a_counter_offer_after_a_holiday_truce_is_the_other_sides_own():
    text = ("President Vladimir Putin on Monday declared a 72-hour ceasefire in Ukraine to coincide with Russia's "
            "Victory Day celebrations, the Kremlin said, as Kyiv pressed Moscow instead for an immediate truce of "
            "at least 30 days. Ukrainian President Volodymyr Zelensky dismissed the offer as \"another attempt at "
            "manipulation.\"")
    got = {(e.actor, e.duration_days): e.stances for e in proposals(text, "2025-04-28T19:50:00+03:00")}
    assert got[("RU", 3)] == {"RU": "proposed", "UA": "rejected"}
    assert got[("UA", 30)].get("UA") == "proposed"
    text = ("Russian President Vladimir Putin on Monday declared a unilateral three-day ceasefire from May 8, the "
            "Kremlin said. Ukraine dismissed the offer. Foreign Minister Andrii Sybiha said Ukraine was ready to "
            "support \"a lasting, durable and full ceasefire\" for at least 30 days.")
    assert {(e.actor, e.duration_days) for e in proposals(text, "2025-04-28T10:00:00Z")} == {("RU", 3), ("UA", 30)}
    titled = Article(id="t", text=text, published_at="2025-04-28T10:00:00Z",
                     title="Putin declares 72-hour Victory Day ceasefire; Kyiv calls for 30-day truce")
    assert {(e.actor, e.scope) for e in extract(titled)} == {("RU", "holiday"), ("UA", "general")}


def test_a_so_called_truce_that_an_attack_ignores_is_no_proposal():
    text = ("On the night of 9 May, despite the so-called \"truce\" announced by Moscow, the enemy attacked with "
            "2 Iskander-M ballistic missiles and 108 Shahed attack UAVs.")
    assert proposals(text, "2025-05-09T09:40:00+03:00") == []


def test_a_truce_that_holds_and_a_demand_that_one_side_stop_are_no_proposals():
    published = "2025-10-29T16:55:00+02:00"
    assert proposals("Israeli strikes killed at least 104 people, the deadliest day since a U.S.-brokered "
                     "ceasefire took hold nearly three weeks ago.", published) == []
    assert proposals("Lebanese President Joseph Aoun urged the United States and France, which guarantee the "
                     "ceasefire, to \"pressure Israel to stop its daily attacks.\"", published) == []
    assert proposals("Putin agreed to halt its strikes on energy infrastructure for 30 days, the Kremlin said.",
                     published)


def test_days_given_to_agree_to_a_ceasefire_are_a_deadline_not_a_proposal():
    text = ("Russia launched a combined missile and drone attack on Kyiv overnight, killing six people. The attack "
            "comes days after U.S. President Donald Trump said he would give Russia \"10 or 12 days\" to agree to a "
            "ceasefire, shortening his earlier 50-day deadline.")
    assert proposals(text, "2025-07-31T15:10:00+03:00") == []


@pytest.mark.parametrize("text", [
    "European planners have spent months drafting options for a force that would deploy to Ukraine once a "
    "ceasefire is agreed.",
    "\"We cannot ask Ukraine to accept a ceasefire that rewards aggression,\" Estonia's foreign minister said.",
    "The president has said elections could be organised within 60 to 90 days of a ceasefire backed by security "
    "guarantees.",
])
def test_a_truce_still_to_come_is_no_proposal(text):
    assert extract(Article(id="t", text=text, published_at="2025-03-01T10:00:00Z")) == []


def test_the_guarantors_or_sponsors_of_a_truce_in_force():
    text = ("Lebanese President Joseph Aoun called on the United States and France, the ceasefire's guarantors, to "
            "press Israel to stop them. He called on the ceasefire's sponsors to \"assume their responsibilities.\"")
    assert extract(Article(id="t", text=text, published_at="2025-10-02T17:25:00+03:00")) == []


@pytest.mark.parametrize("text", [
    "Russian President Vladimir Putin proposed that negotiators meet in Istanbul on Thursday, while European leaders "
    "pressed Moscow to accept a 30-day ceasefire.",
    "The killings continued despite daily \"tactical pauses\" in fighting that the Israeli military announced on "
    "Sunday.",
    "Starmer said the UK would recognise a Palestinian state in September unless Israel \"takes substantive steps\", "
    "including agreeing to a truce.",
    "A ceasefire must come first, he added, followed by talks on security guarantees.",
    "\"Every such strike is Russia's answer to all the calls for a ceasefire,\" Zelensky wrote on social media.",
])
def test_truce_talk_that_proposes_nothing(text):
    assert proposals(text, "2025-07-29T10:00:00Z") == []


def test_a_counter_offer_in_the_same_sentence_as_the_truce_it_answers():
    text = ("MOSCOW/KYIV, April 28 (Reuters) - Russian President Vladimir Putin on Monday declared a three-day "
            "ceasefire in Ukraine to mark the 80th anniversary of the Soviet victory, a move Ukraine dismissed as a "
            "manipulation as it called instead for a truce of at least 30 days.")
    got = {(e.actor, e.duration_days): e.stances for e in proposals(text, "2025-04-28T18:10:00+03:00")}
    assert got[("RU", 3)].get("UA") == "rejected" and got[("UA", 30)].get("UA") == "proposed"


def test_a_day_count_is_another_truce_than_one_stated_in_hours():
    text = ("Russia's 36-hour Easter truce declared by Vladimir Putin ended at midnight. Zelensky said Kyiv was ready "
            "for a 30-day halt to strikes on civilian infrastructure.")
    got = {(e.actor, e.duration_days) for e in proposals(text, "2025-04-21T09:00:00+03:00")}
    assert got == {("RU", None), ("UA", 30)}


def test_a_truce_said_to_be_overturned_is_in_force_not_proposed():
    text = ("Israel carried out a wave of air strikes across the Gaza Strip on Tuesday, killing at least 404 "
            "Palestinians, the health ministry said. Hamas accused Israel of \"overturning\" the ceasefire agreement.")
    assert proposals(text, "2025-03-18T19:30:00+03:00") == []


@pytest.mark.parametrize("text", [
    "Trump said the best way to end the war was to go directly to a peace agreement, \"not a mere Ceasefire Agreement, "
    "which often times do not hold up,\" after his summit with Putin.",
    "Zelensky said Ukraine wanted lasting security guarantees rather than a truce that Russia would use to regroup.",
])
def test_a_truce_set_aside_for_something_else_is_no_proposal(text):
    assert proposals(text, "2025-08-16T10:00:00Z") == []


def test_a_look_back_gives_no_proposal():
    article = Article(id="t", title="A year after the guns fell silent on the LoC", published_at="2026-05-10T08:00:00+05:00",
                      text=("MUZAFFARABAD: The understanding between India and Pakistan has largely held. \"The "
                            "ceasefire is a military arrangement, not a political one,\" said an analyst in Lahore, "
                            "adding that both sides had accepted the truce brokered by the United States."))
    assert [e for e in extract(article) if e.type == "ceasefire_proposal"] == []


@pytest.mark.parametrize("text", [
    "Russia has instead offered short holiday truces, which Kyiv dismissed as theatre.",
    "Senator Lindsey Graham said on Monday he would push for a vote on a bill that would impose tariffs of up to 500% on "
    "countries buying Russian oil if Moscow did not agree to a ceasefire.",
    "The Commission presented its 20th package of sanctions and warned that more would follow if Moscow kept stalling "
    "on a ceasefire.",
    "Netanyahu had ordered \"powerful strikes\" before the army said it was resuming enforcement of the truce.",
])
def test_truces_in_general_a_threat_or_the_enforcement_of_one_propose_nothing(text):
    assert proposals(text, "2025-10-29T10:00:00Z") == []


@pytest.mark.parametrize("text", [
    "Israeli air strikes killed at least 24 people across the Gaza Strip overnight, Gaza's health ministry said, after "
    "Israel accused Hamas of killing a soldier in Rafah in the most serious test yet of a U.S.-brokered ceasefire.",
    "Sybiha said that a new round of talks in Istanbul should focus on \"an all-for-all exchange and a full and "
    "unconditional ceasefire\", which Ukraine has supported since March last year. Russia has not agreed to an "
    "unconditional ceasefire.",
])
def test_a_truce_under_test_an_agenda_and_a_standing_refusal_propose_nothing(text):
    assert proposals(text, "2025-10-29T10:00:00Z") == []


def test_a_draft_to_be_discussed_is_no_proposal_yet():
    text = ("US envoy Amos Hochstein is expected in Beirut next week to discuss a draft ceasefire proposal that would "
            "see Hezbollah withdraw north of the Litani River, Lebanese media reported.")
    assert proposals(text, "2024-11-10T10:00:00Z") == []


@pytest.mark.parametrize("text", [
    "The attacks came as the European Union prepares a 20th package of sanctions against Russia, and as a U.S.-led "
    "effort to broker a ceasefire remained stalled.",
    "A 28-point draft plan circulated by Washington this week would include a ceasefire along current lines and "
    "eventually ease sanctions on Moscow, according to people familiar with the matter.",
])
def test_an_effort_towards_a_truce_or_a_draft_that_would_include_one_is_no_proposal(text):
    assert proposals(text, "2025-11-20T10:00:00Z") == []


@pytest.mark.parametrize("text", [
    "\"The 50-day window gives the market plenty of time to see if a ceasefire materialises,\" said an oil broker.",
    "\"A ceasefire is the first step, and Moscow refuses even that,\" the minister said.",
])
def test_a_view_of_truces_or_one_that_may_come_is_no_proposal(text):
    assert proposals(text, "2025-07-15T10:00:00Z") == []


def test_a_proposal_owned_with_an_earlier_month_is_a_standing_one():
    text = ("The Quad's September proposal for a humanitarian truce of three months, followed by a permanent "
            "ceasefire, has not been accepted by either side so far.")
    assert proposals(text, "2025-11-24T21:10:00+02:00") == []


def test_said_no_before_a_noun_is_a_claim_and_said_no_to_is_a_rejection():
    opening = ("Pakistan and India agreed on Saturday to a ceasefire with immediate effect, after talks mediated "
               "by the United States, President Donald Trump announced. ")
    claim = opening + "The Indian government has said no third-party mediation was involved."
    refusal = opening + "The Indian government has said no to any mediation and to the truce."
    assert [e.stances for e in proposals(claim, "2025-05-11T10:00:00Z")] == [{"IN": "accepted", "PK": "accepted"}]
    assert [e.stances["IN"] for e in proposals(refusal, "2025-05-11T10:00:00Z")] == ["rejected"]


def test_a_dated_truce_and_a_counter_offer_of_30_days_are_two_proposals():
    text = ("Russian President Vladimir Putin has declared a ceasefire from 00:00 on May 8 to 00:00 on May 11, the "
            "Kremlin press service said. The Kremlin said the three-day truce would be observed along the whole "
            "front line.\n\nUkrainian Foreign Minister Andrii Sybiha said Kyiv was instead proposing a full "
            "ceasefire for at least 30 days.")
    got = sorted((e.actor, e.duration_days) for e in proposals(text, "2025-04-28T14:00:00+03:00"))
    assert got == [("RU", 3), ("UA", 30)]


@pytest.mark.parametrize("violation", [
    "adding that in case of violations Russian troops would give an adequate response",
    "adding that Putin's previous truce, over Easter, had been violated by Ukraine thousands of times",
    "recalling Putin's previous truce, over Easter. Russia, in turn, accused Ukraine of 4,900 violations",
])
def test_a_warning_of_violations_or_those_of_a_previous_truce_leave_a_readiness_offer_standing(violation):
    text = ("Putin has declared a ceasefire for the Victory Day celebrations, the Kremlin said.\n\n"
            f"\"Russia believes that the Ukrainian side should follow this example,\" the statement said, {violation}."
            "\n\nSybiha wrote on social media that Ukraine was ready to support \"a lasting, durable and full "
            "ceasefire\" for at least 30 days.")
    got = sorted((e.actor, e.duration_days) for e in proposals(text, "2025-04-28T14:00:00+03:00"))
    assert got == [("RU", None), ("UA", 30)]


@pytest.mark.parametrize("text, claimant", [
    ("Russia will observe a three-day ceasefire from May 8. The truce would cover the Victory Day celebrations, "
     "the Kremlin said.", "the Kremlin"),
    ("German Chancellor Friedrich Merz on Tuesday proposed a Christmas ceasefire in Ukraine.", "Merz"),
    ("Hamas has rejected an Israeli proposal for a 45-day ceasefire in Gaza.", None),
])
def test_a_proposal_is_claimed_by_its_source_or_else_by_the_proposer_who_announced_it(text, claimant):
    (event,) = proposals(text, "2025-12-16T10:00:00Z" if "Christmas" in text else "2025-04-28T10:00:00Z")
    assert event.claimed_by == claimant


def test_an_analysis_gives_the_proposal_of_its_news_peg_but_none_of_the_truces_it_recalls():
    text = ("Turkish President Recep Tayyip Erdogan on Monday called for an immediate and unconditional ceasefire "
            "between Russia and Ukraine. Zelensky's office welcomed the call.\n\nIn January 2023, Vladimir Putin "
            "ordered a 36-hour Orthodox Christmas ceasefire, which Kyiv dismissed as a ploy.")
    title = "Analysis: Every truce in Ukraine has collapsed. Will Erdogan's be different?"
    article = Article(id="a", title=title, text=text, published_at="2025-11-17T19:30:00+01:00")
    assert [(e.actor, e.stances) for e in extract(article) if e.type == "ceasefire_proposal"] == \
        [("TR", {"UA": "accepted"})]
    recalled = Article(id="b", title=title, text=text.split("\n\n")[1], published_at="2025-11-17T19:30:00+01:00")
    assert [e for e in extract(recalled) if e.type == "ceasefire_proposal"] == []


def test_the_proposer_is_the_subject_before_an_aside_that_names_another_side():
    text = ("Trump's plan, unveiled at the White House on Monday alongside Netanyahu, calls for an immediate "
            "ceasefire, the return of all hostages within 72 hours and a phased Israeli withdrawal.")
    assert [e.actor for e in proposals(text, "2025-10-04T16:00:00+03:00")] == ["US"]


def test_a_proposal_dated_day_first_to_an_earlier_month_is_background():
    text = ("Russian President Vladimir Putin on Saturday declared an Easter truce from 18:00 on 19 April until "
            "midnight on 21 April.\n\nUkrainian Foreign Minister Andrii Sybiha said Moscow had ignored Kyiv's "
            "acceptance of the US proposal for a 30-day unconditional ceasefire on 11 March.")
    assert [e.stances for e in proposals(text, "2025-04-19T21:30:00+03:00")] == [{"RU": "proposed"}]


def test_a_pledge_to_stop_firing_on_a_condition_answers_the_announced_truce():
    text = ("Iran's foreign minister said early Tuesday that his country would stop firing if Israel halted its "
            "strikes, hours after President Donald Trump announced what he called a \"complete and total ceasefire\" "
            "between the two countries. Israel said it had agreed.")
    assert [(e.actor, e.stances) for e in proposals(text, "2025-06-24T09:30:00+03:00")] == \
        [("US", {"IL": "accepted", "IR": "conditional"})]


def test_a_pause_pledged_on_a_condition_is_no_proposal():
    text = ("U.S. envoy Amos Hochstein has shuttled between the two countries for months in an attempt to calm the "
            "front. Hezbollah leader Hassan Nasrallah has said his group will stop firing once the war in Gaza ends.")
    assert proposals(text, "2024-07-04T19:42:00+03:00") == []


def test_approval_given_and_a_claim_dismissed_are_acceptances():
    text = ("Israel's security cabinet gave its approval on Friday to the ceasefire and hostage release deal with "
            "Hamas announced by Qatar, the Prime Minister's Office said. Hamas said it was committed to the "
            "agreement, dismissing Israeli claims of last-minute changes as baseless.")
    assert [e.stances for e in proposals(text, "2025-01-17T19:55:00+02:00")] == [{"IL": "accepted", "PS": "accepted"}]
