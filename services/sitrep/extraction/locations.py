"""Where a sentence's facts happened: which place mentions are targets (not the attacker, not the claimant's
country, not an origin "from X"), and which place a given count sits next to ("12 over the Kursk Region")."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from operator import attrgetter

from . import places
from .lexicon import (
    ATTACK_NOUNS,
    ATTACK_VERBS,
    CAPITALS,
    CUES,
    DISTRICT_NAME_ENDINGS,
    FORCE_HEADS,
    WEAPON_WORDS,
    country_of_demonym,
    country_of_name,
)
from .text import Token, load_json, lows_of, positions

_TARGET_PREPS = frozenset(CUES["target_preps"])  # data/cues.json
_ADJ_PREPS = frozenset({"over", "in", "above", "on", "at", "across", "near", "into", "targeting", "against"})
_TERRITORY = frozenset({"regions", "region", "territory", "territories", "soil", "cities", "city", "towns",
                        "villages", "airspace", "border", "oblasts", "provinces", "positions"})
_WHOLE_COUNTRY = {"gaza strip": "PS", "gaza": "PS", "the gaza strip": "PS"}  # not an ISO region (PS-GZA is
# the Gaza governorate): news uses the Strip for the whole territory


_DESCRIPTOR = re.compile(r"(?:second|third|fourth|fifth|largest|biggest|capital|main|major|key|eastern|"
                         r"western|northern|southern|central|port|industrial|front|frontline|border|city)")


@dataclass(slots=True, unsafe_hash=True)  # immutable by convention (see text.Token)
class Loc:
    country: str | None
    region: str | None = None
    region_name: str | None = None
    place: str | None = None

    @property
    def key(self) -> str:
        return self.region or self.country or "-"


NOWHERE = Loc(None)


@dataclass(slots=True)
class SentencePlaces:
    regions: list[tuple[int, Loc]]        # (token index, loc) of target regions/cities
    countries: list[tuple[int, str]]      # (token index, alpha2) of target countries named
    demonyms: list[tuple[int, str]]       # ... and of "Ukrainian territory", "Russian air defence"
    claimant_regions: list[tuple[int, Loc]]
    claimant_countries: list[str] = None  # "the Gaza health ministry", "Lebanon's NNA", "Syrian state media"
    across: list[str] = None              # countries a statement spreads over: "across the Gaza Strip"
    vague_regions: set = None             # regions named by a direction ("southern Lebanon")
    sharp_regions: set = None             # regions named otherwise ("Jabalia", "the Kharkiv region")
    approached: bool = False              # "drones flying towards the capital": a place not reached
    approached_at: list[Loc] = None        # the region around each city named so ("a rocket toward Sderot")
    region_ends: dict[int, int] = None  # token index of a region mention -> one past its last token
    excluded: frozenset = frozenset()    # regions taken by a count's breakdown ("57 over the Moscow region")
    frame: str | None = None              # the country of an opening "In Israel, ...": the setting, not a target

    def __post_init__(self):
        self.region_ends = {} if self.region_ends is None else self.region_ends
        self.claimant_countries = [] if self.claimant_countries is None else self.claimant_countries
        self.across = [] if self.across is None else self.across
        self.approached_at = [] if self.approached_at is None else self.approached_at
        self.vague_regions = set() if self.vague_regions is None else self.vague_regions
        self.sharp_regions = set() if self.sharp_regions is None else self.sharp_regions

    def distinct_regions(self) -> list[Loc]:
        seen: dict[str, Loc] = {}
        for _, loc in self.regions:
            if loc.region not in self.excluded:
                seen.setdefault(loc.region, loc)
        sharp = [loc for code, loc in seen.items() if code not in self.vague_regions]
        return sharp if sharp and len(sharp) < len(seen) else list(seen.values())

    def distinct_countries(self) -> list[str]:
        out: list[str] = []
        for _, c in self.countries + self.demonyms:
            if c not in out:
                out.append(c)
        for loc in self.distinct_regions():
            if loc.country not in out:
                out.append(loc.country)
        return out


def _loc(p: places.Place, text: str) -> Loc:
    return Loc(p.country, p.region, p.region_name, p.place)


_START = attrgetter("start")


_NAME_BREAKS = frozenset(CUES["name_breaks"])  # data/cues.json


_CITY_PARTS = frozenset(CUES["city_parts"])  # data/cues.json
_CITY_PARTS_AND = _CITY_PARTS | {"and"}  # "Mogadishu's Hodan and Wadajir districts"
_PRESSURE = frozenset(CUES["pressure_nouns"])  # data/cues.json


_TRIPS = frozenset(CUES["trip_words"])  # data/cues.json


_SURROUNDING = {k: v for k, v in load_json("places_surrounding.json").items() if not k.startswith("_")}


def surrounding(loc: Loc) -> Loc | None:
    """The region around a city that is a region of its own (Moscow, RU-MOW -> the Moscow region, RU-MOS)."""
    around = _SURROUNDING.get(loc.region)
    return Loc(loc.country, around, places.region_name(around)) if around else None


def _around(place: places.Place) -> Loc:
    if place.region and place.region_name and place.region_name == place.place:
        return surrounding(Loc(place.country, place.region)) or Loc(place.country)  # Moscow, Kyiv: a city region
    return Loc(place.country, place.region, place.region_name) if place.region else Loc(place.country)


def _locates_a_city(toks: list[Token], k: int, m, mentions: list) -> bool:
    """A valley named right after a city of the same country with another code ('Baalbek in the eastern Bekaa
    Valley'): where the city lies, not a second place. (Not an oblast or province after a town: there the
    town's name is the ambiguous one, "Pokrovske in Dnipropetrovsk Oblast".)"""
    x = k - 1
    while x >= 0 and (toks[x].low in ("the", "eastern", "western", "northern", "southern", "central") or
                      toks[x].low in _PLACE_ADJECTIVES):
        x -= 1
    if x < 1 or toks[x].low != "in":
        return False
    return any(o.place.kind == "city" and o.place.country == m.place.country and o.place.region and
               o.place.region != m.place.region and o.end == toks[x - 1].end for o in mentions)


def _in_a_name(toks: list[Token], k: int, mentions: list) -> bool:
    """A one-word city between two capitalised words that are no places ('Abdifatah Aden Hassan'): part of a
    person's name."""
    if k < 2 or k + 1 >= len(toks):
        return False
    prev, nxt = toks[k - 1], toks[k + 1]
    return prev.text[:1].isupper() and prev.text.isalpha() and nxt.text[:1].isupper() and nxt.text.isalpha() and \
        prev.low not in _NAME_BREAKS and nxt.low not in _NAME_BREAKS and \
        not any(o.start in (prev.start, nxt.start) for o in mentions)


def _surname(toks: list[Token], k: int, mentions: list) -> bool:
    """A one-word place after a capitalised first name that is no place, itself after a role ('republic head Oleg
    Nikolayev said', 'Governor Ivan Fedorov'): the person's surname."""
    if k < 2:
        return False
    first, role = toks[k - 1], toks[k - 2]
    return first.text[:1].isupper() and first.text.isalpha() and first.low not in _NAME_BREAKS and \
        not any(o.start == first.start for o in mentions) and \
        (role.low in _ROLE_WORDS or k + 1 < len(toks) and toks[k + 1].low in ("said", "says", "told", "wrote"))


_ROLE_WORDS = frozenset({"head", "governor", "gov", "mayor", "minister", "spokesman", "spokeswoman", "spokesperson",
                         "commander", "chief", "president", "leader", "official", "deputy", "senator", "general"})


def _tok_index(toks: list[Token], start: int) -> int:
    """Index of the token holding offset `start` ("Mawasi" inside "al-Mawasi"), else of the first token
    starting after it."""
    i = bisect_left(toks, start, key=_START)
    if i > 0 and (i == len(toks) or toks[i].start > start) and toks[i - 1].end > start:
        return i - 1
    return i


def classify(toks: list[Token], words: set[str], mentions: list[places.PlaceMention], actor_tok: int,
             claim_span: tuple[int, int], cut: int) -> SentencePlaces:
    """Target places of a sentence (`words`: the set of its tokens' lower-case forms). `claim_span` is the
    claimant's absolute span; `cut` an absolute offset after which places are background ("in response to
    ..."), or -1."""
    out = SentencePlaces([], [], [], [])
    out.approached = not words.isdisjoint(_APPROACH)
    distance = not words.isdisjoint(_OFFSHORE)  # without a distance word nothing is offshore or measured from
    away = _Away(origin=_origin_tokens(toks) if "from" in words else (),
                 conditional=_conditional_tokens(toks) if "if" in words or "unless" in words else (),
                 distance=distance,
                 sea=distance and not words.isdisjoint(_SEA_HINTS),  # "nautical", "off", "ship": offshore at all
                 actor_tok=actor_tok,
                 several=distance and len({m.place.region for m in mentions if m.place.region}) > 1)
    sirens = "sirens" in words or "siren" in words or "alarms" in words
    siren_at: list[tuple[int, str]] = []  # (token index, country) of each place named as where sirens sounded
    for m in mentions:
        if cut >= 0 and m.start >= cut:
            continue
        k = _tok_index(toks, m.start)
        prev = toks[k - 1].low if k > 0 else ""
        prev2 = toks[k - 2].low if k > 1 else ""
        if _names_another(toks, k, m, mentions, prev, prev2):
            continue
        if prev in ("towards", "toward") and m.place.kind != "country" and not _hit_after(toks, k):
            out.approached_at.append(_around(m.place))  # "a rocket toward Sderot" (convention 31): not the city,
            continue  # but the region around it (the country for a city that is a region: Moscow, Kyiv)
        end_k = _tok_index(toks, m.end)  # the token after the mention (looked up once)
        if _no_place_hit(toks, k, end_k, m, mentions, prev, prev2):
            continue
        if sirens and _siren_area(toks, k):
            siren_at.append((k, m.place.country))  # "sirens sounded in Sderot": where the rocket was headed
        if _away_from_target(toks, k, end_k, prev, away):
            continue
        in_claim = claim_span[0] <= m.start < claim_span[1]
        if in_claim and prev == "in":
            continue  # "The Palestinian Health Ministry in Ramallah confirms two deaths": the body's seat
        whole = _WHOLE_COUNTRY.get(m.text.lower())
        if m.place.kind == "country" or whole:
            _add_country(out, toks, k, mentions, whole or m.place.country, in_claim, bool(whole), prev)
        else:
            _add_region(out, toks, k, end_k, m, mentions, in_claim, prev, prev2)
    if len(siren_at) > 1 or siren_at and ("several" in words and "areas" in words or "across" in words):
        _sirens_over_areas(out, siren_at, toks)
    if not words.isdisjoint(_TERRITORY) or "air" in words:  # else no demonym target can be named
        _demonym_targets(toks, out)
    if claim_span[0] >= 0:
        _claimant_demonyms(toks, claim_span, out)
    return out


@dataclass(slots=True)
class _Away:
    """A sentence's token positions (and hints) where a place is not the one hit."""
    origin: tuple | set  # "drones launched from Kursk"
    conditional: tuple | set  # "if Kyiv strikes Moscow"
    distance: bool  # a distance word: "40 km off Hodeidah", "in Ryazan, 200 km southeast of Moscow"
    sea: bool  # ... and a word of the sea: a place may be offshore
    actor_tok: int  # the attacker's own token ("Ukraine launched ...")
    several: bool  # ... and places of more than one region


def _names_another(toks: list[Token], k: int, m, mentions: list, prev: str, prev2: str) -> bool:
    """The mention is part of, or a landmark for, another place or a side: no target of its own."""
    if prev in ("'s", "’s") and any(o.end == toks[k - 1].start and o.place.kind != "country" and o.place.region and
                                    not _town_of_a_wider_place(toks, k, m, o) for o in mentions):
        return True  # "Kharkiv's Shevchenkivskyi district": a part of the place just named
    if m.place.region is None and m.place.kind != "country" and k + 2 < len(toks) and \
            toks[k + 1].low == "'s" and any(o.start == toks[k + 2].start for o in mentions):
        return True  # "Puntland's Bari region": a state with no ISO code, named for the region after it
    if prev == "of" and prev2 in _BODIES:
        return True  # "the armed forces of Ukraine", "the defence ministry of Russia": a side, not a place
    if _venue(toks, k) or _in_control_clause(toks, k):
        return True
    # "Rehovot, south of Tel Aviv": a landmark for the place just named (not "the Khabbaz oil field west of
    # Kirkuk city", where the city is the only place given)
    return prev == "of" and prev2 in _COMPASS and any(o.end <= toks[k - 2].start and
                                                      o.end >= toks[max(0, k - 6)].start for o in mentions)


def _town_of_a_wider_place(toks: list[Token], k: int, m, o) -> bool:
    """"southern Gaza's Khan Younis": a town of its own region after a wider place's name, not a district of a
    city (a district's name ends like one or is followed by "district")."""
    after = toks[k + len(m.text.split())].low if k + len(m.text.split()) < len(toks) else ""
    return m.place.kind == "city" and m.place.region != o.place.region and after not in _DISTRICT_WORDS and \
        not m.text.lower().endswith((*DISTRICT_NAME_ENDINGS, " district", " raion"))


_WAGED = frozenset({"war", "invasion", "aggression", "offensive", "campaign", "regime", "government", "claims",
                    "demands", "position", "allies"})  # "Moscow's war effort": the capital as its state
_DISTRICT_WORDS = frozenset({"district", "raion", "neighbourhood", "neighborhood", "quarter", "area", "microdistrict"})


def _no_place_hit(toks: list[Token], k: int, end_k: int, m, mentions: list, prev: str, prev2: str) -> bool:
    """The name stands for something else here: a valley locating a city, a river, a sea, a flag, a time
    zone or an exchange, a government lobbied or visited, a landmark after "near"."""
    if m.place.kind == "region" and m.text.lower().endswith("valley") and _locates_a_city(toks, k, m, mentions):
        return True  # "a site near Baalbek in the eastern Bekaa Valley": the valley only says where Baalbek is
    if prev == "the" and m.text.lower() in _RIVERS:
        return True  # "over the Dnipro": the river, not the city
    if end_k < len(toks) and toks[end_k].low.startswith(("al-", "el-")) and " " not in m.text:
        return True  # "spokesman Sabah al-Numan": a person's name, not Sabah
    if prev == "of" and prev2 in ("gulf", "strait", "straits", "sea", "bay") or \
            any(toks[x].low == "flag" and toks[x + 1].low == "of" for x in range(max(0, k - 7), k - 1)):
        return True  # "a ship struck in the Gulf of Aden": a sea named after the place; "under the flag of St.
        # Kitts and Nevis": the ship's flag state
    if end_k < len(toks) and toks[end_k].low in _NAMED_AFTER or prev == "on" and prev2 in _PRESSURE or \
            prev == "to" and prev2 in _TRIPS:
        return True  # "11 pm Moscow time", "the Tel Aviv Stock Exchange", "near Sumska Street", "pressure on
        # Moscow", "a visit to South Africa": no place hit
    # "the Ben Gurion Airport near Tel Aviv", "the village of X near Y": Y only says where X is
    return prev == "near" and k > 1 and any(o.end == toks[k - 2].end for o in mentions)


_SIDES_OF_A_PLACE = frozenset({"eastern", "western", "northern", "southern", "central", "north-eastern",
                               "north-western", "south-eastern", "south-western", "northeastern", "northwestern",
                               "southeastern", "southwestern", "old", "residential", "industrial"})


def _part_of(toks: list[Token], k: int, prev: str) -> bool:
    """'which Moscow claims as part of Russia': a claim on the place, not a hit; but 'the western part of
    Rafah' is where it was hit."""
    return prev == "of" and k > 1 and toks[k - 2].low == "part" and not (k > 2 and toks[k - 3].low in
                                                                          _SIDES_OF_A_PLACE)


def _launcher_at(toks: list[Token], k: int) -> bool:
    """'launched by the Houthis in Yemen', 'fired by Hezbollah in southern Lebanon': the launcher's place (a
    launch verb, 'by' and a short name right before the 'in' at k - 1)."""
    for x in range(k - 2, max(0, k - 6), -1):
        if toks[x].low == "by":
            return x > 0 and toks[x - 1].low in _LAUNCHED
        if not (toks[x].text[:1].isupper() or toks[x].low in ("the", "its", "-")):
            return False
    return False


def _away_from_target(toks: list[Token], k: int, end_k: int, prev: str, away: _Away) -> bool:
    """Where the attack came from or went past, a condition's place, the attacker itself, a body's seat."""
    if k in away.origin or k in away.conditional or prev in ("off", "borders", "bordering", "border", "for") or \
            (away.sea and _offshore(toks, k)) or (away.distance and _distance_from(toks, k, away.several)) or \
            _destination(toks, k) or k == away.actor_tok or _part_of(toks, k, prev):
        return True
    if any(toks[x].low in _TAKEN_TO and toks[x + 1].low == "to" for x in range(max(0, k - 9), k - 1)):
        return True  # "the wounded were brought to Nasser Hospital in Khan Younis": where they were taken
    if prev == "in" and _launcher_at(toks, k):
        return True  # "a ballistic missile launched by the Houthis in Yemen was intercepted": where it came from
    if any(toks[x].low in _BLAMED_FOR and toks[x + 1].low == "for" for x in range(max(0, k - 7), k - 1)):
        return True  # "a Hezbollah commander responsible for rocket attacks on northern Israel": his record
    if prev == "in" and _source_hospital(toks, k):
        return True  # "Initial reports from the Red Cross field hospital in al-Mawasi speak of 19 dead"
    # "the Britain-based Observatory", "a Liberian-flagged ship": where a body sits, not a place hit
    return toks[k].low.rsplit("-", 1)[-1] in _BASED or \
        end_k + 1 < len(toks) and toks[end_k].low == "-" and toks[end_k + 1].low in _BASED


def _source_hospital(toks: list[Token], k: int) -> bool:
    """The place is where a hospital that reports the toll stands: 'reports from the field hospital in X',
    'medics at Nasser Hospital in X'."""
    hospital = next((x for x in range(k - 2, max(-1, k - 5), -1) if toks[x].low in _HOSPITALS), None)
    return hospital is not None and any(toks[y].low in _HOSPITAL_SOURCES for y in range(max(0, hospital - 7), hospital))


_HOSPITALS = frozenset({"hospital", "clinic", "morgue", "infirmary", "hospitals"})
_HOSPITAL_SOURCES = frozenset(CUES["hospital_sources"])  # data/cues.json


def _add_country(out: SentencePlaces, toks: list[Token], k: int, mentions: list, code: str, in_claim: bool,
                 whole: bool, prev: str) -> None:
    """A country named: the claimant's, a target ("strikes on Ukraine"), or one a statement spreads over."""
    if in_claim:
        out.claimant_countries.append(code)
    nxt = toks[k + 1].low if k + 1 < len(toks) else ""
    if nxt in ("border", "frontier", "borders"):
        return  # "killed in a jihadist attack near the Mali border": a border named, the place is the other side
    if nxt in ("'s", "’s") and k + 2 < len(toks) and _DESCRIPTOR.match(toks[k + 2].low):
        return  # "Ukraine's second-largest city": the city is named elsewhere
    if nxt in ("'s", "’s") and _side_after(toks, k + 2):
        return  # "drones of Ukraine's Unmanned Systems Forces": a side, not a place
    if not in_claim and (prev in _TARGET_PREPS or whole) and nxt not in ("'s", "’s") or \
            (not in_claim and nxt in ("'s", "’s") and prev in _TARGET_PREPS):
        out.countries.append((k, code))
        if k == 1 and prev == "in" and nxt == ",":
            out.frame = code
        if prev in ("across", "throughout", "nationwide") or _coordinated(toks, k, mentions) or \
                (prev == "the" and k > 1 and toks[k - 2].low in ("across", "throughout")):
            out.across.append(code)


def _add_region(out: SentencePlaces, toks: list[Token], k: int, end_k: int, m, mentions: list, in_claim: bool,
                prev: str, prev2: str) -> None:
    """A region or city named: a target, or the claimant's place, unless it holds a place named after it,
    stands for its government or is part of a person's name."""
    e = end_k if " " in m.text else k + 1  # the token after "New Delhi"
    nxt_low = toks[e].low if e < len(toks) else ""
    after = toks[e + 1].low if e + 1 < len(toks) else ""
    of = e + 1 if nxt_low == "of" else e + 2 if nxt_low in ("district", "raion") and after == "of" else -1
    if 0 < of < len(toks) and any(o.start == toks[of].start and o.place.region and o.place.kind != "country"
                                  for o in mentions):
        return  # "the Dniprovskyi district of Kherson": the place after "of" holds it (and says which one)
    if m.place.kind == "city" and _the_government(toks, k, e, m, prev, prev2, nxt_low, after):
        return  # "Moscow and Kyiv have accused each other", "Kinshasa's army": the government
    if m.place.kind == "city" and " " not in m.text and _in_a_name(toks, k, mentions) or \
            " " not in m.text and _surname(toks, k, mentions):
        return  # "Police spokesman Abdifatah Aden Hassan said": a person, not Aden; "republic head Oleg Nikolayev
        # said": not Mykolaiv
    loc = _loc(m.place, m.text)
    (out.claimant_regions if in_claim else out.regions).append((k, loc))
    if _by_direction(m.text) or loc.region is None:
        out.vague_regions.add(loc.region)  # "southern Lebanon", "the West Bank": looser than a town named with it
    else:
        out.sharp_regions.add(loc.region)
    out.region_ends[k] = end_k


def _the_government(toks: list[Token], k: int, e: int, m, prev: str, prev2: str, nxt_low: str, after: str) -> bool:
    """A capital city standing for its government: it acts, is lobbied or owns a body, and no attack or
    locative preposition makes it a place ("in central Damascus", "In the capital, Kyiv,")."""
    if not (toks[k].low in CAPITALS or m.text.lower() in CAPITALS):
        return False
    part_of = nxt_low in ("'s", "’s") and e + 1 < len(toks) and (toks[e + 1].low in _CITY_PARTS or (
        toks[e + 1].text[:1].isupper() and e + 2 < len(toks) and toks[e + 2].low in _CITY_PARTS_AND))
    official = nxt_low in ("mayor", "governor", "city") and toks[e - 1].end == m.end  # "Moscow Mayor Sergey
    # Sobyanin": the city's own official (not "the Moscow-installed governor", where Moscow is the government)
    if part_of or official:
        return False
    locative = prev in _LOCATIVE or (prev in _PLACE_ADJECTIVES and prev2 in _LOCATIVE) or \
        (prev == "," and prev2 in ("capital", "city", "town"))
    if nxt_low in ("'s", "’s") and after in _WAGED:
        return True  # "used in Moscow's war effort": the state, wherever the sentence puts it
    acts = nxt_low in _GOVERNMENT_VERBS or prev in _LOBBY_VERBS or \
        (nxt_low == "," and after in ("which", "who", "whose")) or (nxt_low == "'s" and after in _BODIES)
    return (not locative and acts) or not (_near_attack(toks, k) or locative)


def _sirens_over_areas(out: SentencePlaces, siren_at: list[tuple[int, str]], toks: list[Token]) -> None:
    """"after sirens sounded in Jerusalem, the West Bank and parts of central Israel", "in several areas,
    including Jerusalem": a warning over several places, not where the missile hit; the attack is on the
    country."""
    first = siren_at[0][0]
    end = next((x for x in range(first, len(toks)) if toks[x].low in (",", ";", "after", "as", "when", "while")),
               len(toks))  # the places of the warning's clause ("in Jerusalem and across central Israel")
    ks = {k for k, _ in siren_at}
    out.regions = [(k, loc) for k, loc in out.regions if k not in ks and not first <= k < end]
    out.approached_at.append(Loc(siren_at[0][1]))


_FORCE_NAMES = frozenset({"defense", "defence", "army", "military", "armed", "air"})


def _claimant_demonyms(toks: list[Token], claim_span: tuple[int, int], out: SentencePlaces) -> None:
    """Countries named by a demonym inside the claimant ("Syrian state media"), not a firm's nationality
    ("the ship's Greek manager")."""
    a, b = _tok_index(toks, claim_span[0]), _tok_index(toks, claim_span[1])
    for x in range(a, b):
        t = toks[x]
        if t.text[:1].isupper() and not (x + 1 < len(toks) and toks[x + 1].low in _COMPANY_HEADS):
            code = country_of_demonym(t.text) or (country_of_name(t.text) if x + 1 < b and  # "the Israel Defense
                                                  toks[x + 1].low in _FORCE_NAMES else None)  # Forces says"
            if code:
                out.claimant_countries.append(code)


_ORIGIN_WORDS = frozenset(CUES["origin_words"])  # data/cues.json
_TAKEN_TO = frozenset(CUES["taken_to"])
_LAUNCHED = frozenset({"launched", "fired", "sent", "flown"})
_BLAMED_FOR = frozenset({"responsible", "blamed", "wanted", "known"})
_LOCATIVE = frozenset(CUES["locative"])
_PLACE_ADJECTIVES = frozenset(CUES["place_adjectives"])


def _conditional_tokens(toks: list[Token]) -> set[int]:
    """Token indices inside an if/unless clause (to its comma): 'only if the campaign widened to terminals
    such as Primorsk' names no place that was hit."""
    out: set[int] = set()
    inside = False
    for k, t in enumerate(toks):
        if t.low in ("if", "unless"):
            inside = True
        elif t.low in (",", ";"):
            inside = False
        elif inside:
            out.add(k)
    return out


def _origin_tokens(toks: list[Token]) -> set[int]:
    """Token indices of 'from the directions of Bryansk, Oryol and Kursk in Russia' (where an attack came
    from, not where it hit): place-like words after 'from', up to the first other word."""
    out: set[int] = set()
    k = 0
    n = len(toks)
    while k < n:
        if toks[k].low == "from" and not (k and toks[k - 1].low in ("more", "latest", "news", "update", "updates")):
            x = k + 1  # (not "More from Zaporizhzhia:", a live page's heading)
            while x < n:
                t = toks[x]
                if t.low in _ORIGIN_WORDS or t.text[:1].isupper() or \
                        (t.low == "in" and x + 1 < n and (toks[x + 1].text[:1].isupper() or
                                                          toks[x + 1].low in _ORIGIN_WORDS)):
                    out.add(x)
                    x += 1
                else:
                    break
            k = x  # may be the next 'from' ("... in Russia and from Crimea")
            continue
        k += 1
    return out


_DIRECTIONS = ("north", "south", "east", "west", "central", "the north", "the south", "the east", "the west")


_BASED = frozenset(CUES["based_words"])  # data/cues.json
_COMPANY_HEADS = frozenset(CUES["company_heads"])


def _by_direction(text: str) -> bool:
    """'southern Lebanon', 'the north of Gaza', 'central Israel': a region named by a direction; not a
    name that holds one ('North Kivu', 'South Kordofan', 'North Waziristan')."""
    low = text.lower()
    if not low.startswith(_DIRECTIONS):
        return False
    first = low.split(maxsplit=1)[0]
    return first.endswith("ern") or first in ("central", "the") or text[:1].islower()
# A capital followed by one of these speaks for its government ("a claim Kyiv called a lie").
_GOVERNMENT_VERBS = frozenset(CUES["government_verbs"])  # data/cues.json


_APPROACH = frozenset({"towards", "toward", "approached", "approaching", "heading", "headed"})
_COMPASS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                      "north-east", "north-west", "south-east", "south-west"})


