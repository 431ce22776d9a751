"""Ceasefire proposals: one event per proposal an article proposes, accepts, rejects or conditions.

- trigger: a sentence with a ceasefire word ("ceasefire", "truce", "a halt to strikes", "humanitarian pause")
  and a proposal/response word ("proposal", "agreed", "rejected", "talks"), not background or a violation;
- mentions: every ceasefire word of a trigger sentence, with the duration and scope of its own noun phrase
  ("a 30-day mutual halt to attacks on energy infrastructure", "a full ceasefire", "a truce of 30 days").
  A mention whose scope or duration differs from the proposals so far, and that something proposes or
  answers, is a further proposal ("agreed to a 30-day energy halt but stopped short of a full ceasefire");
- proposer: "U.S.-brokered", "a U.S. proposal", "Washington's plan", "proposed/brokered by X", the subject of
  "X proposed/declared/offered/called for", or the non-party that says two sides "had agreed";
  a non-state proposer (the RSF, an alliance) gives null;
- parties: "between X and Y", "X and Y agreed", else the sides named (pairs in data/actors.json), a
  mediator excluded; a state and its own armed group (Sudan and the RSF) are one internal party;
- stances: each side named as a subject, and the cue words after it up to the next side
  (data/cues.json stance_*): a negated acceptance is a rejection ("would not accept", "stopped short of
  endorsing") or no stance ("has not accepted", "did not say whether it would accept"); strong conditions
  ("only if", "provided", "in kind") beat a rejection, which beats weak ones ("if", "must", "guarantees"),
  which beat an acceptance. A cue goes to the proposal whose mention it governs, else to the one
  mentioned last. The proposer that is a party is "proposed". Stance holders also include "the two
  sides" (every party), "the group" (the armed group named last) and the speaker of a quote that follows
  (""If Russia stops, we are ready," the office said"); sentences that do not refer to the deal but hold a
  plain stance verb, up to three paragraphs on, only fill in sides that have no stance yet.
A truce named inside a demand or condition ("until Moscow agrees to a ceasefire", "unless a truce is in
place") is no mention; an extension lasts its own length ("extend the truce by two days"); a pronoun
subject ("It later said it had accepted") speaks for the subject of the sentence before.
Conventions: tests/corpus/README.md 19-23 and 33-42.

Modules, one job each:
- gate.py        the article gate (a gate word, a ceasefire in force) and the trigger sentences
- background.py  whether the clause of a ceasefire word is old news (standing position, earlier day or month)
- mentions.py    the ceasefire words of a sentence, not one in force, in a condition nor a hypothetical one
- phrases.py     multi-word phrase tables and matching; where a mention's noun phrase ends
- duration.py    a mention's duration in days
- scope.py       a mention's scope (energy, maritime, sky, humanitarian, holiday, partial, general)
- entities.py    the sides a sentence names, and "the two sides" / "the group"
- roles.py       a side's role in its clause: object, speaker of what precedes, modifier
- cues.py        stance cue words in a span
- stances.py     stances by clause, and a proposal's stance per party
- anaphora.py    a stance given by a pronoun subject: the side it refers to
- proposer.py    who proposed (or brokered) a proposal
- parties.py     the warring parties of a proposal
- proposal.py    one proposal being read; same proposal or a further one
- reading.py     the sentences read in order: each mention and stance cue routed to its proposal
- events.py      extract(): gate, triggers, reading, headline, one event per proposal
"""

from .events import extract
from .gate import _VIOLATION, _mentions_violation

__all__ = ["extract", "_VIOLATION", "_mentions_violation"]
