"""Reading the sentences of an article in order: each ceasefire mention routed to its proposal (a new one
where its scope or duration differs), and each stance cue to the proposal whose mention it governs."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from ..lexicon import CEASEFIRE_CORE, CUES, MEDIATORS
from ..text import Sentence, Token, sentences_containing, tokenize
from .anaphora import _antecedent, _demand_on_next, _pronoun_span
from .cues import _cues
from .duration import _dated_term, _mention_duration, _sentence_duration
from .entities import BOTH_SIDES, Entity, _extra_sides, entities
from .gate import _tokens_of
from .mentions import _hypothetical, _mentions
from .parties import _explicit_parties
from .proposal import Proposal, _compatible, _distinct
from .proposer import _announcer, _proposed_after, _proposer, _proposing_before
from .roles import _is_object
from .scope import _mention_scope
from .stances import _add_cue, _stance_windows

_CF = CUES["ceasefire"]  # data/cues.json
_COUNTER_OFFER = frozenset(_CF["counter_offer_words"])  # "Kyiv said it was ready for a 30-day ceasefire instead"

_CORE_STANCE = re.compile("|".join(re.escape(w) for w in sorted(_CF["core_stance_words"], key=len, reverse=True)))
# "It said, however, that Cambodia must first withdraw": a sentence opened by a pronoun subject within its first
# four words, or with a follow-on marker among its first six, goes on with the answer read before it
# (data/cues.json subject_pronouns, follow_on_markers).
_PRONOUN_OPENER = re.compile(r"^\W*(?:[\w,-]+\s+){0,3}?(?:" + "|".join(_CF["subject_pronouns"]) +
                             r")\s+(?!is\b|was\b|'s\b)")
_FOLLOW_ON = re.compile(r"^\W*(?:[\w'-]+,?\s+){0,5}?(?:" + "|".join(_CF["follow_on_markers"]) + r")\b")
_REFER_WORDS = tuple(sorted(set(_CF["refer_words"]) | set(_CF["agreement_nouns"])))  # data/cues.json


@dataclass(slots=True)
class Reading:
    """What the sentences read so far have found."""
    proposals: list[Proposal] = field(default_factory=list)
    current: Proposal | None = None  # the proposal of the last mention routed
    all_ents: list[Entity] = field(default_factory=list)  # the sides named, mediators excluded
    named_codes: set[str] = field(default_factory=set)  # the codes named, backers excluded
    ents_of: dict[int, list[Entity]] = field(default_factory=dict)  # sentence start -> its sides
    last_holder: tuple[int, Entity] | None = None  # (sentence index, side) of the last stance read
    last_group: Entity | None = None  # the armed group named last ("the group said")
    foreign: list[int] = field(default_factory=list)  # mentions of the sentence that fit no proposal read
    year: int | None = None  # the article's year (a stance said in an earlier year is no answer to this proposal)


def _reading_order(low_text: str, sentences: list[Sentence], gated: set[int],
                   trigger_idx: set[int]) -> tuple[list[int], set[int]]:
    """The sentences to read, in order, and those read only for a plain stance verb near a trigger."""
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
    follow = _follow_ons(sentences, wanted)
    near_only |= {j for j in follow if j - 1 in near_only or j - 2 in near_only and j - 1 in follow}
    wanted |= follow
    # From the first proposal on, then the sentences before it ("Lebanon's cabinet welcomed a U.S.
    # proposal ..." ahead of the sentence that names the truce), answering the first proposal.
    first_trigger = min(trigger_idx)
    order = sorted(i for i in wanted if i >= first_trigger) + sorted(i for i in wanted if i < first_trigger)
    return order, near_only


def _follow_ons(sentences: list[Sentence], read: set[int]) -> set[int]:
    """The sentences right after one read, in its paragraph or the next, opened by a pronoun subject or a
    follow-on marker ("Thailand agreed in principle. It said, however, that Cambodia must first withdraw"),
    two at most."""
    out: set[int] = set()
    for i in sorted(read):
        j = i + 1
        while j < len(sentences) and j <= i + 2 and j not in read and \
                sentences[j].paragraph - sentences[j - 1].paragraph <= 1 and \
                (_PRONOUN_OPENER.match(sentences[j].text.lower()) or _FOLLOW_ON.match(sentences[j].text.lower())):
            out.add(j)
            j += 1
    return out


def _read(sentences: list[Sentence], tokens: dict[int, list[Token]], mentions: dict[int, list[int]],
          trigger_idx: set[int], order: list[int], near_only: set[int], year: int | None = None) -> Reading:
    """The proposals of the sentences in `order`, with the sides each sentence names."""
    r = Reading(year=year)
    first_trigger = min(trigger_idx)
    for i in order:
        if i < first_trigger and r.proposals:
            r.current = r.proposals[0]
        sent = sentences[i]
        toks = _tokens_of(tokens, sent)
        ents = r.ents_of[sent.start] = entities(toks)
        r.all_ents += [e for e in ents if e.code not in MEDIATORS]
        r.named_codes.update(e.code for e in ents if not e.backer)
        is_trigger = i in trigger_idx
        lows = [t.low for t in toks]
        extra = _extra_sides(toks, lows, r.last_group)
        r.last_group = next((e for e in reversed(ents) if e.nonstate), r.last_group)
        routed = _route_mentions(r, sent, toks, lows, ents, mentions.get(i, ()), is_trigger)
        if not r.proposals:
            continue
        if not routed:
            _fill_in(r.current or r.proposals[0], toks, ents)
        first = r.proposals[0]
        if is_trigger and first.proposer is None and routed and routed[0][1] is first:
            first.proposer = _announcer(toks, ents + extra)
        _read_stances(r, sentences, tokens, i, toks, lows, ents, extra, routed, i in near_only)
        if routed:
            r.current = routed[-1][1]
    return r


def _route_mentions(r: Reading, sent: Sentence, toks: list[Token], lows: list[str], ents: list[Entity],
                    found_at: list[int], is_trigger: bool) -> list[tuple[int, Proposal]]:
    """(mention index, proposal) for each mention of the sentence, with what the mention says of it."""
    routed: list[tuple[int, Proposal]] = []
    r.foreign = []
    prev_k = -1
    for k in found_at:
        found, duration = _mention_duration(toks, k)
        scope = _mention_scope(toks, k)
        target = _proposal_named(r, sent, toks, lows, k, scope, duration, found, is_trigger)
        if target is None and not is_trigger and r.proposals and (scope or found and duration):
            # "Putin said that a full ceasefire must be accompanied by ..." after a 30-day energy halt: a
            # truce no proposal fits, whose cues answer no proposal read
            r.foreign.append(k)
            continue
        if target is None:
            target = r.current or (r.proposals[0] if r.proposals else None)
            if target is None:
                continue
        else:
            if target.scope is None and scope and (not target.locked or scope == "holiday"):
                target.scope = scope
            if target.duration is None and found and not target.timed:
                target.duration = duration
            target.timed = target.timed or found
            if target.span is None:
                target.span = _dated_term(toks, k)
        if is_trigger and target.proposer is None and target.counter and r.proposals[0].proposer and \
                r.proposals[0].proposer[0]:  # "Putin declared a truce, as Kyiv called instead for 30 days": Kyiv's
            target.sent = target.sent or sent
            target.proposer = _counter_offer(r, target, r.proposals[0].proposer[0],
                                             toks if target.sent is sent else None)
        if is_trigger and target.proposer is None:
            target.proposer = _proposer(toks, ents, k, after=prev_k)
        elif target.proposer is None:
            target.proposer = _proposer(toks, ents, k, strict=True, after=prev_k)
        prev_k = k
        if is_trigger:
            if target.explicit_parties is None:
                target.explicit_parties = _explicit_parties(toks, ents, k)
            if target.sent is None:
                target.sent = sent
        target.sentences.append(sent)
        routed.append((k, target))
    return routed


def _proposal_named(r: Reading, sent: Sentence, toks: list[Token], lows: list[str], k: int, scope: str | None,
                    duration: int | None, found: bool, is_trigger: bool) -> Proposal | None:
    """The proposal the mention at k fits; else, in a trigger, a new one if it is the first or differs from
    every one so far and something proposes or answers it (three at most); else None."""
    for p in r.proposals:
        if _compatible(p, scope, duration if found else None) and (scope or found or p is r.current):
            return p
    if not is_trigger or r.proposals and not (len(r.proposals) < 3 and _distinct(r.proposals, scope, duration) and
                                              not _hypothetical(lows, k)):
        return None
    proposed = _proposing_before(lows, k) or _proposed_after(lows, k) or _cues(toks, lows, max(0, k - 10), k)
    counter = bool(r.proposals) and not _COUNTER_OFFER.isdisjoint(lows[max(0, k - 10):k])
    if not r.proposals or proposed or counter:
        p = Proposal(scope, duration, sent=sent, locked=scope is None and lows[k] in CEASEFIRE_CORE,
                     counter=counter, timed=found)
        r.proposals.append(p)
        return p
    return None


def _fill_in(p: Proposal, toks: list[Token], ents: list[Entity]) -> None:
    """A sentence that names no ceasefire word: the proposer and duration it may give the proposal read."""
    if p.proposer is None:
        p.proposer = _proposer(toks, ents, len(toks) // 2, strict=True)
    if p.duration is None:
        p.duration = _sentence_duration(toks)


def _read_stances(r: Reading, sentences: list[Sentence], tokens: dict[int, list[Token]], i: int,
                  toks: list[Token], lows: list[str], ents: list[Entity], extra: list[Entity],
                  routed: list[tuple[int, Proposal]], nearby: bool) -> None:
    """The stance cues of sentence i, each to its proposal; `nearby`: a sentence that does not refer to
    the deal, whose cues fill a gap and override nothing."""
    sent = sentences[i]
    if _past_position(sent, r.year) and not any(q.sent is sent for _, q in routed):
        return  # "In 2024, Putin said ..., a demand Kyiv rejected"; "Russia has said repeatedly that ...": no answer
    windows = _stance_windows(toks, sorted(ents + extra, key=lambda e: e.k))
    if not windows and r.last_holder and i - 2 <= r.last_holder[0] < i and toks and \
            sentences[r.last_holder[0]].paragraph == sent.paragraph and \
            (toks[0].text in ('"', "“") or any(t.low in ("we", "our", "us") for t in toks)):
        # '"If Russia stops, we are ready," the head of the President's Office said': the side
        # that spoke in the sentence before
        subjects = [e for e in ents if not _is_object(toks, e)]
        if not subjects:
            windows = [(r.last_holder[1], _cues(toks, lows, 0, len(toks)))]
            nearby = False
    if not windows:
        windows = _pronoun_windows(r, sentences, tokens, i, toks, lows, sorted(ents + extra, key=lambda e: e.k))
    if windows:
        r.last_holder = (i, windows[-1][0])
    for e, hits in windows:
        for pos, stance, rank in hits:
            if _standing(lows, pos):
                continue
            rank = rank - 10 if nearby else rank
            for q in _cue_targets(r, routed, hits, lows, pos):
                if stance == "rejected" and _own_offer(r, q, e.code):
                    # "Zelensky dismissed the offer" after Kyiv's counter-offer: no side rejects its own
                    q = next((o for o in r.proposals if not _own_offer(r, o, e.code)), None)
                    if q is None:
                        continue
                _add_cue(q, e, stance, rank)
                if e.code != BOTH_SIDES:
                    q.holders.append(e)


def _own_offer(r: Reading, q: Proposal, code: str) -> bool:
    """The side proposed q, or q is a counter-offer (a readiness or offer word before it) whose proposer is
    not read yet (it may be at the end, from a later sentence) while the first is another side's ("Putin
    declared a truce, as Kyiv pressed instead for 30 days")."""
    if q.proposer:
        return q.proposer[0] == code
    first = r.proposals[0]
    return q.counter and first.proposer is not None and first.proposer[0] not in (None, code)


