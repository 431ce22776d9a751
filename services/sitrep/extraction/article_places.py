"""Places fixed with the whole article in view, after every sentence has been read: a lede placed only at a
country takes the region the next sentence names; a placeless weapon total takes the article's country."""

from __future__ import annotations

import re

from .lexicon import CUES
from .locations import Loc
from .places import find_places
from .records import Fact
from .text import load_json

_REFERS_BACK = frozenset(CUES["refer_back_nouns"])  # data/cues.json
_SENTENCE_ENDS = frozenset('.!?"”’)')


def pin_lede_to_next_sentence(facts: list[Fact]) -> None:
    """'U.S. airstrikes on a fuel port in Yemen killed at least 38 ...' then 'The strikes hit the Ras Isa port
    in the province of Hodeida': a lede's toll and uncounted attack placed only at a country are at the one
    region the next reported sentence gives for 'the strikes'. So is a lede placed only by a direction ('a strike
    in southern Lebanon', then 'The strike hit a car near Bint Jbeil'). Weapon totals and nationwide tolls stay
    put."""
    for i, f in enumerate(facts):
        if f.loc.region and not f.vague or not f.loc.country or f.broad or f.inherited or \
                (f.kind == "attack" and f.counts):
            continue
        after = _next_sentences(facts[i + 1:], f)
        if not after or after[0].sentence.paragraph > f.sentence.paragraph + 1:
            continue
        nxt = [g for g in after if g.sentence is after[0].sentence]
        words = nxt[0].sentence.text.lower().split(maxsplit=2)
        regions = {g.loc.key for g in nxt}
        refers = len(words) > 1 and words[0] == "the" and words[1] in _REFERS_BACK
        area = not f.vague and _AREA_OF_COUNTRY.search(f.sentence.text)  # a vague lede needs "The strike ..."
        if (refers or area) and len(regions) == 1 and \
                nxt[0].loc.region and nxt[0].loc.country == f.loc.country and not nxt[0].vague:
            f.loc = nxt[0].loc  # "... a church in northeastern Congo" then "... stormed the church in Ituri"


def _next_sentences(later: list[Fact], f: Fact) -> list[Fact]:
    """The facts after f's sentence: past the rest of its sentence when f is a clause split off it ("... in
    northern Colombia killed 13, and a truck bomb exploded in Cali": the next clause is another report)."""
    end, in_sentence = f.sentence.end, f.sentence.text[-1:] not in _SENTENCE_ENDS
    out = []
    for g in later:
        if g.sentence.start < f.sentence.end:
            continue
        if in_sentence and g.sentence.start <= end + 2:  # the next clause of the same sentence
            end = max(end, g.sentence.end)
            in_sentence = g.sentence.text[-1:] not in _SENTENCE_ENDS
            continue
        out.append(g)
    return out


# "in northeastern Democratic Republic of Congo", "in southern Lebanon": a part of the country, named next
_AREA_OF_COUNTRY = re.compile(r"\b(?:central|(?:north|south)(?:-?(?:east|west))?(?:ern)?|(?:east|west)(?:ern)?)\s+"
                              r"(?:the\s+)?[A-Z]")  # also "northwest Pakistan", "north-eastern Nigeria"


def place_placeless_totals(facts: list[Fact], title: str | None, text: str) -> None:
    """'The enemy attacked with 112 drones' names no country: give such a weapon total the country every
    located report of the article is in (an air force summary speaks of its own country), or, with no located
    report, the one country its title and header line name ("Air Force of the Armed Forces of Ukraine")."""
    totals = [f for f in facts if f.kind == "attack" and f.loc.key == "-" and not f.maritime and
              ("launched" in f.counts or "intercepted" in f.counts)]
    if not totals:
        return
    countries = {f.loc.country for f in facts if f.loc.country}
    if not countries:
        opening = f"{title or ''}\n{_header_line(text)}"
        countries = {m.place.country for m in find_places(opening) if m.place.kind == "country"}
    if len(countries) != 1:
        return
    (country,) = countries
    for f in totals:
        f.loc = Loc(country)


LINE_ENDS = frozenset('.!?"”')  # the marks that end a sentence, not a heading or a header line


def _header_line(text: str) -> str:
    """The text's first line when it is a short header before the body (a byline, a channel's name), else ''."""
    end = text.find("\n")
    first = text[:end]
    return first if end >= 0 and len(first) <= 100 and first.rstrip()[-1:] not in LINE_ENDS else ""


