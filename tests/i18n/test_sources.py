"""The translation sources: every string reachable by lupdate, every .ts current and complete.

A string lupdate cannot see (an f-string, a variable context, a helper it does not know) stays
English in every language with nothing failing; these tests make that fail instead.
"""

from __future__ import annotations

import ast
import importlib.util
import re
import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "mobility_app"
TS_ROOT = ROOT / "translations"

# Modules that pass on other modules' texts: the catalogue's content (contexts written by
# scripts/translations.py) and the Qt translator the core's hook forwards to.
_FORWARDERS = {"localize.py", "language.py"}
# The call names lupdate reads, and which of their positional arguments must be literal.
_LITERAL_ARGS = {"tr": (0,), "translate": (0, 1), "QT_TRANSLATE_NOOP": (0, 1)}


def _load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "translations_script", ROOT / "scripts" / "translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


script = _load_script()


def _python_files() -> list[Path]:
    return [
        p
        for p in sorted(PACKAGE.rglob("*.py"))
        if not p.name.startswith("_rc_") and "__pycache__" not in p.parts
    ]


def _call_name(node: ast.Call) -> str | None:
    if isinstance(node.func, ast.Name):
        return node.func.id
    if isinstance(node.func, ast.Attribute):
        return node.func.attr
    return None


def test_every_module_belongs_to_one_translation_area() -> None:
    orphans = [
        p for p in _python_files() if script.area_of(p.relative_to(PACKAGE).as_posix()) is None
    ]
    assert orphans == []


def test_every_translated_text_is_a_literal_lupdate_can_read() -> None:
    problems: list[str] = []
    for path in _python_files():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = _call_name(node)
            if name not in _LITERAL_ARGS:
                continue
            if (
                name == "translate"
                and len(node.args) >= 2
                and not isinstance(node.args[1], ast.Constant)
            ):
                # translate(context, value) of a text marked elsewhere with QT_TRANSLATE_NOOP,
                # or of catalogue content: only its context must be literal to be found.
                positions: tuple[int, ...] = (0,)
            else:
                positions = _LITERAL_ARGS[name]
            where = f"{path.relative_to(ROOT)}:{node.lineno}"
            if name == "tr" and isinstance(node.func, ast.Name):
                problems.append(f"{where}: bare tr() has no context; use self.tr or translate")
            for index in positions:
                if index < len(node.args):
                    arg = node.args[index]
                    if not (isinstance(arg, ast.Constant) and isinstance(arg.value, str)):
                        if name == "translate" and path.name in _FORWARDERS:
                            continue
                        problems.append(f"{where}: {name}() argument {index + 1} is not a literal")
            if name == "translate" and len(node.args) >= 4 and path.name not in _FORWARDERS:
                # lupdate marks a translate() message as plural only when its count is a
                # literal number; with a variable the Spanish plural form is never used.
                problems.append(f"{where}: a count through translate(); use self.tr(text, '', n)")
            if any(k.arg == "n" for k in node.keywords):
                problems.append(
                    f"{where}: {name}(n=...) is invisible to lupdate; pass n positionally"
                )
    assert problems == []


def _messages(ts_file: Path) -> dict[tuple[str, str, str], ET.Element]:
    """Every message by (context, source, disambiguation): "Skipped" the column and
    "Skipped" the set are two messages, each to be translated."""
    root = ET.parse(ts_file).getroot()
    found = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            found[key] = message
    return found


@pytest.fixture(scope="module")
def fresh_sources(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """What lupdate finds in today's code, in a copy of the translations folder."""
    copy = tmp_path_factory.mktemp("ts") / "translations"
    shutil.copytree(TS_ROOT, copy)
    script.update(script.languages(), [], ts_root=copy)
    return copy


def _ts_files() -> list[Path]:
    return sorted(TS_ROOT.glob("*/*.ts"))


def test_there_is_a_spanish_translation_of_every_area() -> None:
    areas = {p.stem for p in (TS_ROOT / "es").glob("*.ts")}
    assert areas == {*script.AREAS, script.CONTENT}


@pytest.mark.parametrize("ts_file", _ts_files(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_each_ts_file_holds_exactly_the_strings_in_the_code(
    ts_file: Path, fresh_sources: Path
) -> None:
    """Run scripts/translations.py update after changing a shown string, then translate it."""
    current = set(_messages(fresh_sources / ts_file.parent.name / ts_file.name))
    kept = set(_messages(ts_file))
    assert sorted(current - kept) == [], "new strings not in the .ts"
    assert sorted(kept - current) == [], "strings in the .ts no longer in the code"


_PLACEHOLDERS = re.compile(r"%[1-9]|<[^>]+>")


@pytest.mark.parametrize("ts_file", _ts_files(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_message_is_translated_with_the_same_placeholders(ts_file: Path) -> None:
    problems: list[str] = []
    for (context, source, _comment), message in _messages(ts_file).items():
        translation = message.find("translation")
        assert translation is not None
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        if translation.get("type") == "unfinished" or not all(form.strip() for form in forms):
            problems.append(f"untranslated: [{context}] {source!r}")
            continue
        expected = sorted(set(_PLACEHOLDERS.findall(source)))
        for form in forms:
            if sorted(set(_PLACEHOLDERS.findall(form))) != expected:
                problems.append(f"placeholders differ: [{context}] {source!r} -> {form!r}")
    assert problems == []
