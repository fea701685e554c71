"""Exercise catalogue: the content model and the validating loader for exercise files."""

from mobility_app.catalog.loader import Catalog, CatalogProblem, load_catalog, load_entry
from mobility_app.catalog.model import Dose, Entry, TempoPhase, TestProtocol

__all__ = [
    "Catalog",
    "CatalogProblem",
    "Dose",
    "Entry",
    "TempoPhase",
    "TestProtocol",
    "load_catalog",
    "load_entry",
]
