"""Reading an article into ceasefire proposal events: the trigger sentences, the sentences that answer
them, the routing of each mention and stance to its proposal, and one event per proposal."""

from __future__ import annotations

import re
from bisect import bisect_right
from datetime import date

from ...contract import Article, CeasefireProposalEvent, Evidence, make_event_id
from ..actors import find_claimant
from ..construct import construct
from ..lexicon import CEASEFIRE_CORE, CUES, MEDIATORS, PROPOSAL_WORDS
from ..text import Sentence, Token, sentences_containing, tokenize
from .background import _background, _stale
from .cues import _cues
from .duration import _mention_duration, _sentence_duration
from .entities import BOTH_SIDES, Entity, _extra_sides, entities
from .gate import _EXPLICIT, _GATE_WORDS, _SPECULATION, _VIOLATION, _mentions_violation
from .mentions import _commitment, _hypothetical, _mentions
from .parties import _explicit_parties, _parties
from .proposal import Proposal, _compatible, _distinct
from .proposer import _PROPOSAL_NOUNS, _announcer, _proposer, _proposing_before
from .roles import _is_object
from .scope import _mention_scope, _pick_scope, _scope_in
from .stances import _add_cue, _stance_windows, _stances

_CF = CUES["ceasefire"]  # data/cues.json

_CORE_STANCE = re.compile("|".join(re.escape(w) for w in sorted(_CF["core_stance_words"], key=len, reverse=True)))
_REFER_WORDS = ("proposal", "agreement", "deal", "plan", "offer", "initiative", "framework",
                              "arrangement", "accord", "idea")


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


