"""Duration in days of a ceasefire mention ("a 30-day halt", "a truce of 30 days", "a six-week first phase")."""

from __future__ import annotations

from datetime import date

from ..filters import MONTHS, WEEKDAYS
from ..lexicon import CUES
from ..numbers import _UNITS
from ..text import Token
from .phrases import _BOUNDARY

_CF = CUES["ceasefire"]  # data/cues.json

_UNIT_DAYS = {"day": 1, "days": 1, "week": 7, "weeks": 7, "month": 30, "months": 30, "hour": 0, "hours": 0}
_DUR_PREPS = frozenset(_CF["duration_preps"])
_DUR_FILLERS = frozenset(_CF["duration_fillers"])
_DUR_HEADS = frozenset(_CF["duration_heads"])
_DUR_LONGS: dict[str, int] = _CF["duration_longs"]
_EXTEND = frozenset(_CF["extension_words"])
_EXTEND_PREPS = frozenset(_CF["extension_preps"])
_ONE = frozenset({"a", "an", "another"})


def _parse_number(low: str) -> int | None:
    if low.isdigit():
        return int(low)
    if low in ("a", "an", "one"):
        return 1
    v = _UNITS.get(low)
    if v is None and "-" in low:
        a, _, b = low.partition("-")
        v = (_UNITS.get(a, 0) + _UNITS.get(b, 0)) or None
    return v


def _days(value: int, unit: str) -> int | None:
    per = _UNIT_DAYS[unit]
    if per == 0:  # hours: whole days only ("72-hour" -> 3; "36-hour" -> none)
        return value // 24 if value % 24 == 0 else None
    return value * per


def _compound_duration(toks: list[Token], x: int) -> tuple[bool, int | None]:
    """(found, days) for a duration modifier ending at token x: '30 - day', 'three-day', 'month-long'."""
    low = toks[x].low
    if low in _DUR_LONGS:
        return True, _DUR_LONGS[low]
    if "-" in low:
        head, _, unit = low.rpartition("-")
        if unit in _UNIT_DAYS:
            v = _parse_number(head)
            if v:
                return True, _days(v, unit)
    if low in _UNIT_DAYS and x >= 2 and toks[x - 1].text == "-":
        v = _parse_number(toks[x - 2].low)
        if v:
            return True, _days(v, low)
    if low in ("day", "week", "month", "hour") and x >= 1 and toks[x - 1].low.isdigit():
        return True, _days(int(toks[x - 1].low), low)  # "a 30 day ceasefire"
    return False, None


def _mention_duration(toks: list[Token], k: int) -> tuple[bool, int | None]:
    """Duration of the mention's own phrase: 'a 30-day (mutual) halt', 'a truce of 30 days', 'a halt ... for
    a month'. (found, days): found with days None for an hour count that is no whole day."""
    found, days = _extension_duration(toks, k)
    if found:
        return True, days
    for x in range(k - 1, max(-1, k - 6), -1):
        found, days = _compound_duration(toks, x)
        if found:
            return True, days
        if toks[x].low in _BOUNDARY or toks[x].low in ("for", "of", "to", "by", "over"):
            break
    n = len(toks)
    x = k + 1
    limit = min(n, k + 12)
    while x < limit:
        low = toks[x].low
        if low in (".", ";", "but"):
            break
        if low in _DUR_PREPS:
            found, days = _length_at(toks, x + 1, limit)
            if found:
                return True, days
        x += 1
    return False, None


def _length_at(toks: list[Token], y: int, limit: int) -> tuple[bool, int | None]:
    """(found, days) of a length right after a preposition: '30 days', 'at least 30 days', 'a further
    week', 'another 48 hours', 'a month-long period'."""
    n = len(toks)
    one = False
    while y < limit and toks[y].low in _DUR_FILLERS and not (
            toks[y].low in ("a", "an") and y + 1 < n and toks[y + 1].low in _UNIT_DAYS):
        one = one or toks[y].low in _ONE
        y += 1
    if y + 1 < n and toks[y + 1].low in _UNIT_DAYS:
        v = _parse_number(toks[y].low)
        if v:
            return True, _days(v, toks[y + 1].low)
    if y < n and one and toks[y].low in ("day", "week", "month"):
        return True, _days(1, toks[y].low)  # "for a further week", "another month"
    if y < n:
        return _compound_duration(toks, y)
    return False, None


