"""Web-page furniture scraped along with an article's text: links to other stories ("Read more: Russian
strike on Sumy kills 34", a "Related stories" block of headlines) and photo captions ("... REUTERS/Name",
"FILE PHOTO: ..."). A link is another story's headline and a caption may show an older event, so their
lines are dropped before extraction (their offsets stay out of every event's evidence)."""

from __future__ import annotations

import re

from .lexicon import CUES
from .text import Sentence, alternation


def _longest_first(name: str) -> str:
    return alternation(sorted(CUES[name], key=len, reverse=True))


# A line that opens on a label, then ':', '|', '>', a dash or the line's end ("Read more: ...", "Also Read | ...",
# "Related stories"); searched over the whole text at once (most articles have none)
_LABEL_LINE = re.compile(r"^[ \t]*(?:" + _longest_first("furniture_labels") + r")[ \t]*(?:[:|>»–—-]|$)",
                         re.IGNORECASE | re.MULTILINE)
# A line that opens on words of furniture whatever follows ("A version of this article appears in print ...",
# "Reporting from Beirut, Lebanon", "Published April 1, 2025 Updated 4:58 p.m. ET")
_OPENER_LINE = re.compile(r"^[ \t(]*(?:" + _longest_first("furniture_openers") + r")\b", re.IGNORECASE | re.MULTILINE)
_CREDITS = tuple(CUES["furniture_credits"])
_CREDIT = re.compile(_longest_first("furniture_credits"), re.IGNORECASE)
_CAPTION_MAX = 400  # characters: a caption is a line or two; a body paragraph naming a photo is longer
_BLOCK_MAX = 6  # headline lines taken after a label that stands alone ("Related stories")


def drop_furniture(text: str, low: str, sentences: list[Sentence]) -> list[Sentence]:
    """The sentences outside link and caption lines (each line is one paragraph of `split_sentences`); `low` is
    the text lower-cased (one substring scan of it per credit marker is ten times cheaper than the case-blind
    regex)."""
    labels = {m.start(): m.end() for m in _LABEL_LINE.finditer(text)}
    openers = {m.start() for m in _OPENER_LINE.finditer(text)}
    credits = [m.start() for m in _CREDIT.finditer(text)] if any(c in low for c in _CREDITS) else []
    if not labels and not credits and not openers:
        return sentences
    kept: list[Sentence] = []
    block = 0  # headline lines still to drop after a label line
    for para in _paragraphs(sentences):
        first = para[0]
        if block and len(para) == 1 and not first.text.endswith((".", "!", "?", "\"", "”")):
            block -= 1
            continue
        block = 0
        line_start = text.rfind("\n", 0, first.start) + 1
        if line_start in openers:
            continue  # a footer, a print note, a byline's "Reporting from ..."
        if line_start in labels:
            if labels[line_start] >= first.end:
                block = _BLOCK_MAX  # the label alone: the headlines follow, one per line
            continue
        if para[-1].end - first.start <= _CAPTION_MAX and any(first.start <= c < para[-1].end for c in credits):
            continue  # a photo caption
        kept.extend(para)
    return kept if len(kept) < len(sentences) else sentences


def _paragraphs(sentences: list[Sentence]) -> list[list[Sentence]]:
    out: list[list[Sentence]] = []
    for s in sentences:
        if out and out[-1][0].paragraph == s.paragraph:
            out[-1].append(s)
        else:
            out.append([s])
    return out
