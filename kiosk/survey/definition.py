"""The visitor survey (the IDO impact questions) as versioned data, in six languages.

A survey is a JSON file ``survey-<version>.json``: 5 to 7 questions, each a stable ``code``
with its text and 2 to 7 choices (a stable ``code``, a label and a pictogram), plus the few
words around them (``texts``), every text in all of :data:`LANGUAGES`. Released surveys ship in
``resources/survey``; a newer one is pulled from the central into the data directory's
``survey`` folder without a release (``resources/survey/README.md``). A response keeps the
version it was given with and is checked against that version.

The parser is strict about what it reads: a missing language, an empty text, a repeated code,
a pictogram that is no plain ``.svg`` name or a count out of bounds refuses the whole file
(:class:`SurveyError`). Like the catalogue, format 1 grows only by members an older parser
ignores; a change an older desk would misread needs a new format number.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kiosk.versioned_files import read_json, shipped

#: The languages of every survey text, in the order the language buttons show them.
LANGUAGES = ("nl", "en", "ar", "tr", "pl", "uk")
#: The languages written right to left.
RTL = frozenset({"ar"})
#: The keys of a survey's ``texts``: the words around the questions.
TEXT_KEYS = (
    "welcome",
    "start",
    "choose_language",
    "skip",
    "back",
    "next",
    "thanks",
    "thanks_detail",
    "privacy",
    "language_name",
    "progress",
)
#: The places a text must hold, per key: the question's number and the count of questions.
PLACES = {"progress": ("{number}", "{total}")}
SUPPORTED_FORMAT = 1
QUESTIONS = (5, 7)  # fewest and most questions in a survey
CHOICES = (2, 7)  # fewest and most choices in a question
#: The folder under the data directory that holds pulled survey files.
FOLDER = "survey"
_PREFIX = "survey-"
_CODE = re.compile(r"[a-z0-9][a-z0-9_]{0,31}")
_PICTOGRAM = re.compile(r"[a-z0-9][a-z0-9-]{0,47}\.svg")
_MAX_TEXT = 300  # characters of one text in one language


class SurveyError(ValueError):
    """A survey file is malformed; the text says which file and what, for the log."""


@dataclass(frozen=True)
class Choice:
    """One answer: a stable code, its label in every language and its pictogram's file name."""

    code: str
    label: Mapping[str, str]
    pictogram: str


@dataclass(frozen=True)
class Question:
    """One question; a visitor gives one answer or skips it."""

    code: str
    text: Mapping[str, str]
    choices: tuple[Choice, ...]

    def choice(self, code: str) -> Choice | None:
        """Return the choice with *code*, or None."""
        return next((c for c in self.choices if c.code == code), None)


@dataclass(frozen=True)
class Survey:
    """One version of the survey."""

    version: int
    questions: tuple[Question, ...]
    texts: Mapping[str, Mapping[str, str]]
    released: str = ""
    title: str = ""

    def text(self, key: str, language: str) -> str:
        """Return the words of *key* (one of :data:`TEXT_KEYS`) in *language*."""
        return self.texts[key][language]

    def direction(self, language: str) -> str:
        """Return ``"rtl"`` for a language written right to left, else ``"ltr"``."""
        return "rtl" if language in RTL else "ltr"

    def question(self, code: str) -> Question | None:
        """Return the question with *code*, or None."""
        return next((q for q in self.questions if q.code == code), None)

    def codes(self) -> dict[str, tuple[str, ...]]:
        """Return ``{question code: its choice codes}``, in survey order."""
        return {q.code: tuple(c.code for c in q.choices) for q in self.questions}


class SurveySet:
    """Every installed survey version; the newest is the one a visitor is asked."""

    def __init__(self, surveys: Iterable[Survey], problems: Iterable[str] = ()) -> None:
        """Index *surveys* by version (at least one); *problems* name skipped files, for the log."""
        self.problems = tuple(problems)
        self._by_version = {s.version: s for s in surveys}
        if not self._by_version:
            raise SurveyError("no survey found")

    def __iter__(self) -> Iterator[Survey]:
        """Iterate over the versions, oldest first."""
        return iter(self._by_version[v] for v in sorted(self._by_version))

    def newest(self) -> Survey:
        """Return the newest version."""
        return self._by_version[max(self._by_version)]

    def get(self, version: int) -> Survey:
        """Return the survey of *version*; KeyError when it is not installed."""
        return self._by_version[version]


