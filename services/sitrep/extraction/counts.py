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

from .countable import is_count
from .lexicon import (
    CUES,
    HARM_AFTER,
    HARM_BEFORE,
    INJURED_AFTER,
    INTERCEPT_AFTER,
    KILLED_AFTER,
    PERSON_NOUNS,
    TOLL_WORDS,
)
from .noun_phrases import noun_phrase
from .numbers import NUMBER_WORDS, NumberMention
from .people import died_of_wounds, person_chain
from .records import Role
from .role_cues import REACHED, casualty_cue, raising_the_toll, shared_cue, skip_after, weapon_cue
from .text import Token, lows_of, positions
from .weapons import weapon_word

_SUBCOUNT_BEFORE = frozenset(CUES["subcount_before"])  # data/cues.json
_TRANSFERS = frozenset(CUES["transfer_verbs"])
_COORD = frozenset(CUES["coordination"])
_SUBORDINATE = frozenset(CUES["subordinate"])
_DASHES = frozenset({"—", "–"})
_ORDINALS = frozenset({"second", "third", "fourth", "fifth", "sixth"})  # "a third person ... had died"
_STATE_NOUNS = frozenset(CUES["state_nouns"])  # data/cues.json
_THE_HARMED = frozenset({"dead", "victims", "wounded", "injured", "killed"})


# The words role_cues.casualty_cue's toll path stops at ("the death toll ... rose to four")
_TOLL_HEADS = TOLL_WORDS | {"dead", "deaths", "killed", "fatalities", "injured", "wounded", "injuries"}


def assign_roles(toks: list[Token], nums: list[NumberMention], outage: bool,
                 context_weapon: str | None) -> list[Role]:
    roles: list[Role] = []
    n = len(toks)
    consumed: set[int] = set()
    prev: Role | None = None
    sub_end = -10  # end of the last sub-count ("including nine Kh-101s and seven Iskanders")
    listed: tuple[str, int] | None = None  # (role, cue) of a total followed by a colon and its breakdown
    lows = lows_of(toks)
    subcounts = not _SUBCOUNT_BEFORE.isdisjoint(lows) or "them" in lows  # else no number is a sub-count by cue
    for p, m in enumerate(nums):
        if p in consumed or not is_count(toks, m):
            continue
        if p > 0 and _after_of_the_total(lows, nums[p - 1], m):
            continue  # "Of the 11 injured, three were hospitalised": a part of the 11
        if prev is not None and prev.first < m.q < prev.last:
            continue  # "five members of one family were killed": inside the last figure's phrase
        sub = subcounts and (not _SUBCOUNT_BEFORE.isdisjoint(lows[max(0, m.q - 3):m.q]) or
                             _in_parenthetical(toks, m.q)) or _joined(toks, sub_end, m.q) and not _with_harmed(lows, m) or \
            (m.q > 0 and lows[m.q - 1] in _DASHES and prev is not None and prev.weapon is not None
             and m.q - prev.last <= 1)  # "11 ballistic missiles — eight Iskander-M and three KN-23s —"
        phrase = noun_phrase(toks, m.j)  # read once: (kind, weapon, end); end is m.j past the last token
        if phrase[0] == "bare" and m.j < n and toks[m.j].low == "targets" and \
                weapon_cue(toks, m.q, m.j + 1)[0] == "intercepted":
            phrase = ("weapon", "mixed", m.j + 1)  # "shot down or suppressed 405 targets: 41 missiles and 364 drones"
        np_end = phrase[2]
        relative = _located_relative(toks, np_end) if prev is not None else -1
        located = prev is not None and (any(
            x < n and toks[x].low in _LOCATED for x in (m.j, np_end)) or relative >= 0)
        if sub and not located and not (prev is None and toks[m.q - 1].low != "including" and
                                        casualty_cue(toks, m.q, np_end)[0]):
            sub_end = max(np_end, m.j)
            continue
        if m.j + 1 < n and toks[m.j].low == "of" and toks[m.j + 1].low in _SUBORDINATE - {"of"}:
            part = _part_of_them(toks, m, prev, context_weapon)
            if part:
                roles.append(prev := part)
            continue  # "19 of whom", "three of them" (a part of a count given elsewhere)
        linked, s = _of_what(toks, nums, p, m, consumed)
        kind, weapon, end = phrase if s == m.j else noun_phrase(toks, s)
        if m.q >= 2 and toks[m.q - 1].low == "of" and toks[m.q - 2].low in ("family", "families"):
            kind, end = "person", max(end, m.j)  # "killed a family of four"
            m = NumberMention(m.q - 3 if m.q >= 3 and toks[m.q - 3].low in ("a", "the") else m.q - 2,
                              m.i, m.j, m.value, m.qualifier, m.vague)
        if m.q > 0 and toks[m.q - 1].low == "," and prev is not None and prev.last == m.q - 1 and \
                toks[m.i].low in ("a", "an"):
            continue  # "One civilian, a 57-year-old woman, was killed": the same person again
        if kind in ("bare", "person") and sub and located and prev is not None and prev.role in ("killed", "injured"):
            roles.append(prev := Role(prev.role, m.value, m.qualifier, m.vague, None, m.q, max(end, relative),
                                      prev.cue, part=True))  # "killed 31, including 11 near a site in Rafah"
            continue
        if kind == "person" or (kind == "bare" and not linked):
            found = _people_role(toks, nums, p, m, end, consumed, kind == "person", sub, outage) or \
                (_elided_toll(toks, m, prev) if kind == "bare" else None)
            if found:
                roles.append(prev := found)
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
        found, listed = _weapon_roles(toks, nums, p, m, kind, weapon, end, linked, prev, listed, context_weapon)
        if found:
            prev = found[0]
            roles += found
    roles += _all_intercepted(toks, roles, context_weapon, lows)
    roles += _launched_and_downed(toks, roles)
    return died_of_wounds(toks, _without_breakdowns(roles))


