"""Statements that are not the news of the day: background/historical, hypothetical or threatened acts.

- background: a phrase such as "since the war began", "last month", "so far this year", "the war has
  killed", or a year before the article's year ("in 2022"). A superlative ("the largest attack since the war
  began") keeps the sentence: the comparison is historical, the attack is not.
- hypothetical: a modal or threat word ("could", "threatened", "if") in the few words before the trigger.
Negations ("no one was hurt") need no filter: they carry no count and no casualty cue on a number.
"""

from __future__ import annotations

import re

from .lexicon import (
    BACKGROUND,
    CUES,
    EXERCISE,
    FRESH,
    HYPOTHETICAL,
    RETROSPECTIVE,
    SPORTS,
    SUPERLATIVES,
    WEAPON_WORDS,
)
from .numbers import number_value
from .text import Token, alternation

# The lookahead on the phrases' first letters lets the scan skip most positions before trying the ~130
# alternatives (a third faster), and the trie tries only the phrases that share the next letters (2.5x faster
# again; the matches are those of the flat longest-first alternation).
_BACKGROUND = re.compile(r"\b(?=[" + "".join(sorted({re.escape(p[0]) for p in BACKGROUND})) + r"])"
                         + alternation(sorted(BACKGROUND, key=len, reverse=True)) + r"\b")
# "in 2022", "since March 2022", "on Oct. 7, 2023" (abbreviated month names carry a full stop), and a year
# used as an adjective: "for a 2022 missile strike", "the June 5, 2022 attack", "the May 2024 strike"
_YEAR = re.compile(r"\b(?:(?i:in|since|of|from|during|between|on|until)\s+(?:[\w.-]+,?\s+){0,2}"
                   r"|(?i:a|the|its|their)\s+(?:[A-Z][a-z]{2,8}\.?\s+(?:\d{1,2},?\s+)?)?)(19\d\d|20\d\d)\b")


# A sentence can be background only if it holds one of these words (checked on its token set first).
BACKGROUND_HINTS = frozenset({p.split()[0] if p.split()[0] not in ("the", "a", "in", "so", "of", "to", "at")
                              else p.split()[-1] for p in BACKGROUND} | {"since"})
# A year as a subject: "2024 was the deadliest year for security forces, with more than 680 killed"
_YEAR_SUBJECT = re.compile(r"\b(19\d\d|20\d\d)\s+(?:was|saw|brought|proved|had been)\b")
_FOUR_DIGITS = re.compile(r"[12]\d\d\d")
# "the capital, Sanaa, held by the Houthis since 2014": who has held a place since when describes it, not the news
_HELD_BY = re.compile(r",\s+(?:held|controlled|run|ruled|occupied|besieged) by\b")
# A tally in thousands in the present perfect: "Israel says it has killed around 17,000 combatants"
_TALLY = re.compile(r"\bha(?:s|ve) (?:killed|wounded|destroyed|shot down|downed|intercepted|lost) "
                    r"(?:around |about |more than |over |nearly |some |at least |almost )?\d{1,3}(?:,\d{3})+")
# "They have launched more than 100 attacks on merchant vessels": a count of attacks over time, not one attack
_ATTACK_TALLY = re.compile(r"\bha(?:s|ve) (?:launched|carried out|conducted|staged|mounted) (?:around |about |more than |"
                           r"over |nearly |some |at least |almost )?\d[\d,]* (?:attacks|strikes|raids|assaults)\b")
_WAR_TOLL = re.compile(r"\b(?:war|conflict|fighting|offensive|campaign|invasion)\b[^.;]{0,40}?\bha(?:s|ve) "
                       r"(?:killed|left|claimed|wounded)")
