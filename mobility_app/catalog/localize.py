"""The catalogue in the interface's language: every text an entry shows, through `translate`.

Exercise files are written in English; their translations live in the same Qt translation
catalogue as the interface (translations/<language>/content.ts), one context per entry
("exercise:wall-lean"), so a translator sees each sentence next to the rest of its exercise.
`translatable_texts` lists them for scripts/translations.py; `localized` applies them. Both walk
the fields in one place (`_TEXT_FIELDS`, `_walk`) so the two can never disagree.
A custom exercise has no translation and shows as written.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator
from dataclasses import replace
from typing import Any

from mobility_app.catalog.loader import Catalog
from mobility_app.catalog.model import Entry
from mobility_app.i18n import translate

_TEXT_FIELDS = ("name", "summary", "purpose")
_LIST_FIELDS = ("targets", "equipment", "steps", "cues", "mistakes", "safety", "sources")


def context_of(entry: Entry) -> str:
    return f"exercise:{entry.id}"


def translatable_texts(entry: Entry) -> Iterator[str]:
    """Every text of `entry` a person sees, in the order of its file, each once."""
    seen: set[str] = set()
    texts: list[str] = []

    def collect(text: str) -> str:
        if text and text not in seen:
            seen.add(text)
            texts.append(text)
        return text

    _walk(entry, collect)
    return iter(texts)


def localized(entry: Entry) -> Entry:
    """A copy of `entry` with every shown text in the interface's language."""
    context = context_of(entry)
    return _walk(entry, lambda text: translate(context, text) if text else text)


def localized_catalog(catalog: Catalog) -> Catalog:
    return Catalog(entries=[localized(e) for e in catalog.entries], problems=catalog.problems)


def _walk(entry: Entry, convert: Callable[[str], str]) -> Entry:
    """`entry` with `convert` applied to every shown text, in file order."""
    changes: dict[str, Any] = {name: convert(getattr(entry, name)) for name in _TEXT_FIELDS}
    for name in _LIST_FIELDS:
        changes[name] = tuple(convert(text) for text in getattr(entry, name))
    if entry.dose is not None:
        dose = entry.dose
        changes["dose"] = replace(
            dose,
            note=convert(dose.note),
            labels=tuple(convert(label) for label in dose.labels),
            tempo=tuple(replace(phase, action=convert(phase.action)) for phase in dose.tempo),
        )
    if entry.test is not None:
        changes["test"] = replace(entry.test, note=convert(entry.test.note))
    if entry.animation is not None:
        changes["animation"] = _walk_animation(entry.animation, convert)
    return replace(entry, **changes)


def _walk_animation(table: dict[str, Any], convert: Callable[[str], str]) -> dict[str, Any]:
    """The raw [animation] table with its keyframe captions converted (the rest is numbers)."""
    result = copy.deepcopy(table)
    for keyframe in result.get("keyframes", ()):
        if isinstance(keyframe, dict) and isinstance(keyframe.get("caption"), str):
            keyframe["caption"] = convert(keyframe["caption"])
    return result
