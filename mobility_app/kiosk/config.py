"""The kiosk's TOML configuration (pure): defaults, ranges, and errors that name the key."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mobility_app.i18n import fill, translate
from mobility_app.kiosk.pin import PinHash, parse_pin_hash

CONFIG_NAME = "kiosk.toml"
ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
# An IETF language tag as the settings use it: "en", "es", "pt-BR"; empty follows the system.
LANGUAGE_PATTERN = re.compile(r"^[a-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$")
LOGO_SUFFIXES = (".png", ".jpg", ".jpeg", ".svg")
CLINIC_NAME_MAX = 80

# (low, high) for each number; the defaults are in KioskConfig.
RANGES: dict[str, tuple[float, float]] = {
    "idle_seconds": (15, 3600),
    "warning_seconds": (5, 120),
    "attract_seconds": (4, 300),
    "hold_seconds": (10, 60),
}


def _pin_help(path: object) -> str:
    return fill(
        translate(
            "KioskConfig",
            "Set one with `mobility-app kiosk-pin` (it reads the PIN on standard input and "
            'prints a `pin_hash = "…"` line), then paste that line into %1.',
        ),
        path,
    )


@dataclass(frozen=True)
class KioskConfig:
    """Everything a clinic can set; every value already checked."""

    pin_hash: PinHash | None = field(default=None, repr=False)
    clinic_name: str = ""
    logo: Path | None = None
    # Exercise ids in the order shown; empty means every exercise, in the catalogue's order.
    exercises: tuple[str, ...] = ()
    ankle_test: bool = True
    idle_seconds: float = 60.0
    warning_seconds: float = 10.0
    attract_seconds: float = 12.0
    hold_seconds: float = 30.0
    # A shared waiting room: sound is off unless the clinic turns it on; captions always show.
    sound: bool = False
    language: str = ""
    # Still pictures of the key positions instead of moving figures, for visitors whom
    # motion unsettles (and screens where it would distract in a quiet room).
    reduced_motion: bool = False


@dataclass(frozen=True)
class ConfigProblem:
    key: str
    message: str


class ConfigError(Exception):
    """The configuration cannot be used; each problem names its key."""

    def __init__(self, path: Path | None, problems: list[ConfigProblem]) -> None:
        self.path = path
        self.problems = problems
        where = f"{path}: " if path is not None else ""
        super().__init__("\n".join(f"{where}{p.key}: {p.message}" for p in problems))


def default_path(config_dir: Path) -> Path:
    return config_dir / CONFIG_NAME


def _type_name(value: Any) -> str:
    names = {
        bool: translate("KioskConfig", "true/false"),
        int: translate("KioskConfig", "a number"),
        float: translate("KioskConfig", "a number"),
        str: translate("KioskConfig", "text"),
        list: translate("KioskConfig", "a list"),
        dict: translate("KioskConfig", "a table"),
    }
    return names.get(type(value), type(value).__name__)


class _Reader:
    """Takes values out of the parsed table, collecting one problem per bad key."""

    def __init__(self, data: Mapping[str, Any]) -> None:
        self.data = data
        self.problems: list[ConfigProblem] = []

    def problem(self, key: str, message: str) -> None:
        self.problems.append(ConfigProblem(key, message))

    def get(self, key: str, kind: type | tuple[type, ...], wanted: str) -> Any:
        """The value of `key` if it is of `kind`; `wanted` is the whole message otherwise,
        with %1 for the name of the type found and %2 for the value itself."""
        if key not in self.data:
            return None
        value = self.data[key]
        # TOML's true is a Python int too; a number key must not accept it.
        if isinstance(value, bool) and bool not in (kind if isinstance(kind, tuple) else (kind,)):
            value_ok = False
        else:
            value_ok = isinstance(value, kind)
        if not value_ok:
            self.problem(key, fill(wanted, _type_name(value), repr(value)))
            return None
        return value

    def number(self, key: str) -> float | None:
        value = self.get(
            key, (int, float), translate("KioskConfig", "must be a number of seconds, not %1 (%2)")
        )
        if value is None:
            return None
        low, high = RANGES[key]
        if not low <= value <= high:
            message = translate("KioskConfig", "%1 is outside %2–%3 seconds")
            self.problem(key, fill(message, f"{value:g}", f"{low:g}", f"{high:g}"))
            return None
        return float(value)


def _exercise_ids(reader: _Reader) -> tuple[str, ...] | None:
    raw = reader.get(
        "exercises", list, translate("KioskConfig", "must be a list of exercise ids, not %1 (%2)")
    )
    if raw is None:
        return None
    if not raw:
        reader.problem(
            "exercises",
            translate("KioskConfig", "is empty; leave the key out to show every exercise"),
        )
        return None
    ids: list[str] = []
    for index, item in enumerate(raw):
        if not isinstance(item, str) or not ID_PATTERN.match(item):
            message = translate("KioskConfig", '%1 is not an exercise id such as "wall-lean"')
            reader.problem(f"exercises[{index}]", fill(message, repr(item)))
        elif item in ids:
            message = translate("KioskConfig", "'%1' is listed twice")
            reader.problem(f"exercises[{index}]", fill(message, item))
        else:
            ids.append(item)
    return tuple(ids)


def _logo(reader: _Reader, base_dir: Path) -> Path | None:
    raw = reader.get(
        "logo", str, translate("KioskConfig", "must be the path of an image file, not %1 (%2)")
    )
    if raw is None or not raw.strip():
        return None
    path = Path(raw).expanduser()
    path = path if path.is_absolute() else base_dir / path
    if path.suffix.lower() not in LOGO_SUFFIXES:
        message = translate("KioskConfig", "%1 is not a PNG, JPEG or SVG image")
        reader.problem("logo", fill(message, path.name))
    elif not path.is_file():
        reader.problem("logo", fill(translate("KioskConfig", "there is no file %1"), path))
    else:
        return path
    return None


def _pin(reader: _Reader, require_pin: bool, path: Path | None) -> PinHash | None:
    raw = reader.get(
        "pin_hash",
        str,
        translate(
            "KioskConfig", "must be the text printed by `mobility-app kiosk-pin`, not %1 (%2)"
        ),
    )
    if raw is None or not raw.strip():
        if require_pin and not any(p.key == "pin_hash" for p in reader.problems):
            where = str(path) if path is not None else translate("KioskConfig", "the kiosk config")
            message = translate(
                "KioskConfig",
                "no PIN is set, and the kiosk cannot start without a way for staff to leave it. %1",
            )
            reader.problem("pin_hash", fill(message, _pin_help(where)))
        return None
    try:
        return parse_pin_hash(raw)
    except ValueError as exc:
        where = str(path) if path is not None else translate("KioskConfig", "the config")
        reader.problem("pin_hash", f"{exc}. {_pin_help(where)}")
        return None


def parse_config(
    data: Mapping[str, Any], *, base_dir: Path, path: Path | None = None, require_pin: bool = True
) -> KioskConfig:
    """A checked KioskConfig from a parsed TOML table; ConfigError lists every bad key."""
    reader = _Reader(data)
    known = {f for f in KioskConfig.__dataclass_fields__}
    for key in data:
        if key not in known:
            close = [k for k in sorted(known) if k.split("_")[0] == key.split("_")[0]]
            names = ", ".join(sorted(known))
            if close:
                message = translate(
                    "KioskConfig", "is not a kiosk setting; did you mean %1? (known: %2)"
                )
                reader.problem(key, fill(message, close[0], names))
            else:
                message = translate("KioskConfig", "is not a kiosk setting (known: %1)")
                reader.problem(key, fill(message, names))
    values: dict[str, Any] = {}
    name = reader.get("clinic_name", str, translate("KioskConfig", "must be text, not %1 (%2)"))
    if name is not None:
        if len(name.strip()) > CLINIC_NAME_MAX:
            message = translate("KioskConfig", "is longer than %1 characters")
            reader.problem("clinic_name", fill(message, CLINIC_NAME_MAX))
        else:
            values["clinic_name"] = name.strip()
    values["logo"] = _logo(reader, base_dir)
    values["exercises"] = _exercise_ids(reader)
    for key in ("ankle_test", "sound", "reduced_motion"):
        values[key] = reader.get(
            key, bool, translate("KioskConfig", "must be true or false, not %1 (%2)")
        )
    for key in RANGES:
        values[key] = reader.number(key)
    language = reader.get(
        "language",
        str,
        translate("KioskConfig", 'must be a language tag such as "en" or "es", not %1 (%2)'),
    )
    if language is not None and language and not LANGUAGE_PATTERN.match(language):
        message = translate("KioskConfig", '%1 is not a language tag such as "en" or "es"')
        reader.problem("language", fill(message, repr(language)))
    elif language is not None:
        values["language"] = language
    values["pin_hash"] = _pin(reader, require_pin, path)
    if reader.problems:
        raise ConfigError(path, reader.problems)
    return KioskConfig(**{k: v for k, v in values.items() if v is not None})


def load_config(path: Path, *, require_pin: bool = True, missing_ok: bool = False) -> KioskConfig:
    """Read and check `path`. With `missing_ok`, a missing file gives the defaults."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        if missing_ok:
            return KioskConfig()
        message = translate(
            "KioskConfig",
            "there is no kiosk config here. Create it from packaging/kiosk/kiosk.toml; it needs "
            "at least a pin_hash. %1",
        )
        problem = ConfigProblem("file", fill(message, _pin_help(path)))
        raise ConfigError(path, [problem]) from None
    except (OSError, UnicodeDecodeError) as exc:
        reason = getattr(exc, "strerror", None) or str(exc)
        message = fill(translate("KioskConfig", "cannot be read: %1"), reason)
        raise ConfigError(path, [ConfigProblem("file", message)]) from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        message = fill(translate("KioskConfig", "is not valid TOML: %1"), exc)
        raise ConfigError(path, [ConfigProblem("file", message)]) from None
    return parse_config(data, base_dir=path.parent, path=path, require_pin=require_pin)


def choose_exercises(
    config: KioskConfig,
    exercise_ids: Iterable[str],
    test_ids: Iterable[str] = (),
    *,
    path: Path | None = None,
) -> tuple[str, ...]:
    """The ids to show, checked against the catalogue; ConfigError names each unknown one."""
    available = list(exercise_ids)
    tests = set(test_ids)
    if not config.exercises:
        return tuple(available)
    problems: list[ConfigProblem] = []
    for index, entry_id in enumerate(config.exercises):
        if entry_id in tests:
            message = translate(
                "KioskConfig", "'%1' is a test, not an exercise; ankle_test = true shows it"
            )
            problems.append(ConfigProblem(f"exercises[{index}]", fill(message, entry_id)))
        elif entry_id not in available:
            message = translate("KioskConfig", "there is no exercise '%1' (available: %2)")
            problems.append(
                ConfigProblem(f"exercises[{index}]", fill(message, entry_id, ", ".join(available)))
            )
    if problems:
        raise ConfigError(path, problems)
    return config.exercises
