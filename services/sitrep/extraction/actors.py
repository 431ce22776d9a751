"""Who attacked (actor) and who says so (claimed_by).

Actor rules, first hit wins: a named state force ("the IDF", "the junta"); a named non-state group ("the RSF",
"Houthi rebels": actor null, actor_name set, since DESIGN's actor is a state); a demonym before a force or
weapon noun ("Russian drones", "Israeli strikes"); a country's possessive before one ("Ukraine's forces",
"Russia's attack"); a country or capital as the subject of an attack verb ("Moscow launched"); "by Russia".
"""

from __future__ import annotations

import re

from .lexicon import (
    ACTORS,
    ATTACK_VERBS,
    AUX,
    CAPITALS,
    CUES,
    FORCE_HEADS,
    GROUP_PHRASES,
    HARM_AFTER,
    HARM_BEFORE,
    MAKER_WORDS,
    NONSTATE,
    NONSTATE_COUNTRY,
    PERSON_NOUNS,
    STATE_GROUPS,
    country_of_demonym,
    country_of_name,
)
from .text import Token

_NOT_ACTOR_BEFORE = frozenset({"on", "against", "at", "into", "targeting", "over", "toward", "towards", "to",
                               "hit", "struck", "from", "of", "by-"})
_NOT_ACTOR_BEFORE_THE = _NOT_ACTOR_BEFORE - {"of", "from"}  # "units of the Armenian armed forces" attack
_SUBJECT_VERBS = ATTACK_VERBS | {"launched", "fired", "carried", "unleashed", "sent", "used", "has", "had",
                                 "launches", "fires", "unleashes", "sends", "uses",  # a headline's present
                                 "have", "also", "again", "overnight", "on"}
_TARGET_HEADS = frozenset(ACTORS["target_heads"])  # data/actors.json
_ACCUSER_VERBS = frozenset({"accused", "accuses", "blamed", "blames"})
_GROUP_HEADS = frozenset({"rebels", "militants", "fighters", "forces", "group", "movement", "militia",
                          "paramilitaries", "paramilitary", "gunmen"})


def _group_at(toks: list[Token], k: int) -> tuple[int, str] | None:
    """A named group starting at token k: (end index, key)."""
    for phrase in GROUP_PHRASES.get(toks[k].low, ()):
        n = len(phrase)
        if k + n <= len(toks) and all(toks[k + x].low == phrase[x] for x in range(n)):
            return k + n, " ".join(phrase)
    return None


def _name(toks: list[Token], i: int, j: int, text: str, base: int) -> str:
    start = i - 1 if i > 0 and toks[i - 1].low == "the" else i
    return text[toks[start].start - base:toks[j - 1].end - base]