def _launched_and_downed(toks: list[Token], roles: list[Role]) -> list[Role]:
    """'two missiles had been launched from Iran toward northern Israel and were intercepted': the same weapons
    downed, all of them (no other count or clause between)."""
    out = []
    n = len(toks)
    for r in roles:
        if r.role != "launched" or not r.weapon or any(o.role == "intercepted" and o.weapon == r.weapon for o in roles):
            continue
        for x in range(r.last, min(n - 2, r.last + 14)):
            low = toks[x].low
            if low in (",", ";", ".", "but", "while") or low[:1].isdigit():
                break
            if low == "and" and toks[x + 1].low in ("were", "was") and (toks[x + 2].low in INTERCEPT_AFTER or
                                                                     toks[x + 2].low == "all" and x + 3 < n and
                                                                     toks[x + 3].low in INTERCEPT_AFTER):
                out.append(Role("intercepted", r.value, r.qualifier, r.vague, r.weapon, r.first, r.last, x + 2))
                break
    return out


def _elided_toll(toks: list[Token], m: NumberMention, prev: Role | None) -> Role | None:
    """'Twelve were killed in Gaza City, nine in Nuseirat and three in Deir el-Balah': a bare figure after a
    toll, with a place of its own right after it, is more of that toll there."""
    if prev is None or prev.role not in ("killed", "injured") or m.vague or m.q == 0 or \
            toks[m.q - 1].low not in (",", "and") or not _named_place_at(toks, m.j):
        return None
    between = toks[prev.last:m.q]  # the toll before names its own place, and no figure between
    if not any(_named_place_at(toks, prev.last + x) for x in range(len(between))) or \
            any(t.low[0].isdigit() or t.low in NUMBER_WORDS for t in between):
        return None  # (not "killed nine villagers in two villages, five in Mayi-Moya": a breakdown of the nine)
    return Role(prev.role, m.value, m.qualifier, m.vague, None, m.q, m.j, prev.cue)


