"""Sentence gates: the news part of a sentence, and whether it can report an attack at all (not background,
hypothetical, another month, a disaster, an arrest, a drill, a denial, production capacity or an arms delivery)."""

from __future__ import annotations

import re

from .filters import (
    BACKGROUND_HINTS,
    WEEKDAYS,
    earlier_day,
    is_background,
    is_fresh,
    news_before_background,
    other_month,
    sentence_hypothetical,
)
from .lexicon import (
    ARMS_SUPPLY,
    ATTACK_NOUNS,
    ATTACK_VERBS,
    CONFLICT_ACTS,
    CUES,
    DISASTER_WORDS,
    EXERCISE,
    EXERCISE_PHRASES,
)
from .records import Context
from .text import Sentence, Token, lows_of

_EARLIER_CLAUSE = re.compile(r",\s+(?:\w+\s+)?(?:hours|days|weeks|months|a day|a week|a month)\s+after\s+\w|"
                             r"\s+(?:days|weeks|months|a day|a week|a month)\s+after\s+(?:a|an|the)\s|"
                             r"\s+(?:two|three|four|five|six|several|\d+)\s+(?:days|weeks|months)\s+after\s+\w")
_WITHIN_A_DAY = re.compile(r"\ba day\s+after\b")
_CUMULATIVE = re.compile(r",\s+(?:bringing|raising|taking|pushing|lifting)\s+(?:the|its|their|total)\b")
_FOUR_DIGITS = re.compile(r"\b[12]\d{3}\b")
_AFTERMATH = frozenset(CUES["aftermath"])  # data/cues.json
_DENIAL_WORDS = frozenset({"denied", "denies", "deny", "dismissed", "rejected"})
_CUT_WORDS = frozenset({"bringing", "raising", "taking", "pushing", "lifting"})
_MONTH_WORDS = frozenset(CUES["month_words"])  # data/cues.json
_DENIAL = re.compile(r"\b(?:denied|denies|deny|dismissed|rejected)\s+(?:the\s+)?(?:reports?|claims?|rumou?rs)\b")
_PRODUCTION = frozenset(CUES["production"])  # data/cues.json
_REFERRED_ATTACKS = frozenset(CUES["referred_attacks"])
_PERFECT_TOLL = re.compile(r"\bha(?:s|ve) been (?:killed|wounded|injured)\b")


def news_part(sent: Sentence, toks: list[Token], ctx: Context) -> tuple[Sentence, list[Token], str, list[str],
                                                                         set[str], bool]:
    """The sentence without a trailing running total, earlier event or background clause: (sentence, tokens,
    lower-case text, lower-case tokens, their set, whether it may be background)."""
    low = sent.text.lower()
    lows = lows_of(toks)
    words = set(lows)
    cut = _CUMULATIVE.search(low) if not words.isdisjoint(_CUT_WORDS) else None
    # "..., bringing the toll since October 2023 to 53,000": keep the news, drop the running total
    if cut and not is_background(sent.text[cut.start():], low[cut.start():], ctx.year) and \
            " since " not in low[cut.start():]:  # "bringing the toll since Sunday to more than 300": a running total
        cut = None
    if cut is None and "after" in words:
        cut = _EARLIER_CLAUSE.search(low, 1)  # "hit the port of Hodeidah, days after a Houthi missile landed"
        if cut and _WITHIN_A_DAY.search(low, cut.start(), cut.end()) and \
                not (ATTACK_NOUNS | ATTACK_VERBS).isdisjoint(lows_of([t for t in toks if t.start - sent.start >= cut.end()])):
            cut = None  # "a day after an RSF drone strike killed 40": within the past day, news (convention 1)
    end = cut.start() if cut else -1
    maybe_background = _may_be_background(low, words)
    if end < 0 and maybe_background:
        end = news_before_background(sent.text, low, ctx.year)  # ", despite a truce in place since November"
    if end >= 0:
        sent = Sentence(sent.start, sent.start + end, sent.text[:end], sent.paragraph)
        toks = [t for t in toks if t.end <= sent.end]
        low = low[:end]
        lows = lows_of(toks)
        words = set(lows)
    return sent, toks, low, lows, words, maybe_background


