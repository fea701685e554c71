"""Loads and validates exercise files (TOML) into catalogue entries.

Every problem is reported with its file and field, and a file with any problem is not loaded:
a half-valid exercise would show a person wrong instructions. Built-in files must all be valid
(a broken one is our bug); a bad custom file is skipped and reported so the UI can warn.
"""

from __future__ import annotations

import logging
import re
import tomllib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from mobility_app.catalog.model import Dose, Entry, TempoPhase, TestProtocol
from mobility_app.i18n import QT_TRANSLATE_NOOP, fill, translate

log = logging.getLogger("mobility.catalog")

SCHEMA_VERSION = 1
ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")

# Ranges for dose fields; the routine editor uses the same limits.
SECONDS_RANGE = (5, 300)
REPS_RANGE = (1, 30)
SETS_RANGE = (1, 10)
REST_RANGE = (0, 300)
TEMPO_SECONDS_RANGE = (0.5, 10.0)
TRIALS_RANGE = (1, 6)
STEPS_RANGE = (3, 12)

_TEXT_LISTS = ("targets", "equipment", "steps", "cues", "mistakes", "safety", "sources")
_TOP_KEYS = {
    "schema",
    "id",
    "kind",
    "name",
    "summary",
    "purpose",
    *_TEXT_LISTS,
    "dose",
    "test",
    "animation",
}
_DOSE_KEYS = {
    "kind",
    "seconds",
    "reps",
    "sets",
    "per_side",
    "rest_seconds",
    "labels",
    "note",
    "tempo",
}


@dataclass(frozen=True)
class CatalogProblem:
    """One thing wrong with one field of one file; `message` is in the interface's language
    (context "CatalogCheck"), the field's name as written in the file."""

    path: Path
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.path.name}: {self.field}: {self.message}"


class EntryError(Exception):
    """A file could not be turned into an entry; carries every problem found."""

    def __init__(self, problems: list[CatalogProblem]) -> None:
        super().__init__("; ".join(str(p) for p in problems))
        self.problems = problems


@dataclass
class Catalog:
    """The loaded entries, in display order, plus the problems of skipped custom files."""

    entries: list[Entry] = field(default_factory=list)
    problems: list[CatalogProblem] = field(default_factory=list)

    def get(self, entry_id: str) -> Entry | None:
        return next((e for e in self.entries if e.id == entry_id), None)

    @property
    def exercises(self) -> list[Entry]:
        return [e for e in self.entries if not e.is_test]

    @property
    def tests(self) -> list[Entry]:
        return [e for e in self.entries if e.is_test]


T = TypeVar("T")


