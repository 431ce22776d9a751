"""One sentence -> facts: attack and casualty statements with their counts, place, actor and claimant.

A fact is one sentence's say about one (type, location, weapon); merge.py joins the facts of an article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import places
from .actors import find_actor, find_claimant
from .counts import assign_roles
from .filters import (
    BACKGROUND_HINTS,
    is_background,
    is_fresh,
    is_halted,
    is_hypothetical,
    may_be_halted,
    may_be_hypothetical,
    news_before_background,
    other_month,
    sentence_hypothetical,
)
from .lexicon import (
    ARMS_SUPPLY,
    ATTACK_VERBS,
    CEASEFIRE_WORDS,
    CONFLICT_ACTS,
    CONFLICT_WORDS,
    CUES,
    DEFAULT_ATTACKER,
    DISASTER_WORDS,
    EXERCISE,
    EXERCISE_PHRASES,
    FORCE_HEADS,
    MILITARY_TARGET_WORDS,
    OUTAGE_PHRASES,
    country_of_demonym,
    country_of_name,
)
from .locations import NOWHERE, Loc, SentencePlaces, adjacent, classify
from .numbers import find_numbers
from .people import singular_mentions
from .records import Role
from .text import Sentence, Token, lows_of, positions, tokenize
from .weapons import main_weapon, sentence_weapons, targets

_RESPONSE = re.compile(r"\bin (?:response|retaliation) to\b|\bin retaliation for\b|\bused to\b|\bin order to\b|"
                       r"\bdesigned to\b")
_NOT_INTERCEPTED = re.compile(r"\b(?:(?:was|were) not|(?:neither|none) of (?:the|them|these|those)\b[^.;]{0,60}?"
                              r"\b(?:was|were)) (?:intercepted|shot down|downed)\b")
_NOT_WORDS = frozenset({"not", "neither", "none"})
_ONE_INTERCEPTED = re.compile(r"\b(it|which|that|\w+)\s+(?:was|had been)\s+(?:successfully\s+)?"
                              r"(?:intercepted|shot down|downed)\b")
_INTERCEPT_WORDS = frozenset({"intercepted", "shot", "downed"})
_DOWNED = frozenset({"intercepted", "downed"})
_EARLIER_CLAUSE = re.compile(r",?\s+(?:\w+\s+)?(?:days|weeks|months|a day|a week|a month)\s+after\s+(?:a|an|the)\s")
_CLAIMS_THE_ATTACK = re.compile(r"\s+(?:has |had |have )?claimed (?:responsibility|an? |the |to have|it had)")
_CUMULATIVE = re.compile(r",\s+(?:bringing|raising|taking|pushing|lifting)\s+(?:the|its|their|total)\b")
_FOUR_DIGITS = re.compile(r"\b[12]\d{3}\b")
_AFTERMATH = frozenset({"arrested", "detained", "condemned", "charged", "sentenced", "convicted", "trial",
                        "indicted", "prosecutors", "investigators", "extradited"})
_DENIAL_WORDS = frozenset({"denied", "denies", "deny", "dismissed", "rejected"})
_CUT_WORDS = frozenset({"bringing", "raising", "taking", "pushing", "lifting"})
_RESPONSE_WORDS = frozenset({"response", "retaliation", "used", "order", "designed"})
_MONTH_WORDS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september",
                          "october", "november", "december"})
_DENIAL = re.compile(r"\b(?:denied|denies|deny|dismissed|rejected)\s+(?:the\s+)?(?:reports?|claims?|rumou?rs)\b")
_PRODUCTION = frozenset({"produce", "produces", "producing", "production", "factory", "factories", "manufacture",
                         "manufacturing", "manufactures", "stockpile", "stockpiles", "stockpiling"})
_OUTAGE_HINTS = frozenset(w for p in OUTAGE_PHRASES for w in p.split() if w not in ("without", "off", "the", "to",
                                                                                "from", "cut", "access"))
_STRONG_VERBS = frozenset({"affected", "hits", "struck", "targeted", "attacked", "hit", "shelled", "bombed", "pounded", "slammed", "damaged",
                           "destroyed", "strike", "strikes", "attack", "attacks", "shelling",
                           "bombing", "debris", "impacts", "explosions", "raid", "raids", "airstrike",
                           "airstrikes", "barrage"})
_STRONG_CLAUSE = _STRONG_VERBS - {"attack", "attacks", "strike", "strikes"}  # a strong verb, not just the noun


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

    def add(self, role: Role) -> None:
        old = self.counts.get(role.role)
        if old is None:
            self.counts[role.role] = role
        elif old.part or role.part:
            self.counts[role.role] = old if old.value >= role.value else role
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
    last_region: Loc = NOWHERE    # the last place named at region level ("the capital" after a country total)
    last_para: int = -1
    last_weapon: str | None = None
    last_claimant: str | None = None
    claim_para: int = -1
    prev_background: bool = False
    dateline_start: int = -1
    dateline_end: int = -1
    month: int | None = None
    conflict_seen: bool = False
    retrospective: bool = False
    dateline_loc: Loc = NOWHERE
    prev_para: int = -1


def _sentence_places(sent: Sentence, toks: list[Token], words: set[str], mentions: list, actor_tok: int,
                     claim: tuple[int, int], dateline: tuple[int, int]) -> SentencePlaces:
    shifted = [places.PlaceMention(m.start + sent.start, m.end + sent.start, m.text, m.place) for m in mentions
               if not dateline[0] <= m.start + sent.start < dateline[1]]  # the dateline is where it was filed
    cut = _RESPONSE.search(sent.text) if not words.isdisjoint(_RESPONSE_WORDS) else None
    return classify(toks, words, shifted, actor_tok, claim, cut.start() + sent.start if cut else -1)


_OUTLET = re.compile(r"\s*(?:Independent|Post|Times|Insider|Herald|Daily|News|Pravda|Telegraph|Observer)\b")


_TOLD_THE = re.compile(r"\b(?:told|to|by|in|from|with) The $")


def _outlet(text: str, m) -> bool:
    """'the Kyiv Independent', 'The Moscow Times', 'told The Irrawaddy': a newspaper, not a place."""
    return bool(_OUTLET.match(text, m.end)) or bool(_TOLD_THE.search(text, max(0, m.start - 10), m.start))


_NAME_WORD = re.compile(r"\s+([A-Z][\w'’-]*)")
_FACILITY_NOUNS = frozenset(CUES["facility_nouns"])  # data/cues.json
_FACILITY_GENERIC = frozenset(CUES["facility_generic"])


def _in_facility_name(text: str, m) -> bool:
    """'the Aden Adde International Airport': a place name inside another proper name of a facility (the
    next word is a name that is neither generic nor a place, and a facility noun follows within three)."""
    first = _NAME_WORD.match(text, m.end)
    if not first or first.group(1).lower() in _FACILITY_GENERIC or places.places_in(text, first.start(1), first.end(1)):
        return False
    pos = first.end()
    for _ in range(3):
        word = _NAME_WORD.match(text, pos)
        if not word:
            return False
        if word.group(1).lower() in _FACILITY_NOUNS:
            return True
        pos = word.end()
    return False


_CITY_POSSESSIVE = re.compile(r"\b(?:city|town|capital|port)['’]s\s+$")


def _part_of_last_city(text: str, m, last: Loc):
    """'the city's Dniprovskyi district' after a strike on Kherson: the district of that city (several
    cities have a district of that name, and the gazetteer knows only one)."""
    if m.place.kind != "city" or not last.region or not last.place or \
            not _CITY_POSSESSIVE.search(text, max(0, m.start - 12), m.start):
        return m
    return places.PlaceMention(m.start, m.end, m.text,  # the city's place: its district is no other incident
                               places.Place(last.country, last.region, last.region_name, last.place, "city"))


def sentence_facts(sent: Sentence, ctx: Context, toks: list[Token] | None = None) -> list[Fact]:
    low = sent.text.lower()
    toks = tokenize(sent) if toks is None else toks
    lows = lows_of(toks)
    words = set(lows)
    cut = _CUMULATIVE.search(low) if not words.isdisjoint(_CUT_WORDS) else None
    # "..., bringing the toll since October 2023 to 53,000": keep the news, drop the running total
    if cut and not is_background(sent.text[cut.start():], low[cut.start():], ctx.year):
        cut = None
    if cut is None and "after" in words:
        cut = _EARLIER_CLAUSE.search(low, 1)  # "hit the port of Hodeidah, days after a Houthi missile landed"
    end = cut.start() if cut else -1
    maybe_background = not words.isdisjoint(BACKGROUND_HINTS) or _FOUR_DIGITS.search(low) is not None
    if end < 0 and maybe_background:
        end = news_before_background(sent.text, low, ctx.year)  # ", despite a truce in place since November"
    if end >= 0:
        sent = Sentence(sent.start, sent.start + end, sent.text[:end], sent.paragraph)
        toks = [t for t in toks if t.end <= sent.end]
        low = low[:end]
        lows = lows_of(toks)
        words = set(lows)
    background = maybe_background and is_background(sent.text, low, ctx.year)
    if not background and ctx.prev_background and sent.paragraph <= ctx.prev_para + 1 and \
            _refers_back(toks):
        background = True
    ctx.prev_background, ctx.prev_para = background, sent.paragraph
    if background or sentence_hypothetical(toks) or (ctx.retrospective and not is_fresh(low)) or \
            (not words.isdisjoint(_MONTH_WORDS) and other_month(low, ctx.month)):
        return []
    if words & DISASTER_WORDS and not (words & CONFLICT_ACTS):
        return []
    outage = not words.isdisjoint(_OUTAGE_HINTS) and any(p in low for p in OUTAGE_PHRASES)
    nums = find_numbers(toks, lows)
    hypothetical = may_be_hypothetical(words)  # else no count or verb needs the modal test
    if not words.isdisjoint(("a", "an", "another", "his", "her", "their")):
        ones = singular_mentions(toks)  # an age inside one ("a 65-year-old woman") is no number of its own
        nums = sorted([m for m in nums if not any(o.q < m.q and m.j <= o.j for o in ones)] + ones,
                      key=lambda m: (m.q, m.i))
    if "losses" in words or "lost" in words and "servicemen" in words:
        nums = []  # "losses ... amounted to 205 servicemen, one tank and four artillery guns": not strikes
    roles = [r for r in assign_roles(toks, nums, outage, ctx.last_weapon)
             if r.role != "lost" and not (hypothetical and is_hypothetical(toks, r.cue if r.cue >= 0 else r.first))] \
        if nums or "all" in words else []
    if "settlements" in words:  # "registered 31 shells fired at settlements": a daily tally (convention 25)
        roles = [r for r in roles if r.role != "launched"]
    if not words.isdisjoint(_NOT_WORDS) and _NOT_INTERCEPTED.search(low):  # "It was not intercepted."
        cut_at = _NOT_INTERCEPTED.search(low).end() + sent.start  # "Neither of the missiles was ..." names it
        named = [c for k, c in sentence_weapons(toks, lows) if toks[k].start < cut_at]
        weapon = named[-1] if named else ctx.last_weapon
        if weapon:
            roles.append(Role("intercepted", 0, "exact", False, weapon, 0, 0, -1))
    elif not words.isdisjoint(_INTERCEPT_WORDS) and not any(r.role == "intercepted" for r in roles):
        roles += _one_intercepted(toks, low, roles, ctx.last_weapon)
    verbs = _attack_verbs(lows, words)
    halted = may_be_halted(words)
    live_verbs = [k for k in verbs if not (hypothetical and is_hypothetical(toks, k))
                  and not (halted and is_halted(toks, k))] if hypothetical or halted else verbs
    # "downed drones over the Mykolaiv region": an interception names an attacked place, even with no count
    has_trigger = bool(live_verbs) or not hypothetical and (not words.isdisjoint(_DOWNED) or "shot down" in low)
    if not roles and not has_trigger:
        return []
    weapons = sentence_weapons(toks, lows)
    if not words.isdisjoint(_ALERTS):  # "drone threat", "air raid sirens": warnings, not weapons used
        weapons = [w for w in weapons if not _alert(lows, w[0])]
    conflict = len(words & CONFLICT_WORDS) + len(weapons)
    claimant, c0, c1 = _claimant(sent, ctx)
    speaker = c0 >= 0 and not _CLAIMS_THE_ATTACK.match(sent.text, c1)  # "the Houthis claimed the attack": attacker
    actor, actor_name, actor_tok = find_actor(toks, sent.text, sent.start,
                                              (sent.start + c0, sent.start + c1) if speaker else (-1, -1))
    if actor is None and actor_name is None and not words.isdisjoint(("its", "our", "their", "it", "we")):
        actor, actor_name = _own_forces(toks, sent)
    if conflict == 0 and actor_name is None and ctx.last_loc.key == "-" and not ctx.conflict_seen:
        roles = [r for r in roles if r.weapon]  # a toll with no war anywhere in sight: not ours
    ctx.conflict_seen = ctx.conflict_seen or conflict > 0
    if not words.isdisjoint(_AFTERMATH) and not roles:
        return []  # "arrested members of the cell behind the attack": the news is the arrest
    if (not words.isdisjoint(EXERCISE) or any(p in low for p in EXERCISE_PHRASES)) and \
            not any(r.role in ("killed", "injured") for r in roles):
        return []  # "launched two Iskanders at a mock command post" in drills: no attack
    if not words.isdisjoint(_DENIAL_WORDS) and _DENIAL.search(low):
        return []  # "denied reports of an explosion": nothing happened, by the only account given
    strong = not words.isdisjoint(_STRONG_CLAUSE)
    if not words.isdisjoint(_PRODUCTION) and not roles and not strong:
        return []  # "a factory can produce 100 drones a day": capacity, not an attack
    if not words.isdisjoint(ARMS_SUPPLY) and not strong and not any(r.role in ("killed", "injured") for r in roles):
        return []  # "125 drone interceptors as part of a $1.5 billion package": a delivery
    if actor is None and actor_name is None and conflict == 0 and not roles and \
            not (strong and ctx.last_loc.key != "-"):
        return []
    mentions = [_part_of_last_city(sent.text, m, ctx.last_loc) for m in places.find_places(sent.text)
                if not _outlet(sent.text, m) and not _in_facility_name(sent.text, m)]
    sp = _sentence_places(sent, toks, words, mentions, actor_tok,
                          (sent.start + c0, sent.start + c1) if c0 >= 0 else (-1, -1),
                          (ctx.dateline_start, ctx.dateline_end))
    facts = _build(sent, toks, words, ctx, sp, roles, weapons, has_trigger, conflict + (actor_name is not None),
                   actor, strong)
    weapon = main_weapon(weapons)
    tgt = targets(words) if facts else []
    if "military" in tgt and not _military_target(lows, words):
        tgt.remove("military")
    broad = bool(sp.across) or "nationwide" in words or "countrywide" in words
    if "sides" in words and _BOTH_SIDES.search(low):
        facts = [f for f in facts if f.kind != "casualty"]  # "killing 17 on both sides of the frontier": no one place
    for f in facts:
        f.actor, f.actor_name, f.claimed_by = actor, actor_name, claimant
        f.broad = broad
        f.sentence_weapon = weapon
        f.targets = tgt  # a casualty's too: the attack behind it (merge) is on the same targets
        if f.kind == "attack":
            f.weapon = f.weapon or weapon
    if facts:
        last = facts[-1]
        keys = {f.loc.key for f in facts}
        if len(keys) > 1 and all(f.loc.country == last.loc.country for f in facts):
            ctx.last_loc = Loc(last.loc.country)  # several places: what follows is about the country
        elif not last.inherited:
            ctx.last_loc = last.loc
        ctx.last_region = next((f.loc for f in reversed(facts) if f.loc.region and not f.inherited), ctx.last_region)
        ctx.last_para = sent.paragraph
        ctx.last_weapon = next((f.weapon for f in facts if f.weapon and f.counts), None) or weapon or ctx.last_weapon
    return facts


_SIDE_WORDS = frozenset({"military", "troops", "army"})  # target words that usually name a side
_MILITARY_OBJECTS = frozenset({"base", "bases", "facility", "facilities", "site", "sites", "target", "targets",
                               "installation", "installations", "infrastructure", "positions", "position",
                               "convoy", "vehicle", "vehicles", "airfield", "depot", "depots", "post", "posts",
                               "headquarters", "unit", "units", "camp", "camps", "equipment", "objects"})


def _military_target(lows: list[str], words: set[str]) -> bool:
    """'struck a military base', 'shelled troops near X' name a military target; 'the Israeli military said'
    and 'Myanmar's military bombed a school' name the attacker."""
    if any(w in MILITARY_TARGET_WORDS for w in words - _SIDE_WORDS):
        return True
    for k, w in enumerate(lows):
        if w in _SIDE_WORDS and (k + 1 < len(lows) and lows[k + 1] in _MILITARY_OBJECTS or
                                 k > 0 and lows[k - 1] in ("on", "at", "against", "targeting", "hit", "struck")):
            return True
    return False


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


