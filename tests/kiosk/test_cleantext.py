"""clean_text: invisible control and format characters go, visible text stays exactly as typed."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from kiosk.cleantext import clean_text

# The wire contract's patterns (kiosk/protocol/fields.py TEXT_PATTERN and FREE_PATTERN).
SINGLE_LINE = re.compile(r"^[^\x00-\x1f\x7f]+$")
FREE_TEXT = re.compile(r"^[^\x00-\x08\x0b-\x1f\x7f]*$")
JOINERS = frozenset("\u200c\u200d")

# Every code point, lone surrogates included (hypothesis leaves those out unless asked).
any_char = st.characters(exclude_categories=())
any_text = st.text(any_char)
# What a person can see: letters with their accents, digits, punctuation, symbols and emoji.
visible_char = st.characters(categories=("L", "M", "N", "P", "S"))
words = st.lists(st.text(visible_char, min_size=1), min_size=1)
# What nobody sees and the desk drops (whitespace controls such as a tab become a space).
controls = st.characters(categories=["Cc"]).filter(lambda c: not c.isspace())
formats = st.characters(categories=["Cf"], exclude_characters=JOINERS)
surrogates = st.characters(categories=["Cs"])
noncharacters = st.sampled_from(["\ufffe", "\uffff", "\ufdd0", "\U0010ffff"])
invisible_char = st.one_of(controls, formats, surrogates, noncharacters)


def removed(char: str) -> bool:
    """Whether clean_text must never return *char*."""
    category = unicodedata.category(char)
    point = ord(char)
    return (
        category in ("Cc", "Cs")
        or (category == "Cf" and char not in JOINERS)
        or 0xFDD0 <= point <= 0xFDEF
        or point & 0xFFFE == 0xFFFE
    )


# -- examples ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("Anja\x00 de Vries", "Anja de Vries"),
        ("\x1b[1mHumanitas", "[1mHumanitas"),
        ("FNV\u200bBelastingservice", "FNVBelastingservice"),
        ("\ufeffBelastinghulp 2027", "Belastinghulp 2027"),
        ("  Jan \t\n Jansen\r\n", "Jan Jansen"),
        ("Jan\u00a0Jansen\u2028", "Jan Jansen"),
        ("a\ud800b\udfffc", "abc"),
        ("a\ufffeb\uffffc\U0001fffe", "abc"),
        ("\u202eKees\u200e\u00ad", "Kees"),
        ("\x00\u200b\ufeff\x1b", ""),
        ("", ""),
    ],
)
def test_single_line_drops_invisibles_and_folds_whitespace(typed: str, kept: str) -> None:
    assert clean_text(typed) == kept


@pytest.mark.parametrize(
    "visible",
    [
        "Zoë Çelik-Ünal, Ærø Ångström, Łódź, Ελένη",
        "محمد عبد الله",
        "می\u200cخواهم",  # Persian: the ZWNJ belongs to the word
        "👨\u200d👩\u200d👧 🇳🇱 👍🏽 ❤️",  # ZWJ family, flag, skin tone, variation selector
        "日本語 한국어 हिन्दी",
        "FNV Belastingservice (Utrecht) – 50+ & €",
    ],
)
def test_visible_text_is_kept_unchanged(visible: str) -> None:
    assert clean_text(visible) == visible
    assert clean_text(visible, multiline=True) == visible


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("eerste regel\r\ntweede\rderde\nvierde", "eerste regel\ntweede\nderde\nvierde"),
        ("a\tb", "a b"),
        ("regel\u2028regel\u2029regel\x0bregel\x0cregel\x85regel", "regel\n" * 5 + "regel"),
        ("  \n\ufeffnotitie\x00 met\u200b NUL\n\n", "notitie met NUL"),
        ("twee  spaties\n  ingesprongen", "twee  spaties\n  ingesprongen"),
        ("\x1b\x07\x7f\x9b", ""),
    ],
)
def test_multi_line_keeps_line_breaks_only(typed: str, kept: str) -> None:
    assert clean_text(typed, multiline=True) == kept


# -- properties -------------------------------------------------------------------------------


@given(any_text)
@example("\x00")
@example("a\x00\u200b\ufeff\x1bb")
@example("a\ud800b\udfff")
def test_single_line_passes_the_servers_single_line_pattern(value: str) -> None:
    cleaned = clean_text(value)
    assert cleaned == "" or SINGLE_LINE.match(cleaned)
    assert not any(removed(c) for c in cleaned)
    assert cleaned == cleaned.strip() and "  " not in cleaned


@given(any_text)
@example("a\r\nb\rc\x00d\te")
def test_multi_line_passes_the_servers_free_text_pattern(value: str) -> None:
    cleaned = clean_text(value, multiline=True)
    assert FREE_TEXT.match(cleaned)
    assert "\r" not in cleaned and "\t" not in cleaned
    assert not any(removed(c) for c in cleaned if c != "\n")


@given(any_text, st.booleans())
def test_cleaning_twice_changes_nothing(value: str, multiline: bool) -> None:
    once = clean_text(value, multiline=multiline)
    assert clean_text(once, multiline=multiline) == once


@given(words)
def test_visible_words_are_kept_unchanged(parts: list[str]) -> None:
    visible = " ".join(parts)
    assert clean_text(visible) == visible
    assert clean_text(visible, multiline=True) == visible


@given(words, st.data())
def test_invisibles_pasted_anywhere_are_removed_and_nothing_else(
    parts: list[str], data: st.DataObject
) -> None:
    visible = " ".join(parts)
    pasted = visible
    for _ in range(data.draw(st.integers(1, 5))):
        at = data.draw(st.integers(0, len(pasted)))
        pasted = pasted[:at] + data.draw(invisible_char) + pasted[at:]
    assert clean_text(pasted) == visible


@given(st.lists(words.map(" ".join), min_size=1))
def test_lines_survive_whatever_line_ending_they_came_with(lines: list[str]) -> None:
    unix = "\n".join(lines)
    assert clean_text(unix, multiline=True) == unix
    assert clean_text("\r\n".join(lines), multiline=True) == unix
    assert clean_text("\r".join(lines), multiline=True) == unix
    assert clean_text(unix) == " ".join(lines)
