"""Give each number in a sentence its role: launched / intercepted / lost (weapons), killed / injured
(people), outage (people or households without power), from the words right around it.

Rules, in order, for a number and the noun phrase after it ("137 Russian drones", "two children and a woman"):
1. a cue right before it ("shot down 63", "killing five", "death toll rose to 15");
2. a cue right after the noun phrase, past auxiliaries and adverbs ("63 were shot down", "five people were injured");
3. coordination: a number joined to the previous one by "and", "as well as" takes its role ("97 drones and two missiles");
4. weapons default to launched; people without a casualty cue count only as outage (if the sentence speaks of
   lost power) and otherwise are not counts.
"X of the Y drones" gives X the cue's role and Y launched. Sub-counts ("including four children", "19 of whom")
are skipped so nothing is counted twice.
"""

from __future__ import annotations

from dataclasses import dataclass

from .lexicon import (
    AUX,
    CUES,
    HOUSEHOLDS,
    INJURED_AFTER,
    INJURED_BEFORE,
    INTERCEPT_AFTER,
    INTERCEPT_BEFORE,
    KILLED_AFTER,
    KILLED_BEFORE,
    LAUNCH_AFTER,
    LAUNCH_BEFORE,
    LOST_AFTER,
    MAKER_WORDS,
    PERSON_NOUNS,
    PERSON_SINGULAR,
    TOLL_VERBS,
    TOLL_WORDS,
)
from .numbers import NumberMention
from .text import Token, lows_of, positions
from .weapons import weapon_word

_PUNCT_STOP = frozenset(",;:.()[]\"“”!?—–")
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
_BEFORE_SKIP = frozenset({"the", "a", "an", "total", "of", "all", "another", "additional", "further", "some",
                          "nearly", "almost", "only", "just", "also", "successfully", "them", "it"})
_SUBCOUNT_BEFORE = frozenset({"including", "among", "incl", "includes", "include", "whom", "plus"})
_COORD = frozenset({"and", ",", "as", "well", "plus", "also", "another", "while", "along", "with", "or"})
_PREP_STOP = frozenset({"over", "in", "on", "at", "across", "near", "into", "from", "toward", "towards",
                        "against", "targeting", "by", "for", "during", "after", "before", "since", "when",
                        "while", "as", "that", "which", "who", "to", "and", "or", "but", "of"})
_SUBORDINATE = frozenset({"of", "whom", "them", "which"})
_DASHES = frozenset({"—", "–"})


@dataclass(slots=True)
class Role:
    role: str        # launched | intercepted | lost | killed | injured | outage
    value: int
    qualifier: str
    vague: bool
    weapon: str | None
    first: int       # first token (qualifier included)
    last: int        # one past the noun phrase
    cue: int         # token index of the cue word, or -1
    is_all: bool = False   # "all drones were destroyed" (value unknown: = launched)
    part: bool = False     # an item of a breakdown ("..., 12 over Kursk"): never summed into a total
    extra: bool = False    # "killed eight more", "another 5 were injured": adds to what was reported


def _is_count(toks: list[Token], m: NumberMention) -> bool:
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


def _noun_phrase(toks: list[Token], s: int) -> tuple[str, str | None, int]:
    """Kind ('weapon' | 'person' | 'household' | 'bare'), weapon class, end index of the phrase."""
    n = len(toks)
    weapon = None
    x, stop = s - 1, min(s + 6, n)
    while x + 1 < stop:
        x += 1
        skip = maker_end(toks, x)
        if skip > x:  # "six U.S.-made ATACMS missiles": read past the maker
            stop, x = min(stop + skip - x, n), skip - 1
            continue
        tok = toks[x]
        low = tok.low
        if low in _PUNCT_STOP or low[0].isdigit():
            break
        cls = weapon_word(toks, x)
        if cls:
            y = x + (2 if (low, toks[x + 1].low if x + 1 < n else "") in _PAIRS else 1)
            while y < min(x + 4, n) and (weapon_word(toks, y, modifiers=True) or toks[y].low in _NP_FILLER):
                y += 1  # "Kh-101 cruise missiles", "HIMARS multiple rocket launchers"
            if y < n and toks[y].low in _NOT_PROJECTILE:
                return "other", None, y + 1
            other, z = _second_weapon(toks, y)
            if other and other != cls:
                return "weapon", "mixed", z  # "215 missiles and drones": one count over two classes
            if y < n and toks[y].low in ("a", "per", "each", "every") and y + 1 < n and \
                    toks[y + 1].low in ("day", "month", "night", "week", "year"):
                return "other", None, y + 2  # a production or usage rate, not an attack
            return "weapon", cls, y
        if weapon is None:
            weapon = weapon_word(toks, x, modifiers=True)
        if low in PERSON_NOUNS and low not in ("dead", "injured", "wounded", "more") or \
                (low in ("more", "others") and x == s):
            kind = "household" if low in HOUSEHOLDS and low not in ("people", "residents", "families") else "person"
            y = x + 1
            while y < n and toks[y].low in PERSON_NOUNS and toks[y].low not in ("dead", "injured", "wounded",
                                                                                "more", "others"):
                y += 1  # "crew members", "police officers"
            return kind, None, y
        if low in HOUSEHOLDS:
            return "household", None, x + 1
        if low in _PREP_STOP or low in AUX or low in LAUNCH_AFTER or low in INTERCEPT_AFTER:
            break
    if weapon:
        return "weapon", weapon, s + 1
    return "bare", None, s


