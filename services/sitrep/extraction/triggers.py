"""Attack triggers: attack verbs, interceptions, and the warnings ('air raid sirens') that are neither."""

from __future__ import annotations

from .filters import is_halted, is_hypothetical, may_be_halted
from .lexicon import ATTACK_VERBS, CUES
from .text import Token, positions
from .weapons import sentence_weapons, weapon_word

_DOWNED = frozenset(CUES["downed_words"])  # data/cues.json
_ALERTS = frozenset(CUES["alerts"])
_REFERRED_ATTACKS = frozenset(CUES["referred_attacks"])
_FIGHTING = frozenset(CUES["fighting_nouns"])  # data/cues.json
_GOING_ON = frozenset(CUES["going_on_verbs"])  # data/cues.json
_FIRE_BEFORE = frozenset(CUES["fire_before"])  # data/cues.json
_OCCURRED = frozenset(CUES["occurrence_verbs"])  # data/cues.json


def has_trigger(toks: list[Token], lows: list[str], words: set[str], low: str, hypothetical: bool) -> bool:
    """An attack verb that is neither hypothetical nor halted, or an interception."""
    verbs = _attack_verbs(toks, lows, words)
    halted = may_be_halted(words)
    live_verbs = [k for k in verbs if not (hypothetical and is_hypothetical(toks, k))
                  and not (halted and is_halted(toks, k))] if hypothetical or halted else verbs
    if "no" in words:  # "but no strikes on the city were reported", "no new Russian attacks"
        live_verbs = [k for k in live_verbs if "no" not in lows[max(0, k - 3):k]]
    if not words.isdisjoint(_PROTECT):  # "a buffer zone to protect the border areas from Ukrainian shelling"
        live_verbs = [k for k in live_verbs if not ("from" in lows[max(0, k - 3):k] and
                                                    not _PROTECT.isdisjoint(lows[max(0, k - 10):k]))]
    if "continues" in words or "continue" in words:  # "the regime continues to bomb densely populated areas"
        live_verbs = [k for k in live_verbs if lows[max(0, k - 2):k] not in (["continues", "to"], ["continue", "to"])]
    if "anniversary" in words:  # "marked the 80th anniversary of the world's first atomic bombing"
        live_verbs = [k for k in live_verbs if not any(lows[x] == "anniversary" and "," not in lows[x:k]
                                                       for x in range(max(0, k - 7), k))]
    # "downed drones over the Mykolaiv region": an interception names an attacked place, even with no count
    manned = _manned_only(lows, words)
    if manned:  # "shot down a Russian Su-34 fighter-bomber": a manned aircraft downed is no attack
        live_verbs = [k for k in live_verbs if lows[k] not in ("shot", "downed", "shooting")]
    return bool(live_verbs) or not hypothetical and interception(words, low) and not manned


_PROTECT = frozenset({"protect", "protects", "protecting", "shield", "shields", "shielding", "defend", "defends",
                      "defending", "safeguard"})  # "to protect ... from shelling": what is warded off, no attack
_MANNED = frozenset(CUES["manned_aircraft"])  # data/cues.json
_UNMANNED = frozenset(CUES["unmanned_weapons"])  # data/cues.json


def _manned_only(lows: list[str], words: set[str]) -> bool:
    """'shot down a Russian Su-34 fighter-bomber': a manned aircraft downed is no attack (convention 25)."""
    manned = not words.isdisjoint(_MANNED) or any(w.startswith(("su-", "mig-", "f-16", "ka-", "mi-")) for w in lows)
    return manned and words.isdisjoint(_UNMANNED)


def operation_against(lows: list[str], words: set[str]) -> bool:
    """'The army carried out an operation against the extremist force in ...': forces attacking, like 'raided'."""
    return ("against" in words or "in" in words) and not words.isdisjoint(_OPERATIONS) and \
        any(w in _OPERATIONS and lows[k + 1:k + 2] in (["against"], ["in"]) and
            not _CONDUCTED.isdisjoint(lows[max(0, k - 4):k]) for k, w in enumerate(lows))
    # (also "conducted an intelligence based operation in Kalat District"; not "continued an operation against
    # armed groups for the fifth week")


_CONDUCTED = frozenset({"carried", "conducted", "launched", "mounted", "staged", "executed"})


def opened_fire(lows: list[str], words: set[str]) -> bool:
    """'troops opened fire on ...', 'accused them of firing on ...': a definite attack, like 'shelled'."""
    return ("fire" in words or "firing" in words) and any(
        w == "fire" and k and lows[k - 1] in _FIRE_BEFORE - {"under"} or
        w == "firing" and lows[k + 1:k + 2] in (["on"], ["at"]) for k, w in enumerate(lows))


def interception(words: set[str], low: str) -> bool:
    """'were downed', 'intercepted', 'shot down', 'brought down': air defence at work."""
    return not words.isdisjoint(_DOWNED) or "shot down" in low or "brought down" in low