def place_restated_tolls(facts: list[Fact]) -> None:
    """'... an attack in the Tillaberi region killed 34 soldiers' then 'In Niger, the defence ministry said
    that 34 soldiers were killed and 14 wounded': a toll placed only at a country that restates the figure of
    the one region of that country with that figure is that region's toll, not a national one. So is one
    smaller than every figure of the country's only region with a toll ('killing a Kataib Hezbollah
    commander' in Iraq after three killed in Baghdad): no national toll is smaller than a part of it."""
    for f in facts:
        if f.kind != "casualty" or f.loc.region or not f.loc.country or f.broad or "killed" not in f.counts:
            continue
        killed = f.counts["killed"].value
        regional = [g for g in facts if g.kind == "casualty" and g.loc.region and g.loc.country == f.loc.country
                    and "killed" in g.counts]
        same = {g.loc.key: g.loc for g in regional if g.counts["killed"].value == killed}
        if not same and all(g.counts["killed"].value > killed for g in regional):
            same = {g.loc.key: g.loc for g in regional}
        if len(same) == 1:
            f.loc = next(iter(same.values()))


def place_toll_updates(facts: list[Fact]) -> None:
    """'Update, 9:40 a.m.: The death toll has risen to 11, Tkachenko said': an updated toll whose place came
    only from the sentences before it (here a nationwide weapon total) raises the toll of the article's
    located casualty report it grows from: the one of that country with the largest figure not above it
    (unless the country has a toll of its own before, which it then updates)."""
    for i, f in enumerate(facts):
        if f.kind != "casualty" or not f.inherited or f.loc.region or f.broad:
            continue
        updates = [r for r in f.counts.values() if r.update]
        if not updates:
            continue
        role = updates[0]
        if any(g.kind == "casualty" and g.loc == f.loc and not g.inherited for g in facts[:i]):
            continue  # "the death toll across the territory had climbed to 31": the national toll given before
        earlier = [g for g in facts[:i] if g.kind == "casualty" and g.loc.region and not g.inherited and
                   g.loc.country == (f.loc.country or g.loc.country) and role.role in g.counts and
                   g.counts[role.role].value <= role.value]
        if earlier:
            f.loc = max(earlier, key=lambda g: g.counts[role.role].value).loc


def place_by_title(facts: list[Fact], title_loc: Loc | None) -> None:
    """A governor's daily summary ("Gladkov: one man killed, two women wounded in Belgorod region") names its
    region in the title and then only villages the gazetteer lacks: a fact with no place at all, not at sea,
    is in the one region the title names."""
    if title_loc is None:
        return
    for f in facts:
        if f.loc.key == "-" and not f.maritime or f.loc.key == title_loc.country and not f.broad and \
                (_THE_REGION.search(f.sentence.text) or _placeless_report(f)):
            f.loc, f.inherited = title_loc, True


def _placeless_report(f: Fact) -> bool:
    """A toll or an uncounted strike placed at the country only by its attacker or claimant, in a sentence that
    names no place ("Killed: 1. Injured: 4.", "A drone struck a power line near Urazovo"); not a weapon total
    ("air defences destroyed 30 drones", which a defence ministry gives for the country)."""
    if f.kind == "attack" and ("launched" in f.counts or "intercepted" in f.counts):
        return False
    return not find_places(f.sentence.text)


_THE_REGION = re.compile(r"\bthe (?:region|oblast|province|governorate|krai)\b(?!'s? (?:governor|head|authorities))",
                         re.IGNORECASE)


_SPANNING = {k: v for k, v in load_json("places_spanning.json").items() if not k.startswith("_")}


def place_spanning_names(facts: list[Fact]) -> None:
    """'strikes in the Bekaa' in an article that reports Baalbek: the valley's name is read as the region the
    article reports in, not the governorate of the same name (data/places_spanning.json)."""
    if not _SPANNING:
        return
    regions = {f.loc.region for f in facts}
    for f in facts:
        wider = _SPANNING.get(f.loc.region or "")
        if wider and wider in regions and f.loc.place is None:
            other = next(g.loc for g in facts if g.loc.region == wider)
            f.loc = Loc(other.country, other.region, other.region_name)
