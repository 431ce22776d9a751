"""Sentence splitting with offsets, tokens, numbers and qualifiers."""

from __future__ import annotations

import pytest

from sitrep.extraction.numbers import find_numbers
from sitrep.extraction.text import Sentence, split_sentences, tokenize


def _texts(text: str) -> list[str]:
    out = split_sentences(text)
    for s in out:
        assert text[s.start:s.end] == s.text
    return [s.text for s in out]


def test_abbreviations_do_not_split():
    text = ("U.S. President Donald J. Trump spoke to Gen. Syrskyi on Monday. Russia's defence ministry "
            "said 46 drones were downed.")
    assert _texts(text) == ["U.S. President Donald J. Trump spoke to Gen. Syrskyi on Monday.",
                            "Russia's defence ministry said 46 drones were downed."]


def test_quotes_and_paragraphs():
    text = ('"The enemy hit the Shevchenkivskyi district." Fedorov said.\n\nA new paragraph starts here! '
            'Does it? Yes.')
    sents = split_sentences(text)
    assert [s.text for s in sents] == ['"The enemy hit the Shevchenkivskyi district."', "Fedorov said.",
                                       "A new paragraph starts here!", "Does it?", "Yes."]
    assert [s.paragraph for s in sents] == [0, 0, 1, 1, 1]


def test_decimals_and_lowercase_after_period_do_not_split():
    assert _texts("Power use fell 1.5 percent vs. last week. It rose later.") == [
        "Power use fell 1.5 percent vs. last week.", "It rose later."]


def test_line_without_punctuation_is_a_sentence():
    assert _texts("KYIV BUREAU\nDrones hit Odesa overnight") == ["KYIV BUREAU", "Drones hit Odesa overnight"]


def test_possessive_is_its_own_token():
    toks = tokenize(Sentence(10, 33, "Ukraine’s forces struck", 0))
    assert [t.low for t in toks] == ["ukraine", "'s", "forces", "struck"]
    assert toks[0].start == 10 and toks[-1].end == 33


def _nums(text: str) -> list[tuple[int, str]]:
    toks = tokenize(Sentence(0, len(text), text, 0))
    return [(n.value, n.qualifier) for n in find_numbers(toks)]


@pytest.mark.parametrize("text, expected", [
    ("more than 130 drones", [(130, "more_than")]),
    ("at least six people", [(6, "at_least")]),
    ("around 3,000 people", [(3000, "about")]),
    ("some 30 rockets", [(30, "about")]),
    ("nearly 200,000 households", [(200000, "at_most")]),
    ("up to 15 missiles", [(15, "at_most")]),
    ("as many as 40 drones", [(40, "at_most")]),
    ("twenty-three people", [(23, "exact")]),
    ("a dozen rockets", [(12, "exact")]),
    ("about a dozen rockets", [(12, "about")]),
    ("dozens of drones", [(24, "at_least")]),
    ("hundreds of homes", [(200, "at_least")]),
    ("tens of thousands of people", [(20000, "at_least")]),
    ("1.5 million people", [(1500000, "exact")]),
    ("one hundred and twenty drones", [(120, "exact")]),
    ("between 10 and 15 people", [(10, "at_least")]),
    ("10 to 15 people", [(10, "at_least")]),
    ("five or more", [(5, "at_least")]),
    ("over 1,200,000 people", [(1200000, "more_than")]),
    ("Sixty-one people were killed", [(61, "exact")]),
])
def test_numbers(text, expected):
    assert _nums(text) == expected
