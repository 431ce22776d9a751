"""Where a sentence's facts are: each count at the place next to it, else the sentence's place, else the
context's; and the count-less attacks a trigger names."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from . import places
from .gates import refers_back
from .lexicon import (
    CAPITALS,
    CEASEFIRE_WORDS,
    CUES,
    DEFAULT_ATTACKER,
    HARM_BEFORE,
    STRONG_VERBS,
    country_of_demonym,
)
from .locations import NOWHERE, Loc, SentencePlaces, adjacent, surrounding
from .records import Context, Fact, Role
from .text import Sentence, Token


def build_facts(sent: Sentence, toks: list[Token], words: set[str], ctx: Context, sp: SentencePlaces, roles: list[Role],
                weapons: list, has_trigger: bool, conflict: int, actor: str | None, strong: bool) -> list[Fact]:
    scene = _scene(sent, toks, words, ctx, sp, roles, actor)
    facts: dict[tuple[str, str, str | None], Fact] = {}

    def fact(kind: str, loc: Loc, weapon: str | None, inherited: bool = False) -> Fact:
        key = (kind, loc.key, weapon if kind == "attack" else None)
        if key not in facts:
            facts[key] = Fact(kind, sent, loc, weapon, inherited=inherited)
        return facts[key]

    for r in roles:
        loc, inherited = _role_loc(scene, r)
        _add(fact, facts, r, loc, inherited)
    # "Hits were recorded in ...", "Strikes were reported in the Kyiv, Lviv and Poltava regions"
    recorded = ctx.conflict_seen and not words.isdisjoint(("recorded", "registered", "reported"))
    if has_trigger and (conflict >= 2 or roles or (strong and (conflict or ctx.last_loc.key != "-" or recorded)) or
                        (recorded and conflict)):
        base = scene.base or (sp.approached_at[0] if sp.approached_at and weapons else None)  # "Sirens sounded
        # in Jerusalem and across central Israel after a missile was launched from Yemen": the country
        _countless_facts(fact, facts, scene.extra, base, sent, words, ctx, conflict, weapons)
    maritime = not words.isdisjoint(_MARITIME)
    for f in facts.values():
        f.maritime = maritime or (f.inherited and f.loc.key == "-" and ctx.last_at_sea)  # the crew of that ship
        f.vague = bool(f.loc.region) and not f.inherited and f.loc.region in sp.vague_regions and \
            f.loc.region not in sp.sharp_regions
    if not roles and not strong and not words.isdisjoint(_TRUCE_WORDS) and \
            not _TRUCE_AS_TIME.search(sent.text.lower()):
        return []  # "proposed a halt to attacks on ships": the attacks are what the truce is about (not "The
        # truce came after clashes in Aleppo, where government forces shelled residential streets")
    return [f for f in facts.values() if f.loc.key != "-" or f.counts or (maritime and f.kind == "attack")]


@dataclass(slots=True)
class _Scene:
    """What one sentence offers for placing its counts, worked out once for all of them."""
    sent: Sentence
    toks: list[Token]
    words: set[str]
    ctx: Context
    sp: SentencePlaces
    actor: str | None
    near: dict[int, Loc | None]  # each role's adjacent place, by id(role)
    base: Loc | None  # the sentence's place
    extra: list[Loc]  # regions that get a count-less fact of their own
    count_base: Loc | None  # the place of its weapon counts
    refers: str | None  # "the city" ("place"), "the country" ("country")
    capital: Loc | None  # "the capital" of the country just reported on
    close: bool  # a place was set just before (this or the last paragraph)
    tally: bool  # a nationwide tally: its small counts are no local strike
    national: bool  # weapon figures of a hundred or more: a country's night, not the last city's
    subs: list[int]  # positions of "including" / "among"
    areas: bool  # an area noun, so a count may be "over six regions"
    the_attack: bool  # "the attack", "the strike": refers back to one already told


def _scene(sent: Sentence, toks: list[Token], words: set[str], ctx: Context, sp: SentencePlaces,
           roles: list[Role], actor: str | None) -> _Scene:
    near, base, extra, count_base = _sentence_locs(toks, sp, roles, actor)
    return _Scene(
        sent, toks, words, ctx, sp, actor, near, base, extra, count_base,
        refers=_refers_to_place(toks, words),
        capital=_the_capital(toks, ctx) if "capital" in words else None,
        close=ctx.last_loc.key != "-" and ctx.last_para >= sent.paragraph - 1,
        # "launched 103 drones and two Iskander-M missiles": a nationwide tally
        tally=any(r.weapon and r.value >= 10 and near[id(r)] is None for r in roles),
        national=sum(r.value for r in roles if r.weapon) >= 100,
        subs=[k for k, t in enumerate(toks) if t.low in ("including", "among")]
        if "including" in words or "among" in words else [],
        areas=not words.isdisjoint(_AREA_NOUNS),
        the_attack=refers_back(toks))


def _role_loc(s: _Scene, r: Role) -> tuple[Loc, bool]:
    """Where one count is, and whether the place was inherited from context rather than stated: the place
    stated for it, else one the sentence refers to, else a total's country, else one the report implies,
    else the context's."""
    loc, inherited = _stated_loc(s, r), False
    if loc is None:
        loc, inherited = _referred_loc(s, r)
    if r.weapon and s.areas and _over_regions(s.toks, r.last):  # "28 drones over six regions": the country
        code = DEFAULT_ATTACKER.get(s.actor) or (s.count_base.country if s.count_base else None) or \
            (s.sp.claimant_countries[0] if s.sp.claimant_countries else None) or s.ctx.last_loc.country
        loc = Loc(code) if code else None
    if loc is None:
        loc, inherited = _reported_loc(s, r)
    if loc is None:
        loc, inherited = _fallback_loc(s, r), True
    return loc, inherited