# "killed 15 militants over the past 12 days": a total over a span of days (three or more), weeks or months
_SPAN = re.compile(r"\b(?:over|during|across|within|in|for) the (?:past|last|previous) ([\w,-]+) (days|weeks|months)\b")
_FRESH_PAST = re.compile(r" (?:24|48|day|night|few hours|hours|two days)")
_SINCE = re.compile(r"\bsince (?:the )?([a-z]+)")
_WORD = re.compile(r"[a-z]+")
_SAME_DAY = frozenset({"dawn", "morning", "afternoon", "evening", "overnight", "noon", "today", "tonight", "midnight"})
_FRESH = frozenset({"dawn", "midnight", "morning", "early", "overnight", "last", "monday", "tuesday", "wednesday",
                    "thursday", "friday", "saturday", "sunday", "then", "noon", "afternoon", "evening", "hours",
                    "night"})


def is_background(sentence: str, low: str, year: int | None, weekday: int | None = None) -> bool:
    at = background_at(sentence, low, year, weekday)
    span = _aside(low, at) if at >= 0 else None
    if span:  # the cue only describes the subject: read the sentence without the aside
        blank = " " * (span[1] - span[0])
        return background_at(sentence[:span[0]] + blank + sentence[span[1]:], low[:span[0]] + blank + low[span[1]:],
                             year, weekday) >= 0
    return at >= 0


_ASIDE_OPENERS = (", which ", ", who ")


def _aside(low: str, at: int) -> tuple[int, int] | None:
    """'the prime minister's task force, which has used explosive-laden drones against gangs since March,
    carried out a series of strikes on Wednesday': the span of a relative aside holding the cue at `at`, when
    the aside gives no figure of its own ('The strike, which killed 61 in April 2022, was ...' stays background)
    and the main clause goes on to a fresh time ('A truce, which Putin declared last month, is due to run from
    May 8' stays background)."""
    start = max(low.rfind(o, 0, at) for o in _ASIDE_OPENERS)
    if start < 0 or "," in low[start + 1:at]:
        return None
    end = low.find(",", at)
    if end < 0 or any(c.isdigit() for c in low[start:end]) or _FRESH.isdisjoint(_WORD.findall(low, end)):
        return None  # (the main clause dates its own news: "carried out a series of strikes on Wednesday")
    return start, end


def _recent(low: str, since: re.Match) -> bool:
    """'since dawn', 'since the barrages began Saturday night', 'since the IDF began its operation in Jenin this
    afternoon': a time within the day's news."""
    after = _WORD.findall(low, since.end(), since.end() + 64)[:9]
    if since.group(1) in ("early", "late", "mid") and after[:1] and after[0] in MONTHS:
        return False  # "since early August": weeks of it
    return since.group(1) in _FRESH or not _FRESH.isdisjoint(after[:5]) or not _SAME_DAY.isdisjoint(after) or \
        since.group(1) in ("start", "beginning") and not _FRESH.isdisjoint(after)  # "since the start of the
    # military offensive on Tuesday"


_BEGAN = frozenset({"launched", "began", "started", "erupted", "broke"})


def _began_on_a_weekday(low: str, since: re.Match, weekday: int) -> bool:
    """'since the National Liberation Army (ELN) launched an offensive against FARC dissidents ... on Thursday'
    in a Friday article: a start dated the day before or the same day (the day's news), further on in the clause."""
    after = _WORD.findall(low, since.end(), since.end() + 160)[:24]
    began = next((x for x, w in enumerate(after) if w in _BEGAN), None)
    return began is not None and any(w in WEEKDAYS and (weekday - WEEKDAYS.index(w)) % 7 <= 1
                                     for w in after[began:])


WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")  # Monday = 0


# "killed in Lebanon during the Israel-Hezbollah war": the war's toll
_DURING_WAR = re.compile(r"\bduring the (?:[\w-]+ ){0,3}(?:war|conflict)\b")
# A sentence whose subject is the war itself ("The war, which escalated sharply last September, killed more than
# 4,000 people"): its figures are the war's, not the day's
_WAR_SUBJECT = re.compile(r"(?:the|that|this) (?:[\w-]+ )?(?:war|conflict)\b(?! (?:monitor|ministry|correspondent))")


def _clause_before(low: str, at: int, reach: int) -> str:
    """The text of the clause before offset `at`, back to its comma and at most `reach` characters (where a
    superlative that makes a cue a comparison would stand)."""
    return low[max(0, at - reach):at].rsplit(",", 1)[-1]


