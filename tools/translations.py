"""Qt Linguist for IDO Kiosk: update the ``.ts`` sources and build the ``.qm`` files.

    .venv/bin/python -m tools.translations update   find every message, merge into the .ts
    .venv/bin/python -m tools.translations build    compile resources/i18n/*.ts to *.qm
    .venv/bin/python -m tools.translations check    list what is stale or untranslated
    .venv/bin/python -m tools.translations fill F   write translations from JSON lines in F

The source language is Dutch. ``resources/i18n/ido_kiosk_nl.ts`` holds every message with its
source as the translation (and both plural forms where a text uses ``%n``);
``ido_kiosk_en.ts`` holds the English. ``update`` runs the PySide6 wheel's ``lupdate`` over
the Python files that hold ``tr()``, ``QCoreApplication.translate`` or ``QT_TRANSLATE_NOOP``,
keeps the translations already made and drops messages the code no longer has. ``build`` runs
``lrelease``; the ``.qm`` files are not committed (``dev.py app``/``dev.py test`` and a bundle
build them).

A few calls reach ``tr()`` in a way ``lupdate`` cannot place in the context Qt looks in at run
time (the planning package's module-level ``tr()``, ``page.tr()``); :data:`REWRITES` rewrites
them, in a temporary copy of the sources, to the explicit ``QCoreApplication.translate`` call
they amount to. The line numbers stay the same, so Linguist shows the right place.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS_DIR = ROOT / "resources" / "i18n"
#: The languages with a .ts file, and the locale each is written for.
LANGUAGES = {"nl": "nl_NL", "en": "en_GB"}
SOURCE_LANGUAGE = "nl_NL"
#: The packages whose Python files may hold translatable messages.
PACKAGES = ("ui", "kiosk", "sync")
_MARKERS = re.compile(r"\btr\(|QT_TRANSLATE_NOOP|QT_TR_NOOP|\.translate\(")
_TRANSLATE = 'QCoreApplication.translate("{context}", '

#: (files, pattern, the context Qt looks in at run time) for calls lupdate cannot place.
REWRITES: tuple[tuple[str, str, str], ...] = (
    # ui.planning.texts.tr() translates in the "planning" context.
    ("ui/planning/*.py", r"(?<![\w.])(?<!def )tr\(", "planning"),
    ("ui/planning/*.py", r"\btexts\.tr\(", "planning"),
    # The planning page's helper modules take the page as ``page`` (a PlanningPage).
    ("ui/planning/*.py", r"\bpage\.tr\(", "PlanningPage"),
    # A section's field is a QWidget; Qt tries each class of its type, QWidget among them.
    ("ui/registration/sections.py", r"\bself\.field\.tr\(", "QWidget"),
)


def file_name(language: str) -> str:
    """Return the base name of *language*'s translation files (``ido_kiosk_en``)."""
    return f"ido_kiosk_{language}"


def qt_tool(name: str) -> Path:
    """Return the path of Qt's *name* tool (``lupdate``, ``lrelease``) from the PySide6 wheel."""
    import PySide6

    folder = Path(PySide6.__file__).resolve().parent
    exe = f"{name}.exe" if os.name == "nt" else name
    for candidate in (folder / exe, folder / "Qt" / "libexec" / exe, folder / "Qt" / "bin" / exe):
        if candidate.is_file():
            return candidate
    found = shutil.which(f"pyside6-{name}")
    if found is None:
        raise FileNotFoundError(f"Qt's {name} is not in the PySide6 installation ({folder})")
    return Path(found)


def sources(root: Path = ROOT) -> list[Path]:
    """Return the Python files under :data:`PACKAGES` that hold translatable messages."""
    found: list[Path] = []
    for package in PACKAGES:
        for path in sorted((root / package).rglob("*.py")):
            if _MARKERS.search(path.read_text("utf-8")):
                found.append(path)
    return found


def rewrite(relative: str, text: str) -> str:
    """Return *text* (of the file *relative* to the root) with :data:`REWRITES` applied.

    Then each ``QCoreApplication.translate(context, "… %n …", comment, n)`` gets the literal
    ``1`` for its count: lupdate marks such a call a plural (numerus) message only when the count
    is a number, and skips it altogether when the count is an attribute or a call.
    """
    for pattern, call, context in REWRITES:
        if Path(relative).match(pattern):
            text = re.sub(call, _TRANSLATE.format(context=context), text)
    return _literal_counts(text)


def _literal_counts(text: str) -> str:
    """Return *text* with the count of each ``.translate()`` call of a %n text made ``1``."""
    parts: list[str] = []
    done = 0
    for match in re.finditer(r"\.translate\(", text):
        if match.start() < done:
            continue
        spans = _arguments(text, match.end())
        if spans is None or len(spans) < 4 or "%n" not in text[slice(*spans[1])]:
            continue
        start, end = spans[3]
        parts += [text[done:start], "1" + "\n" * text.count("\n", start, end)]
        done = end
    return "".join(parts) + text[done:]