def _stated_loc(s: _Scene, r: Role) -> Loc | None:
    """The place next to the count, else the sentence's, narrowed by what follows the count."""
    loc = s.near[id(r)] or (s.count_base if r.weapon else s.base)
    if loc is not None and loc.region and _across_the_country(s.toks, r.last):
        return Loc(loc.country)  # "... in central Kyiv on fire and killing at least four people across the country"
    later = [k for k in s.subs if k >= max(r.last, r.cue)]  # a trailing "..., including 10 in Rafah"
    if loc is not None and loc.region and later and not r.part and not s.near[id(r)]:
        # "killed 27 in Gaza, including 10 near a site in Rafah": Rafah is the part's place
        s.sp.excluded = frozenset(place.region for k, place in s.sp.regions if k > later[0])
        loc = _default_loc(s.sp, bool(r.weapon))[0] or loc
        s.sp.excluded = frozenset()
    return loc


def _referred_loc(s: _Scene, r: Role) -> tuple[Loc | None, bool]:
    """A place the sentence points at without naming it: where the weapons flew, the capital, the city."""
    sp, ctx = s.sp, s.ctx
    if r.weapon and sp.approached_at and not sp.regions and not _approached_last(ctx.last_loc, sp.approached_at[0]):
        return sp.approached_at[0], False  # "a rocket launched toward Sderot was intercepted" (not after "the
        # Moscow region was attacked", whose region the drones flying towards Moscow belong to)
    if s.capital is not None and r.role in ("killed", "injured"):
        return s.capital, True  # "three were killed in the strikes on the capital"
    if r.weapon and ctx.last_loc.key != "-" and (s.refers or (s.close and r.value < 10 and not s.tally)):
        if s.refers == "place" and not s.words.isdisjoint(_MOSTLY):
            return Loc(ctx.last_loc.country), True  # "fired 397 drones and 18 missiles, mostly at the capital"
        if s.refers == "country":  # "fired 440 drones at the country"; "the air force said 68 drones were shot
            # down in the north, south and east of the country" (the air force named before as Ukraine's)
            return Loc(sp.claimant_countries[0] if sp.claimant_countries else ctx.last_loc.country), True
        return ctx.last_loc, True  # "struck the city with a missile"
    return None, False


