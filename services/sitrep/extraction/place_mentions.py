"""The places a sentence names that are places of its news: not the dateline, a newspaper ('The Kyiv
Independent') or part of a facility's name, and classified by their role in the sentence (locations.classify)."""

from __future__ import annotations

import re

from . import places
from .lexicon import CUES, DISTRICT_NAME_ENDINGS
from .locations import Loc, SentencePlaces, classify
from .records import Context
from .text import Sentence, Token, load_json

_RESPONSE = re.compile(r"\bin (?:response|retaliation) to\b|\bin retaliation for\b|\bused to\b|\bin order to\b|"
                       r"\bdesigned to\b|\bin (?:support|solidarity) (?:of|with)\b")  # "in support of our people in
# Palestine and Lebanon": what the attack is for, not where
_RESPONSE_WORDS = frozenset({"response", "retaliation", "used", "order", "designed", "support", "solidarity"})
_DATELINE_AFTER = re.compile(r"(?:,\s[\w .]{2,30})?\s*(?:\([\w ]{2,20}\)\s*)?[—–-]\s")  # ", Ukraine (AP) — "


def sentence_places(sent: Sentence, toks: list[Token], words: set[str], ctx: Context, actor_tok: int,
                    claim: tuple[int, int]) -> SentencePlaces:
    """`claim`: the claimant's span in the text, or (-1, -1)."""
    home = ctx.last_loc.country or ctx.dateline_loc.country  # the country the article is about so far
    mentions = []
    # "KHARKIV – ...": its districts too; with no dateline, the city of the title ("life under drones in Kherson")
    last = ctx.last_loc if ctx.last_loc.place else ctx.dateline_loc if ctx.dateline_loc.place else ctx.title_city
    found = places.find_places(sent.text)
    if _BORDER_NAME.search(sent.text):  # with no country yet, the one of the sentence's other regions
        side = home or next((m.place.country for m in found if m.place.region), None)  # "in Punjab and AJK"
        if side:
            found = _with_border_names(sent.text, found, side)
    for m in found:
        if m.start == 0 and m.text.isupper() and _DATELINE_AFTER.match(sent.text, m.end):
            continue  # "BEIRUT — Israeli strikes killed ...": a dateline further down a scraped page
        if _outlet(sent.text, m) or (m.place.country != home and _in_facility_name(sent.text, m)) or \
                m.place.kind == "country" and _NAMED_FACILITY.match(sent.text, m.end):
            continue  # (also "a nurse at the Saudi Hospital", "the Indonesian Hospital": a facility, not a country)
        if not any(o is not m and o.place.region == m.place.region for o in found):  # (not "In the Chernihiv
            m = _part_of_last_city(sent.text, m, last)  # region, ... in the Novhorod-Siverskyi district": its own)
        mentions.append(m)
        if m.place.kind == "city" and m.place.region:  # "In the city of Kherson, ... in the Dniprovskyi district"
            last = Loc(m.place.country, m.place.region, m.place.region_name, m.place.place)
    dateline = (ctx.dateline_start, ctx.dateline_end)
    shifted = [places.PlaceMention(m.start + sent.start, m.end + sent.start, m.text, m.place) for m in mentions
               if not dateline[0] <= m.start + sent.start < dateline[1]]  # the dateline is where it was filed
    cut = _RESPONSE.search(sent.text) if not words.isdisjoint(_RESPONSE_WORDS) else None
    sp = classify(toks, words, shifted, actor_tok, claim, cut.start() + sent.start if cut else -1)
    if claim[0] >= 0:
        _claimant_home(sent.text[claim[0] - sent.start:claim[1] - sent.start], sp, ctx)
    return sp


