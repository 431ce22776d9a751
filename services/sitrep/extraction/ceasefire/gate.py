"""Which sentences announce a proposal: the article gate (a ceasefire gate word at all, a ceasefire already
in force), and the trigger sentences (a mention and a proposal/response word, not background, speculation
or a violation)."""

from __future__ import annotations

import re

from ..filters import is_background
from ..lexicon import CUES, PROPOSAL_WORDS
from ..text import Sentence, Token, tokenize
from .background import _background, _stale
from .mentions import _commitment, _mentions

_SPECULATION = frozenset({"bet", "bets", "betting", "investors", "traders", "odds", "speculation", "priced",
                          "pricing", "markets", "warrants", "bonds", "prospects"})
_EXPLICIT = frozenset({"proposal", "proposed", "proposes", "propose", "proposing", "offer", "offered", "offers",
                       "plan", "initiative", "new", "declared", "declares", "announced", "announces", "agreed",
                       "agree", "accepted", "rejected", "dismissed", "welcomed", "refused", "backed",
                       "endorsed", "approved", "ordered"})
_EXTENSION = frozenset(CUES["ceasefire"]["extension_words"])
_GATE_WORDS = tuple(CUES["ceasefire_gate_words"]) + tuple(CUES["ceasefire"]["truce_phrases"]) + tuple(
    f"{m} {n}" for m in CUES["ceasefire"]["maritime_deal_modifiers"] for n in CUES["ceasefire"]["agreement_nouns"])
# data/cues.json: truce words, and the truce phrases of mentions.py
_VIOLATION_STEMS = tuple(CUES["ceasefire_violation_stems"])  # data/cues.json
_VIOLATION = re.compile("|".join(re.escape(s) for s in _VIOLATION_STEMS), re.I)
_IN_FORCE = tuple(CUES["ceasefire"]["in_force_phrases"])
_CONCESSIONS = tuple(CUES["ceasefire"]["concession_openers"])
# The only characters that match a letter of _VIOLATION under re.I but do not lower-case to it.
_FOLD_ONLY = ("ı", "ſ")


def _mentions_violation(text: str, low_text: str) -> bool:
    """_VIOLATION.search(text), decided by substring tests on the lower-cased text (a case-insensitive
    regex scan of a whole article costs ~0.3 ms); the regex runs only if the text holds a dotless i or a
    long s, which re.I folds to i and s."""
    if any(c in low_text for c in _FOLD_ONLY):
        return bool(_VIOLATION.search(text))
    return any(w in low_text for w in _VIOLATION_STEMS)


_UNREAL_BEFORE = tuple(CUES["ceasefire"]["unreal_violation_openers"])  # data/cues.json
_UNREAL_REACH = max(map(len, _UNREAL_BEFORE))
_EARLIER_TRUCE = tuple(CUES["ceasefire"]["earlier_truce_phrases"])


def violation_reported(text: str, low_text: str, sentences: list[Sentence], year: int | None) -> bool:
    """A violation or collapse told as news; not a warning ("a response to any violations") nor one of an
    earlier truce, recalled in a background sentence ("Earlier this month ... both sides accused each other
    of violating"). Violations "since" a deal are of a truce still in force: told."""
    if not _mentions_violation(text, low_text):
        return False
    earlier = -1  # the paragraph of the last sentence that named an earlier truce
    for sent in sentences:
        low = low_text[sent.start:sent.end]
        if any(w in low for w in _EARLIER_TRUCE):
            earlier = sent.paragraph
        elif _tells_violation(low) and sent.paragraph != earlier and \
                (" since " in low or not is_background(sent.text, low, year)):
            return True  # (not "Russia, in turn, accused Ukraine of 4,900 violations" after "Putin's previous truce")
    return False


def _tells_violation(low: str) -> bool:
    """A violation word that is not a warning or a hypothesis ("any violations", "in case of violations")."""
    return any(
        not low[max(0, m.start() - _UNREAL_REACH):m.start()].endswith(_UNREAL_BEFORE) for m in _VIOLATION.finditer(low))


def _in_force(low_text: str) -> bool:
    """'despite a ceasefire that has been in place since late November': a truce already in force."""
    return any(w in low_text for w in _IN_FORCE)


def _tokens_of(tokens: dict[int, list[Token]], sent: Sentence) -> list[Token]:
    """The sentence's tokens, made once per article: `tokens` maps sentence start -> tokens."""
    toks = tokens.get(sent.start) or tokenize(sent)
    tokens[sent.start] = toks
    return toks


def _is_trigger(sent: Sentence, toks: list[Token], found: list[int], strict: bool, year: int | None,
                month: int | None, day: int | None = None) -> bool:
    """A sentence with a mention that something proposes or answers; where a ceasefire is already in force
    (`strict`), only with an explicit proposal word."""
    k = found[0]
    return (any(t.low in PROPOSAL_WORDS for t in toks) or _commitment(toks, found)) and \
        not any(t.low in _SPECULATION for t in toks) and \
        (not strict or any(t.low in _EXPLICIT for t in toks) or _extends(toks, found)) and \
        not _background(sent, toks, k, year, month, day) and \
        not (_tells_violation(_main_clause(sent, toks, k).lower()) and
             not any(t.low in ("proposal", "proposed") for t in toks))


def _extends(toks: list[Token], found: list[int]) -> bool:
    """'would extend a temporary ceasefire by 20 days': an extension of the truce named is news even where
    it was violated (convention 41); not 'a deadline later extended'."""
    return any(toks[x].low in _EXTENSION for k in found for x in range(max(0, k - 4), k))


def _main_clause(sent: Sentence, toks: list[Token], k: int) -> str:
    """The sentence up to a concession after its first truce word ('agreed to extend the ceasefire ...,
    despite repeated violations'): violations conceded there do not make the truce one in force."""
    cut = toks[k].end - sent.start
    low = sent.text.lower()
    ends = [i for i in (low.find(w, cut) for w in _CONCESSIONS) if i >= 0]
    return sent.text[:min(ends)] if ends else sent.text


def _triggers(sentences: list[Sentence], gated: set[int], tokens: dict[int, list[Token]], strict: bool,
              year: int | None, month: int | None, weekday: int | None,
              day: int | None = None) -> tuple[dict[int, list[int]], set[int], set[int]]:
    """(mentions of each gated sentence, trigger sentences, stale triggers): a stale trigger is about a day
    two or more days back, news only with a fresh one."""
    mentions: dict[int, list[int]] = {}
    trigger_idx: set[int] = set()
    stale: set[int] = set()
    for i in sorted(gated):
        sent = sentences[i]
        toks = _tokens_of(tokens, sent)
        found = mentions[i] = _mentions(toks)
        if found and _is_trigger(sent, toks, found, strict, year, month, day):
            trigger_idx.add(i)
            if weekday is not None and _stale(sent, toks, found[0], weekday):
                stale.add(i)
    return mentions, trigger_idx, stale