def _hit_after(toks: list[Token], k: int) -> bool:
    """'a drone flying towards Moscow hit a house': the place is named as hit after all."""
    return any(t.low in ("hit", "struck", "exploded", "crashed") for t in toks[k + 1:k + 6])


def _side_after(toks: list[Token], k: int) -> bool:
    """A body or force named right after a possessive ('Ukraine's Unmanned Systems Forces', "Russia's
    defence ministry"): up to two other words, then the body."""
    for x in range(k, min(k + 3, len(toks))):
        if toks[x].low in _BODIES or toks[x].low in FORCE_HEADS:  # also "Ukraine's drone campaign"
            return True
        if not toks[x].text[:1].isupper() and toks[x].low not in ("defence", "defense", "armed", "air", "security",
                                                                  "intelligence", "special", "border", "national"):
            return False
    return False


def _coordinated(toks: list[Token], k: int, mentions: list) -> bool:
    """'in Pakistan and Pakistan-administered Kashmir': a country listed with one of its regions means the
    whole country."""
    if k + 2 >= len(toks) or toks[k + 1].low != "and":
        return False
    nxt = toks[k + 2].start
    return any(m.start == nxt and m.place.kind != "country" for m in mentions)


_BODIES = frozenset(CUES["bodies"])  # data/cues.json
_DESTINATION_WORDS = frozenset(CUES["destination_words"])
_PLACE_LIST_WORDS = frozenset({"and", ",", "the", "region", "oblast"})


