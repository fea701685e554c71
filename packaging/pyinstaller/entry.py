"""PyInstaller's entry script for the bundle: the same `main` as the `mobility-app` command.

A script of its own (not mobility_app/__main__.py) because PyInstaller puts the entry script's
folder on the module search path, which for __main__.py would expose the package's modules as
top-level ones.
"""

import sys

from mobility_app.cli import main

if __name__ == "__main__":
    sys.exit(main())
