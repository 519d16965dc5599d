"""The rules a visit's codes follow, as codes with parameters: one set for desk and server.

A question's topic must be a current one; a government question names its organisation; a
DigiD topic, and only a DigiD topic, has a follow-up; at least one kind of help, each code
known and listed once; a referral goes with the help ``doorverwezen`` and the other way round.
:func:`question_violations` and :func:`visit_violations` return every rule broken as a
:class:`Violation` (where, which rule, its parameters) and never words: the desk turns them
into message codes for its clerk (``kiosk.visits``; the words are the UI's), the server into
the ``msg`` of its answer (:func:`wire_message`). Nothing here depends on the clock: a desk
whose clock is days off must not lose data on the server.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Final

from kiosk.catalogue import Catalogue, CatalogueSet
from kiosk.protocol.errors import Errors
from kiosk.protocol.kinds import VISIT_CORRECTED

if TYPE_CHECKING:  # the rules read the models' values; the desk's form needs no pydantic
    from kiosk.protocol.visits import QuestionPayload, VisitPayload

#: How a desk works: at a fixed counter or as a walking IDO with a laptop.
MODES: Final = ("counter", "walking")
#: Where a visit comes from: entered live, a tally of identical visits, or a correction.
SOURCES: Final = ("live", "tally", "correction")
#: The organisation of a question that concerns no organisation (a catalogue code).
NOT_APPLICABLE: Final = "nvt"
#: The kind of topic that needs its organisation.
DIGITAL_GOVERNMENT: Final = "digital_government"
#: The help that goes with a referral.
REFERRED: Final = "doorverwezen"


@dataclass(frozen=True)
class Violation:
    """One rule a payload breaks: where (a path below the payload), which rule, its values.

    ``params`` name what a message may mention: codes and numbers, never free text (a note
    or a name may be personal data).
    """

    path: str
    code: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def below(self, prefix: str) -> Violation:
        """The same violation with its path under *prefix* (``questions[0]`` + ``topic``)."""
        return Violation(f"{prefix}.{self.path}" if self.path else prefix, self.code, self.params)


#: The server's words for each rule: the ``msg`` of ``{"path", "msg"}`` in its answers.
WIRE_MESSAGES: Final[dict[str, str]] = {
    "entity_mismatch": "must equal the op's entity_id",
    "correction_unnamed": "a correction names the visit it corrects, source 'correction'",
    "corrects_itself": "a visit cannot correct itself",
    "not_a_correction": "only visit.corrected ops correct a visit",
    "unknown_catalogue": "unknown catalogue version {version}",
    "unknown_answer": "unknown {list} {code!r} in catalogue {version}",
    "positions_not_sequential": "positions must be 1..n, each once",
    "question_ids_repeated": "question ids must be unique",
    "unknown_topic": "unknown topic {code!r}",
    "kind_mismatch": "topic {topic!r} has kind {kind!r}",
    "organisation_required": "a government question names its organisation",
    "unknown_code": "unknown {list} {code!r}",
    "followup_required": "a DigiD topic needs its follow-up",
    "followup_not_allowed": "only DigiD topics have a follow-up",
    "unknown_followup": "unknown DigiD follow-up {code!r}",
    "help_required": "at least one kind of help",
    "code_repeated": "a code is listed twice",
    "referral_required": "a referral names where to",
    "referred_help_required": "a referral needs the help 'doorverwezen'",
}


def wire_message(violation: Violation) -> str:
    """The server's ``msg`` for *violation*."""
    return WIRE_MESSAGES[violation.code].format(**violation.params)


def wire_errors(violations: Iterable[Violation], prefix: str = "payload") -> Errors:
    """*violations* as the server answers them: ``[{"path": "payload...", "msg"}]``."""
    return [{"path": f"{prefix}.{v.path}", "msg": wire_message(v)} for v in violations]


def answer_violations(catalogue: Catalogue, answers: Iterable[tuple[str, str]]) -> list[Violation]:
    """Violations of visit-level codes (``channel``, ``duration``) given as (list, code)."""
    active = active_codes(catalogue)
    return [
        Violation(
            name, "unknown_answer", {"list": name, "code": code, "version": catalogue.version}
        )
        for name, code in answers
        if code not in active[name]
    ]


