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
Conventions: tests/corpus/README.md 19-23 and 33-38.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date

from ..contract import Article, CeasefireProposalEvent, Evidence, make_event_id
from .actors import find_claimant
from .construct import construct
from .filters import is_background
from .lexicon import (
    ACTORS,
    CAPITALS,
    CEASEFIRE_CORE,
    CONFLICT_PAIRS,
    CUES,
    LEADERS,
    MEDIATORS,
    NONSTATE_COUNTRY,
    PROPOSAL_WORDS,
    STATE_GROUPS,
    country_of_demonym,
    country_of_name,
)
from .numbers import _UNITS
from .text import Sentence, Token, sentences_containing, tokenize

_CF = CUES["ceasefire"]  # data/cues.json
_PAUSE = frozenset({"halt", "pause", "pauses", "moratorium", "stop", "cessation", "suspension", "cease", "hold"})
_PAUSE_OBJ = frozenset({"strikes", "attacks", "fighting", "hostilities", "bombing", "fire", "shelling",
                        "military", "attacking", "striking", "force", "offensive", "operations"})
_IN_FORCE = frozenset({"despite", "violating", "violated", "breaking", "since", "under", "fragile", "existing",
                       "current", "violations", "breaches", "shaky"})
_SPECULATION = frozenset({"bet", "bets", "betting", "investors", "traders", "odds", "speculation", "priced",
                          "pricing", "markets", "warrants", "bonds", "prospects"})
_NOT_A_PROPOSAL = frozenset({"any", "future", "eventual", "possible", "potential", "hypothetical", "no", "without"})
_EXPLICIT = frozenset({"proposal", "proposed", "proposes", "propose", "proposing", "offer", "offered", "offers",
                       "plan", "initiative", "new", "declared", "declares", "announced", "announces", "agreed",
                       "agree", "accepted", "rejected", "dismissed", "welcomed", "refused", "backed",
                       "endorsed", "approved", "ordered"})
_GATE_WORDS = tuple(CUES["ceasefire_gate_words"])  # data/cues.json
_STANDING = tuple(_CF["standing_positions"])
_CORE_STANCE = re.compile("|".join(re.escape(w) for w in sorted(_CF["core_stance_words"], key=len, reverse=True)))
_REFER_WORDS = ("proposal", "agreement", "deal", "plan", "offer", "initiative", "framework",
                              "arrangement", "accord", "idea")
_UNIT_DAYS = {"day": 1, "days": 1, "week": 7, "weeks": 7, "month": 30, "months": 30, "hour": 0, "hours": 0}
_VIOLATION = re.compile(r"violat|breach|broke down|collapsed|accused each other", re.I)
_VIOLATION_STEMS = tuple(CUES["ceasefire_violation_stems"])  # data/cues.json
# The only characters that match a letter of _VIOLATION under re.I but do not lower-case to it.
_FOLD_ONLY = ("ı", "ſ")

_NAMES: dict[str, str | None] = {k: v for k, v in ACTORS["ceasefire_names"].items() if not k.startswith("_")}
_INTERNAL = frozenset(ACTORS["ceasefire_internal_groups"])
_GROUPS: dict[str, str] = {k: v for k, v in ACTORS["ceasefire_nonstate"].items() if not k.startswith("_")}
_NOT_SELF = frozenset(_CF["not_self_heads"])
_SPEAKER_HEADS = frozenset(_CF["speaker_heads"])
_SKY_POST = tuple(tuple(p.split()) for p in _CF["scope_sky_post"])


def _phrases(items) -> dict[str, list[tuple[str, ...]]]:
    out: dict[str, list[tuple[str, ...]]] = {}
    for p in sorted(items, key=lambda s: -len(s.split())):
        words = tuple(p.split())
        out.setdefault(words[0], []).append(words)
    return out


# Stance cue classes, strongest first: (name, stance, rank). A party's stance is its highest-ranked cue.
_CUE_CLASSES = (
    ("strong", "conditional", 4, _phrases(CUES["stance_conditional"])),
    ("rejected", "rejected", 3, _phrases(CUES["stance_rejected"])),
    ("weak", "conditional", 2, _phrases(CUES["stance_conditional_weak"])),
    ("accepted", "accepted", 1, _phrases(CUES["stance_accepted"])),
)
_CUE_FIRST = frozenset(w for _, _, _, ph in _CUE_CLASSES for w in ph)
_REFUSAL = _phrases(_CF["refusal_negators"])
_MUST_NOT = _phrases(_CF["must_not_conditions"])
_NEGATORS = _phrases(["not", "n't", "never", "no longer"])
_PENDING = _phrases(_CF["pending_negators"])
_OBJECT_BEFORE = frozenset(_CF["object_before"])
_AFFILIATION = frozenset(_CF["affiliation_heads"])
_TITLES = frozenset(_CF["name_titles"])
_SPEECH = frozenset(_CF["speech_verbs"])
_SEATS = frozenset(_CF["seat_heads"])
_DEMAND_VERBS = frozenset(_CF["demand_verbs"])
_PROPOSER_VERBS = _phrases(_CF["proposer_verbs"])
_PROPOSAL_NOUNS = frozenset(_CF["proposal_nouns"])
_BY_HEADS = frozenset(_CF["by_heads"])
_LED_HEADS = frozenset(_CF["led_heads"])
_NP_GAP = frozenset(_CF["np_gap"])
_MODIFIER_HEADS = frozenset({"backed", "aligned", "allied", "linked", "affiliated", "supported", "sponsored",
                             "funded", "armed", "based"})
_LED_OBJECTS = _PROPOSAL_NOUNS | {"talks", "negotiations", "efforts"}  # "U.S.-led talks", not "Saudi-led coalition"
_DUR_PREPS = frozenset(_CF["duration_preps"])
_DUR_FILLERS = frozenset(_CF["duration_fillers"])
_DUR_HEADS = frozenset(_CF["duration_heads"])
_DUR_LONGS: dict[str, int] = _CF["duration_longs"]
_BOUNDARY = frozenset(_CF["scope_boundaries"])
_SCOPE_CUES = {k: _phrases(v) for k, v in _CF["scope_pre"].items()}
_SCOPE_FIRST = frozenset(w for table in _SCOPE_CUES.values() for w in table)
_HYPOTHETICAL_BEFORE = frozenset({"if", "any", "possible", "potential", "future", "eventual", "unless"})
_SUBORDINATORS = frozenset({";", "after", "before", "while", "when", "because", "although", "though", "that",
                            "which", "who", "whom", ":"})
_ADJ_SKIP = frozenset({"the", "a", "an", "eastern", "western", "northern", "southern", "central", "north", "south",
                       "east", "west", "north-eastern", "northeastern", "occupied", "its", "their", "his", "her"})


_STOP_WORDS = frozenset({"and", "but", "when", "while", "as", "after", "before", "that", "it", "we", "they",
                         "neither", "nor"})


@dataclass(slots=True)
class Entity:
    k: int          # token index
    code: str
    text: str
    nonstate: bool  # an armed group standing for its country (Hamas -> PS)
    internal: bool  # a group at war inside its own country (the RSF, the SDF, M23)
    backer: bool    # "Rwanda-backed": a modifier, not a side
    width: int = 1


