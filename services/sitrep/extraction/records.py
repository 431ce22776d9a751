"""The records the extraction passes along: a count's role in its sentence."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(slots=True)
class Role:
    role: str        # launched | intercepted | lost | killed | injured | outage
    value: int
    qualifier: str
    vague: bool
    weapon: str | None
    first: int       # first token (qualifier included)
    last: int        # one past the noun phrase
    cue: int         # token index of the cue word, or -1
    is_all: bool = False   # "all drones were destroyed" (value unknown: = launched)
    part: bool = False     # an item of a breakdown ("..., 12 over Kursk"): never summed into a total
    extra: bool = False    # "killed eight more", "another 5 were injured": adds to what was reported

