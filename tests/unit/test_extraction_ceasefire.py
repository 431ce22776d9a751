"""Ceasefire proposals: proposer, parties, duration, scope and stances."""

from __future__ import annotations

from sitrep.contract import Article
from sitrep.extraction import extract


def proposal(text: str):
    events = [e for e in extract(Article(id="c", text=text)) if e.type == "ceasefire_proposal"]
    assert len(events) <= 1
    return events[0] if events else None


def test_energy_truce_proposed_and_rejected():
    e = proposal("Ukraine proposed a 30-day moratorium on strikes against energy infrastructure on Monday. "
                 "Russia rejected the offer, the Kremlin said.")
    assert (e.actor, e.parties, e.duration_days, e.scope) == ("UA", ["RU", "UA"], 30, "energy")
    assert e.stances == {"UA": "proposed", "RU": "rejected"}


def test_holiday_truce_declared():
    e = proposal("Russian President Vladimir Putin declared a three-day Victory Day truce in the war with "
                 "Ukraine, the Kremlin said.")
    assert (e.actor, e.parties, e.duration_days, e.scope) == ("RU", ["RU", "UA"], 3, "holiday")
    assert e.stances["RU"] == "proposed"


def test_mediated_humanitarian_pause():
    e = proposal("Israel and Hamas agreed to a Qatari-brokered humanitarian pause of 72 hours to allow aid "
                 "into Gaza, officials said.")
    assert (e.actor, e.parties, e.duration_days, e.scope) == ("QA", ["IL", "PS"], 3, "humanitarian")


def test_maritime_and_conditional():
    e = proposal("The United States put forward a proposal for a ceasefire in the Black Sea. Moscow said it "
                 "would agree only if sanctions on its agricultural exports were lifted.")
    assert (e.actor, e.scope) == ("US", "maritime")
    assert e.stances.get("RU") == "conditional"


def test_no_proposal():
    assert proposal("Hopes are fading in the region as fighting continues along the front line.") is None
    assert proposal("Both sides accused each other of violating a ceasefire brokered in 2020.") is None
    assert proposal("The factory will halt production for maintenance next week.") is None


def proposals(text: str, published_at: str | None = "2025-05-06"):
    return [e for e in extract(Article(id="c", text=text, published_at=published_at))
            if e.type == "ceasefire_proposal"]


# --- stances ----------------------------------------------------------------------------------------------

def test_officials_and_capitals_map_to_their_side():
    e = proposal("President Donald Trump on Wednesday proposed a 30-day ceasefire between Russia and Ukraine. "
                 "Kyiv said it was ready to accept the proposal. Any truce must address the root causes of the "
                 "conflict, Kremlin spokesman Dmitry Peskov told reporters.")
    assert (e.actor, e.parties, e.duration_days, e.scope) == ("US", ["RU", "UA"], 30, "general")
    assert e.stances == {"UA": "accepted", "RU": "conditional"}


def test_negated_acceptance_is_no_acceptance():
    e = proposal("Ukraine has agreed to a U.S.-drafted ceasefire framework, Rustem Umerov said. Russia has not "
                 "accepted the plan, and the Kremlin did not say whether it would accept it.")
    assert e.actor == "US"
    assert e.stances == {"UA": "accepted"}  # "has not accepted" / "did not say whether": no stance


def test_refusal_negation_is_rejection():
    e = proposal("Russia proposed a three-day truce for Victory Day. Ukraine said it would not accept the offer.")
    assert e.stances == {"RU": "proposed", "UA": "rejected"}
    found = proposals("Putin agreed to a U.S. proposal for a 30-day halt to attacks on energy infrastructure, "
                      "but stopped short of endorsing a full 30-day ceasefire.")
    assert {(e.actor, e.scope): e.stances.get("RU") for e in found} == {("US", "energy"): "accepted",
                                                                       ("US", "general"): "rejected"}


def test_dismissed_as_a_ploy_and_turned_down():
    e = proposal("Moscow dismissed the Kiev regime's offer to halt strikes on energy facilities for a month as a "
                 "ploy.")
    assert (e.actor, e.duration_days, e.scope) == ("UA", 30, "energy")
    assert e.stances == {"UA": "proposed", "RU": "rejected"}
    e = proposal("Turkey proposed a 60-day maritime ceasefire in the Black Sea. Kyiv said it supported the idea, "
                 "but Moscow turned it down.")
    assert (e.actor, e.duration_days, e.scope) == ("TR", 60, "maritime")
    assert e.stances == {"UA": "accepted", "RU": "rejected"}