def extract(article: Article, sentences: list[Sentence], tokens: dict[int, list[Token]] | None = None,
            low_text: str | None = None) -> list[CeasefireProposalEvent]:
    """`tokens`: sentence start -> tokens already made by the caller (reused, not recomputed);
    `low_text`: the article text lower-cased with offsets kept, if the caller has it."""
    tokens = {} if tokens is None else tokens
    year = month = weekday = None
    if article.published_at and len(article.published_at) >= 10:
        try:
            weekday = date.fromisoformat(article.published_at[:10]).weekday()
        except ValueError:
            weekday = None
    if article.published_at and article.published_at[:4].isdigit():
        year = int(article.published_at[:4])
        if article.published_at[5:7].isdigit():
            month = int(article.published_at[5:7])
    if low_text is None:
        low_text = article.text.lower()
        if len(low_text) != len(article.text):
            low_text = "".join(c.lower()[0] for c in article.text)
    if not any(w in low_text for w in _GATE_WORDS):
        return []
    # A ceasefire already in force ("violation of the ceasefire") is described, not proposed: then only an
    # explicit proposal ("a new plan", "proposed") counts.
    strict = _mentions_violation(article.text, low_text)
    gated = sentences_containing(low_text, sentences, _GATE_WORDS)
    trigger_idx: set[int] = set()
    stale: set[int] = set()  # triggers about a day two or more days back: news only with a fresh one
    mentions: dict[int, list[int]] = {}
    ents_of: dict[int, list[Entity]] = {}
    for i in sorted(gated):
        sent = sentences[i]
        toks = tokens.get(sent.start) or tokenize(sent)
        tokens[sent.start] = toks
        found = mentions[i] = _mentions(toks)
        k = found[0] if found else -1
        if k >= 0 and (any(t.low in PROPOSAL_WORDS for t in toks) or _commitment(toks, found)) and \
                not any(t.low in _SPECULATION for t in toks) and \
                (not strict or any(t.low in _EXPLICIT for t in toks)) and \
                not _background(sent, toks, k, year, month) and \
                not (_VIOLATION.search(sent.text) and not any(t.low in ("proposal", "proposed") for t in toks)):
            trigger_idx.add(i)
            if weekday is not None and _stale(sent, toks, k, weekday):
                stale.add(i)
    if not trigger_idx or trigger_idx <= stale:
        return []  # "the truce, which Trump announced on Saturday, appeared to hold" in a Monday article
    # Stances come from sentences that refer to the deal, and from the one right after each trigger.
    wanted = sentences_containing(low_text, sentences, _REFER_WORDS) | gated
    wanted |= {i + 1 for i in trigger_idx if i + 1 < len(sentences)}
    # ... and from the next paragraphs when they hold a plain stance verb ("Hamas rejected the move").
    paras = {sentences[i].paragraph + d for i in trigger_idx for d in range(4)}
    near_only: set[int] = set()
    starts = [s.start for s in sentences]
    for m in _CORE_STANCE.finditer(low_text):
        i = bisect_right(starts, m.start()) - 1
        if i >= 0 and sentences[i].paragraph in paras and i not in wanted and m.end() <= sentences[i].end:
            near_only.add(i)
    wanted |= near_only
    proposals: list[Proposal] = []
    current: Proposal | None = None
    all_ents: list[Entity] = []
    last_holder: tuple[int, Entity] | None = None
    named_codes: set[str] = set()
    last_group: Entity | None = None
    # From the first proposal on, then the sentences before it ("Lebanon's cabinet welcomed a U.S.
    # proposal ..." ahead of the sentence that names the truce), answering the first proposal.
    first_trigger = min(trigger_idx)
    order = sorted(i for i in wanted if i >= first_trigger) + sorted(i for i in wanted if i < first_trigger)
    for i in order:
        if i < first_trigger and proposals:
            current = proposals[0]
        sent = sentences[i]
        toks = tokens.get(sent.start) or tokenize(sent)
        tokens[sent.start] = toks
        ents = ents_of[sent.start] = entities(toks)
        all_ents += [e for e in ents if e.code not in MEDIATORS]
        named_codes.update(e.code for e in ents if not e.backer)
        is_trigger = i in trigger_idx
        lows = [t.low for t in toks]
        extra = _extra_sides(toks, lows, last_group)
        last_group = next((e for e in reversed(ents) if e.nonstate), last_group)
        routed: list[tuple[int, Proposal]] = []
        prev_k = -1
        for k in mentions.get(i, ()):
            found, duration = _mention_duration(toks, k)
            scope = _mention_scope(toks, k)
            target = None
            for p in proposals:
                if _compatible(p, scope, duration if found else None) and (scope or found or p is current):
                    target = p
                    break
            if target is None and not proposals and is_trigger:
                target = Proposal(scope, duration, sent=sent, locked=scope is None and lows[k] in CEASEFIRE_CORE)
                proposals.append(target)
            elif target is None and is_trigger and len(proposals) < 3 and _distinct(proposals, scope, duration) and \
                    not _hypothetical(lows, k) and \
                    (_proposing_before(lows, k) or _cues(toks, lows, max(0, k - 8), k)):
                target = Proposal(scope, duration, sent=sent, locked=scope is None and lows[k] in CEASEFIRE_CORE)
                proposals.append(target)
            if target is None:
                target = current or (proposals[0] if proposals else None)
                if target is None:
                    continue
            else:
                if target.scope is None and scope and not target.locked:
                    target.scope = scope
                if target.duration is None and found:
                    target.duration = duration
            if is_trigger and target.proposer is None:
                target.proposer = _proposer(toks, ents, k, after=prev_k)
            elif target.proposer is None:
                target.proposer = _proposer(toks, ents, k, strict=True, after=prev_k)
            prev_k = k
            if is_trigger:
                target.codes += [e.code for e in ents if not e.backer]
                if target.explicit_parties is None:
                    target.explicit_parties = _explicit_parties(toks, ents, k)
                if target.sent is None:
                    target.sent = sent
            target.sentences.append(sent)
            routed.append((k, target))
        if not proposals:
            continue
        if not routed:
            target = current or proposals[0]
            if target.proposer is None:
                target.proposer = _proposer(toks, ents, len(toks) // 2, strict=True)
            if target.duration is None:
                target.duration = _sentence_duration(toks)
        if is_trigger and proposals[0].proposer is None and routed and routed[0][1] is proposals[0]:
            proposals[0].proposer = _announcer(toks, ents + extra)
        nearby = i in near_only  # a sentence that does not refer to the deal: fills a gap, overrides nothing
        windows = _stance_windows(toks, sorted(ents + extra, key=lambda e: e.k))
        if not windows and last_holder and i - 2 <= last_holder[0] < i and toks and \
                sentences[last_holder[0]].paragraph == sent.paragraph and \
                (toks[0].text in ('"', "“") or any(t.low in ("we", "our", "us") for t in toks)):
            # '"If Russia stops, we are ready," the head of the President's Office said': the side
            # that spoke in the sentence before
            subjects = [e for e in ents if not _is_object(toks, e)]
            if not subjects:
                windows = [(last_holder[1], _cues(toks, lows, 0, len(toks)))]
                nearby = False
        if windows:
            last_holder = (i, windows[-1][0])
        for e, hits in windows:
            for pos, stance, rank in hits:
                rank = rank - 10 if nearby else rank
                p = next((q for kk, q in routed if pos < kk <= pos + 20 and not any(
                    pos + 3 < c < kk for c, _, _ in hits)), None) or \
                    next((q for kk, q in reversed(routed) if kk < pos), None) or current or proposals[0]
                targets = [p]
                if pos + 1 < len(lows) and lows[pos + 1] == "both":  # "backed both the energy pause and the truce"
                    targets += [q for kk, q in routed if pos < kk <= pos + 20 and q is not p]
                for q in targets:
                    _add_cue(q, e, stance, rank)
                    if e.code != BOTH_SIDES:
                        q.holders.append(e)
        if routed:
            current = routed[-1][1]
    events = []
    title_scope = None
    first = proposals[0] if proposals else None
    if article.title and first and len(proposals) == 1:
        _read_title(article.title, first)
    if article.title and any(w in article.title.lower() for w in _GATE_WORDS):
        title_scope = _pick_scope(_scope_in(article.title.lower().replace("'s", " 's").split()), set())
    for p in proposals:
        if p.sent is None:
            continue
        if p.proposer is None and p is not first and first and first.proposer and first.proposer[0] and not (
                first.proposer[0] in (first.explicit_parties or _parties(all_ents, None)) and
                any(c != first.proposer[0] for c, _ in p.cues)):
            # "agreed to a U.S. proposal for X, but not to a full Y"; not the other side's counter-offer
            # ("Putin declared an Easter truce; Kyiv said it was ready for a 30-day ceasefire")
            p.proposer = first.proposer
        proposer = p.proposer[0] if p.proposer else None
        parties = p.explicit_parties
        if parties is None:
            ents_all = []
            for s in [p.sent] + p.sentences:
                ents_all += [e for e in ents_of[s.start] if not e.backer]
            ents_all += p.holders
            named = {e.code for e in all_ents} | set(named_codes)
            parties = _parties(ents_all, proposer, named) or _parties(all_ents, proposer, named)
        stances = _stances(p, parties)
        scope = p.scope or (title_scope if p is first and len(proposals) == 1 else None) or "general"
        sent = p.sent
        claimant = find_claimant(sent.text)[0]
        events.append(construct(CeasefireProposalEvent, dict(
            event_id=make_event_id(article.id, "ceasefire_proposal", sent.start, sent.end) if p is first else
            make_event_id(article.id, "ceasefire_proposal", sent.start, sent.end, f"{scope}:{p.duration}"),
            article_id=article.id, published_at=article.published_at, country=None, region=None,
            region_name=None, place=None, actor=proposer,
            actor_name=p.proposer[1] if p.proposer else None, claimed_by=claimant,
            evidence=construct(Evidence, {"text": sent.text, "start": sent.start, "end": sent.end}),
            confidence=round(0.5 + 0.2 * bool(proposer) + 0.15 * bool(parties) + 0.1 * bool(claimant), 2),
            source=article.source, parties=parties, duration_days=p.duration, scope=scope, stances=stances)))
    return events
