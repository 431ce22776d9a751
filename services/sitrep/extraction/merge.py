"""Facts of one article -> events: facts about the same thing merge.

- Attacks merge by (location key, weapon). A fact without counts joins an attack already at its location
  (preferring the same weapon); counted facts of another weapon class stay separate ("242 drones, 13
  ballistic and 22 cruise missiles" -> a drone and a missile attack). A country total and its regional
  breakdown have different location keys, so they stay separate.
- Casualties merge by location key.
- Counts: of several reports of one figure, the most informative wins: a definite number over a vague plural
  ("dozens"), then the larger value ("more than 130" and "63 of the 137" -> launched 137). "all drones were
  destroyed" sets intercepted = launched.
- Every casualty location also has an attack (the strike that caused it).
"""

from __future__ import annotations

import re

from .lexicon import CUES, DEFAULT_ATTACKER
from .records import Fact, Role
from .tolls import combine, sum_separate_incidents


class Group:
    """The facts behind one event."""

    __slots__ = ("kind", "key", "weapon", "facts", "counts", "all_intercepted", "all_but", "_loc", "_evidence")

    def __init__(self, fact: Fact):
        self.kind, self.key, self.weapon = fact.kind, fact.loc.key, fact.weapon
        self.facts: list[Fact] = []
        self.counts: dict[str, Role] = {}
        self.all_intercepted = False
        self.all_but = -1
        self._loc = self._evidence = None
        self.absorb(fact)

    def absorb(self, fact: Fact) -> None:
        self._loc = self._evidence = None
        self.facts.append(fact)
        combine(self.counts, fact.counts)
        self.all_intercepted |= fact.all_intercepted
        self.all_but = max(self.all_but, fact.all_but)
        if self.weapon is None and fact.weapon and fact.counts:
            self.weapon = fact.weapon

    @property
    def loc(self):
        if self._loc is None:
            self._loc = next((f.loc for f in self.facts if not f.inherited), self.facts[0].loc)
        return self._loc

    def evidence(self) -> Fact:
        if self._evidence is None:
            self._evidence = max(self.facts, key=lambda f: (len(f.counts), not f.inherited, -f.sentence.start))
        return self._evidence


def merge(facts: list[Fact]) -> list[Group]:
    groups: list[Group] = []
    by_key: dict[tuple[str, str], list[Group]] = {}  # (kind, location key) -> its groups, oldest first
    for f in facts:
        if f.kind == "casualty" and (not f.counts or (f.loc.key == "-" and not f.maritime)):
            continue  # a toll nowhere in particular is no use to anyone counting per place
        same_key = by_key.get((f.kind, f.loc.key), [])
        if f.kind == "casualty" or not same_key:
            target = same_key[0] if same_key else None
        elif f.counts:
            target = next((g for g in same_key if g.weapon == f.weapon), None) or next(
                (g for g in same_key if g.weapon is None and not _weapon_counts(g)), None)
            if target is None and f.weapon is None and set(f.counts) == {"outage"}:
                target = same_key[0]  # "leaving 2,000 residents without electricity": the attack's outage
        else:
            target = next((g for g in same_key if g.weapon == f.weapon), same_key[0])
        if target is None:
            groups.append(group := Group(f))
            by_key.setdefault((group.kind, group.key), []).append(group)
        else:
            if f.counts and target.weapon is None:
                target.weapon = f.weapon
            target.absorb(f)
    for g in groups:
        if g.kind == "casualty" and len(g.facts) > 1:
            _firm_tolls_over_weak_ones(g)
            sum_separate_incidents(g.facts, g.counts)
    _attacks_behind_casualties(groups)
    _one_weapon_named(groups, by_key)
    for g in groups:
        if g.all_intercepted and "intercepted" not in g.counts and "launched" in g.counts:
            launched = g.counts["launched"]
            g.counts["intercepted"] = Role("intercepted", launched.value, launched.qualifier, launched.vague,
                                           g.weapon, launched.first, launched.last, -1)
        if g.all_but >= 0 and "intercepted" not in g.counts and "launched" in g.counts and \
                g.counts["launched"].value > g.all_but:  # "... launched 48. All but three were shot down"
            launched = g.counts["launched"]
            g.counts["intercepted"] = Role("intercepted", launched.value - g.all_but, launched.qualifier,
                                           launched.vague, g.weapon, launched.first, launched.last, -1)
    return groups


def _firm_tolls_over_weak_ones(g: Group) -> None:
    """'eight people were killed' and '24 have been killed in Israel since Friday': the day's toll, not the
    running one (convention 44), when the place has both. Likewise a toll 'in southern Lebanon' (a direction,
    often over more than one governorate) gives way to one named at a town of the region."""
    if not any(f.counts and (f.running or f.vague) for f in g.facts):
        return
    day = [f for f in g.facts if not f.running and not f.vague and f.counts]
    if day:
        g.counts = {}
        for f in day:
            combine(g.counts, f.counts)


