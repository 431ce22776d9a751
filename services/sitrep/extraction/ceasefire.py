"""Ceasefire proposals: one event per article that proposes, accepts, rejects or conditions a ceasefire.

- trigger: a sentence with a ceasefire word ("ceasefire", "truce", "a halt to strikes", "humanitarian pause")
  and a proposal/response word ("proposal", "agreed", "rejected", "talks"), not background or a violation;
- proposer: "U.S.-led/-brokered", "X proposed/declared/offered", "X's plan", "a U.S. proposal", "proposed by X";
- parties: the warring sides named (pairs in data/actors.json "conflict_pairs"), a mediator excluded;
- duration: "30-day", "for 30 days", "72-hour" (whole days only); scope from words near the trigger;
- stances: a party named and followed, before the next named side, by a stance word (data/cues.json);
  conditional beats rejected beats accepted beats proposed; the proposer's own stance is "proposed".
"""

from __future__ import annotations

import re

from ..contract import Article, CeasefireProposalEvent, Evidence, make_event_id
from .actors import find_claimant
from .construct import construct
from .filters import is_background
from .lexicon import (
    CAPITALS,
    CEASEFIRE_CORE,
    CONFLICT_PAIRS,
    CUES,
    LEADERS,
    MEDIATORS,
    NONSTATE_COUNTRY,
    PROPOSAL_WORDS,
    SCOPES,
    STANCES,
    country_of_demonym,
    country_of_name,
)
from .numbers import _UNITS
from .text import Sentence, Token, sentences_containing, tokenize

_PAUSE = frozenset({"halt", "pause", "moratorium", "stop", "cessation", "suspension"})
_PAUSE_OBJ = frozenset({"strikes", "attacks", "fighting", "hostilities", "bombing", "fire", "shelling",
                        "military", "attacking", "striking", "force", "offensive", "operations"})
_IN_FORCE = frozenset({"despite", "violating", "violated", "breaking", "since", "under", "fragile", "existing",
                       "current", "violations", "breaches", "shaky"})
_SPECULATION = frozenset({"bet", "bets", "betting", "investors", "traders", "odds", "speculation", "priced",
                          "pricing", "markets", "warrants", "bonds", "prospects"})
_NOT_A_PROPOSAL = frozenset({"any", "future", "eventual", "possible", "potential", "hypothetical", "no"})
_EXPLICIT = frozenset({"proposal", "proposed", "proposes", "propose", "offer", "offered", "offers", "plan",
                       "initiative", "new", "declared", "declares", "announced", "announces"})
_GATE_WORDS = tuple(CUES["ceasefire_gate_words"])  # data/cues.json
_REFER_WORDS = _GATE_WORDS + ("proposal", "agreement", "deal", "plan", "offer", "initiative")
_LED = re.compile(r"([A-Z][\w.]*?)-(?:led|brokered|backed|proposed|mediated|drafted|sponsored)\b")
_DURATION = re.compile(r"\b(\d{1,3}|[a-z]+(?:-[a-z]+)?)[- ](day|days|hour|hours|week|weeks|month|months)\b", re.I)
_PROPOSER_VERBS = frozenset({"proposed", "proposes", "offered", "offers", "declared", "declares", "announced",
                             "announces", "unveiled", "suggested", "floated", "ordered", "orders", "initiated",
                             "brokered", "mediated", "drafted", "put", "called", "calls", "pushed", "pushing",
                             "presented", "tabled", "submitted", "has", "had"})
_PROPOSAL_NOUNS = frozenset({"proposal", "plan", "offer", "initiative", "truce", "ceasefire", "cease-fire",
                             "framework", "deal", "push", "mediation", "draft"})
_GENERAL = frozenset({"full", "complete", "general", "comprehensive", "unconditional", "total",
                      "nationwide", "broader", "broad", "permanent", "lasting"})