_SIREN_VERBS = frozenset({"sounded", "sound", "sounding", "wailed", "blared", "went", "were", "rang", "activated",
                          "triggered", "heard"})


def _before_place_list(toks: list[Token], k: int, also: frozenset = frozenset()) -> int:
    """Index of the token before the list of places that ends with the one at k ("to Kharkiv and Poltava",
    "in Jerusalem, the West Bank and parts of central Israel"): back over names, list words and `also`."""
    x = k - 1
    while x > 0 and (toks[x].low in _PLACE_LIST_WORDS or toks[x].low in also or toks[x].text[:1].isupper()):
        x -= 1
    return x


_SIREN_LIST_WORDS = frozenset({"parts", "of", "central", "northern", "southern", "eastern", "western", "including",
                               "several", "areas"})


def _siren_area(toks: list[Token], k: int) -> bool:
    """'after sirens sounded in Jerusalem, the West Bank and parts of central Israel': where the warning was
    heard (the list of places after 'sirens <verb> in')."""
    x = _before_place_list(toks, k, _SIREN_LIST_WORDS)
    if x < 2 or toks[x].low not in ("in", "across", "throughout", "over"):
        return False
    window = [t.low for t in toks[max(0, x - 4):x]]
    return any(w in ("sirens", "siren", "alarms") for w in window) and not _SIREN_VERBS.isdisjoint(window)