_ATTACK_NOUNS = frozenset({"attack", "attacks", "strike", "strikes", "barrage", "barrages", "assault", "raid",
                           "raids", "bombardment"})


def maker_end(toks: list[Token], x: int) -> int:
    """End index of a maker phrase at x ("U.S.-made", "-supplied"), else x."""
    n = len(toks)
    y = x
    while y + 1 < n and len(toks[y].text) == 1 and toks[y].text.isupper() and toks[y + 1].text == ".":
        y += 2  # initials: "U . S ."
    if y + 1 < n and toks[y].text == "-" and toks[y + 1].low in MAKER_WORDS:
        return y + 2
    return x


def _second_weapon(toks: list[Token], y: int) -> tuple[str | None, int]:
    """'and drones' / 'or cruise missiles' right after a weapon phrase: its class and end index."""
    n = len(toks)
    if y + 1 >= n or toks[y].low not in ("and", "or", "/"):
        return None, y
    cls = weapon_word(toks, y + 1, modifiers=True)
    if not cls:
        return None, y
    z = y + 2
    while z < min(y + 5, n) and toks[z].low not in _ATTACK_NOUNS and \
            (weapon_word(toks, z, modifiers=True) or toks[z].low in _NP_FILLER):
        z += 1
    if z < n and toks[z].low in _ATTACK_NOUNS:
        return None, y  # "a missile and drone attack": the weapons name the attack, they are no count
    return cls, z


def _skip_after(toks: list[Token], y: int) -> int:
    n = len(toks)
    while y < n:
        low = toks[y].low
        if low in AUX or low in ("\"", "“", "”", "'", "not") or (low.endswith("ly") and len(low) > 4):
            y += 1
        elif low == "," and y + 1 < n and toks[y + 1].low in ("was", "were") and y > 0:
            y += 1  # "a 57-year-old woman, was killed"
        elif low == ",":  # ", including four children,", ", most of them children," then the verb
            z = y + 1
            while z < n and toks[z].low != "," and z < y + 14:
                z += 1
            if z + 1 >= n or toks[z].low != "," or not (toks[z + 1].low in AUX or toks[z + 1].low in KILLED_AFTER
                                                      or toks[z + 1].low in INJURED_AFTER):
                return y
            y = z + 1
        elif low in ("who", "that") and y + 1 < n and toks[y + 1].low in _RELATIVE_AUX:
            return _past_relative(toks, y)  # "Two women who were in the car sustained shrapnel wounds"
        else:
            break
    return y


_PP_HEADS = frozenset({"in", "at", "near", "inside", "from", "on"})


def _past_place_phrase(toks: list[Token], y: int) -> int:
    """The index after a short prepositional phrase ('in nearby tents') that an auxiliary or harm verb
    follows, else y."""
    for z in range(y + 1, min(len(toks), y + 6)):
        low = toks[z].low
        if low in (",", ";", ".", ":") or low[0].isdigit():
            return y
        if low in AUX or low in _HARM_VERBS:
            return z
    return y


_RELATIVE_AUX = frozenset({"was", "were", "is", "are", "had", "have"})
_HARM_VERBS = KILLED_AFTER | INJURED_AFTER | {"suffered", "sustained", "received"}


