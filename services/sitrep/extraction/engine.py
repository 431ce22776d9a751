"""extract(article) -> events: sentences -> facts (facts.py) -> merged groups (merge.py) -> contract events."""

from __future__ import annotations

import re

from ..contract import Article, AttackEvent, CasualtyEvent, Count, Evidence, make_event_id
from . import ceasefire, places
from .actors import find_claimant
from .clauses import split_clauses
from .construct import construct
from .facts import sentence_facts
from .filters import is_retrospective, is_sports
from .lexicon import CUES
from .locations import NOWHERE, Loc
from .merge import Group, merge, resolve_actor, resolve_claimant
from .records import Context, Fact
from .text import Sentence, sentences_containing, split_sentences, tokenize

# Cheap gate: only sentences with one of these stems (lower case) are analysed further. Substring tests
# are far faster than one case-insensitive alternation regex.
_TRIGGER = tuple(CUES["triggers"])  # data/cues.json


def extract(article: Article) -> list:
    text = article.text
    sentences = split_sentences(text)
    year = _year(article)
    ctx = Context(year)
    ctx.dateline_start, ctx.dateline_end, ctx.dateline_loc = dateline(text)
    ctx.retrospective = is_retrospective(article.title, sentences[0].text if sentences else "")
    ctx.month = _month(article)
    ctx.day = _day(article)
    low_text = text.lower()
    if is_sports(low_text):
        return []
    if len(low_text) != len(text):  # a few characters lower-case to two ("İ"): keep offsets aligned
        low_text = "".join(c.lower()[0] for c in text)
    facts: list[Fact] = []
    tokens: dict[int, list] = {}
    hits = sentences_containing(low_text, sentences, _TRIGGER, spill_over=True)
    for i, sent in enumerate(sentences):
        if i not in hits:
            ctx.prev_background = False
            continue
        toks = tokens[sent.start] = tokenize(sent)
        new = _clause_facts(sent, toks, ctx)
        if new and new[0].claimed_by is None:
            claimant = _nearby_claimant(sentences, i, ctx)
            for f in new:
                f.claimed_by = f.claimed_by or claimant
        elif new:
            ctx.last_claimant, ctx.claim_para = new[0].claimed_by, sent.paragraph
        facts.extend(new)
    _place_placeless_totals(facts)
    _pin_lede_to_next_sentence(facts)
    groups = merge(facts)
    events: list = [_event(article, g, groups) for g in groups if _worth(g)]
    events.extend(ceasefire.extract(article, sentences, tokens, low_text))
    return events


_DATELINE = re.compile(r"\s*([A-Z][A-Z'.]+(?:(?:[ -]|\s?/\s?)[A-Z][A-Z'.]+)*)(?=,|:|\s*\(|\s+[—–-])")
_COLON = re.compile(r":\s")
_DATELINE_AGENCY = re.compile(
    r"\s*(?:[A-Z][a-z]+ \d{1,2}, \d{4} \(([A-Z][A-Z ]{1,30})\)"  # "November 16, 2025 (PORT SUDAN) -"
    r"|([A-Z][a-z]+(?: [A-Z][a-z]+)?)(?:, [A-Z][a-z]+)?,? (?:\([A-Za-z .]{2,20}\)|[A-Z]{2,8})"  # "Niamey (APA) -", "Damascus, SANA -"
    r"|The [A-Z][\w'-]+(?: [A-Z][\w'-]+)?)"  # "The Irrawaddy –": the outlet, named like a place but none
    r"\s*[-—–]\s")
_DATELINE_COLON = re.compile(r"\s*([A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)():\s")  # "Dubai: Oil prices rose ..." (Gulf
# News, Dawn); the empty group keeps group(2) defined as in _DATELINE_AGENCY
_BYLINE = re.compile(r"\s*(?:By|BY) [^\n]{2,80}\n+")
# A headline line (no full stop) before a byline or an upper-case dateline
_HEADLINE = re.compile(r"\s*[^\n]{10,150}(?<![.!?\"”])\n+(?=[A-Z]{3,}|By |BY )")
_DATELINE_END = re.compile(r"[—–]|\s-{1,2}\s|/[A-Z]+/\.?")