def _destination(toks: list[Token], k: int) -> bool:
    """'fled to Lviv', 'the evacuation of 600 residents to Kharkiv and Poltava': where people went."""
    x = _before_place_list(toks, k)
    if x < 1 or toks[x].low not in ("to", "towards", "toward"):
        return False
    return not _DESTINATION_WORDS.isdisjoint(t.low for t in toks[max(0, x - 6):x])


_VENUE_WORDS = frozenset(CUES["venue_words"])  # data/cues.json
_VENUE_AFTER = frozenset(CUES["venue_after"])
_CONTROL_VERBS = frozenset(CUES["control_verbs"])


_SEAT_BODIES = frozenset(CUES["seat_bodies"])  # data/cues.json
# A capital after one of these is the government asked ("as Beirut presses Washington to rein in attacks")
_LOBBY_VERBS = frozenset({"presses", "pressed", "pressing", "urged", "urges", "urging", "asked", "asks", "lobbied",
                          "lobbying", "accused", "accuses", "blamed", "blames", "warned", "warns"})
# After a place name, words that make it the name of something else: a time zone, an exchange, a street
_NAMED_AFTER = frozenset({"time", "stock", "street", "avenue", "boulevard", "prospekt", "lane", "highway", "motorway",
                          "expressway"})
_RIVERS = frozenset(CUES["river_names"])  # data/cues.json