def _past_relative(toks: list[Token], y: int) -> int:
    """The harm verb after a short relative clause (within the same clause), else y."""
    for z in range(y + 2, min(len(toks), y + 10)):
        low = toks[z].low
        if low in (",", ";", ".", ":"):
            break
        if low in _HARM_VERBS:
            return z
    return y


def _before(toks: list[Token], q: int) -> int:
    x = q - 1
    while x >= 0 and toks[x].low in _BEFORE_SKIP and x > q - 5:
        x -= 1
    return x


def _casualty_cue(toks: list[Token], first: int, last: int) -> tuple[str | None, int]:
    n = len(toks)
    x = _before(toks, first)
    if x >= 0:
        low = toks[x].low
        if low in KILLED_BEFORE:
            return "killed", x
        if low in INJURED_BEFORE:
            return "injured", x
        if low == "of" and x >= 1 and toks[x - 1].low in ("lives", "life"):
            return "killed", x
        if low == "to" and x >= 1 and toks[x - 1].low not in TOLL_VERBS and _raising_the_toll(toks, x):
            return "killed", x  # "raising the death toll from the missile strike on the city to seven"
        if low in ("to", "at") and x >= 1 and (toks[x - 1].low in TOLL_VERBS or toks[x - 1].low == "toll"):
            for z in range(x - 1, max(-1, x - 26), -1):
                zl = toks[z].low
                if zl in ("injured", "wounded", "injuries"):
                    return "injured", z
                if zl in TOLL_WORDS or zl in ("killed", "dead", "deaths", "fatalities"):
                    if zl == "number" or zl == "death" or zl == "toll" or zl in ("killed", "dead", "deaths"):
                        if zl != "number" or any(t.low in ("killed", "dead", "died") for t in toks[z:x]):
                            return "killed", z
    y = _skip_after(toks, last)
    if y < n and toks[y].low in _PP_HEADS:
        y = _skip_after(toks, _past_place_phrase(toks, y))  # "eight other people in nearby tents were wounded"
    if y < n:
        low = toks[y].low
        if toks[y - 1].low == "not" and y > last:
            return None, -1
        if low in KILLED_AFTER:
            return "killed", y
        if low in INJURED_AFTER:
            return "injured", y
        if low == "lost" and y + 2 < n and toks[y + 2].low in ("lives", "life"):
            return "killed", y
        if low in ("suffered", "sustained", "received") and y + 1 < n:
            if toks[y + 1].low == "fatal":
                return "killed", y
            if any(t.low.startswith(("injur", "wound", "burn", "shrapnel", "concussion", "trauma"))
                   for t in toks[y + 1:y + 4]):
                return "injured", y
        if low in ("among", "were") and any(t.low == "dead" for t in toks[y:y + 4]):
            return "killed", y
    return None, -1


_RAISING = frozenset({"raising", "bringing", "pushing", "taking", "lifting", "raised", "brought", "pushed"})


def _raising_the_toll(toks: list[Token], x: int) -> bool:
    """'raising the death toll from ... to N' (within the clause): a killed count, the toll after the update."""
    for z in range(x - 1, max(1, x - 20), -1):
        low = toks[z].low
        if low in (".", ";", ":"):
            return False
        if low == "toll" and toks[z - 1].low in ("death", "the") and \
                any(toks[w].low in _RAISING for w in range(max(0, z - 3), z)):
            return not any(t.low in ("injured", "wounded", "injuries") for t in toks[z - 3:z])
    return False


def _weapon_cue(toks: list[Token], first: int, last: int) -> tuple[str | None, int]:
    n = len(toks)
    x = _before(toks, first)
    if x >= 0:
        low = toks[x].low
        if low in INTERCEPT_BEFORE and not (low == "down" and x >= 1 and toks[x - 1].low not in
                                            ("shot", "brought", "shooting", "shoots", "shoot", "bringing")):
            return ("intercepted" if not (x >= 1 and toks[x - 1].low == "not") else "lost"), x
        if low in LAUNCH_BEFORE:
            return "launched", x
    y = _skip_after(toks, last)
    if y < n:
        low = toks[y].low
        negated = y > last and toks[y - 1].low == "not"
        if low in INTERCEPT_AFTER and not negated:
            return "intercepted", y
        if low in LOST_AFTER or (negated and low in INTERCEPT_AFTER):
            return "lost", y
        if low in LAUNCH_AFTER and low not in ("were", "was"):
            return "launched", y
    for z in range(last, min(last + 9, n)):  # "the three drones heading for the city had been shot down"
        low = toks[z].low
        if low in (",", ";", ".", "and", "but", "while"):
            break
        if low in INTERCEPT_AFTER and z > 0 and toks[z - 1].low in ("been", "were", "was"):
            return "intercepted", z
    return None, -1