def _one_intercepted(toks: list[Token], low: str, roles: list[Role], last_weapon: str | None) -> list[Role]:
    """'A Houthi missile fired at Israel was intercepted', 'It was shot down': one weapon, intercepted."""
    m = _ONE_INTERCEPTED.search(low)
    if not m:
        return []
    one = next((r for r in roles if r.role == "launched" and r.value == 1 and r.weapon), None)
    if one:
        return [Role("intercepted", 1, "exact", False, one.weapon, 0, 0, -1)]
    if m.group(1) in ("it", "which", "that") and last_weapon and not roles:
        return [Role("intercepted", 1, "exact", False, last_weapon, 0, 0, -1)]
    return []


def _own_forces(toks: list[Token], sent: Sentence) -> tuple[str | None, str | None]:
    """'Ukraine's General Staff said its forces struck ...', 'the U.S. Africa Command said it had conducted
    an airstrike': the attacker is the speaker's country."""
    for k in range(len(toks) - 1):
        if toks[k].low in ("its", "our", "their") and toks[k + 1].low in FORCE_HEADS or \
                toks[k].low in ("it", "we") and k > 0 and toks[k - 1].low in ("said", "says", "stated") and \
                _OWN_ACT.match(sent.text, toks[k].end - sent.start):
            for t in toks[:k]:
                if t.text[:1].isupper():
                    initials = _INITIALS.match(sent.text, t.start - sent.start)  # "U.S." is four tokens
                    code = country_of_name(t.text) or country_of_demonym(initials.group() if initials else t.text)
                    if code:
                        return code, None
            return None, None
    return None, None