def test_cabinet_approval_and_nonstate_official():
    e = proposal("Israel's cabinet approved the ceasefire deal with Hamas on Friday. The agreement, brokered by "
                 "Qatar, Egypt and the United States, begins with a six-week first phase. A Hamas official said "
                 "the group was committed to the agreement as long as Israel abides by it.")
    assert (e.actor, e.parties, e.duration_days) == ("QA", ["IL", "PS"], 42)
    assert e.stances == {"IL": "accepted", "PS": "conditional"}


def test_welcomed_is_accepted_and_would_consider_is_no_stance():
    e = proposal("Oman has proposed a halt to attacks on commercial shipping in the Red Sea. A senior Houthi "
                 "official said the group would consider the proposal. The US State Department welcomed the "
                 "Omani initiative.")
    assert (e.actor, e.parties, e.scope) == ("OM", ["US", "YE"], "maritime")
    assert e.stances == {"US": "accepted"}


def test_agreed_in_principle_but_demanded_is_conditional():
    e = proposal("Hamas responded to the latest ceasefire proposal put forward by Qatari and Egyptian mediators "
                 "for a two-month truce. A Palestinian official said the movement had agreed to the plan in "
                 "principle but demanded guarantees.")
    assert (e.actor, e.duration_days) == ("QA", 60)
    assert e.stances == {"PS": "conditional"}


def test_stance_in_a_later_paragraph():
    e = proposal("The Israel Defense Forces announced a daily humanitarian pause in three areas of Gaza.\n\n"
                 "The pauses will run from 10 a.m. to 8 p.m., the military said.\n\n"
                 "Hamas rejected the move, calling it propaganda.")
    assert (e.actor, e.scope) == ("IL", "humanitarian")
    assert e.stances == {"IL": "proposed", "PS": "rejected"}


def test_object_of_urging_has_no_stance():
    e = proposal("Netanyahu rejected a US and French call for a 21-day ceasefire. Lebanon's prime minister "
                 "welcomed the initiative and urged the world to press Israel to accept it.")
    assert (e.actor, e.parties, e.duration_days) == ("US", ["IL", "LB"], 21)
    assert e.stances == {"IL": "rejected", "LB": "accepted"}


def test_reciprocity_is_conditional():
    e = proposal("Russian President Vladimir Putin has declared a 72-hour Easter truce. Ukraine's foreign "
                 "minister said Kyiv would observe the pause provided that Russian troops did the same.")
    assert (e.actor, e.duration_days, e.scope) == ("RU", 3, "holiday")
    assert e.stances == {"RU": "proposed", "UA": "conditional"}


def test_internal_war_sides_that_disagree_give_no_stance():
    e = proposal("The RSF said it accepts a humanitarian truce proposed by the United States. The Sudanese "
                 "army dismissed the offer.")
    assert (e.actor, e.parties, e.scope) == ("US", ["SD"], "humanitarian")
    assert "SD" not in e.stances


# --- proposer, parties, duration, scope ---------------------------------------------------------------

def test_announcer_of_an_agreement_is_the_broker():
    e = proposal("US President Donald Trump announced overnight that Israel and Iran had agreed to a complete "
                 "and total ceasefire.")
    assert (e.actor, e.parties, e.scope) == ("US", ["IL", "IR"], "general")
    assert e.stances == {"IL": "accepted", "IR": "accepted"}


def test_nonstate_proposer_is_null():
    e = proposal("The Rapid Support Forces on Saturday announced a unilateral three-day truce for the Eid "
                 "holiday.")
    assert (e.actor, e.parties, e.duration_days, e.scope) == (None, ["SD"], 3, "holiday")


def test_parties_between_and_backer_is_no_party():
    e = proposal("Oman said it had brokered a ceasefire between the US and Yemen's Houthi rebels. Israeli "
                 "warplanes later struck Sanaa airport.")
    assert (e.actor, e.parties) == ("OM", ["US", "YE"])
    e = proposal("The Congolese government and the Rwanda-backed M23 rebel group have agreed to a truce in "
                 "talks mediated by Qatar.")
    assert (e.actor, e.parties, e.stances) == ("QA", ["CD"], {"CD": "accepted"})