def _named_place_at(toks: list[Token], x: int) -> bool:
    """'in Nuseirat', 'at Kalunguta': a preposition and a capitalised name."""
    return x + 1 < len(toks) and toks[x].low in ("in", "at", "near") and toks[x + 1].text[:1].isupper()


def _weapon_roles(toks: list[Token], nums: list[NumberMention], p: int, m: NumberMention, kind: str,
                  weapon: str | None, end: int, linked: NumberMention | None, prev: Role | None,
                  listed: tuple[str, int] | None, context_weapon: str | None
                  ) -> tuple[list[Role], tuple[str, int] | None]:
    """The roles of a weapon figure (or of a bare one that is part of a weapon figure), the first of them the
    figure's own; and the (role, cue) of a total whose breakdown follows its colon, carried on."""
    n = len(toks)
    all_but = linked is not None and _all_but(toks, m.q)
    role, cue = weapon_cue(toks, m.q - 2 if all_but else m.q, end)
    if role is None and kind == "weapon":
        role, cue = shared_cue(toks, nums, p, end)
    if role is None and m.value == 1 and linked is None and m.j < n and toks[m.j].low == "of":
        return [], listed  # "debris from one of the drones": a reference to a part, no figure of its own
    if kind == "bare" and m.vague:
        return [], listed  # "sending thousands of people running": a vague amount of nothing named is no weapon figure
    if kind == "bare":
        part = _bare_part(toks, m, end, role, cue, prev, context_weapon)
        return ([part] if part else []), listed  # "41 were shot down and 15 suppressed": parts of a figure given
        # with its noun
    if role is None and prev and prev.weapon and _joined(toks, prev.last, m.q):
        role, cue = prev.role, prev.cue
    part = False
    if role is None and kind == "weapon" and listed is not None:
        role, cue = listed  # "destroyed 67 drones: 23 UAVs over the Bryansk Region, 15 UAVs over ...": the total's
        part = end < n and toks[end].low in _LOCATED  # a part of it at its own place (kept beside the total)
    if role is None and weapon == "airstrike":
        return [], listed  # "damaging two Su-30 fighter jets": aircraft counted with no launch verb are what was hit
    role = role or "launched"
    if linked:  # "73 of the 112 drones": the cue's role, and launched
        value = linked.value - m.value if all_but and linked.value > m.value else m.value  # "all but 3 of 48"
        return [Role(role, value, m.qualifier, m.vague, weapon, m.q, end, cue),
                Role("launched", linked.value, linked.qualifier, linked.vague, weapon, linked.q, end, cue)], listed
    found = [Role(role, m.value, m.qualifier, m.vague, weapon, m.q, end, cue, part=part)]
    if role in ("intercepted", "launched") and _colon_after(toks, end):
        listed = (role, cue)  # a breakdown of this total follows the colon
    if role == "intercepted" and (m.q > 0 and toks[m.q - 1].low in ("all", "by") or
                                  end < n and toks[end].low in ("launched", "fired") and m.value == 1):
        # "all 29 were shot down", "repelled an attack by 29 drones", "intercepted a missile launched from
        # Yemen": launched and intercepted
        found.append(Role("launched", m.value, m.qualifier, m.vague, weapon, m.q, end, cue))
    return found, listed


def _without_breakdowns(roles: list[Role]) -> list[Role]:
    """'51 missiles: 32 Kh-101 cruise missiles ... and 19 Iskander-Ms', 'shot down 30 of the 51 missiles, 29
    Kh-101 and one Iskander-M': figures of one role and weapon that right after a total add up to it are its
    breakdown, not more of the same."""
    drop: set[int] = set()
    for i, total in enumerate(roles):
        if total.weapon is None or total.part or i in drop:
            continue
        run, acc = [], 0
        for j in range(i + 1, len(roles)):
            r = roles[j]
            if (r.role, r.weapon) != (total.role, total.weapon) or r.last - r.first < 2 or r.part:
                continue  # (a bare "35 over the Bryansk region" is a part at its own place, kept)
            run.append(j)
            acc += r.value
            if acc >= total.value:
                break
        if len(run) >= 2 and acc == total.value:
            drop.update(run)
    return [r for k, r in enumerate(roles) if k not in drop] if drop else roles


