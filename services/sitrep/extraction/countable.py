"""Which number mentions are counts at all: not a date, an age, a year, a unit's figure or a model name."""

from __future__ import annotations

from .lexicon import PERSON_NOUNS
from .numbers import NumberMention
from .text import Token

_NOT_COUNT_AFTER = frozenset({"%", "percent", "per", "km", "kilometres", "kilometers", "kilometre", "kilometer",
                              "miles", "mile", "metres", "meters", "metre", "meter", "hours", "hour", "minutes",
                              "days", "day", "weeks", "week", "months", "month", "years", "year", "am", "pm",
                              "a.m", "p.m", "th", "st", "nd", "rd", "kg", "tons", "tonnes", "degrees", "mph",
                              "year-old", "years-old", "gmt", "utc", "seconds", "percentage", "points", "storey",
                              "story", "floor", "floors", "mw", "gw", "bushels", "barrels", "cents", "dollars",
                              "euros", "hryvnias", "roubles", "rubles", "bn", "m", "times", "time", "o'clock",
                              "goals", "seats", "votes", "kilograms", "litres", "liters", "acres", "mm", "cm",
                              "millimetre", "millimeter", "calibre", "caliber", "pound", "lb", "kilogram",
                              "kilo", "ton", "tonne",
                              "january", "february", "march", "april", "june", "july", "august", "september",
                              "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
                              "sep", "sept", "oct", "nov", "dec"})
_NOT_COUNT_BEFORE = frozenset({"$", "€", "£", "no", "number", "no.", "route", "highway", "flight", "page",
                               "article", "resolution", "unit", "brigade", "division", "regiment", "corps",
                               "january", "february", "march", "april", "may", "june", "july", "august",
                               "september", "october", "november", "december", "jan", "feb", "mar", "apr",
                               "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "ages", "aged", "age",
                               "kh", "s", "su", "mig", "tu", "f", "a", "b", "c", "t", "m", "model", "version",
                               "covid", "at", "by", "from", "until", "till", "since", "of"})


def is_count(toks: list[Token], m: NumberMention) -> bool:
    n = len(toks)
    nxt = toks[m.j].low if m.j < n else ""
    if nxt in _NOT_COUNT_AFTER or (nxt == "may" and toks[m.j].text == "May"):
        return False  # "on 14 May": a date (the month, not the modal, is capitalised)
    if nxt in ("-", ":", "/", ".") and m.j + 1 < n:
        after = toks[m.j + 1].low
        if nxt == ":" or nxt == "/" or after in _NOT_COUNT_AFTER or after.startswith("year"):
            return False
    prev = toks[m.i - 1].low if m.i > 0 else ""
    if prev == "," and nxt == "," and m.i >= 2 and toks[m.i - 2].low in PERSON_NOUNS:
        return False  # "a woman, 59, was hospitalised": an age
    if prev in ("and", ",") and m.i >= 3 and toks[m.i - 3].low in ("aged", "ages", "age"):
        return False  # "aged four and nine"
    if prev == "/" or nxt == "/":
        return False  # "Kh-59/69", "24/7"
    if m.i == m.q and prev in _NOT_COUNT_BEFORE and not (prev in ("a", "at", "by", "of", "from", "since")
                                                        and not toks[m.i].low[0].isdigit()):
        if prev not in ("at", "by", "of", "from", "since") or 1900 <= m.value <= 2100:
            return False
        if prev == "of":
            return True
        return False
    if 1900 <= m.value <= 2100 and toks[m.i].low.isdigit() and len(toks[m.i].low) == 4:
        return False  # a year
    if prev == "-" and m.i >= 2 and toks[m.i - 2].low.isalpha():
        return False  # "Kh-101", "S-300"
    return True

