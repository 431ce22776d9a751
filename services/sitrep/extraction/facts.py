"""One sentence -> facts: attack and casualty statements with their counts, place, actor and claimant.

A fact is one sentence's say about one (type, location, weapon); merge.py joins the facts of an article.
The steps live in their own modules: gates (can the sentence report anything), counts (numbers -> roles),
intercepts, triggers, attacker, place_mentions and placement (where each fact is).
"""

from __future__ import annotations

import re

from .attacker import ARMIES, military_target, national_army, sentence_actor
from .counts import assign_roles
from .filters import is_hypothetical, may_be_hypothetical
from .gates import news_part, no_attack_reported, past_or_unreal
from .intercepts import interception_roles
from .lexicon import (
    CONFLICT_WORDS,
    CUES,
    DISASTER_WORDS,
    HARM_BEFORE,
    OUTAGE_PHRASES,
    OWN_ARMY_COUNTRIES,
    STRONG_CLAUSE,
    SUPERLATIVES,
)
from .locations import Loc, SentencePlaces
from .numbers import find_numbers
from .people import singular_mentions
from .place_mentions import sentence_places
from .placement import build_facts
from .records import Context, Fact, Role
from .text import Sentence, Token, tokenize
from .triggers import has_trigger, interception, occurrence, opened_fire, operation_against, weapons_used
from .weapons import care_struck, main_weapon, targets

_OUTAGE_HINTS = frozenset(w for p in OUTAGE_PHRASES for w in p.split() if w not in ("without", "off", "the", "to",
                                                                                "from", "cut", "access"))
_RUNNING = re.compile(r"\bsince (?:then|monday|tuesday|wednesday|thursday|friday|saturday|sunday|the (?:start|"
                      r"beginning|outbreak)|(?:israel|russia|iran|the \w+) (?:launched|began|started))\b")
_ON_WEEKDAY = re.compile(r"\bon (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b")  # the operation's day
_TODAY = re.compile(r"\b(?:this (?:morning|afternoon|evening)|today|tonight|at dawn)\b")
_TROOPS = frozenset(CUES["troop_nouns"])  # data/cues.json
_BOTH_SIDES = re.compile(r"\b(?:on|from) (?:both|either) sides?\b")


def sentence_facts(sent: Sentence, ctx: Context, toks: list[Token] | None = None) -> list[Fact]:
    toks = tokenize(sent) if toks is None else toks
    sent, toks, low, lows, words, maybe_background = news_part(sent, toks, ctx)
    if past_or_unreal(sent, toks, low, words, maybe_background, ctx):
        return []
    hypothetical = may_be_hypothetical(words)  # else no count or verb needs the modal test
    roles = _sentence_roles(toks, lows, words, low, sent, ctx, hypothetical)
    if any(r.role in ("killed", "injured") and r.value >= CUMULATIVE_TOLL for r in roles):
        return []  # "the names of more than 100,000 Russian soldiers killed in Ukraine": a war's tally, no day's
    occurred = occurrence(lows, words)  # "the attack happened in X": a trigger and a strong statement
    trigger = has_trigger(toks, lows, words, low, hypothetical) or occurred
    if not roles and not trigger:
        return []
    weapons = weapons_used(toks, lows, words)
    operation = operation_against(lows, words)  # "the army carried out an operation against the extremist force"
    conflict = len(words & CONFLICT_WORDS) + len(weapons) + operation
    downed_before = not weapons and ctx.last_weapon and trigger and interception(words, low)
    if downed_before:
        conflict += 2  # "The rest were downed over Bryansk, Kursk and Tula oblasts": the drones just counted
    claimant, claim, actor, actor_name, actor_tok = sentence_actor(sent, toks, words, ctx)
    if conflict == 0 and actor_name is None and ctx.last_loc.key == "-" and not ctx.conflict_seen:
        roles = [r for r in roles if r.weapon]  # a toll with no war anywhere in sight: not ours
    ctx.conflict_seen = ctx.conflict_seen or conflict > 0
    strong = not words.isdisjoint(STRONG_CLAUSE) or occurred or opened_fire(lows, words) or operation
    if no_attack_reported(low, words, roles, strong) or \
            ctx.drill and not any(r.role in ("killed", "injured") for r in roles):  # launches in an exercise
        return []
    if actor is None and actor_name is None and conflict == 0 and not roles and \
            not (strong and (ctx.last_loc.key != "-" or ctx.conflict_seen and "recorded" in words)):
        return []  # ("Hits were recorded in Kyiv, Odesa and Lviv regions" after a placeless total is news)
    sp = sentence_places(sent, toks, words, ctx, actor_tok, claim)
    facts = build_facts(sent, toks, words, ctx, sp, roles, weapons, trigger, conflict + (actor_name is not None),
                        actor, strong)
    weapon = main_weapon(weapons) or (ctx.last_weapon if downed_before else None)
    facts = _describe(facts, toks, low, lows, words, sp, weapon, actor, actor_name, claimant, actor_tok)
    if facts:
        _remember(ctx, facts, sent, weapon)
    return facts


