"""Bundled assets addressed through Qt's resource system (compiled from resources.qrc).

The compiled module is generated at set-up (scripts/setup.sh runs pyside6-rcc), not
committed. Where it is missing (a bare checkout), assets are read from files instead, so the
app still starts; `path()` hides the difference from callers.
"""

from __future__ import annotations

import importlib
import logging

from mobility_app import paths

log = logging.getLogger("mobility.resources")

_loaded: bool | None = None


def load() -> bool:
    """Register the compiled resources with Qt, once; return whether they are available."""
    global _loaded
    if _loaded is None:
        try:
            importlib.import_module("mobility_app._rc_resources")
            _loaded = True
        except ImportError:
            log.info("Compiled resources not found; reading assets from %s", paths.assets_dir())
            _loaded = False
    return _loaded


def path(relative: str) -> str:
    """A path Qt can open for an asset listed in resources.qrc, e.g. 'icons/ankle-mobility.svg'."""
    if load():
        return f":/{relative}"
    return str(paths.assets_dir() / relative)
