"""Counts of one event from several reports: the better of two figures for one incident, and the tolls of a
region's separate incidents summed (convention 32) while updates, restatements and totals are not."""

from __future__ import annotations

import re

from .lexicon import CUES
from .records import Fact, Role

_ORDER = {"exact": 0, "at_least": 1, "more_than": 1, "about": 2, "at_most": 3}


def better(a: Role | None, b: Role) -> Role:
    if a is None:
        return b
    ka = (not a.vague, a.value, -_ORDER[a.qualifier])
    kb = (not b.vague, b.value, -_ORDER[b.qualifier])
    return b if kb > ka else a


def combine(counts: dict[str, Role], new: dict[str, Role]) -> None:
    """Fold one report's counts into those of the same incident: the better figure of the two, or the sum
    for "eight more were killed"."""
    for name, role in new.items():
        old = counts.get(name)
        if role.extra and old is not None and not (old.extra and old.value == role.value):
            # "eight more were killed": on top of the earlier figure (not "injured eight more" said twice)
            qual = "at_least" if old.qualifier != "exact" or role.qualifier != "exact" else "exact"
            counts[name] = Role(name, old.value + role.value, qual, old.vague, old.weapon, old.first,
                                old.last, old.cue)
        else:
            counts[name] = better(old, role)


_SEPARATE = tuple(CUES["separate_incident"])  # data/cues.json
_JOINED = tuple(w + " " for w in CUES["clause_joiners"])  # a clause split off its sentence: "and in Holon, ..."
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
    """The fact's sentence (or clause) reports another incident: it opens on its own place ("In Zolochiv, two
    men were injured", "..., and in Holon eight were hurt") or says so ("Separately", "another drone strike", "Elsewhere")."""
    low = f.sentence.text.lower()
    if low.startswith(_JOINED):
        low = low.split(" ", 1)[1]
    opening = low.startswith(("in ", "near ", "on the outskirts")) and (f.loc.place or "-").lower() in low[:60]
    return opening or any(cue in low for cue in _SEPARATE)


_TOTAL = re.compile(r"\b(?:altogether|in total|in all|overall|total|the (?:region|oblast|province|governorate))\b")
_UPDATE = re.compile(r"\b(?:rose|risen|climbed|increased|jumped|reached|grew|grown) to\b")


def _is_total(f: Fact, place: str | None, parts: list) -> bool:
    """'Altogether, 18 were killed in the region' is a figure for the whole region; so is an update naming a
    place not reported before ('the number of injured rose to four: two were wounded in Marhanets'), while
    'the toll in Dnipro rose to nine' updates Dnipro's. `place`: the fact's _place_key."""
    low = f.sentence.text.lower()
    if _TOTAL.search(low):
        return True
    return bool(parts) and not f.inherited and _UPDATE.search(low) is not None and all(k != place for k, _ in parts)


def _same_figures(part: dict[str, Role], counts: dict[str, Role]) -> bool:
    """The same numbers again at another name ('three killed in Kharkiv' and 'in the Kyivskyi district,
    three people died'): a restatement, not a second incident."""
    return all(name in part and part[name].value == role.value for name, role in counts.items())


def sum_separate_incidents(facts: list[Fact], counts: dict[str, Role]) -> None:
    """Convention 32: separate incidents at different places of one region are summed into its one line
    (21 killed in Jabalia and eight in Beit Lahia -> 29, the weakest qualifier wins); reports of the same
    place, or a place not marked as another incident, are the same toll. A region-wide figure from an
    official (no place) stands for the whole if it is the larger."""
    parts: list[tuple[str, dict[str, Role]]] = []
    whole: dict[str, Role] = {}
    for f in facts:
        place, separate = _place_key(f), _separate(f)
        key = None if _is_total(f, place, parts) else place or (f"@{f.sentence.start}" if separate else None)
        if key is None:
            combine(whole, f.counts)
            continue
        part = next((p for k, p in parts if k == key), None)
        if part is None and parts and (f.inherited or not separate or
                                       any(_same_figures(p, f.counts) for _, p in parts)):
            part = parts[-1][1]  # "Three were injured in Kharkiv" after its district: the same toll
        if part is None:
            parts.append((key, part := {}))
        combine(part, f.counts)
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
        counts[name] = better(whole.get(name), role)
