"""The proposer of a mention: "U.S.-brokered", "a U.S. proposal", "Washington's plan", "proposed/brokered
by X", the subject of "X proposed/declared/offered/called for", or the non-party that says two sides "had
agreed"; a non-state proposer (the RSF, an alliance) gives a null code."""

from __future__ import annotations

from ..lexicon import CONFLICT_PAIRS, CUES, MEDIATORS, _phrases
from ..text import Token
from .cues import _cues
from .entities import _LED_HEADS, BOTH_SIDES, Entity
from .mentions import _PAUSE
from .phrases import _match
from .roles import _SPEECH, _is_object
from .stances import _stance_windows, _subjects

_CF = CUES["ceasefire"]  # data/cues.json

_PROPOSER_VERBS = _phrases(_CF["proposer_verbs"])
_PROPOSAL_NOUNS = frozenset(_CF["proposal_nouns"])
_BY_HEADS = frozenset(_CF["by_heads"])
_NP_GAP = frozenset(_CF["np_gap"])
_LED_OBJECTS = _PROPOSAL_NOUNS | {"talks", "negotiations", "efforts"}  # "U.S.-led talks", not "Saudi-led coalition"
_SUBORDINATORS = frozenset({";", "after", "before", "while", "when", "because", "although", "though", "that",
                            "which", "who", "whom", ":"})
_NOT_VERB_BEFORE = frozenset({"-", "a", "an", "the", "his", "her", "their", "its", "repeated", "international",
                              "growing", "renewed", "fresh", "new", "latest", "earlier", "previous"})
_ANSWER_VERBS = frozenset({"accepted", "agreed", "accept", "agree", "accepts", "agrees", "rejected", "reject",
                           "rejects", "dismissed", "refused", "welcomed", "backed", "endorsed", "approved", "signed"})
_PAIRS = frozenset(CONFLICT_PAIRS) | frozenset((b, a) for a, b in CONFLICT_PAIRS)
_NOT_UNILATERAL = _ANSWER_VERBS | {"agreed", "ready", "urged", "asked", "called"} | frozenset(_CF["agreement_nouns"])


def _first_of_coordination(toks: list[Token], ents: list[Entity], i: int) -> Entity:
    """'Qatari and Egyptian mediators' -> Qatari; 'the US and France' -> the US."""
    while i > 0 and all(t.low in ("and", ",", "the", "-") for t in toks[ents[i - 1].k + ents[i - 1].width:ents[i].k]):
        i -= 1
    return ents[i]


def _entity_after(toks: list[Token], ents: list[Entity], x: int, span: int) -> Entity | None:
    for e in ents:
        if x < e.k <= x + span and not any(t.low in (";", ".") or t.low in _SPEECH for t in toks[x:e.k]):
            return e
    return None


def _proposer(toks: list[Token], ents: list[Entity], k: int, strict: bool = False,
              after: int = -1) -> tuple[str | None, str | None] | None:
    """The proposer of the mention at k: (code, name), (None, name) for a non-state proposer, or None.
    `strict`: only from the words about the proposal (steps 1-3b), not from a subject that proposes."""
    n = len(toks)
    lows = [t.low for t in toks]
    by_k = {}
    for e in ents:
        by_k.setdefault(e.k + e.width - 1, e)
        by_k.setdefault(e.k, e)
    lo, hi = max(0, k - 14, after + 1), min(n, k + 16)  # not the words of an earlier mention
    e = _led_by(toks, lows, by_k, lo, hi) or _owner(toks, lows, ents, by_k, k, lo, hi) or \
        _proposed_by(toks, lows, ents, k, after, hi) or _presented_by(lows, ents, k)
    if e:
        return _as_proposer(e)
    if strict:
        return None
    return _proposing_subject(toks, lows, ents, k) or _unilateral(toks, lows, ents, k)


def _as_proposer(e: Entity) -> tuple[str | None, str | None]:
    return (None, e.text) if e.nonstate else (e.code, e.text)


