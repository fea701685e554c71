"""`python -m mobility_app` runs the same entry point as the installed `mobility-app`."""

import sys

from mobility_app.cli import main

sys.exit(main())
