"""Checking doses as people edit them, and routines to and from storage (pure, no Qt)."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from mobility_app.catalog import Catalog, Dose, Entry, TempoPhase
from mobility_app.catalog.loader import (
    REPS_RANGE,
    REST_RANGE,
    SECONDS_RANGE,
    SETS_RANGE,
    TEMPO_SECONDS_RANGE,
)
from mobility_app.i18n import QT_TRANSLATE_NOOP, fill, translate
from mobility_app.i18n import number as number_text
from mobility_app.measures.units import NumberFormatError, parse_number
from mobility_app.routine.plan import RoutineItem, default_routine
from mobility_app.storage.routines import (
    NAME_MAX_LENGTH,
    StoredDose,
    StoredRoutine,
    StoredRoutineItem,
)

# The built-in routine: every article exercise in article order, at its catalogue dose. It
# is never stored; editing it makes a copy under a new name. Shown through
# translate("Routine", ARTICLE_ROUTINE_NAME).
ARTICLE_ROUTINE_NAME = QT_TRANSLATE_NOOP("Routine", "Article routine")
COPY_NAME = "My routine"

Typed = str | int | float | None  # what a field holds: text as typed, or a number


@dataclass(frozen=True)
class DoseLimits:
    """The ranges a routine's dose may take: the catalogue's own, so both always agree."""

    seconds: tuple[int, int] = SECONDS_RANGE
    reps: tuple[int, int] = REPS_RANGE
    sets: tuple[int, int] = SETS_RANGE
    rest_seconds: tuple[int, int] = REST_RANGE
    tempo: tuple[float, float] = TEMPO_SECONDS_RANGE


LIMITS = DoseLimits()


@dataclass(frozen=True)
class FieldError:
    """What is wrong with one field, in words a person can act on.

    `field` is "kind", "seconds", "reps", "sets", "rest_seconds", "tempo" (the phases as a
    whole) or "tempo[i]" for phase i.
    """

    field: str
    message: str


@dataclass(frozen=True)
class LoadProblem:
    """A stored item that could not be used as stored; `fallback` is what is used instead."""

    exercise_id: str
    message: str
    fallback: RoutineItem | None = None  # None: the item is left out


# How each kind of dose is named inside a sentence ("… is done as held stretches, not as …").
KIND_NAMES = {
    "hold": QT_TRANSLATE_NOOP("DoseKind", "held stretches"),
    "reps": QT_TRANSLATE_NOOP("DoseKind", "paced repetitions"),
    "timed": QT_TRANSLATE_NOOP("DoseKind", "timed rounds of movement"),
}


def limit_text(field: str, kind: str, action: str = "") -> str:
    """The rule for one field: its range and, briefly, why (sources from domain-facts.md)."""
    if field == "seconds":
        low, high = LIMITS.seconds
        if kind == "hold":
            template = translate(
                "DoseCheck",
                "Hold %1–%2 s: a shorter hold barely starts the stretch, and a longer one adds "
                "little (30 s worked as well as 60 s, Bandy 1997).",
            )
        else:
            template = translate(
                "DoseCheck",
                "Bout %1–%2 s: long enough to get moving, short enough to keep good form.",
            )
        return fill(template, number_text(low), number_text(high))
    if field == "reps":
        low, high = LIMITS.reps
        if kind == "hold":
            template = translate(
                "DoseCheck", "Holds per set %1–%2: gains level off after the first few (Ryan 2012)."
            )
        elif kind == "timed":
            template = translate(
                "DoseCheck", "Bouts per set %1–%2: a few bouts are plenty for a warm-up."
            )
        else:
            template = translate(
                "DoseCheck",
                "Repetitions per set %1–%2: past that, tiredness spoils the slow pace.",
            )
        return fill(template, number_text(low), number_text(high))
    if field == "sets":
        template = translate(
            "DoseCheck", "Sets %1–%2: more sets make the session longer, not better."
        )
        return fill(template, *(number_text(v) for v in LIMITS.sets))
    if field == "rest_seconds":
        template = translate("DoseCheck", "Rest %1–%2 s: 0 for none; longer only adds time.")
        return fill(template, *(number_text(v) for v in LIMITS.rest_seconds))
    low_tempo, high_tempo = (number_text(v) for v in LIMITS.tempo)
    if action:
        template = translate(
            "DoseCheck", "%1: %2–%3 s, quick enough to keep a rhythm, slow enough to control."
        )
        return fill(template, action, low_tempo, high_tempo)
    template = translate(
        "DoseCheck",
        "Each phase: %1–%2 s, quick enough to keep a rhythm, slow enough to control.",
    )
    return fill(template, low_tempo, high_tempo)


def _number(value: Typed, rule: str, low: float, high: float, *, whole: bool) -> float | str:
    """The value as a number, or the message saying what is wrong with it."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return fill(translate("DoseCheck", "Type a number. %1"), rule)
    if isinstance(value, str):
        try:
            number = parse_number(value)
        except NumberFormatError as exc:
            return f"{str(exc).capitalize()}. {rule}"
    else:
        number = float(value)
    if whole and not number.is_integer():
        return fill(translate("DoseCheck", "Use a whole number. %1"), rule)
    if not low <= number <= high:
        return fill(translate("DoseCheck", "%1 is out of range. %2"), number_text(number), rule)
    return number