def _venue(toks: list[Token], k: int) -> bool:
    """'Speaking in Brussels, the minister said ...', 'told reporters in Kyiv', 'who is based in Oman's capital,
    Muscat', 'the health ministry in Sanaa': where words were said or a body sits."""
    while k >= 2 and toks[k - 1].low == "," and toks[k - 2].low in ("capital", "city"):
        k -= 2  # "in Oman's capital, Muscat": the preposition before the appositive's head
        while k >= 1 and (toks[k - 1].low == "'s" or toks[k - 1].text[:1].isupper()):
            k -= 1
    if k == 0 or toks[k - 1].low not in ("in", "at"):
        return False
    if k >= 2 and toks[k - 2].low in _SEAT_BODIES:
        return not _attacked(toks, k - 2)
    if _VENUE_WORDS.isdisjoint(t.low for t in toks[max(0, k - 6):k - 1]) and \
            _VENUE_AFTER.isdisjoint(t.low for t in toks[k + 1:k + 6]):  # "gathered in The Hague for a summit"
        return False
    # "struck a meeting of Ukrainian commanders in Sumy": the meeting was the target
    return ATTACK_VERBS.isdisjoint(t.low for t in toks[max(0, k - 10):k - 1])


def _attacked(toks: list[Token], x: int) -> bool:
    """'a suicide attack on the Frontier Corps headquarters in Peshawar': the body's seat was the target (an
    attack word before it in its clause, eight words at most)."""
    for y in range(x - 1, max(-1, x - 9), -1):
        low = toks[y].low
        if low in (",", ";", ":", "."):
            return False
        if low in ATTACK_VERBS:
            return True
    return False


