"""The role of a named side in its clause: object ("urged Israel"), speaker of what precedes ("...,
Kremlin spokesman Dmitry Peskov said") or a mere modifier ("the Russian proposal")."""

from __future__ import annotations

from ..lexicon import CUES, country_of_demonym, country_of_name
from ..text import Token
from .entities import Entity

_CF = CUES["ceasefire"]  # data/cues.json

_SPEAKER_HEADS = frozenset(_CF["speaker_heads"])
_OBJECT_BEFORE = frozenset(_CF["object_before"])
_AFFILIATION = frozenset(_CF["affiliation_heads"])
_TITLES = frozenset(_CF["name_titles"])
_SPEECH = frozenset(_CF["speech_verbs"])
_SEATS = frozenset(_CF["seat_heads"])
_DEMAND_VERBS = frozenset(_CF["demand_verbs"])
_ADJ_SKIP = frozenset({"the", "a", "an", "eastern", "western", "northern", "southern", "central", "north", "south",
                       "east", "west", "north-eastern", "northeastern", "occupied", "its", "their", "his", "her"})
_STOP_WORDS = frozenset({"and", "but", "when", "while", "as", "after", "before", "that", "it", "we", "they",
                         "neither", "nor"})
_ANSWERED = frozenset({"proposal", "offer", "plan", "initiative", "call", "demand", "idea", "truce", "ceasefire",
                       "move", "announcement", "response", "appeal", "request", "terms", "draft", "framework"})


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


def _speaker_after(toks: list[Token], e: Entity) -> bool:
    """'..., Kremlin spokesman Dmitry Peskov told reporters': the side is the speaker of what precedes."""
    for x in range(e.k + e.width, min(len(toks), e.k + e.width + 6)):
        if toks[x].low in _SPEECH:
            return True
        if not (toks[x].text[:1].isupper() or toks[x].low in _TITLES or toks[x].low in ("'s", ",")):
            return False
    return False


def _attributive(toks: list[Token], e: Entity) -> bool:
    """'the Russian proposal', 'a U.S. offer': the proposer as a modifier of what is answered, no subject;
    'Russian reciprocity': a demonym before a noun that names no speaker."""
    end = e.k + e.width
    if end >= len(toks):
        return False
    if toks[end].low in _ANSWERED and e.k > 0 and toks[e.k - 1].low in ("the", "a", "an", "this", "that", "its"):
        return True
    nxt = toks[end]
    if nxt.low in ("and", "or") and end + 1 < len(toks) and country_of_demonym(toks[end + 1].text):
        return False  # "to Qatari and Egyptian mediators": judged with the demonym it is joined to
    return e.width == 1 and nxt.text[:1].islower() and nxt.low not in _SPEAKER_HEADS and nxt.low.isalpha() and \
        country_of_demonym(e.text) is not None and country_of_name(e.text) is None