def test_durations():
    def days(text):
        return proposal(text).duration_days
    assert days("Putin declared a three-day ceasefire, the Kremlin said.") == 3
    assert days("Egypt proposed a week-long humanitarian pause in Gaza.") == 7
    assert days("Qatar offered a month-long moratorium on strikes on energy infrastructure.") == 30
    assert days("Israel accepted a US proposal for a two-month truce in Lebanon.") == 60
    assert days("Ukraine proposed a ceasefire of at least 30 days, officials said.") == 30
    assert days("Putin ordered a 36-hour ceasefire over Orthodox Christmas.") is None  # not whole days
    assert days("Trump announced that Israel and Iran had agreed to a ceasefire, to take effect in phases "
                "over 24 hours.") is None  # a phase-in period, not the truce's length


def test_scopes():
    def scope(text):
        return proposal(text).scope
    assert scope("Zelensky agreed to a halt on strikes on energy infrastructure, his office said.") == "energy"
    assert scope("Erdogan offered to broker a ceasefire covering navigation in the Black Sea.") == "maritime"
    assert scope("Zelensky proposed a ceasefire \"in the sky and at sea\" on Saturday.") == "unspecified"
    assert scope("Russia proposed a two-day ceasefire to allow both sides to collect the bodies of fallen "
                 "soldiers.") == "humanitarian"
    assert scope("Israel and Hamas agreed to a 60-day ceasefire that would see the release of hostages.") == \
        "general"
    assert scope("The M23 said it would respect the ceasefire proposed by Angola only if Kinshasa halted air "
                 "strikes.") == "general"


def test_two_proposals_in_one_article():
    found = proposals("Russia proposed a two-day ceasefire to collect the bodies of fallen soldiers. Zelensky "
                      "dismissed the offer. The Ukrainian delegation again proposed a full and unconditional "
                      "ceasefire of at least 30 days. Russia was ready to discuss it only if Ukraine withdrew "
                      "its troops.")
    got = {(e.actor, e.duration_days, e.scope): e.stances for e in found}
    assert got == {("RU", 2, "humanitarian"): {"RU": "proposed", "UA": "rejected"},
                   ("UA", 30, "general"): {"UA": "proposed", "RU": "conditional"}}


def test_background_and_hypothetical_truces_are_no_proposal():
    assert proposals("Talks on a possible ceasefire could begin next month, diplomats said.") == []
    assert proposals("A partial moratorium on energy strikes agreed in March collapsed within weeks, with both "
                     "sides accusing each other of violations.") == []
    assert proposals("UN Secretary-General Antonio Guterres in March proposed a nationwide ceasefire during "
                     "Ramadan, an appeal neither side heeded.") == []


def test_unilateral_pause_declared_with_a_modal():
    e = proposal("Israel said it would pause fighting in parts of Gaza for four hours a day to allow aid in.")
    assert (e.actor, e.parties, e.duration_days, e.scope) == ("IL", ["IL", "PS"], None, "humanitarian")
    assert e.stances == {"IL": "proposed"}


def test_neither_nor_and_passive_rejection():
    e = proposal("Qatar proposed a ceasefire between Russia and Ukraine. Neither Russia nor Ukraine has accepted "
                 "the proposal.")
    assert e.stances == {}
    e = proposal("The U.S. ceasefire proposal was rejected by Russia, Ukraine's foreign ministry said.")
    assert e.actor == "US"
    assert e.stances == {"RU": "rejected"}


def test_demand_on_the_other_side_is_a_condition():
    e = proposal("The United States proposed a 30-day ceasefire. Russia said it was ready for a truce but that "
                 "Ukraine must first withdraw its troops from four regions.")
    assert e.stances == {"RU": "conditional"}
    e = proposal("Egypt proposed a truce in Gaza. Israel rejected the proposal, saying Hamas must release all "
                 "hostages first.")
    assert e.stances == {"IL": "rejected"}


def test_both_sides_and_the_group():
    e = proposal("Qatar brokered a ceasefire between Israel and Hamas. The two sides agreed to a six-week first "
                 "phase, Qatari officials said.")
    assert (e.actor, e.parties, e.duration_days) == ("QA", ["IL", "PS"], 42)
    assert e.stances == {"IL": "accepted", "PS": "accepted"}
    e = proposal("Egypt proposed a 60-day truce in Gaza. Hamas said on Monday it was studying the offer. Later, "
                 "the group said it accepted the proposal.")
    assert e.stances == {"PS": "accepted"}