def question_violations(
    catalogue: Catalogue,
    *,
    topic: str,
    kind: str,
    organisation: str | None,
    digid_followup: str | None,
    help: Sequence[str],
    referral: Sequence[str],
) -> list[Violation]:
    """Every rule one question's codes break against *catalogue* (paths below the question).

    An unknown or retired topic is the only violation reported: the other rules depend on it.
    *organisation* None means the question was left unanswered (a desk's form).
    """
    option = catalogue.get("topic", topic)
    if option is None or option.retired:
        return [Violation("topic", "unknown_topic", {"code": topic})]
    active = active_codes(catalogue)
    found = _topic_violations(option, active, kind, organisation, digid_followup)
    return found + _list_violations(active, help, referral)


def _topic_violations(
    option: Any,
    active: Mapping[str, frozenset[str]],
    kind: str,
    organisation: str | None,
    digid_followup: str | None,
) -> list[Violation]:
    """The rules a question's known *option* (its topic) sets for its other codes."""
    found: list[Violation] = []
    if kind != option.kind:
        found.append(
            Violation("kind", "kind_mismatch", {"topic": option.code, "kind": option.kind})
        )
    if organisation is None or organisation == NOT_APPLICABLE:
        # A government question names its organisation, unless its topic concerns none (a
        # device of one's own: the catalogue's usual organisation is "nvt"). None is a form
        # left unanswered (the desk's); on the wire it is "nvt".
        if option.kind == DIGITAL_GOVERNMENT and (
            organisation is None or option.organisation != NOT_APPLICABLE
        ):
            found.append(Violation("organisation", "organisation_required"))
    elif organisation not in active["organisation"]:
        found.append(
            Violation(
                "organisation", "unknown_code", {"list": "organisation", "code": organisation}
            )
        )
    if option.digid and digid_followup is None:
        found.append(Violation("digid_followup", "followup_required"))
    elif not option.digid and digid_followup is not None:
        found.append(Violation("digid_followup", "followup_not_allowed"))
    elif digid_followup is not None and digid_followup not in active["digid_followup"]:
        found.append(Violation("digid_followup", "unknown_followup", {"code": digid_followup}))
    return found


def _list_violations(
    active: Mapping[str, frozenset[str]], help: Sequence[str], referral: Sequence[str]
) -> list[Violation]:
    """The rules of a question's help and referral codes (its topic known)."""
    found: list[Violation] = []
    if not help:
        found.append(Violation("help", "help_required"))
    for name, codes in (("help", help), ("referral", referral)):
        allowed = active[name]
        found += [
            Violation(name, "unknown_code", {"list": name, "code": code})
            for code in codes
            if code not in allowed
        ]
        if len(set(codes)) != len(codes):
            found.append(Violation(name, "code_repeated", {"list": name}))
    if REFERRED in help and not referral:
        found.append(Violation("referral", "referral_required"))
    if referral and REFERRED not in help:
        found.append(Violation("help", "referred_help_required"))
    return found


def visit_violations(
    kind: str, entity_id: str | None, visit: VisitPayload, catalogues: CatalogueSet
) -> list[Violation]:
    """Every rule a valid-shaped visit payload breaks against its catalogue version."""
    found: list[Violation] = []
    if entity_id != visit.visit_id:
        found.append(Violation("visit_id", "entity_mismatch"))
    if kind == VISIT_CORRECTED:
        if visit.corrects is None or visit.source != "correction":
            found.append(Violation("corrects", "correction_unnamed"))
        elif visit.corrects == visit.visit_id:
            found.append(Violation("corrects", "corrects_itself"))
    elif visit.corrects is not None or visit.source == "correction":
        found.append(Violation("corrects", "not_a_correction"))
    catalogue = catalogues.version(visit.catalogue_version)
    if catalogue is None:
        found.append(
            Violation(
                "catalogue_version", "unknown_catalogue", {"version": visit.catalogue_version}
            )
        )
        return found
    derived = _derived(catalogue)
    if visit.channel not in derived.active["channel"] or (
        visit.duration not in derived.active["duration"]
    ):
        found += answer_violations(
            catalogue, (("channel", visit.channel), ("duration", visit.duration))
        )
    questions = visit.questions
    if len(questions) == 1:  # most visits: one question, numbered 1, its id alone
        if questions[0].position != 1:
            found.append(Violation("questions", "positions_not_sequential"))
    else:
        positions = [q.position for q in questions]
        if sorted(positions) != list(range(1, len(positions) + 1)):
            found.append(Violation("questions", "positions_not_sequential"))
        ids = [q.question_id for q in questions]
        if len(set(ids)) != len(ids):
            found.append(Violation("questions", "question_ids_repeated"))
    for index, question in enumerate(questions):
        verdict = _question_verdict(question, derived)
        if verdict:
            found += [v.below(f"questions[{index}]") for v in verdict]
    return found


