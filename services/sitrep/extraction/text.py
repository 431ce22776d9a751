"""Sentences and tokens with exact character offsets (linear time, one precompiled regex each)."""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from dataclasses import dataclass
from importlib import resources
from operator import attrgetter


def load_json(name: str):
    """A data file beside the code (lexicons)."""
    return json.loads(resources.files(__package__).joinpath("data", name).read_text("utf-8"))


_ABBREVIATIONS = frozenset(load_json("abbreviations.json"))

# A candidate boundary: terminal punctuation, optional closing quotes/brackets, then whitespace; or a newline.
# Written to start with a character class so the scan jumps to candidates at C speed (twice as fast as a
# leading lookahead). The lookbehinds pick the branch; `(?<![.!?][.!?])` skips the second of two marks (a
# match there would also match one mark earlier, which comes first). Same matches as
# `[.!?]+[\"'”’)\]]*\s+|\n\s*`.
_BOUNDARY = re.compile(r"[.!?\n](?<![.!?][.!?])(?:(?<=[.!?])[.!?]*[\"'”’)\]]*\s+|(?<=\n)\s*)")
# Words first (the commonest token), then numbers; the lookahead skips spaces before trying the branches.
_TOKEN = re.compile(r"(?=\S)(?:[^\W\d_]+(?:-[^\W_]+|['’](?![sS]\b)[^\W_]+)*|\d(?:[\d,.]*\d)?|['’][sS]\b|\S)")
# The same on ASCII text, where letters, letters-or-digits and digits are exactly [a-zA-Z], [a-zA-Z0-9] and
# [0-9]: a bitmap test per character instead of Unicode category look-ups (most copy is ASCII).
_TOKEN_ASCII = re.compile(r"(?=\S)(?:[a-zA-Z]+(?:-[a-zA-Z0-9]+|['’](?![sS]\b)[a-zA-Z0-9]+)*|[0-9](?:[0-9,.]*[0-9])?"
                          r"|['’][sS]\b|\S)")
# Seven characters before a '.', none of them a word start and the last not a '.': the word is too long to be
# an abbreviation (all of which are at most six characters once trailing dots are stripped).
_LONG_WORD = re.compile(r"[^ \n(\"“]{6}[^ \n(\"“.]")
_LAST_BREAK = re.compile(r"[ \n(\"“][^ \n(\"“]*\Z")  # searched up to the dot: the last of these before it


# Sentences and tokens (and the Loc, Place, PlaceMention and NumberMention records) are treated as immutable
# but not declared frozen: a frozen dataclass's __init__ goes through object.__setattr__ per field and costs 3x
# more, and tens of thousands are made per second. unsafe_hash keeps them hashable exactly as frozen ones are.
@dataclass(slots=True, unsafe_hash=True)
class Sentence:
    start: int
    end: int
    text: str
    paragraph: int  # index of the paragraph (blank-line or newline separated block)


@dataclass(slots=True, unsafe_hash=True)
class Token:
    text: str
    low: str
    start: int  # absolute offset in the article
    end: int