def background_at(sentence: str, low: str, year: int | None, weekday: int | None = None) -> int:
    """Offset of the first background cue found in the sentence (`low`: its lower case), or -1. `weekday`: the
    article's (Monday = 0), if known."""
    if low.startswith(("the ", "that ", "this ")) and _WAR_SUBJECT.match(low):
        return 0
    if "during the" in low:
        m = _DURING_WAR.search(low)
        if m:
            return m.start()
    if " has " in low or " have " in low:
        m = _WAR_TOLL.search(low) or _TALLY.search(low) or _ATTACK_TALLY.search(low)
        if m:
            return m.start()  # "the war that followed has killed more than 67,000"; "it has killed around 17,000"
    if " the past " in low or " the last " in low or " the previous " in low:
        at = _span_of_days(low)
        if at >= 0:
            return at
    m = _BACKGROUND.search(low)
    if m and m.group() == "in the past" and _FRESH_PAST.match(low, m.end()):
        m = None  # "in the past 24 hours", "in the past day"
    if m and m.group() == "overall" and any(_recent(low, s) for s in _SINCE.finditer(low)):
        m = None  # "Overall, 11 were killed since the barrages began Saturday night": this attack's total
    if m and m.group() == "killed since":
        since = _SINCE.match(low, m.end() - 5)
        if since and weekday is not None and _began_on_a_weekday(low, since, weekday):
            m = None  # "32 people have been killed since the ELN launched an offensive ... on Thursday" (on Friday)
    if m and m.group().startswith("since the start") and \
            not _FRESH.isdisjoint(_WORD.findall(low, m.end(), m.end() + 64)[:9]):
        m = None  # "injured since the start of the military offensive on Tuesday": this operation's toll
    if m:
        # ("in one of its biggest attacks on the country's power grid this year": the superlative's clause)
        head = _clause_before(low, m.start(), 100)
        comparison = m.group().startswith(("since", "this year", "in years", "of the war", "in recent",
                                           "over the past", "in the past", "over the last")) or \
            " since " in low[max(0, m.start() - 80):m.start()]  # "the first casualties since the truce of May last year"
        if not (comparison and any(w in head.split() for w in SUPERLATIVES)):
            return m.start()  # a superlative excuses only a comparison ("the largest attack since 2022")
    for m in _SINCE.finditer(low) if "since " in low else ():
        head = _clause_before(low, m.start(), 70)  # the superlative's clause
        if not _recent(low, m) and not (weekday is not None and _began_on_a_weekday(low, m, weekday)) and \
                not any(w in head.split() for w in SUPERLATIVES) and not _HELD_BY.search(head):
            return m.start()
    if not _FOUR_DIGITS.search(sentence):
        return -1
    for y in [*_YEAR.finditer(sentence), *_YEAR_SUBJECT.finditer(sentence)]:
        if year is None or int(y.group(1)) < year:
            head = low[max(0, y.start() - 40):y.start()]
            adjective = y.group(0)[:1].lower() in ("t", "a", "i") and not y.group(0).lower().startswith("in ")
            if (adjective or not any(w in head.split() for w in SUPERLATIVES)) and not _HELD_BY.search(head):
                return y.start()  # ("the deadliest attack ... was the April 2015 raid": a year as an adjective
                # dates the raid; only a comparison, "the largest attack since 2022", is excused)
    return -1


def _span_of_days(low: str) -> int:
    """Offset of a span of three or more days, or of weeks or months, that no superlative compares with."""
    for m in _SPAN.finditer(low):
        n = number_value(m.group(1))
        if n and (n >= 3 or m.group(2) != "days") and \
                not any(w in _clause_before(low, m.start(), 100).split() for w in SUPERLATIVES):
            return m.start()
    return -1


