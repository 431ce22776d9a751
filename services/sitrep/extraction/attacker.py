"""Who attacked and who said so: the claimant, the actor, 'its forces' for the speaker's country, and whether
'military' names a target or a side."""

from __future__ import annotations

import re

from .actors import find_actor, find_claimant
from .lexicon import (
    CUES,
    FORCE_HEADS,
    MILITARY_TARGET_WORDS,
    STATE_GROUPS,
    country_of_demonym,
    country_of_name,
)
from .records import Context, Fact
from .text import Sentence, Token, tokenize

_FORCE_WORD = re.compile(r"\b(?:army|forces|force|military|navy|command|corps|guard|group|movement|militia|rebels)\b",
                         re.IGNORECASE)
_SAID_IT = re.compile(r"\s+(?:has |had |have )?(?:said|says|stated|announced|reported|claimed)(?: on \w+| in a statement)?"
                      r"(?: that)? (?:it|they|its|their|air force|army|troops|soldiers)\b")  # its own act
_CLAIMS_THE_ATTACK = re.compile(r"\s+(?:has |had |have )?claimed (?:responsibility|an? |the |to have|it had)")


def sentence_actor(sent: Sentence, toks: list[Token], words: set[str], ctx: Context):
    """(claimant, the claim's span in the text or (-1, -1), actor, actor name, actor token)."""
    claimant, c0, c1 = _claimant(sent, ctx)
    speaker = c0 >= 0 and not _CLAIMS_THE_ATTACK.match(sent.text, c1)  # "the Houthis claimed the attack": attacker
    actor, actor_name, actor_tok = find_actor(toks, sent.text, sent.start,
                                              (sent.start + c0, sent.start + c1) if speaker else (-1, -1))
    if speaker and _FORCE_WORD.search(sent.text, c0, c1) and _SAID_IT.match(sent.text, c1):
        # "the Somali National Army (SNA) said it had killed 30 al-Shabaab fighters": an armed force that speaks
        # of its own act is the attacker
        own = find_actor(toks, sent.text, sent.start)
        if (own[0] or own[1]) and own[2] >= 0 and c0 <= toks[own[2]].start - sent.start < c1:
            actor, actor_name, actor_tok = own
    if actor is None and actor_name is None and not words.isdisjoint(("its", "our", "their", "it", "we")):
        actor, actor_name = _own_forces(toks, sent)
    claim = (sent.start + c0, sent.start + c1) if c0 >= 0 else (-1, -1)
    return claimant, claim, actor, actor_name, actor_tok


def _claimant(sent: Sentence, ctx: Context) -> tuple[str | None, int, int]:
    """find_claimant on the sentence after its wire dateline, if it opens with one ("SANAA, Yemen (AP) —
    Yemen's Houthi rebels claimed ..."), with offsets into the whole sentence."""
    skip = ctx.dateline_end - sent.start if sent.start <= ctx.dateline_start < sent.end else 0
    if skip <= 0:
        return find_claimant(sent.text)
    rest = sent.text[skip:].lstrip()
    name, c0, c1 = find_claimant(rest)
    shift = len(sent.text) - len(rest)
    return (name, c0 + shift, c1 + shift) if name else (None, -1, -1)


def _own_forces(toks: list[Token], sent: Sentence) -> tuple[str | None, str | None]:
    """'Ukraine's General Staff said its forces struck ...', 'the U.S. Africa Command said it had conducted
    an airstrike': the attacker is the speaker's country."""
    for k in range(len(toks) - 1):
        own = toks[k].low in ("its", "our", "their") and toks[k + 1].low in FORCE_HEADS
        if own and any(t.low in _DEFENCE_VERBS for t in toks[k + 2:k + 6]):
            continue  # "the air force said its units had shot down 118 of the drones": the defender
        if own or \
                toks[k].low in ("it", "we") and _said_before(toks, k) and \
                _OWN_ACT.match(sent.text, toks[k].end - sent.start):
            for t in toks[:k]:
                if t.text[:1].isupper():
                    initials = _INITIALS.match(sent.text, t.start - sent.start)  # "U.S." is four tokens
                    code = country_of_name(t.text) or country_of_demonym(initials.group() if initials else t.text) \
                        or STATE_GROUPS.get(t.low)  # "The IDF said its fighter jets had struck ..."
                    if code:
                        return code, None
            return None, None
    return None, None