def dateline(text: str) -> tuple[int, int, Loc]:
    """Start and end offsets of a wire dateline ("KHARKIV, Ukraine (AP) —") and the place it names (the
    default location of a report that names no other place), else (-1, -1, NOWHERE)."""
    pos = 0
    for _ in range(2):  # a headline and/or a byline ("By HANNA ARHIROVA Associated Press") may come first
        lead = _BYLINE.match(text, pos) or _HEADLINE.match(text, pos)
        if lead:
            pos = lead.end()
    m = _DATELINE.match(text, pos)
    if not m:
        m = _DATELINE_AGENCY.match(text, pos) or _DATELINE_COLON.match(text, pos)  # "Niamey (APA) - ", "Dubai: "
        if not m or (m.re is _DATELINE_COLON and not places.find_places(m.group(1))):
            return -1, -1, NOWHERE
        end = m
    else:
        end = _COLON.match(text, m.end()) or _DATELINE_END.search(text, m.end(), m.end() + 90)
    if not end:
        return -1, -1, NOWHERE
    if not (m.group(1) or m.group(2)):
        return pos, end.end(), NOWHERE  # an outlet's name
    name = (m.group(1) or m.group(2)).split("/")[0].title()
    found = [p for p in places.find_places(name) if p.place.kind != "country"]
    loc = Loc(found[0].place.country, found[0].place.region, found[0].place.region_name,
              found[0].place.place) if found else NOWHERE
    return pos, end.end(), loc


def _clause_facts(sent: Sentence, toks: list, ctx: Context) -> list[Fact]:
    """The facts of each clause of the sentence; a clause with no source of its own takes the one a later
    clause names ("..., while ... injuring a woman, local officials said")."""
    parts = split_clauses(sent, toks)
    if len(parts) == 1:
        return sentence_facts(sent, ctx, toks)
    found = [sentence_facts(part, ctx, part_toks) for part, part_toks in parts]
    for before, new in zip(found, found[1:], strict=False):
        _share_subject(before, new)
    later = None
    for new in reversed(found):
        named = next((f.claimed_by for f in new if f.claimed_by), None)
        later = named or later
        for f in new:
            f.claimed_by = f.claimed_by or later
    return [f for new in found for f in new]


def _share_subject(before: list[Fact], new: list[Fact]) -> None:
    """"Israeli warplanes struck Damascus, and hit government forces in Sweida": a clause with no attacker
    or weapon of its own has the previous clause's."""
    donor = next((f for f in before if f.actor or f.actor_name), None)
    weapon = next((f.sentence_weapon for f in before if f.sentence_weapon), None)
    for f in new:
        if donor and not (f.actor or f.actor_name):
            f.actor, f.actor_name = donor.actor, donor.actor_name
        if weapon and f.sentence_weapon is None:
            f.sentence_weapon = weapon
            if f.kind == "attack" and f.weapon is None:
                f.weapon = weapon


_REFERS_BACK = frozenset(CUES["refer_back_nouns"])  # data/cues.json


def _pin_lede_to_next_sentence(facts: list[Fact]) -> None:
    """'U.S. airstrikes on a fuel port in Yemen killed at least 38 ...' then 'The strikes hit the Ras Isa port
    in the province of Hodeida': a lede's toll and uncounted attack placed only at a country are at the one
    region the next reported sentence gives for 'the strikes'. Weapon totals and nationwide tolls stay put."""
    for i, f in enumerate(facts):
        if f.loc.region or not f.loc.country or f.broad or f.inherited or \
                (f.kind == "attack" and f.counts):
            continue
        after = [g for g in facts[i + 1:] if g.sentence.start >= f.sentence.end]
        if not after or after[0].sentence.paragraph > f.sentence.paragraph + 1:
            continue
        nxt = [g for g in after if g.sentence is after[0].sentence]
        words = nxt[0].sentence.text.lower().split(maxsplit=2)
        regions = {g.loc.key for g in nxt}
        refers = len(words) > 1 and words[0] == "the" and words[1] in _REFERS_BACK
        if (refers or _AREA_OF_COUNTRY.search(f.sentence.text)) and len(regions) == 1 and \
                nxt[0].loc.region and nxt[0].loc.country == f.loc.country:
            f.loc = nxt[0].loc  # "... a church in northeastern Congo" then "... stormed the church in Ituri"


# "in northeastern Democratic Republic of Congo", "in southern Lebanon": a part of the country, named next
_AREA_OF_COUNTRY = re.compile(r"\b(?:central|(?:north|south|east|west)(?:ern|-?eastern|-?western)?)\s+(?:the\s+)?[A-Z]")


