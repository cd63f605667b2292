"""`python -m app` runs the CLI (and, with no arguments, the desktop app)."""

import sys

from app.cli import main

sys.exit(main())