def past_or_unreal(sent: Sentence, toks: list[Token], low: str, words: set[str], maybe_background: bool,
                   ctx: Context) -> bool:
    """Background, hypothetical, a look back, another month or a natural disaster: no news of an attack.
    Records in ctx whether the sentence was background (a next one about 'the attack' is too)."""
    background = ctx.background_section or maybe_background and is_background(sent.text, low, ctx.year, ctx.weekday) \
        or _two_days_old(low, words, ctx, sent.paragraph)
    if not background:
        background = _continues_background(sent, toks, low, words, ctx)
    if background and not words.isdisjoint(WEEKDAYS):
        ctx.stale_para = sent.paragraph
    # another month or an earlier day dates it too ("The fighting broke out on October 11, ..."), so that
    # "those clashes" next are the same old ones
    background = background or _other_day(low, words, ctx)
    ctx.prev_background, ctx.prev_para = background, sent.paragraph
    if background or sentence_hypothetical(toks) or (ctx.retrospective and not is_fresh(low)):
        return True
    return bool(words & DISASTER_WORDS and not (words & CONFLICT_ACTS))


def _continues_background(sent: Sentence, toks: list[Token], low: str, words: set[str], ctx: Context) -> bool:
    """A sentence that goes on with the background just told: about "the attack", or a perfect toll (the other
    side's war toll after one side's: "In Lebanon, more than 450 people have been killed"), or a part of the old
    total ("India has said 15 were killed in Poonch district alone"). The sentence before may be one not read
    (no trigger word) that dates itself ("The M23 seized Goma in late January", "The skirmishes have so far
    resulted in 10 civilian deaths")."""
    perfect = "been" in words and _PERFECT_TOLL.search(low) is not None
    if ctx.prev_background and sent.paragraph <= ctx.prev_para + 1:
        return refers_back(toks) or perfect or sent.paragraph == ctx.prev_para and "alone" in words
    prev = ctx.prev_unread
    return prev is not None and prev.paragraph >= sent.paragraph - 1 and (refers_back(toks) or perfect) and \
        _dated_past(prev, ctx)


def _dated_past(sent: Sentence, ctx: Context) -> bool:
    """A sentence with no trigger word (not read) that tells of earlier days: background, or another month or
    an earlier day of this one."""
    low = sent.text.lower()
    words = set(_WORDS.findall(low))
    return _may_be_background(low, words) and is_background(sent.text, low, ctx.year, ctx.weekday) or \
        _other_day(low, words, ctx)


def _may_be_background(low: str, words: set[str]) -> bool:
    """A background cue word or a four-digit year: only then can is_background find anything."""
    return not words.isdisjoint(BACKGROUND_HINTS) or _FOUR_DIGITS.search(low) is not None


def _other_day(low: str, words: set[str], ctx: Context) -> bool:
    """Another month or an earlier day of this one ("The fighting broke out on October 11, ...")."""
    return not words.isdisjoint(_MONTH_WORDS) and (other_month(low, ctx.month) or earlier_day(low, ctx.month, ctx.day))


_WORDS = re.compile(r"[a-z]+")
_WEEKDAY = re.compile(r"\b(?:on |since |late |early )?(" + "|".join(WEEKDAYS) + r")(?:'s|’s)?\b")
_HARMED_IN_DAY = re.compile(r"\b(?:killed|wounded|injured|died) in (?:the |last )?(" + "|".join(WEEKDAYS) +
                            r")(?:'s|’s)\b")
_NOW = re.compile(r"\b(?:today|tonight|overnight|this morning|this evening|hours|rose to|risen to|climbed to|"
                  r"increased to)\b")