_LOCATED = frozenset({"over", "in", "above", "near", "at", "on"})


def _located_relative(toks: list[Token], end: int) -> int:
    """'including 12 people who had taken refuge in a school in Gaza City': a part with its own place, given in
    a relative clause: the index of the clause's place preposition, else -1."""
    if end >= len(toks) or toks[end].low not in ("who", "that", "sheltering", "inside"):
        return -1
    for x in range(end + 1, min(end + 10, len(toks))):
        if toks[x].low in (",", ";", ".", "and"):
            return -1
        if toks[x].low in _LOCATED:
            return x
    return -1


_HARMING = frozenset({"killing", "killed", "wounding", "wounded", "injuring", "injured"})


def _part_of_them(toks: list[Token], m: NumberMention, prev: Role | None, context_weapon: str | None) -> Role | None:
    """'shot down 88 of them', 'all but three of them': a weapon count that is a part of one given before."""
    but = _all_but(toks, m.q)
    role, cue = weapon_cue(toks, m.q - 2 if but else m.q, m.j + 2)
    weapon = prev.weapon if prev and prev.weapon else context_weapon
    value = m.value
    if but:  # "launched 48 drones ... shot down all but three of them": the rest of that figure
        value = prev.value - m.value if prev and prev.role == "launched" and prev.value > m.value else -1
    if role in ("intercepted", "lost") and weapon and value >= 0:  # "shot down 88 of them"
        return Role(role, value, m.qualifier, m.vague, weapon, m.q, m.j + 2, cue)
    if role is None and not but and prev is not None and prev.weapon and m.q > 0 and toks[m.q - 1].low == "," \
            and m.j + 2 < len(toks) and toks[m.j + 2].low in ("over", "in", "near", "above"):
        # "destroyed 49 Ukrainian drones, 12 of them over the Ryazan region": a part, at its own place
        return Role(prev.role, value, m.qualifier, m.vague, prev.weapon, m.q, m.j + 2, prev.cue, part=True)
    if prev is None and not but and m.q > 0 and toks[m.q - 1].low in _HARMING:
        harm, harm_cue = casualty_cue(toks, m.q, m.j + 2)  # "targeted soldiers near Kisweh, killing six of them":
        if harm in ("killed", "injured"):  # the people the sentence named, no count given elsewhere
            return Role(harm, value, m.qualifier, m.vague, None, m.q, m.j + 2, harm_cue)
    if prev is None and not but and m.q == 0:  # "At least eight of them were killed in an airstrike in Gaza City"
        harm, harm_cue = casualty_cue(toks, m.q, m.j + 2)  # (a toll given in the sentence before): a part, at its place
        if harm in ("killed", "injured"):
            return Role(harm, value, m.qualifier, m.vague, None, m.q, m.j + 2, harm_cue, part=True)
    return None