_SINGLE_WEAPONS = frozenset({"missile", "drone", "rocket", "uav"})
# Classes air defences count one by one ("fired a missile" = 1); "conducted an airstrike", "dropped a bomb" or
# "a shell hit" are no launched counts.
_COUNTED_SINGLY = frozenset({"missile", "drone", "rocket"})


_SINGULAR_DETERMINERS = frozenset({"a", "an", "another", "his", "her", "their"})
_COLLECTIVE = frozenset(CUES["collective_nouns"])  # data/cues.json
_HARMED_STATES = frozenset({"injured", "wounded", "hurt", "killed", "dead"})


def singular_mentions(toks: list[Token]) -> list[NumberMention]:
    """'a man', 'an elderly woman', 'a 70-year-old woman' = 1; 'fired a missile' = 1 (number mentions whose
    j is the noun, so the noun phrase is read as usual)."""
    out = []
    n = len(toks)
    for k in positions(lows_of(toks), _SINGULAR_DETERMINERS):
        if k >= n - 1:
            break
        det = toks[k].low
        if det == "another" and toks[k + 1].low in _HARMED_STATES:
            out.append(NumberMention(k, k, k + 1, 1, "exact"))  # "one dead and another injured"
            continue
        if toks[k + 1].low in _COLLECTIVE:
            continue  # "a barrage of ballistic missiles": not one
        if det in ("his", "her", "their") and toks[_past_age(toks, k + 1)].low not in PERSON_SINGULAR:
            continue  # "wounded her husband", "her 7-year-old son" are one person; "her home" is nobody
        for x in range(k + 1, min(k + 6, n)):
            low = toks[x].low
            if low in PERSON_SINGULAR or (low in _SINGLE_WEAPONS or weapon_word(toks, x) in _COUNTED_SINGLY) \
                    and (k > 0 and toks[k - 1].low in LAUNCH_BEFORE or toks[k].low == "another" or
                         k > 1 and toks[k - 1].low == "and" and weapon_word(toks, k - 2) or
                         x + 1 < n and toks[x + 1].low in ("fired", "launched")):
                out.append(NumberMention(k, k, x, 1, "exact"))
                break
            if not (low.isalpha() or low in ("-",) or low[0].isdigit() or low.startswith("year")) or \
                    low in AUX or low in KILLED_AFTER or low in INJURED_AFTER:
                break
    return out


_STATE_NOUNS = frozenset({"dead", "injured", "wounded"})


def _past_age(toks: list[Token], k: int) -> int:
    """The index after an age ("7-year-old", "7 - year-old") at k, else k (always a valid index)."""
    n = len(toks)
    if k + 2 < n and toks[k].low[0].isdigit() and toks[k + 1].low == "-" and toks[k + 2].low.startswith("year"):
        return min(k + 3, n - 1)
    return k


