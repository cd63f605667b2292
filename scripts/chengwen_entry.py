"""Entry point of the PyInstaller bundle: the same as the `chengwen` console script."""

import multiprocessing
import sys

from app.cli import main

if __name__ == "__main__":
    # the bundle starts its worker processes (app/jobs.py, 'spawn') by running itself again:
    # freeze_support turns such a start into the worker instead of a second program
    multiprocessing.freeze_support()
    sys.exit(main())