@dataclass(slots=True)
class Proposal:
    scope: str | None
    duration: int | None
    proposer: tuple[str | None, str | None] | None = None  # (code, name); code None for a non-state proposer
    sent: Sentence | None = None
    codes: list[str] = field(default_factory=list)
    explicit_parties: list[str] | None = None
    locked: bool = False  # a bare "ceasefire": general, not the scope of a later "halt on energy strikes"
    cues: dict[tuple[str, bool], tuple[int, str]] = field(default_factory=dict)  # (code, internal) -> rank
    sentences: list[Sentence] = field(default_factory=list)
    internal: dict[str, bool] = field(default_factory=dict)  # codes with a stance from an internal group
    holders: list[Entity] = field(default_factory=list)  # the sides whose stance was read


def _mentions_violation(text: str, low_text: str) -> bool:
    """_VIOLATION.search(text), decided by substring tests on the lower-cased text (a case-insensitive
    regex scan of a whole article costs ~0.3 ms); the regex runs only if the text holds a dotless i or a
    long s, which re.I folds to i and s."""
    if any(c in low_text for c in _FOLD_ONLY):
        return bool(_VIOLATION.search(text))
    return any(w in low_text for w in _VIOLATION_STEMS)


def _is_mention(toks: list[Token], k: int) -> bool:
    t = toks[k]
    n = len(toks)
    if t.low in CEASEFIRE_CORE or t.low.split("-")[-1] in ("ceasefire", "truce", "ceasefires", "truces"):
        before = {toks[x].low for x in range(max(0, k - 6), k)}
        close = {toks[x].low for x in range(max(0, k - 3), k)}  # "despite a fragile ceasefire", "under the truce"
        after = " ".join(t.low for t in toks[k + 1:k + 6] if t.low != ",")
        return before.isdisjoint(_NOT_A_PROPOSAL) and close.isdisjoint(_IN_FORCE) and \
            not after.startswith(_IN_FORCE_AFTER)
    if t.low == "hold":  # "agreed to hold fire"
        return k + 1 < n and toks[k + 1].low == "fire"
    if t.low in _PAUSE and any(toks[x].low in _PAUSE_OBJ for x in range(k + 1, min(k + 7, n))):
        return True
    # "a humanitarian pause", "the energy pause", "a 30-day moratorium", "a moratorium on energy facilities"
    return t.low in _PAUSE and k > 0 and t.low not in ("stop", "suspension", "cease", "hold") and (
        toks[k - 1].low in _PAUSE_KINDS or _compound_duration(toks, k - 1)[0] or
        t.low == "moratorium" and any(toks[x].low in _PAUSE_KINDS for x in range(k + 1, min(k + 5, n))))


_IN_FORCE_AFTER = tuple(_CF["in_force_after"])
_PAUSE_KINDS = frozenset({"humanitarian", "energy", "maritime", "naval", "tactical", "holiday", "easter", "christmas",
                          "mutual", "temporary", "partial", "unilateral", "energy-strike", "energy-strikes"})
_MENTION_HEADS = frozenset(CEASEFIRE_CORE | _PAUSE)
_MENTION_TAILS = ("ceasefire", "truce", "ceasefires", "truces")


def _mentions(toks: list[Token]) -> list[int]:
    return [k for k, t in enumerate(toks) if (t.low in _MENTION_HEADS or t.low.endswith(_MENTION_TAILS))
            and _is_mention(toks, k)]


def _name_code(text: str, low: str) -> tuple[str | None, bool, bool]:
    """(code, nonstate, internal) of one name."""
    if low in _GROUPS:  # "Dagalo", "al-Hayya": a group's leader speaks for the group
        return _GROUPS[low], True, low in _INTERNAL
    code = country_of_name(text) or country_of_demonym(text) or LEADERS.get(low) or CAPITALS.get(low)
    if code:
        return code, False, False
    if low in NONSTATE_COUNTRY or low in _GROUPS:
        return NONSTATE_COUNTRY.get(low) or _GROUPS[low], True, low in _INTERNAL
    if low in _NAMES:
        return _NAMES[low], False, False
    return None, False, False


_NOT_VERB_BEFORE = frozenset({"-", "a", "an", "the", "his", "her", "their", "its", "repeated", "international",
                              "growing", "renewed", "fresh", "new", "latest", "earlier", "previous"})
_ANSWER_VERBS = frozenset({"accepted", "agreed", "accept", "agree", "accepts", "agrees", "rejected", "reject",
                           "rejects", "dismissed", "refused", "welcomed", "backed", "endorsed", "approved", "signed"})
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")
_IN_MONTH = re.compile(r"\bin (" + "|".join(_MONTHS) + r")\b")
_FRESH = re.compile(r"\b(?:today|tonight|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
                    r"this (?:morning|week)|late on|early on|yesterday|overnight)\b")
_BG_NEAR = re.compile(r"\b(?:last (?:week|month|year)|earlier this (?:month|year)|weeks ago|months ago|in (?:19|20)\d\d)\b")
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# a past verb right before the day: "announced on Saturday", "agreed on Monday" (not "starting on Saturday")
_PAST_ON_DAY = re.compile(r"\b(?:announced|agreed|declared|proposed|brokered|accepted|rejected|reached|struck|"
                          r"signed|ordered|offered|unveiled|approved|began|started|took effect) on (" +
                          "|".join(_WEEKDAYS) + r")\b")
_ON_DAY = re.compile(r"\bon (" + "|".join(_WEEKDAYS) + r")\b")
_CLAUSE_BOUNDS = frozenset({";", "after", "following", "but", "while", "—", "–"})


def _stale(sent: Sentence, toks: list[Token], k: int, weekday: int) -> bool:
    """'announced on Saturday' in a Monday article (convention 30), in the clause of the ceasefire word."""
    b = k
    while b + 1 < len(toks) and toks[b + 1].low not in _CLAUSE_BOUNDS:
        b += 1
    low = sent.text[:toks[b].end - sent.start].lower()
    if not any((weekday - _WEEKDAYS.index(m.group(1))) % 7 >= 2 for m in _PAST_ON_DAY.finditer(low)):
        return False
    whole = sent.text.lower()  # "..., who announced on Saturday an Easter truce, said on Monday he would extend it"
    return not (any(w in whole for w in ("today", "overnight", "this morning", "tonight")) or
                any((weekday - _WEEKDAYS.index(m.group(1))) % 7 < 2 for m in _ON_DAY.finditer(whole)))


def _background(sent: Sentence, toks: list[Token], k: int, year: int | None, month: int | None = None) -> bool:
    """is_background for the clause of the ceasefire word ('announced a 20-day ceasefire on Wednesday' is
    news even if the sentence goes on 'after last week's earthquake'): from the start of the sentence up
    to the next 'after', 'but', 'while' or ';'."""
    a = 0
    b = k
    while b + 1 < len(toks) and toks[b + 1].low not in _CLAUSE_BOUNDS:
        b += 1
    text = sent.text[toks[a].start - sent.start:toks[b].end - sent.start]
    low = text.lower()
    if any(w in low for w in _STANDING):
        return True  # "Kyiv has long called for a full ceasefire": a standing position (convention 5)
    if month and " in " in low:
        for m in _IN_MONTH.finditer(low):
            if _MONTHS.index(m.group(1)) + 1 < month:
                return True  # "Guterres in March proposed a truce" in an April article (not "from May 8")
    if not is_background(text, low, year):
        return False
    # "agreed on Tuesday to a ceasefire proposed last week": today's answer to an earlier offer is news
    fresh = _FRESH.search(low)
    bg = _BG_NEAR.search(low)
    return not (fresh and bg and fresh.start() < bg.start())