def _approached_last(last: Loc, approached: Loc) -> bool:
    """The weapons flew towards the place just reported: its region, or the city whose region it is ("the Moscow
    region was attacked ... drones flying towards Moscow"); not another region ("missiles launched toward northern
    Israel" after a strike on Beersheba)."""
    if not last.region or last.country != approached.country:
        return False
    if approached.region is None:
        return True  # "sirens sounded across central Israel": no region of its own, the one just reported
    around = surrounding(last)
    return last.region == approached.region or around is not None and around.region == approached.region


def _reported_loc(s: _Scene, r: Role) -> tuple[Loc | None, bool]:
    """A place the report implies: the attacked country of a known attacker, the region or country a
    toll refers to, the country whose officials give the count."""
    sp, ctx, sent, actor = s.sp, s.ctx, s.sent, s.actor
    casualty = r.role in ("killed", "injured")
    if r.weapon and actor in DEFAULT_ATTACKER:
        return Loc(DEFAULT_ATTACKER[actor]), False  # "Russia launched 137 drones overnight" -> Ukraine
    if s.refers == "place" and ctx.last_region.region and ctx.last_loc.region is None and \
            ctx.last_region.country == ctx.last_loc.country:
        return ctx.last_region, True  # "12 had been killed in the capital" after a nationwide total
    if s.refers == "country" and ctx.last_loc.country:
        return Loc(ctx.last_loc.country), True  # "the toll across the territory rose to 31"
    if casualty and s.close and ctx.last_loc.key != "-" and (s.the_attack or s.refers == "place"):
        return ctx.last_loc, True  # "20 were wounded in the ambush, the Syrian Observatory said"; "Israel said the
        # strike had killed three Hezbollah members", "... eliminated a terrorist in the area" (the strike or the
        # place just told, wherever its claimant is)
    if casualty and ctx.last_para == sent.paragraph and ctx.last_loc.region and \
            ctx.last_loc.country in sp.claimant_countries:
        return ctx.last_loc, True  # "... struck Sanaa airport. Three were killed, the Houthi ministry said"
    at_sea = not s.words.isdisjoint(_AT_SEA) or ctx.last_at_sea and ctx.last_para >= sent.paragraph - 2
    if casualty and sp.claimant_countries and actor not in sp.claimant_countries and not at_sea \
            and not _claimant_acted(s.toks):  # not "Russia's ministry said its strike killed up to 150", "the
        # Israeli military said it had killed a Hezbollah member", nor a crew hurt at sea ("U.S. officials said")
        return Loc(sp.claimant_countries[0]), True  # "the Gaza health ministry said ... killed 63" (inferred from
        # the speaker: a toll update there may belong to the region just told, place_toll_updates)
    if r.role == "intercepted" and sp.claimant_countries and s.words.isdisjoint(_AT_SEA):
        return Loc(sp.claimant_countries[0]), False  # "air defences downed 112 drones, the Russian ministry said"
    return None, False


def _claimant_acted(toks: list[Token]) -> bool:
    """'said it had killed', 'said its forces eliminated': the body that speaks did the killing."""
    return any(t.low in ("it", "its", "we", "our") and any(u.low in HARM_BEFORE or u.low in ("forces", "troops", "strike")
                                                          for u in toks[k + 1:k + 3])
               for k, t in enumerate(toks))


