"""Exercise catalogue: the content model and the validating loader for exercise files."""

from mobility_app.catalog.animation import entry_animation
from mobility_app.catalog.loader import Catalog, CatalogProblem, load_catalog, load_entry
from mobility_app.catalog.model import Dose, Entry, TempoPhase, TestProtocol

__all__ = [
    "Catalog",
    "CatalogProblem",
    "Dose",
    "Entry",
    "TempoPhase",
    "TestProtocol",
    "entry_animation",
    "load_catalog",
    "load_entry",
]