def entities(toks: list[Token]) -> list[Entity]:
    """Each side named: countries, demonyms, leaders, capitals, armed groups ("Egyptian-Qatari" gives two)."""
    out: list[Entity] = []
    n = len(toks)
    k = 0
    while k < n:
        t = toks[k]
        code = None
        width = 1
        nonstate = internal = False
        if t.text[:1].isupper():
            if k + 1 < n and toks[k + 1].start == t.end and toks[k + 1].text.isdigit():  # "M23"
                glued = t.low + toks[k + 1].low
                if glued in NONSTATE_COUNTRY or glued in _GROUPS:
                    out.append(Entity(k, NONSTATE_COUNTRY.get(glued) or _GROUPS[glued], t.text + toks[k + 1].text,
                                      True, glued in _INTERNAL, False, 2))
                    k += 2
                    continue
            if k + 2 < n and toks[k + 1].text[:1].isupper() and toks[k + 2].text[:1].isupper():
                three = t.low + " " + toks[k + 1].low + " " + toks[k + 2].low
                if three in NONSTATE_COUNTRY or three in _GROUPS:  # "Rapid Support Forces"
                    out.append(Entity(k, NONSTATE_COUNTRY.get(three) or _GROUPS[three], " ".join(
                        x.text for x in toks[k:k + 3]), True, three in _INTERNAL, False, 3))
                    k += 3
                    continue
            if k + 1 < n and toks[k + 1].text[:1].isupper():
                two = t.low + " " + toks[k + 1].low
                code = LEADERS.get(two) or country_of_name(t.text + " " + toks[k + 1].text) or \
                    STATE_GROUPS.get(two) or _NAMES.get(two)
                if code is None and (two in NONSTATE_COUNTRY or two in _GROUPS):
                    code, nonstate, internal = NONSTATE_COUNTRY.get(two) or _GROUPS[two], True, two in _INTERNAL
                width = 2 if code else 1
            if code is None and "-" in t.text and t.low.rpartition("-")[2] in _LED_HEADS | _MODIFIER_HEADS:
                head, _, led = t.text.rpartition("-")  # "Qatari-brokered", "Rwanda-backed", "Iran-aligned"
                c, ns, it = _name_code(head, head.lower())
                if c:
                    out.append(Entity(k, c, head, ns, it, led.lower() in _MODIFIER_HEADS))
                k += 1
                continue
            if code is None:
                code, nonstate, internal = _name_code(t.text, t.low)
            if code is None and t.text == "U" and k + 3 < n and toks[k + 2].text == "S":
                code, width = "US", 4 if toks[k + 3].text == "." else 3
            if code is None and "-" in t.text:  # "Egyptian-Qatari proposal", "Israel-Iran ceasefire"
                parts = t.text.split("-")
                codes = [_name_code(p, p.lower()) for p in parts if p[:1].isupper()]
                if len(codes) == len(parts) and all(c for c, _, _ in codes):
                    backer = k + 1 < n and toks[k + 1].low in ("backed",)
                    for c, ns, it in codes:
                        out.append(Entity(k, c, t.text, ns, it, backer))
                    k += 1
                    continue
        if code:
            end = k + width
            backer = end + 1 < n and toks[end].text == "-" and toks[end + 1].low == "backed" or \
                k >= 2 and toks[k - 1].low == "by" and toks[k - 2].low in ("backed", "supported", "armed", "sponsored")
            out.append(Entity(k, code, " ".join(x.text for x in toks[k:end]).replace(" .", "."), nonstate,
                              internal, backer, width))
        k += width
    return out


def _prev_word(toks: list[Token], k: int) -> tuple[int, str]:
    """The word before a name and its titles ('urged Russian President Vladimir Putin' -> 'urged')."""
    x = k - 1
    while x >= 0 and toks[x].low not in _OBJECT_BEFORE and toks[x].low not in _STOP_WORDS and (
            toks[x].text[:1].isupper() or toks[x].low in _TITLES or toks[x].low in _ADJ_SKIP or
            toks[x].low in ("'s", ".", "-")):
        x -= 1
    return x, (toks[x].low if x >= 0 else "")


def _is_object(toks: list[Token], e: Entity) -> bool:
    x, word = _prev_word(toks, e.k)
    if word == "that" and x > 0 and toks[x - 1].low in _DEMAND_VERBS:
        return True  # "Baku demanded that Armenian forces withdraw": the subject of a demand
    if word not in _OBJECT_BEFORE:
        return False
    # "an adviser to Zelensky", "a spokesman for Hamas", "the government in Port Sudan": the speaker's side
    return not (word in ("to", "for", "of", "from") and x > 0 and toks[x - 1].low in _AFFILIATION or
                word == "in" and x > 0 and toks[x - 1].low in _SEATS)


def _match(lows: list[str], x: int, table: dict[str, list[tuple[str, ...]]]) -> int:
    """Length of the longest phrase of `table` starting at lows[x], or 0."""
    for phrase in table.get(lows[x], ()):
        if tuple(lows[x:x + len(phrase)]) == phrase:
            return len(phrase)
    return 0


def _ends_with(lows: list[str], end: int, table: dict[str, list[tuple[str, ...]]], span: int = 4) -> bool:
    """A phrase of `table` ends within the `span` words before index `end`."""
    for x in range(max(0, end - span), end):
        m = _match(lows, x, table)
        if m and x + m <= end:
            return True
    return False


def _cues(toks: list[Token], lows: list[str], start: int, end: int) -> list[tuple[int, str, int]]:
    """(token index, stance, rank) of the stance cues in toks[start:end]."""
    out: list[tuple[int, str, int]] = []
    x = start
    while x < end:
        w = lows[x]
        if w not in _CUE_FIRST:
            x += 1
            continue
        hit = None
        for name, stance, rank, table in _CUE_CLASSES:
            m = _match(lows, x, table)
            if not m:
                continue
            if name == "strong" and w == "condition" and x + 1 < len(lows) and lows[x + 1] == "of":
                continue  # "on condition of anonymity"
            if name in ("strong", "weak") and x > 0 and lows[x - 1] in ("without", "no", "any", "free"):
                continue  # "without conditions", "no preconditions"
            if name == "weak" and w == "if" and x > 0 and lows[x - 1] in ("say", "said", "know", "asked", "as",
                                                                        "even", "clear", "see", "unclear"):
                continue
            if name == "weak" and w == "must" and (x == start or x + 1 < len(lows) and _match(lows, x + 1, _MUST_NOT)):
                continue  # "Russia must agree": a demand on the side named; "the truce must hold": no condition
            if w == "unacceptable" and x + 1 < len(lows) and (lows[x + 1] in ("to", "for") or
                                                              lows[x + 1] in ('"', "”", "'") and
                                                              x + 2 < len(lows) and lows[x + 2] in ("to", "for")):
                continue  # "unacceptable to Israel": Israel's rejection, not the speaker's
            if name == "rejected" and _ends_with(lows, x, _NEGATORS, min(3, x - start)):
                break  # "has not ruled out", "did not reject": no stance
            if name == "accepted":
                lo = max(start, x - 4)
                if _ends_with(lows, x, _PENDING, x - lo):
                    break  # "has not accepted", "did not say whether it would accept": no stance
                if _ends_with(lows, x, _REFUSAL, min(3, x - lo)):
                    hit = (x, "rejected", 3)  # "would not accept", "stopped short of endorsing"
                    x += m
                    break
            hit = (x, stance, rank)
            x += m - 1
            break
        if hit:
            out.append(hit)
        x += 1
    return out


