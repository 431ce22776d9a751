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

_ORDER = {"exact": 0, "at_least": 1, "more_than": 1, "about": 2, "at_most": 3}


def better(a: Role | None, b: Role) -> Role:
    if a is None:
        return b
    ka = (not a.vague, a.value, -_ORDER[a.qualifier])
    kb = (not b.vague, b.value, -_ORDER[b.qualifier])
    return b if kb > ka else a


def _combine(counts: dict[str, Role], new: dict[str, Role]) -> None:
    """Fold one report's counts into those of the same incident: the better figure of the two, or the sum
    for "eight more were killed"."""
    for name, role in new.items():
        old = counts.get(name)
        if role.extra and old is not None:  # "eight more were killed": on top of the earlier figure
            qual = "at_least" if old.qualifier != "exact" or role.qualifier != "exact" else "exact"
            counts[name] = Role(name, old.value + role.value, qual, old.vague, old.weapon, old.first,
                                old.last, old.cue)
        else:
            counts[name] = better(old, role)


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
        _combine(self.counts, fact.counts)
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
            _sum_separate_incidents(g)
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


_SEPARATE = tuple(CUES["separate_incident"])  # data/cues.json
_PLACE_SUFFIXES = (" district", " raion", " region", " oblast", " city", " community", " province")


def _place_key(f: Fact) -> str | None:
    place = f.loc.place
    if not place:
        return None
    low = place.lower().removeprefix("the ")
    for suffix in _PLACE_SUFFIXES:
        low = low.removesuffix(suffix)
    return low


def _separate(f: Fact) -> bool:
    """The fact's sentence reports another incident: it opens on its own place ("In Zolochiv, two men were
    injured") or says so ("Separately", "another drone strike", "Elsewhere")."""
    low = f.sentence.text.lower()
    opening = low.startswith(("in ", "near ", "on the outskirts")) and (f.loc.place or "-").lower() in low[:60]
    return opening or any(cue in low for cue in _SEPARATE)


_TOTAL = re.compile(r"\b(?:altogether|in total|in all|overall|total|the (?:region|oblast|province|governorate))\b")
_UPDATE = re.compile(r"\b(?:rose|risen|climbed|increased|jumped|reached|grew|grown) to\b")


def _is_total(f: Fact, parts: list) -> bool:
    """'Altogether, 18 were killed in the region' is a figure for the whole region; so is an update naming a
    place not reported before ('the number of injured rose to four: two were wounded in Marhanets'), while
    'the toll in Dnipro rose to nine' updates Dnipro's."""
    low = f.sentence.text.lower()
    if _TOTAL.search(low):
        return True
    key = _place_key(f)
    return bool(parts) and not f.inherited and _UPDATE.search(low) is not None and all(k != key for k, _ in parts)


def _same_figures(part: dict[str, Role], counts: dict[str, Role]) -> bool:
    """The same numbers again at another name ('three killed in Kharkiv' and 'in the Kyivskyi district,
    three people died'): a restatement, not a second incident."""
    return all(name in part and part[name].value == role.value for name, role in counts.items())


def _sum_separate_incidents(g: Group) -> None:
    """Convention 32: separate incidents at different places of one region are summed into its one line
    (21 killed in Jabalia and eight in Beit Lahia -> 29, the weakest qualifier wins); reports of the same
    place, or a place not marked as another incident, are the same toll. A region-wide figure from an
    official (no place) stands for the whole if it is the larger."""
    parts: list[tuple[str, dict[str, Role]]] = []
    whole: dict[str, Role] = {}
    for f in g.facts:
        key = None if _is_total(f, parts) else _place_key(f) or (f"@{f.sentence.start}" if _separate(f) else None)
        if key is None:
            _combine(whole, f.counts)
            continue
        part = next((p for k, p in parts if k == key), None)
        if part is None and parts and (f.inherited or not _separate(f) or
                                       any(_same_figures(p, f.counts) for _, p in parts)):
            part = parts[-1][1]  # "Three were injured in Kharkiv" after its district: the same toll
        if part is None:
            parts.append((key, part := {}))
        _combine(part, f.counts)
    if len(parts) < 2:
        return
    summed: dict[str, Role] = {}
    for name in {n for _, p in parts for n in p}:
        roles = [p[name] for _, p in parts if name in p]
        qual = next((r.qualifier for r in roles if r.qualifier != "exact"), "exact")
        first = roles[0]
        summed[name] = Role(name, sum(r.value for r in roles), qual, any(r.vague for r in roles), first.weapon,
                            first.first, first.last, first.cue)
    for name, role in summed.items():
        g.counts[name] = better(whole.get(name), role)


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
                    sentence_weapon=src.sentence_weapon, maritime=src.maritime)
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
    if country in DEFAULT_ATTACKER:
        return DEFAULT_ATTACKER[country], None
    for g in groups:
        if g.loc.country == country:
            for f in g.facts:
                if f.actor:
                    return f.actor, f.actor_name
    return None, None


def resolve_claimant(group: Group) -> str | None:
    ev = group.evidence()
    if ev.claimed_by:
        return ev.claimed_by
    return next((f.claimed_by for f in group.facts if f.claimed_by), None)