_STANCE_ORDER = ("conditional", "rejected", "accepted", "proposed")
_VIOLATION = re.compile(r"violat|breach|broke down|collapsed|accused each other", re.I)
_VIOLATION_STEMS = tuple(CUES["ceasefire_violation_stems"])  # data/cues.json
# The only characters that match a letter of _VIOLATION under re.I but do not lower-case to it.
_FOLD_ONLY = ("ı", "ſ")


def _mentions_violation(text: str, low_text: str) -> bool:
    """_VIOLATION.search(text), decided by substring tests on the lower-cased text (a case-insensitive
    regex scan of a whole article costs ~0.3 ms); the regex runs only if the text holds a dotless i or a
    long s, which re.I folds to i and s."""
    if any(c in low_text for c in _FOLD_ONLY):
        return bool(_VIOLATION.search(text))
    return any(w in low_text for w in _VIOLATION_STEMS)


def _is_trigger(toks: list[Token]) -> int:
    """Index of the ceasefire word, or -1 ('any future ceasefire must ...' is no proposal)."""
    n = len(toks)
    for k, t in enumerate(toks):
        if t.low in CEASEFIRE_CORE or t.low.split("-")[-1] in ("ceasefire", "truce"):
            before = {toks[x].low for x in range(max(0, k - 6), k)}
            after = " ".join(t.low for t in toks[k + 1:k + 5])
            if not before.isdisjoint(_NOT_A_PROPOSAL) or not before.isdisjoint(_IN_FORCE) or \
                    after.startswith(("took effect", "in effect", "in force", "came into", "is holding",
                                      "has held", "was holding", "remains")):
                continue  # "despite a ceasefire", "violating the truce": one in force, not proposed
            return k
        if t.low in _PAUSE and any(toks[x].low in _PAUSE_OBJ for x in range(k + 1, min(k + 7, n))):
            return k
        if t.low == "pause" and k > 0 and toks[k - 1].low == "humanitarian":
            return k
    return -1


def entities(toks: list[Token]) -> list[tuple[int, str, str]]:
    """(token index, alpha2, text) of each side named: countries, demonyms, leaders, capitals, groups."""
    out: list[tuple[int, str, str]] = []
    n = len(toks)
    k = 0
    while k < n:
        t = toks[k]
        code = None
        width = 1
        if t.text[:1].isupper():
            if k + 1 < n and toks[k + 1].text[:1].isupper():
                two = t.low + " " + toks[k + 1].low
                code = LEADERS.get(two) or country_of_name(t.text + " " + toks[k + 1].text)
                width = 2 if code else 1
            code = code or country_of_name(t.text) or country_of_demonym(t.text) \
                or LEADERS.get(t.low) or CAPITALS.get(t.low) or NONSTATE_COUNTRY.get(t.low)
            if code is None and t.text == "U" and k + 3 < n and toks[k + 2].text == "S":
                code, width = "US", 3
        if code:
            out.append((k, code, " ".join(x.text for x in toks[k:k + width])))
        k += width
    return out


def _proposer(sent: Sentence, toks: list[Token], ents: list[tuple[int, str, str]]) -> tuple[str, str] | None:
    m = _LED.search(sent.text)
    if m:
        name = m.group(1)
        code = country_of_name(name) or country_of_demonym(name) or LEADERS.get(name.lower())
        if code is None and name.replace(".", "") in ("US", "U.S"):
            code = "US"
        if code:
            return code, name
    for k, code, text in ents:
        nxt = [toks[x].low for x in range(k + 1, min(k + 5, len(toks)))]
        if any(w in _PROPOSER_VERBS for w in nxt[:4]) and _proposal_near(toks, k):
            return code, text
        if nxt[:1] in (["'s"], ["’s"]) and any(w in _PROPOSAL_NOUNS for w in nxt[1:3]):
            return code, text
        if nxt[:1] and nxt[0] in _PROPOSAL_NOUNS:
            return code, text
        if k >= 2 and toks[k - 1].low == "by" and toks[k - 2].low in (
                "proposed", "brokered", "mediated", "proposal", "offered", "drafted", "announced", "backed",
                "unveiled", "declared", "put", "forward"):
            return code, text
    return None


