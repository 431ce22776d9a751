"""Pure extraction: one article in, its events out (no I/O, no Kafka).

`extract(article)` is deterministic: the same article gives the same events and event_ids.

How it reads an article (one job per module):
- text.py       sentences with exact offsets (abbreviations, quotes, paragraphs) and tokens
- numbers.py    digits, number words, vague plurals, qualifiers, ranges (conventions in data/numbers.json)
- counts.py     the role of each number: launched / intercepted / lost / killed / injured / outage
- weapons.py    weapon and target classes (data/weapons.json, data/targets.json)
- actors.py     who attacked and who says so (data/actors.json)
- locations.py  which place mentions are targets, and the place a count sits next to (places.py: gazetteer)
- filters.py    background, hypothetical, retrospective, sports, month-old statements
- facts.py      one sentence -> facts (type, place, weapon, counts, actor, claimant)
- merge.py      facts of an article -> one event per (type, place[, weapon]); max, not sum, across reports
- ceasefire/    proposals: mentions, duration, scope, proposer, parties, stances (one module each)
- engine.py     the pipeline above, datelines, and contract events with evidence and confidence
Every cue list lives in data/*.json.
"""

from .engine import extract

__all__ = ["extract"]