def parse_survey(data: Any, source: str = "<data>") -> Survey:
    """Build a :class:`Survey` from decoded JSON, checking every part of it."""
    if not isinstance(data, dict):
        raise SurveyError(f"{source}: a survey is a JSON object")
    if data.get("format") != SUPPORTED_FORMAT:
        raise SurveyError(f"{source}: unknown survey format {data.get('format')!r}")
    version = data.get("version")
    if type(version) is not int or version < 1:
        raise SurveyError(f"{source}: the version must be a positive integer")
    raw_texts = data.get("texts")
    if not isinstance(raw_texts, dict):
        raise SurveyError(f"{source}: 'texts' is missing")
    texts = {key: _languages(raw_texts.get(key), f"{source}: text {key!r}") for key in TEXT_KEYS}
    for key, places in PLACES.items():
        for language, words in texts[key].items():
            if not all(place in words for place in places):
                raise SurveyError(f"{source}: text {key!r} in {language!r} needs {places}")
    rows = data.get("questions")
    if not isinstance(rows, list) or not QUESTIONS[0] <= len(rows) <= QUESTIONS[1]:
        raise SurveyError(f"{source}: a survey has {QUESTIONS[0]} to {QUESTIONS[1]} questions")
    questions = tuple(_question(row, source) for row in rows)
    _unique([q.code for q in questions], f"{source}: a question code is repeated")
    return Survey(
        version=version,
        questions=questions,
        texts=texts,
        released=str(data.get("released", "")),
        title=str(data.get("title", "")),
    )


def _question(row: Any, source: str) -> Question:
    if not isinstance(row, dict):
        raise SurveyError(f"{source}: every question is an object")
    code = _code(row.get("code"), f"{source}: a question")
    where = f"{source}: question {code!r}"
    raw_choices = row.get("choices")
    if not isinstance(raw_choices, list) or not CHOICES[0] <= len(raw_choices) <= CHOICES[1]:
        raise SurveyError(f"{where} has {CHOICES[0]} to {CHOICES[1]} choices")
    choices = tuple(_choice(choice, where) for choice in raw_choices)
    _unique([c.code for c in choices], f"{where}: a choice code is repeated")
    return Question(code=code, text=_languages(row.get("text"), where), choices=choices)


def _choice(row: Any, where: str) -> Choice:
    if not isinstance(row, dict):
        raise SurveyError(f"{where}: every choice is an object")
    code = _code(row.get("code"), f"{where}: a choice")
    pictogram = row.get("pictogram")
    if not isinstance(pictogram, str) or not _PICTOGRAM.fullmatch(pictogram):
        raise SurveyError(f"{where}: choice {code!r} needs a pictogram file name (name.svg)")
    label = _languages(row.get("label"), f"{where}: choice {code!r}")
    return Choice(code=code, label=label, pictogram=pictogram)


def _code(value: Any, what: str) -> str:
    if not isinstance(value, str) or not _CODE.fullmatch(value):
        raise SurveyError(f"{what} needs a code of a-z, 0-9 and _ (at most 32)")
    return value


def _languages(value: Any, where: str) -> dict[str, str]:
    """A text in every language: non-empty, stripped, at most :data:`_MAX_TEXT` characters."""
    if not isinstance(value, dict):
        raise SurveyError(f"{where}: a text per language is missing")
    texts: dict[str, str] = {}
    for language in LANGUAGES:
        text = value.get(language)
        if not isinstance(text, str) or not text.strip() or text != text.strip():
            raise SurveyError(f"{where}: no text in {language!r}")
        if len(text) > _MAX_TEXT:
            raise SurveyError(f"{where}: the {language!r} text is too long")
        texts[language] = text
    return texts


def _unique(codes: list[str], message: str) -> None:
    if len(set(codes)) != len(codes):
        raise SurveyError(message)


def load_file(path: Path) -> Survey:
    """Read and check one survey file."""
    return parse_survey(read_json(path, SurveyError), path.name)


def shipped_files() -> list[tuple[str, str]]:
    """Return the survey files the app ships (``resources/survey``) as (name, text)."""
    return shipped(FOLDER, _PREFIX)


def file_name(version: int) -> str:
    """Return the file name of survey *version* (``survey-<version>.json``)."""
    return f"{_PREFIX}{version}.json"


def load_surveys(data_dir: Path | None) -> SurveySet:
    """Load the shipped surveys plus any valid ones in ``<data_dir>/survey`` (pulled).

    A pulled file that is malformed is skipped and named in ``problems`` of the result; a
    shipped version wins over a pulled file of the same version. Shipped files must be valid.
    """
    surveys: dict[int, Survey] = {}
    problems: list[str] = []
    for name, text in shipped_files():
        survey = parse_survey(json.loads(text), name)
        surveys[survey.version] = survey
    folder = data_dir / FOLDER if data_dir is not None else None
    if folder is not None and folder.is_dir():
        for path in sorted(folder.glob(f"{_PREFIX}*.json")):
            try:
                survey = load_file(path)
            except SurveyError as exc:
                problems.append(str(exc))
                continue
            surveys.setdefault(survey.version, survey)
    return SurveySet(surveys.values(), problems)
