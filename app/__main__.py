"""`python -m app` runs the CLI (and, with no arguments, the desktop app)."""

import multiprocessing
import sys

from app.cli import main

if __name__ == "__main__":
    # a frozen (PyInstaller) program starts its worker processes through this entry point (app/jobs.py)
    multiprocessing.freeze_support()
    sys.exit(main())