def _speaker_after(toks: list[Token], e: Entity) -> bool:
    """'..., Kremlin spokesman Dmitry Peskov told reporters': the side is the speaker of what precedes."""
    for x in range(e.k + e.width, min(len(toks), e.k + e.width + 6)):
        if toks[x].low in _SPEECH:
            return True
        if not (toks[x].text[:1].isupper() or toks[x].low in _TITLES or toks[x].low in ("'s", ",")):
            return False
    return False


_ANSWERED = frozenset({"proposal", "offer", "plan", "initiative", "call", "demand", "idea", "truce", "ceasefire",
                       "move", "announcement", "response", "appeal", "request", "terms", "draft", "framework"})


def _attributive(toks: list[Token], e: Entity) -> bool:
    """'the Russian proposal', 'a U.S. offer': the proposer as a modifier of what is answered, no subject;
    'Russian reciprocity': a demonym before a noun that names no speaker."""
    end = e.k + e.width
    if end >= len(toks):
        return False
    if toks[end].low in _ANSWERED and e.k > 0 and toks[e.k - 1].low in ("the", "a", "an", "this", "that", "its"):
        return True
    nxt = toks[end]
    return e.width == 1 and nxt.text[:1].islower() and nxt.low not in _SPEAKER_HEADS and nxt.low.isalpha() and \
        country_of_demonym(e.text) is not None and country_of_name(e.text) is None


def _stance_windows(toks: list[Token], ents: list[Entity]) -> list[tuple[Entity, list[tuple[int, str, int]]]]:
    """Each subject side and the stance cues it governs."""
    lows = [t.low for t in toks]
    n = len(toks)
    out: list[tuple[Entity, list[tuple[int, str, int]]]] = []
    # "Putin's response was ...", "Ukraine's European partners": the clause is not the side's own word
    # (it ends the window of the side before); "the Russian proposal", "Russian reciprocity": a modifier
    genitive = [e for e in ents if e.k + e.width + 1 < n and lows[e.k + e.width] == "'s" and (
        lows[e.k + e.width + 1] in _NOT_SELF or e.k + e.width + 2 < n and lows[e.k + e.width + 2] in _NOT_SELF)]
    ents = [e for e in ents if not e.backer and e not in genitive and not _attributive(toks, e)]
    objects: list[Entity] = []
    for i, e in enumerate(ents):
        x0, prev = _prev_word(toks, e.k)
        if _is_object(toks, e) or prev in ("and", "or") and i > 0 and ents[i - 1] in objects and \
                e.k - ents[i - 1].k <= 6:  # "called on the Congolese government and the M23 rebels"
            objects.append(e)
    subjects = [e for e in ents if e not in objects]
    enders = sorted(subjects + genitive, key=lambda e: e.k)
    for e in ents:
        if e.backer:
            continue
        end = min(n, e.k + 40)
        for e2 in enders:  # up to the next side that speaks; an object ("urged Israel") does not end it
            if e2.code != e.code and e2.k > e.k:
                end = min(end, e2.k)
                break
        hits: list[tuple[int, str, int]] = []
        x0, prev = _prev_word(toks, e.k)
        if prev == "by" and x0 > 0 and lows[x0 - 1] in ("rejected", "accepted", "welcomed", "endorsed", "approved",
                                                         "dismissed", "embraced"):
            hits = [h for h in _cues(toks, lows, x0 - 1, x0) if h]  # "the plan was rejected by Russia"
        if prev in ("unacceptable", "acceptable") or (prev == "to" and x0 > 0 and
                                                       lows[x0 - 1] in ("unacceptable", "acceptable")):
            hits = [(e.k, "rejected" if "unacceptable" in (prev, lows[x0 - 1]) else "accepted",
                     3 if "unacceptable" in (prev, lows[x0 - 1]) else 1)]
        elif e in subjects:
            hits += _cues(toks, lows, e.k + e.width, end)
            if subjects and e is subjects[0] and _speaker_after(toks, e):
                hits += _cues(toks, lows, 0, ents[0].k)
            after = lows[e.k + e.width:e.k + e.width + 2]
            if after[:1] in (["must"], ["should"]) or after in (["needs", "to"], ["has", "to"], ["have", "to"]):
                # "Russia was ready for a truce but that Ukraine must first withdraw": the speaker's condition
                prior = [s for s in subjects if s.k < e.k and s.code != e.code]
                if prior:
                    out.append((prior[-1], [(e.k + e.width, "conditional", 2)]))
        if prev in ("neither", "nor"):
            hits = [h for h in hits if h[1] != "accepted"]  # "neither Russia nor Ukraine has accepted"
        if hits:
            out.append((e, hits))
    # "Israel and Iran agreed": a side joined to the next by "and" shares its stance
    have = {id(e) for e, _ in out}
    for i in range(len(ents) - 2, -1, -1):
        a, b = ents[i], ents[i + 1]
        gap = toks[a.k + a.width:b.k]
        if id(a) not in have and id(b) in have and a.k < b.k and len(gap) <= 6 and \
                any(t.low == "and" for t in gap) and not any(t.low in (";", ".", "but", "while", "said") or
                                                           t.low in _CUE_FIRST for t in gap):
            hits = next(h for e, h in out if e is b)
            out.append((a, hits))
            have.add(id(a))
    return out


def _parse_number(low: str) -> int | None:
    if low.isdigit():
        return int(low)
    if low in ("a", "an", "one"):
        return 1
    v = _UNITS.get(low)
    if v is None and "-" in low:
        a, _, b = low.partition("-")
        v = (_UNITS.get(a, 0) + _UNITS.get(b, 0)) or None
    return v


def _days(value: int, unit: str) -> int | None:
    per = _UNIT_DAYS[unit]
    if per == 0:  # hours: whole days only ("72-hour" -> 3; "36-hour" -> none)
        return value // 24 if value % 24 == 0 else None
    return value * per


def _compound_duration(toks: list[Token], x: int) -> tuple[bool, int | None]:
    """(found, days) for a duration modifier ending at token x: '30 - day', 'three-day', 'month-long'."""
    low = toks[x].low
    if low in _DUR_LONGS:
        return True, _DUR_LONGS[low]
    if "-" in low:
        head, _, unit = low.rpartition("-")
        if unit in _UNIT_DAYS:
            v = _parse_number(head)
            if v:
                return True, _days(v, unit)
    if low in _UNIT_DAYS and x >= 2 and toks[x - 1].text == "-":
        v = _parse_number(toks[x - 2].low)
        if v:
            return True, _days(v, low)
    if low in ("day", "week", "month", "hour") and x >= 1 and toks[x - 1].low.isdigit():
        return True, _days(int(toks[x - 1].low), low)  # "a 30 day ceasefire"
    return False, None