class _Checker:
    """Collects problems while reading one TOML table."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.problems: list[CatalogProblem] = []

    def problem(self, field_name: str, message: str) -> None:
        self.problems.append(CatalogProblem(self.path, field_name, message))

    def get(
        self,
        table: dict[str, Any],
        key: str,
        where: str,
        convert: Callable[[Any, str], T | None],
        *,
        required: bool = True,
    ) -> T | None:
        name = f"{where}{key}"
        if key not in table:
            if required:
                self.problem(name, translate("CatalogCheck", "missing"))
            return None
        return convert(table[key], name)

    def text(self, value: Any, name: str) -> str | None:
        if not isinstance(value, str):
            message = translate("CatalogCheck", "expected text, found %1")
            self.problem(name, fill(message, _type_name(value)))
            return None
        if not value.strip():
            self.problem(name, translate("CatalogCheck", "must not be empty"))
            return None
        return value.strip()

    def integer(self, low: int, high: int) -> Callable[[Any, str], int | None]:
        def convert(value: Any, name: str) -> int | None:
            if isinstance(value, bool) or not isinstance(value, int):
                message = translate("CatalogCheck", "expected a whole number, found %1")
                self.problem(name, fill(message, _type_name(value)))
                return None
            if not low <= value <= high:
                outside = translate("CatalogCheck", "%1 is outside %2–%3")
                self.problem(name, fill(outside, value, low, high))
                return None
            return value

        return convert

    def number(self, low: float, high: float) -> Callable[[Any, str], float | None]:
        def convert(value: Any, name: str) -> float | None:
            if isinstance(value, bool) or not isinstance(value, int | float):
                message = translate("CatalogCheck", "expected a number, found %1")
                self.problem(name, fill(message, _type_name(value)))
                return None
            if not low <= value <= high:
                outside = translate("CatalogCheck", "%1 is outside %2–%3")
                self.problem(name, fill(outside, value, f"{low:g}", f"{high:g}"))
                return None
            return float(value)

        return convert

    def boolean(self, value: Any, name: str) -> bool | None:
        if not isinstance(value, bool):
            message = translate("CatalogCheck", "expected true or false, found %1")
            self.problem(name, fill(message, _type_name(value)))
            return None
        return value

    def text_list(
        self, min_len: int = 0, max_len: int = 50
    ) -> Callable[[Any, str], tuple[str, ...] | None]:
        def convert(value: Any, name: str) -> tuple[str, ...] | None:
            if not isinstance(value, list):
                message = translate("CatalogCheck", "expected a list of text, found %1")
                self.problem(name, fill(message, _type_name(value)))
                return None
            items: list[str] = []
            ok = True
            for index, item in enumerate(value):
                text = self.text(item, f"{name}[{index}]")
                ok = ok and text is not None
                if text is not None:
                    items.append(text)
            if not min_len <= len(value) <= max_len:
                # Worded so the count needs no plural form: "found 1", never "has 1 items".
                message = translate("CatalogCheck", "expected %1–%2 items, found %3")
                self.problem(name, fill(message, min_len, max_len, len(value)))
                return None
            return tuple(items) if ok else None

        return convert

    def unknown_keys(self, table: dict[str, Any], known: set[str], where: str) -> None:
        # A misspelt key would otherwise be silently ignored and its content never shown.
        for key in sorted(set(table) - known):
            self.problem(f"{where}{key}", translate("CatalogCheck", "unknown key (misspelt?)"))


_TYPE_NAMES: dict[type, str] = {
    str: QT_TRANSLATE_NOOP("CatalogCheck", "text"),
    int: QT_TRANSLATE_NOOP("CatalogCheck", "a whole number"),
    float: QT_TRANSLATE_NOOP("CatalogCheck", "a number"),
    bool: QT_TRANSLATE_NOOP("CatalogCheck", "true/false"),
    list: QT_TRANSLATE_NOOP("CatalogCheck", "a list"),
    dict: QT_TRANSLATE_NOOP("CatalogCheck", "a table"),
}


def _type_name(value: Any) -> str:
    name = _TYPE_NAMES.get(type(value))
    return translate("CatalogCheck", name) if name is not None else type(value).__name__


def _expected_table(value: Any) -> str:
    return fill(translate("CatalogCheck", "expected a table, found %1"), _type_name(value))


def _read_dose(check: _Checker, raw: Any) -> Dose | None:
    if not isinstance(raw, dict):
        check.problem("dose", _expected_table(raw))
        return None
    check.unknown_keys(raw, _DOSE_KEYS, "dose.")
    kind = check.get(raw, "kind", "dose.", check.text)
    if kind is not None and kind not in ("hold", "reps", "timed"):
        message = translate("CatalogCheck", "'%1' is not one of hold, reps, timed")
        check.problem("dose.kind", fill(message, kind))
        kind = None
    reps = check.get(raw, "reps", "dose.", check.integer(*REPS_RANGE))
    sets = check.get(raw, "sets", "dose.", check.integer(*SETS_RANGE))
    per_side = check.get(raw, "per_side", "dose.", check.boolean)
    rest = check.get(raw, "rest_seconds", "dose.", check.integer(*REST_RANGE))
    note = check.get(raw, "note", "dose.", check.text)
    seconds = check.get(
        raw, "seconds", "dose.", check.integer(*SECONDS_RANGE), required=kind in ("hold", "timed")
    )
    labels = check.get(raw, "labels", "dose.", check.text_list(), required=False) or ()
    if labels and reps is not None and len(labels) != reps:
        message = translate("CatalogCheck", "needs one label per rep (reps is %1), found %2")
        check.problem("dose.labels", fill(message, reps, len(labels)))
    tempo = _read_tempo(check, raw.get("tempo"), required=kind == "reps")
    if kind == "reps" and seconds is not None:
        message = translate("CatalogCheck", "a reps dose is paced by its tempo; remove seconds")
        check.problem("dose.seconds", message)
    if kind != "reps" and tempo:
        message = translate("CatalogCheck", "only a reps dose has a tempo, this one is %1")
        check.problem("dose.tempo", fill(message, kind))
    if None in (kind, reps, sets, per_side, rest, note):
        return None
    assert kind is not None and reps is not None and sets is not None  # narrowed above
    return Dose(
        kind=kind,  # type: ignore[arg-type]  # checked against the literal values above
        reps=reps,
        sets=sets,
        per_side=bool(per_side),
        rest_seconds=int(rest or 0),
        note=str(note),
        seconds=seconds,
        labels=tuple(labels),
        tempo=tempo,
    )


def _read_tempo(check: _Checker, raw: Any, *, required: bool) -> tuple[TempoPhase, ...]:
    if raw is None:
        if required:
            message = translate(
                "CatalogCheck", "missing: a reps dose needs its phases ([[dose.tempo]])"
            )
            check.problem("dose.tempo", message)
        return ()
    if not isinstance(raw, list) or not raw:
        message = translate("CatalogCheck", "expected one or more [[dose.tempo]] tables")
        check.problem("dose.tempo", message)
        return ()
    phases: list[TempoPhase] = []
    for index, item in enumerate(raw):
        where = f"dose.tempo[{index}]."
        if not isinstance(item, dict):
            check.problem(where.rstrip("."), _expected_table(item))
            continue
        check.unknown_keys(item, {"action", "seconds"}, where)
        action = check.get(item, "action", where, check.text)
        seconds = check.get(item, "seconds", where, check.number(*TEMPO_SECONDS_RANGE))
        if action is not None and seconds is not None:
            phases.append(TempoPhase(action, seconds))
    return tuple(phases)


def _read_test(check: _Checker, raw: Any) -> TestProtocol | None:
    if not isinstance(raw, dict):
        check.problem("test", _expected_table(raw))
        return None
    check.unknown_keys(raw, {"trials_per_side", "note"}, "test.")
    trials = check.get(raw, "trials_per_side", "test.", check.integer(*TRIALS_RANGE))
    note = check.get(raw, "note", "test.", check.text)
    if trials is None or note is None:
        return None
    return TestProtocol(trials, note)


def load_entry(path: Path, *, custom: bool = False) -> Entry:
    """Read and validate one exercise file; raise EntryError listing every problem."""
    check = _Checker(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError as exc:
        message = fill(translate("CatalogCheck", "not UTF-8 text: %1"), exc)
        raise EntryError([CatalogProblem(path, "(file)", message)]) from exc
    except tomllib.TOMLDecodeError as exc:
        message = fill(translate("CatalogCheck", "not valid TOML: %1"), exc)
        raise EntryError([CatalogProblem(path, "(file)", message)]) from exc
    except OSError as exc:
        message = fill(translate("CatalogCheck", "cannot read: %1"), exc.strerror)
        raise EntryError([CatalogProblem(path, "(file)", message)]) from exc

    check.unknown_keys(data, _TOP_KEYS, "")
    schema = check.get(data, "schema", "", check.integer(0, 10**6))
    if schema is not None and schema != SCHEMA_VERSION:
        message = translate("CatalogCheck", "version %1 is not supported (expected %2)")
        check.problem("schema", fill(message, schema, SCHEMA_VERSION))
    entry_id = check.get(data, "id", "", check.text)
    if entry_id is not None:
        if not ID_PATTERN.match(entry_id):
            message = translate("CatalogCheck", "'%1' must be lower-case letters, digits and '-'")
            check.problem("id", fill(message, entry_id))
        elif entry_id != path.stem:
            message = translate("CatalogCheck", "'%1' does not match the file name '%2'")
            check.problem("id", fill(message, entry_id, path.stem))
    kind = check.get(data, "kind", "", check.text)
    if kind is not None and kind not in ("exercise", "test"):
        message = translate("CatalogCheck", "'%1' is not one of exercise, test")
        check.problem("kind", fill(message, kind))
    texts = {key: check.get(data, key, "", check.text) for key in ("name", "summary", "purpose")}
    lists = {
        "targets": check.get(data, "targets", "", check.text_list(1, 8)),
        "equipment": check.get(data, "equipment", "", check.text_list(0, 8)),
        "steps": check.get(data, "steps", "", check.text_list(*STEPS_RANGE)),
        "cues": check.get(data, "cues", "", check.text_list(1, 8)),
        "mistakes": check.get(data, "mistakes", "", check.text_list(1, 8)),
        "safety": check.get(data, "safety", "", check.text_list(1, 8)),
        "sources": check.get(data, "sources", "", check.text_list(1, 10)),
    }
    dose: Dose | None = None
    test: TestProtocol | None = None
    if kind == "exercise":
        if "test" in data:
            check.problem(
                "test", translate("CatalogCheck", "an exercise has a [dose], not a [test]")
            )
        if "dose" not in data:
            message = translate("CatalogCheck", "missing: an exercise needs a [dose] table")
            check.problem("dose", message)
        else:
            dose = _read_dose(check, data["dose"])
    elif kind == "test":
        if "dose" in data:
            check.problem(
                "dose", translate("CatalogCheck", "a test has a [test] table, not a [dose]")
            )
        if "test" not in data:
            check.problem("test", translate("CatalogCheck", "missing: a test needs a [test] table"))
        else:
            test = _read_test(check, data["test"])
    animation = data.get("animation")
    if animation is not None and not isinstance(animation, dict):
        check.problem("animation", _expected_table(animation))
    elif animation is not None and custom:
        # Built-in animations are checked by the test suite, so start-up need not import
        # the motion package; a clinic's own file is checked here, before it can be shown.
        from mobility_app.motion import AnimationError, parse_animation

        try:
            parse_animation(animation, "animation", name=path.stem)
        except AnimationError as exc:
            check.problem(exc.field, exc.message)

    if check.problems:
        raise EntryError(check.problems)
    return Entry(
        id=str(entry_id),
        kind=kind,  # type: ignore[arg-type]  # checked against the literal values above
        name=str(texts["name"]),
        summary=str(texts["summary"]),
        purpose=str(texts["purpose"]),
        dose=dose,
        test=test,
        animation=animation,
        path=path,
        custom=custom,
        **{key: value or () for key, value in lists.items()},
    )


def _toml_files(folder: Path) -> list[Path]:
    try:
        return sorted(p for p in folder.glob("*.toml") if p.is_file())
    except OSError:
        return []


def load_catalog(
    builtin_dir: Path, custom_dir: Path | None = None, order: Iterable[str] = ()
) -> Catalog:
    """Load every built-in entry and every valid custom one.

    A problem in a built-in file raises EntryError (it ships with the app, so it is our bug).
    A bad custom file is skipped; its problems are returned for the UI to show.
    `order` lists ids that come first, in that order; the rest follow by name.
    """
    catalog = Catalog()
    builtin_problems: list[CatalogProblem] = []
    for path in _toml_files(builtin_dir):
        try:
            catalog.entries.append(load_entry(path))
        except EntryError as exc:
            builtin_problems.extend(exc.problems)
    if builtin_problems:
        raise EntryError(builtin_problems)

    if custom_dir is not None and custom_dir.is_dir():
        for path in _toml_files(custom_dir):
            try:
                entry = load_entry(path, custom=True)
            except EntryError as exc:
                catalog.problems.extend(exc.problems)
                log.warning("Skipped custom exercise %s: %s", path, exc)
                continue
            if catalog.get(entry.id) is not None:
                message = fill(translate("CatalogCheck", "'%1' is already used; skipped"), entry.id)
                problem = CatalogProblem(path, "id", message)
                catalog.problems.append(problem)
                log.warning("Skipped custom exercise %s: duplicate id", path)
                continue
            catalog.entries.append(entry)

    rank = {entry_id: index for index, entry_id in enumerate(order)}
    catalog.entries.sort(key=lambda e: (rank.get(e.id, len(rank)), e.is_test, e.name.casefold()))
    return catalog