def test_no_proposal_in_talks_without_agreement_or_a_truce_at_risk():
    assert proposals("Peace talks in Istanbul ended without agreement on a ceasefire, though the sides agreed "
                     "to swap prisoners.") == []
    assert proposals("The ceasefire in Gaza is at risk after Israel resumed strikes, mediators warned.") == []
    assert proposals("Oil prices fell on Tuesday on hopes of a ceasefire in Ukraine, traders said.") == []


def test_adopted_and_a_hypothetical_permanent_truce():
    found = proposals("The Prime Minister's Office announced that Israel had adopted a proposal by US envoy "
                      "Steve Witkoff for a temporary ceasefire in Gaza over the Ramadan and Passover holidays.\n\n"
                      "Under the outline, the remaining hostages would be freed if an agreement on a permanent "
                      "ceasefire is reached.\n\nHamas rejected the outline.")
    assert [(e.actor, e.parties, e.scope, e.stances) for e in found] == [
        ("US", ["IL", "PS"], "holiday", {"IL": "accepted", "PS": "rejected"})]


def test_truce_announced_days_before_is_background_alone():
    text = ("A ceasefire between India and Pakistan appeared calm on Monday. The truce, which U.S. President "
            "Donald Trump announced on Saturday, ended four days of fighting.")
    assert proposals(text, published_at="2025-05-12") == []      # a Monday: Saturday is two days back
    assert len(proposals(text, published_at="2025-05-11")) == 1  # a Sunday: yesterday's news


def test_answer_before_the_sentence_that_names_the_truce():
    e = proposal("Lebanon's cabinet on Thursday welcomed the objectives of a U.S. proposal to disarm Hezbollah.\n\n"
                 "Israel has not publicly commented on the plan, which also foresees a halt to Israeli military "
                 "operations in Lebanon.")
    assert (e.actor, e.parties) == ("US", ["IL", "LB"])
    assert e.stances == {"LB": "accepted"}


def test_stance_idioms():
    base = "The United States proposed a 30-day ceasefire between Russia and Ukraine on Monday. "

    def stances(text):
        return proposal(base + text).stances
    assert stances("Ukraine gave its blessing to the plan.") == {"UA": "accepted"}
    assert stances("Moscow said it was not opposed to the idea.") == {"RU": "accepted"}
    assert stances("Moscow poured cold water on the proposal.") == {"RU": "rejected"}
    assert stances("The Kremlin called the plan a non-starter.") == {"RU": "rejected"}
    assert stances("Russia sought changes to the proposal before it would sign.") == {"RU": "conditional"}
    assert stances("Russia said it would agree to the plan once Ukraine stopped mobilisation.") == \
        {"RU": "conditional"}
    assert stances("Russia said it would respond after studying the details.") == {}
    assert stances("Ukraine agreed, but Russia has yet to give its answer.") == {"UA": "accepted"}


def test_coalition_sides_and_backers():
    e = proposal("Yemen's warring parties have agreed to a two-month truce, United Nations envoy Hans Grundberg "
                 "said. The Saudi-led coalition and the Iran-aligned Houthi movement both welcomed the "
                 "announcement.")
    assert (e.actor, e.parties, e.duration_days) == (None, ["SA", "YE"], 60)  # "Saudi-led" proposes nothing
    assert e.stances == {"SA": "accepted", "YE": "accepted"}
    e = proposal("The M23 armed group, which is backed by Rwanda, has declared a unilateral ceasefire in eastern "
                 "Congo.")
    assert (e.actor, e.parties) == (None, ["CD"])
    assert "RW" not in e.stances


def test_acceptance_noun_and_objects_joined_by_and():
    e = proposal("China welcomes all efforts conducive to peace, a spokesperson said when asked about Ukraine's "
                 "acceptance of a U.S. proposal for a 30-day ceasefire.")
    assert (e.actor, e.duration_days, e.stances) == ("US", 30, {"UA": "accepted"})
    e = proposal("Angolan President Joao Lourenco called on the Congolese government and the M23 rebels to "
                 "observe a ceasefire from midnight. The M23 said it would respect the ceasefire only if "
                 "Kinshasa halted air strikes.")
    assert (e.actor, e.parties, e.stances) == ("AO", ["CD"], {"CD": "conditional"})