def alternation(phrases: list[str]) -> str:
    """A regex for the phrases, matching exactly as their plain alternation `a|b|c` does when they are listed
    longest first, but written as a trie ("in the (?:past|war)"): the scan tests a few branches per position
    instead of every phrase. Among phrases that can match at one position (each a prefix of the next), the
    trie still tries the longer first, as the flat list does."""
    groups: dict[str, list[str]] = {}
    for p in phrases:
        if p:
            groups.setdefault(p[0], []).append(p[1:])
    alts = [re.escape(c) + alternation(rest) for c, rest in groups.items()]
    if "" in phrases:
        alts.append("")  # a phrase that ends here: tried after every longer one
    return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the '.' at `dot` ends an abbreviation or initial ("U.S.", "Gen.", "J.")."""
    if dot >= 7 and _LONG_WORD.match(text, dot - 7, dot):
        return False  # most sentence ends: a long word
    lo = max(0, dot - 24)
    last = _LAST_BREAK.search(text, lo, dot)  # the last word start before the dot (one scan, not five rfinds)
    start = last.start() + 1 if last else 0
    if start == 0 and lo > 0:
        return False  # a 24-character "word": not an abbreviation
    w = text[start:dot].rstrip(".")
    if not w:
        return False
    if len(w) <= 6 and w.lower() in _ABBREVIATIONS and (w[0].isupper() or w in ("vs", "approx")):
        return True
    if len(w) == 1 and w.isalpha() and w.isupper():
        return True  # an initial: "Donald J. Trump", "U.S."
    return "." in w and len(w) <= 6  # "U.S", "a.m"


def split_sentences(text: str) -> list[Sentence]:
    """Sentences with offsets such that text[s.start:s.end] == s.text (stripped of outer spaces)."""
    out: list[Sentence] = []
    para = 0
    start = 0
    for m in _BOUNDARY.finditer(text):
        gap = m.group()
        newline = "\n" in gap
        if not newline:
            nxt = text[m.end():m.end() + 1]
            if gap[0] == "." and _is_abbreviation(text, m.start()):
                continue  # "U.S. President", "Gen. Syrskyi"
            if not (nxt.isupper() or nxt.isdigit() or nxt in "\"“‘'("):
                continue  # "... said on Telegram. it" is rare; lower-case starts are usually not sentences
        _add(out, text, start, m.start() + len(gap.rstrip()), para)
        if "\n" in gap:
            para += 1
        start = m.end()
    _add(out, text, start, len(text), para)
    return out


_NUMBER_WORDS = "|".join(load_json("numbers.json")["units"])
# A count after a bullet: "▪️ 4 Iskander-M ballistic missiles ...", "✅ 12 Kh-101 ...", "- nine over the Moscow Region"
COUNT_ITEM = re.compile(r"[^\w\s]{1,3}\s*(?:\d|(?i:" + _NUMBER_WORDS + r")\b)")
# A line of a list of counts, with or without a bullet ("43 over the Ryazan region;")
_COUNT_LINE = re.compile(r"(?:[^\w\s]{1,3}\s*)?(?:\d|(?i:" + _NUMBER_WORDS + r")\b)")


def join_count_lists(text: str, sentences: list[Sentence]) -> list[Sentence]:
    """A line ending with a colon and the list of counts under it, one per line ("the enemy attacked with 231 air
    attack assets:" / "▪️ 4 Iskander-M ballistic missiles – from ..."), are one sentence: the items are the
    breakdown of the figure before the colon, as in a sentence that lists them after it."""
    out: list[Sentence] = []
    listing = False  # the last sentence ends a list item ("▪️ 4 Iskander-M ballistic missiles ...;")
    for s in sentences:
        prev = out[-1] if out else None
        if prev is not None and s.paragraph > prev.paragraph and _COUNT_LINE.match(s.text) and \
                (prev.text.endswith(":") or listing and prev.text[-1:] in ";,"):
            out[-1] = Sentence(prev.start, s.end, text[prev.start:s.end], prev.paragraph)
            listing = True
        else:
            out.append(s)
            listing = False
    return out


def _add(out: list[Sentence], text: str, start: int, end: int, para: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start, end, text[start:end], para))


def tokenize(sentence: Sentence) -> list[Token]:
    base = sentence.start
    text = sentence.text
    low_text = text.lower()
    if len(low_text) != len(text):  # "İ" lower-cases to two characters: keep spans aligned
        low_text = "".join(c.lower()[0] for c in text)
    if "’" in low_text:
        low_text = low_text.replace("’", "'")  # same length: offsets stay valid
    spans = map(_span, (_TOKEN_ASCII if text.isascii() else _TOKEN).finditer(text))
    return [Token(text[a:b], low_text[a:b], base + a, base + b) for a, b in spans]


_span = re.Match.span
_LOW = attrgetter("low")


def lows_of(toks: list[Token]) -> list[str]:
    """The tokens' lower-case forms."""
    return list(map(_LOW, toks))


# Candidate scan: a helper visits only these indices instead of testing every token in its own loop. (A plain
# comprehension: on CPython 3.11 it beats itertools.compress over a map of bound methods.)
def positions(lows: list[str], words) -> list[int]:
    """Indices of the tokens whose lower-case form is in `words`."""
    return [k for k, w in enumerate(lows) if w in words]


def sentences_containing(low_text: str, sentences: list[Sentence], words, spill_over: bool = False) -> set[int]:
    """Indices of the sentences holding any of `words`: one str.find scan per word over the whole
    lower-cased text (C speed), then a binary search per hit, instead of testing every word against
    every sentence. With `spill_over`, a hit that starts between two sentences and reaches into the
    next counts for that next one (a stem with a leading space: "... injured. Hits were ...")."""
    starts = [s.start for s in sentences]
    out: set[int] = set()
    for word in words:
        pos = low_text.find(word)
        while pos >= 0:
            i = bisect_right(starts, pos) - 1
            if i >= 0 and pos < sentences[i].end:
                out.add(i)
            elif spill_over and i + 1 < len(sentences) and pos + len(word) > starts[i + 1]:
                out.add(i + 1)
            # skip the rest of this sentence (already in); always move forward
            pos = low_text.find(word, max(sentences[i].end if i >= 0 else 0, pos + 1))
    return out
