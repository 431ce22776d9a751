"""The sides a sentence names: countries, demonyms, leaders, capitals and armed groups (data/actors.json),
and the holders named without a name ("the two sides", "the group")."""

from __future__ import annotations

from dataclasses import dataclass

from ..lexicon import (
    ACTORS,
    CAPITALS,
    CUES,
    LEADERS,
    NONSTATE_COUNTRY,
    STATE_GROUPS,
    country_of_demonym,
    country_of_name,
)
from ..text import Token

_CF = CUES["ceasefire"]  # data/cues.json

_NAMES: dict[str, str | None] = {k: v for k, v in ACTORS["ceasefire_names"].items() if not k.startswith("_")}
_INTERNAL = frozenset(ACTORS["ceasefire_internal_groups"])
_GROUPS: dict[str, str] = {k: v for k, v in ACTORS["ceasefire_nonstate"].items() if not k.startswith("_")}
_LED_HEADS = frozenset(_CF["led_heads"])
_MODIFIER_HEADS = frozenset({"backed", "aligned", "allied", "linked", "affiliated", "supported", "sponsored",
                             "funded", "armed", "based"})
BOTH_SIDES = "*"
_BOTH = tuple(tuple(p.split()) for p in _CF["both_sides"])
_ANAPHORA = frozenset(_CF["group_anaphora"])
_BOTH_VERBS = frozenset({"had", "have", "has", "agreed", "accepted", "rejected", "said", "welcomed", "signed",
                         "would", "will", "were", "are", "backed", "endorsed", "dismissed", "refused"})


@dataclass(slots=True)
class Entity:
    k: int          # token index
    code: str
    text: str
    nonstate: bool  # an armed group standing for its country (Hamas -> PS)
    internal: bool  # a group at war inside its own country (the RSF, the SDF, M23)
    backer: bool    # "Rwanda-backed": a modifier, not a side
    width: int = 1


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


def entities(toks: list[Token]) -> list[Entity]:
    """Each side named: countries, demonyms, leaders, capitals, armed groups ("Egyptian-Qatari" gives two)."""
    out: list[Entity] = []
    k = 0
    while k < len(toks):
        found, k = _entities_at(toks, k)
        out += found
    return out


def _entities_at(toks: list[Token], k: int) -> tuple[list[Entity], int]:
    """The sides named from token k on, and the index of the token after their name."""
    t = toks[k]
    if not t.text[:1].isupper():
        return [], k + 1
    group = _group_at(toks, k)
    if group:
        return [group], k + group.width
    code, nonstate, internal, width = _two_words(toks, k)
    if code is None and "-" in t.text and t.low.rpartition("-")[2] in _LED_HEADS | _MODIFIER_HEADS:
        return _modifier(t, k), k + 1
    if code is None:
        code, nonstate, internal = _name_code(t.text, t.low)
    if code is None and t.text == "U" and k + 3 < len(toks) and toks[k + 2].text == "S":
        code, width = "US", 4 if toks[k + 3].text == "." else 3
    if code is None and "-" in t.text:
        pair = _hyphen_pair(toks, k)
        if pair:
            return pair, k + 1
    if not code:
        return [], k + width
    end = k + width
    n = len(toks)
    backer = end + 1 < n and toks[end].text == "-" and toks[end + 1].low == "backed" or \
        k >= 2 and toks[k - 1].low == "by" and toks[k - 2].low in ("backed", "supported", "armed", "sponsored")
    return [Entity(k, code, " ".join(x.text for x in toks[k:end]).replace(" .", "."), nonstate, internal, backer,
                   width)], end


def _group_at(toks: list[Token], k: int) -> Entity | None:
    """An armed group named by a glued letter and number ("M23") or three capitalised words ("Rapid
    Support Forces")."""
    t = toks[k]
    n = len(toks)
    if k + 1 < n and toks[k + 1].start == t.end and toks[k + 1].text.isdigit():  # "M23"
        glued = t.low + toks[k + 1].low
        if glued in NONSTATE_COUNTRY or glued in _GROUPS:
            return Entity(k, NONSTATE_COUNTRY.get(glued) or _GROUPS[glued], t.text + toks[k + 1].text,
                          True, glued in _INTERNAL, False, 2)
    if k + 2 < n and toks[k + 1].text[:1].isupper() and toks[k + 2].text[:1].isupper():
        three = t.low + " " + toks[k + 1].low + " " + toks[k + 2].low
        if three in NONSTATE_COUNTRY or three in _GROUPS:  # "Rapid Support Forces"
            return Entity(k, NONSTATE_COUNTRY.get(three) or _GROUPS[three], " ".join(
                x.text for x in toks[k:k + 3]), True, three in _INTERNAL, False, 3)
    return None


def _two_words(toks: list[Token], k: int) -> tuple[str | None, bool, bool, int]:
    """(code, nonstate, internal, width) of a two-word name at k ("Vladimir Putin", "South Sudan"); the
    width is 1 where there is none."""
    t = toks[k]
    code = None
    nonstate = internal = False
    if k + 1 < len(toks) and toks[k + 1].text[:1].isupper():
        two = t.low + " " + toks[k + 1].low
        code = LEADERS.get(two) or country_of_name(t.text + " " + toks[k + 1].text) or \
            STATE_GROUPS.get(two) or _NAMES.get(two)
        if code is None and (two in NONSTATE_COUNTRY or two in _GROUPS):
            code, nonstate, internal = NONSTATE_COUNTRY.get(two) or _GROUPS[two], True, two in _INTERNAL
        return code, nonstate, internal, 2 if code else 1
    return code, nonstate, internal, 1


def _modifier(t: Token, k: int) -> list[Entity]:
    """'Qatari-brokered', 'Rwanda-backed', 'Iran-aligned': the side before the hyphen ('-backed': a backer)."""
    head, _, led = t.text.rpartition("-")
    c, ns, it = _name_code(head, head.lower())
    return [Entity(k, c, head, ns, it, led.lower() in _MODIFIER_HEADS)] if c else []


def _hyphen_pair(toks: list[Token], k: int) -> list[Entity]:
    """'Egyptian-Qatari proposal', 'Israel-Iran ceasefire': a side for each part if every part names one."""
    t = toks[k]
    parts = t.text.split("-")
    codes = [_name_code(p, p.lower()) for p in parts if p[:1].isupper()]
    if len(codes) == len(parts) and all(c for c, _, _ in codes):
        backer = k + 1 < len(toks) and toks[k + 1].low in ("backed",)
        return [Entity(k, c, t.text, ns, it, backer) for c, ns, it in codes]
    return []


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
