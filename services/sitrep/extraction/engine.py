"""extract(article) -> events: sentences -> facts (facts.py) -> merged groups (merge.py) -> contract events."""

from __future__ import annotations

import datetime
import re

from ..contract import Article, AttackEvent, CasualtyEvent, Count, Evidence, make_event_id
from . import ceasefire, places
from .actors import find_claimant
from .article_places import (
    LINE_ENDS,
    pin_lede_to_next_sentence,
    place_by_title,
    place_placeless_totals,
    place_restated_tolls,
    place_spanning_names,
    place_toll_updates,
)
from .attacker import blame_the_attacker
from .clauses import clause_facts
from .construct import construct
from .datelines import dateline, headline_end, news_hub
from .filters import is_analysis, is_drill, is_fresh, is_retrospective, is_sports
from .furniture import drop_furniture
from .lexicon import CEASEFIRE_CORE, CONFLICT_WORDS, CUES, NONSTATE
from .locations import NOWHERE, Loc
from .merge import Group, inherit_sole_weapon, merge, resolve_actor, resolve_claimant
from .records import Context, Fact
from .text import Sentence, join_count_lists, sentences_containing, split_sentences, tokenize

# Cheap gate: only sentences with one of these stems (lower case) are analysed further. Substring tests
# are far faster than one case-insensitive alternation regex.
_TRIGGER = tuple(CUES["triggers"])  # data/cues.json
_BACKGROUND_HEADINGS = frozenset(CUES["background_headings"])  # "What preceded": earlier events follow


def extract(article: Article) -> list:
    text = article.text
    low_text = text.lower()
    sentences = join_count_lists(text, drop_furniture(text, low_text, split_sentences(text)))
    year = _year(article)
    ctx = Context(year)
    ctx.dateline_start, ctx.dateline_end, ctx.dateline_loc = dateline(text)
    ctx.dateline_hub = news_hub(ctx.dateline_loc)
    ctx.title_city = _title_city(article.title)
    analysis = is_analysis(article.title)  # its strikes and truces are history unless said to be fresh
    ctx.retrospective = analysis or is_retrospective(article.title, sentences[0].text if sentences else "")
    # A war in the headline or lede ("the RSF ... after an 18-month siege") makes a later bare toll ours
    ctx.conflict_seen = _names_a_conflict(article.title, " ".join(s.text for s in sentences[:2]))
    ctx.drill = is_drill(article.title)
    ctx.month = _month(article)
    ctx.day = _day(article)
    ctx.weekday = _weekday(year, ctx.month, ctx.day)
    if is_sports(low_text):
        return []
    if len(low_text) != len(text):  # a few characters lower-case to two ("İ"): keep offsets aligned
        low_text = "".join(c.lower()[0] for c in text)
    facts: list[Fact] = []
    tokens: dict[int, list] = {}
    hits = sentences_containing(low_text, sentences, _TRIGGER, spill_over=True)
    # a Title Case headline, and whatever stands before a dateline (a headline, a byline, a date), gives no facts:
    # the lede tells the same news with its places in full
    headline = max(headline_end(text), ctx.dateline_start)
    body = False  # past the byline, dateline and date lines that may open a page
    blames = "blame" in low_text or "accuse" in low_text  # else no sentence can name an attacker by blame
    for i, sent in enumerate(sentences):
        body = _subheading(sent, ctx, body)
        if i not in hits or sent.end <= headline:
            # an unread sentence of the same paragraph ("Some 60,000 residents remain displaced.") does not end
            # the background it goes on with
            ctx.prev_background = ctx.prev_background and sent.paragraph == ctx.prev_para
            ctx.prev_unread = sent
            if blames:
                _blame(sent, low_text, facts)
            continue
        toks = tokens[sent.start] = tokenize(sent)
        new = clause_facts(sent, toks, ctx)
        ctx.prev_unread = None
        if blames and not new:
            _blame(sent, low_text, facts, toks)
        if new and new[0].claimed_by is None:
            claimant = _nearby_claimant(sentences, i, ctx)
            for f in new:
                f.claimed_by = f.claimed_by or claimant
        elif new:
            ctx.last_claimant, ctx.claim_para = new[0].claimed_by, sent.paragraph
        facts.extend(new)
    place_by_title(facts, _title_region(article.title))
    place_placeless_totals(facts, article.title, text)
    pin_lede_to_next_sentence(facts)
    place_restated_tolls(facts)
    place_spanning_names(facts)
    place_toll_updates(facts)
    groups = merge(facts)
    inherit_sole_weapon(groups)
    events: list = [_event(article, g, groups) for g in groups if _worth(g)]
    if not ctx.retrospective or analysis:  # ("A year after the guns fell silent on the LoC": its truce is history)
        events.extend(ceasefire.extract(article, sentences, tokens, low_text, fresh_only=analysis))
    return events


