"""Keeps Settings in the app's QSettings file (an INI file in the config directory)."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from mobility_app.settings import Settings, from_mapping, to_mapping

GROUP = "preferences"


def load(store: QSettings | None) -> Settings:
    """The saved preferences, or the defaults where nothing (or nothing valid) is saved."""
    if store is None:
        return Settings()
    store.beginGroup(GROUP)
    try:
        raw = {key: store.value(key) for key in store.childKeys()}
    finally:
        store.endGroup()
    return from_mapping(raw)


def save(store: QSettings | None, settings: Settings) -> None:
    if store is None:
        return
    store.beginGroup(GROUP)
    try:
        for key, value in to_mapping(settings).items():
            store.setValue(key, value)
    finally:
        store.endGroup()
    store.sync()