def _fallback_loc(s: _Scene, r: Role) -> Loc:
    """The context's place, made a country for a national toll and never the attacker's own."""
    casualty = r.role in ("killed", "injured")
    loc = _context_loc(s.ctx, s.sent, casualty, not s.words.isdisjoint(_MARITIME))
    if casualty and loc.region and not s.words.isdisjoint(_REPORT_HINTS) and \
            _NATIONAL_TOLL.search(s.sent.text.lower()):
        return Loc(loc.country)  # "the Health Ministry said in its daily report that 98 were killed over the
        # past 24 hours", "in total at least eight were killed": a national count, not the last strike's
    if r.weapon and s.actor and loc.country == s.actor:  # "Iran had fired about 100 missiles, Israel's
        other = next((c for c in s.sp.claimant_countries if c != s.actor), None)  # military said" right
        return Loc(other) if other else loc  # after strikes on Tehran: a side does not fire at itself
    if r.weapon and s.national and loc.region:  # '"... the enemy attacked with 476 air attack vehicles: 48
        return Loc(loc.country)  # missiles and 428 strike UAVs"' after a strike on Ternopil: the country's total
    if r.weapon and loc.key == "-" and s.sp.claimant_countries and s.words.isdisjoint(_MARITIME) and \
            s.sp.claimant_countries[0] != s.actor and "sea" not in s.words:
        return Loc(s.sp.claimant_countries[0])  # "The Israel Defense Forces says it intercepted a ballistic
        # missile launched from Yemen": over the claimant's country
    return loc


def _sentence_locs(toks: list[Token], sp: SentencePlaces, roles: list[Role], actor: str | None):
    """(each role's adjacent place by id, the sentence's place, the regions with their own fact, the place
    of its weapon counts)."""
    near = {id(r): adjacent(toks, sp, r.first, r.last) for r in roles}
    sp.excluded = frozenset(loc.region for r in roles if r.part and (loc := near[id(r)]) is not None)
    regions = sp.distinct_regions()
    base, extra = _default_loc(sp, False, regions)
    count_base, _ = _default_loc(sp, True, regions)
    sp.excluded = frozenset()
    if extra and actor in DEFAULT_ATTACKER and not sp.countries:
        count_base = Loc(DEFAULT_ATTACKER[actor])  # a total over several regions: the attacked country
    return near, base, extra, count_base


def _add(fact, facts: dict, r: Role, loc: Loc, inherited: bool) -> None:
    """Add a role to the fact of its kind, place (and weapon); an outage goes to any attack at that place."""
    if r.role in ("killed", "injured"):
        fact("casualty", loc, None, inherited).add(r)
    elif r.role == "outage":
        f = next((f for f in facts.values() if f.kind == "attack" and f.loc.key == loc.key), None)
        (f or fact("attack", loc, None, inherited)).add(r)
    else:
        f = fact("attack", loc, r.weapon, inherited)
        if r.is_all:
            f.all_intercepted = True
        elif r.all_but:
            f.all_but = r.value
        else:
            f.add(r)


def _countless_facts(fact, facts: dict, extra: list[Loc], base: Loc | None, sent: Sentence, words: set[str],
                     ctx: Context, conflict: int, weapons: list) -> None:
    """Attacks with no count: each of several regions named, else the sentence's place, a ship at sea, or
    the last place (a strong verb in the same paragraph)."""
    for loc in extra:
        fact("attack", loc, None)
    if facts and base is not None and base.region and all(f.loc.region is None for f in facts.values()):
        fact("attack", base, None)  # "A missile struck Beersheba, as Iran fired some 30 missiles at Israel"
    if not facts:
        if base is not None:
            fact("attack", base, None)
        elif not words.isdisjoint(_MARITIME) and (conflict >= 2 or weapons):
            fact("attack", NOWHERE, None)  # a ship attacked at sea: no country
        elif ctx.last_para == sent.paragraph and ctx.last_loc.key != "-" and \
                not words.isdisjoint(STRONG_VERBS):
            fact("attack", ctx.last_loc, None, True)


