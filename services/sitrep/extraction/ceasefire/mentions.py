"""Ceasefire mentions: the truce words of a sentence ("ceasefire", "truce", "a halt to strikes", "a
humanitarian pause"), not one already in force ("despite a fragile ceasefire") nor a hypothetical one."""

from __future__ import annotations

from ..lexicon import CEASEFIRE_CORE, CUES, _phrases
from ..text import Token
from .duration import _compound_duration
from .phrases import _match

_CF = CUES["ceasefire"]  # data/cues.json

_PAUSE = frozenset(_CF["pause_heads"])
_NARROW = frozenset(_CF["narrow_pause_heads"])  # "a ban on strikes": the object right after
_PAUSE_OBJ = frozenset(_CF["pause_objects"])
_IN_FORCE = frozenset({"despite", "violating", "violated", "breaking", "since", "under", "fragile", "existing",
                       "current", "violations", "breaches", "shaky",
                       # "the guarantors of the ceasefire", "monitoring the truce": one that holds
                       "guaranteed", "guaranteeing", "guarantors", "monitor", "monitors", "monitoring", "oversee",
                       "oversees", "overseeing", "uphold", "upholding", "enforce", "enforcing", "enforcement"})
_SCARE = frozenset({'"', "“", "”", "so-called", "so", "-", "called"})  # quotes that distance a word, not words
_KEEPING = frozenset({"guarantee", "guarantees", "monitor", "monitors", "oversee", "oversees", "uphold", "upholds",
                      "enforce", "enforces", "observe", "observes"})  # verbs of keeping a truce that holds
_NOT_A_PROPOSAL = frozenset({"any", "future", "eventual", "possible", "potential", "hypothetical", "no", "without"})
_HYPOTHETICAL_BEFORE = frozenset({"if", "any", "possible", "potential", "future", "eventual", "unless"})
_IN_FORCE_AFTER = tuple(_CF["in_force_after"])
_CONDITION_OPENERS = _phrases(_CF["condition_openers"])
_UNREALISED_OPENERS = _phrases(_CF["unrealised_openers"])
_JUDGEMENT_VERBS = frozenset(_CF["judgement_after_would"])
_REFUSALS = frozenset({"not", "n't", "fails", "failed", "refuses", "refused", "stalling", "stalls", "stalled",
                       "rejects", "rejected", "drags", "dragging"})
_JUDGEMENT_MODALS = frozenset({"would", "could", "might", "will", "can", "must", "should"})
_CLAUSE_ENDS = frozenset({",", ";", ".", ":", "but", "—", "–", '"', "“", "”"})
_QUOTES = frozenset({'"', "“", "”"})
_PAUSE_KINDS = frozenset({"humanitarian", "energy", "maritime", "naval", "tactical", "holiday", "easter", "christmas",
                          "mutual", "temporary", "partial", "unilateral", "energy-strike", "energy-strikes"})
_TRUCE_PHRASES = tuple(tuple(p.split()) for p in _CF["truce_phrases"])
_MARITIME_DEAL = tuple(tuple(p.split()) for p in _CF["maritime_deal_modifiers"])
_DEAL_NOUNS = frozenset(_CF["agreement_nouns"])
_MENTION_HEADS = frozenset(CEASEFIRE_CORE | _PAUSE | _DEAL_NOUNS | {p[-1] for p in _TRUCE_PHRASES})
_MENTION_TAILS = ("ceasefire", "truce", "ceasefires", "truces")


def _is_mention(toks: list[Token], k: int) -> bool:
    return not _conditioned(toks, k) and not _judged(toks, k) and _is_truce_word(toks, k)


def _judged(toks: list[Token], k: int) -> bool:
    """'a lasting ceasefire would open the way to a just peace': an indefinite truce that a modal and a
    judgement verb follow (data/cues.json judgement_after_would) is an opinion, no proposal (convention 5);
    so is 'a ceasefire is the first step'; not 'a 30-day ceasefire would take effect on Sunday'."""
    if not any(toks[x].low in ("a", "an") for x in range(max(0, k - 3), k)):
        return False
    if k + 2 < len(toks) and toks[k + 1].low == "is" and toks[k + 2].low in ("the", "a", "an", "only", "not"):
        return True  # "A ceasefire is the first step, and Moscow refuses even that": a view of truces
    for x in range(k + 1, min(k + 4, len(toks) - 1)):
        if toks[x].low in _CLAUSE_ENDS:
            return False
        if toks[x].low in _JUDGEMENT_MODALS:
            nxt = toks[x + 1].low
            if nxt == "be" and x + 2 < len(toks) and toks[x + 2].low.endswith(("ed", "en")):
                return False  # "a ceasefire would be monitored by observers": the deal described
            return nxt in _JUDGEMENT_VERBS
    return False


