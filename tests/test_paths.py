"""Directories: --data-dir overrides everything; defaults follow the platform; tests stay out."""

from pathlib import Path

from mobility_app import paths


def test_data_dir_override_holds_every_written_file(tmp_path):
    where = paths.resolve(tmp_path / "d")
    for folder in (*where.writable_dirs(), where.backup_dir, where.custom_exercises_dir):
        assert folder.is_relative_to(tmp_path / "d")
    assert where.database.parent == tmp_path / "d"
    assert where.settings_file.is_relative_to(tmp_path / "d")


def test_default_dirs_follow_xdg_and_never_the_real_home(tmp_path, monkeypatch):
    # conftest points HOME and XDG_* at a temporary folder for every test.
    where = paths.resolve()
    home = Path.home()
    assert "pytest" in str(home) or str(home).startswith(str(Path("/tmp")))
    assert where.data_dir.is_relative_to(home) and where.data_dir.name == "ankle-mobility"


def test_resolve_creates_nothing(tmp_path):
    paths.resolve(tmp_path / "not-yet")
    assert not (tmp_path / "not-yet").exists()


def test_assets_are_found():
    assert (paths.builtin_exercises_dir() / "wall-lean.toml").is_file()