def assign_roles(toks: list[Token], nums: list[NumberMention], outage: bool,
                 context_weapon: str | None) -> list[Role]:
    roles: list[Role] = []
    n = len(toks)
    consumed: set[int] = set()
    prev: Role | None = None
    sub_end = -10  # end of the last sub-count ("including nine Kh-101s and seven Iskanders")
    lows = lows_of(toks)
    subcounts = not _SUBCOUNT_BEFORE.isdisjoint(lows) or "them" in lows  # else no number is a sub-count by cue
    for p, m in enumerate(nums):
        if p in consumed or not _is_count(toks, m):
            continue
        sub = subcounts and (not _SUBCOUNT_BEFORE.isdisjoint(lows[max(0, m.q - 3):m.q]) or
                             _in_parenthetical(toks, m.q)) or _joined(toks, sub_end, m.q) or \
            (m.q > 0 and lows[m.q - 1] in _DASHES and prev is not None and prev.weapon is not None
             and m.q - prev.last <= 1)  # "11 ballistic missiles — eight Iskander-M and three KN-23s —"
        phrase = _noun_phrase(toks, m.j)  # read once: (kind, weapon, end); end is m.j past the last token
        np_end = phrase[2]
        located = prev is not None and any(
            x < n and toks[x].low in ("over", "in", "above", "near", "at", "on") for x in (m.j, np_end))
        if sub and not located and not (prev is None and toks[m.q - 1].low != "including" and
                                        _casualty_cue(toks, m.q, np_end)[0]):
            sub_end = max(np_end, m.j)
            continue
        if m.j + 1 < n and toks[m.j].low == "of" and toks[m.j + 1].low in _SUBORDINATE - {"of"}:
            but = _all_but(toks, m.q)
            role, cue = _weapon_cue(toks, m.q - 2 if but else m.q, m.j + 2)
            weapon = prev.weapon if prev and prev.weapon else context_weapon
            value = m.value
            if but:  # "launched 48 drones ... shot down all but three of them": the rest of that figure
                value = prev.value - m.value if prev and prev.role == "launched" and prev.value > m.value else -1
            if role in ("intercepted", "lost") and weapon and value >= 0:  # "shot down 88 of them"
                roles.append(prev := Role(role, value, m.qualifier, m.vague, weapon, m.q, m.j + 2, cue))
            continue  # "19 of whom", "three of them" (a part of a count given elsewhere)
        linked = None
        s = m.j
        if s < n and toks[s].low == "of":
            z = s + 1 + (1 if s + 1 < n and toks[s + 1].low in ("the", "these", "those") else 0)
            if p + 1 < len(nums) and nums[p + 1].q == z:
                linked = nums[p + 1]
                consumed.add(p + 1)
                s = linked.j
            elif z < n and weapon_word(toks, z, modifiers=True):
                s = z  # "shot down 288 of the drones"
            elif z < n and toks[z].low in ("its", "their", "his", "her") and z + 1 < n and \
                    toks[z + 1].low in PERSON_NOUNS:
                s = z + 1  # "four of its workers were injured"
            elif m.vague and m.value < 100 and z < n and toks[z].low in PERSON_NOUNS and \
                    toks[z].low not in _STATE_NOUNS:
                # "dozens of people were wounded"; not "treated dozens of wounded" (no cue of harm), nor
                # "thousands of people were killed", which is nearly always a running toll, not the day's news
                s = z
        kind, weapon, end = phrase if s == m.j else _noun_phrase(toks, s)
        if m.q >= 2 and toks[m.q - 1].low == "of" and toks[m.q - 2].low in ("family", "families"):
            kind, end = "person", max(end, m.j)  # "killed a family of four"
            m = NumberMention(m.q - 3 if m.q >= 3 and toks[m.q - 3].low in ("a", "the") else m.q - 2,
                              m.i, m.j, m.value, m.qualifier, m.vague)
        if m.q > 0 and toks[m.q - 1].low == "," and prev is not None and prev.last == m.q - 1 and \
                toks[m.i].low in ("a", "an"):
            continue  # "One civilian, a 57-year-old woman, was killed": the same person again
        if kind in ("bare", "person") and sub and located and prev is not None and prev.role in ("killed", "injured"):
            roles.append(prev := Role(prev.role, m.value, m.qualifier, m.vague, None, m.q, end, prev.cue,
                                      part=True))  # "killed 31, including 11 near a site in Rafah"
            continue
        if kind == "person" or (kind == "bare" and not linked):
            total, end = _chain(toks, nums, p, m, end, consumed) if kind == "person" else (m.value, end)
            role, cue = _casualty_cue(toks, m.q, end)
            if role:  # a sub-count standing alone ("Among them were 15 killed in Gaza City") is a part
                extra = (m.q > 0 and toks[m.q - 1].low in ("another", "further", "additional")) or \
                    any(t.low == "more" for t in toks[m.j:end])  # "another 5", "eight more"
                roles.append(prev := Role(role, total, m.qualifier, m.vague, None, m.q, end, cue, part=sub,
                                          extra=extra and not sub))
                continue
            if kind == "person" and outage:
                roles.append(prev := Role("outage", m.value, m.qualifier, m.vague, None, m.q, end, -1))
                continue
            if kind == "person":
                continue
        if kind == "other":
            continue
        if kind == "household":
            if outage:
                roles.append(prev := Role("outage", m.value, m.qualifier, m.vague, None, m.q, end, -1))
            continue
        if m.vague and m.value < 10:
            continue  # "several drones": no figure to add up
        all_but = linked is not None and _all_but(toks, m.q)
        role, cue = _weapon_cue(toks, m.q - 2 if all_but else m.q, end)
        if role is None and kind == "weapon":
            role, cue = _shared_cue(toks, nums, p, end)
        if kind == "bare" and m.vague:
            continue  # "sending thousands of people running": a vague amount of nothing named is no weapon figure
        if kind == "bare":
            weapon = prev.weapon if prev and prev.weapon else context_weapon
            if role is None and prev and prev.weapon and m.q > 0 and \
                    (toks[m.q - 1].low in (",", "and", ":", ";", "including") and
                     m.j < n and toks[m.j].low in ("over", "in", "above", "-", "(") or
                     toks[m.q - 1].low == "(" and m.j < n and toks[m.j].low == ")"):  # "Belgorod (12)"
                role = prev.role  # "17 drones ... over Belgorod, 12 over Kursk"
                roles.append(prev := Role(role, m.value, m.qualifier, m.vague, weapon, m.q, end, cue, part=True))
                continue
            if role is None or weapon is None:
                continue
            roles.append(prev := Role(role, m.value, m.qualifier, m.vague, weapon, m.q, end, cue, part=True))
            continue  # "41 were shot down and 15 suppressed": parts of a figure given with its noun
        if role is None and prev and prev.weapon and _joined(toks, prev.last, m.q):
            role, cue = prev.role, prev.cue
        role = role or "launched"
        if linked:  # "73 of the 112 drones": the cue's role, and launched
            value = linked.value - m.value if all_but and linked.value > m.value else m.value  # "all but 3 of 48"
            roles.append(prev := Role(role, value, m.qualifier, m.vague, weapon, m.q, end, cue))
            roles.append(Role("launched", linked.value, linked.qualifier, linked.vague, weapon,
                              linked.q, end, cue))
        else:
            roles.append(prev := Role(role, m.value, m.qualifier, m.vague, weapon, m.q, end, cue))
            if role == "intercepted" and m.q > 0 and toks[m.q - 1].low == "all":
                roles.append(Role("launched", m.value, m.qualifier, m.vague, weapon, m.q, end, cue))  # "all 29"
    roles += _all_intercepted(toks, roles, context_weapon, lows)
    return _died_of_wounds(toks, roles)