def _proposal_near(toks: list[Token], k: int) -> bool:
    return any(toks[x].low in PROPOSAL_WORDS or toks[x].low in CEASEFIRE_CORE or toks[x].low in _PAUSE
               for x in range(k + 1, min(k + 12, len(toks))))


def _duration(text: str) -> int | None:
    """'30-day', 'for 30 days', '72-hour' (whole days only) next to a ceasefire word; not '12 days of war'."""
    low = text.lower()
    for m in _DURATION.finditer(text):
        raw, unit = m.group(1).lower(), m.group(2).lower()
        if low.startswith((" of war", " of fighting", " of conflict", " of talks", " of negotiations", " ago"),
                          m.end()):
            continue
        window = low[max(0, m.start() - 60):m.end() + 60]
        if not any(w in window for w in _GATE_WORDS):
            continue
        value = int(raw) if raw.isdigit() else _UNITS.get(raw)
        if value is None and "-" in raw:
            a, _, b = raw.partition("-")
            value = (_UNITS.get(a, 0) + _UNITS.get(b, 0)) or None
        if not value:
            continue
        if unit.startswith("hour"):
            if value % 24 == 0:
                return value // 24
            continue
        return value * (7 if unit.startswith("week") else 30 if unit.startswith("month") else 1)
    return None


def _scope(toks: list[Token], k: int) -> str:
    window = [t.low for t in toks[max(0, k - 8):k + 9]]
    words = set(window)
    pairs = {a + " " + b for a, b in zip(window, window[1:], strict=False)}
    for scope, phrases in SCOPES.items():
        if any((p in pairs) if " " in p else (p in words) for p in phrases):
            return scope
    return "general"


def _stance_hits(toks: list[Token], ents: list[tuple[int, str, str]]) -> dict[str, str]:
    """Each side's stance from the words after its name, up to the next side named ('Israel and Iran
    agreed': a side joined to the next by 'and' shares its stance)."""
    found: list[str | None] = []
    for i, (k, code, _) in enumerate(ents):
        end = min(len(toks), k + 16)
        for k2, code2, _ in ents[i + 1:]:
            if code2 != code:
                end = min(end, k2)
                break
        lows = [t.low for t in toks[k + 1:end]]
        stance = _find_stance(lows)
        if stance == "accepted" and any(w in ("not", "n't", "never", "refused", "no") for w in lows[:8]):
            stance = "rejected"  # "would not agree", "refused to accept"
        found.append(stance)
    for i in range(len(ents) - 2, -1, -1):
        k, k2 = ents[i][0], ents[i + 1][0]
        if found[i] is None and all(t.low in ("and", ",", "both") for t in toks[k + 1:k2]):
            found[i] = found[i + 1]
    hits: dict[str, str] = {}
    for (_, code, _), stance in zip(ents, found, strict=True):
        if stance and (code not in hits or _STANCE_ORDER.index(stance) < _STANCE_ORDER.index(hits[code])):
            hits[code] = stance
    return hits


def _find_stance(lows: list[str]) -> str | None:
    best = None
    for x, w in enumerate(lows):
        for stance in _STANCE_ORDER:
            for phrase in STANCES[stance].get(w, ()):
                if tuple(lows[x:x + len(phrase)]) == phrase:
                    if best is None or _STANCE_ORDER.index(stance) < _STANCE_ORDER.index(best):
                        best = stance
    return best


def _parties(codes: list[str], proposer: str | None) -> list[str]:
    """Warring sides named: a known pair if both are named, else the pair of the first side named other
    than the proposer (a mediator such as the US or Qatar is no party unless it is the only side named)."""
    found = set(codes)
    parties: set[str] = set()
    for a, b in CONFLICT_PAIRS:
        if a in found and b in found and proposer not in (a, b) or {a, b} <= found and len(found) == 2:
            parties |= {a, b}
    if parties:
        return sorted(parties)
    order = [c for c in codes if c != proposer and c not in MEDIATORS] or \
        [c for c in codes if c not in MEDIATORS]
    for code in order:
        pair = next((p for p in CONFLICT_PAIRS if code in p), None)
        if pair:
            return sorted(pair)
    sides = sorted(set(order))
    return sides[:1] if len(sides) == 1 else []  # an internal war: the one country


