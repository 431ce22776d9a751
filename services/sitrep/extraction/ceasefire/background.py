"""Whether the clause of a ceasefire word is old news: a standing position, an earlier month, background,
or a day two or more days before the article (conventions 5 and 30)."""

from __future__ import annotations

import re

from ..filters import MONTHS as _MONTHS
from ..filters import WEEKDAYS, is_background
from ..lexicon import CUES
from ..text import Sentence, Token

_CF = CUES["ceasefire"]  # data/cues.json

_STANDING = tuple(_CF["standing_positions"])
_RECALL_OPENERS = tuple(_CF["recall_openers"])
_IN_MONTH = re.compile(r"\bin (" + "|".join(_MONTHS) + r")\b")
_MONTH_OWNED = re.compile(r"['’]s (" + "|".join(_MONTHS) + r") (?:proposal|plan|offer|initiative|deal|truce|"
                          r"ceasefire)\b")  # "the Quad's September proposal"
_MONTH_DAY = re.compile(r"\b(" + "|".join(_MONTHS) + r") (\d{1,2})\b")
_DAY_MONTH = re.compile(r"\b(\d{1,2}) (" + "|".join(_MONTHS) + r")\b")  # "on 11 March"
_FRESH = re.compile(r"\b(?:today|tonight|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
                    r"this (?:morning|week)|late on|early on|yesterday|overnight)\b")
_BG_NEAR = re.compile(r"\b(?:last (?:week|month|year)|earlier this (?:month|year)|weeks ago|months ago|in (?:19|20)\d\d)\b")
# a past verb right before the day: "announced on Saturday", "agreed on Monday" (not "starting on Saturday")
_PAST_VERBS = (r"announced|agreed|declared|proposed|brokered|accepted|rejected|reached|struck|signed|ordered|"
               r"offered|unveiled|approved|began|started|took effect")
_PAST_ON_DAY = re.compile(r"\b(?:" + _PAST_VERBS + r") on (" + "|".join(WEEKDAYS) + r")\b")
# the day before the verb: "Zelensky had on Tuesday proposed a truce", "Egypt on Sunday offered"
_ON_DAY_PAST = re.compile(r"\bon (" + "|".join(WEEKDAYS) + r") (?:had |has |have )?(?:" + _PAST_VERBS + r")\b")
_ON_DAY = re.compile(r"\bon (" + "|".join(WEEKDAYS) + r")\b")
# a day that dates a statement or an answer ("said on Monday he would extend it", "on Monday rejected"),
# not one that dates something else ("flew in from Washington on Tuesday, fresh from brokering a truce")
_ANSWER_VERBS = "|".join(sorted(set(_CF["speech_verbs"]) | set(_CF["fresh_day_verbs"]), key=len, reverse=True))
_ANSWER_ON_DAY = re.compile(r"\b(?:" + _ANSWER_VERBS + r") on (" + "|".join(WEEKDAYS) + r")\b|\bon (" +
                            "|".join(WEEKDAYS) + r") (?:it |he |she |they )?(?:" + _ANSWER_VERBS + r")\b")
_CLAUSE_BOUNDS = frozenset({";", "after", "following", "but", "while", "—", "–", "even"})  # "even as ..."


def _stale(sent: Sentence, toks: list[Token], k: int, weekday: int) -> bool:
    """'announced on Saturday' in a Monday article (convention 30), in the clause of the ceasefire word."""
    b = k
    while b + 1 < len(toks) and toks[b + 1].low not in _CLAUSE_BOUNDS:
        b += 1
    low = sent.text[:toks[b].end - sent.start].lower()
    if not any((weekday - WEEKDAYS.index(m.group(1))) % 7 >= 2
               for rx in (_PAST_ON_DAY, _ON_DAY_PAST) for m in rx.finditer(low)):
        return False
    whole = sent.text.lower()  # "..., who announced on Saturday an Easter truce, said on Monday he would extend it"
    return not (any(w in whole for w in ("today", "overnight", "this morning", "tonight")) or
                any((weekday - WEEKDAYS.index(m.group(1) or m.group(2))) % 7 < 2
                    for m in _ANSWER_ON_DAY.finditer(whole)))


def _background(sent: Sentence, toks: list[Token], k: int, year: int | None, month: int | None = None,
                day: int | None = None) -> bool:
    """is_background for the clause of the ceasefire word ('announced a 20-day ceasefire on Wednesday' is
    news even if the sentence goes on 'after last week's earthquake'): from the start of the sentence up
    to the next 'after', 'but', 'while' or ';'."""
    a = 0
    b = k
    while b + 1 < len(toks) and toks[b + 1].low not in _CLAUSE_BOUNDS:
        b += 1
    text = sent.text[toks[a].start - sent.start:toks[b].end - sent.start]
    low = text.lower()
    if any(w in low for w in _STANDING):
        return True  # "Kyiv has long called for a full ceasefire": a standing position (convention 5)
    if low.startswith(_RECALL_OPENERS):
        return True  # "Earlier, Putin declared a ceasefire for the Victory Day celebration": recalled news
    if month and "in " in low:  # (also "In September, ..." opening the sentence)
        for m in _IN_MONTH.finditer(low):
            if _MONTHS.index(m.group(1)) + 1 < month and "first" not in low[max(0, m.start() - 20):m.start()]:
                return True  # "Guterres in March proposed a truce" in an April article (not "from May 8",
                # nor "ready for a 30-day ceasefire, an offer first made in March": a standing offer made again)
    if month and ("'s " in low or "’s " in low):
        if any(_MONTHS.index(m.group(1)) + 1 != month for m in _MONTH_OWNED.finditer(low)):
            return True  # "The Quad's September proposal for a humanitarian truce" in a November article
    dates = [(m.group(1), m.group(2)) for m in _MONTH_DAY.finditer(low)] + \
        [(m.group(2), m.group(1)) for m in _DAY_MONTH.finditer(low)]
    if month and any(_MONTHS.index(name) + 1 < month or
                     day and _MONTHS.index(name) + 1 == month and int(date) <= day - 2 for name, date in dates):
        return True  # "The truce between India and Pakistan, agreed on May 10, has held" in July; "The ceasefire
        # took effect on October 10" in an October 19 article
    if month and b + 1 < len(toks) and toks[b + 1].low in ("after", "following"):
        tail = sent.text[toks[b + 1].start - sent.start:].lower()[:60]
        if any(_MONTHS.index(m.group(1)) + 2 < month for m in _MONTH_DAY.finditer(tail)):
            return True  # "declared a ceasefire after the March 28 earthquake" in a July article
    if not is_background(text, low, year):
        return False
    # "agreed on Tuesday to a ceasefire proposed last week": today's answer to an earlier offer is news
    fresh = _FRESH.search(low)
    bg = _BG_NEAR.search(low)
    return not (fresh and bg and fresh.start() < bg.start())