def occurrence(lows: list[str], words: set[str]) -> bool:
    """'The attack happened in the Mir Ali area', 'the blast took place near ...', 'The main target of the
    attack was the city of Lutsk', 'Damage was reported in X': where the attack was."""
    if ("target" in words or "targets" in words) and not words.isdisjoint(_REFERRED_ATTACKS) and _target_was(lows):
        return True
    if "damage" in words and _damage_reported(lows):
        return True  # "Damage was also reported in Lviv, Khmelnytskyi and Kyiv oblasts"
    if not words.isdisjoint(_FIGHTING) and not words.isdisjoint(_GOING_ON) and \
            any(w in _GOING_ON and lows[k - 1] not in ("has", "have", "had") for k, w in enumerate(lows) if k):
        return True  # "In North Kivu, fighting between M23 and the militias continued around Masisi" (not the
        # trend "Fighting has intensified in Kordofan")
    return not words.isdisjoint(_OCCURRED) and any(w in _REFERRED_ATTACKS and lows[k + 1] in _OCCURRED and
               (lows[k + 1] != "took" or lows[k + 2:k + 3] == ["place"]) for k, w in enumerate(lows[:-1]))


def weapons_used(toks: list[Token], lows: list[str], words: set[str]) -> list:
    """The sentence's weapons, less those of a warning."""
    weapons = sentence_weapons(toks, lows)
    if not words.isdisjoint(_ALERTS):  # "drone threat", "air raid sirens": warnings, not weapons used
        weapons = [w for w in weapons if not _alert(lows, w[0])]
    return weapons


def _alert(lows: list[str], k: int) -> bool:
    """'air raid sirens', 'air-raid alert', 'drone threat': a warning, not an attack."""
    return not _ALERTS.isdisjoint(lows[k + 1:k + 3])


_DETONATIONS = frozenset(CUES["detonation_verbs"])  # data/cues.json
_LANDINGS = frozenset(CUES["landing_verbs"])
_DROPS = frozenset(CUES["drop_verbs"])
_BLOWING = frozenset({"blowing", "blew", "blow", "blown"})  # "blew up the bridge": blowing up a thing
_OPERATIONS = frozenset({"operation", "operations"})  # "an operation against ...": an attack by the forces
_DROP_OBJECTS = frozenset(CUES["drop_objects"])
_MARKET_HITS = frozenset(CUES["market_hits"])
_BOMBS = frozenset(CUES["bomb_words"])


def _attack_verbs(toks: list[Token], lows: list[str], words: set[str]) -> list[int]:
    """Token indices of attack verbs (and 'under fire', 'opened fire on', 'firing at', 'shells fell') that are
    not part of a warning."""
    found = positions(lows, ATTACK_VERBS)
    if "worst" in words or "hardest" in words:  # "the states worst hit by banditry": a description, no attack
        found = [k for k in found if not (lows[k] == "hit" and k and lows[k - 1] in ("worst", "hardest"))]
    if not words.isdisjoint(_MARKET_HITS):  # "prices for fuel have hit record highs"
        found = [k for k in found if not (lows[k] in ("hit", "hits") and
                                          not _MARKET_HITS.isdisjoint(lows[k + 1:k + 3]))]
    if not words.isdisjoint(_LANDINGS):
        found = sorted({*found, *(k for k in positions(lows, _LANDINGS)
                                  if any(weapon_word(toks, j) for j in range(max(0, k - 3), k)))})
    if operation_against(lows, words):  # "carried out an operation against the extremist force in ..."
        found = sorted({*found, *(k for k in positions(lows, _OPERATIONS) if lows[k + 1:k + 2] in (["against"], ["in"]))})
    if not words.isdisjoint(_DROPS):  # "a Ukrainian drone dropped an explosive device on a car"
        found = sorted({*found, *(k for k in positions(lows, _DROPS)
                                  if any(weapon_word(toks, j) for j in range(max(0, k - 3), k)) and
                                  not _DROP_OBJECTS.isdisjoint(lows[k + 1:k + 5]))})
    if not words.isdisjoint(_DETONATIONS) and not words.isdisjoint(_BOMBS):
        found = sorted({*found, *positions(lows, _DETONATIONS)})  # "a truck loaded with explosives blew up"
    if "up" in words and not words.isdisjoint(_BLOWING):  # "accused Ukraine of blowing up the Sudzha gas station"
        found = sorted({*found, *(k for k in positions(lows, _BLOWING)
                                  if lows[k + 1:k + 3] and lows[k + 1] == "up" and lows[k + 2:k + 3] in
                                  (["the"], ["a"], ["an"], ["its"], ["their"]))})
    if "fire" in words:  # "opened fire", "came under fire", "responded with artillery fire on"
        found = sorted({*found, *(k for k in positions(lows, {"fire"})
                                  if k and (lows[k - 1] in _FIRE_BEFORE or weapon_word(toks, k - 1)))})
    if "firing" in words:
        found = sorted({*found, *(k for k in positions(lows, {"firing"}) if lows[k + 1:k + 2] in (["on"], ["at"]) or
                                  any(weapon_word(toks, j) for j in range(k + 1, min(k + 4, len(toks)))))})
        # "accused Cambodian forces of firing artillery into Kantharalak district"
    return [k for k in found if not _alert(lows, k)] if not words.isdisjoint(_ALERTS) else found


def _target_was(lows: list[str]) -> bool:
    """'the main target of the attack was ...', 'The main targets of the attack were energy facilities in ...'."""
    return any(w == "target" and "was" in lows[k + 1:k + 6] or w == "targets" and "were" in lows[k + 1:k + 6]
               for k, w in enumerate(lows))


def _damage_reported(lows: list[str]) -> bool:
    """'Damage was reported in X', 'officials in the Kharkiv, Sumy and Odesa regions reported damage to ...'."""
    return any(w == "damage" and (not _RECORDED.isdisjoint(lows[k + 1:k + 5]) or k and lows[k - 1] in _RECORDED)
               for k, w in enumerate(lows))


_RECORDED = frozenset({"reported", "recorded", "registered"})
