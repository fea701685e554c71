"""Ankle Mobility: learn ankle dorsiflexion exercises and track the knee-to-wall test."""

__version__ = "0.1.0"
APP_NAME = "Ankle Mobility"
# Directory and organisation names used by platformdirs and QSettings.
APP_ID = "ankle-mobility"