_INITIALS = re.compile(r"(?:[A-Z]\.){2,}")


_BOTH_SIDES = re.compile(r"\b(?:on|from) (?:both|either) sides?\b")
_OWN_ACT = re.compile(r"\s+(?:had |has |have )?(?:conducted|carried out|launched|struck|hit|targeted|attacked)\b")


def _refers_back(toks: list[Token]) -> bool:
    """A sentence about 'the attack' right after a background one ('...in the attack')."""
    lows = [t.low for t in toks]
    return any(lows[k] == "the" and lows[k + 1] in _REFERRED_ATTACKS
               for k in range(len(lows) - 1)) and not any(w in ("overnight", "today") for w in lows)


_REFERRED_ATTACKS = frozenset({"attack", "strike", "explosion", "bombing", "shelling", "ambush", "blast", "raid"})


def _default_loc(sp: SentencePlaces, counts: bool, regions: list[Loc] | None = None) -> tuple[Loc | None, list[Loc]]:
    """The sentence-level location of its facts, and the regions that get their own (count-less) fact.
    Weapon counts go to a country named in the sentence ("137 drones at Ukraine, hitting Kharkiv"); other
    facts to the one region named; several regions mean the country (each region gets its own fact).
    `regions`: sp.distinct_regions(), if the caller has it."""
    regions = sp.distinct_regions() if regions is None else regions
    region_countries = {r.country for r in regions}
    named = [c for _, c in sp.countries if counts or not regions or c in region_countries]
    demonyms = [c for _, c in sp.demonyms if not regions or c in region_countries]
    if (counts and named) or sp.across:
        code = sp.across[0] if sp.across else named[0]
        return Loc(code), [r for r in regions if r.country == code]  # "killed 24 across the Gaza Strip"
    if len(regions) == 1:
        return regions[0], []
    if regions:
        return Loc(regions[0].country), regions
    if named or demonyms:
        return Loc((named or demonyms)[0]), []
    claimant = {loc.region: loc for _, loc in sp.claimant_regions}
    if len(claimant) == 1:
        return next(iter(claimant.values())), []
    return None, []