def _led_by(toks: list[Token], lows: list[str], by_k: dict[int, Entity], lo: int, hi: int) -> Entity | None:
    """1. "U.S.-brokered", "Qatar-mediated", "U.S.-backed proposal"."""
    n = len(toks)
    for x in range(lo, hi):
        head = lows[x].rpartition("-")[2]
        if "-" in lows[x] and head in _LED_HEADS and x in by_k and \
                (head not in ("backed", "led") or (x + 1 < n and lows[x + 1] in _LED_OBJECTS)):
            if x >= 3 and lows[x - 1] == "and" and toks[x - 2].text == "-" and x - 3 in by_k:
                return by_k[x - 3]  # "a U.S.- and French-brokered ceasefire": the first named
            return by_k[x]
        if lows[x] in _LED_HEADS and toks[x - 1].text == "-" and x >= 2 and \
                (lows[x] not in ("backed", "led") or (x + 1 < n and lows[x + 1] in _LED_OBJECTS)):
            e = by_k.get(x - 2)
            if e is None and toks[x - 2].text == ".":
                e = by_k.get(x - 3)
            if e:
                return e
    return None


def _owner(toks: list[Token], lows: list[str], ents: list[Entity], by_k: dict[int, Entity], k: int, lo: int,
           hi: int) -> Entity | None:
    """2. "a U.S. proposal", "Washington's plan", "the Kiev regime's offer", "a US and French call"."""
    for x in range(lo, hi):
        if lows[x] not in _PROPOSAL_NOUNS or lows[x] in ("ceasefire", "truce") and x != k:
            continue
        y = x - 1
        while y >= max(0, x - 5) and (lows[y] in _NP_GAP or toks[y].text == "."):
            if y in by_k and lows[y] not in ("the", "a", "an"):
                break
            y -= 1
        if y >= 0 and y in by_k and (lows[y - 1] if y else "") not in ("with", "against", "between"):
            first = _first_of_coordination(toks, ents, ents.index(by_k[y]))
            if first is not by_k[y] and lows[x] in ("ceasefire", "truce"):
                return None  # "Thailand and Cambodia's ceasefire": the sides' truce, proposed by neither
            return first
    return None


def _proposed_by(toks: list[Token], lows: list[str], ents: list[Entity], k: int, after: int,
                 hi: int) -> Entity | None:
    """3. "proposed/brokered/mediated by X", "a proposal from X", "a demand by Ukraine"."""
    for x in range(max(0, k - 22, after + 1), hi):
        if lows[x] in ("by", "from") and x > 0 and any(lows[y] in _BY_HEADS for y in range(max(0, x - 3), x)):
            if lows[x - 1] == "backed" or lows[x - 1] in _ANSWER_VERBS:
                continue  # "backed by the EU", "the proposal was rejected by Russia"
            e = _entity_after(toks, ents, x, 9)
            if e:
                return e
    return None


def _presented_by(lows: list[str], ents: list[Entity], k: int) -> Entity | None:
    """3b. "a truce proposal that Egypt presented", "the plan Washington put forward"."""
    n = len(lows)
    for x in range(k, min(n, k + 5)):
        if lows[x] in ("that", "which") or x == k or lows[x] in _PROPOSAL_NOUNS:
            e = next((e for e in ents if x < e.k <= x + 2), None)
            if e is not None:
                v = e.k + e.width
                if v < n and lows[v] in ("has", "had", "have"):
                    v += 1
                if v < n and _match(lows, v, _PROPOSER_VERBS):
                    return e
    return None


def _proposing_subject(toks: list[Token], lows: list[str], ents: list[Entity],
                       k: int) -> tuple[str | None, str | None] | None:
    """4. The subject of "X proposed/declared/offered/called for/brokered ..." before the mention; (None,
    None) if the one that proposes is no state side."""
    for x in range(k - 1, max(-1, k - 15), -1):
        m = _match(lows, x, _PROPOSER_VERBS)
        if not m or x + m > k or x > 0 and (lows[x - 1] in _NOT_VERB_BEFORE or lows[x - 1] in _ANSWER_VERBS):
            continue  # "a U.S.-brokered proposal", "rejected calls for a truce": no verb
        if any(lows[c[0]] in _ANSWER_VERBS and lows[c[0] - 1] != "to" for c in _cues(toks, lows, x + m, k)):
            continue  # "Israel announced it rejected the truce" (but "called on both to observe a truce")
        end = _before_aside(lows, x)
        cands = [e for e in ents if max(0, x - 16) <= e.k < end and not _is_object(toks, e) and not e.backer
                 and not any(t.low in _SUBORDINATORS for t in _after_relative(toks[e.k + e.width:x]))]
        if cands:
            e = cands[-1]
            return _as_proposer(_first_of_coordination(toks, ents, ents.index(e)))
        return None, None  # "the UN envoy proposed", "an alliance of armed groups declared": no state
    return None