# A trailing clause that can carry a background cue without making the main clause history
_TRAILING_CLAUSE = re.compile(r",\s+(?:despite|although|though|amid|which|who|as|after|following|even as|in what|"
                              r"(?:warning|saying|adding|noting|stressing|arguing) that|"
                              r"making (?:it|this)|marking|(?:in )?the (?:biggest|largest|deadliest|heaviest|worst|"
                              r"most|latest)|(?:in )?(?:the|a) (?:second|third|fourth|fifth|sixth|seventh|\w+th))\s"
                              r"|\s(?:in response to|in retaliation for|despite)\s")


# "... over the Red Sea city that has served as the government's de facto capital since 2023": what the place
# has been, not the news
_PERFECT_RELATIVE = re.compile(r" (?:that|which|who) (?:has|have|had) (?!been (?:killed|wounded|injured|hit))")


def news_before_background(sentence: str, low: str, year: int | None) -> int:
    """'A drone strike killed one person on Sunday, despite a ceasefire in place since November': the offset
    where the background clause starts when the text before it is news, else -1 (all background or none)."""
    at = background_at(sentence, low, year)
    if at <= 0 or _aside(low, at):
        return -1  # (an aside on the subject, closed before the main clause goes on: no cut)
    clauses = [c for c in _TRAILING_CLAUSE.finditer(low, 0, at + 24) if c.start() <= at] or \
        [c for c in _PERFECT_RELATIVE.finditer(low, 0, at) if "," not in low[c.end():at]]
    clause = clauses[-1] if clauses else None  # the last clause opening before the cue
    if clause is None or background_at(sentence[:clause.start()], low[:clause.start()], year) >= 0:
        return -1
    return clause.start()


_DIRECTIVES = frozenset({"ordered", "orders", "instructed", "instructs", "urged", "urges", "told", "asked",
                         "called", "authorised", "authorized", "vowed"})  # "... the military to strike": not yet done
_INFINITIVE_HEADS = frozenset({"used", "able", "set", "plan", "plans", "planning", "intend", "intends", "going",
                               "threatened", "vowed", "ready", "prepared", "preparing", "designed", "meant",
                               "try", "tried", "trying", "attempt", "attempted", "order", "want", "wants"})


_WAR_WORDS = tuple(CUES["sports_war_words"])  # data/cues.json


def is_sports(low_text: str) -> bool:
    """A sports report ('a barrage of jabs', 'fired a missile of a right hand'): four or more sports words and
    almost no word of war."""
    war = 0
    for w in _WAR_WORDS:
        if w in low_text:
            war += 1
            if war == 2:
                return False  # decided without the longer scan for sports words (nor the other war words)
    return sum(1 for w in SPORTS if w in low_text) >= 4


MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")
_MONTH_PHRASE = re.compile(r"\b(?:in|on|since|during|early|late|mid|last|between|from|through|throughout|"
                           r"(?:night|morning|evening|afternoon|day) of|the|"  # "On the night of November 29, ...",
                           # "the June 17 attack on Kyiv"
                           r"in (?:early|late|mid)|on \d{1,2}|, \d{1,2})[ -](" + "|".join(MONTHS) + r")\b|"
                           r"\b(" + "|".join(MONTHS) + r") (?:had been|has been|was|saw)\b")  # "June had been the
# deadliest month, with 232 killed": a month's total


_RELATIVE = re.compile(r", (?:which|who|whose)\b")


def _clause_end(low: str, start: int) -> int:
    """Where a relative clause opened before `start` ends: the next comma or semicolon, else the end."""
    ends = [i for i in (low.find(",", start), low.find(";", start)) if i >= 0]
    return min(ends) if ends else len(low)


_ABBREVIATED = re.compile(r"\b(jan|feb|aug|sept?|oct|nov|dec)\.(?= ?\d)")  # AP style: "on Dec. 31", "Sept. 7"
_SPELLED = {"jan": "january", "feb": "february", "aug": "august", "sep": "september", "sept": "september",
            "oct": "october", "nov": "november", "dec": "december"}


def spell_months(low: str) -> str:
    """'u.s. navy helicopters on dec. 31 sank ...' -> '... on december 31 ...': abbreviated months before a day
    spelled out, so the date checks read them."""
    return _ABBREVIATED.sub(lambda m: _SPELLED[m.group(1)], low) if "." in low else low