def _arguments(text: str, start: int) -> list[tuple[int, int]] | None:
    """Return the (start, end) of each top-level argument of the call opened before *start*."""
    spans: list[tuple[int, int]] = []
    depth, begin, index, quote = 0, start, start, ""
    while index < len(text):
        char = text[index]
        if quote:  # inside a string: skip an escaped character, stop at the closing quote
            index += char == "\\"
            quote = "" if char == quote else quote
        elif char in "\"'":
            quote = char
        elif char in "([{":
            depth += 1
        elif char in ")]}" and depth:
            depth -= 1
        elif char == ")" or (char == "," and not depth):
            if text[begin:index].strip():
                spans.append((begin, index))
            if char == ")":
                return spans
            begin = index + 1
        index += 1
    return None


def update(root: Path = ROOT, ts_dir: Path | None = None) -> list[Path]:
    """Merge the messages of the code under *root* into the .ts files in *ts_dir*.

    *ts_dir* defaults to ``resources/i18n`` under *root*; a .ts file there is kept and
    merged into (a missing one is made). Returns the .ts files written.
    """
    target = ts_dir or root / "resources" / "i18n"
    target.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="ido-i18n-") as temp:
        stage = Path(temp)
        staged: list[str] = []
        for path in sources(root):
            relative = path.relative_to(root).as_posix()
            copy = stage / relative
            copy.parent.mkdir(parents=True, exist_ok=True)
            copy.write_text(rewrite(relative, path.read_text("utf-8")), "utf-8")
            staged.append(relative)
        (stage / "resources" / "i18n").mkdir(parents=True)
        for language, locale in LANGUAGES.items():
            name = file_name(language) + ".ts"
            ts = stage / "resources" / "i18n" / name
            if (target / name).exists():
                shutil.copyfile(target / name, ts)
            _lupdate(stage, staged, ts, locale, same_as_source=language == "nl")
            if language == "nl":
                ts.write_text(fill_source_language(ts.read_text("utf-8")), "utf-8")
            shutil.copyfile(ts, target / name)
            written.append(target / name)
    return written


def _lupdate(stage: Path, files: list[str], ts: Path, locale: str, *, same_as_source: bool) -> None:
    command = [
        str(qt_tool("lupdate")),
        "-silent",
        "-no-obsolete",
        "-locations",
        "relative",
        "-source-language",
        SOURCE_LANGUAGE,
        "-target-language",
        locale,
    ]
    if same_as_source:  # a Dutch text is its own translation: never guess from a similar one
        command += ["-disable-heuristic", "sametext", "-disable-heuristic", "similartext"]
    list_file = stage / "files.lst"
    list_file.write_text("\n".join(files) + "\n", "utf-8")
    command += ["@files.lst", "-ts", ts.relative_to(stage).as_posix()]
    subprocess.run(command, cwd=stage, check=True, capture_output=True)


_PLAIN = re.compile(
    r"(<message>\s*(?:<location[^>]*/>\s*)*<source>(?P<source>.*?)</source>\s*"
    r"(?:<comment>.*?</comment>\s*)?(?:<extracomment>.*?</extracomment>\s*)?)"
    r"<translation[^>]*>.*?</translation>",
    re.DOTALL,
)


def fill_source_language(ts_text: str) -> str:
    """Return the Dutch .ts *ts_text* with each singular message translated by its source.

    Messages with plural forms (``%n``) are left as they are: a person writes the Dutch
    singular and plural in Linguist.
    """

    def own(match: re.Match[str]) -> str:
        return f"{match.group(1)}<translation>{match.group('source')}</translation>"

    return _PLAIN.sub(own, ts_text)


def build(ts_dir: Path = TS_DIR, out_dir: Path | None = None) -> list[Path]:
    """Compile every .ts in *ts_dir* to a .qm (in *out_dir*, default beside it); return them."""
    built: list[Path] = []
    for ts in sorted(ts_dir.glob("*.ts")):
        qm = (out_dir or ts_dir) / (ts.stem + ".qm")
        subprocess.run(
            [str(qt_tool("lrelease")), "-silent", str(ts), "-qm", str(qm)],
            check=True,
            capture_output=True,
        )
        built.append(qm)
    return built


def stale(ts_dir: Path = TS_DIR) -> list[Path]:
    """Return the .ts files in *ts_dir* whose .qm is missing or older."""
    return [
        ts
        for ts in sorted(ts_dir.glob("*.ts"))
        if not ts.with_suffix(".qm").exists()
        or ts.with_suffix(".qm").stat().st_mtime < ts.stat().st_mtime
    ]


@dataclass(frozen=True)
class Entry:
    """One message of a .ts file."""

    context: str
    source: str
    comment: str
    numerus: bool
    finished: bool
    translations: tuple[str, ...]


