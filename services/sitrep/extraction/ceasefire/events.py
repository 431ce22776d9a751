"""Ceasefire proposal events of an article: the gate, the trigger sentences, the reading of the sentences
that answer them, the headline, and one event per proposal."""

from __future__ import annotations

import re
from datetime import date

from ...contract import Article, CeasefireProposalEvent, Evidence, make_event_id
from ..actors import find_claimant
from ..construct import construct
from ..filters import is_fresh
from ..lexicon import CEASEFIRE_CORE, CUES, country_of_demonym
from ..text import Sentence, Token, sentences_containing, tokenize
from .duration import _mention_duration
from .entities import entities
from .gate import _GATE_WORDS, _in_force, _triggers, violation_reported
from .mentions import _mentions
from .parties import _parties
from .proposal import Proposal
from .proposer import _PROPOSAL_NOUNS, _proposer
from .reading import Reading, _counter_offer, _read, _reading_order
from .scope import _mention_scope, _pick_scope, _scope_in
from .stances import _add_cue, _stance_windows, _stances


def _read_title(title: str, p: Proposal) -> None:
    """The headline ("Kyiv rejects Putin's Easter truce", "Hamas accepts Egyptian-Qatari proposal"): a
    stance for a side the body gives none, and the proposer if the body names none."""
    toks = tokenize(Sentence(0, len(title), title, -1))
    ents = entities(toks)
    if p.proposer is None and any(t.low in _PROPOSAL_NOUNS or t.low in CEASEFIRE_CORE for t in toks):
        found = _mentions(toks)
        if found:
            p.proposer = _proposer(toks, ents, found[0], strict=True)
    for e, hits in _stance_windows(toks, ents):
        for _, stance, rank in hits:
            _add_cue(p, e, stance, rank - 10)
            p.holders.append(e)


def _dates(published_at: str | None) -> tuple[int | None, int | None, int | None]:
    """(year, month, weekday) of the article, each None where its date does not give it."""
    year = month = weekday = None
    if published_at and len(published_at) >= 10:
        try:
            weekday = date.fromisoformat(published_at[:10]).weekday()
        except ValueError:
            weekday = None
    if published_at and published_at[:4].isdigit():
        year = int(published_at[:4])
        if published_at[5:7].isdigit():
            month = int(published_at[5:7])
    return year, month, weekday


def _lowered(text: str) -> str:
    """The text lower-cased with offsets kept (a letter whose lower case is longer keeps its first)."""
    low_text = text.lower()
    if len(low_text) != len(text):
        low_text = "".join(c.lower()[0] for c in text)
    return low_text


def extract(article: Article, sentences: list[Sentence], tokens: dict[int, list[Token]] | None = None,
            low_text: str | None = None, fresh_only: bool = False) -> list[CeasefireProposalEvent]:
    """`tokens`: sentence start -> tokens already made by the caller (reused, not recomputed);
    `low_text`: the article text lower-cased with offsets kept, if the caller has it; `fresh_only`: an
    analysis, whose truces are history but for one its news peg dates to the day ("Erdogan on Monday called
    for an immediate ceasefire")."""
    tokens = {} if tokens is None else tokens
    year, month, weekday = _dates(article.published_at)
    if low_text is None:
        low_text = _lowered(article.text)
    if not any(w in low_text for w in _GATE_WORDS):
        return []
    # A ceasefire already in force ("violation of the ceasefire", "despite a ceasefire") is described, not proposed: then only an
    # explicit proposal ("a new plan", "proposed") counts.
    strict = violation_reported(article.text, low_text, sentences, year) or _in_force(low_text)
    gated = sentences_containing(low_text, sentences, _GATE_WORDS)
    day = int(article.published_at[8:10]) if article.published_at and article.published_at[8:10].isdigit() else None
    mentions, trigger_idx, stale = _triggers(sentences, gated, tokens, strict, year, month, weekday, day)
    if fresh_only:
        trigger_idx = {i for i in trigger_idx if is_fresh(low_text[sentences[i].start:sentences[i].end])}
    if not trigger_idx or trigger_idx <= stale:
        return []  # "the truce, which Trump announced on Saturday, appeared to hold" in a Monday article
    order, near_only = _reading_order(low_text, sentences, gated, trigger_idx)
    return _events(article, _read(sentences, tokens, mentions, trigger_idx, order, near_only, year))