def _build(sent: Sentence, toks: list[Token], words: set[str], ctx: Context, sp: SentencePlaces, roles: list[Role],
           weapons: list, has_trigger: bool, conflict: int, actor: str | None, strong: bool) -> list[Fact]:
    near = {id(r): adjacent(toks, sp, r.first, r.last) for r in roles}
    sp.excluded = frozenset(loc.region for r in roles if r.part and (loc := near[id(r)]) is not None)
    regions = sp.distinct_regions()
    base, extra = _default_loc(sp, False, regions)
    count_base, _ = _default_loc(sp, True, regions)
    sp.excluded = frozenset()
    if extra and actor in DEFAULT_ATTACKER and not sp.countries:
        count_base = Loc(DEFAULT_ATTACKER[actor])  # a total over several regions: the attacked country
    refers = _refers_to_place(toks, words)
    areas = not words.isdisjoint(_AREA_NOUNS)  # else no count is "over six regions"
    facts: dict[tuple[str, str, str | None], Fact] = {}

    def fact(kind: str, loc: Loc, weapon: str | None, inherited: bool = False) -> Fact:
        key = (kind, loc.key, weapon if kind == "attack" else None)
        if key not in facts:
            facts[key] = Fact(kind, sent, loc, weapon, inherited=inherited)
        return facts[key]

    the_attack = _refers_back(toks)
    # "launched 103 drones and two Iskander-M missiles": a nationwide tally, its small counts are no local strike
    tally = any(r.weapon and r.value >= 10 and near[id(r)] is None for r in roles)
    subs = [k for k, t in enumerate(toks) if t.low in ("including", "among")] \
        if "including" in words or "among" in words else []
    for r in roles:
        loc = near[id(r)] or (count_base if r.weapon else base)
        later = [k for k in subs if k >= max(r.last, r.cue)]  # a trailing "..., including 10 in Rafah"
        if loc is not None and loc.region and later and not r.part and not near[id(r)]:
            # "killed 27 in Gaza, including 10 near a site in Rafah": Rafah is the part's place
            sp.excluded = frozenset(place.region for k, place in sp.regions if k > later[0])
            loc = _default_loc(sp, bool(r.weapon))[0] or loc
            sp.excluded = frozenset()
        inherited = False
        close = ctx.last_loc.key != "-" and ctx.last_para >= sent.paragraph - 1
        if loc is None and r.weapon and ctx.last_loc.key != "-" and (refers or (close and r.value < 10 and not tally)):
            loc, inherited = ctx.last_loc, True  # "struck the city with a missile"
            if refers == "country":
                loc = Loc(ctx.last_loc.country)  # "fired 440 drones at the country"
        if r.weapon and areas and _over_regions(toks, r.last):  # "28 drones over six regions": the country
            code = DEFAULT_ATTACKER.get(actor) or (count_base.country if count_base else None) or \
                (sp.claimant_countries[0] if sp.claimant_countries else None) or ctx.last_loc.country
            loc = Loc(code) if code else None
        if loc is None and r.weapon and actor in DEFAULT_ATTACKER:
            loc = Loc(DEFAULT_ATTACKER[actor])  # "Russia launched 137 drones overnight" -> Ukraine
        if loc is None and refers == "place" and ctx.last_region.region and ctx.last_loc.region is None and \
                ctx.last_region.country == ctx.last_loc.country:
            loc, inherited = ctx.last_region, True  # "12 had been killed in the capital" after a nationwide total
        if loc is None and refers == "country" and ctx.last_loc.country:
            loc, inherited = Loc(ctx.last_loc.country), True  # "the toll across the territory rose to 31"
        if loc is None and r.role in ("killed", "injured") and close and the_attack and \
                ctx.last_loc.country in (sp.claimant_countries or [ctx.last_loc.country]):
            loc, inherited = ctx.last_loc, True  # "20 were wounded in the ambush, the Syrian Observatory said"
        if loc is None and r.role in ("killed", "injured") and sp.claimant_countries:
            loc = Loc(sp.claimant_countries[0])  # "the Gaza health ministry said ... killed 63"
        if loc is None and r.role == "intercepted" and sp.claimant_countries and words.isdisjoint(_AT_SEA):
            loc = Loc(sp.claimant_countries[0])  # "air defences downed 112 drones, the Russian ministry said"
        if loc is None:
            loc, inherited = _context_loc(ctx, sent, r.role in ("killed", "injured")), True
        if r.role in ("killed", "injured"):
            fact("casualty", loc, None, inherited).add(r)
        elif r.role == "outage":
            f = next((f for f in facts.values() if f.kind == "attack" and f.loc.key == loc.key), None)
            (f or fact("attack", loc, None, inherited)).add(r)
        else:
            f = fact("attack", loc, r.weapon, inherited)
            if r.is_all:
                f.all_intercepted = True
            else:
                f.add(r)
    if has_trigger and (conflict >= 2 or roles or (strong and (conflict or ctx.last_loc.key != "-"))):
        for loc in extra:
            fact("attack", loc, None)
        if not facts:
            if base is not None:
                fact("attack", base, None)
            elif not words.isdisjoint(_MARITIME) and (conflict >= 2 or weapons):
                fact("attack", NOWHERE, None)  # a ship attacked at sea: no country
            elif ctx.last_para == sent.paragraph and ctx.last_loc.key != "-" and \
                    not words.isdisjoint(_STRONG_VERBS):
                fact("attack", ctx.last_loc, None, True)
    maritime = not words.isdisjoint(_MARITIME)
    for f in facts.values():
        f.maritime = maritime
    if not roles and not words.isdisjoint(_TRUCE_WORDS):
        return []  # "proposed a halt to attacks on ships": the attacks are what the truce is about
    return [f for f in facts.values() if f.loc.key != "-" or f.counts or (maritime and f.kind == "attack")]