def _conditioned(toks: list[Token], k: int) -> bool:
    """'will keep striking until Moscow agrees to a ceasefire', 'no talks unless a truce is in place': a
    truce named inside a demand or condition clause (data/cues.json condition_openers) is no proposal;
    nor is 'a ceasefire' refused until a demand is met ('will not agree to a ceasefire until ...'), nor one
    that may come ('to see if a ceasefire materialises')."""
    if k >= 2 and toks[k - 2].low in ("if", "whether") and toks[k - 1].low in ("a", "an"):
        return True  # "time to see if a ceasefire materialises": one that may come
    lows = [t.low for t in toks[max(0, k - 16):k]]
    for x in range(len(lows) - 1, -1, -1):
        if lows[x] in _QUOTES:
            continue  # 'unless Israel "takes substantive steps", including agreeing to a truce': a quote inside it
        if lows[x] in _CLAUSE_ENDS and not (x + 1 < len(lows) and lows[x + 1] in ("including", "such", "notably")):
            break  # (a list goes on after the comma)
        if _match(lows, x, _CONDITION_OPENERS) or _match(lows, x, _UNREALISED_OPENERS):
            return True  # also a planned or unachieved one: "Kyiv is expected to present a proposal for a truce"
        if lows[x] == "if" and not _REFUSALS.isdisjoint(lows[x + 1:]):
            return True  # a threat: "tariffs ... if Moscow did not agree to a ceasefire", "if Moscow kept stalling"
    return _refused_until(toks, k)


def _refused_until(toks: list[Token], k: int) -> bool:
    """'Israel will not agree to a ceasefire until Hamas frees all the hostages': an indefinite truce,
    refused, with a condition after it in its clause."""
    if k == 0 or toks[k - 1].low not in ("a", "an"):
        return False
    before = [t.low for t in toks[max(0, k - 6):k]]
    if not any(w in ("not", "n't", "never") for w in before):
        return False
    after = [t.low for t in toks[k + 1:k + 9]]
    for x in range(len(after)):
        if after[x] in _CLAUSE_ENDS:
            return False
        if _match(after, x, _CONDITION_OPENERS):
            return True
    return False


def _ends_phrase(toks: list[Token], end: int, phrases: tuple[tuple[str, ...], ...]) -> bool:
    """A phrase of `phrases` ends at toks[end - 1]."""
    return any(end >= len(p) and tuple(t.low for t in toks[end - len(p):end]) == p for p in phrases)


def _generic_plural(toks: list[Token], k: int) -> bool:
    """'Russia has instead offered short holiday truces': truces in general, not one proposal (not 'the two
    truces', 'both ceasefires', 'the truces agreed on Sunday')."""
    if not toks[k].low.endswith("s"):
        return False
    before = [t.low for t in toks[max(0, k - 4):k]]
    return not any(w in ("the", "these", "those", "both", "two", "three", "separate", "twin") or w[0].isdigit()
                   for w in before)


def _set_aside(toks: list[Token], k: int) -> bool:
    """'a peace agreement, not a mere ceasefire', 'rather than a truce': the truce named is the one not wanted."""
    lows = [toks[x].low for x in range(max(0, k - 4), k)]
    if "a" in lows[-3:]:
        lows = lows[:len(lows) - lows[::-1].index("a") - 1]  # the words before the article
        return lows[-1:] == ["not"] or lows[-2:] in (["rather", "than"], ["instead", "of"]) or \
            len(lows) >= 2 and lows[-2] == "not" and lows[-1] in ("just", "merely", "only")
    return False