def _mention_duration(toks: list[Token], k: int) -> tuple[bool, int | None]:
    """Duration of the mention's own phrase: 'a 30-day (mutual) halt', 'a truce of 30 days', 'a halt ... for
    a month'. (found, days): found with days None for an hour count that is no whole day."""
    for x in range(k - 1, max(-1, k - 6), -1):
        found, days = _compound_duration(toks, x)
        if found:
            return True, days
        if toks[x].low in _BOUNDARY or toks[x].low in ("for", "of", "to", "by", "over"):
            break
    n = len(toks)
    x = k + 1
    limit = min(n, k + 12)
    while x < limit:
        low = toks[x].low
        if low in (".", ";", "but"):
            break
        if low in _DUR_PREPS:
            y = x + 1
            while y < limit and toks[y].low in _DUR_FILLERS and not (
                    toks[y].low in ("a", "an") and y + 1 < n and toks[y + 1].low in _UNIT_DAYS):
                y += 1
            if y + 1 < n and toks[y + 1].low in _UNIT_DAYS:
                v = _parse_number(toks[y].low)
                if v and not toks[y + 1].low.startswith("hour") or v:
                    return True, _days(v, toks[y + 1].low)
            if y < n:
                found, days = _compound_duration(toks, y)
                if found:
                    return True, days
        x += 1
    return False, None


def _sentence_duration(toks: list[Token]) -> int | None:
    """'The truce would last 30 days', 'both sides would refrain for 30 days', 'a six-week first phase'."""
    n = len(toks)
    for x, t in enumerate(toks):
        if t.low in _DUR_PREPS and t.low != "of":
            y = x + 1
            while y < n and toks[y].low in _DUR_FILLERS:
                y += 1
            if y + 1 < n and toks[y + 1].low in _UNIT_DAYS and toks[y + 1].low[:4] != "hour":
                v = _parse_number(toks[y].low)
                if v:
                    return _days(v, toks[y + 1].low)
        if t.low in _DUR_HEADS:
            for y in range(x - 1, max(-1, x - 3), -1):
                found, days = _compound_duration(toks, y)
                if found:
                    return days
    return None


def _scope_in(lows: list[str]) -> set[str]:
    found: set[str] = set()
    for x in range(len(lows)):
        if lows[x] not in _SCOPE_FIRST:
            continue
        for scope, table in _SCOPE_CUES.items():
            if scope not in found and _match(lows, x, table):
                found.add(scope)
    return found


def _mention_scope(toks: list[Token], k: int) -> str | None:
    """Scope of the mention's own phrase (premodifiers, 'on/against energy ...', a purpose clause), or None."""
    pre: list[str] = []
    for x in range(k - 1, max(-1, k - 6), -1):
        if toks[x].low in _BOUNDARY:
            break
        pre.insert(0, toks[x].low)
    post: list[str] = []
    for x in range(k + 1, min(len(toks), k + 17)):
        if toks[x].low in _BOUNDARY:
            break
        post.append(toks[x].low)
    found = _scope_in(pre + [toks[k].low] + post)
    if "sky" in found and not _scope_in(pre) & {"sky"}:
        words = tuple(w for w in post if w not in ('"', "“", "'"))
        if not any(words[:len(p)] == p for p in _SKY_POST):
            found.discard("sky")  # "halted air strikes by its drones" is no truce in the sky
    return _pick_scope(found, set(pre))


def _pick_scope(found: set[str], pre: set[str]) -> str | None:
    if "holiday" in found:
        return "holiday"
    if "humanitarian" in found:
        return "humanitarian"
    if "energy" in found and "maritime" not in found:
        return "energy"
    if "sky" in found or ("maritime" in found and "energy" in found):
        return "unspecified"
    if "maritime" in found:
        return "maritime"
    if "partial" in found:
        return "unspecified"
    if "general" in found:
        return "general"
    return None


def _first_of_coordination(toks: list[Token], ents: list[Entity], i: int) -> Entity:
    """'Qatari and Egyptian mediators' -> Qatari; 'the US and France' -> the US."""
    while i > 0 and all(t.low in ("and", ",", "the", "-") for t in toks[ents[i - 1].k + ents[i - 1].width:ents[i].k]):
        i -= 1
    return ents[i]


def _entity_after(toks: list[Token], ents: list[Entity], x: int, span: int) -> Entity | None:
    for e in ents:
        if x < e.k <= x + span and not any(t.low in (";", ".") or t.low in _SPEECH for t in toks[x:e.k]):
            return e
    return None