def other_month(low: str, month: int | None) -> bool:
    """'In December, 21 civilians were killed' in an article of another month: background."""
    if month is None:
        return False
    low = spell_months(low)
    fresh = is_fresh(low)
    # "around En Nahud, which the RSF seized in May": the town's history, not the news's month
    relatives = [(r.start(), _clause_end(low, r.end())) for r in _RELATIVE.finditer(low)] if ", wh" in low else []
    for m in _MONTH_PHRASE.finditer(low):  # "In December, 21 were killed" (unless it also says "on Tuesday")
        if any(a < m.start() < b for a, b in relatives) or _in_since_clause(low, m.start()):
            continue
        if MONTHS.index(m.group(1) or m.group(2)) + 1 != month and (m.start() < 40 or not fresh):
            return True
    return False


_DATED = re.compile(r"\bon (?:the (?:night|morning|evening) of |[a-z]+(?: [a-z]+)?, )?(?:(" + "|".join(MONTHS) +
                    r") (\d{1,2})\b|(\d{1,2}) (" + "|".join(MONTHS) + r")\b)")  # (also "On Palm Sunday, 13 April")


_RANGE = re.compile(r"\b(?:between|from) (?:(" + "|".join(MONTHS) + r") )?(\d{1,2})(?: (?:" + "|".join(MONTHS) +
                    r"))? (?:and|to|until) (?:(?:" + "|".join(MONTHS) + r") )?\d{1,2}\b")


def earlier_day(low: str, month: int | None, day: int | None) -> bool:
    """'As Ukrinform reported, on the night of October 10, Russia launched ...' in an October 12 article: two or
    more days before the news day (convention 30), so background; so is a tally over a span that began then
    ('documented the killing of 321 people between July 13 and July 18')."""
    if month is None or day is None:
        return False
    low = spell_months(low)
    for m in _RANGE.finditer(low):
        if (m.group(1) is None or MONTHS.index(m.group(1)) + 1 == month) and int(m.group(2)) <= day - 2:
            return True
    for m in _DATED.finditer(low):
        name, num = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
        if MONTHS.index(name) + 1 == month and int(num) <= day - 2 and not _in_since_clause(low, m.start()):
            return True
    for m in _PART_OF_MONTH.finditer(low) if "early" in low or "mid" in low else ():
        if MONTHS.index(m.group(2)) + 1 == month and day >= (10 if m.group(1) == "early" else 22) and \
                not _in_since_clause(low, m.start()):
            return True  # "In early July, ADF fighters killed 66 people" in a July 27 article
    return False


_PART_OF_MONTH = re.compile(r"\bin (early|mid)[ -](" + "|".join(MONTHS) + r")\b")


def _in_since_clause(low: str, at: int) -> bool:
    """'the deadliest day since a U.S.-brokered ceasefire took effect on Oct. 10': the date of what the news is
    measured against, not of the news (unless a toll follows in that clause: 'the worst since five days of
    clashes in July that killed at least 48')."""
    head = low[max(0, at - 60):at]
    i = head.rfind(" since ")
    tail = low[at:at + 80].split(",", 1)[0]
    return i >= 0 and "," not in head[i:] and not any(w in tail for w in ("kill", "wound", "injur", "dead", "died"))


def is_retrospective(title: str | None, first: str) -> bool:
    """An anniversary piece or a look back ('Three years on, ...', 'marks two years since'): its tolls and
    strikes are history unless a sentence says they happened now."""
    low = ((title or "") + " " + first).lower()
    if any(w in low for w in ("truce", "ceasefire", "cease-fire")):
        return False  # "a 72-hour ceasefire to mark the 80th anniversary of the victory": news, not a look back
    if title and not _NEWS_TITLE.isdisjoint(re.findall(r"[a-z]+", title.lower())):
        return False  # "Ukraine war latest: Russia strikes Kryvyi Rih as leaders mark the war's anniversary"
    return any(w in low for w in RETROSPECTIVE)


_NEWS_TITLE = frozenset(CUES["news_title_words"])  # data/cues.json