_DIED = frozenset({"died", "dies", "succumbed", "succumbs"})


def _died_of_wounds(toks: list[Token], roles: list[Role]) -> list[Role]:
    """'A man wounded in the shelling succumbed to his injuries': killed, not injured; and with an updated
    toll in the same sentence ('... died in hospital, raising the death toll to four') the toll has them."""
    toll = any(r.role == "killed" for r in roles)
    out = []
    for r in roles:
        died = r.role == "injured" and r.cue == r.last and _dies_after(toks, r.cue)  # "a woman injured in ..."
        if not died:
            out.append(r)
        elif not toll:
            out.append(Role("killed", r.value, r.qualifier, r.vague, r.weapon, r.first, r.last, r.cue))
    return out


def _dies_after(toks: list[Token], k: int) -> bool:
    for x in range(k + 1, min(k + 15, len(toks))):
        low = toks[x].low
        if low in (",", ";", ".", "and", "but"):
            return False
        if low in _DIED:
            return True
    return False


def _all_but(toks: list[Token], q: int) -> bool:
    return q >= 2 and toks[q - 1].low == "but" and toks[q - 2].low == "all"


def _in_parenthetical(toks: list[Token], q: int) -> bool:
    """Inside ', including a baby and three teenagers,' (back to the clause's comma)."""
    for x in range(q - 1, max(-1, q - 13), -1):
        low = toks[x].low
        if low in _SUBCOUNT_BEFORE or (low == "them" and x > 0 and toks[x - 1].low == "among"):
            return True
        if low in (",", ";", ":", "(") or low in KILLED_AFTER or low in INJURED_AFTER:
            return False
    return False


def _shared_cue(toks: list[Token], nums: list[NumberMention], p: int, end: int) -> tuple[str | None, int]:
    """'five missiles and 30 drones were downed': a weapon count joined by 'and' to the next one shares the
    interception verb that follows it."""
    if p + 1 >= len(nums) or end >= len(toks) or toks[end].low != "and" or nums[p + 1].q != end + 1:
        return None, -1
    nxt = nums[p + 1]
    kind, _, nxt_end = _noun_phrase(toks, nxt.j)
    if kind != "weapon":
        return None, -1
    role, cue = _weapon_cue(toks, nxt.q, nxt_end)
    return (role, cue) if role in ("intercepted", "lost") else (None, -1)