_TITLE_NEWS = re.compile(r"\b(?:kill|wound|injur|attack|strike|struck|shell|drone|missile|dead|hit)", re.IGNORECASE)
_TITLE_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_REGION_NOUN = re.compile(r"\b(?:region|oblast|province|state|governorate|district|krai|republic)\b", re.IGNORECASE)


def _blame(sent: Sentence, low_text: str, facts: list[Fact], toks: list | None = None) -> None:
    """A sentence with no facts of its own may blame the attacker of the report before it ("They blamed the
    Ethiopian National Defense Force"). `toks`: the sentence's tokens, if read already."""
    low = low_text[sent.start:sent.end]
    if facts and ("blame" in low or "accuse" in low):
        blame_the_attacker(sent, facts, toks)


def _subheading(sent, ctx: Context, body: bool) -> bool:
    """A short line with no full stop is a subheading: "What preceded" opens a section of earlier events, a
    place's name ("Ternopil") the section of that place (not in the lines that open a page: a byline, a
    dateline, a date). Returns whether the body has begun."""
    if len(sent.text) < 40 and sent.text.rstrip()[-1:] not in LINE_ENDS:
        ctx.background_section = sent.text.strip(" :").lower() in _BACKGROUND_HEADINGS
        if body:
            _section_place(sent, ctx)
    elif len(sent.text) < 30 and sent.text.rstrip().endswith(".") and " " not in sent.text.strip(" .") or \
            sent.text.rstrip().endswith((" region.", " district.", " oblast.", " Oblast.")) and len(sent.text) < 40:
        _section_place(sent, ctx, strip=" .")  # a post's place line: "Kharkiv.", "Grayvoron district."
    return body or len(sent.text) >= 40


def _section_place(sent, ctx: Context, strip: str = " :") -> None:
    """A subheading that is a place's name ("Ternopil", "Kharkiv region") sets the place of the section
    after it, as if a strike there had just been told."""
    text = sent.text.strip(strip)
    found = places.find_places(text)
    if len(found) == 1 and found[0].place.region and found[0].end - found[0].start >= len(text) - 7:  # "... region"
        p = found[0].place
        ctx.last_loc, ctx.last_para = Loc(p.country, p.region, p.region_name, p.place), sent.paragraph


def _title_city(title: str | None) -> Loc:
    """The one city (with a region) a title names, else nowhere."""
    found = {m.place.region: m.place for m in places.find_places(title or "") if m.place.kind == "city" and
             m.place.region}
    if len(found) != 1:
        return NOWHERE
    (p,) = found.values()
    return Loc(p.country, p.region, p.region_name, p.place)


def _title_region(title: str | None) -> Loc | None:
    """The one first-level region a title reporting an attack or a toll names ("Gladkov: one man killed, two
    women wounded in Belgorod region"), else None (also for a title dated by a year: "over 2022 killing")."""
    if not title or not _TITLE_NEWS.search(title) or _TITLE_YEAR.search(title):
        return None
    found = {m.place.region: m.place for m in places.find_places(title) if m.place.region and
             _REGION_NOUN.search(m.text)}  # named as a region ("Belgorod region"), not "Gaza" for the Strip
    if len(found) != 1:
        return None
    (p,) = found.values()
    return Loc(p.country, p.region, p.region_name, p.place)


