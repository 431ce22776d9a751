"""Lexicons loaded once from data/*.json (cues, weapons, targets, actors) as fast lookup structures."""

from __future__ import annotations

from .text import load_json


def _phrases(items: list[str]) -> dict[str, list[tuple[str, ...]]]:
    """Phrases indexed by their first word: {"shot": [("shot", "down")], ...}, longest first."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for p in sorted(items, key=lambda s: -len(s.split())):
        words = tuple(p.split())
        out.setdefault(words[0], []).append(words)
    return out


CUES = load_json("cues.json")
WEAPONS = load_json("weapons.json")
TARGETS = load_json("targets.json")
ACTORS = load_json("actors.json")

WEAPON_WORDS: dict[str, str] = WEAPONS["words"]
WEAPON_MODIFIERS: dict[str, str] = WEAPONS["modifiers"]
WEAPON_PAIRS: dict[tuple[str, str], str] = {tuple(k.split()): v for k, v in WEAPONS["pairs"].items()}
MIXED_PHRASES: dict[str, list[list[str]]] = {}  # first word -> the phrases ("means of air attack") it starts
for _phrase in sorted(WEAPONS["mixed_phrases"], key=len, reverse=True):
    MIXED_PHRASES.setdefault(_phrase.split()[0], []).append(_phrase.split())
GROUND_BOMB_BEFORE = frozenset(WEAPONS["ground_bombs"]["before"])
GROUND_BOMB_AFTER = frozenset(WEAPONS["ground_bombs"]["after"])

TARGET_WORDS: dict[str, str] = {w: cls for cls, words in TARGETS.items() if not cls.startswith("_") for w in words}
MILITARY_TARGET_WORDS = frozenset(w for w, cls in TARGET_WORDS.items() if cls == "military")

KILLED_BEFORE = frozenset(p for p in CUES["killed_before"] if " " not in p)
INJURED_BEFORE = frozenset(CUES["injured_before"])
HARM_BEFORE = KILLED_BEFORE | INJURED_BEFORE  # "killing the driver", "injuring another"
KILLED_AFTER = frozenset(p for p in CUES["killed_after"] if " " not in p)  # "lost their lives": see counts
INJURED_AFTER = frozenset(p.split()[0] for p in CUES["injured_after"] if p.split()[0] != "were")
HARM_AFTER = KILLED_AFTER | INJURED_AFTER  # "two were killed", "five wounded"
AUX = frozenset(CUES["aux"])
TOLL_WORDS = frozenset(CUES["toll_words"])
TOLL_VERBS = frozenset(CUES["toll_verbs"])
PERSON_SINGULAR = frozenset(CUES["person_singular"])
PERSON_NOUNS = frozenset(CUES["person_nouns"]) | PERSON_SINGULAR  # "a 52-year-old security guard was killed"
HOUSEHOLDS = frozenset(CUES["households"])
OUTAGE_PHRASES = tuple(CUES["outage_phrases"])
LAUNCH_BEFORE = frozenset(CUES["launch_before"])
LAUNCH_AFTER = frozenset(CUES["launch_after"])
INTERCEPT_BEFORE = frozenset(CUES["intercept_before"]) | {"down"}
INTERCEPT_AFTER = frozenset(CUES["intercept_after"]) - {"lost", "jammed"}
LOST_AFTER = frozenset({"lost", "jammed", "suppressed_ew", "failed", "disappeared", "diverted", "redirected"})
ATTACK_VERBS = frozenset(CUES["attack_verbs"])
ATTACK_NOUNS = frozenset(CUES["attack_nouns"])  # "an attack by 12 drones", "the strike killed"
MAKER_WORDS = frozenset(CUES["maker_words"])
CONFLICT_WORDS = frozenset(CUES["conflict_words"])
DISASTER_WORDS = frozenset(CUES["disaster_words"])
CONFLICT_ACTS = CONFLICT_WORDS - frozenset(CUES["conflict_actors"])
NEGATIONS = tuple(CUES["negations"])
HYPOTHETICAL = frozenset(w for w in CUES["hypothetical"] if " " not in w)
BACKGROUND = tuple(CUES["background"])
SUPERLATIVES = frozenset(CUES["superlatives"])
DISTRICT_NAME_ENDINGS = tuple(CUES["district_name_endings"])
RETROSPECTIVE = tuple(CUES["retrospective"])
SPORTS = tuple(CUES["sports"])
EXERCISE = frozenset(w for w in CUES["exercise"] if " " not in w)
ARMS_SUPPLY = frozenset(CUES["arms_supply"])
STRONG_VERBS = frozenset(CUES["strong_verbs"])
STRONG_CLAUSE = STRONG_VERBS - {"attack", "attacks", "strike", "strikes"}  # a strong verb, not just the noun
EXERCISE_PHRASES = tuple(w for w in CUES["exercise"] if " " in w)  # "test launch", "war games"
FRESH = tuple(CUES["fresh"])
CEASEFIRE_WORDS = frozenset(CUES["ceasefire_words"])
CEASEFIRE_CORE = frozenset(CUES["ceasefire_context"])
PROPOSAL_WORDS = frozenset(CUES["proposal_words"])
STANCES = {
    "rejected": _phrases(CUES["stance_rejected"]),
    "conditional": _phrases(CUES["stance_conditional"]),
    "accepted": _phrases(CUES["stance_accepted"]),
    "proposed": _phrases(CUES["stance_proposed"]),
}
SCOPES: dict[str, tuple[str, ...]] = {k: tuple(v) for k, v in CUES["scope"].items()}

STATE_GROUPS: dict[str, str | None] = ACTORS["state"]
NONSTATE = frozenset(ACTORS["nonstate"])
NONSTATE_COUNTRY: dict[str, str] = ACTORS["nonstate_country"]
CAPITALS: dict[str, str] = ACTORS["capitals"]
LEADERS: dict[str, str] = ACTORS["leaders"]
DEFAULT_ATTACKER: dict[str, str] = ACTORS["default_attacker"]
OWN_ARMY_COUNTRIES = frozenset(ACTORS["own_army_countries"])
MEDIATORS = frozenset(ACTORS["mediators"])
CONFLICT_PAIRS: list[tuple[str, str]] = [tuple(p) for p in ACTORS["conflict_pairs"]]
FORCE_HEADS = frozenset(ACTORS["force_heads"])
GROUP_PHRASES = _phrases(list(NONSTATE) + [k for k in STATE_GROUPS if " " in k or k.isalpha()])


# --- memoised gazetteer look-ups (called for every capitalised token) -------------------------------------
_NAME_CACHE: dict[str, str | None] = {}
_DEMONYM_CACHE: dict[str, str | None] = {}


def country_of_name(text: str) -> str | None:
    code = _NAME_CACHE.get(text, "?")
    if code == "?":
        from . import places
        code = _NAME_CACHE[text] = places.country_by_name(text) if len(_NAME_CACHE) < 100_000 else None
    return code


def country_of_demonym(text: str) -> str | None:
    code = _DEMONYM_CACHE.get(text, "?")
    if code == "?":
        from . import places
        code = _DEMONYM_CACHE[text] = places.country_by_demonym(text) if len(_DEMONYM_CACHE) < 100_000 else None
    return code