def _proposer(toks: list[Token], ents: list[Entity], k: int, strict: bool = False,
              after: int = -1) -> tuple[str | None, str | None] | None:
    """The proposer of the mention at k: (code, name), (None, name) for a non-state proposer, or None."""
    n = len(toks)
    lows = [t.low for t in toks]
    by_k = {}
    for e in ents:
        by_k.setdefault(e.k + e.width - 1, e)
        by_k.setdefault(e.k, e)

    def result(e: Entity) -> tuple[str | None, str | None]:
        return (None, e.text) if e.nonstate else (e.code, e.text)

    lo, hi = max(0, k - 14, after + 1), min(n, k + 16)  # not the words of an earlier mention
    # 1. "U.S.-brokered", "Qatar-mediated", "U.S.-backed proposal"
    for x in range(lo, hi):
        head = lows[x].rpartition("-")[2]
        if "-" in lows[x] and head in _LED_HEADS and x in by_k and \
                (head not in ("backed", "led") or (x + 1 < n and lows[x + 1] in _LED_OBJECTS)):
            return result(by_k[x])
        if lows[x] in _LED_HEADS and toks[x - 1].text == "-" and x >= 2 and \
                (lows[x] not in ("backed", "led") or (x + 1 < n and lows[x + 1] in _LED_OBJECTS)):
            e = by_k.get(x - 2)
            if e is None and toks[x - 2].text == ".":
                e = by_k.get(x - 3)
            if e:
                return result(e)
    # 2. "a U.S. proposal", "Washington's plan", "the Kiev regime's offer", "a US and French call"
    for x in range(lo, hi):
        if lows[x] not in _PROPOSAL_NOUNS or lows[x] in ("ceasefire", "truce") and x != k:
            continue
        y = x - 1
        while y >= max(0, x - 5) and (lows[y] in _NP_GAP or toks[y].text == "."):
            if y in by_k and lows[y] not in ("the", "a", "an"):
                break
            y -= 1
        if y >= 0 and y in by_k and (lows[y - 1] if y else "") not in ("with", "against", "between"):
            e = by_k[y]
            i = ents.index(e)
            return result(_first_of_coordination(toks, ents, i))
    # 3. "proposed/brokered/mediated by X", "a proposal from X", "a demand by Ukraine"
    for x in range(max(0, k - 22, after + 1), hi):
        if lows[x] in ("by", "from") and x > 0 and any(lows[y] in _BY_HEADS for y in range(max(0, x - 3), x)):
            if lows[x - 1] == "backed" or lows[x - 1] in _ANSWER_VERBS:
                continue  # "backed by the EU", "the proposal was rejected by Russia"
            e = _entity_after(toks, ents, x, 9)
            if e:
                return result(e)
    # 3b. "a truce proposal that Egypt presented", "the plan Washington put forward"
    for x in range(k, min(n, k + 5)):
        if lows[x] in ("that", "which") or x == k or lows[x] in _PROPOSAL_NOUNS:
            e = next((e for e in ents if x < e.k <= x + 2), None)
            if e is not None:
                v = e.k + e.width
                if v < n and lows[v] in ("has", "had", "have"):
                    v += 1
                if v < n and _match(lows, v, _PROPOSER_VERBS):
                    return result(e)
    if strict:
        return None
    # 4. the subject of "X proposed/declared/offered/called for/brokered ..." before the mention
    for x in range(k - 1, max(-1, k - 15), -1):
        m = _match(lows, x, _PROPOSER_VERBS)
        if not m or x + m > k or x > 0 and (lows[x - 1] in _NOT_VERB_BEFORE or lows[x - 1] in _ANSWER_VERBS):
            continue  # "a U.S.-brokered proposal", "rejected calls for a truce": no verb
        if any(lows[c[0]] in _ANSWER_VERBS and lows[c[0] - 1] != "to" for c in _cues(toks, lows, x + m, k)):
            continue  # "Israel announced it rejected the truce" (but "called on both to observe a truce")
        cands = [e for e in ents if max(0, x - 16) <= e.k < x and not _is_object(toks, e) and not e.backer
                 and not any(t.low in _SUBORDINATORS for t in _after_relative(toks[e.k + e.width:x]))]
        if cands:
            e = cands[-1]
            return result(_first_of_coordination(toks, ents, ents.index(e)))
        return None, None  # "the UN envoy proposed", "an alliance of armed groups declared": no state
    # 5. a unilateral pause: "Israel said it would pause fighting", "Russia will halt strikes"
    if lows[k] in _PAUSE and k > 0 and lows[k - 1] in ("would", "will", "to") and \
            not (k > 1 and lows[k - 2] in _ANSWER_VERBS | {"agreed", "ready", "urged", "asked", "called"}):
        cands = [e for e in ents if max(0, k - 12) <= e.k < k and not _is_object(toks, e) and not e.backer]
        if cands:
            return result(_first_of_coordination(toks, ents, ents.index(cands[0])))
    return None


def _commitment(toks: list[Token], found: list[int]) -> bool:
    """'Israel said it would pause fighting', 'Russia will halt strikes': a unilateral pause declared."""
    return any(toks[k].low in _PAUSE and k > 0 and toks[k - 1].low in ("would", "will") for k in found)


def _after_relative(gap: list[Token]) -> list[Token]:
    """'Putin, who announced ...': the relative pronoun right after the name keeps it the subject."""
    if gap[:2] and gap[0].low == "," and len(gap) > 1 and gap[1].low in ("who", "which"):
        return gap[2:]
    if gap[:1] and gap[0].low in ("who", "which"):
        return gap[1:]
    return gap


def _proposing_before(lows: list[str], k: int) -> bool:
    return any(_match(lows, x, _PROPOSER_VERBS) for x in range(max(0, k - 8), k))


def _announcer(toks: list[Token], ents: list[Entity]) -> tuple[str, str] | None:
    """'Trump announced that Israel and Iran had agreed', 'X and Y agreed ..., Saudi Arabia said': the
    state that says two others agreed is the broker."""
    lows = [t.low for t in toks]
    agreers: set[str] = set()
    for e, hits in _stance_windows(toks, ents):
        if any(s == "accepted" and lows[p] in ("agreed", "agree", "accepted", "signed") for p, s, _ in hits):
            agreers.add(e.code)
    if not agreers:
        return None
    for x, t in enumerate(toks):
        if t.low not in _SPEECH:
            continue
        cands = [e for e in ents if max(0, x - 10) <= e.k < x and not _is_object(toks, e)]
        for e in cands:
            # not a side itself ("Russia accepted the truce, Ukrainian officials said")
            if e.code not in agreers and not e.nonstate and e.code != BOTH_SIDES and \
                    (e.code in MEDIATORS or not any((e.code, a) in _PAIRS for a in agreers)):
                if lows[x] in ("said", "says", "announced", "announces", "told") and any(
                        a.k > x for a in ents if a.code in agreers) or any(a.k < e.k for a in ents
                                                                          if a.code in agreers):
                    return e.code, e.text
    return None


def _explicit_parties(toks: list[Token], ents: list[Entity], k: int) -> list[str] | None:
    """'a ceasefire between the US and Yemen's Houthis', 'the Israel-Iran ceasefire', 'X and Y agreed'."""
    lows = [t.low for t in toks]
    for x in range(max(0, k - 3), min(len(toks), k + 14)):
        if lows[x] == "between":
            sides = [e for e in ents if x < e.k <= x + 12 and not e.backer]
            if len(sides) >= 2 and any(lows[y] == "and" for y in range(sides[0].k, sides[1].k)):
                return sorted({sides[0].code, sides[1].code})
            break
    if k >= 1:
        pair = [e for e in ents if e.k in (k - 1, k - 2) and "-" in e.text]
        if len(pair) >= 2:
            return sorted({e.code for e in pair})
    return None


def _parties(ents: list[Entity], proposer: str | None, named: set[str] = frozenset()) -> list[str]:
    """Warring sides named: a known pair if both are named, else the sides named other than the proposer
    and the mediators, else the pair of the one side named (a mediator such as the US or Qatar is no party
    unless it is the only side named); a state and its own armed group only: that country."""
    ents = [e for e in ents if not e.backer]
    codes = [e.code for e in ents]
    found = set(codes)
    parties: set[str] = set()
    pairs = [(a, b) for a, b in CONFLICT_PAIRS if a in found and b in found]
    if len(pairs) > 1 and proposer in MEDIATORS:
        pairs = [p for p in pairs if proposer not in p] or pairs  # the US brokering between Israel and Iran
    for a, b in pairs:
        parties |= {a, b}
    if parties:
        return sorted(parties)
    order = [c for c in codes if c != proposer and c not in MEDIATORS] or \
        [c for c in codes if c not in MEDIATORS]
    distinct = list(dict.fromkeys(order))
    if len(distinct) >= 2:
        return sorted(distinct[:2])
    if not distinct:
        return []
    code = distinct[0]
    if any(e.code == code and e.internal for e in ents):
        return [code]  # the Sudanese army and the RSF, Damascus and the SDF
    pairs = [p for p in CONFLICT_PAIRS if code in p]
    pair = next((p for p in pairs if (set(p) - {code}) & named), None) or (pairs[0] if pairs else None)
    return sorted(pair) if pair else [code]  # the partner named elsewhere in the article, else the usual one


def _add_cue(p: Proposal, e: Entity, stance: str, rank: int) -> None:
    key = (e.code, e.internal)
    if e.internal:
        p.internal[e.code] = True
    if key not in p.cues or rank > p.cues[key][0]:
        p.cues[key] = (rank, stance)


