"""Packaging contracts: the resource manifest, the wheel config, one version, desktop files.

Fast and offline. The validators (desktop-file-validate, appstreamcli) and the real builds are
in packaging/ (they need Debian packages and minutes); these tests catch the mistakes that
would make those fail or ship a broken package.
"""

from __future__ import annotations

import ast
import configparser
import importlib.util
import re
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import mobility_app
from mobility_app import cli

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "mobility_app"
QRC = ROOT / "resources.qrc"
LINUX = ROOT / "packaging" / "linux"
SPEC = ROOT / "packaging" / "pyinstaller" / "ankle-mobility.spec"
COMPONENT_ID = "io.github.ankle_mobility.AnkleMobility"
DESKTOP_FILE = LINUX / f"{COMPONENT_ID}.desktop"
METAINFO_FILE = LINUX / f"{COMPONENT_ID}.metainfo.xml"
ICON_SIZES = (16, 32, 48, 64, 128, 256)


def qrc_entries() -> dict[str, Path]:
    """alias (the path after ":/") -> the listed file, for every <file> in resources.qrc."""
    entries: dict[str, Path] = {}
    for resource in ET.parse(QRC).getroot().iter("qresource"):
        prefix = resource.get("prefix", "/").strip("/")
        for element in resource.iter("file"):
            assert element.text, "an empty <file> in resources.qrc"
            alias = element.get("alias") or element.text
            key = f"{prefix}/{alias}" if prefix else alias
            assert key not in entries, f"{key} is listed twice in resources.qrc"
            entries[key] = ROOT / element.text
    return entries


def source_trees() -> list[tuple[Path, ast.Module]]:
    """Every module of the package, parsed (the generated resource module aside)."""
    return [
        (path, ast.parse(path.read_text(encoding="utf-8"), filename=str(path)))
        for path in sorted(PACKAGE.rglob("*.py"))
        if path.name != "_rc_resources.py"
    ]


def test_every_file_listed_in_resources_qrc_exists():
    entries = qrc_entries()
    assert entries, "resources.qrc lists no files"
    missing = [f"{alias} -> {path}" for alias, path in entries.items() if not path.is_file()]
    assert not missing, f"resources.qrc lists files that do not exist: {missing}"


def test_each_resource_alias_is_its_path_under_assets():
    # resources.path() falls back to assets_dir() / alias when the compiled module is missing
    # (a bare checkout), so ":/x" and assets/x must be the same file.
    wrong = {
        alias: str(path.relative_to(ROOT))
        for alias, path in qrc_entries().items()
        if path != ROOT / "assets" / alias
    }
    assert not wrong, f"aliases that are not the file's path under assets/: {wrong}"


def test_every_icon_and_sound_is_listed_in_resources_qrc():
    listed = set(qrc_entries().values())
    on_disk = [p for folder in ("icons", "sounds") for p in (ROOT / "assets" / folder).iterdir()]
    unlisted = [str(p.relative_to(ROOT)) for p in on_disk if p.is_file() and p not in listed]
    assert not unlisted, f"assets not in resources.qrc (add them, or move them): {unlisted}"


def _fstring_parts(tree: ast.Module) -> set[int]:
    """ids of the literal pieces of f-strings (f":/{x}" has a piece ":/" that is no path)."""
    return {
        id(value)
        for node in ast.walk(tree)
        if isinstance(node, ast.JoinedStr)
        for value in node.values
    }


def test_every_resource_path_in_the_source_is_listed():
    """Every ":/x" or "qrc:/x" literal and resources.path("x") argument names a listed file."""
    aliases = set(qrc_entries())
    used: dict[str, list[str]] = {}
    for path, tree in source_trees():
        pieces = _fstring_parts(tree)
        where = str(path.relative_to(ROOT))
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                if id(node) in pieces:
                    continue
                match = re.match(r"^(?:qrc)?:/(.+)$", node.value)
                if match:
                    used.setdefault(match[1], []).append(f"{where}:{node.lineno}")
            elif (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "path"
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id == "resources"
                and node.args
                and isinstance(node.args[0], ast.Constant)
            ):
                used.setdefault(node.args[0].value, []).append(f"{where}:{node.lineno}")
    assert "icons/ankle-mobility.svg" in used, "the scan found no resources.path() call"
    unlisted = {alias: places for alias, places in used.items() if alias not in aliases}
    assert not unlisted, f"resource paths used but not in resources.qrc: {unlisted}"


def test_every_sound_cue_is_listed():
    # The cue player builds its paths at run time: f"sounds/{SOUND_FILES[kind]}.wav".
    from mobility_app.ui.cues import SOUND_FILES

    aliases = set(qrc_entries())
    unlisted = [name for name in SOUND_FILES.values() if f"sounds/{name}.wav" not in aliases]
    assert not unlisted, f"sound cues missing from resources.qrc: {unlisted}"


def test_the_compiled_module_name_is_the_one_resources_imports():
    # hatch_build.py writes it, the PyInstaller spec lists it as a hidden import, .gitignore
    # and ruff skip it: all by this one name.
    module = "mobility_app._rc_resources"
    assert f'"{module}"' in (PACKAGE / "resources.py").read_text(encoding="utf-8")
    assert 'MODULE = "mobility_app/_rc_resources.py"' in (ROOT / "hatch_build.py").read_text(
        encoding="utf-8"
    )
    assert f'"{module}"' in SPEC.read_text(encoding="utf-8")


