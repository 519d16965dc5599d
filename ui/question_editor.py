"""Editing one question: topic, organisation, DigiD follow-up, help given, referral, note."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from kiosk.catalogue import Catalogue, Option
from kiosk.visits import NOT_APPLICABLE, REFERRED, QuestionInput
from ui.choices import ChoiceGroup
from ui.registration.sections import CARRIED, Message, Section, Sections
from ui.topic_picker import TopicPicker

DEFAULT_ORGANISATIONS = ("belastingdienst", "toeslagen", "logius", "gemeente", "uwv", "svb")
DEFAULT_TOPICS = (
    "digid_aanvragen",
    "digid_kwijt",
    "toeslag_huur",
    "toeslag_zorg",
    "belastingaangifte",
    "apparaat_smartphone",
    "gemeentelijke_voorzieningen",
    "werk_uitkering",
)
ORGANISATION_BUTTONS = 6
TOPIC_BUTTONS = 8


class QuestionEditor(QWidget):
    """The answers for one question. Reads and writes :class:`QuestionInput`.

    Signals:
        changed(): any answer changed.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        """Build the sections; call :meth:`set_catalogue` before use."""
        super().__init__(parent)
        self._catalogue: Catalogue | None = None
        self._language = "nl"
        self.topics = TopicPicker(self)
        self.organisations = ChoiceGroup("", columns=4, parent=self)
        self.more_organisations = QComboBox(self)
        self.more_organisations.setObjectName("moreOrganisations")
        self.more_organisations.setMinimumHeight(44)
        self.more_organisations.addItem("", None)  # "Andere …"
        self.followup = ChoiceGroup("", columns=4, parent=self)
        self.help = ChoiceGroup("", multi=True, columns=4, parent=self)
        self.referral = ChoiceGroup("", multi=True, columns=4, parent=self)
        self.note = QLineEdit(self)
        self.note.setObjectName("note")
        self.note.setMaxLength(280)
        self.sections = Sections(
            {
                "topic": Section("", self.topics, self, buddy=self.topics.filter),
                "organisation": Section("", self.organisations, self),
                "digid_followup": Section("", self.followup, self),
                "help": Section("", self.help, self),
                "referral": Section("", self.referral, self),
                "note": Section("", self.note, self),
            }
        )
        self._retranslate()
        self.followup_label = self.sections["digid_followup"].heading
        self.referral_label = self.sections["referral"].heading
        self.organisations.add_extra(self.more_organisations)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        for section in self.sections.values():
            section.place(layout)
        for name, signal in (
            ("topic", self.topics.changed),
            ("organisation", self.organisations.changed),
            ("organisation", self.more_organisations.activated),
            ("digid_followup", self.followup.changed),
            ("help", self.help.changed),
            ("referral", self.referral.changed),
            ("note", self.note.textEdited),
        ):
            signal.connect(lambda *_args, n=name: self._answered(n))

        self.topics.changed.connect(self._on_topic)
        self.organisations.changed.connect(self._on_organisation_button)
        self.more_organisations.activated.connect(self._on_more_organisations)
        self.help.changed.connect(self._on_help)
        self.referral.changed.connect(self._on_referral)
        for group in (self.followup,):
            group.changed.connect(self.changed)
        self.note.textChanged.connect(self.changed)

    def _retranslate(self) -> None:
        """Set every text of the editor in the current language (the answers stay)."""
        self.organisations.setAccessibleName(self.tr("Organisatie"))
        self.more_organisations.setAccessibleName(self.tr("Andere organisatie"))
        self.more_organisations.setItemText(0, self.tr("Andere …"))
        self.followup.setAccessibleName(self.tr("DigiD-vervolg"))
        self.help.setAccessibleName(self.tr("Geboden hulp"))
        self.referral.setAccessibleName(self.tr("Doorverwezen naar"))
        self.note.setPlaceholderText(
            self.tr("Korte notitie, zonder namen, BSN, telefoon of adres (mag leeg)")
        )
        self.note.setAccessibleName(self.tr("Notitie"))
        # The rule is in sight (the heading) and told (the description), not only a placeholder.
        note_rule = self.tr("Zonder namen, BSN, telefoon of adres: de registratie is anoniem.")
        self.note.setAccessibleDescription(note_rule)
        headings = {
            "topic": self.tr("Onder&werp"),
            "organisation": self.tr("&Organisatie"),
            "digid_followup": self.tr("DigiD-vervol&g"),
            "help": self.tr("Geboden &hulp (meer antwoorden mogelijk)"),
            "referral": self.tr("Doorverwezen &naar"),
            "note": self.tr("Notit&ie (mag leeg; geen namen, BSN, telefoon of adres)"),
        }
        for name, heading in headings.items():
            self.sections[name].set_heading(heading, note_rule if name == "note" else None)

    def set_language(self, language: str) -> None:
        """Show the editor in *language*: words and catalogue labels, the answers kept."""
        self._language = language
        self.topics.set_language(language)
        for group in (self.organisations, self.followup, self.help, self.referral):
            group.set_language(group.accessibleName(), language)
        self._retranslate()  # after the groups: their sections describe them again
        if self._catalogue is None:
            return
        for index in range(1, self.more_organisations.count()):
            code = str(self.more_organisations.itemData(index))
            option = self._catalogue.get("organisation", code)
            if option is not None:
                self.more_organisations.setItemText(index, option.label(language))

    def set_catalogue(
        self,
        catalogue: Catalogue,
        frequent_topics: Sequence[str],
        frequent_organisations: Sequence[str],
        language: str = "nl",
    ) -> None:
        """Fill every section from *catalogue*, with this desk's frequent choices first."""
        self._catalogue, self._language = catalogue, language
        self.topics.set_catalogue(catalogue, (), language)
        self.set_frequent(frequent_topics, frequent_organisations)
        self.more_organisations.clear()
        self.more_organisations.addItem(self.tr("Andere …"), None)
        for option in catalogue.options("organisation"):
            self.more_organisations.addItem(option.label(language), option.code)
        self.followup.set_options(catalogue.options("digid_followup"), language)
        self.help.set_options(catalogue.options("help"), language)
        self.referral.set_options(catalogue.options("referral"), language)
        self._update_visibility()

    def set_frequent(
        self, frequent_topics: Sequence[str], frequent_organisations: Sequence[str]
    ) -> None:
        """Show this desk's most used topics and organisations as the big buttons.

        Common national favourites fill the rows until the desk has its own history. The
        current answers stay as they are.
        """
        if self._catalogue is None:
            return
        topics = list(dict.fromkeys([*frequent_topics, *DEFAULT_TOPICS]))[:TOPIC_BUTTONS]
        self.topics.set_frequent(topics)
        codes = list(dict.fromkeys([*frequent_organisations, *DEFAULT_ORGANISATIONS]))
        codes = [c for c in codes if c != NOT_APPLICABLE][:ORGANISATION_BUTTONS]
        if [*codes, NOT_APPLICABLE] != self.organisations.codes():
            current = self._organisation()
            options = [self._catalogue.get("organisation", c) for c in [*codes, NOT_APPLICABLE]]
            self.organisations.set_options([o for o in options if o is not None], self._language)
            self._set_organisation(current)

    def question(self) -> QuestionInput:
        """Return the answers as entered (validation happens when saving)."""
        followups = self.followup.selected()
        return QuestionInput(
            topic=self.topics.topic() or "",
            organisation=self._organisation(),
            digid_followup=followups[0] if followups and self._is_digid() else None,
            help=tuple(self.help.selected()),
            referral=tuple(self.referral.selected()) if REFERRED in self.help.selected() else (),
            note=self.note.text(),
        )

    def set_question(self, question: QuestionInput | None) -> None:
        """Show *question* (None: an empty question)."""
        q = question or QuestionInput(topic="")
        self.blockSignals(True)
        self.topics.set_topic(q.topic or None)
        self._set_organisation(q.organisation)
        self.followup.set_selected([q.digid_followup] if q.digid_followup else [])
        self.help.set_selected(q.help)
        self.referral.set_selected(q.referral)
        self.note.setText(q.note)
        self.blockSignals(False)
        self._update_visibility()
        self.changed.emit()

    def mark_carried(self, question: QuestionInput | None) -> None:
        """Mark the sections *question* filled from the previous visit (None: no marks)."""
        filled = {
            "topic": bool(question and question.topic),
            "organisation": bool(question and question.organisation),
            "digid_followup": bool(question and question.digid_followup),
            "help": bool(question and question.help),
            "referral": bool(question and question.referral),
            "note": bool(question and question.note),
        }
        for name, section in self.sections.items():
            section.set_mark(CARRIED if filled[name] else None)

    def carried(self) -> list[str]:
        """Return the names of the sections still marked as carried over."""
        return self.sections.carried()

    def show_error(self, field: str | None, message: Message = "") -> bool:
        """Show *message* under the section *field* (None clears all); False if not here."""
        return self.sections.show_error(field, message)

    def _answered(self, name: str) -> None:
        """The clerk answered section *name*: its carried mark and error go."""
        section = self.sections[name]
        section.set_mark(None)
        section.show_error(None)

    def _topic_option(self) -> Option | None:
        code = self.topics.topic()
        if self._catalogue is None or code is None:
            return None
        return self._catalogue.get("topic", code)

    def _is_digid(self) -> bool:
        option = self._topic_option()
        return option is not None and option.digid

    def _organisation(self) -> str | None:
        chosen = self.organisations.selected()
        if chosen:
            return chosen[0]
        code = self.more_organisations.currentData()
        return str(code) if code else None

    def _set_organisation(self, code: str | None) -> None:
        self.organisations.blockSignals(True)
        in_buttons = code in self.organisations.codes()
        self.organisations.set_selected([code] if code and in_buttons else [])
        self.organisations.blockSignals(False)
        index = self.more_organisations.findData(code) if code and not in_buttons else 0
        self.more_organisations.setCurrentIndex(max(index, 0))

    def _on_topic(self) -> None:
        option = self._topic_option()
        if option is not None and option.organisation is not None:
            # A new topic brings its usual organisation; the clerk can still choose another.
            self._set_organisation(option.organisation)
        if not self._is_digid():
            self.followup.set_selected([])
        self._update_visibility()
        self.changed.emit()

    def _on_organisation_button(self) -> None:
        self.more_organisations.setCurrentIndex(0)
        self.changed.emit()

    def _on_more_organisations(self, _index: int) -> None:
        code = self.more_organisations.currentData()
        self._set_organisation(str(code) if code else None)
        self.changed.emit()

    def _on_help(self) -> None:
        self._update_visibility()
        self.changed.emit()

    def _on_referral(self) -> None:
        if self.referral.selected() and REFERRED not in self.help.selected():
            self.help.set_selected([*self.help.selected(), REFERRED])
        self.changed.emit()

    def _update_visibility(self) -> None:
        self.sections["digid_followup"].set_visible(self._is_digid())
        self.sections["referral"].set_visible(REFERRED in self.help.selected())