_ANALYSIS = re.compile(r"\s*(?:" + "|".join(re.escape(w) for w in CUES["analysis_labels"]) + r")\s*[:|—–-]",
                       re.IGNORECASE)  # data/cues.json


def is_analysis(title: str | None) -> bool:
    """A headline labelled analysis, explainer or comment ("Analysis: why every truce has unravelled")."""
    return bool(title) and _ANALYSIS.match(title) is not None


def is_drill(title: str | None) -> bool:
    """A headline about an exercise ("Putin oversees strategic nuclear forces exercise with Yars launches"),
    not one with a strike of the day beside it."""
    if not title:
        return False
    words = set(re.findall(r"[a-z-]+", title.lower()))
    return not words.isdisjoint(EXERCISE) and words.isdisjoint(_NEWS_TITLE - {"launches"})  # "with Yars launches"


def is_fresh(low: str) -> bool:
    return any(w in low for w in FRESH)


def may_be_hypothetical(words: set[str]) -> bool:
    """False when is_hypothetical is False for every token of a sentence with these (lower-case) words: no
    modal or threat word, and no 'to' with an infinitive head."""
    return not words.isdisjoint(HYPOTHETICAL) or ("to" in words and not (words.isdisjoint(_INFINITIVE_HEADS) and
                                                                         words.isdisjoint(_DIRECTIVES)))


def is_hypothetical(toks: list[Token], k: int, window: int = 4) -> bool:
    """True when a modal/threat word stands in the `window` tokens before token k (same clause)."""
    for x in range(k - 1, max(-1, k - window - 1), -1):
        low = toks[x].low
        if low in (",", ";", ".", "and"):
            return False
        if low in HYPOTHETICAL and not (x > 0 and toks[x].text == "May"):  # "on 14 May": the month
            return True
        if low == "whenever" or low == "when" and any(toks[y].low in ("is", "are") for y in range(x + 1, k)):
            return True  # "should hit back when its soldiers are attacked": a rule for any time, no event
        if low == "to" and x > 0 and (toks[x - 1].low in _INFINITIVE_HEADS or _by_agent_after_head(toks, x) or
                                      any(toks[y].low in _DIRECTIVES for y in range(max(0, x - 4), x - 1))):
            return True  # "used to launch", "plans to strike", "ordered the military to intensify strikes"
    return False


def _by_agent_after_head(toks: list[Token], x: int) -> bool:
    return any(toks[y].low == "by" and toks[y - 1].low in _INFINITIVE_HEADS for y in range(max(1, x - 3), x))


# "an end to US strikes", "a halt to attacks"; "responsible for rocket attacks", "accused of strikes"
_HALT_NOUNS = frozenset(CUES["halt_nouns"]) | frozenset(CUES["blame_words"])  # data/cues.json


def may_be_halted(words: set[str]) -> bool:
    """False when no attack of the sentence can be one a truce would stop (no halt noun): skip is_halted."""
    return not _HALT_NOUNS.isdisjoint(words)


def is_halted(toks: list[Token], k: int) -> bool:
    """'an end to US strikes on Yemen', 'a halt to attacks on shipping': the attack a truce would stop."""
    for x in range(k - 1, max(0, k - 4), -1):
        low = toks[x].low
        if low in ("to", "of", "on", "in", "for", "with", "from") and toks[x - 1].low in _HALT_NOUNS:
            return True
        if not (toks[x].text[:1].isupper() or low in ("all", "further", "the", "its", "their") or
                low in WEAPON_WORDS):
            return False  # only a side, a weapon or a determiner between ("an end to US strikes", "rocket attacks")
    return False


def sentence_hypothetical(toks: list[Token]) -> bool:
    """'If Russia fired ...'; 'According to the scenario, a missile hit a school' (a drill's script)."""
    first = next((t.low for t in toks if t.low not in ('"', "“", "'", "‘")), "")  # '"If Russia wanted to ...'
    return bool(toks) and (first in ("if", "should", "unless") or
                           any(t.low in ("scenario", "simulation") for t in toks[:5]))
