"""The real catalogue, loaded once for the routine tests."""

import pytest

from mobility_app import paths
from mobility_app.catalog import Catalog, load_catalog
from mobility_app.catalog.builtin import ARTICLE_ORDER


@pytest.fixture(scope="session")
def catalog() -> Catalog:
    return load_catalog(paths.builtin_exercises_dir(), None, ARTICLE_ORDER)