_MARITIME = frozenset(CUES["maritime"])  # data/cues.json
_AT_SEA = _MARITIME | frozenset(CUES["at_sea"])  # a defender at sea guards no land
def _across_the_country(toks: list[Token], last: int) -> bool:
    """The count's phrase is followed by 'across the country', 'nationwide' or 'across Ukraine' (a country
    name is checked by its capital letter; its region would be a mention of its own)."""
    after = [t.low for t in toks[last:last + 3]]
    return after[:1] == ["nationwide"] or after[:3] == ["across", "the", "country"] or \
        after[:1] == ["across"] and len(after) > 1 and toks[last + 1].text[:1].isupper() and \
        places.country_by_name(toks[last + 1].text) is not None


_TRUCE_WORDS = CEASEFIRE_WORDS - {"halt", "pause"}
# "In the hours before the truce began, Iran launched several waves of missiles": the truce dates the attack
_TRUCE_AS_TIME = re.compile(r"\b(?:before|after|since) (?:the|a) (?:truce|ceasefire|cease-fire) "
                            r"(?:began|took effect|came into|was due|started|ended|expired)|"
                            r"\b(?:hours|minutes|days|the night|shortly|just|ahead of|in the run-up to) (?:before )?"
                            r"(?:the|a) (?:truce|ceasefire|cease-fire)\b|"  # "In the hours before the truce, ..."
                            r"\b(?:breach\w*|in violation of|despite)\b[^.;]{0,30}\b(?:truce|ceasefire|cease-fire)\b")
# (and "the latest alleged breach of the ceasefire", "shelled the town despite the truce": the attack breaks it)


def _default_loc(sp: SentencePlaces, counts: bool, regions: list[Loc] | None = None) -> tuple[Loc | None, list[Loc]]:
    """The sentence-level location of its facts, and the regions that get their own (count-less) fact.
    Weapon counts go to a country named in the sentence ("137 drones at Ukraine, hitting Kharkiv"); other
    facts to the one region named; several regions mean the country (each region gets its own fact).
    `regions`: sp.distinct_regions(), if the caller has it."""
    regions = sp.distinct_regions() if regions is None else regions
    region_countries = {r.country for r in regions}
    # ("In Israel, the military said two rockets were fired towards Sderot": the frame is not where they flew)
    named = [c for _, c in sp.countries if (counts or not regions or c in region_countries) and
             not (counts and sp.approached and c == sp.frame and c in region_countries)]
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
        loc = next(iter(claimant.values()))
        if not sp.approached:
            return loc, []
        around = surrounding(loc)  # "the mayor said 74 drones flying towards the capital were downed": over the
        if around:  # region around it (convention 31)
            return around, []
    return None, []


def _over_regions(toks: list[Token], last: int) -> bool:
    """'28 drones over six regions', '25 drones sent by India overnight over several cities': a total
    over several places (the country), not a count at the place named next."""
    window = [t.low for t in toks[last:last + 4]]
    if not _AREA_NOUNS.isdisjoint(window) and (not _FEW.isdisjoint(window) or any(w[0].isdigit() for w in window)):
        return True
    wide = [t.low for t in toks[last:last + 10]]
    if any(wide[x] in ("over", "across") and (wide[x + 1] in _FEW or wide[x + 1][0].isdigit()) and
           (wide[x + 2] in _AREA_NOUNS or x + 3 < len(wide) and wide[x + 3] in _AREA_NOUNS)  # "over 15 Russian
           for x in range(len(wide) - 2)):  # regions"
        return True
    return _over_a_list(toks, last)


def _over_a_list(toks: list[Token], last: int) -> bool:
    """'58 drones over Crimea, the Black Sea and southern Russian regions overnight: 34 over ...': a total over
    a list of places that ends in a country's regions, not a count at the first place named (not "over the
    Bryansk, Kursk and Oryol regions", each a region of its own)."""
    if last + 1 >= len(toks) or toks[last].low not in ("over", "across") and toks[last + 1].low not in ("over", "across"):
        return False
    span: list[Token] = []
    for t in toks[last:last + 16]:
        if t.low in (":", ";", ".", "while", "but"):
            break
        span.append(t)
    lows = [t.low for t in span]
    return "," in lows and "and" in lows and any(
        lows[x] in _AREA_NOUNS and country_of_demonym(span[x - 1].text) for x in range(lows.index("and") + 1, len(lows)))