def _events(article: Article, r: Reading) -> list[CeasefireProposalEvent]:
    """One event per proposal that a trigger sentence names."""
    proposals = r.proposals
    title_scope = None
    first = proposals[0] if proposals else None
    if article.title and first and len(proposals) == 1:
        _read_title(article.title, first)
    if article.title and any(w in article.title.lower() for w in _GATE_WORDS):
        title_scope = _pick_scope(_scope_in(article.title.lower().replace("'s", " 's").split()), set())
        if len(proposals) > 1 and first.scope is None:
            first.scope = _first_title_scope(article.title, first)
    events = []
    for p in proposals:
        if p.sent is None:
            continue
        if p.proposer is None and p is not first and first and first.proposer and first.proposer[0]:
            side = first.proposer[0] in (first.explicit_parties or _parties(r.all_ents, None))
            # the other side's counter-offer ("Putin declared an Easter truce; Kyiv said it was ready for a
            # 30-day ceasefire") is its own; else "agreed to a U.S. proposal for X, but not to a full Y"
            p.proposer = _counter_offer(r, p, first.proposer[0]) if side else None
            if p.proposer is None and not (side and any(c != first.proposer[0] for c, _ in p.cues)):
                p.proposer = first.proposer
        proposer = p.proposer[0] if p.proposer else None
        parties = p.explicit_parties
        if parties is None:
            parties = _named_parties(r, p, proposer)
        scope = p.scope or (title_scope if p is first and len(proposals) == 1 else None) or "general"
        event = _event(article, p, p is first, proposer, parties, scope)
        if event.actor is None and not event.stances and event.duration_days is None and \
                (p.proposer is None and not _DEAL_VERB.search(_DEADLINE.sub(" ", p.sent.text.lower())) or
                 not _TALKS.isdisjoint(p.sent.text.lower().split())):
            continue  # "... as truce talks stall", "forcing a partial halt to production", "pressure Israel to
            # halt its attacks": no one proposes, answers or dates a truce
        if event.actor is None and not event.stances and _URGED_TO_ACCEPT.search(p.sent.text.lower()):
            continue  # "European leaders pressed Moscow to accept a 30-day ceasefire": a standing one, urged
        events.append(event)
    return events


def _first_title_scope(title: str, first: Proposal) -> str | None:
    """'Putin declares 72-hour Victory Day ceasefire; Kyiv calls for 30-day truce': the headline's first
    truce, if its length (when given) is the first proposal's, gives that proposal its scope."""
    toks = tokenize(Sentence(0, len(title), title, -1))
    found = _mentions(toks)
    if not found:
        return None
    given, days = _mention_duration(toks, found[0])
    return _mention_scope(toks, found[0]) if not given or days == first.duration else None


_TALKS = frozenset(CUES["ceasefire"]["talks_words"])  # data/cues.json
# A verb that makes a truce the sentence's news even when its proposer is not read ("The truce, which Trump
# announced on Saturday, ..."); without one, a proposer or an answer, a mention is no proposal
_DEAL_VERB = re.compile(r"\b(?:announc|agree|declar|propos|offer|broker|sign|accept|reject|took effect|"
                        r"came into force|call(?:ed|s)? for|extend)\w*")


_URGED_TO_ACCEPT = re.compile(r"\b(?:press|urg|push|call)\w*(?: on)? [\w' ]{1,30}? to (?:accept|agree to|sign)\b")
# "would give Russia '10 or 12 days' to agree to a ceasefire": a deadline, whose "agree" is no deal made
_DEADLINE = re.compile(r"\b(?:days?|weeks?|deadline|ultimatum|time)\W+(?:\w+\W+){0,2}?to agree\b")


def _named_parties(r: Reading, p: Proposal, proposer: str | None) -> list[str]:
    """The parties of a proposal no phrase names ("between X and Y"): from the sides of its sentences and
    its stance holders, else from every side the article names."""
    ents_all = []
    for s in [p.sent] + p.sentences:
        ents_all += [e for e in r.ents_of[s.start] if not e.backer]
    ents_all += p.holders
    named = {e.code for e in r.all_ents} | set(r.named_codes)
    return _parties(ents_all, proposer, named) or _parties(r.all_ents, proposer, named)


def _claimant(p: Proposal) -> str | None:
    """Who the proposal is attributed to: the source its sentence names, else one its paragraph's next
    sentences on it name ("Putin declared a truce from May 8." then "..., the Kremlin said"), else the proposer
    named as the one who announced it ("Merz proposed a Christmas ceasefire"; not "an Israeli proposal")."""
    sent = p.sent
    later = [s for s in p.sentences if sent.start < s.start and s.paragraph == sent.paragraph]
    for s in [sent] + later[:2]:
        name = find_claimant(s.text)[0]
        if name:
            return name
    name = p.proposer[1] if p.proposer else None
    return name if name and not country_of_demonym(name.split()[-1]) else None


def _event(article: Article, p: Proposal, first: bool, proposer: str | None, parties: list[str],
           scope: str) -> CeasefireProposalEvent:
    sent = p.sent
    claimant = _claimant(p)
    return construct(CeasefireProposalEvent, dict(
        event_id=make_event_id(article.id, "ceasefire_proposal", sent.start, sent.end) if first else
        make_event_id(article.id, "ceasefire_proposal", sent.start, sent.end, f"{scope}:{p.duration}"),
        article_id=article.id, published_at=article.published_at, country=None, region=None,
        region_name=None, place=None, actor=proposer,
        actor_name=p.proposer[1] if p.proposer else None, claimed_by=claimant,
        evidence=construct(Evidence, {"text": sent.text, "start": sent.start, "end": sent.end}),
        confidence=round(0.5 + 0.2 * bool(proposer) + 0.15 * bool(parties) + 0.1 * bool(claimant), 2),
        source=article.source, parties=parties, duration_days=p.duration, scope=scope,
        stances=_stances(p, parties)))