def find_actor(toks: list[Token], text: str, base: int, claim: tuple[int, int] = (-1, -1)
               ) -> tuple[str | None, str | None, int]:
    """(alpha2 or None, name as written or None, token index of the mention or -1). Mentions inside the
    claimant ('the Israeli military said') are the speaker, not the attacker."""
    n = len(toks)
    for k in _candidates(toks):
        tok = toks[k]
        if claim[0] <= tok.start < claim[1]:
            continue
        prev = toks[k - 1].low if k else ""
        if prev in _NOT_ACTOR_BEFORE or prev == "the" and k > 1 and toks[k - 2].low in _NOT_ACTOR_BEFORE_THE:
            continue  # "on Russian positions", "supplies fuel to the Russian army": a target or a recipient
        if prev == "the" and k > 1 and toks[k - 2].low == "of" and k + 1 < n and \
                toks[k + 1].low in ("federation", "republic"):
            continue  # "the Samara region of the Russian Federation": the state as a place
        group = _group_at(toks, k) if tok.low in GROUP_PHRASES else None
        if group:
            end, key = group
            if end < n and toks[end].low in _GROUP_HEADS:
                end += 1
            if end < n and toks[end].low in _TARGET_HEADS:
                continue  # "struck 100 Hezbollah targets", "a Hamas commander": the target, not the attacker
            if key in NONSTATE:
                return None, _name(toks, k, end, text, base), k
            code = STATE_GROUPS.get(key)
            if code:
                return code, _name(toks, k, end, text, base), k
            continue
        if not tok.text[:1].isupper():
            continue
        code, after = country_of_demonym(tok.text), k + 1
        if code is None and tok.text == "U" and k + 3 < n and toks[k + 1].text == "." and \
                toks[k + 2].text in ("S", "K") and not (k and toks[k - 1].text == "."):  # not "the S.B.U."
            code, after = "US" if toks[k + 2].text == "S" else "GB", k + 4  # "U.S.", "U.K."
        if code and (after + 1 < n and toks[after].text == "-" and toks[after + 1].low in MAKER_WORDS or
                     after < n and toks[after].low in _SUPPLIED):
            continue  # "U.S.-made missiles", "British Storm Shadow missiles": the maker, not the attacker
        if code and prev == "the" and after + 1 < n and toks[after].low == "side" and \
                toks[after + 1].low in _SIDE_THEN:
            return code, _name(toks, k, after + 1, text, base), k  # "it was the Thai side that had fired"
        if code and _force_after(toks, after, 4) and not _defence(toks, after):
            end = _force_end(toks, after, 4)
            if _victims(toks, k, end) or end < n and toks[end].low in _TARGET_HEADS | _ACCUSER_VERBS or \
                    _defends(toks, end):
                continue  # (and "struck a Russian drone storage site": the target; "the Thai army accused
                # Cambodian troops of firing": the accuser; "Pakistani forces had shot down 25 drones sent by
                # India": the defender, not the attacker)
            return code, _name(toks, k, end, text, base), k
        code = country_of_name(tok.text) or CAPITALS.get(tok.low)
        if code is None and k + 1 < n and toks[k + 1].text[:1].isupper():
            code = country_of_name(tok.text + " " + toks[k + 1].text)
        if code is None:
            continue
        nxt = toks[k + 1].low if k + 1 < n else ""
        if nxt in ("'s", "'", "’s") or (nxt == "'" and k + 2 < n and toks[k + 2].low == "s"):
            skip = k + 3 if nxt == "'" else k + 2
            if _force_after(toks, skip, 3):
                return code, _name(toks, k, _force_end(toks, skip, 3), text, base), k
        elif nxt in _SUBJECT_VERBS and nxt not in ("has", "had", "have", "on", "also", "again", "overnight"):
            return code, tok.text, k
        elif nxt in ("has", "had", "have", "also", "again", "overnight") and k + 2 < n and \
                toks[k + 2].low in _SUBJECT_VERBS:
            return code, tok.text, k
        elif prev == "by" and k >= 2:
            return code, tok.text, k
        elif prev in _ACCUSING and nxt == "of" and k + 2 < n and toks[k + 2].low in _ACCUSED_OF:
            return code, tok.text, k  # "accused Ukraine of blowing up the gas station": the side accused
    return None, None, -1


_DEFENDED = frozenset({"intercepted", "downed", "repelled", "repulsed"})


def _defends(toks: list[Token], end: int) -> bool:
    """'(Pakistani forces) had shot down', '... intercepted': the force acts against the attack (not "U.S.
    forces shot down seven Houthi drones and struck four radar sites": it attacks too)."""
    if end == 0 or toks[end - 1].low not in _DEFENDERS:
        return False  # ("Ukrainian drones were shot down": the weapons, the attacker's)
    window = [t.low for t in toks[end:end + 4]]
    defends = not _DEFENDED.isdisjoint(window) or any(a == "shot" and b == "down" for a, b in zip(window, window[1:],
                                                                                                 strict=False))
    return defends and _STRUCK.isdisjoint(t.low for t in toks[end:end + 16])


_DEFENDERS = frozenset({"forces", "troops", "army", "military", "units", "soldiers", "navy", "force"})


_STRUCK = frozenset({"struck", "hit", "bombed", "attacked", "targeted", "shelled", "raided", "pounded"})
_SUPPLIED = frozenset(CUES["supplied_weapons"])  # data/cues.json
_ACCUSING = _ACCUSER_VERBS | {"accusing"}  # "accused Ukraine of ...", "accusing Kyiv of ..."
_ACCUSED_OF = frozenset({"blowing", "firing", "shelling", "striking", "attacking", "launching", "bombing", "targeting",
                         "hitting", "killing"})  # "accused Ukraine of blowing up ...": an attack it is accused of