_AREA_NOUNS = frozenset(CUES["area_nouns"])  # data/cues.json
_FEW = frozenset(CUES["few"])


_CAPITAL_OF: dict[str, str] = {}
for _name, _code in CAPITALS.items():
    _CAPITAL_OF.setdefault(_code, _name)  # the first (usual) spelling of each country's capital


def _the_capital(toks: list[Token], ctx: Context) -> Loc | None:
    """'the capital' (not 'the regional capital', 'the capital of X') of the country just reported on."""
    if ctx.last_loc.country not in _CAPITAL_OF:
        return None
    for k in range(1, len(toks)):
        if toks[k].low == "capital" and toks[k - 1].low in ("the", "syrian", "ukrainian", "lebanese", "sudanese",
                                                            "russian", "israeli", "iranian", "yemeni") and \
                (k + 1 >= len(toks) or toks[k + 1].low != "of"):
            return _capital_loc(ctx.last_loc.country)
    return None


@cache
def _capital_loc(country: str) -> Loc | None:
    """The gazetteer's place of a country's capital, looked up once."""
    found = [m for m in places.find_places(_CAPITAL_OF[country].title()) if m.place.kind != "country"]
    if not found:
        return None
    p = found[0].place
    return Loc(p.country, p.region, p.region_name, p.place)


def _refers_to_place(toks: list[Token], words: set[str]) -> str | None:
    """'the city', 'the region' ... ('place'), 'the country' ('country'), else None."""
    if "the" not in words or (words.isdisjoint(_PLACE_NOUNS) and words.isdisjoint(_COUNTRY_NOUNS)):
        return None
    for k in range(len(toks) - 1):
        if toks[k].low == "the" and not (k + 2 < len(toks) and toks[k + 2].low == "of"):  # not "the territory of X"
            nxt = toks[k + 1].low
            if nxt in ("same", "nearby") and k + 2 < len(toks):
                nxt = toks[k + 2].low  # "in the same area"
            if nxt in _PLACE_NOUNS:
                return "place"
            if nxt in ("country", "territory", "strip", "enclave", "nation"):
                return "country"
    return None


_COUNTRY_NOUNS = frozenset(CUES["country_nouns"])  # data/cues.json
_MOSTLY = frozenset({"mostly", "mainly", "primarily", "chiefly", "largely"})
_NATIONAL_TOLL = re.compile(r"\b(?:past|last) 24 hours\b|\bdaily (?:statistical )?(?:report|update|tally|toll)\b|"
                            r"\bin total\b|\baltogether\b|\bin all\b")
_REPORT_HINTS = frozenset({"24", "daily", "total", "altogether", "all"})
_SPREAD = tuple(CUES["spread_phrases"])
_PLACE_NOUNS = frozenset(CUES["place_nouns"])


def _context_loc(ctx: Context, sent: Sentence, casualty: bool, ships: bool = False) -> Loc:
    """Location of a sentence that names no place: the last fact's place (its country if the paragraph
    changed and the count is not a casualty), else for a casualty the dateline's place, else nowhere.
    `ships`: the sentence speaks of ships ("three crew members were killed when a bulk carrier came under
    attack off Yemen": at sea, not at the Dubai dateline)."""
    if ctx.last_loc.key == "-":  # a ship just attacked at sea: its crew's toll is at sea too (convention 28)
        at_sea = ships or ctx.last_at_sea and ctx.last_para >= sent.paragraph - 1
        if casualty and not at_sea and any(w in sent.text for w in _SPREAD):
            return Loc(ctx.dateline_loc.country)  # "PHNOM PENH - ... attacks on several areas along the border"
        return ctx.dateline_loc if casualty and not at_sea and not ctx.dateline_hub else NOWHERE
    if casualty or ctx.last_para >= sent.paragraph - 1:
        return ctx.last_loc
    return Loc(ctx.last_loc.country)

