"""Weapon classes and target classes from the lexicons (data/weapons.json, data/targets.json)."""

from __future__ import annotations

from .lexicon import (
    CUES,
    GROUND_BOMB_AFTER,
    GROUND_BOMB_BEFORE,
    TARGET_WORDS,
    WEAPON_MODIFIERS,
    WEAPON_PAIRS,
    WEAPON_WORDS,
)
from .text import Token, lows_of

_PAIR_FIRST = frozenset(a for a, _ in WEAPON_PAIRS)
_NAMES = frozenset(WEAPON_WORDS) | _PAIR_FIRST  # tokens that may name a weapon (besides hyphenated ones)
_TARGET_KEYS = frozenset(w for w, cls in TARGET_WORDS.items() if cls)


def weapon_word(toks: list[Token], k: int, modifiers: bool = False) -> str | None:
    """The weapon class named by token k (alone, with the next token, or by its part before a hyphen)."""
    low = toks[k].low
    if low not in WEAPON_WORDS and low not in _PAIR_FIRST and "-" not in low and \
            (not modifiers or low not in WEAPON_MODIFIERS):
        return None
    if k + 1 < len(toks):
        pair = WEAPON_PAIRS.get((low, toks[k + 1].low))
        if pair:
            return pair
    cls = WEAPON_WORDS.get(low)
    if cls is None and "-" in low:
        head = low.split("-", 1)[0]
        cls = WEAPON_WORDS.get(head) or WEAPON_WORDS.get(low.rsplit("-", 1)[-1])
    if cls == "missile" and low == "storm":
        cls = None  # only "Storm Shadow" (a pair)
    if low in ("bomb", "bombs") and (k > 0 and toks[k - 1].low in GROUND_BOMB_BEFORE or
                                     k + 1 < len(toks) and toks[k + 1].low in GROUND_BOMB_AFTER):
        cls = None  # "a roadside bomb", "a bomb exploded near a train": planted, not dropped (convention 26)
    if cls is None and modifiers:
        cls = WEAPON_MODIFIERS.get(low)
        if low in _NOUN_MODIFIERS and not (k + 1 < len(toks) and (toks[k + 1].low in WEAPON_WORDS or
                                                                  toks[k + 1].low in WEAPON_MODIFIERS)):
            cls = None  # "one strike hit a tent", "two attacks": the noun, not "strike drones"
    return cls


_NOUN_MODIFIERS = frozenset({"strike", "attack"})  # modifiers that are nouns too


def sentence_weapons(toks: list[Token], lows: list[str] | None = None) -> list[tuple[int, str]]:
    """(token index, class) of every weapon named in the sentence, left to right. `lows`: the tokens'
    lower-case forms, if the caller has them."""
    lows = lows_of(toks) if lows is None else lows
    out = []
    for k in [k for k, w in enumerate(lows) if w in _NAMES or "-" in w]:
        cls = weapon_word(toks, k)
        if cls in ("missile", "drone") and k + 1 < len(lows) and lows[k + 1] in NOT_PROJECTILE:
            continue  # "struck missile launchers and storage sites", "drone operators": the target, not the weapon
        if cls:
            out.append((k, cls))
    return out


NOT_PROJECTILE = frozenset(CUES["not_projectile"])  # data/cues.json: "missile launchers", "drone operators"


def main_weapon(found: list[tuple[int, str]]) -> str | None:
    """The most specific weapon of a sentence: the first named, preferring named classes over 'bombs/jets'."""
    if not found:
        return None
    classes = [c for _, c in found]
    if "glide_bomb" in classes:
        return "glide_bomb"
    return classes[0]


def targets(words: set[str]) -> list[str]:
    """Target classes named by a sentence's (lower-case) words, sorted."""
    out = {TARGET_WORDS[w] for w in words & _TARGET_KEYS}
    for w in words:
        if "-" in w and w not in TARGET_WORDS:
            cls = TARGET_WORDS.get(w.split("-", 1)[0])  # "energy-related"
            if cls:
                out.add(cls)
    return sorted(out)


_CARE_WORDS = frozenset(w for w, cls in TARGET_WORDS.items() if cls == "healthcare")
_CARE_BEFORE = frozenset(CUES["care_not_struck_before"])  # data/cues.json
_CARE_AFTER = frozenset(CUES["care_not_struck_after"])
_NAME_PARTS = frozenset({"the", "a", "nearby", "local", "al", "al-", "field"})


def care_struck(toks: list[Token]) -> bool:
    """A hospital or clinic named as hit, not only as the source of a toll or where the wounded were taken
    ("according to Nasser Hospital", "the Shifa hospital said", "taken to hospital", "medical sources")."""
    for k, t in enumerate(toks):
        if t.low not in _CARE_WORDS:
            continue
        if k + 1 < len(toks) and toks[k + 1].low in _CARE_AFTER:
            continue
        x = k - 1
        while x >= 0 and (toks[x].low in _NAME_PARTS or toks[x].text[:1].isupper() or
                          toks[x].low.startswith(("al-", "el-"))):
            x -= 1  # back over the hospital's name ("to the Al-Aqsa Martyrs Hospital")
        if x >= 0 and toks[x].low in _CARE_BEFORE:
            continue
        return True
    return False