_EARLIER_YEAR = re.compile(r"\W*(?:in|back in|by|during)\s+((?:19|20)\d\d)\b")


def _past_position(sent: Sentence, year: int | None) -> bool:
    """A sentence opened by an earlier year ("In 2024, Putin said ..., a demand Kyiv rejected") recalls a
    side's old position, not its answer to the proposal of the day."""
    m = _EARLIER_YEAR.match(sent.text.lower())
    return bool(m and year and int(m.group(1)) < year)


_PAST_POSITION = frozenset(_CF["past_position"])  # data/cues.json


def _standing(lows: list[str], pos: int) -> bool:
    """A stance cue right after 'previously', 'repeatedly', 'has long', 'in the past' ("Russia has previously
    rejected calls for a truce"): an old or standing position, not an answer."""
    return any(lows[x] in _PAST_POSITION for x in range(max(0, pos - 3), pos))


def _pronoun_windows(r: Reading, sentences: list[Sentence], tokens: dict[int, list[Token]], i: int,
                     toks: list[Token], lows: list[str], ents: list[Entity]) -> list:
    """'It later said it had accepted the proposal': the cues of a pronoun subject, for the side that was
    the subject of the sentence before."""
    span = _pronoun_span(toks, ents)
    if span is None:
        return []
    hits = _cues(toks, lows, *span) + _demand_on_next(toks, ents, span[1])
    e = _antecedent(sentences, tokens, i, r.last_group) if hits else None
    return [(e, hits)] if e else []


