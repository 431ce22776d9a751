"""Web-page furniture scraped with an article (related links, photo captions) yields no events."""

from __future__ import annotations

from test_extraction_events import keys, run

BODY = ("KYIV, Ukraine (AP) — Russia launched 45 drones at Ukraine overnight, the air force said on Sunday, "
        "adding that 30 were shot down.\n\n{furniture}\n\nA drone hit a residential building in Odesa, injuring "
        "three people, Governor Oleh Kiper said.\n\nReporting by Tom Balmforth; Editing by Ros Russell")
BODY_KEYS = [("attack", "UA"), ("attack", "UA-51"), ("casualty", "UA-51")]


def test_a_related_link_is_another_story():
    for label in ("Read more:", "READ MORE:", "Also Read |", "Related:", "See also -", "Watch:"):
        ev = run(BODY.format(furniture=f"{label} Russian missile strike on Sumy kills 34, including two children"))
        assert keys(ev) == BODY_KEYS, label


def test_a_related_block_drops_its_headline_lines_only():
    block = ("Related stories\nZelensky says Ukraine hit refinery in Ryazan region\n"
             "Israeli strike kills 12 in Gaza City")
    assert keys(run(BODY.format(furniture=block))) == BODY_KEYS
    # A body sentence right after the block (it ends with a full stop) is read again.
    ev = run(BODY.format(furniture=block + "\nShelling injured two people in Kherson, the regional governor said."))
    assert ("casualty", "UA-65") in keys(ev)


def test_photo_captions_and_file_photos_are_dropped():
    for caption in ("FILE PHOTO: Firefighters work at the site of a Russian drone strike in Kharkiv, Ukraine. "
                    "REUTERS/Sofiia Gatilova",
                    "Rescuers at a building hit by a Russian missile in Kharkiv. (AP Photo/Andrii Marienko)",
                    "Firefighters at a house struck by a drone in Kharkiv. Photo: State Emergency Service"):
        assert keys(run(BODY.format(furniture=caption))) == BODY_KEYS, caption


def test_words_that_only_begin_like_a_label_are_news():
    ev = run(BODY.format(furniture="More than 20 shells hit Kherson, injuring two people, the governor said. "
                                   "Video footage showed a burning bus."))
    assert ("casualty", "UA-65") in keys(ev)


def test_a_print_note_a_byline_place_and_a_contributor_line_are_furniture():
    text = ("Israeli Strike on Beirut Suburbs Kills 4\n\nBy Euan Ward and Hwaida Saad\nReporting from Beirut, Lebanon\n"
            "Published April 1, 2025 Updated 4:58 p.m. ET\n\nAn Israeli airstrike on a residential building in "
            "Beirut’s southern suburbs early Tuesday killed four people, Lebanon’s health ministry said, in the second "
            "Israeli strike on the capital’s outskirts since a ceasefire took effect in November.\n\nThe war, which "
            "escalated sharply last September, killed more than 4,000 people in Lebanon.\n\nAaron Boxerman "
            "contributed reporting from Jerusalem.\n\nA version of this article appears in print on April 2, 2025, "
            "Section A, Page 9 of the New York edition with the headline: Israeli Strike on Beirut Suburbs Kills 4.")
    assert keys(run(text, "2025-04-01T16:58:00-04:00")) == [("attack", "LB-JL"), ("casualty", "LB-JL")]