def validate_dose(
    kind: str,
    seconds: Typed,
    reps: Typed,
    sets: Typed,
    per_side: bool,
    rest_seconds: Typed,
    tempo: Sequence[Typed] | None,
    *,
    entry: Entry,
) -> Dose | list[FieldError]:
    """Check an edited dose of `entry`; return it as a Dose, or every problem found.

    Fields may be numbers or text as typed ("30", "2,5"). The kind, the tempo's actions and
    the number of phases follow the exercise. Labels ("Clockwise") stay only while the reps
    match their count, and the catalogue's note only while nothing changed: it explains
    that dose, not this one.
    """
    base = entry.dose
    if base is None:
        message = fill(translate("DoseCheck", "%1 is a test, not an exercise."), entry.name)
        return [FieldError("kind", message)]
    errors: list[FieldError] = []
    if kind != base.kind:
        message = translate("DoseCheck", "%1 is done as %2, not as %3.")
        shown = (translate("DoseKind", KIND_NAMES.get(k, k)) for k in (base.kind, kind))
        errors.append(FieldError("kind", fill(message, entry.name, *shown)))
    values: dict[str, float] = {}
    checks = [("reps", reps, LIMITS.reps), ("sets", sets, LIMITS.sets)]
    checks.append(("rest_seconds", rest_seconds, LIMITS.rest_seconds))
    if base.kind == "reps":
        if seconds not in (None, ""):
            message = translate("DoseCheck", "Paced repetitions last as long as their tempo.")
            errors.append(FieldError("seconds", message))
    else:
        checks.insert(0, ("seconds", seconds, LIMITS.seconds))
    for field, value, (low, high) in checks:
        result = _number(value, limit_text(field, base.kind), low, high, whole=True)
        if isinstance(result, str):
            errors.append(FieldError(field, result))
        else:
            values[field] = result
    phases: list[TempoPhase] = []
    typed_tempo = list(tempo or ())
    if len(typed_tempo) != len(base.tempo):
        # No %n plural here: lupdate marks translate(..., n) as a plural only for a literal n.
        if base.tempo:
            message = translate("DoseCheck", "%1 has %2 phase(s).")
        else:
            message = translate("DoseCheck", "%1 has no tempo.")
        errors.append(FieldError("tempo", fill(message, entry.name, len(base.tempo))))
    else:
        for index, (phase, value) in enumerate(zip(base.tempo, typed_tempo, strict=True)):
            rule = limit_text("tempo", base.kind, phase.action)
            result = _number(value, rule, *LIMITS.tempo, whole=False)
            if isinstance(result, str):
                errors.append(FieldError(f"tempo[{index}]", result))
            else:
                phases.append(TempoPhase(phase.action, result))
    if errors:
        return errors
    count = int(values["reps"])
    dose = Dose(
        kind=base.kind,
        reps=count,
        sets=int(values["sets"]),
        per_side=bool(per_side),
        rest_seconds=int(values["rest_seconds"]),
        note=base.note,
        seconds=int(values["seconds"]) if "seconds" in values else None,
        labels=base.labels if len(base.labels) == count else (),
        tempo=tuple(phases),
    )
    return dose if dose == base else replace(dose, note="")


def dose_texts(dose: Dose) -> dict[str, str]:
    """A dose as the texts of the editor's fields, keyed like FieldError.field."""
    texts = {"reps": str(dose.reps), "sets": str(dose.sets), "rest_seconds": str(dose.rest_seconds)}
    if dose.seconds is not None:
        texts["seconds"] = str(dose.seconds)
    for index, phase in enumerate(dose.tempo):
        texts[f"tempo[{index}]"] = number_text(phase.seconds)
    return texts


def validate_texts(
    entry: Entry, texts: Mapping[str, str], per_side: bool
) -> Dose | list[FieldError]:
    """validate_dose for the editor's field texts (as dose_texts gives them)."""
    phases = len(entry.dose.tempo) if entry.dose else 0
    return validate_dose(
        entry.dose.kind if entry.dose else "",
        texts.get("seconds"),
        texts.get("reps"),
        texts.get("sets"),
        per_side,
        texts.get("rest_seconds"),
        [texts.get(f"tempo[{index}]") for index in range(phases)],
        entry=entry,
    )


