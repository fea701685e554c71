"""Every directory the app reads or writes, resolved once (platformdirs, or --data-dir)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from mobility_app import APP_ID

DATABASE_NAME = "mobility.sqlite3"


@dataclass(frozen=True)
class AppPaths:
    """Where things live. With --data-dir everything the app writes is under that one folder."""

    data_dir: Path
    config_dir: Path
    log_dir: Path

    @property
    def database(self) -> Path:
        return self.data_dir / DATABASE_NAME

    @property
    def backup_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def custom_exercises_dir(self) -> Path:
        return self.data_dir / "exercises"

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.ini"

    @property
    def crash_dir(self) -> Path:
        return self.log_dir

    def writable_dirs(self) -> tuple[Path, ...]:
        return (self.data_dir, self.config_dir, self.log_dir)


def resolve(data_dir: Path | str | None = None) -> AppPaths:
    """Resolve the app's directories; nothing is created here.

    platformdirs (the maintained successor of appdirs) gives each platform's convention:
    ~/.local/share/ankle-mobility on Linux, %LOCALAPPDATA%\\ankle-mobility on Windows,
    ~/Library/Application Support/ankle-mobility on macOS.
    """
    if data_dir is not None:
        root = Path(data_dir).expanduser().resolve()
        return AppPaths(data_dir=root, config_dir=root, log_dir=root / "logs")
    import platformdirs  # imported here: only the default route needs it

    dirs = platformdirs.PlatformDirs(APP_ID, appauthor=False)
    return AppPaths(
        data_dir=Path(dirs.user_data_dir),
        config_dir=Path(dirs.user_config_dir),
        log_dir=Path(dirs.user_log_dir),
    )


def assets_dir() -> Path:
    """The bundled assets: inside the package when installed from a wheel, else the checkout's."""
    package = Path(__file__).resolve().parent
    installed = package / "assets"
    return installed if installed.is_dir() else package.parent / "assets"


def builtin_exercises_dir() -> Path:
    return assets_dir() / "exercises"
