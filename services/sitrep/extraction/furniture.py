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


# A label, then ':', '|', '>', a dash or the line's end ("Read more: ...", "Also Read | ...", "Related stories")
_LABEL = re.compile(r"(?:" + _longest_first("furniture_labels") + r")\s*(?:[:|>»–—-]|$)", re.IGNORECASE)
_CREDIT = re.compile(_longest_first("furniture_credits"), re.IGNORECASE)
_CAPTION_MAX = 400  # characters: a caption is a line or two; a body paragraph naming a photo is longer
_BLOCK_MAX = 6  # headline lines taken after a label that stands alone ("Related stories")


def drop_furniture(sentences: list[Sentence]) -> list[Sentence]:
    """The sentences outside link and caption lines (each line is one paragraph of `split_sentences`)."""
    paragraphs: list[list[Sentence]] = []
    for s in sentences:
        if paragraphs and paragraphs[-1][0].paragraph == s.paragraph:
            paragraphs[-1].append(s)
        else:
            paragraphs.append([s])
    kept: list[Sentence] = []
    block = 0  # headline lines still to drop after a label line
    for para in paragraphs:
        first = para[0].text
        if block and len(para) == 1 and not first.endswith((".", "!", "?", "\"", "”")):
            block -= 1
            continue
        block = 0
        label = _LABEL.match(first)
        if label:
            if label.end() >= len(first.rstrip()):
                block = _BLOCK_MAX  # the label alone: the headlines follow, one per line
            continue
        if _is_caption(para):
            continue
        kept.extend(para)
    return kept if len(kept) < len(sentences) else sentences


def _is_caption(para: list[Sentence]) -> bool:
    span = para[-1].end - para[0].start
    return span <= _CAPTION_MAX and any(_CREDIT.search(s.text) for s in para)