@dataclass
class DraftItem:
    """One item as it is being edited: the field texts as typed, checked on every change.

    Kept as text so a half-typed value survives moving to another item and back.
    """

    entry: Entry
    texts: dict[str, str]
    per_side: bool
    result: Dose | list[FieldError] = dataclasses.field(init=False)

    def __post_init__(self) -> None:
        self.check()

    @classmethod
    def of(cls, item: RoutineItem) -> DraftItem:
        dose = item.effective_dose
        return cls(item.entry, dose_texts(dose), dose.per_side)

    def check(self) -> None:
        self.result = validate_texts(self.entry, self.texts, self.per_side)

    @property
    def dose(self) -> Dose | None:
        """The valid dose, or None while any field is wrong."""
        return self.result if isinstance(self.result, Dose) else None

    @property
    def errors(self) -> dict[str, str]:
        """Message by field, empty when the dose is valid."""
        return {e.field: e.message for e in self.result} if isinstance(self.result, list) else {}


def to_stored(item: RoutineItem) -> StoredRoutineItem:
    """A routine item as plain values for storage."""
    dose = item.effective_dose
    tempo = tuple(float(phase.seconds) for phase in dose.tempo) if dose.kind == "reps" else None
    stored = StoredDose(
        dose.kind, dose.seconds, dose.reps, dose.sets, dose.per_side, dose.rest_seconds, tempo
    )
    return StoredRoutineItem(item.entry.id, stored)


def from_stored(stored: StoredRoutineItem, catalog: Catalog) -> RoutineItem | LoadProblem:
    """A stored item as a RoutineItem, or the problem with it; never raises for bad data.

    An exercise no longer in the catalogue (a custom file removed) or now a test is left
    out. A dose that no longer fits its exercise (a custom file changed its kind or phases)
    falls back to the catalogue's dose.
    """
    entry = catalog.get(stored.exercise_id)
    if entry is None:
        message = translate(
            "Routine", "“%1” is no longer in the exercise library, so it was left out."
        )
        return LoadProblem(stored.exercise_id, fill(message, stored.exercise_id))
    if entry.dose is None:
        message = translate("Routine", "%1 is a test, not an exercise; it was left out.")
        return LoadProblem(entry.id, fill(message, entry.name))
    saved = stored.dose
    result = validate_dose(
        saved.kind,
        saved.seconds,
        saved.reps,
        saved.sets,
        saved.per_side,
        saved.rest_seconds,
        saved.tempo,
        entry=entry,
    )
    if isinstance(result, list):
        message = translate(
            "Routine", "%1: the saved dose no longer fits this exercise, so its usual dose is used."
        )
        return LoadProblem(entry.id, fill(message, entry.name), RoutineItem(entry))
    return RoutineItem(entry, result)


def items_from_stored(
    routine: StoredRoutine, catalog: Catalog
) -> tuple[list[RoutineItem], list[LoadProblem]]:
    """The usable items of a stored routine, in order, and the problems met on the way."""
    items: list[RoutineItem] = []
    problems: list[LoadProblem] = []
    for stored in routine.items:
        result = from_stored(stored, catalog)
        if isinstance(result, LoadProblem):
            problems.append(result)
            if result.fallback is not None:
                items.append(result.fallback)
        else:
            items.append(result)
    return items, problems


def article_routine(catalog: Catalog) -> list[RoutineItem]:
    """The built-in routine: the article's exercises in catalogue order, at their doses.

    People's own exercise files are left out: they are not part of the article.
    """
    return default_routine(entry for entry in catalog.entries if not entry.custom)


def copy_name(taken: Iterable[str], base: str = COPY_NAME) -> str:
    """`base`, or `base 2`, `base 3`... : the first not in `taken` (ignoring case)."""
    used = {name.casefold() for name in taken}
    number = 1
    name = base
    while name.casefold() in used:
        number += 1
        name = f"{base} {number}"
    return name


def check_routine_name(
    name: str, taken: Iterable[str], *, reserved: Iterable[str] | None = None
) -> str:
    """'' if `name` can be saved, else why not; `taken` are the other routines' names.

    `reserved` defaults to the built-in routine's name, in English and as shown.
    """
    if reserved is None:
        reserved = (ARTICLE_ROUTINE_NAME, translate("Routine", ARTICLE_ROUTINE_NAME))
    trimmed = name.strip()
    if not trimmed:
        return translate("Routine", "Give the routine a name.")
    if len(trimmed) > NAME_MAX_LENGTH:
        message = translate("Routine", "Keep the name to %1 characters or fewer (it has %2).")
        return fill(message, NAME_MAX_LENGTH, len(trimmed))
    folded = trimmed.casefold()
    if any(folded == other.casefold() for other in reserved):
        message = translate("Routine", "“%1” is the built-in routine's name. Choose another name.")
        return fill(message, trimmed)
    if any(folded == other.strip().casefold() for other in taken):
        message = translate(
            "Routine", "There is already a routine called “%1”. Choose another name."
        )
        return fill(message, trimmed)
    return ""
