"""The wire dateline of an article ("KHARKIV, Ukraine (AP) —", "Dubai: "): where it was filed, not where an
attack hit, and the default place of a report that names no other."""

from __future__ import annotations

import re

from . import places
from .lexicon import CUES
from .locations import NOWHERE, Loc

_DATELINE = re.compile(r"\s*([A-Z][A-Z'.]+(?:(?:[ -]|\s?/\s?)[A-Z][A-Z'.]+)*)(?=,|:|\s*\(|\s+[—–-])")
_COLON = re.compile(r":\s")
_DATELINE_AGENCY = re.compile(
    r"\s*(?:[A-Z][a-z]+ \d{1,2}, \d{4} \(([A-Z][A-Z ]{1,30})\)"  # "November 16, 2025 (PORT SUDAN) -"
    r"|([A-Z][a-zà-ÿ]+(?: [A-Z][a-zà-ÿ]+)?)(?: ?/ ?[A-Z][a-zà-ÿ]+(?: [A-Z][a-zà-ÿ]+)?)* [-—–] [A-Z][a-z]+ \d{1,2}, "
    r"\d{4} \([A-Z][A-Z ]{1,30}\)"  # "El Obeid / Port Sudan – November 24, 2025 (SUDAN TRIBUNE) –"
    r"|([A-Z][a-zà-ÿ]+(?: [A-Z][a-zà-ÿ]+)?)(?:, [A-Z][a-z]+)?,? (?:\([A-Za-z .]{2,20}\)|[A-Z]{2,8})"  # "Niamey (APA) -", "Damascus, SANA -"
    r"|The [A-Z][\w'-]+(?: [A-Z][\w'-]+)?)"  # "The Irrawaddy –": the outlet, named like a place but none
    r"\.?\s*[-—–]\s")  # (also "Bogotá (EFE).- ")
# "Dubai: Oil prices rose ..." (Gulf News, Dawn), "Kyiv - Ukraine's ...": a city, then a colon or a dash
_DATELINE_COLON = re.compile(r"\s*([A-Z][a-z]+(?:[ -][A-Z][a-z]+)?(?: and [A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)?)"
                             r"(?::|\s[-–—])\s")  # (also "Tel Aviv and Jerusalem — ")
_BYLINE = re.compile(r"\s*(?:By|BY) [^\n]{2,80}\n+")
# A headline line (no full stop) before a byline or an upper-case dateline
_HEADLINE = re.compile(r"\s*[^\n]{10,150}(?<![.!?\"”])\n+(?=[A-Z]{3,}|By |BY |[A-Z][a-z]+(?: [A-Z][a-z]+)?(?:, [A-Z][a-z]+)?"
                       r" \([A-Z][A-Za-z .]{1,20}\)\s*[-—–])")  # (also before "Moscow (AFP) –")
# A short line with no full stop (a byline such as "Our Correspondents", a date, an update stamp) before an
# upper-case dateline one or two lines further down ("PESHAWAR / QUETTA: ...")
_LEAD_LINE = re.compile(r"\s*[^\n]{2,80}(?<![.!?\"”])\n+(?=(?:[^\n]{2,80}(?<![.!?\"”])\n+)?(?:[A-Z]{3,}[A-Z'. /-]*"
                        r"(?:,|:|\s*\(|\s+[—–-])|[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?(?: and [A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)?"
                        r"\s[—–]\s))")  # (also "Tel Aviv and Jerusalem — ")
_HIGHLIGHTS = re.compile(r"\s*(?:(?:Highlights|Key points|In brief|Summary)\s*\n+)?(?:\s*[•*·▪-]\s[^\n]*\n+)+")
_DATELINE_END = re.compile(r"[—–]|\s-{1,2}\s|/[A-Z]+/\.?")


def dateline(text: str) -> tuple[int, int, Loc]:
    """Start and end offsets of a wire dateline ("KHARKIV, Ukraine (AP) —") and the place it names (the
    default location of a report that names no other place), else (-1, -1, NOWHERE)."""
    pos = 0
    highlights = _HIGHLIGHTS.match(text)  # "Highlights / • 27 injured in ... / • ..." before "Dubai: ..."
    if highlights:
        pos = highlights.end()
    for _ in range(3):  # a headline, a byline ("By HANNA ARHIROVA Associated Press"), a date may come first
        lead = _BYLINE.match(text, pos) or _HEADLINE.match(text, pos) or _LEAD_LINE.match(text, pos)
        if lead:
            pos = lead.end()
    m = _DATELINE.match(text, pos)
    if not m:
        m = _DATELINE_AGENCY.match(text, pos) or _DATELINE_COLON.match(text, pos)  # "Niamey (APA) - ", "Dubai: "
        if not m:
            return -1, -1, NOWHERE
        end = m
    else:
        end = _COLON.match(text, m.end()) or _DATELINE_END.search(text, m.end(), m.end() + 90)
    if not end:
        return -1, -1, NOWHERE
    name = next((g for g in m.groups() if g), None)
    if name is None:
        return pos, end.end(), NOWHERE  # an outlet's name
    name = name.split("/")[0].title()
    found = [p for p in places.find_places(name) if p.place.kind != "country"]
    if not found and m.re is _DATELINE_COLON:
        return -1, -1, NOWHERE  # "Highlights: ...", "Russia - Ukraine talks": a colon or dash after no city
    loc = Loc(found[0].place.country, found[0].place.region, found[0].place.region_name,
              found[0].place.place) if found else NOWHERE
    return pos, end.end(), loc


_HUBS = frozenset(CUES["news_hubs"])  # data/cues.json


def news_hub(loc: Loc) -> bool:
    """A dateline city that is a bureau or a venue ("DUBAI", "DOHA"), not where the story happens."""
    return bool(loc.place) and loc.place.lower() in _HUBS


_FIRST_LINE = re.compile(r"\s*([^\n]{10,160})\n")
_TITLE_WORD = re.compile(r"[A-Z0-9][\w'’.-]*")


def headline_end(text: str) -> int:
    """End of a Title Case headline standing as the article's first line ("Ukraine Launches Massive Drone
    Attack On Moscow, 3 Killed – Officials"), else -1. The body tells the same news with its places and
    figures in full, while a headline's are loose ("Moscow" for the Moscow region), so it yields no facts."""
    m = _FIRST_LINE.match(text)
    if not m or m.group(1).rstrip().endswith((".", "!", "?", "\"", "”", ":")):
        return -1
    words = [w for w in m.group(1).split() if len(w) > 3 and w[0].isalpha()]
    if len(words) < 3 or sum(1 for w in words if _TITLE_WORD.fullmatch(w)) < 0.8 * len(words):
        return -1
    return m.end(1)
