"""The Linguist sources are up to date with the code, and the English is complete and sound."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from tools import translations
from tools.translations import Entry, problems, read_ts

TS_DIR = translations.TS_DIR
ENGLISH = TS_DIR / "ido_kiosk_en.ts"
DUTCH = TS_DIR / "ido_kiosk_nl.ts"


def keys(entries: list[Entry]) -> set[tuple[str, str, str, bool]]:
    return {(e.context, e.source, e.comment, e.numerus) for e in entries}


@pytest.fixture(scope="module")
def updated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The .ts files as ``tools.translations update`` makes them from the code now."""
    folder = tmp_path_factory.mktemp("i18n")
    for ts in TS_DIR.glob("*.ts"):
        shutil.copyfile(ts, folder / ts.name)
    translations.update(translations.ROOT, folder)
    return folder


@pytest.mark.parametrize("name", ["ido_kiosk_nl.ts", "ido_kiosk_en.ts"])
def test_committed_sources_hold_every_message_of_the_code(updated: Path, name: str) -> None:
    fresh, committed = keys(read_ts(updated / name)), keys(read_ts(TS_DIR / name))
    missing = sorted(fresh - committed)
    gone = sorted(committed - fresh)
    hint = "run: .venv/bin/python -m tools.translations update, and translate in Linguist"
    assert not missing, f"{name} lacks messages the code has ({hint}): {missing[:10]}"
    assert not gone, f"{name} holds messages the code no longer has ({hint}): {gone[:10]}"


def test_update_keeps_the_translations_made(updated: Path) -> None:
    before = {(e.context, e.source): e.translations for e in read_ts(ENGLISH)}
    after = {(e.context, e.source): e.translations for e in read_ts(updated / ENGLISH.name)}
    assert {k: v for k, v in after.items() if k in before} == {
        k: v for k, v in before.items() if k in after
    }


def test_english_is_complete_and_keeps_every_placeholder() -> None:
    entries = read_ts(ENGLISH)
    assert len(entries) > 800
    found = problems(entries)
    assert not found, "\n".join(found[:30])


def test_dutch_translates_each_message_by_its_source() -> None:
    for entry in read_ts(DUTCH):
        assert entry.finished, entry
        if entry.numerus:  # Dutch has a singular and a plural, both written in Linguist
            assert len(entry.translations) == 2, entry
            assert not problems([entry]), problems([entry])
        else:
            assert entry.translations == (entry.source,), entry


def test_update_on_new_code_fills_dutch_and_leaves_plurals_to_a_person(tmp_path: Path) -> None:
    code = tmp_path / "ui" / "panel.py"
    code.parent.mkdir()
    code.write_text(
        "class Panel(QWidget):\n"
        "    def texts(self, n):\n"
        '        return self.tr("Nieuw {name}"), self.tr("%n bezoeken", "", n)\n',
        "utf-8",
    )
    translations.update(tmp_path, tmp_path / "ts")
    dutch = {e.source: e for e in read_ts(tmp_path / "ts" / "ido_kiosk_nl.ts")}
    english = {e.source: e for e in read_ts(tmp_path / "ts" / "ido_kiosk_en.ts")}
    assert dutch["Nieuw {name}"].translations == ("Nieuw {name}",)
    assert dutch["Nieuw {name}"].finished
    plural = dutch["%n bezoeken"]
    assert plural.numerus
    assert len(plural.translations) == 2
    assert not plural.finished  # "1 bezoeken" is wrong: someone writes "%n bezoek"
    assert english["Nieuw {name}"].context == "Panel"
    assert len(problems(list(english.values()))) >= 2  # both unfinished in English