def _sentence_roles(toks: list[Token], lows: list[str], words: set[str], low: str, sent: Sentence, ctx: Context,
                    hypothetical: bool) -> list[Role]:
    """The sentence's counts with their roles (launched, intercepted, killed ...), stated interceptions too."""
    outage = not words.isdisjoint(_OUTAGE_HINTS) and any(p in low for p in OUTAGE_PHRASES)
    nums = find_numbers(toks, lows)
    if not words.isdisjoint(("a", "an", "another", "his", "her", "their", "its")) or \
            ("the" in words and not words.isdisjoint(HARM_BEFORE)):  # "killing the driver"
        ones = singular_mentions(toks)  # an age inside one ("a 65-year-old woman") is no number of its own
        nums = sorted([m for m in nums if not any(o.q < m.q and m.j <= o.j for o in ones)] + ones,
                      key=lambda m: (m.q, m.i))
    if "losses" in words or "lost" in words and not words.isdisjoint(_TROOPS):
        nums = []  # "losses ... amounted to 205 servicemen, one tank and four artillery guns", "Russia had lost
        # 1,020 soldiers over the past day, along with 14 artillery systems and 53 drones": a loss tally
    roles = [r for r in assign_roles(toks, nums, outage, ctx.last_weapon)
             if r.role != "lost" and not (hypothetical and is_hypothetical(toks, r.cue if r.cue >= 0 else r.first))] \
        if nums or "all" in words else []
    if not words.isdisjoint(_RATE_HINTS):  # "Russia drops more than 100 guided bombs on Ukrainian towns every day"
        roles = [r for r in roles if not (r.weapon and r.role in ("launched", "intercepted") and _rate_after(lows, r.last))]
    if "settlements" in words:  # "registered 31 shells fired at settlements": a daily tally (convention 25);
        # not "attacked 28 settlements with 96 drones, 43 of which were shot down" (a drone count, convention 13)
        roles = [r for r in roles if r.role != "launched" or r.weapon in ("drone", "missile")]
    # "Pakistan said it shot down five Indian fighter jets": manned aircraft downed are no attack (convention 25)
    roles = [r for r in roles if not (r.weapon == "airstrike" and r.role == "intercepted")]
    # "499 air attack vehicles: 479 Shahed-type drones ... and 20 missiles": the classes' own figures stand,
    # not the combined one (convention 12)
    # "the March 28 earthquake that killed more than 3,700": a disaster's toll, even beside airstrikes
    roles = [r for r in roles if not (r.role in ("killed", "injured") and r.cue > 0 and
                                      not DISASTER_WORDS.isdisjoint(lows[max(0, r.cue - 3):r.cue]))]
    per_class = {r.role for r in roles if r.weapon and r.weapon != "mixed"}
    roles = [r for r in roles if not (r.weapon == "mixed" and r.role in per_class)]
    return roles + interception_roles(toks, lows, words, low, sent.start, roles, ctx.last_weapon)