_SIDE_THEN = _SUBJECT_VERBS | {"that", "which", "had", "has", "have"}  # "the Thai side" acting (not "on the Thai side,")


_CLAUSE_OPENERS = frozenset({"when", "as", "after", "while", "before", ",", ";"})


def _victims(toks: list[Token], k: int, end: int) -> bool:
    """'Two Ukrainian soldiers were killed when a Russian drone hit': the people harmed, not the attacker."""
    if toks[end - 1].low not in PERSON_NOUNS:
        return False
    before = [t.low for t in toks[max(0, k - 3):k]]
    cut = max((x + 1 for x, w in enumerate(before) if w in _CLAUSE_OPENERS), default=0)
    if any(w in HARM_BEFORE for w in before[cut:]):  # (not "a jawan was injured when Pakistani troops opened fire")
        return True  # "killing two Israeli soldiers"
    after = [t.low for t in toks[end:end + 4] if t.low not in AUX]
    return bool(after) and after[0] in HARM_AFTER


def _candidates(toks: list[Token]) -> list[int]:
    """Indices of the tokens find_actor can stop at: a group name's first word, or a capitalised word (the
    others are skipped without effect, so the loop visits only these)."""
    return [k for k, t in enumerate(toks) if t.low in GROUP_PHRASES or t.text[0].isupper()]


def _defence(toks: list[Token], k: int) -> bool:
    """'Russian air defence (systems/forces)', 'Ukrainian Air Force': the defender, not the attacker."""
    return k + 1 < len(toks) and toks[k].low == "air" and toks[k + 1].low.startswith(("defen", "force"))


def _force_after(toks: list[Token], k: int, window: int) -> bool:
    return _force_end(toks, k, window) > k


def _force_end(toks: list[Token], k: int, window: int) -> int:
    """End of the force noun within `window` tokens of k, in the same phrase ('On the Pakistani side, Indian
    shelling': the comma ends 'Pakistani side'), else k."""
    for x in range(k, min(k + window, len(toks))):
        low = toks[x].low
        if low in FORCE_HEADS and not (low == "force" and x > 0 and toks[x - 1].low == "air"):
            return x + 1  # ("Ukraine's air force said": the defender and claimant; "Israeli Air Force jets" go on)
        if low in (",", ";", ":", "(", ")") or low in ("side", "border", "territory"):
            return k
    return k


def nonstate_country(name: str | None) -> str | None:
    if not name:
        return None
    low = name.lower().removeprefix("the ")
    for key, code in NONSTATE_COUNTRY.items():
        if low.startswith(key):
            return code
    return None


# --- claimed_by -------------------------------------------------------------------------------------------
_VERBS = (r"said|says|reported|reports|announced|announces|stated|states|claimed|claims|confirmed|confirms|"
          r"wrote|writes|added|told|posted|noted|informed|according")
