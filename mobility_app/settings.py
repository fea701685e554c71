"""The person's preferences: one frozen value with defaults, read leniently, written plainly.

Pure Python: the UI keeps them in a QSettings file (see ui.settings_store); anything it reads
that is missing or malformed falls back to the default here, so a hand-edited or older
settings file can never stop the app from starting.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import asdict, dataclass, fields, replace
from typing import Any, Literal

log = logging.getLogger("mobility.settings")

Unit = Literal["cm", "in"]
Aggregate = Literal["mean", "best"]
Theme = Literal["system", "light", "dark", "high-contrast"]

WEEKLY_TARGET_RANGE = (1, 7)
THEMES: tuple[str, ...] = ("system", "light", "dark", "high-contrast")
# Percent of the application font; 200% is the WCAG 1.4.4 "resize text" figure.
TEXT_SCALE_RANGE = (100, 200)


@dataclass(frozen=True)
class Settings:
    """Every preference, with the default a first-time user gets."""

    unit: Unit = "cm"
    # Mean of the trials, as the reliability studies scored it (Bennell 1998; Konor 2012).
    aggregate: Aggregate = "mean"
    trials_per_side: int = 3
    sound_enabled: bool = True
    volume: float = 0.7
    speech_enabled: bool = False
    reduced_motion: bool = False
    # "Most days" of stretching (ACSM); 4 of 7 keeps a missed day from feeling like failure.
    weekly_target_days: int = 4
    # An IETF language tag such as "es"; empty follows the system's locale.
    language: str = ""
    # "system" follows the platform's palette, light or dark.
    theme: Theme = "system"
    text_scale: int = 100


_CHOICES: dict[str, tuple[str, ...]] = {
    "unit": ("cm", "in"),
    "aggregate": ("mean", "best"),
    "theme": THEMES,
}
_RANGES: dict[str, tuple[float, float]] = {
    "trials_per_side": (1, 6),
    "volume": (0.0, 1.0),
    "weekly_target_days": WEEKLY_TARGET_RANGE,
    "text_scale": TEXT_SCALE_RANGE,
}


def _coerce(name: str, raw: Any, default: Any) -> Any:
    """`raw` as the type of `default`, or raise ValueError."""
    if isinstance(default, bool):
        if isinstance(raw, bool):
            return raw
        text = str(raw).strip().lower()
        if text in ("true", "1", "yes", "on"):
            return True
        if text in ("false", "0", "no", "off"):
            return False
        raise ValueError(f"{raw!r} is not true or false")
    value: Any
    if isinstance(default, int):
        value = int(str(raw).strip())
    elif isinstance(default, float):
        value = float(str(raw).strip())
    else:
        value = str(raw).strip()
    if name in _CHOICES and value not in _CHOICES[name]:
        raise ValueError(f"{value!r} is not one of {', '.join(_CHOICES[name])}")
    if name in _RANGES:
        low, high = _RANGES[name]
        if not low <= value <= high:
            raise ValueError(f"{value!r} is outside {low:g}–{high:g}")
    return value


def from_mapping(stored: Mapping[str, Any]) -> Settings:
    """Settings from stored key/value pairs; bad or missing values get their default."""
    defaults = Settings()
    values: dict[str, Any] = {}
    for field in fields(Settings):
        if field.name not in stored:
            continue
        default = getattr(defaults, field.name)
        try:
            values[field.name] = _coerce(field.name, stored[field.name], default)
        except (TypeError, ValueError) as exc:
            log.warning("Ignored setting %s: %s; using %r", field.name, exc, default)
    return replace(defaults, **values)


def to_mapping(settings: Settings) -> dict[str, Any]:
    return asdict(settings)


def validated(settings: Settings) -> Settings:
    """Raise ValueError if any value is out of its range (for values set in code)."""
    for name, value in to_mapping(settings).items():
        _coerce(name, value, getattr(Settings(), name))
    return settings