def _two_days_old(low: str, words: set[str], ctx: Context, paragraph: int) -> bool:
    """'Monday's strike destroyed part of a building' in a Wednesday article: two or more days before the
    news day (convention 30); so are the sentences of its paragraph that give no day of their own. A toll
    update ('rose to') or another, fresh day keeps it news."""
    if ctx.weekday is None:
        return False
    if "weekend" in words and 1 <= ctx.weekday <= 3 and _WEEKEND.search(low) and not _NOW.search(low):
        return True  # "The US joined the campaign at the weekend" in a Tuesday to Thursday article
    days = [m for m in _WEEKDAY.finditer(low)] if not words.isdisjoint(WEEKDAYS) else []
    if not days:
        return ctx.stale_para == paragraph == ctx.prev_para and ctx.prev_background and _NOW.search(low) is None
    # "Monday's strike" or a recap opening "On Wednesday, ..." two to four days on is a past one; a plain
    # "on Sunday" may still be reported as news ("Separately, AFRICOM said it carried out an airstrike on
    # Sunday"). Five or six days "back" is more likely a date slip or the days ahead: left as news.
    if _NOW.search(low):
        return False
    harmed = _HARMED_IN_DAY.search(low)  # "funerals on Wednesday for the six killed in Sunday's strike"
    if harmed and 2 <= (ctx.weekday - WEEKDAYS.index(harmed.group(1))) % 7 <= 4:
        return True
    return all(_stale_day(m, low, ctx.weekday) for m in days)


_WEEKEND = re.compile(r"\b(?:at|over|during) the weekend\b|\blast weekend\b")


def _stale_day(m: re.Match, low: str, weekday: int) -> bool:
    back = (weekday - WEEKDAYS.index(m.group(1))) % 7
    if m.group().endswith(("'s", "’s")):
        return 2 <= back <= 4
    # "On Friday evening, ..."; "Israel had also struck tanks in Sweida on Monday"; "ISPR said on Sunday that
    # forces had killed 12" in a Tuesday article: a statement two days old reports something older still; "The
    # talks came a day after ... carried out a drone attack on Sunday": told as what came before other news
    return 2 <= back <= 4 and (m.start() == 0 and low.startswith("on ") or " had " in low or
                               " after " in low[:m.start()])


_CAME = re.compile(r"(?:the|this|that|the latest) (?:[\w-]+ )?(?:attack|attacks|strike|strikes|barrage|assault|"
                   r"bombardment|shelling|wave|clashes|fighting|escalation|violence) came\b")
_FLIGHTS = frozenset(CUES["flight_words"])  # data/cues.json
_FLIGHT_STOPS = frozenset(CUES["flight_stops"])


def no_attack_reported(low: str, words: set[str], roles: list, strong: bool) -> bool:
    """The news is something else than an attack: an arrest, a drill, a denial, a capacity or a delivery.
    `strong`: the sentence has a strong attack verb."""
    if not words.isdisjoint(_AFTERMATH) and not roles:
        return True  # "arrested members of the cell behind the attack": the news is the arrest
    if "came" in words and _CAME.match(low):
        return True  # "The attack came hours after Zelensky, speaking in Oslo, ...": when, not what
    if not words.isdisjoint(_FLIGHTS) and not words.isdisjoint(_FLIGHT_STOPS) and not roles and not strong:
        return True  # "Flights at Kazan and Kaluga airports were suspended": precautions, no hit
    if (not words.isdisjoint(EXERCISE) or any(p in low for p in EXERCISE_PHRASES)) and \
            not any(r.role in ("killed", "injured") for r in roles):
        return True  # "launched two Iskanders at a mock command post" in drills: no attack
    if not words.isdisjoint(_DENIAL_WORDS) and _DENIAL.search(low):
        return True  # "denied reports of an explosion": nothing happened, by the only account given
    if not words.isdisjoint(_PRODUCTION) and not roles and not strong:
        return True  # "a factory can produce 100 drones a day": capacity, not an attack
    if not words.isdisjoint(ARMS_SUPPLY) and not strong and \
            not any(r.role in ("killed", "injured", "outage") for r in roles):
        return True  # "125 drone interceptors as part of a $1.5 billion package": a delivery (not "power supplies")
    return False


_PART_OPENERS = (["of", "those"], ["of", "them"], ["of", "these"], ["among", "them"], ["among", "those"])


def refers_back(toks: list[Token]) -> bool:
    """A sentence about 'the attack' right after a background one ('...in the attack'), or a part of its
    total ('Of those, 859 were killed near aid sites')."""
    lows = [t.low for t in toks]
    if lows[:2] in _PART_OPENERS:
        return True
    return any(lows[k] in ("the", "those", "these", "that") and lows[k + 1] in _REFERRED_ATTACKS
               for k in range(len(lows) - 1)) and not any(w in ("overnight", "today") for w in lows)