def test_fill_writes_translations_and_plural_forms_and_names_what_is_missing(
    tmp_path: Path,
) -> None:
    code = tmp_path / "ui" / "panel.py"
    code.parent.mkdir()
    code.write_text(
        "class Panel(QWidget):\n"
        "    def texts(self, n):\n"
        '        return self.tr("Nieuw {name}"), self.tr("%n bezoeken", "", n)\n',
        "utf-8",
    )
    translations.update(tmp_path, tmp_path / "ts")
    lines = tmp_path / "en.jsonl"
    lines.write_text(
        '{"context": "Panel", "source": "Nieuw {name}", "en": "New {name}"}\n'
        '{"context": "Panel", "source": "%n bezoeken", "en": ["%n visit", "%n visits"],'
        ' "nl": ["%n bezoek", "%n bezoeken"]}\n'
        '{"context": "Panel", "source": "Weg", "en": "Gone"}\n',
        "utf-8",
    )
    written, missing = translations.fill([lines], tmp_path / "ts")
    assert written == 3
    assert missing == ["en Panel: 'Weg'"]
    english = {e.source: e for e in read_ts(tmp_path / "ts" / "ido_kiosk_en.ts")}
    dutch = {e.source: e for e in read_ts(tmp_path / "ts" / "ido_kiosk_nl.ts")}
    assert problems(list(english.values())) == []
    assert english["%n bezoeken"].translations == ("%n visit", "%n visits")
    assert dutch["%n bezoeken"].translations == ("%n bezoek", "%n bezoeken")
    assert dutch["%n bezoeken"].finished
    translations.update(tmp_path, tmp_path / "ts")  # lupdate reads and keeps what fill wrote
    again = {e.source: e for e in read_ts(tmp_path / "ts" / "ido_kiosk_en.ts")}
    assert again["Nieuw {name}"].translations == ("New {name}",)
    assert again["Nieuw {name}"].finished


def test_every_message_has_a_context_qt_looks_in() -> None:
    odd = [e for e in read_ts(DUTCH) if not e.context or "." in e.context]
    assert not odd, odd[:5]


def entry(source: str, *texts: str, numerus: bool = False, finished: bool = True) -> Entry:
    return Entry("ctx", source, "", numerus, finished, texts)


def test_problems_finds_unfinished_empty_and_changed_placeholders() -> None:
    assert problems([entry("{n} bezoeken", "{n} visits")]) == []
    assert problems([entry("Bezoek {x}", "Visit {x}", finished=False)])
    assert problems([entry("Bezoek", "")])
    assert problems([entry("{n} bezoeken", "{count} visits")])
    assert problems([entry("Bezoek van {time}", "Visit")])
    assert problems([entry("%n bezoeken", "one visit", "%n visits", numerus=True)]) == []
    assert problems([entry("%n bezoeken", "%n visit", "visits", numerus=True)])
    assert problems([Entry("", "Tekst", "", False, True, ("Text",))])
    assert problems([entry("%n bezoeken", "%n visits")])  # a count, yet no plural message


def test_rewrite_places_calls_lupdate_cannot_place() -> None:
    text = 'def tr(text):\n    ...\nlabel = tr("Naam")\nyes = texts.tr("ja")\nself.tr("Blijft")\n'
    rewritten = translations.rewrite("ui/planning/some_panel.py", text)
    assert 'QCoreApplication.translate("planning", "Naam")' in rewritten
    assert 'QCoreApplication.translate("planning", "ja")' in rewritten
    assert "def tr(text)" in rewritten
    assert 'self.tr("Blijft")' in rewritten
    assert translations.rewrite("ui/history_dialog.py", text) == text
    assert rewritten.count("\n") == text.count("\n")  # Linguist's line numbers stay right


def test_fill_source_language_translates_singular_messages_only() -> None:
    ts = (
        "<message>\n    <source>A &amp; B</source>\n"
        '    <translation type="unfinished"></translation>\n</message>\n'
        '<message numerus="yes">\n    <source>%n x</source>\n'
        '    <translation type="unfinished"><numerusform></numerusform></translation>\n'
        "</message>"
    )
    filled = translations.fill_source_language(ts)
    assert "<translation>A &amp; B</translation>" in filled
    assert "<numerusform></numerusform>" in filled