def read_ts(path: Path) -> list[Entry]:
    """Return the messages of the .ts file at *path*."""
    entries: list[Entry] = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = "" if translation is None else translation.get("type", "")
            if translation is None:
                texts: tuple[str, ...] = ()
            elif message.get("numerus") == "yes":
                texts = tuple(form.text or "" for form in translation.iter("numerusform"))
            else:
                texts = (translation.text or "",)
            entries.append(
                Entry(
                    context=name,
                    source=message.findtext("source") or "",
                    comment=message.findtext("comment") or "",
                    numerus=message.get("numerus") == "yes",
                    finished=kind == "",
                    translations=texts,
                )
            )
    return entries


_PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n|%L?\d")


def placeholders(text: str) -> list[str]:
    """Return the ``{name}``, ``%n`` and ``%1`` placeholders of *text*, sorted."""
    return sorted(_PLACEHOLDER.findall(text))


def problems(entries: list[Entry]) -> list[str]:
    """Return what is wrong with a translation's *entries*: unfinished, empty, placeholders.

    A ``%n`` text that is no plural message (its count not passed to ``tr()``) is wrong too.
    """
    found: list[str] = []
    for entry in entries:
        where = f"{entry.context}: {entry.source!r}"
        if not entry.context or "." in entry.context:
            found.append(f"{where}: lupdate cannot tell the context (see REWRITES)")
        if "%n" in entry.source and not entry.numerus:
            found.append(f"{where}: a count without plural forms (pass n to tr())")
        if not entry.finished:
            found.append(f"{where}: unfinished")
        if not entry.translations or not all(entry.translations):
            found.append(f"{where}: empty translation")
            continue
        wanted = placeholders(entry.source)
        for index, text in enumerate(entry.translations):
            have = placeholders(text)
            if entry.numerus and index == 0 and "%n" not in have:
                have = sorted([*have, "%n"])  # a singular may say "one" in words
            if have != wanted:
                found.append(f"{where}: placeholders differ in {text!r}")
    return found


def fill(files: list[Path], ts_dir: Path = TS_DIR) -> tuple[int, list[str]]:
    """Write the translations listed in the JSON-lines *files* into the .ts files in *ts_dir*.

    Each line is ``{"context": ..., "source": ..., "en": text or [forms], "nl": [forms]}``
    (a language left out is left alone; forms for a ``%n`` message). The messages must be in
    the .ts files already (run ``update`` first); each one written is marked finished. Returns
    how many were written and the lines whose message is not there.
    """
    wanted: dict[str, dict[tuple[str, str], str | list[str]]] = {}
    for file in files:
        for line in file.read_text("utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                for language in LANGUAGES:
                    if language in item:
                        key = (item["context"], item["source"])
                        wanted.setdefault(language, {})[key] = item[language]
    written, missing = 0, []
    for language, table in wanted.items():
        path = ts_dir / (file_name(language) + ".ts")
        tree = ET.parse(path)
        seen: set[tuple[str, str]] = set()
        for context in tree.getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                key = (name, message.findtext("source") or "")
                if key in table:
                    _translate(message, table[key])
                    seen.add(key)
                    written += 1
        missing += [f"{language} {c}: {s!r}" for c, s in table if (c, s) not in seen]
        tree.write(path, encoding="utf-8", xml_declaration=True)
    return written, missing


def _translate(message: ET.Element, text: str | list[str]) -> None:
    """Put *text* (or its forms) into *message*'s translation, marked finished."""
    translation = message.find("translation")
    if translation is None:
        translation = ET.SubElement(message, "translation")
    translation.attrib.pop("type", None)
    for child in list(translation):
        translation.remove(child)
    forms = [text] if isinstance(text, str) else text
    if message.get("numerus") == "yes":
        translation.text = None
        for form in forms:
            ET.SubElement(translation, "numerusform").text = form
    else:
        translation.text = forms[0]


def main(argv: list[str] | None = None) -> int:
    """Run ``update``, ``build`` or ``check``; return the exit code."""
    parser = argparse.ArgumentParser(prog="python -m tools.translations", description=__doc__)
    parser.add_argument("command", choices=("update", "build", "check", "fill"))
    parser.add_argument("files", nargs="*", type=Path, help="fill: JSON-lines files")
    parser.add_argument(
        "--if-stale", action="store_true", help="build only when a .ts is newer than its .qm"
    )
    args = parser.parse_args(argv)
    if args.command == "update":
        for path in update():
            print(f"updated {path.relative_to(ROOT)}")
        return 0
    if args.command == "fill":
        written, missing = fill(args.files)
        update()  # lupdate writes the files in its own layout again
        print(f"filled {written} translations")
        for line in missing:
            print(f"not in the .ts files (run update first?): {line}")
        return 1 if missing else 0
    if args.command == "build":
        if args.if_stale and not stale():
            return 0
        for path in build():
            print(f"built {path.relative_to(ROOT)}")
        return 0
    found = problems(read_ts(TS_DIR / (file_name("en") + ".ts")))
    for line in found:
        print(line)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