def test_headline_fills_a_missing_stance():
    a = Article(id="t", title="Kyiv rejects Putin's Easter truce as 'cynical'",
                text="Russian President Vladimir Putin on Saturday declared an Easter truce in Ukraine until "
                     "midnight on Sunday. Ukrainian officials called the move cynical.", published_at="2025-04-19")
    e = next(e for e in extract(a) if e.type == "ceasefire_proposal")
    assert (e.actor, e.scope, e.stances) == ("RU", "holiday", {"RU": "proposed", "UA": "rejected"})


def test_fresh_answer_in_a_sentence_that_recalls_the_offer():
    text = "Putin, who announced on Saturday a 30-hour Easter truce, said on Monday he would extend it by a day."
    e = proposals(text, published_at="2025-04-21")  # a Monday
    assert [(p.actor, p.scope, p.duration_days) for p in e] == [("RU", "holiday", None)]


def test_modifiers_and_genitives_are_not_the_side_speaking():
    e = proposal("Ukraine is ready to accept the U.S. proposal for a 30-day interim ceasefire. The United "
                 "States will communicate to Russia that Russian reciprocity is the key to peace.")
    assert e.stances == {"UA": "accepted"}  # "Russian reciprocity" is Washington's word, not Moscow's
    e = proposal("Vladimir Putin has said he supports a US proposal for a 30-day ceasefire \"in principle\", but "
                 "that there were \"serious questions\" that needed to be addressed first. Zelensky said Putin's "
                 "response was manipulative, accusing him of preparing to reject the idea.")
    assert e.stances == {"RU": "conditional"}


def test_standing_positions_are_no_proposal():
    assert proposals("Russia launched 90 drones overnight. Kyiv has long called for a full ceasefire.") == []
    assert proposals("Washington has been pressing both sides to agree to a ceasefire.") == []


def test_generic_words_are_no_stance():
    base = "The United States proposed a 30-day ceasefire between Russia and Ukraine on Monday. "
    assert proposal(base + "Zelensky said the truce must hold.").stances == {}
    assert proposal(base + "Russian forces were pushed back near Kupiansk, Ukraine's army said of the "
                    "ceasefire talks.").stances == {}
    assert proposal(base + "The Israeli military confirmed the strike in a statement about the truce.").stances == {}


def test_cease_fire_and_hold_fire_as_verbs():
    e = proposal("The army and the RSF agreed to cease hostilities for 72 hours, Saudi Arabia said.")
    assert (e.actor, e.parties, e.duration_days, e.stances) == ("SA", ["SD"], 3, {"SD": "accepted"})
    assert proposal("Officials will hold talks on Friday. The factory will cease operations next week.") is None


def test_announcer_when_both_had_agreed():
    e = proposal("US President Donald Trump said on Saturday that he had spoken to the leaders of Thailand and "
                 "Cambodia and that both had agreed to meet quickly to work out a ceasefire.")
    assert (e.actor, e.parties, e.stances) == ("US", ["KH", "TH"], {"KH": "accepted", "TH": "accepted"})


# Demands and conditions (convention 40), extensions (41), stances given by a pronoun (42)

def test_truce_named_in_a_demand_is_no_proposal():
    assert proposal("Ukraine will keep striking Russian refineries until Moscow agrees to an unconditional "
                    "ceasefire, Zelensky said.") is None
    assert proposal("Hamas said there would be no talks unless a permanent truce is in place, and the "
                    "Houthis said they would keep attacking ships as long as Israel refused a ceasefire.") is None


def test_call_for_a_ceasefire_is_still_a_proposal():
    e = proposal("French President Emmanuel Macron called for an immediate ceasefire between Israel and "
                 "Hezbollah. Israel said it would keep striking until residents could return to the north.")
    assert (e.actor, e.parties, e.scope) == ("FR", ["IL", "LB"], "general")


def test_extension_lasts_its_own_length():
    e = proposal("Israel and Hamas agreed to extend the four-day truce in Gaza by two days, Qatar said.")
    assert (e.actor, e.duration_days, e.stances) == ("QA", 2, {"IL": "accepted", "PS": "accepted"})
    e = proposal("Saudi Arabia said the army and the RSF agreed to extend the humanitarian ceasefire for a "
                 "further week.")
    assert (e.duration_days, e.scope) == (7, "humanitarian")
    assert proposal("Qatar said Israel and Hamas agreed to a 48-hour extension of the truce.").duration_days == 2
    assert proposal("Saudi Arabia said the army and the RSF agreed to extend the ceasefire until "
                    "Saturday.").duration_days is None