def _weekday(year: int | None, month: int | None, day: int | None) -> int | None:
    try:
        return datetime.date(year, month, day).weekday() if year and month and day else None
    except ValueError:
        return None


def _month(article: Article) -> int | None:
    return _date_field(article, 5, 7)


def _day(article: Article) -> int | None:
    return _date_field(article, 8, 10)


def _date_field(article: Article, start: int, end: int) -> int | None:
    """Characters start:end of an ISO published_at ("2025-06-10T...") as a number, else None."""
    value = article.published_at
    if isinstance(value, str) and len(value) >= end and value[start:end].isdigit():
        return int(value[start:end])
    return None


def _year(article: Article) -> int | None:
    value = article.published_at
    if value is None:
        return None
    if isinstance(value, str):  # tolerate unvalidated input
        return int(value[:4]) if value[:4].isdigit() else None
    return value.year


def _nearby_claimant(sentences: list[Sentence], i: int, ctx: Context) -> str | None:
    """Attribution in the next sentence of the paragraph, else the paragraph's last claimant, or the last one
    named when the sentence says only "he said" (the speaker named before, in an earlier paragraph)."""
    sent = sentences[i]
    if i + 1 < len(sentences) and sentences[i + 1].paragraph == sent.paragraph:
        name, _, _ = find_claimant(sentences[i + 1].text)
        if name:
            return name
    if ctx.claim_para == sent.paragraph:
        return ctx.last_claimant
    if ctx.claim_para >= sent.paragraph - 3 and ctx.last_claimant and _is_person(ctx.last_claimant) and \
            _PRONOUN_SAID.search(sent.text):
        return ctx.last_claimant
    return None


def _is_person(claimant: str) -> bool:
    """'governor Ivan Fedorov', 'Vadym Filashkin, head of ...'; not 'Russia's Defence Ministry'."""
    name = claimant.split(",")[0].strip()
    return bool(_PERSON.search(name)) and name.rsplit(None, 1)[-1].lower() not in _BODY_WORDS


_PRONOUN_SAID = re.compile(r"\b(?:he|she)\s+(?:said|says|added|wrote|told|reported|stated)\b", re.IGNORECASE)
_PERSON = re.compile(r"\b[A-Z][\w'’-]+\s+[A-Z][\w'’-]+$")
_BODY_WORDS = frozenset(CUES["claimant_body_words"])  # data/cues.json: "ministry", "forces", "relations", ...


def _names_a_conflict(title: str | None, lede: str) -> bool:
    """A war word, a truce or an armed group in the title or the first two sentences (a byline may be the
    first): "Hamas responds to Witkoff ceasefire plan; 31 killed near Rafah aid site"."""
    words = set(re.findall(r"[a-z]+", ((title or "") + " " + lede).lower()))
    return not (CONFLICT_WORDS.isdisjoint(words) and CEASEFIRE_CORE.isdisjoint(words) and NONSTATE.isdisjoint(words))


def _worth(g: Group) -> bool:
    """Placeless events are kept only with a figure, or for a ship attacked at sea; a country-wide attack with
    no figure only if one of its sentences reports it, not a trend or a habit ("Russian forces intensified
    long-range attacks", "daily striking civilian infrastructure across the country")."""
    if g.key == "-":
        return bool(g.counts) or (g.kind == "attack" and any(f.maritime for f in g.facts))
    if g.kind == "attack" and not g.counts and g.loc.region is None:
        return not all(_generic(f.sentence.text.lower()) for f in g.facts)
    return True


_GENERIC = frozenset(CUES["generic_attack_words"])  # data/cues.json


def _generic(low: str) -> bool:
    return not _GENERIC.isdisjoint(re.findall(r"[a-z]+", low)) and not is_fresh(low)


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
        # no region, no region name ("Darfur" has no ISO code): aggregates per key must not depend on event order
        region=loc.region, region_name=loc.region_name if loc.region else None, place=loc.place, actor=actor,
        actor_name=actor_name,
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
