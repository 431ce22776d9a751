"""The records the extraction passes along: a count's role, a sentence's fact, what earlier sentences said."""

from __future__ import annotations

from dataclasses import dataclass, field

from .locations import NOWHERE, Loc
from .text import Sentence


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
    update: bool = False   # "the toll rose to four": replaces what the same sentence said before
    all_but: bool = False  # "All but three were shot down": intercepted = launched - value (launched stated elsewhere)
    initial: bool = False  # "he initially reported eight deaths; later ... 13 had died": superseded by a later figure


@dataclass(slots=True)
class Fact:
    kind: str                     # attack | casualty
    sentence: Sentence
    loc: Loc
    weapon: str | None = None
    counts: dict[str, Role] = field(default_factory=dict)  # launched/intercepted/outage/killed/injured
    all_intercepted: bool = False
    targets: list[str] = field(default_factory=list)
    actor: str | None = None
    actor_name: str | None = None
    claimed_by: str | None = None
    inherited: bool = False       # location taken from context, not from the sentence
    sentence_weapon: str | None = None
    maritime: bool = False        # the sentence speaks of ships (an attack at sea may have no country)
    broad: bool = False           # the sentence speaks of a whole country ("across Ukraine", "nationwide")
    vague: bool = False           # its region is named only by a direction ("in southern Lebanon")
    running: bool = False         # a toll since an earlier day ("224 killed since Friday"): weaker than the day's
    all_but: int = -1             # "All but three were shot down": three were not (the launched figure is elsewhere)
    whole: int = -1               # start of the whole sentence its clause is part of

    def add(self, role: Role) -> None:
        old = self.counts.get(role.role)
        if old is None:
            self.counts[role.role] = role
        elif old.initial != role.initial:  # the figure first reported gives way to the later one
            self.counts[role.role] = old if role.initial else role
        elif old.part or role.part:
            self.counts[role.role] = old if old.value >= role.value else role
        elif old.update or role.update:  # "the toll initially stood at three but rose to four ... after a
            # woman died": the latest stated toll, not a sum with the people it names
            later = role if role.first > old.first else old
            self.counts[role.role] = later if old.update and role.update else (role if role.update else old)
        elif old.vague != role.vague:  # "a house sheltering several families killed at least 21": the 21
            self.counts[role.role] = role if old.vague else old
        else:  # same role, same place, same sentence: "four Iskanders and two Kh-59s" = 6
            self.counts[role.role] = Role(role.role, old.value + role.value,
                                          old.qualifier if old.qualifier != "exact" else role.qualifier,
                                          old.vague or role.vague, old.weapon, old.first, role.last, old.cue)


@dataclass(slots=True)
class Context:
    """What earlier sentences of the article established."""
    year: int | None
    last_loc: Loc = NOWHERE
    last_at_sea: bool = False     # the last facts were about a ship at sea (key "-")
    last_region: Loc = NOWHERE    # the last place named at region level ("the capital" after a country total)
    last_para: int = -1
    last_weapon: str | None = None
    last_claimant: str | None = None
    claim_para: int = -1
    prev_background: bool = False
    prev_unread: Sentence | None = None  # the sentence before, when it held no trigger word and was not read
    dateline_start: int = -1
    dateline_end: int = -1
    month: int | None = None
    day: int | None = None        # of the month the article was published
    weekday: int | None = None    # of the article's date, Monday = 0
    stale_para: int = -1          # the paragraph that a two-day-old strike opened ("Monday's strike destroyed ...")
    conflict_seen: bool = False
    background_section: bool = False  # under a subheading such as "What preceded": earlier events
    drill: bool = False           # the headline is about an exercise: its launches are drills
    retrospective: bool = False
    dateline_loc: Loc = NOWHERE
    title_city: Loc = NOWHERE     # the one city the title names (whose districts the text may name alone)
    dateline_hub: bool = False    # the dateline is a bureau or a venue ("DUBAI", "DOHA"): no default place
    prev_para: int = -1
    # the country of a claimant named earlier with it ("the Ukrainian Air Force"), by its last word or two
    # ("air force", "force"): a later bare "the air force said" is that country's (None where two disagree)
    claimant_homes: dict = field(default_factory=dict)

