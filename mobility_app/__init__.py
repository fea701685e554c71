"""Ankle Mobility: learn ankle dorsiflexion exercises and track the knee-to-wall test."""

__version__ = "0.1.0"
APP_NAME = "Ankle Mobility"
# Directory and organisation names used by platformdirs and QSettings.
APP_ID = "ankle-mobility"


def display_name() -> str:
    """The program's name as the interface's language says it (APP_NAME is the English one)."""
    from mobility_app.i18n import translate

    return translate("Application", "Ankle Mobility")
