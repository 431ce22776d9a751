"""Stances by clause: each side named as a subject and the cue words after it up to the next side; a
party's stance is its highest-ranked cue, and the proposer that is a party is "proposed"."""

from __future__ import annotations

from ..actors import nonstate_country
from ..lexicon import CUES
from ..text import Token
from .cues import _CUE_FIRST, _cues
from .entities import BOTH_SIDES, Entity
from .proposal import Proposal
from .roles import _attributive, _is_object, _prev_word, _speaker_after

_CF = CUES["ceasefire"]  # data/cues.json

_NOT_SELF = frozenset(_CF["not_self_heads"])


_Window = tuple[Entity, list[tuple[int, str, int]]]  # a side and its (token index, stance, rank) cues


def _stance_windows(toks: list[Token], ents: list[Entity]) -> list[_Window]:
    """Each subject side and the stance cues it governs."""
    lows = [t.low for t in toks]
    genitive = _genitives(lows, ents)
    # "the Russian proposal", "Russian reciprocity": a modifier, no side that speaks
    ents = [e for e in ents if not e.backer and e not in genitive and not _attributive(toks, e)]
    subjects = _subjects(toks, ents)
    enders = sorted(subjects + genitive, key=lambda e: e.k)
    out: list[_Window] = []
    for e in ents:
        out += _side_windows(toks, lows, e, ents, subjects, enders)
    _share_across_and(toks, ents, out)
    return out


def _genitives(lows: list[str], ents: list[Entity]) -> list[Entity]:
    """'Putin's response was ...', 'Ukraine's European partners': the clause is not the side's own word
    (it ends the window of the side before)."""
    n = len(lows)
    return [e for e in ents if e.k + e.width + 1 < n and lows[e.k + e.width] == "'s" and (
        lows[e.k + e.width + 1] in _NOT_SELF or e.k + e.width + 2 < n and lows[e.k + e.width + 2] in _NOT_SELF)]


def _subjects(toks: list[Token], ents: list[Entity]) -> list[Entity]:
    """The sides that are no object ('urged Israel'), nor joined by 'and' to an object before them."""
    objects: list[Entity] = []
    for i, e in enumerate(ents):
        _, prev = _prev_word(toks, e.k)
        if _is_object(toks, e) or prev in ("and", "or") and i > 0 and ents[i - 1] in objects and \
                e.k - ents[i - 1].k <= 6:  # "called on the Congolese government and the M23 rebels"
            objects.append(e)
    return [e for e in ents if e not in objects]


def _window_end(e: Entity, enders: list[Entity], n: int) -> int:
    """Up to the next side that speaks (an object, "urged Israel", does not end it), 40 words at most."""
    end = min(n, e.k + 40)
    for e2 in enders:
        if e2.code != e.code and e2.k > e.k:
            end = min(end, e2.k)
            break
    return end


def _side_windows(toks: list[Token], lows: list[str], e: Entity, ents: list[Entity], subjects: list[Entity],
                  enders: list[Entity]) -> list[_Window]:
    """The window of one side, after the condition it may set for the side that spoke before it."""
    out: list[_Window] = []
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
        hits += _cues(toks, lows, e.k + e.width, _window_end(e, enders, len(toks)))
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
    return out


def _share_across_and(toks: list[Token], ents: list[Entity], out: list[_Window]) -> None:
    """'Israel and Iran agreed': a side joined to the next by 'and' shares its stance."""
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


def _add_cue(p: Proposal, e: Entity, stance: str, rank: int) -> None:
    key = (e.code, e.internal)
    if e.internal:
        p.internal[e.code] = True
    if key not in p.cues or rank > p.cues[key][0]:
        p.cues[key] = (rank, stance)


def _stances(p: Proposal, parties: list[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    both = p.cues.get((BOTH_SIDES, False))
    # a non-state proposer ("the RSF announced a truce") shares its country's code with the other side
    group_side = nonstate_country(p.proposer[1]) if p.proposer and p.proposer[0] is None else None
    for code in parties:
        got = {ns: v for (c, ns), v in p.cues.items() if c == code}
        if both and (False not in got or both > got[False]):
            got[False] = both  # "the two sides agreed"
        if len(got) == 2 and got[True][1] != got[False][1] and p.internal.get(code):
            continue  # the Sudanese army rejects, the RSF accepts: both SD, left out
        if got and code == group_side and max(got.values())[1] != "accepted":
            continue  # the army dismisses the RSF's own truce: both SD, they disagree, left out (convention 20)
        if got:
            out[code] = max(got.values())[1]
    if p.proposer and p.proposer[0] in parties:
        out[p.proposer[0]] = "proposed"
    return out