_MARITIME = frozenset({"ship", "vessel", "tanker", "carrier", "freighter", "boat", "warship", "destroyer",
                       "frigate", "ships", "vessels", "tankers"})
_AT_SEA = _MARITIME | {"warships", "sea", "gulf", "strait", "navy", "naval"}  # a defender at sea guards no land
_ALERTS = frozenset({"sirens", "siren", "alert", "alerts", "alarm", "alarms", "warning", "warnings", "shelter",
                     "shelters", "threat"})


_TRUCE_WORDS = CEASEFIRE_WORDS - {"halt", "pause"}


def _alert(lows: list[str], k: int) -> bool:
    """'air raid sirens', 'air-raid alert', 'drone threat': a warning, not an attack."""
    return not _ALERTS.isdisjoint(lows[k + 1:k + 3])


def _attack_verbs(lows: list[str], words: set[str]) -> list[int]:
    """Token indices of attack verbs (and 'under fire') that are not part of a warning."""
    found = positions(lows, ATTACK_VERBS)
    if "fire" in words:
        found = sorted({*found, *(k for k in positions(lows, {"fire"}) if k and lows[k - 1] == "under")})
    return [k for k in found if not _alert(lows, k)] if not words.isdisjoint(_ALERTS) else found


def _over_regions(toks: list[Token], last: int) -> bool:
    """'28 drones over six regions', '25 drones sent by India overnight over several cities': a total
    over several places (the country), not a count at the place named next."""
    window = [t.low for t in toks[last:last + 4]]
    if not _AREA_NOUNS.isdisjoint(window) and (not _FEW.isdisjoint(window) or any(w[0].isdigit() for w in window)):
        return True
    wide = [t.low for t in toks[last:last + 9]]
    return any(wide[x] in ("over", "across") and (wide[x + 1] in _FEW or wide[x + 1][0].isdigit()) and
               wide[x + 2] in _AREA_NOUNS for x in range(len(wide) - 2))


