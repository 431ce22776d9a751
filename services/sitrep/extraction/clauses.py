"""A sentence that joins two reports ("Shelling killed two in Kherson, while in Dnipropetrovsk a drone hit a
farm") -> its clauses, so that each report keeps its own place, weapon and counts."""

from __future__ import annotations

import re

from . import places
from .facts import running_toll, sentence_facts
from .lexicon import (
    ATTACK_VERBS,
    AUX,
    CUES,
    INJURED_AFTER,
    INJURED_BEFORE,
    INTERCEPT_AFTER,
    INTERCEPT_BEFORE,
    KILLED_AFTER,
    KILLED_BEFORE,
)
from .records import Context, Fact
from .text import COUNT_ITEM, Sentence, Token

_JOINERS = frozenset(CUES["clause_joiners"])  # data/cues.json: ", while", "; whereas" ...


def split_clauses(sent: Sentence, toks: list[Token]) -> list[tuple[Sentence, list[Token]]]:
    """The sentence's clauses with their tokens: split before a joiner that follows a comma or semicolon,
    or at a bare semicolon, when each side names a place of its own (else the place named once is the
    place of both, as in "Two were killed, while 12 were hurt in Dnipro")."""
    cuts = [k for k in range(1, len(toks) - 1) if toks[k].low in (",", ";")
            and (toks[k + 1].low in _JOINERS or toks[k].low == ";")]
    if not cuts:
        return [(sent, toks)]
    mentions = places.find_places(sent.text)
    ends = {sent.start + m.end for m in mentions}
    # a possessive before a side names the side, not a place of the clause ("..., and Pakistan's military said
    # 26 were killed"); "Balochistan's Kalat district" is a place
    starts = {sent.start + m.start for m in mentions if not _side_possessive(sent.text, m.end)}
    out: list[tuple[Sentence, list[Token]]] = []
    first = 0
    for k in cuts:
        if toks[k - 1].end in ends and k + 2 < len(toks) and toks[k + 2].start in starts:
            continue  # "over Belgorod, Bryansk, Kursk, and Orlov": a list of places, not a clause
        if COUNT_ITEM.match(sent.text, toks[k + 1].start - sent.start):
            continue  # "...;\n▪️ 14 Kh-101 cruise missiles – from ...": the next item of a list of counts
        if _names_a_place(starts, toks[first].start, toks[k].start) and \
                _names_a_place(starts, toks[k + 1].start, sent.end) and _has_verb(toks, k + 1) and \
                (toks[k + 1].low != "after" or _attacks(toks, k + 2)):
            out.append(_part(sent, toks, first, k))
            first = k + 1
    out.append(_part(sent, toks, first, len(toks)))
    return out


_VERBS = ATTACK_VERBS | INTERCEPT_BEFORE | INTERCEPT_AFTER | KILLED_AFTER | INJURED_AFTER | KILLED_BEFORE | \
    INJURED_BEFORE | AUX


def _has_verb(toks: list[Token], start: int) -> bool:
    """'..., while in Dnipropetrovsk a drone hit a farm' has a verb of its own; '..., and the rest over the
    Oryol, Tula and Ryazan regions' shares the one before."""
    return any(t.low in _VERBS for t in toks[start:])


_SIDE_AFTER = re.compile(r"['’]s\s+(?:\w+\s+)?(?:military|army|armed|government|forces|defen[cs]e|air force|"
                         r"navy|president|prime|foreign|ministry|leader|officials|troops|spokesman)\b")


def _attacks(toks: list[Token], start: int) -> bool:
    """'..., after two rockets were fired from Lebanon towards Kiryat Shmona': the attack it answers, another
    report; not '..., after rescuers pulled three more bodies from the rubble', which tells how the toll rose."""
    return any(t.low in ATTACK_VERBS for t in toks[start:])


def _side_possessive(text: str, end: int) -> bool:
    return _SIDE_AFTER.match(text, end) is not None


def _names_a_place(starts: set[int], start: int, end: int) -> bool:
    return any(start <= s < end for s in starts)


def _part(sent: Sentence, toks: list[Token], first: int, stop: int) -> tuple[Sentence, list[Token]]:
    if first == 0 and stop == len(toks):
        return sent, toks
    part = toks[first:stop]
    start, end = part[0].start, part[-1].end
    return Sentence(start, end, sent.text[start - sent.start:end - sent.start], sent.paragraph), part


def clause_facts(sent: Sentence, toks: list, ctx: Context) -> list[Fact]:
    """The facts of each clause of the sentence; a clause with no source of its own takes the one a later
    clause names ("..., while ... injuring a woman, local officials said")."""
    parts = split_clauses(sent, toks)
    if len(parts) == 1:
        return sentence_facts(sent, ctx, toks)
    found = [sentence_facts(part, ctx, part_toks) for part, part_toks in parts]
    for f in (f for new in found for f in new):
        f.whole = sent.start
    if running_toll(sent.text.lower()):  # "has fired 370 missiles since then, and 24 have been killed"
        for f in (f for new in found for f in new):
            f.running = True
    for before, new in zip(found, found[1:], strict=False):
        _share_subject(before, new)
    later = None
    for new in reversed(found):
        named = next((f.claimed_by for f in new if f.claimed_by), None)
        later = named or later
        for f in new:
            f.claimed_by = f.claimed_by or later
    return [f for new in found for f in new]


def _share_subject(before: list[Fact], new: list[Fact]) -> None:
    """"Israeli warplanes struck Damascus, and hit government forces in Sweida": a clause with no attacker
    or weapon of its own has the previous clause's."""
    if new and (" between " in new[0].sentence.text or new[0].sentence.text.startswith("after ")):
        return  # "..., as clashes between government forces and Druze fighters killed 70": both sides, no one's;
        # "..., after two rockets were fired from Lebanon": the other side's attack
    donor = next((f for f in before if f.actor or f.actor_name), None)
    weapon = next((f.sentence_weapon for f in before if f.sentence_weapon), None)
    for f in new:
        if donor and not (f.actor or f.actor_name):
            f.actor, f.actor_name = donor.actor, donor.actor_name
        if weapon and f.sentence_weapon is None:
            f.sentence_weapon = weapon
            if f.kind == "attack" and f.weapon is None:
                f.weapon = weapon
