"""Shared fixtures for widget tests."""

import pytest

from mobility_app import paths
from mobility_app.catalog import load_catalog
from mobility_app.catalog.builtin import ARTICLE_ORDER


@pytest.fixture(scope="session")
def catalog():
    return load_catalog(paths.builtin_exercises_dir(), None, ARTICLE_ORDER)