def _place_placeless_totals(facts: list[Fact]) -> None:
    """'The enemy attacked with 112 drones' names no country: give such a weapon total the country every
    located report of the article is in (an air force summary speaks of its own country)."""
    countries = {f.loc.country for f in facts if f.loc.country}
    if len(countries) != 1:
        return
    (country,) = countries
    for f in facts:
        if f.kind == "attack" and f.loc.key == "-" and ("launched" in f.counts or "intercepted" in f.counts) \
                and not f.maritime:
            f.loc = Loc(country)


def _month(article: Article) -> int | None:
    value = article.published_at
    if isinstance(value, str) and len(value) >= 7 and value[5:7].isdigit():
        return int(value[5:7])
    return None


def _day(article: Article) -> int | None:
    value = article.published_at
    if isinstance(value, str) and len(value) >= 10 and value[8:10].isdigit():
        return int(value[8:10])
    return None


def _year(article: Article) -> int | None:
    value = article.published_at
    if value is None:
        return None
    if isinstance(value, str):  # tolerate unvalidated input
        return int(value[:4]) if value[:4].isdigit() else None
    return value.year


def _nearby_claimant(sentences: list[Sentence], i: int, ctx: Context) -> str | None:
    """Attribution in the next sentence of the paragraph, else the paragraph's last claimant."""
    sent = sentences[i]
    if i + 1 < len(sentences) and sentences[i + 1].paragraph == sent.paragraph:
        name, _, _ = find_claimant(sentences[i + 1].text)
        if name:
            return name
    if ctx.claim_para == sent.paragraph:
        return ctx.last_claimant
    return None


def _worth(g: Group) -> bool:
    """Placeless events are kept only with a figure, or for a ship attacked at sea."""
    return g.key != "-" or bool(g.counts) or (g.kind == "attack" and any(f.maritime for f in g.facts))


_COUNTS: dict[tuple[int, str], Count] = {}


def _count(g: Group, name: str) -> Count | None:
    """Counts are frozen models: one shared instance per (value, qualifier)."""
    role = g.counts.get(name)
    if role is None:
        return None
    key = (role.value, role.qualifier)
    c = _COUNTS.get(key)
    if c is None:
        c = construct(Count, {"value": role.value, "qualifier": role.qualifier})
        if len(_COUNTS) < 50_000:
            _COUNTS[key] = c
    return c


def _confidence(g: Group, claimant: str | None) -> float:
    """0.5 base; +0.2 with a named claimant; +0.15 with an explicit count; +0.1 located to a region;
    -0.15 when the place was inferred from neighbouring sentences."""
    c = 0.5 + (0.2 if claimant else 0) + (0.15 if g.counts else 0) + (0.1 if g.loc.region else 0)
    if all(f.inherited for f in g.facts):
        c -= 0.15
    return round(max(0.05, min(0.95, c)), 2)


def _event(article: Article, g: Group, groups: list[Group]):
    ev = g.evidence().sentence
    loc = g.loc
    actor, actor_name = resolve_actor(g, groups)
    claimant = resolve_claimant(g)
    # Built with construct (a fast model_construct): every value is made here to the contract's types (the
    # unit tests validate real output against the models and JSON Schemas), and re-validating each event
    # costs more than the rest.
    common = dict(
        event_id=make_event_id(article.id, g.kind, ev.start, ev.end, f"{loc.key}|{g.weapon or ''}"),
        article_id=article.id, published_at=article.published_at, country=loc.country,
        region=loc.region, region_name=loc.region_name, place=loc.place, actor=actor, actor_name=actor_name,
        claimed_by=claimant, evidence=construct(Evidence, {"text": ev.text, "start": ev.start, "end": ev.end}),
        confidence=_confidence(g, claimant), source=article.source,
    )
    if g.kind == "casualty":
        return construct(CasualtyEvent, dict(common, killed=_count(g, "killed"), injured=_count(g, "injured")))
    targets = sorted({t for f in g.facts for t in f.targets})
    if "outage" in g.counts and "energy" not in targets:
        targets = sorted(targets + ["energy"])
    return construct(AttackEvent, dict(common, weapon=g.weapon or "unspecified", launched=_count(g, "launched"),
                                       intercepted=_count(g, "intercepted"), targets=targets,
                                       outage_people=_count(g, "outage")))