def check_visit(
    kind: str, entity_id: str | None, visit: VisitPayload, catalogues: CatalogueSet
) -> Errors:
    """:func:`visit_violations` as the server answers them (``payload.<path>``, ``msg``)."""
    return wire_errors(visit_violations(kind, entity_id, visit, catalogues))


# -- what a catalogue's rules derive once ------------------------------------------------------


@dataclass
class _Derived:
    """What the checks derive once from one parsed catalogue (it never changes)."""

    catalogue: Catalogue  # kept so its id() stays unique while cached
    active: dict[str, frozenset[str]]
    # What a question's topic rules say depends only on its topic, kind, organisation and
    # follow-up: a catalogue allows some hundreds of those, and a batch of a thousand visits
    # checks each once instead of every question. The value: the violations, and whether
    # the topic is known (else its help and referral are not judged).
    topics: dict[tuple[Any, ...], tuple[tuple[Violation, ...], bool]] = field(default_factory=dict)


_DERIVED: dict[int, _Derived] = {}
_VERDICTS_MAX = 10_000  # topic rule verdicts remembered per catalogue


def _derived(catalogue: Catalogue) -> _Derived:
    cached = _DERIVED.get(id(catalogue))
    if cached is not None and cached.catalogue is catalogue:
        return cached
    active = {
        name: frozenset(o.code for o in options if not o.retired)
        for name, options in catalogue.lists.items()
    }
    if len(_DERIVED) >= 64:  # a server holds a handful of versions; tests make many sets
        _DERIVED.clear()
    derived = _DERIVED[id(catalogue)] = _Derived(catalogue, active)
    return derived


def active_codes(catalogue: Catalogue) -> dict[str, frozenset[str]]:
    """The codes of each list that a new record may use (``Catalogue.is_active``), as sets.

    Computed once per catalogue: a batch checks some ten codes per visit, and a set lookup
    is far cheaper than ``is_active``'s two calls.
    """
    return _derived(catalogue).active


def _question_verdict(question: QuestionPayload, derived: _Derived) -> tuple[Violation, ...]:
    """The violations of one question's codes (as :func:`question_violations`, cheaper).

    The topic rules are remembered per (topic, kind, organisation, follow-up); the help and
    referral codes are judged with set lookups, and only a question that breaks one of their
    rules is judged again in full. A whole question's codes were remembered before, but a
    branch's visits combine help and referral codes in more ways than a cache should hold
    (a benchmark drain: 13,766 combinations in 26,000 questions, most checked afresh).
    """
    key = (question.topic, question.kind, question.organisation, question.digid_followup)
    known = derived.topics.get(key)
    if known is None:
        option = derived.catalogue.get("topic", question.topic)
        if option is None or option.retired:
            known = ((Violation("topic", "unknown_topic", {"code": question.topic}),), False)
        else:
            found = _topic_violations(option, derived.active, *key[1:])
            known = (tuple(found), True)
        if len(derived.topics) < _VERDICTS_MAX:
            derived.topics[key] = known
    found_topic, topic_known = known
    if not topic_known:
        return found_topic
    help, referral = question.help, question.referral
    active = derived.active
    if (
        help
        and active["help"].issuperset(help)
        and (len(help) == 1 or len(set(help)) == len(help))
        and (REFERRED in help) == bool(referral)
        and (
            not referral
            or (
                active["referral"].issuperset(referral)
                and (len(referral) == 1 or len(set(referral)) == len(referral))
            )
        )
    ):
        return found_topic
    return found_topic + tuple(_list_violations(active, help, referral))
