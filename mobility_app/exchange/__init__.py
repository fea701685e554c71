"""Moving results in and out: CSV and JSON files, all-or-nothing import (pure, no Qt)."""

from mobility_app.exchange.formats import CSV_COLUMNS, write_csv, write_json
from mobility_app.exchange.importer import (
    ImportRejectedError,
    ImportReport,
    LineProblem,
    import_file,
    parse_file,
)

__all__ = [
    "CSV_COLUMNS",
    "ImportRejectedError",
    "ImportReport",
    "LineProblem",
    "import_file",
    "parse_file",
    "write_csv",
    "write_json",
]