def test_violations_conceded_after_the_news_keep_the_trigger():
    e = proposal("The army and the RSF agreed to extend the humanitarian ceasefire for five days, Saudi "
                 "Arabia said, despite repeated violations of the truce.")
    assert (e.actor, e.duration_days) == ("SA", 5)


def test_stance_by_pronoun_in_a_later_sentence():
    e = proposal("Egypt presented Hamas with a proposal for a 60-day truce in Gaza. Hamas said it was studying "
                 "the offer. Later on Monday it said it had accepted the proposal.")
    assert e.stances == {"PS": "accepted"}
    e = proposal("Russian President Vladimir Putin declared an Easter truce on Saturday. President Volodymyr "
                 "Zelensky said fighting continued. He dismissed the truce as an attempt by Putin to score "
                 "points.")
    assert e.stances == {"RU": "proposed", "UA": "rejected"}


def test_pronoun_speaker_setting_a_condition():
    e = proposal("The United States called for an immediate ceasefire between Thailand and Cambodia. Thailand "
                 "said it agreed in principle to the proposal. It said, however, that under the deal Cambodia "
                 "must first withdraw its troops.")
    assert e.stances.get("TH") == "conditional"


def test_understanding_to_stop_firing():
    e = proposal("India and Pakistan have reached an understanding to stop all firing and military action, "
                 "Indian Foreign Secretary Vikram Misri said.")
    assert (e.actor, e.parties, e.stances) == (None, ["IN", "PK"], {"IN": "accepted", "PK": "accepted"})


def test_coordinated_brokers_give_the_first():
    e = proposal("Israel and Hezbollah agreed to a U.S.- and French-brokered ceasefire on Tuesday.")
    assert e.actor == "US"


def test_ban_on_strikes_is_a_truce():
    e = proposal("The two countries agreed to a ban on strikes against energy facilities, the White House "
                 "said.")
    assert (e.actor, e.scope) == ("US", "energy")
    assert proposal("Germany announced a ban on arms exports that could be used in military operations in "
                    "Gaza.") is None


def test_truce_called_a_manipulation_is_rejected():
    e = proposal("Russian President Vladimir Putin declared an Easter truce on Saturday. President Volodymyr "
                 "Zelensky said fighting continued. He called the truce an attempt by Putin to manipulate "
                 "human lives.")
    assert e.stances == {"RU": "proposed", "UA": "rejected"}


def test_insisting_on_a_fact_is_no_condition():
    e = proposal("U.S. President Donald Trump announced that India and Pakistan had agreed to a ceasefire. "
                 "India said the two militaries had agreed to stop all firing, but insisted that the "
                 "understanding had been worked out directly between the two countries.")
    assert e.stances.get("IN") == "accepted"


def test_agreed_halt_announced_by_a_mediator():
    e = proposal("Ukraine and Russia agreed on Friday to halt strikes on energy facilities for 30 days, the "
                 "White House said.")
    assert (e.actor, e.duration_days, e.scope) == ("US", 30, "energy")


def test_order_to_stop_strikes():
    e = proposal("Putin ordered the military to stop strikes on Ukrainian energy infrastructure for 30 days, "
                 "the Kremlin said.")
    assert (e.actor, e.duration_days, e.scope) == ("RU", 30, "energy")


def test_coordinated_demonyms_after_to_are_objects():
    e = proposal("Hamas handed its response to the ceasefire proposal to Qatari and Egyptian mediators, "
                 "saying it was positive but sought amendments.")
    assert e.stances.get("PS") == "conditional"


def test_ceasefire_refused_until_a_demand_is_met():
    assert proposal("Netanyahu said on Sunday that Israel will not agree to a ceasefire until Hamas frees all "
                    "the hostages.") is None
    e = proposal("The United States proposed a 30-day ceasefire between Russia and Ukraine. Putin said Russia "
                 "would not agree to a ceasefire unless Western arms deliveries stopped.")
    assert (e.actor, e.duration_days, e.stances.get("RU")) == ("US", 30, "conditional")