_VERB_HINTS = tuple(CUES["attribution_verb_stems"])  # data/cues.json
_ACCORDING = re.compile(r"\b[Aa]ccording to ([^,.;:\"“”()]{2,90})")
_TRAILING = re.compile(r",[\"”’']?\s*([^,;:\"“”()]{2,90}?)\s+(?:has |had |have )?(?:" + _VERBS + r")\b")
_LEADING = re.compile(r"^(?:[A-Z][\w.-]*\s+)?(?:[^,;:\"“”()]{2,90}?)\s+(?:has |had |have )?(?:" + _VERBS + r")\b")
_APPOSITIVE = re.compile(r",\s+((?:[A-Z][\w'’-]+\s?){1,4})(?=[,.;]|$)")
# Appositions around the verb: "the regional governor, Alexander Gusev, said", "Vyacheslav Gladkov, the
# governor of Belgorod region, said"; and the verb first at the end: "..., said Oleh Syniehubov, head of the
# regional administration." One side must read as a name, the other as a role (data/cues.json role nouns).
_PART = r"[^,;:\"“”()]{2,70}?"
_APPOSITION = re.compile(r"(?:^|,\s+)(" + _PART + r"),\s+(" + _PART + r"),\s+(?:has |had |have )?(?:" + _VERBS + r")\b")
_SAID_AFTER = re.compile(r",[\"”’']?\s+(?:said|says|added|wrote)\s+(" + _PART + r")(?:,\s+(" + _PART + r"))?[.!]?$")
_NAME = re.compile(r"(?:[A-Z][\w'’.-]*\s?){1,4}")
_ROLE_NOUNS = frozenset(CUES["claimant_role_nouns"])
_ROLE_OF = re.compile(r"\b(?:of|for|in)\b")
_LIVES_CLAIMED = re.compile(r"\bclaim(?:ed|s|ing) (?:the lives|[\w,]+ (?:more )?lives)\b", re.IGNORECASE)
_TIME_FIRST = re.compile(r"^(?:later|earlier|meanwhile|separately|overnight)(?: in the day| that day| on \w+)?,?\s+",
                         re.IGNORECASE)
_CITING = re.compile(r"\s+(?:citing|in a |on |via |quoted|in its |in his |in her ).*$")
_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "the statement",
                       "sources", "reports", "media", "this", "which", "who", "that"})
_NOT_NAME = frozenset({"to", "agreed", "with", "that", "which", "when", "after", "before", "was", "were", "is",
                       "are", "had", "has", "have", "will", "would", "could", "launched", "killed", "struck",
                       "attacked", "fired", "hit"})
_FIRST_WORD_BAD = frozenset({"the", "a", "an"})
# A lower-case attribution is a name only when it opens like one ("medics", "head of the regional
# administration Oleh Kiper", "hospital officials"), not like a clause ("and the army").
_LOWER_CLAIMANT_START = frozenset(CUES["claimant_first_words"])  # data/cues.json
_ADVERBS = frozenset(CUES["claimant_adverbs"])


def _clean(raw: str, strict: bool = True) -> str | None:
    name = _CITING.sub("", raw.strip()).strip(" '\"’”")
    name = _TIME_FIRST.sub("", name)  # "Later in the day the Sudan Doctors Network said"
    words = name.split()
    while len(words) > 1 and words[-1].lower() in _ADVERBS:  # "It also said": the pronoun, not "It also"
        words.pop()
        name = " ".join(words)
    if not name or name.lower() in _PRONOUNS or len(name) > 80:
        return None
    if not _NOT_NAME.isdisjoint(name.lower().split()):
        return None  # "Israel and Iran agreed to a ceasefire": a clause, not a name
    if words[-1].lower() in ("regions", "oblasts", "provinces", "districts"):
        return None  # "officials in the Kharkiv, Sumy and Odesa regions reported": places, not the speaker's name
    if strict and name[0].islower() and words[0] not in _LOWER_CLAIMANT_START:
        return None
    return name


def find_claimant(text: str) -> tuple[str | None, int, int]:
    """(claimant as written, start, end) relative to the sentence, or (None, -1, -1). A short parenthesis
    after a name ("the Depayin People's Defense Force (PDF) told") is read as part of it."""
    if "(" in text:
        masked = _ACRONYM.sub(lambda m: " " * len(m.group()), text)
        if masked != text:
            name, a, b = _find_claimant(masked)
            if name:
                tail = _ACRONYM.match(text, b + 1) if b < len(text) and text[b] == " " else None
                return " ".join(name.split()), a, tail.end() if tail else b
            return None, -1, -1
    return _find_claimant(text)


_ACRONYM = re.compile(r"\([A-Za-z][\w&.-]{0,11}\)(?!\s*[-–—:])")  # not a dateline's "(Reuters) -"


