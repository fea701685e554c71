"""Fixtures for the motion tests: one parametrised fixture per built-in animation."""

from __future__ import annotations

import pytest

from mobility_app.catalog.builtin import ARTICLE_ORDER
from mobility_app.motion import Animation

BUILTIN_IDS = ARTICLE_ORDER


@pytest.fixture(params=BUILTIN_IDS)
def animation(request, animations) -> Animation:
    return animations[request.param]