def _extension_duration(toks: list[Token], k: int) -> tuple[bool, int | None]:
    """'agreed to extend the truce by two days', 'the pause was extended for a further week': a truce
    extended in the news lasts the extension's own length (convention 41), not the truce's first term."""
    n = len(toks)
    lows = [t.low for t in toks]
    ext = next((x for x in range(k - 1, max(-1, k - 6), -1) if lows[x] in _EXTEND), None)
    if ext is None:
        ext = next((x for x in range(k + 1, min(n, k + 7)) if lows[x] in _EXTEND), None)
        if ext is None or any(w in (".", ";", ",", "but") for w in lows[k + 1:ext]):
            return False, None
    elif any(w in (".", ";", ",", "but") or w in _BOUNDARY for w in lows[ext + 1:k]):
        return False, None
    elif ext > 0:
        found, days = _compound_duration(toks, ext - 1)  # "a 48-hour extension of the truce"
        if found:
            return True, days
    x = max(ext, k) + 1
    limit = min(n, x + 12)
    while x < limit and lows[x] not in (".", ";", "but"):
        if lows[x] in _EXTEND_PREPS:
            found, days = _length_at(toks, x + 1, limit)
            if found:
                return True, days
        x += 1
    return False, None


def _sentence_duration(toks: list[Token]) -> int | None:
    """'The truce would last 30 days', 'both sides would refrain for 30 days', 'a six-week first phase'."""
    n = len(toks)
    for x, t in enumerate(toks):
        if t.low in _DUR_PREPS and t.low != "of":
            y = x + 1
            while y < n and toks[y].low in _DUR_FILLERS:
                y += 1
            if y + 1 < n and toks[y + 1].low in _UNIT_DAYS and toks[y + 1].low[:4] != "hour":
                v = _parse_number(toks[y].low)
                if v:
                    return _days(v, toks[y + 1].low)
        if t.low in _DUR_HEADS:
            for y in range(x - 1, max(-1, x - 3), -1):
                found, days = _compound_duration(toks, y)
                if found:
                    return days
    return None



_TERM_ENDS = frozenset({"to", "until", "till", "through"})
_MONTH_NO = {m: n for n, m in enumerate(MONTHS, 1)}
_WEEKDAY_NO = {d: n for n, d in enumerate(WEEKDAYS)}


def _dated_term(toks: list[Token], k: int) -> int | None:
    """Days from the start to the end of a stated term: 'a ceasefire from 00:00 on May 8 to 00:00 on May 11'
    -> 3, 'from 6 p.m. on Saturday until midnight on Sunday' -> 1. Not a duration stated in days (convention
    21), but what tells the truce's 'three-day' mention from another side's offer of 30 days."""
    lows = [t.low for t in toks[k + 1:k + 26]]
    start = next((x for x, w in enumerate(lows[:8]) if w == "from"), None)
    if start is None:
        return None
    end = next((x for x in range(start + 2, min(len(lows), start + 14)) if lows[x] in _TERM_ENDS), None)
    if end is None:
        return None
    a, b = _term_point(lows[start + 1:end]), _term_point(lows[end + 1:end + 8])
    if a is None or b is None or a[0] != b[0]:
        return None
    if a[0] == "weekday":
        return (b[1] - a[1]) % 7
    days = (date(2001, *b[1]) - date(2001, *a[1])).days
    return days % 365


def _term_point(lows: list[str]) -> tuple[str, object] | None:
    """('date', (month, day)) for 'May 8', '8 May', 'May 7-8' (the later day); ('weekday', n) for a weekday."""
    for x, w in enumerate(lows):
        month = _MONTH_NO.get(w)
        if month:
            after = [v for v in lows[x + 1:x + 4] if v != "-"]
            day = next((int(v) for v in reversed(after[:2]) if v.isdigit() and int(v) <= 31), None) if \
                after[:1] and after[0].isdigit() else None
            if day is None and x and lows[x - 1].isdigit():
                day = int(lows[x - 1])
            if day and 1 <= day <= 28 + (month != 2) * 3 - (month in (4, 6, 9, 11)):
                return "date", (month, day)
            return None
        if w in _WEEKDAY_NO:
            return "weekday", _WEEKDAY_NO[w]
    return None