def _one_weapon_named(groups: list[Group], by_key: dict[tuple[str, str], list[Group]]) -> None:
    """'Impacts were recorded in Kharkiv' and 'drones struck the city': an attack with no counted weapon
    takes the one weapon class its reports name, unless another attack at that place has it."""
    for g in groups:
        if g.kind != "attack" or g.weapon is not None:
            continue
        named = {f.weapon for f in g.facts if f.weapon}
        if len(named) == 1:
            (weapon,) = named
            if not any(o.weapon == weapon for o in by_key[("attack", g.key)]):
                g.weapon = weapon


def _weapon_counts(g: Group) -> bool:
    return "launched" in g.counts or "intercepted" in g.counts


def _attacks_behind_casualties(groups: list[Group]) -> None:
    """A toll implies an attack at its place; when the only attack there came from a sentence that names no
    weapon ("the Houthis claimed the attack"), the toll's sentence gives the weapon and targets."""
    attacks: dict[str, list[Group]] = {}
    for g in groups:
        if g.kind == "attack":
            attacks.setdefault(g.key, []).append(g)
    for g in list(groups):
        if g.kind != "casualty" or g.key == "-":
            continue
        src = g.evidence()
        there = attacks.get(g.key)
        bare = bool(there) and len(there) == 1 and there[0].weapon is None and not there[0].counts
        if there and not (bare and src.sentence_weapon):
            continue  # the place has its attack already, with a weapon or figures of its own
        fact = Fact("attack", src.sentence, g.loc, src.sentence_weapon, targets=list(src.targets), actor=src.actor,
                    actor_name=src.actor_name, claimed_by=src.claimed_by, inherited=src.inherited,
                    sentence_weapon=src.sentence_weapon, maritime=src.maritime, whole=src.whole)
        if there:
            there[0].weapon = src.sentence_weapon
            there[0].absorb(fact)
        else:
            groups.append(Group(fact))
            attacks[g.key] = [groups[-1]]


def resolve_actor(group: Group, groups: list[Group]) -> tuple[str | None, str | None]:
    """The group's own actor, else that of an attack at the same place, else the usual attacker there."""
    for f in [group.evidence()] + group.facts:
        if f.actor or f.actor_name:
            return f.actor, f.actor_name
    for g in groups:
        if g is not group and g.key == group.key and g.kind == "attack":
            for f in g.facts:
                if f.actor or f.actor_name:
                    return f.actor, f.actor_name
    country = group.loc.country
    usual = DEFAULT_ATTACKER.get(group.loc.region or "") or DEFAULT_ATTACKER.get(country)
    if usual:
        return usual, None
    if all(_BETWEEN.search(f.sentence.text) for f in group.facts):
        return None, None  # "killed in clashes between Druze fighters and Bedouin gunmen": not the country's attacker
    for g in groups:
        if g.loc.country == country:
            for f in g.facts:
                if f.actor:
                    return f.actor, f.actor_name
    return None, None


_BETWEEN = re.compile(r"\b(?:clashes|fighting|battles|violence|skirmishes|gunfights?)\s+(?:\w+\s+){0,2}?between\b",
                      re.IGNORECASE)


def resolve_claimant(group: Group) -> str | None:
    ev = group.evidence()
    if ev.claimed_by:
        return ev.claimed_by
    return next((f.claimed_by for f in group.facts if f.claimed_by), None)


def inherit_sole_weapon(groups: list[Group]) -> None:
    """'Israeli air strikes killed 27 across Gaza ... a strike on a home in Gaza City': where an article names
    one weapon class for its attackers, their strikes that name none are of that class. Not an attack told
    in ground words ('troops raided', 'gunmen opened fire'): those are other acts (cues.json ground_attack_words)."""
    armed = [g for g in groups if g.kind == "attack" and g.weapon and g.weapon != "mixed"]
    classes = {g.weapon for g in armed}
    if len(classes) != 1:
        return
    (weapon,) = classes
    actors = {f.actor for g in armed for f in g.facts}
    armed_sentences = {_whole(f) for g in armed for f in g.facts}  # ("Russian strikes killed two in
    # Kherson, while in Dnipropetrovsk a drone hit a farm": the drone is named for the other place only)
    for g in groups:
        if g.kind == "attack" and g.weapon is None and all(f.actor is None or f.actor in actors for f in g.facts) \
                and not any(f.weapon or f.sentence_weapon for f in g.facts) \
                and not any(_whole(f) in armed_sentences or _GROUND.intersection(f.sentence.text.lower().split())
                            for f in g.facts):
            g.weapon = weapon


_GROUND = frozenset(CUES["ground_attack_words"])  # data/cues.json


def _whole(f: Fact) -> int:
    """Start of the sentence a fact comes from (of the whole one, for a clause's)."""
    return f.whole if f.whole >= 0 else f.sentence.start