# A toll this large is a war's or a year's running total, never one day's (the deadliest days of recent wars
# killed or wounded a few thousand at most)
CUMULATIVE_TOLL = 5000
_RATE_OPENERS = frozenset(CUES["rate_openers"])  # data/cues.json
_RATE_UNITS = frozenset(CUES["rate_units"])
_RATE_WORDS = frozenset(CUES["rate_words"])
_RATE_HINTS = _RATE_WORDS | _RATE_OPENERS


def _rate_after(lows: list[str], k: int) -> bool:
    """'... every day', '... per night', '... daily' in the clause after token k: a rate, not one attack."""
    for x in range(k, min(len(lows), k + 12)):
        if lows[x] in (";", ".", ",", "but", "while") or lows[x] in SUPERLATIVES:
            return False  # (not "launched 80 drones overnight, the third large attack this week", nor "in one of
            # its biggest attacks this year")
        if lows[x] in _RATE_WORDS or lows[x] in _RATE_OPENERS and x + 1 < len(lows) and lows[x + 1] in _RATE_UNITS:
            return True
    return False


def running_toll(low: str) -> bool:
    """'since Friday', 'since then', 'since the war began': a running total over several days (not 'since the
    IDF began its operation in Jenin this afternoon')."""
    m = _RUNNING.search(low) if " since " in low else None
    return m is not None and not _TODAY.search(low, m.end(), m.end() + 64) and \
        not (m.group().endswith(("start", "beginning")) and _ON_WEEKDAY.search(low, m.end(), m.end() + 64))


def _describe(facts: list[Fact], toks: list[Token], low: str, lows: list[str], words: set[str], sp: SentencePlaces,
              weapon: str | None, actor: str | None, actor_name: str | None, claimant: str | None,
              actor_tok: int = -1) -> list[Fact]:
    """Give the facts the sentence's actor, claimant, weapon and targets."""
    tgt = targets(words) if facts else []
    if "military" in tgt and not military_target(lows, words):
        tgt.remove("military")
    if "healthcare" in tgt and not care_struck(toks):
        tgt.remove("healthcare")
    broad = bool(sp.across) or "nationwide" in words or "countrywide" in words
    running = running_toll(low)
    if "sides" in words and _BOTH_SIDES.search(low):
        facts = [f for f in facts if f.kind != "casualty"]  # "killing 17 on both sides of the frontier": no one place
    army = national_army(lows) if actor is None and not ARMIES.isdisjoint(words) else -1
    # "army drones struck Nyala airport, which the RSF uses": the army named first is the attacker
    own_army = army >= 0 and (actor_name is None or actor_tok < 0 or army < actor_tok)
    for f in facts:
        f.actor, f.actor_name, f.claimed_by = actor, actor_name, claimant
        if own_army and f.loc.country in OWN_ARMY_COUNTRIES:
            f.actor = f.loc.country  # "army airstrikes on Nyala": Sudan's army (convention 18)
        f.broad = broad
        f.running = running
        f.sentence_weapon = weapon
        f.targets = tgt  # a casualty's too: the attack behind it (merge) is on the same targets
        if f.kind == "attack":
            f.weapon = f.weapon or weapon
    return facts


def _remember(ctx: Context, facts: list[Fact], sent: Sentence, weapon: str | None) -> None:
    """What the next sentences may refer back to: the last place, region and weapon."""
    last = facts[-1]
    keys = {f.loc.key for f in facts}
    if len(keys) > 1 and all(f.loc.country == last.loc.country for f in facts):
        ctx.last_loc = Loc(last.loc.country)  # several places: what follows is about the country
    elif not last.inherited or (last.loc.region is None and last.loc.country and last.counts and
                                last.kind == "attack"):
        ctx.last_loc = last.loc  # (also "fired 66 missiles ... across the country": what follows is nationwide)
    ctx.last_region = next((f.loc for f in reversed(facts) if f.loc.region and not f.inherited), ctx.last_region)
    ctx.last_para = sent.paragraph
    ctx.last_at_sea = last.maritime and last.loc.key == "-"
    ctx.last_weapon = next((f.weapon for f in facts if f.weapon and f.counts), None) or weapon or ctx.last_weapon