BOTH_SIDES = "*"
_PAIRS = frozenset(CONFLICT_PAIRS) | frozenset((b, a) for a, b in CONFLICT_PAIRS)
_BOTH = tuple(tuple(p.split()) for p in _CF["both_sides"])
_ANAPHORA = frozenset(_CF["group_anaphora"])
_BOTH_VERBS = frozenset({"had", "have", "has", "agreed", "accepted", "rejected", "said", "welcomed", "signed",
                         "would", "will", "were", "are", "backed", "endorsed", "dismissed", "refused"})


def _extra_sides(toks: list[Token], lows: list[str], last_group: Entity | None) -> list[Entity]:
    """Stance holders named without a name: 'the two sides agreed' (every party), 'the group said' (the
    armed group named last)."""
    out: list[Entity] = []
    for k, w in enumerate(lows):
        if w in _ANAPHORA and last_group and k > 0 and lows[k - 1] == "the":
            out.append(Entity(k, last_group.code, "the " + w, True, last_group.internal, False))
        elif w == "both" and k + 1 < len(lows) and lows[k + 1] in _BOTH_VERBS:  # "and that both had agreed"
            out.append(Entity(k, BOTH_SIDES, "both", False, False, False))
        elif w in ("both", "the", "all"):
            for phrase in _BOTH:
                if tuple(lows[k:k + len(phrase)]) == phrase:
                    out.append(Entity(k, BOTH_SIDES, " ".join(phrase), False, False, False, len(phrase)))
                    break
    return out