def _find_claimant(text: str) -> tuple[str | None, int, int]:
    bullet = len(text) - len(text.lstrip(_BULLETS))
    if bullet:  # "- Ukraine's air force said ...": a list item, the mark no part of the name
        name, a, b = find_claimant(text[bullet:])
        return (name, a + bullet, b + bullet) if name else (None, -1, -1)
    label = _LABEL.match(text)
    if label and len(label.group(1).split()) <= 7:  # "The barrages: The Israel Defense Forces said ..."
        name, a, b = find_claimant(text[label.end():])
        if name:
            return name, a + label.end(), b + label.end()
    low = text.lower()
    if "lives" in low and "claim" in low:  # "the strike claimed the lives of 11": a toll, not an attribution
        text = _LIVES_CLAIMED.sub(lambda m: "x" * len(m.group()), text)
        low = text.lower()
    if not any(v in low for v in _VERB_HINTS):
        return None, -1, -1
    m = _ACCORDING.search(text) if "according" in low else None
    if m:
        name = _clean(m.group(1), strict=False)
        if name:
            end = m.start(1) + len(name)
            tail = _APPOSITIVE.match(text, m.end())
            if tail and end == m.end():  # "according to the regional governor, Ivan Fedorov"
                return name + " " + tail.group(1), m.start(1), tail.end(1)
            return name, m.start(1), end
    found = _apposition(text)
    if found:
        return found
    best = None
    for m in _TRAILING.finditer(text):  # the last attribution clause that reads as a name
        name = _clean(m.group(1))
        if name and len(name.split()) <= 9:
            best = (name, m.start(1), m.start(1) + len(name))
    if best:
        return best
    found = _said_after(text)
    if found:
        return found
    m = _LEADING.match(text)
    if m:
        raw = text[:m.end()].rsplit(" ", 1)[0]
        raw = re.sub(r"\s+(?:has|had|have)$", "", raw)
        name = _clean(raw)
        if name and len(name.split()) <= 8:
            return name, 0, len(name)
    return None, -1, -1


_BULLETS = "-–—•*·▪ \t"
# A live page's label before the sentence proper ("Four killed in northern Israel: Late Saturday, ...")
_LABEL = re.compile(r"([A-Z][^:.!?\"“\n]{0,60}?):[ \t]+(?=[A-Z\"“])")


def _is_name(part: str) -> bool:
    return _NAME.fullmatch(part.strip()) is not None and part.split()[0].lower() not in _FIRST_WORD_BAD


def _is_role(part: str) -> bool:
    words = part.lower().split()
    return len(words) <= 10 and any(w.removesuffix("'s").removesuffix("’s") in _ROLE_NOUNS for w in words)


def _with_role(name: str, role: str) -> str:
    """'regional governor Alexander Gusev' (DESIGN's form); a role with a complement keeps its comma:
    'Vyacheslav Gladkov, governor of Belgorod region'."""
    role = re.sub(r"^(?:the|a|an)\s+", "", role.strip(), flags=re.IGNORECASE)
    return f"{name.strip()}, {role}" if _ROLE_OF.search(role) else f"{role} {name.strip()}"


def _apposition(text: str) -> tuple[str, int, int] | None:
    best = None
    for m in _APPOSITION.finditer(text):
        a, b = m.group(1), m.group(2)
        if _is_role(a) and _is_name(b) and not _is_name(a):
            best = (_with_role(b, a), m.start(1), m.end(2))
        elif _is_name(a) and _is_role(b) and not _is_name(b):
            best = (_with_role(a, b), m.start(1), m.end(2))
        elif b.startswith(("a ", "an ")) and _ORGANISATION.fullmatch(a.strip()):
            # "the Syrian Observatory for Human Rights, a Britain-based monitor with ..., said"
            best = (a.strip(), m.start(1), m.end(2))
    return best


_ORGANISATION = re.compile(r"(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:of|for|on|and|the|[A-Z][\w'’.-]*)){1,8}")


def _said_after(text: str) -> tuple[str, int, int] | None:
    m = _SAID_AFTER.search(text)
    if not m:
        return None
    name = _clean(m.group(1))
    if not name:
        return None
    role = m.group(2)
    if role and _is_name(name) and _is_role(role):
        return _with_role(name, role), m.start(1), m.end(2)
    if role and _is_role(name) and _is_name(role):  # "said the head of the administration, Serhii Lysak"
        return _with_role(role, name), m.start(1), m.end(2)
    return name, m.start(1), m.start(1) + len(name)