def _in_control_clause(toks: list[Token], k: int) -> bool:
    """'The Houthis, who control much of northern Yemen including the capital Sanaa, claimed ...'."""
    for x in range(k - 1, max(-1, k - 12), -1):
        low = toks[x].low
        if low in (",", ";", "."):
            return False
        if low in _CONTROL_VERBS and x > 1 and toks[x - 1].low in ("who", "which", "that") and \
                toks[x - 2].low == ",":
            return True
    return False


_OFFSHORE = frozenset({"miles", "nautical", "km", "kilometres", "kilometers", "nm"})


def _offshore(toks: list[Token], k: int) -> bool:
    """'50 nautical miles southwest of the port of Hodeidah': at sea, not in the place (not 'a mountainous area
    about 60 km southeast of Bosaso', on land)."""
    window = [t.low for t in toks[max(0, k - 13):k]]  # (also "65 nautical miles (120 km) southeast of Yemen's
    # port city of Aden")
    return not _OFFSHORE.isdisjoint(window) and _ON_LAND.isdisjoint(window)


def _distance_from(toks: list[Token], k: int, several: bool) -> bool:
    """'In Ryazan, about 200 km (124 miles) southeast of Moscow': the place a distance is measured from, when
    another region is named or the distance is 100 km or more (not 'an area about 60 km southeast of Bosaso',
    the only place given and near it)."""
    window = [t.low for t in toks[max(0, k - 10):k]]  # ("115 kilometers (70 miles) northwest of")
    if len(window) < 2 or window[-1] != "of" or window[-2] not in _COMPASS or _OFFSHORE.isdisjoint(window):
        return False
    far = any(w.replace(",", "").isdigit() and int(w.replace(",", "")) >= 100 for w in window)
    return far or several