def _joined(toks: list[Token], a: int, b: int) -> bool:
    return 0 <= b - a <= 4 and all(toks[x].low in _COORD for x in range(a, b))


def _chain(toks: list[Token], nums: list[NumberMention], p: int, m: NumberMention, end: int,
           consumed: set[int]) -> tuple[int, int]:
    """Sum a list of person phrases: 'two children and a woman' = 3; 'a family of four, a father, a mother and
    their two sons' = 4 (the list after the comma spells the four out)."""
    total = m.value
    apposition = end < len(toks) and toks[end].low == ","
    q = p + 1
    while q < len(nums) and end < len(toks) and toks[end].low in ("and", ","):
        nxt = nums[q]
        gap = nxt.q - end - 1  # "a woman and her two sons"
        if not (gap == 0 or gap == 1 and toks[end + 1].low in ("her", "his", "their", "its", "the", "and") or
                gap == 2 and toks[end + 1].low == "and" and toks[end + 2].low in ("her", "his", "their", "the")):
            break  # "a woman and her two sons", "a man, a woman, and two children"
        kind, _, e2 = _noun_phrase(toks, nxt.j)
        if kind != "person":
            break
        if toks[end].low == "," and toks[nxt.i].low in ("a", "an") and not _list_goes_on(toks, e2):
            break  # "One civilian, a 57-year-old woman, was killed" names one person twice; not "a father, a mother and"
        total += nxt.value
        consumed.add(q)
        end, q = e2, q + 1
    if apposition and total == 2 * m.value:
        total = m.value
    return total, end


def _list_goes_on(toks: list[Token], e: int) -> bool:
    """After 'a father, a mother' comes 'and ...' or ', and ...' (a list), not ', was killed' (an apposition)."""
    n = len(toks)
    if e < n and toks[e].low == "and":
        return True
    return e + 1 < n and toks[e].low == "," and toks[e + 1].low not in AUX and toks[e + 1].low not in KILLED_AFTER \
        and toks[e + 1].low not in INJURED_AFTER and toks[e + 1].low not in ("who", "which", "said")


def _all_intercepted(toks: list[Token], roles: list[Role], context_weapon: str | None, lows: list[str]) -> list[Role]:
    """'all drones were destroyed', 'all of them were shot down', 'all 46 drones' (with no number given)."""
    out = []
    n = len(toks)
    for k in positions(lows, {"all"}) if "all" in lows else ():
        if any(r.first <= k < r.last for r in roles):
            continue
        weapon = None
        x = k + 1
        while x < min(k + 5, n):
            cls = weapon_word(toks, x, modifiers=True)
            if cls and weapon is None:
                weapon = cls
            if toks[x].low in ("of", "them", "the", "these", "those") or cls or toks[x].text[:1].isupper():
                x += 1
                continue
            break
        weapon = weapon or (context_weapon if x > k + 1 and toks[x - 1].low in ("them", "these", "those")
                            else None)
        if weapon is None:
            continue
        y = _skip_after(toks, x)
        if y < n and (toks[y].low in INTERCEPT_AFTER):
            out.append(Role("intercepted", 0, "exact", False, weapon, k, x, y, is_all=True))
    return out


_NP_FILLER = frozenset({"multiple", "launch", "air", "type", "long-range", "short-range", "medium-range",
                        "guided", "heavy", "combat", "strike", "attack", "type-"})
_NOT_PROJECTILE = frozenset({"launchers", "launcher", "systems", "system", "positions", "position", "depot",
                             "depots", "warehouse", "warehouses", "crews", "crew", "sites", "site", "production",
                             "factory", "factories", "plant", "plants", "pieces", "units", "operators",
                             "stocks", "stockpiles", "components", "parts", "batteries", "battery", "storage",
                             "manufacturing", "workshop", "workshops", "complexes", "complex", "interceptors",
                             "interceptor"})
_PAIRS = frozenset({("air", "strike"), ("air", "strikes"), ("glide", "bombs"), ("glide", "bomb"),
                    ("guided", "bombs"), ("aerial", "bombs"), ("storm", "shadow"), ("air", "raids"),
                    ("fighter", "jets"), ("air", "raid"), ("aerial", "bomb"), ("guided", "bomb")})
