"""Where the app's log goes: the data directory's chengwen.log, never stderr.

The one place ui/ names the log file. app/logs.py (`setup_logging(data_dir)`, `log_path(data_dir)`)
is landing from the workflow engineer with the same two names; when it is merged, this module
becomes an import of those two (nothing else in ui/ needs to change)."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

LOG_NAME = "chengwen.log"
MAX_BYTES = 1_000_000
BACKUPS = 3
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
_HANDLER_NAME = "chengwen-file"


def log_path(data_dir: Path) -> Path:
    """The log file of a data directory."""
    return Path(data_dir) / LOG_NAME


class _QuietFileHandler(logging.handlers.RotatingFileHandler):
    """A log that cannot be written (a full disk) drops the record instead of printing a
    "--- Logging error ---" traceback to stderr: logging must never disturb the clerk."""

    def handleError(self, record: logging.LogRecord) -> None:
        pass


def setup_logging(data_dir: Path, level: int = logging.INFO) -> Path | None:
    """Send the root logger to the data directory's log (replacing an earlier one of ours);
    None when the directory cannot take a log (records are then dropped)."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if handler.get_name() == _HANDLER_NAME:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)
    path = log_path(data_dir)
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        handler = _QuietFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=True)
    except OSError:
        dropped = logging.NullHandler()
        dropped.set_name(_HANDLER_NAME)
        root.addHandler(dropped)
        return None
    handler.set_name(_HANDLER_NAME)
    handler.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(handler)
    return path
