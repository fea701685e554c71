"""Knee-to-wall test logic: units, validation, trial results and honest interpretation (pure)."""