def _is_truce_word(toks: list[Token], k: int) -> bool:
    t = toks[k]
    n = len(toks)
    if t.low in _PAUSE and "despite" in {toks[x].low for x in range(max(0, k - 5), k)}:
        return False  # 'despite daily "tactical pauses" in fighting that the military announced': pauses in force
    if t.low in _DEAL_NOUNS:  # "the maritime deal", "the Black Sea arrangement"
        return _ends_phrase(toks, k, _MARITIME_DEAL)
    if _ends_phrase(toks, k + 1, _TRUCE_PHRASES):  # "eliminate the use of force", "ensure safe navigation"
        return True
    if t.low in CEASEFIRE_CORE or t.low.split("-")[-1] in ("ceasefire", "truce", "ceasefires", "truces"):
        if _set_aside(toks, k) or _generic_plural(toks, k):
            return False
        before = {toks[x].low for x in range(max(0, k - 6), k)}
        # "despite a fragile ceasefire", "under the truce", 'despite the so-called "truce"'
        close = set([w for w in (toks[x].low for x in range(max(0, k - 6), k)) if w not in _SCARE][-3:])
        after = " ".join(t.low for t in toks[k + 1:k + 6] if t.low != ",")
        keeps = k >= 3 and toks[k - 1].low == "the" and toks[k - 2].low in _KEEPING and \
            toks[k - 3].low in ("which", "that", "who")  # "France, which guarantee the ceasefire"
        tested = any(toks[x].low == "test" and toks[x + 1].low in ("of", "yet", "for")
                     for x in range(max(0, k - 12), k - 1))  # "the most serious test yet of a U.S.-brokered ceasefire"
        return before.isdisjoint(_NOT_A_PROPOSAL) and close.isdisjoint(_IN_FORCE) and not keeps and \
            not tested and not after.startswith(_IN_FORCE_AFTER)
    if t.low == "hold":  # "agreed to hold fire"
        return k + 1 < n and toks[k + 1].low == "fire"
    if t.low in _NARROW:
        return any(toks[x].low in _PAUSE_OBJ for x in range(k + 1, min(k + 4, n)))
    if t.low in _PAUSE and any(toks[x].low in _PAUSE_OBJ for x in range(k + 1, min(k + 7, n))):
        return not _one_sides_attacks(toks, k)
    # "a humanitarian pause", "the energy pause", "a 30-day moratorium", "a moratorium on energy facilities"
    return t.low in _PAUSE and k > 0 and t.low not in ("stop", "suspension", "cease", "hold") and (
        toks[k - 1].low in _PAUSE_KINDS or _compound_duration(toks, k - 1)[0] or
        t.low == "moratorium" and any(toks[x].low in _PAUSE_KINDS for x in range(k + 1, min(k + 5, n))))


def _one_sides_attacks(toks: list[Token], k: int) -> bool:
    """'pressure Israel to stop its daily attacks': a demand that one side stop, not a truce (unless it names
    what is spared or for how long: "halt its strikes on energy infrastructure for 30 days")."""
    if k + 1 >= len(toks) or toks[k + 1].low not in ("its", "their", "his"):
        return False
    rest = {t.low for t in toks[k + 2:k + 10]}
    return rest.isdisjoint(_SPARED) and not any(t.low.isdigit() or t.low.endswith("-day") for t in toks[k + 2:k + 10])


_SPARED = frozenset({"energy", "infrastructure", "power", "ports", "shipping", "ships", "civilians", "civilian", "for"})


def _mentions(toks: list[Token]) -> list[int]:
    return [k for k, t in enumerate(toks) if (t.low in _MENTION_HEADS or t.low.endswith(_MENTION_TAILS))
            and _is_mention(toks, k)]


def _commitment(toks: list[Token], found: list[int]) -> bool:
    """'Israel said it would pause fighting', 'Russia will halt strikes': a unilateral pause declared (not one
    on a condition: 'his group will stop firing once the war in Gaza ends')."""
    return any(toks[k].low in _PAUSE and k > 0 and toks[k - 1].low in ("would", "will") and
               _PAUSE_CONDITIONS.isdisjoint(t.low for t in toks[k + 1:k + 5]) for k in found)


_PAUSE_CONDITIONS = frozenset({"once", "if", "until", "when", "provided", "unless"})


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