def _of_what(toks: list[Token], nums: list[NumberMention], p: int, m: NumberMention,
             consumed: set[int]) -> tuple[NumberMention | None, int]:
    """For 'X of ...': the linked total ('73 of the 112 drones', consumed here) and where the noun phrase
    to read starts."""
    n = len(toks)
    linked = None
    s = m.j
    if s < n and toks[s].low == "of":
        z = s + 1 + (1 if s + 1 < n and toks[s + 1].low in ("the", "these", "those") else 0)
        if p + 1 < len(nums) and nums[p + 1].q == z and nums[p + 1].value > m.value:  # not "nine members of one family"
            linked = nums[p + 1]
            consumed.add(p + 1)
            s = linked.j
        elif z < n and weapon_word(toks, z, modifiers=True):
            s = z  # "shot down 288 of the drones"
        elif z < n and toks[z].low in ("its", "their", "his", "her") and z + 1 < n and \
                toks[z + 1].low in PERSON_NOUNS:
            s = z + 1  # "four of its workers were injured"
        elif not m.vague and z + 2 < n and toks[z].low in _THE_HARMED and toks[z + 1].low in ("were", "was") and \
                toks[z + 2].low in HARM_AFTER:
            s = z + 1  # "Twelve of the dead were killed in Gaza City, nine in Nuseirat": the toll's part at its place
        elif m.vague and m.value < 100 and z < n and toks[z].low in PERSON_NOUNS and \
                toks[z].low not in _STATE_NOUNS:
            # "dozens of people were wounded"; not "treated dozens of wounded" (no cue of harm), nor
            # "thousands of people were killed", which is nearly always a running toll, not the day's news
            s = z
    return linked, s


def _people_role(toks: list[Token], nums: list[NumberMention], p: int, m: NumberMention, end: int,
                 consumed: set[int], person: bool, sub: bool, outage: bool) -> Role | None:
    """A count of people (or a bare number) with a casualty cue; people without one are an outage count
    if the sentence speaks of lost power."""
    total, end = person_chain(toks, nums, p, m, end, consumed) if person else (m.value, end)
    if any(t.low in _TRANSFERS for t in toks[max(0, m.q - 3):m.q]):
        return None  # "would hand over 23 badly wounded soldiers": a prisoner swap, no toll
    role, cue = casualty_cue(toks, m.q, end)
    if role and m.vague and total == m.value:
        return None  # "killing dozens of soldiers": no figure (convention 17), and no toll line of its own
    if role:  # a sub-count standing alone ("Among them were 15 killed in Gaza City") is a part
        extra = (m.q > 0 and toks[m.q - 1].low in ("another", "further", "additional")) or \
            any(t.low == "more" for t in toks[m.j:end]) or \
            any(t.low in _ORDINALS for t in toks[m.q:m.j + 1])  # "another 5", "eight more", "a third person"
        before = toks[m.q - 1].low if m.q > 0 else ""
        update = before in ("to", "at") and (0 <= cue < m.q - 1 and toks[cue].low in _TOLL_HEADS or
                                             raising_the_toll(toks, m.q)) or \
            before in REACHED  # "the number of injured ... had reached 21"
        # "the death toll ... rose to four", "pulled 14 bodies from the rubble, bringing the death toll to 31"
        initial = any(t.low in ("initially", "originally") for t in toks[max(0, m.q - 6):m.q])
        return Role(role, total, m.qualifier, m.vague, None, m.q, end, cue, part=sub, extra=extra and not sub,
                    update=update, initial=initial)
    if person and outage:
        return Role("outage", m.value, m.qualifier, m.vague, None, m.q, end, -1)
    return None


