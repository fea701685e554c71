"""Hatchling build hook: compile resources.qrc with pyside6-rcc into the wheel, not the tree,
and the translations (.ts -> .qm with pyside6-lrelease) into assets/translations.

resources.qrc is the manifest of the assets addressed as ":/..." at run time; the compiled
module (about 370 kB of generated Python) is never committed. scripts/setup.sh compiles it into
the checkout for development; this hook compiles it for every wheel, so `pip install` of a
wheel gives the same ":/" resources as a set-up checkout. The rcc used is the one shipped in
PySide6-Essentials, the same pinned release the app runs on: the hook's `dependencies` in
pyproject.toml put it into the isolated build environment (pip takes it from its cache, as it
is the very file the app itself depends on).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

MANIFEST = "resources.qrc"
MODULE = "mobility_app/_rc_resources.py"  # the name mobility_app/resources.py imports

# pyside6-rcc's own entry point, run by this Python: it finds the rcc binary inside the PySide6
# that this build environment imports (a `pyside6-rcc` found on PATH could be another venv's).
_RCC = "import sys; from PySide6.scripts.pyside_tool import rcc; sys.argv[0] = 'pyside6-rcc'; rcc()"


def compile_resources(root: Path, out_file: Path) -> None:
    """Run `pyside6-rcc resources.qrc -o out_file` from the project root."""
    out_file.parent.mkdir(parents=True, exist_ok=True)
    command = [sys.executable, "-c", _RCC, MANIFEST, "-o", str(out_file)]
    result = subprocess.run(command, cwd=root, capture_output=True, text=True, check=False)
    if result.returncode != 0 or not out_file.is_file():
        raise RuntimeError(
            f"pyside6-rcc could not compile {MANIFEST} (exit {result.returncode}):\n"
            f"{result.stdout}{result.stderr}"
        )


def compile_translations(root: Path) -> list[Path]:
    """Run scripts/translations.py compile (pyside6-lrelease) with this build's PySide6."""
    script = root / "scripts" / "translations.py"
    result = subprocess.run(
        [sys.executable, str(script), "compile"], cwd=root, capture_output=True, text=True
    )
    if result.returncode != 0:
        raise RuntimeError(f"translations could not be compiled:\n{result.stdout}{result.stderr}")
    return sorted((root / "assets" / "translations").glob("*.qm"))


class ResourceCompilerHook(BuildHookInterface):  # type: ignore[type-arg]
    """Adds the compiled resources to a standard wheel; editable installs read the tree."""

    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if version == "editable":
            # `pip install -e .`: the package is the checkout itself, where scripts/setup.sh
            # writes mobility_app/_rc_resources.py (and resources.py reads plain files without).
            return
        self._scratch = Path(tempfile.mkdtemp(prefix="ankle-mobility-rcc-"))
        compiled = self._scratch / "_rc_resources.py"
        compile_resources(Path(self.root), compiled)
        build_data["force_include"][str(compiled)] = MODULE
        self.app.display_info(f"Compiled {MANIFEST} into {MODULE} ({compiled.stat().st_size} B)")
        # The .qm files are generated and git-ignored, like the compiled resources, but they
        # go where the app looks for them: assets/translations, which the wheel takes whole.
        for qm_file in compile_translations(Path(self.root)):
            self.app.display_info(f"Compiled translations into {qm_file.name}")

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        scratch = getattr(self, "_scratch", None)
        if scratch is not None:
            shutil.rmtree(scratch, ignore_errors=True)