def test_a_second_proposal_named_by_its_proposer_after_it():
    found = proposals("Putin on Monday declared a unilateral three-day ceasefire from May 8 to May 10 to mark "
                      "the 80th anniversary of the victory over Nazi Germany. Kyiv was swift to dismiss the "
                      "offer. Zelenskiy said Ukraine stood by its agreement to the unconditional 30-day "
                      "ceasefire proposed by the United States.", "2025-04-28")
    got = {(e.actor, e.duration_days, e.scope): e.stances for e in found}
    assert got[("RU", 3, "holiday")] == {"RU": "proposed", "UA": "rejected"}
    assert ("US", 30, "general") in got


def test_maritime_deal_without_a_truce_word():
    found = proposals("The White House said the two sides had agreed to \"eliminate the use of force\" in the "
                      "Black Sea. The Kremlin said the maritime deal would only take effect after sanctions "
                      "were lifted. Zelenskyy said Kyiv had agreed to the Black Sea arrangement.", "2025-03-25")
    assert [(e.actor, e.scope, e.stances) for e in found] == [
        ("US", "maritime", {"RU": "conditional", "UA": "accepted"})]


def test_demand_to_halt_attacks_under_a_truce_in_force_is_no_proposal():
    assert proposals("Israeli strikes killed three people in Lebanon despite a ceasefire that has been in place "
                     "since late November. Lebanese President Joseph Aoun called on the United States and "
                     "France to press Israel to halt its attacks.") == []


def test_a_pronoun_sentence_after_the_answer_sets_its_condition():
    e = proposal("Trump proposed a ceasefire between Thailand and Cambodia on Saturday.\n\nThailand agreed in "
                 "principle, the foreign ministry said. It said, however, that Cambodia must first withdraw its "
                 "troops.")
    assert e.stances == {"TH": "conditional"}


def test_a_however_sentence_after_the_answer_sets_its_condition():
    e = proposal("Trump proposed a ceasefire between Thailand and Cambodia on Saturday. Cambodia accepted. "
                 "Thailand agreed in principle. Thai officials said, however, that Cambodia must first "
                 "withdraw its troops.")
    assert e.stances == {"KH": "accepted", "TH": "conditional"}


def test_refrain_from_strikes_and_a_demand_about_another_truce():
    e = proposal("Putin supported Trump's proposal for Russia and Ukraine to mutually refrain from strikes on "
                 "energy infrastructure for 30 days, the Kremlin said. At the same time, Putin said that a full "
                 "ceasefire must be accompanied by a halt to mobilization in Ukraine.")
    assert (e.actor, e.duration_days, e.scope, e.stances) == ("US", 30, "energy", {"RU": "accepted"})


def test_extension_is_news_where_the_truce_was_violated():
    e = proposal("Myanmar's military government said on Thursday it would extend a temporary ceasefire by 20 "
                 "days to allow earthquake relief. Rebels said the junta had violated the truce repeatedly.")
    assert e.duration_days == 20
    assert proposal("A drone strike killed one person in Tyre, in the latest violation of the ceasefire. The "
                    "ceasefire, brokered by the United States and France, required Israel to withdraw by "
                    "January, a deadline later extended to Feb. 18.") is None


def test_a_sentence_naming_the_understanding_is_read_in_full():
    e = proposal("Trump announced on Saturday that India and Pakistan had agreed to a full and immediate "
                 "ceasefire. Pakistan's Foreign Minister Ishaq Dar confirmed the agreement. India said the "
                 "understanding had been worked out directly and that it would abide by it as long as Pakistan "
                 "did.")
    assert e.stances == {"PK": "accepted", "IN": "conditional"}


def test_signalled_openness_is_acceptance_and_would_only_give_is_no_condition():
    e = proposal("Turkey proposed a ceasefire between Russia and Ukraine on Tuesday. The Kremlin signalled "
                 "openness to the idea. Kyiv said it would study the proposal.")
    assert e.stances == {"RU": "accepted"}
    e = proposal("The United States proposed a 30-day ceasefire between Russia and Ukraine. Ukraine backed the "
                 "proposal. Moscow rebuffed the plan, saying it would only give Kyiv time to rearm.")
    assert e.stances == {"UA": "accepted", "RU": "rejected"}