def _claimant_home(claimant: str, sp: SentencePlaces, ctx: Context) -> None:
    """Remember the country of a claimant named with it ("the Ukrainian Air Force said"); give it to a later
    bare one ("the air force said 68 drones were shot down ... of the country")."""
    words = [w for w in claimant.lower().replace("'s", " ").replace("’s", " ").split() if w != "the"]
    if not words:
        return
    key = " ".join(words[-2:])
    if sp.claimant_countries:
        known = ctx.claimant_homes.get(key, sp.claimant_countries[0])
        ctx.claimant_homes[key] = known if known == sp.claimant_countries[0] else None
    elif ctx.claimant_homes.get(key):
        sp.claimant_countries.append(ctx.claimant_homes[key])


_BORDER_NAMES = {k: v for k, v in load_json("places_border_names.json").items() if not k.startswith("_")}
_BORDER_NAME = re.compile(r"\b(?:" + "|".join(_BORDER_NAMES) + r")\b")


def _with_border_names(text: str, found: list, home: str) -> list:
    """'struck six locations in Punjab and Azad Jammu and Kashmir' in a story about Pakistan: Pakistan's
    Punjab (data/places_border_names.json)."""
    extra = []
    for m in _BORDER_NAME.finditer(text):
        code = _BORDER_NAMES[m.group()].get(home)
        if code and not any(f.start <= m.start() < f.end for f in found):
            place = places.Place(home, code, places.region_name(code), None, "region")
            extra.append(places.PlaceMention(m.start(), m.end(), m.group(), place))
    return sorted(found + extra, key=lambda f: f.start) if extra else found


_OUTLET = re.compile(r"\s*(?:Independent|Post|Times|Insider|Herald|Daily|News|Pravda|Telegraph|Observer|Online)\b")
_TOLD_THE = re.compile(r"\b(?:told|to|by|in|from|with) The $")


def _outlet(text: str, m) -> bool:
    """'the Kyiv Independent', 'The Moscow Times', 'told The Irrawaddy': a newspaper, not a place."""
    return bool(_OUTLET.match(text, m.end)) or bool(_TOLD_THE.search(text, max(0, m.start - 10), m.start))


_NAME_WORD = re.compile(r"\s+([A-Z][\w'’-]*)")
_NAMED_FACILITY = re.compile(r"\s+(?:Field\s+)?(?:Hospital|Embassy|Consulate|Red Crescent)\b")
_FACILITY_NOUNS = frozenset(CUES["facility_nouns"])  # data/cues.json
_FACILITY_GENERIC = frozenset(CUES["facility_generic"])


def _in_facility_name(text: str, m) -> bool:
    """'the Aden Adde International Airport' (in Mogadishu): a place name inside another proper name of a
    facility (the next word is a name that is neither generic nor a place, and a facility noun follows
    within three). Only asked of a place abroad: the Kharkiv Tractor Plant is in Kharkiv."""
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


_DISTRICT_AFTER = re.compile(r"\s+districts?\b")
def _part_of_last_city(text: str, m, last: Loc):
    """'the city's Dniprovskyi district' after a strike on Kherson: the district of that city (several
    cities have a district of that name, and the gazetteer knows only one)."""
    if not last.region or not last.place:
        return m
    if m.place.kind != "city":  # "the city's Primorsky district" (Primorsky is also a krai): the city's district
        if not (_CITY_POSSESSIVE.search(text, max(0, m.start - 12), m.start) and
                (_DISTRICT_AFTER.match(text, m.end) or m.text.lower().endswith(" district"))):
            return m
    elsewhere = m.place.region != last.region and m.place.country == last.country and \
        m.text.lower().endswith(DISTRICT_NAME_ENDINGS) and _DISTRICT_AFTER.match(text, m.end) is not None
    # "The enemy hit the Shevchenkivskyi district" in a Zaporizhzhia story: the adjectival names of city districts
    # recur from city to city
    if not elsewhere and not _CITY_POSSESSIVE.search(text, max(0, m.start - 12), m.start):
        return m
    return places.PlaceMention(m.start, m.end, m.text,  # the city's place: its district is no other incident
                               places.Place(last.country, last.region, last.region_name, last.place, "city"))