_ON_LAND = frozenset({"area", "mountainous", "mountains", "village", "villages", "town", "district", "inland"})
_SEA_HINTS = frozenset(CUES["maritime"]) | {"nautical", "nm", "off", "coast", "coastal", "offshore", "sea", "waters"}


def _near_attack(toks: list[Token], k: int) -> bool:
    for x in range(max(0, k - 10), min(len(toks), k + 11)):
        low = toks[x].low
        if low in ATTACK_VERBS or low in WEAPON_WORDS or low in ("killed", "injured", "wounded", "dead"):
            return True
    return False


_TERRITORY_OR_AIR = _TERRITORY | {"air"}


def _demonym_targets(toks: list[Token], out: SentencePlaces) -> None:
    """'over Russian regions', 'on Ukrainian territory' name a country as the target; so does the defender in
    'Russian air defence systems intercepted ...'."""
    lows = lows_of(toks)
    for after in positions(lows, _TERRITORY_OR_AIR):
        k = after - 1  # the demonym is the word before "air" or the territory word
        if not 0 <= k < len(toks) - 2:
            continue
        defence = toks[k + 1].low == "air" and toks[k + 2].low.startswith("defen")
        if (defence or toks[k + 1].low in _TERRITORY and k > 0 and toks[k - 1].low in _TARGET_PREPS) and \
                toks[k].text[:1].isupper():
            code = country_of_demonym(toks[k].text)
            if code:
                out.demonyms.append((k, code))