def test_build_makes_qm_files_qt_can_load(tmp_path: Path) -> None:
    built = translations.build(TS_DIR, tmp_path)
    assert sorted(p.name for p in built) == ["ido_kiosk_en.qm", "ido_kiosk_nl.qm"]
    translator = QTranslator()
    assert translator.load("ido_kiosk_en", str(tmp_path))
    assert translator.translate("settings", "Kies een taal: Nederlands of Engels.") == (
        "Choose a language: Dutch or English."
    )


def test_qt_tools_are_found_in_the_pyside6_installation() -> None:
    for name in ("lupdate", "lrelease"):
        assert translations.qt_tool(name).is_file()


@pytest.mark.parametrize("name", ["ido_kiosk_nl.ts", "ido_kiosk_en.ts"])
def test_every_count_message_has_both_forms_in_both_languages(name: str) -> None:
    """A text with %n is a plural message (numerus) with a singular and a plural, both filled.

    Without it a clerk reads "1 bezoeken" or "1 visits".
    """
    counted = [e for e in read_ts(TS_DIR / name) if "%n" in e.source]
    assert counted, "no %n message found: has the numerus test lost its subject?"
    wrong = [
        f"{e.context}: {e.source!r} {e.translations}"
        for e in counted
        if not e.numerus
        or not e.finished
        or len(e.translations) != 2
        or not all(form.strip() for form in e.translations)
    ]
    assert not wrong, f"{name}: count messages without a singular and a plural:\n" + "\n".join(
        wrong
    )


def test_the_dutch_plural_form_is_the_source() -> None:
    """Dutch %n forms: the plural is the source text; the singular is written in Linguist."""
    for entry in read_ts(DUTCH):
        if entry.numerus and len(entry.translations) == 2:
            assert entry.translations[1] == entry.source, entry


@pytest.mark.parametrize(
    ("language", "one", "two"),
    [("nl", "1 bezoek", "2 bezoeken"), ("en", "1 visit", "2 visits")],
)
def test_a_count_says_singular_for_one_and_plural_for_two(
    qapp: QCoreApplication, tmp_path: Path, language: str, one: str, two: str
) -> None:
    """The day list's count (DayPanel, "%n bezoeken") through Qt's own translate call."""
    translations.build(TS_DIR, tmp_path)
    translator = QTranslator()
    assert translator.load(f"ido_kiosk_{language}", str(tmp_path))
    qapp.installTranslator(translator)
    try:
        assert QCoreApplication.translate("DayPanel", "%n bezoeken", "", 1) == one
        assert QCoreApplication.translate("DayPanel", "%n bezoeken", "", 2) == two
        assert QCoreApplication.translate("DayPanel", "%n bezoeken", "", 0) == two.replace("2", "0")
    finally:
        qapp.removeTranslator(translator)


def test_update_makes_a_translate_call_with_a_count_a_plural_message(tmp_path: Path) -> None:
    """lupdate reads QCoreApplication.translate(..., n) as plural only for a literal count."""
    code = tmp_path / "ui" / "words.py"
    code.parent.mkdir()
    code.write_text(
        "def texts(n, rows):\n"
        '    a = QCoreApplication.translate("words", "%n afspraken", "", n)\n'
        '    b = QCoreApplication.translate("words", "%n regels", None,\n'
        "                                   len(rows))\n"
        '    return a, b, QCoreApplication.translate("words", "Klaar")\n',
        "utf-8",
    )
    translations.update(tmp_path, tmp_path / "ts")
    dutch = {e.source: e for e in read_ts(tmp_path / "ts" / "ido_kiosk_nl.ts")}
    assert dutch["%n afspraken"].numerus
    assert dutch["%n regels"].numerus  # lupdate skipped it when the count was a call
    assert not dutch["Klaar"].numerus
    rewritten = translations.rewrite("ui/words.py", code.read_text("utf-8"))
    assert rewritten.count("\n") == code.read_text("utf-8").count("\n")