def _stances(p: Proposal, parties: list[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    both = p.cues.get((BOTH_SIDES, False))
    for code in parties:
        got = {ns: v for (c, ns), v in p.cues.items() if c == code}
        if both and (False not in got or both > got[False]):
            got[False] = both  # "the two sides agreed"
        if len(got) == 2 and got[True][1] != got[False][1] and p.internal.get(code):
            continue  # the Sudanese army rejects, the RSF accepts: both SD, left out
        if got:
            out[code] = max(got.values())[1]
    if p.proposer and p.proposer[0] in parties:
        out[p.proposer[0]] = "proposed"
    return out


def _read_title(title: str, p: Proposal) -> None:
    """The headline ("Kyiv rejects Putin's Easter truce", "Hamas accepts Egyptian-Qatari proposal"): a
    stance for a side the body gives none, and the proposer if the body names none."""
    toks = tokenize(Sentence(0, len(title), title, -1))
    ents = entities(toks)
    if p.proposer is None and any(t.low in _PROPOSAL_NOUNS or t.low in CEASEFIRE_CORE for t in toks):
        found = _mentions(toks)
        if found:
            p.proposer = _proposer(toks, ents, found[0], strict=True)
    for e, hits in _stance_windows(toks, ents):
        for _, stance, rank in hits:
            _add_cue(p, e, stance, rank - 10)
            p.holders.append(e)


def _hypothetical(lows: list[str], k: int) -> bool:
    """'if an agreement on a permanent ceasefire is reached', 'any future truce': no new proposal."""
    if k >= 1 and lows[k - 1] in ("real", "longer", "genuine") or k >= 2 and lows[k - 2] in ("real", "longer"):
        return True  # "needed a real ceasefire, not theatre": a demand, not an offer
    for x in range(k - 1, max(-1, k - 8), -1):
        if lows[x] in (",", ";", ".", "but"):
            return False
        if lows[x] in _HYPOTHETICAL_BEFORE:
            return True
    return False


def _distinct(proposals: list[Proposal], scope: str | None, duration: int | None) -> bool:
    """A further proposal needs a scope that differs from every stated one, or a different duration (not
    a scope that merely differs from a bare 'ceasefire')."""
    return all(scope and p.scope and scope != p.scope or duration and p.duration and duration != p.duration
               for p in proposals)


def _compatible(p: Proposal, scope: str | None, duration: int | None) -> bool:
    mine = p.scope or ("general" if p.locked else None)
    return (scope is None or mine is None or scope == mine) and \
        (duration is None or p.duration is None or duration == p.duration)


def extract(article: Article, sentences: list[Sentence], tokens: dict[int, list[Token]] | None = None,
            low_text: str | None = None) -> list[CeasefireProposalEvent]:
    """`tokens`: sentence start -> tokens already made by the caller (reused, not recomputed);
    `low_text`: the article text lower-cased with offsets kept, if the caller has it."""
    tokens = {} if tokens is None else tokens
    year = month = weekday = None
    if article.published_at and len(article.published_at) >= 10:
        try:
            weekday = date.fromisoformat(article.published_at[:10]).weekday()
        except ValueError:
            weekday = None
    if article.published_at and article.published_at[:4].isdigit():
        year = int(article.published_at[:4])
        if article.published_at[5:7].isdigit():
            month = int(article.published_at[5:7])
    if low_text is None:
        low_text = article.text.lower()
        if len(low_text) != len(article.text):
            low_text = "".join(c.lower()[0] for c in article.text)
    if not any(w in low_text for w in _GATE_WORDS):
        return []
    # A ceasefire already in force ("violation of the ceasefire") is described, not proposed: then only an
    # explicit proposal ("a new plan", "proposed") counts.
    strict = _mentions_violation(article.text, low_text)
    gated = sentences_containing(low_text, sentences, _GATE_WORDS)
    trigger_idx: set[int] = set()
    stale: set[int] = set()  # triggers about a day two or more days back: news only with a fresh one
    mentions: dict[int, list[int]] = {}
    ents_of: dict[int, list[Entity]] = {}
    for i in sorted(gated):
        sent = sentences[i]
        toks = tokens.get(sent.start) or tokenize(sent)
        tokens[sent.start] = toks
        found = mentions[i] = _mentions(toks)
        k = found[0] if found else -1
        if k >= 0 and (any(t.low in PROPOSAL_WORDS for t in toks) or _commitment(toks, found)) and \
                not any(t.low in _SPECULATION for t in toks) and \
                (not strict or any(t.low in _EXPLICIT for t in toks)) and \
                not _background(sent, toks, k, year, month) and \
                not (_VIOLATION.search(sent.text) and not any(t.low in ("proposal", "proposed") for t in toks)):
            trigger_idx.add(i)
            if weekday is not None and _stale(sent, toks, k, weekday):
                stale.add(i)
    if not trigger_idx or trigger_idx <= stale:
        return []  # "the truce, which Trump announced on Saturday, appeared to hold" in a Monday article
    # Stances come from sentences that refer to the deal, and from the one right after each trigger.
    wanted = sentences_containing(low_text, sentences, _REFER_WORDS) | gated
    wanted |= {i + 1 for i in trigger_idx if i + 1 < len(sentences)}
    # ... and from the next paragraphs when they hold a plain stance verb ("Hamas rejected the move").
    paras = {sentences[i].paragraph + d for i in trigger_idx for d in range(4)}
    near_only: set[int] = set()
    starts = [s.start for s in sentences]
    for m in _CORE_STANCE.finditer(low_text):
        i = bisect_right(starts, m.start()) - 1
        if i >= 0 and sentences[i].paragraph in paras and i not in wanted and m.end() <= sentences[i].end:
            near_only.add(i)
    wanted |= near_only
    proposals: list[Proposal] = []
    current: Proposal | None = None
    all_ents: list[Entity] = []
    last_holder: tuple[int, Entity] | None = None
    named_codes: set[str] = set()
    last_group: Entity | None = None
    # From the first proposal on, then the sentences before it ("Lebanon's cabinet welcomed a U.S.
    # proposal ..." ahead of the sentence that names the truce), answering the first proposal.
    first_trigger = min(trigger_idx)
    order = sorted(i for i in wanted if i >= first_trigger) + sorted(i for i in wanted if i < first_trigger)
    for i in order:
        if i < first_trigger and proposals:
            current = proposals[0]
        sent = sentences[i]
        toks = tokens.get(sent.start) or tokenize(sent)
        tokens[sent.start] = toks
        ents = ents_of[sent.start] = entities(toks)
        all_ents += [e for e in ents if e.code not in MEDIATORS]
        named_codes.update(e.code for e in ents if not e.backer)
        is_trigger = i in trigger_idx
        lows = [t.low for t in toks]
        extra = _extra_sides(toks, lows, last_group)
        last_group = next((e for e in reversed(ents) if e.nonstate), last_group)
        routed: list[tuple[int, Proposal]] = []
        prev_k = -1
        for k in mentions.get(i, ()):
            found, duration = _mention_duration(toks, k)
            scope = _mention_scope(toks, k)
            target = None
            for p in proposals:
                if _compatible(p, scope, duration if found else None) and (scope or found or p is current):
                    target = p
                    break
            if target is None and not proposals and is_trigger:
                target = Proposal(scope, duration, sent=sent, locked=scope is None and lows[k] in CEASEFIRE_CORE)
                proposals.append(target)
            elif target is None and is_trigger and len(proposals) < 3 and _distinct(proposals, scope, duration) and \
                    not _hypothetical(lows, k) and \
                    (_proposing_before(lows, k) or _cues(toks, lows, max(0, k - 8), k)):
                target = Proposal(scope, duration, sent=sent, locked=scope is None and lows[k] in CEASEFIRE_CORE)
                proposals.append(target)
            if target is None:
                target = current or (proposals[0] if proposals else None)
                if target is None:
                    continue
            else:
                if target.scope is None and scope and not target.locked:
                    target.scope = scope
                if target.duration is None and found:
                    target.duration = duration
            if is_trigger and target.proposer is None:
                target.proposer = _proposer(toks, ents, k, after=prev_k)
            elif target.proposer is None:
                target.proposer = _proposer(toks, ents, k, strict=True, after=prev_k)
            prev_k = k
            if is_trigger:
                target.codes += [e.code for e in ents if not e.backer]
                if target.explicit_parties is None:
                    target.explicit_parties = _explicit_parties(toks, ents, k)
                if target.sent is None:
                    target.sent = sent
            target.sentences.append(sent)
            routed.append((k, target))
        if not proposals:
            continue
        if not routed:
            target = current or proposals[0]
            if target.proposer is None:
                target.proposer = _proposer(toks, ents, len(toks) // 2, strict=True)
            if target.duration is None:
                target.duration = _sentence_duration(toks)
        if is_trigger and proposals[0].proposer is None and routed and routed[0][1] is proposals[0]:
            proposals[0].proposer = _announcer(toks, ents + extra)
        nearby = i in near_only  # a sentence that does not refer to the deal: fills a gap, overrides nothing
        windows = _stance_windows(toks, sorted(ents + extra, key=lambda e: e.k))
        if not windows and last_holder and i - 2 <= last_holder[0] < i and toks and \
                sentences[last_holder[0]].paragraph == sent.paragraph and \
                (toks[0].text in ('"', "“") or any(t.low in ("we", "our", "us") for t in toks)):
            # '"If Russia stops, we are ready," the head of the President's Office said': the side
            # that spoke in the sentence before
            subjects = [e for e in ents if not _is_object(toks, e)]
            if not subjects:
                windows = [(last_holder[1], _cues(toks, lows, 0, len(toks)))]
                nearby = False
        if windows:
            last_holder = (i, windows[-1][0])
        for e, hits in windows:
            for pos, stance, rank in hits:
                rank = rank - 10 if nearby else rank
                p = next((q for kk, q in routed if pos < kk <= pos + 20 and not any(
                    pos + 3 < c < kk for c, _, _ in hits)), None) or \
                    next((q for kk, q in reversed(routed) if kk < pos), None) or current or proposals[0]
                targets = [p]
                if pos + 1 < len(lows) and lows[pos + 1] == "both":  # "backed both the energy pause and the truce"
                    targets += [q for kk, q in routed if pos < kk <= pos + 20 and q is not p]
                for q in targets:
                    _add_cue(q, e, stance, rank)
                    if e.code != BOTH_SIDES:
                        q.holders.append(e)
        if routed:
            current = routed[-1][1]
    events = []
    title_scope = None
    first = proposals[0] if proposals else None
    if article.title and first and len(proposals) == 1:
        _read_title(article.title, first)
    if article.title and any(w in article.title.lower() for w in _GATE_WORDS):
        title_scope = _pick_scope(_scope_in(article.title.lower().replace("'s", " 's").split()), set())
    for p in proposals:
        if p.sent is None:
            continue
        if p.proposer is None and p is not first and first and first.proposer and first.proposer[0] and not (
                first.proposer[0] in (first.explicit_parties or _parties(all_ents, None)) and
                any(c != first.proposer[0] for c, _ in p.cues)):
            # "agreed to a U.S. proposal for X, but not to a full Y"; not the other side's counter-offer
            # ("Putin declared an Easter truce; Kyiv said it was ready for a 30-day ceasefire")
            p.proposer = first.proposer
        proposer = p.proposer[0] if p.proposer else None
        parties = p.explicit_parties
        if parties is None:
            ents_all = []
            for s in [p.sent] + p.sentences:
                ents_all += [e for e in ents_of[s.start] if not e.backer]
            ents_all += p.holders
            named = {e.code for e in all_ents} | set(named_codes)
            parties = _parties(ents_all, proposer, named) or _parties(all_ents, proposer, named)
        stances = _stances(p, parties)
        scope = p.scope or (title_scope if p is first and len(proposals) == 1 else None) or "general"
        sent = p.sent
        claimant = find_claimant(sent.text)[0]
        events.append(construct(CeasefireProposalEvent, dict(
            event_id=make_event_id(article.id, "ceasefire_proposal", sent.start, sent.end) if p is first else
            make_event_id(article.id, "ceasefire_proposal", sent.start, sent.end, f"{scope}:{p.duration}"),
            article_id=article.id, published_at=article.published_at, country=None, region=None,
            region_name=None, place=None, actor=proposer,
            actor_name=p.proposer[1] if p.proposer else None, claimed_by=claimant,
            evidence=construct(Evidence, {"text": sent.text, "start": sent.start, "end": sent.end}),
            confidence=round(0.5 + 0.2 * bool(proposer) + 0.15 * bool(parties) + 0.1 * bool(claimant), 2),
            source=article.source, parties=parties, duration_days=p.duration, scope=scope, stances=stances)))
    return events