_AREA_NOUNS = frozenset({"regions", "oblasts", "provinces", "areas", "cities", "towns", "districts"})
_FEW = frozenset({"several", "multiple", "various", "six", "seven", "eight", "nine", "ten", "five", "four", "three",
                  "two", "eleven", "twelve"})


def _refers_to_place(toks: list[Token], words: set[str]) -> str | None:
    """'the city', 'the region' ... ('place'), 'the country' ('country'), else None."""
    if "the" not in words or (words.isdisjoint(_PLACE_NOUNS) and words.isdisjoint(_COUNTRY_NOUNS)):
        return None
    for k in range(len(toks) - 1):
        if toks[k].low == "the" and not (k + 2 < len(toks) and toks[k + 2].low == "of"):  # not "the territory of X"
            nxt = toks[k + 1].low
            if nxt in _PLACE_NOUNS:
                return "place"
            if nxt in ("country", "territory", "strip", "enclave", "nation"):
                return "country"
    return None


_COUNTRY_NOUNS = frozenset({"country", "territory", "strip", "enclave", "nation"})
_PLACE_NOUNS = frozenset({"city", "region", "town", "village", "area", "oblast", "province", "district",
                          "settlement", "capital", "port", "camp", "neighbourhood", "neighborhood"})


def _context_loc(ctx: Context, sent: Sentence, casualty: bool) -> Loc:
    """Location of a sentence that names no place: the last fact's place (its country if the paragraph
    changed and the count is not a casualty), else for a casualty the dateline's place, else nowhere."""
    if ctx.last_loc.key == "-":
        return ctx.dateline_loc if casualty else NOWHERE
    if casualty or ctx.last_para >= sent.paragraph - 1:
        return ctx.last_loc
    return Loc(ctx.last_loc.country)