def pyproject() -> dict:
    with (ROOT / "pyproject.toml").open("rb") as stream:
        return tomllib.load(stream)


def test_the_wheel_carries_assets_and_compiles_resources():
    wheel = pyproject()["tool"]["hatch"]["build"]["targets"]["wheel"]
    assert wheel["packages"] == ["mobility_app"]
    # mobility_app.paths.assets_dir() looks for the assets here inside an installed wheel.
    assert wheel["force-include"] == {"assets": "mobility_app/assets"}
    hook = wheel["hooks"]["custom"]
    assert hook["path"] == "hatch_build.py"
    # The build's rcc must be the Qt the app runs on (and is then the very same download).
    runtime = [d for d in pyproject()["project"]["dependencies"] if d.startswith("PySide6-Ess")]
    assert hook["dependencies"] == runtime


def test_one_version_read_by_hatch_from_the_package():
    project = pyproject()
    assert "version" not in project["project"]
    assert project["project"]["dynamic"] == ["version"]
    assert project["tool"]["hatch"]["version"]["path"] == "mobility_app/__init__.py"
    assert re.fullmatch(r"\d+\.\d+\.\d+([.-]?\w+)*", mobility_app.__version__)


def test_version_option_prints_the_package_version(capsys):
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out == f"mobility-app {mobility_app.__version__}\n"


def read_desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[method-assign]  # desktop-entry keys are case-sensitive
    parser.read(DESKTOP_FILE, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_entry_launches_the_installed_command():
    entry = read_desktop_entry()
    command = next(iter(pyproject()["project"]["gui-scripts"]))
    assert entry["Type"] == "Application"
    assert entry["Name"] == mobility_app.APP_NAME
    # install.sh replaces both with the full path of the program it finds or is given.
    assert entry["Exec"] == command
    assert entry["TryExec"] == command
    assert entry["Icon"] == COMPONENT_ID
    # Qt names the window's WM_CLASS (X11) after applicationName and its Wayland app_id after
    # desktopFileName: app.py sets both to APP_ID. This key matches the window to the launcher.
    assert entry["StartupWMClass"] == mobility_app.APP_ID
    assert "Education" in entry["Categories"].split(";")


def test_metainfo_names_the_desktop_entry_command_and_version():
    component = ET.parse(METAINFO_FILE).getroot()
    assert component.get("type") == "desktop-application"
    assert component.findtext("id") == COMPONENT_ID
    assert component.findtext("name") == mobility_app.APP_NAME
    assert component.findtext("launchable[@type='desktop-id']") == DESKTOP_FILE.name
    assert component.findtext("provides/binary") == next(
        iter(pyproject()["project"]["gui-scripts"])
    )
    releases = [release.get("version") for release in component.iterfind("releases/release")]
    # Newest first, as AppStream orders them; a version bump needs its release entry.
    assert releases[:1] == [mobility_app.__version__], f"releases: {releases}"


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")


def load_render_icons():
    spec = importlib.util.spec_from_file_location("render_icons", LINUX / "render_icons.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_icons_exist_in_every_size():
    render_icons = load_render_icons()
    assert render_icons.APP_ID == COMPONENT_ID
    assert tuple(render_icons.SIZES) == ICON_SIZES
    for size in ICON_SIZES:
        assert png_size(render_icons.png_path(size)) == (size, size)


@pytest.mark.parametrize("size", [16, 256])
def test_icon_pngs_are_up_to_date_with_the_svg(qapp, size):
    from PySide6.QtGui import QImage

    render_icons = load_render_icons()
    fresh = render_icons.render(render_icons.SVG, size)
    committed = QImage(str(render_icons.png_path(size)))
    form = QImage.Format.Format_ARGB32
    assert committed.convertToFormat(form) == fresh.convertToFormat(form), (
        "the PNG icons differ from the SVG: run packaging/linux/render_icons.py"
    )


def test_pyinstaller_spec_excludes_nothing_the_app_imports():
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    excluded: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and any(
            isinstance(target, ast.Name) and target.id == "unused_qt" for target in node.targets
        ):
            excluded = set(ast.literal_eval(node.value))
    assert "QtWebEngineCore" in excluded
    used = {
        match
        for path, _ in source_trees()
        for match in re.findall(r"PySide6\.(Qt\w+)", path.read_text(encoding="utf-8"))
    }
    assert used, "found no PySide6 import to check"
    assert not used & excluded, f"the bundle would lack modules the app imports: {used & excluded}"


@pytest.mark.parametrize(
    "script",
    [
        "packaging/pyinstaller/build.sh",
        "packaging/pyinstaller/smoke_test.sh",
        "packaging/linux/install.sh",
        "packaging/linux/validate.sh",
        "scripts/build_wheel.sh",
    ],
)
def test_packaging_scripts_parse(script):
    result = subprocess.run(["bash", "-n", ROOT / script], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