def _before_aside(lows: list[str], x: int) -> int:
    """Where the subject of the verb at x ends: before an aside set off by commas right before the verb
    ("Trump's plan, unveiled at the White House alongside Netanyahu, calls for": Trump's, not Netanyahu)."""
    if x < 2 or lows[x - 1] != ",":
        return x
    opening = next((c for c in range(x - 2, max(-1, x - 16), -1) if lows[c] == ","), None)
    return opening if opening is not None and lows[opening + 1] not in ("who", "which") else x


def _unilateral(toks: list[Token], lows: list[str], ents: list[Entity],
                k: int) -> tuple[str | None, str | None] | None:
    """5. A unilateral pause: "Israel said it would pause fighting", "Russia will halt strikes"."""
    if lows[k] in _PAUSE and k > 0 and lows[k - 1] in ("would", "will", "to") and \
            not any(lows[j] in _NOT_UNILATERAL for j in range(max(0, k - 5), k - 1)) and \
            not any(lows[j] in ("if", "provided", "unless", "once") for j in range(k + 1, min(len(lows), k + 5))):
        # (not "would stop firing if Israel halted its strikes": an answer on a condition, no offer of its own)
        # not "reached an understanding to stop all firing", "agreed on Friday to halt strikes"
        cands = [e for e in ents if max(0, k - 12) <= e.k < k and not _is_object(toks, e) and not e.backer]
        if cands:
            return _as_proposer(_first_of_coordination(toks, ents, ents.index(cands[0])))
    return None


def _after_relative(gap: list[Token]) -> list[Token]:
    """'Putin, who announced ...': the relative pronoun right after the name keeps it the subject."""
    if gap[:2] and gap[0].low == "," and len(gap) > 1 and gap[1].low in ("who", "which"):
        return gap[2:]
    if gap[:1] and gap[0].low in ("who", "which"):
        return gap[1:]
    return gap


def _proposing_before(lows: list[str], k: int) -> bool:
    return any(_match(lows, x, _PROPOSER_VERBS) for x in range(max(0, k - 8), k))


def _proposed_after(lows: list[str], k: int) -> bool:
    """'the 30-day ceasefire proposed by the United States', 'a truce brokered by Qatar': the mention's
    own proposer follows it."""
    return any(lows[x] in ("by", "from") and lows[x - 1] in _BY_HEADS and lows[x - 1] not in _PROPOSAL_NOUNS
               for x in range(k + 2, min(len(lows), k + 5)))


def _announcer(toks: list[Token], ents: list[Entity]) -> tuple[str, str] | None:
    """'Trump announced that Israel and Iran had agreed', 'X and Y agreed ..., Saudi Arabia said': the
    state that says two others agreed is the broker."""
    lows = [t.low for t in toks]
    ents = sorted(ents, key=lambda e: e.k)  # "the two sides" (found apart) in its place
    agreers: set[str] = set()
    for e, hits in _stance_windows(toks, ents):
        if any(s == "accepted" and lows[p] in ("agreed", "agree", "accepted", "signed") for p, s, _ in hits):
            agreers.add(e.code)
    if not agreers:
        return None
    for x, t in enumerate(toks):
        if t.low not in _SPEECH:
            continue
        cands = [e for e in _subjects(toks, ents) if max(0, x - 10) <= e.k < x]  # not "in Russia and Ukraine"
        for e in cands:
            # not a side itself ("Russia accepted the truce, Ukrainian officials said")
            if e.code not in agreers and not e.nonstate and e.code != BOTH_SIDES and \
                    (e.code in MEDIATORS or not any((e.code, a) in _PAIRS for a in agreers)):
                if lows[x] in ("said", "says", "announced", "announces", "told") and any(
                        a.k > x for a in ents if a.code in agreers) or any(a.k < e.k for a in ents
                                                                          if a.code in agreers):
                    return e.code, e.text
    return None
