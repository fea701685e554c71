"""Test-wide guards: offscreen Qt, no real user directories, no leaked timers."""

from __future__ import annotations

import os

# Must be set before any QApplication exists (pytest-qt creates it lazily).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Keep Qt's own logging quiet about the missing accessibility bus in CI containers.
os.environ.setdefault("QT_ACCESSIBILITY", "0")
# The tests read the English source texts; a machine whose locale is Spanish must not turn the
# app (in process or started by a test) into Spanish. Tests of other languages ask for them.
os.environ["LC_ALL"] = "C.UTF-8"
os.environ.pop("LANGUAGE", None)

import pytest


@pytest.fixture(autouse=True)
def _forbid_real_user_dirs(monkeypatch, tmp_path_factory):
    """Point every per-user location at a temporary folder for every test."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))
    yield


@pytest.fixture(autouse=True)
def _no_running_timers(request):
    """Fail a test that leaves a QTimer running (an animation that never stops)."""
    yield
    if "qtbot" not in request.fixturenames and "qapp" not in request.fixturenames:
        return
    from PySide6.QtCore import QCoreApplication, QTimer

    app = QCoreApplication.instance()
    if app is None:
        return
    # Let deleteLater() calls land before looking.
    QCoreApplication.sendPostedEvents(None, 0)
    running = [t for t in app.findChildren(QTimer) if t.isActive()]
    from PySide6.QtWidgets import QApplication

    for widget in QApplication.topLevelWidgets():
        running += [t for t in widget.findChildren(QTimer) if t.isActive()]
    if running:
        names = ", ".join(t.objectName() or repr(t) for t in running)
        pytest.fail(f"test left QTimer(s) running: {names}")


@pytest.fixture(scope="session")
def animations():
    """Every built-in entry's animation, by id, parsed from the catalogue's exercise files."""
    from mobility_app import paths
    from mobility_app.catalog import entry_animation, load_catalog

    catalog = load_catalog(paths.builtin_exercises_dir())
    found = {entry.id: entry_animation(entry) for entry in catalog.entries}
    missing = [entry_id for entry_id, animation in found.items() if animation is None]
    assert not missing, f"entries without an [animation]: {missing}"
    return found


@pytest.fixture(scope="session")
def catalog():
    """The built-in catalogue in English, as the app loads it."""
    from mobility_app import paths
    from mobility_app.catalog import load_catalog
    from mobility_app.catalog.builtin import ARTICLE_ORDER

    return load_catalog(paths.builtin_exercises_dir(), None, ARTICLE_ORDER)


@pytest.fixture(scope="session", autouse=True)
def _english_as_the_app_shows_it(qapp):
    """English with its plural forms ("1 rep"), as the app starts: the same in every test,
    whichever ran before (tests of other languages put English back when they end)."""
    from mobility_app.ui.language import apply_language

    apply_language("en")