_INITIALS = re.compile(r"(?:[A-Z]\.){2,}")
_DEFENCE_VERBS = frozenset({"shot", "intercepted", "downed", "suppressed", "repelled", "repulsed", "jammed"})
_SAID = frozenset({"said", "says", "stated"})


def _said_before(toks: list[Token], k: int) -> bool:
    """'... said it had struck', '... said on Tuesday it had struck'."""
    return any(t.low in _SAID for t in toks[max(0, k - 4):k])
_OWN_ACT = re.compile(r"\s+(?:had |has |have )?(?:conducted|carried out|launched|struck|hit|targeted|attacked)\b")
_SIDE_WORDS = frozenset(CUES["side_words"])  # target words that usually name a side
_MILITARY_OBJECTS = frozenset(CUES["military_objects"])


def military_target(lows: list[str], words: set[str]) -> bool:
    """'struck a military base', 'shelled troops near X' name a military target; 'the Israeli military said'
    and 'Myanmar's military bombed a school' name the attacker."""
    if any(w in MILITARY_TARGET_WORDS for w in words - _SIDE_WORDS):
        return True
    for k, w in enumerate(lows):
        if w in _SIDE_WORDS and (k + 1 < len(lows) and lows[k + 1] in _MILITARY_OBJECTS or
                                 k > 0 and lows[k - 1] in ("on", "at", "against", "targeting", "hit", "struck")):
            return True
    return False


ARMIES = frozenset(CUES["armies"])  # data/cues.json
_ARMY_ACTS = frozenset(CUES["army_acts"])  # data/cues.json


_AIR_FORCE_VERBS = frozenset({"carried", "struck", "bombed", "conducted", "launched", "hit", "targeted", "pounded",
                              "destroyed"})


def _air_force_acts(lows: list[str]) -> int:
    """'the air force had carried out strikes', 'the air force struck': the country's own air force acting (the
    index of 'air'), else -1; not 'the air force said', a claimant."""
    for k in range(1, len(lows) - 2):
        if lows[k] == "air" and lows[k + 1] == "force" and lows[k - 1] in ("the", "its") and \
                (lows[k + 2] in _AIR_FORCE_VERBS or lows[k + 2] in ("had", "has") and k + 3 < len(lows) and
                 lows[k + 3] in _AIR_FORCE_VERBS):
            return k
    return -1


def national_army(lows: list[str]) -> int:
    """'Army airstrikes on the RSF-held town of Nyala', 'a military airstrike on a village in Sagaing': a
    country's own forces, named without a demonym (the state where the attack is, in a civil war). The
    token index of the first such mention, else -1."""
    if "force" in lows:
        k = _air_force_acts(lows)
        if k >= 0:
            return k
    return next((k for k, w in enumerate(lows) if w in ARMIES and (
        k + 1 < len(lows) and lows[k + 1] in _ARMY_ACTS and
        (k == 0 or lows[k - 1] in ("a", "an", "the", ",", "and", "by", "of", "with", "said", "that")) or
        k >= 2 and lows[k - 1] == "the" and lows[k - 2] in ("accused", "blamed", "by") or
        k >= 1 and lows[k - 1] == "the" and lows[k + 1:k + 3] in (["said", "its"], ["said", "it"], ["says", "its"],
                                                                   ["says", "it"]))), -1)
    # ("sources said army drones struck", "accused the army of", "a drone strike by the army on a market",
    # "the army said its air force struck")


_BLAME = frozenset({"blamed", "blame", "blames", "accused", "accuse", "accuses"})


def blame_the_attacker(sent: Sentence, facts: list[Fact], toks: list[Token] | None = None) -> None:
    """'A drone strike on a market killed nine ... They blamed the Ethiopian National Defense Force': a
    sentence of no attack of its own that blames a side gives it to the facts of the report just before (the
    same or the next paragraph) that name no attacker. `toks`: the sentence's tokens, if the caller has them."""
    if not facts or sent.paragraph - facts[-1].sentence.paragraph > 1:
        return
    toks = tokenize(sent) if toks is None else toks
    k = next((i for i, t in enumerate(toks) if t.low in _BLAME), -1)
    if k < 0:
        return
    actor, actor_name, _ = find_actor(toks[k + 1:k + 9], sent.text, sent.start)
    if actor is None:
        return
    last = facts[-1].whole if facts[-1].whole >= 0 else facts[-1].sentence.start
    for f in facts:
        if (f.whole if f.whole >= 0 else f.sentence.start) == last and f.actor is None and f.actor_name is None:
            f.actor, f.actor_name = actor, actor_name