def _cue_targets(r: Reading, routed: list[tuple[int, Proposal]], hits: list[tuple[int, str, int]],
                 lows: list[str], pos: int) -> list[Proposal]:
    """The proposal a cue at pos governs: the next mention within 20 words with no other cue between, else
    the mention before it, else the proposal read; "backed both the energy pause and the truce": each."""
    marks = sorted([(kk, q) for kk, q in routed] + [(kk, None) for kk in r.foreign], key=lambda m: m[0])
    governed = next((m for m in marks if pos < m[0] <= pos + 20 and not any(pos + 3 < c < m[0] for c, _, _ in hits)),
                    None) or next((m for m in reversed(marks) if m[0] < pos), None)
    if governed and governed[1] is None:
        return []  # a cue about a truce no proposal fits
    p = governed[1] if governed else r.current or r.proposals[0]
    targets = [p]
    if pos + 1 < len(lows) and lows[pos + 1] == "both":
        targets += [q for kk, q in routed if pos < kk <= pos + 20 and q is not p]
    return targets


def _counter_offer(r: Reading, p: Proposal, first: str, toks: list[Token] | None = None) -> tuple[str, str] | None:
    """'Putin declared a three-day truce ... Zelensky said Kyiv was ready for a 30-day ceasefire': the
    other side, subject of a readiness or offer word (data/cues.json counter_offer_words) before the
    later proposal's truce word in its sentence, proposes it (convention 36). `toks`: that sentence's tokens,
    if the caller has them."""
    toks = toks or tokenize(p.sent)
    found = _mentions(toks)
    for e in r.ents_of.get(p.sent.start, []):
        if e.code == first or e.backer:
            continue
        for k in found:
            if e.k < k <= e.k + 16 and not any(o.k != e.k and o.code != first and e.k < o.k < k
                                               for o in r.ents_of[p.sent.start]):  # ("Kyiv pressed Moscow for")
                if any(toks[x].low in _COUNTER_OFFER for x in range(e.k + 1, k)):
                    return (e.code, e.text)
    return None