def extract(article: Article, sentences: list[Sentence], tokens: dict[int, list[Token]] | None = None,
            low_text: str | None = None) -> list[CeasefireProposalEvent]:
    """`tokens`: sentence start -> tokens already made by the caller (reused, not recomputed);
    `low_text`: the article text lower-cased with offsets kept, if the caller has it."""
    tokens = {} if tokens is None else tokens
    year = None
    if article.published_at and article.published_at[:4].isdigit():
        year = int(article.published_at[:4])
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
    triggers: list[tuple[Sentence, list[Token], int]] = []
    for i in sorted(gated):
        sent = sentences[i]
        toks = tokens.get(sent.start) or tokenize(sent)
        tokens[sent.start] = toks
        k = _is_trigger(toks)
        if k >= 0 and any(t.low in PROPOSAL_WORDS for t in toks) and \
                not any(t.low in _SPECULATION for t in toks) and \
                (not strict or any(t.low in _EXPLICIT for t in toks)) and \
                not is_background(sent.text, sent.text.lower(), year) and \
                not (_VIOLATION.search(sent.text) and not any(t.low in ("proposal", "proposed") for t in toks)):
            triggers.append((sent, toks, k))
    if not triggers:
        return []
    # Stances come from sentences that refer to the deal, and from the one right after each trigger.
    wanted = sentences_containing(low_text, sentences, _REFER_WORDS)
    index = {s.start: i for i, s in enumerate(sentences)}
    wanted |= {index[s.start] + 1 for s, _, _ in triggers if index[s.start] + 1 < len(sentences)}
    related = []
    for i in sorted(wanted):
        sent = sentences[i]
        toks = tokens.get(sent.start) or tokenize(sent)
        tokens[sent.start] = toks
        related.append((sent, toks))
    if not triggers:
        return []
    proposer = None
    codes: list[str] = []
    for sent, toks, _ in triggers:
        ents = entities(toks)
        codes += [c for _, c, _ in ents]
        proposer = proposer or _proposer(sent, toks, ents)
    stances: dict[str, str] = {}
    for _sent, toks in related:
        ents = entities(toks)
        codes += [c for _, c, _ in ents if c not in MEDIATORS]
        for code, stance in _stance_hits(toks, ents).items():
            if code not in stances or _STANCE_ORDER.index(stance) < _STANCE_ORDER.index(stances[code]):
                stances[code] = stance
    parties = _parties(codes + list(stances), proposer[0] if proposer else None)
    if proposer and proposer[0] in parties:
        stances[proposer[0]] = stances.get(proposer[0], "proposed") if stances.get(proposer[0]) in (
            "rejected", "conditional") else "proposed"
    stances = {c: s for c, s in stances.items() if c in parties and (s != "proposed" or
                                                                      (proposer and c == proposer[0]))}
    sent, toks, k = triggers[0]
    claimant = next((c for c in (find_claimant(s.text)[0] for s, _, _ in triggers) if c), None)
    duration = next((d for d in (_duration(s.text) for s, _, _ in triggers) if d), None)
    scope = _scope(toks, k)
    return [construct(CeasefireProposalEvent, dict(
        event_id=make_event_id(article.id, "ceasefire_proposal", sent.start, sent.end),
        article_id=article.id, published_at=article.published_at, country=None, region=None,
        region_name=None, place=None, actor=proposer[0] if proposer else None,
        actor_name=proposer[1] if proposer else None, claimed_by=claimant,
        evidence=construct(Evidence, {"text": sent.text, "start": sent.start, "end": sent.end}),
        confidence=round(0.5 + 0.2 * bool(proposer) + 0.15 * bool(parties) + 0.1 * bool(claimant), 2),
        source=article.source, parties=parties, duration_days=duration, scope=scope, stances=stances))]