def _bare_part(toks: list[Token], m: NumberMention, end: int, role: str | None, cue: int, prev: Role | None,
               context_weapon: str | None) -> Role | None:
    """A number with no noun after a weapon count: a part of that figure ('..., 12 over Kursk')."""
    n = len(toks)
    weapon = prev.weapon if prev and prev.weapon else context_weapon
    colon = m.q - 1
    for _ in range(2):  # past a bullet of one or two marks ("downed:\n- 38 over ...")
        if colon > 0 and toks[colon].low != ":" and not toks[colon].text[:1].isalnum():
            colon -= 1
    if role is None and prev is None and colon >= 1 and toks[colon].low == ":" and m.j < n and \
            toks[m.j].low in ("over", "in", "above") and \
            (toks[colon - 1].low in INTERCEPT_AFTER or toks[colon - 1].low == "down"):
        role = "intercepted"  # "the drones were downed: 38 over the Bryansk Region, 21 over ...": the list's first
    if role is None and prev and prev.weapon and m.q > 0 and \
            (toks[m.q - 1].low in (",", "and", ":", ";", "including", "-", "–", "—") and
             m.j < n and toks[m.j].low in ("over", "in", "above", "-", "(") or
             toks[m.q - 1].low == "(" and m.j < n and toks[m.j].low == ")"):  # "Belgorod (12)"
        role = prev.role  # "17 drones ... over Belgorod, 12 over Kursk"
    if role is None or weapon is None:
        return None
    if role == "intercepted" and _all_but(toks, m.q):  # "All but three were shot down": the rest of a figure
        if prev and prev.role == "launched" and prev.value > m.value:
            return Role(role, prev.value - m.value, m.qualifier, m.vague, weapon, m.q, end, cue)
        return Role(role, m.value, m.qualifier, m.vague, weapon, m.q, end, cue, all_but=True)
    return Role(role, m.value, m.qualifier, m.vague, weapon, m.q, end, cue, part=True)


def _all_but(toks: list[Token], q: int) -> bool:
    return q >= 2 and toks[q - 1].low == "but" and toks[q - 2].low == "all"


def _in_parenthetical(toks: list[Token], q: int) -> bool:
    """Inside ', including a baby and three teenagers,' (back to the clause's comma)."""
    for x in range(q - 1, max(-1, q - 13), -1):
        low = toks[x].low
        if low in _SUBCOUNT_BEFORE or (low == "them" and x > 0 and toks[x - 1].low == "among"):
            return True
        if low in (",", ";", ":", "(") or low in KILLED_AFTER or low in INJURED_AFTER or low in HARM_BEFORE:
            return False  # (", including a boy and wounding more than 150": a figure of its own)
    return False


def _colon_after(toks: list[Token], end: int) -> bool:
    """A colon closes the clause of the noun phrase ending at `end` ("67 Ukrainian fixed-wing unmanned aerial
    vehicles:", "186 air targets in the north, east, south and centre of the country:")."""
    for x in range(end, min(len(toks), end + 16)):
        if toks[x].low == ":":
            return True
        if toks[x].low in _CLAUSE_END or toks[x].low[:1].isdigit():
            return False
    return False


_CLAUSE_END = frozenset(";.()\"“”!?—–")


def _after_of_the_total(lows: list[str], total: NumberMention, m: NumberMention) -> bool:
    """'Of the 11 injured, three ...': m right after a total opened by 'of the' and closed by a comma."""
    return total.q >= 2 and lows[total.q - 2:total.q] == ["of", "the"] and m.q >= 1 and lows[m.q - 1] == "," and \
        total.j < m.q and all(w in HARM_AFTER or w in PERSON_NOUNS or w == "," for w in lows[total.j:m.q])


def _with_harmed(lows: list[str], m: NumberMention) -> bool:
    """'..., including eight children, with 40 wounded', '..., including a boy, and 90 people have been
    injured': a figure of its own after the sub-count."""
    if m.q == 0 or lows[m.q - 1] not in ("with", "and"):
        return False
    if lows[m.q - 1] == "with":
        return m.j < len(lows) and lows[m.j] in HARM_AFTER
    after = lows[m.j:m.j + 5]  # "and 90 (people) have been injured": a clause with its own verb
    verb = next((x for x, w in enumerate(after) if w in ("were", "was", "have", "has", "had", "are")), None)
    return verb is not None and not HARM_AFTER.isdisjoint(after[verb + 1:])


def _joined(toks: list[Token], a: int, b: int) -> bool:
    return 0 <= b - a <= 4 and all(toks[x].low in _COORD for x in range(a, b))


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
        y = skip_after(toks, x)
        if y < n and (toks[y].low in INTERCEPT_AFTER):
            out.append(Role("intercepted", 0, "exact", False, weapon, k, x, y, is_all=True))
    return out