def test_truce_dated_before_the_news_day_is_background():
    # Friday 2025-03-14: a proposal made on Tuesday, with no answer today, is old news (convention 38)
    assert proposals("Sudan's army chief had on Tuesday offered a humanitarian truce in El Fasher, but the RSF "
                     "has so far not responded to the offer.", published_at="2025-03-14") == []
    # the news of the day is a trip, not the truce announced two days before
    assert proposals("Macron arrived in Cairo on Thursday, days after brokering a truce between Israel and "
                     "Hezbollah that he announced on Tuesday, and met President Sisi.",
                     published_at="2025-03-13") == []
    assert proposals("The humanitarian truce the army declared late last month has largely held, residents "
                     "said.", published_at="2025-05-03") == []
    assert proposals("Hamas said in March that it accepted the idea of a 50-day truce proposed by Egypt.",
                     published_at="2025-05-02") == []
    assert proposals("A moratorium on strikes against energy facilities agreed last week has been largely "
                     "respected, both sides said.", published_at="2025-05-02") == []


def test_today_answer_to_an_earlier_offer_stays_news():
    found = proposals("Hamas on Friday accepted a 60-day truce that Egypt had proposed on Tuesday, the group "
                      "said.", published_at="2025-03-14")
    assert len(found) == 1 and found[0].stances.get("PS") == "accepted"


def test_expected_or_planned_proposal_is_no_event():
    assert proposals("Kenya is expected to present a proposal for a 30-day truce in Sudan at the summit in "
                     "Addis Ababa, diplomats said.") == []
    assert proposals("Qatar plans to put forward a plan for a humanitarian pause in Gaza next week, officials "
                     "said.") == []


def test_truce_inside_a_threat_or_condition_is_no_event():
    assert proposals("The European Union threatened new sanctions unless Russia agreed to a ceasefire with "
                     "Ukraine.") == []


def test_long_standing_calls_and_judgements_are_no_event():
    assert proposals("Turkey has repeatedly called for a cessation of hostilities between Russia and Ukraine, "
                     "the ministry said.") == []
    assert proposals("Indian Prime Minister Modi told Zelenskyy that a lasting ceasefire would pave the way "
                     "for talks with Russia, his office said.") == []
    assert proposals("Pakistan and India remain far apart on the terms of a truce, although both sides agreed "
                     "to a prisoner swap.") == []
    assert proposals("Sudan's warring parties fought on as talks brokered by Saudi Arabia struggled to produce "
                     "a lasting halt to the fighting.") == []


def test_a_truce_that_would_take_effect_is_a_proposal():
    e = proposal("Under the plan announced by Qatar, a 30-day ceasefire between Israel and Hamas would take "
                 "effect on Sunday.")
    assert e is not None and e.duration_days == 30


def test_agreeing_to_conditions_is_acceptance():
    e = proposal("The United States proposed a 60-day truce in Gaza. Israel has agreed to the necessary "
                 "conditions to finalize the truce, and Hamas said it would respond only after consultations.")
    assert e.stances == {"IL": "accepted", "PS": "conditional"}


def test_a_warning_with_will_only_is_no_condition():
    e = proposal("Qatar said Israel agreed to the terms of a 45-day truce in Gaza, urging Hamas to accept the "
                 "deal \"because it will only get worse.\"")
    assert e.stances == {"IL": "accepted"}


def test_the_other_sides_counter_offer_is_its_own():
    found = proposals("Azerbaijan declared a two-day truce in Karabakh for the holiday, the presidency said. Armenian "
                      "Prime Minister Nikol Pashinyan said Yerevan was ready for a full, lasting and unconditional "
                      "ceasefire of 60 days instead.")
    assert sorted((e.actor, e.duration_days) for e in found) == [("AM", 60), ("AZ", 2)]
    assert [e.stances.get("AM") for e in found if e.duration_days == 60] == ["proposed"]


def test_a_proposal_described_with_would_or_an_aim_stays_news():
    assert len(proposals("Under the proposal announced by Egypt, a ceasefire would be monitored by Turkish "
                         "observers.")) == 1
    assert len(proposals("Under the plan proposed by Qatar, a 60-day truce would allow the release of ten "
                         "hostages.")) == 1
    assert len(proposals("Qatar on Monday proposed new terms in a bid to secure a ceasefire in Gaza, officials "
                         "said.")) == 1
    assert proposals("Erdogan said a comprehensive ceasefire would be a first step towards peace.") == []