def adjacent(toks: list[Token], sp: SentencePlaces, first: int, last: int) -> Loc | None:
    """The single region a count sits next to: after its noun phrase ('17 drones ... over the Belgorod
    Region') or just before it in the same clause ('in Rivne region two people were wounded')."""
    for k, loc in sp.regions:
        if last <= k <= last + 8 or last <= k <= last + 14 and _how_harmed(toks, last, k):
            gap = [t.low for t in toks[last:k]]
            if not gap or not any(w in _ADJ_PREPS for w in gap[:3]) and not _how_harmed(toks, last, k) or \
                    any(w in (",", ";", ":", "and") or w[0].isdigit() for w in gap):
                continue
            if _listed(toks, sp, k):
                return None
            return loc
    territory = [(k, code) for k, code in sp.demonyms if k + 1 < len(toks) and toks[k + 1].low in _TERRITORY]
    for k, code in sp.countries + territory:  # "killed three people in Lebanon on Tuesday", "57 destroyed over
        # Russian territory" (not "in Ukraine's Kharkiv region")
        if last < k <= last + 3 and toks[k - 1].low in ("in", "across", "throughout", "over") and \
                all(t.low not in (",", ";", ":") for t in toks[last:k]) and \
                (k + 1 >= len(toks) or toks[k + 1].low not in ("'s", "’s")):
            return Loc(code)
    for k, loc in sp.regions:
        end = sp.region_ends.get(k, k + 1)
        if end == first - 1 and toks[end].low == "(":
            return loc  # "over the Belgorod (12), Kursk (10) regions"
        w = end + 1 if end + 1 < len(toks) and toks[end].low != "with" else end  # "Eilat port with ..."
        if w < first <= w + 7 and toks[w].low == "with" and \
                all(t.text[:1].isalnum() or t.low == "," for t in toks[end:first]) and not _listed(toks, sp, k) and \
                not any(k - 3 <= sp.region_ends.get(k2, k2 + 1) <= k and k2 != k for k2, _ in sp.regions):
            return loc  # "targeted Israel's Eilat port with two drones and a cruise missile"
        if end + 1 < first <= end + 16 and toks[end].low == "," and toks[end + 1].low == "where" and \
                all(t.low not in (";", ":") for t in toks[end:first]) and \
                not any(end < k2 < first for k2, _ in sp.regions):
            return loc  # "... and in Oddar Meanchey province, where a man was killed and five were wounded"
        if first - 2 <= end <= first and k > 0 and toks[k - 1].low in ("in", "at", "near") and \
                all(t.low not in (",", ";") for t in toks[end:first]) and not _listed(toks, sp, k):
            return loc
    return None


def _how_harmed(toks: list[Token], last: int, k: int) -> bool:
    """The place closes a phrase that tells how the count's people were harmed: a 'when' clause, or 'in an
    Israeli air strike on a house in Jabalia'."""
    return _when_clause(toks, last, k) or toks[last].low == "in" and last + 1 < k and \
        toks[last + 1].low in ("a", "an", "the") and toks[k - 1].low in ("in", "at", "on") and \
        any(t.low in ATTACK_NOUNS or t.low in ("airstrike", "airstrikes", "shelling") for t in toks[last + 2:k - 1])


def _when_clause(toks: list[Token], last: int, k: int) -> bool:
    """'nine people killed when a tent sheltering displaced families was hit in al-Mawasi': the place of the
    clause that tells how the count's people were harmed (a 'when' among the first words after the count,
    the place after an 'in' or 'at')."""
    return any(toks[x].low == "when" for x in range(last, min(last + 3, k))) and toks[k - 1].low in ("in", "at", "on")


def _listed(toks: list[Token], sp: SentencePlaces, k: int) -> bool:
    """True if the region at token k is followed by another one in a list ('Kharkiv, Sumy and Odesa')."""
    for k2, _ in sp.regions:
        if k < k2 <= k + 8 and any(toks[x].low in (",", "and") for x in range(k + 1, k2)):
            gap = [t.low for t in toks[k + 1:k2]]
            if "(" in gap:  # "Belgorod (12), Kursk (10)": drop the bracketed figures
                gap = [w for w in gap if w not in ("(", ")") and not w[0].isdigit()]
            if not any(w[0].isdigit() or w in _ADJ_PREPS for w in gap):
                return True
    return False
