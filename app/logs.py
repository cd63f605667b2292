"""The program's log: a rotating file in the data directory, nothing on stderr (a windowed bundle
has none, and the CLI's stderr is for one-line messages to the clerk).

setup_logging() is called once by each entry point (the CLI, the app); an unexpected error is
logged with its traceback and the clerk is told where the log file is (log_path())."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

LOG_NAME = "chengwen.log"
MAX_BYTES = 1_000_000
BACKUPS = 3  # chengwen.log.1 … .3: about 4 MB at most
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

_HANDLER_NAME = "chengwen-file"


class _QuietFileHandler(logging.handlers.RotatingFileHandler):
    """A log file that cannot be written (a full disk, a read-only folder) drops the record instead
    of printing logging's own traceback to stderr: the clerk's message must stay one line."""

    def handleError(self, record: logging.LogRecord) -> None:
        pass

    def close(self) -> None:
        try:
            super().close()  # flushes what is buffered: on a full disk that fails, and is let go
        except OSError:
            pass


def log_path(data_dir: Path) -> Path:
    """The current log file in a data directory."""
    return Path(data_dir) / LOG_NAME


def setup_logging(data_dir: Path, level: int = logging.INFO) -> Path | None:
    """Send the root logger to the rotating log in `data_dir` (and nowhere else). Calling it again
    moves the log to the new directory. Returns the log path, or None when the directory cannot
    be written (then records are dropped: logging must never stop the program)."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        # our own earlier file, and the stderr handler a library's logging.basicConfig() may add
        if handler.get_name() == _HANDLER_NAME or type(handler) is logging.StreamHandler:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)
    path = log_path(data_dir)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = _QuietFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS,
                                                       encoding="utf-8", delay=True)
    except OSError:
        root.addHandler(logging.NullHandler())
        return None
    handler.set_name(_HANDLER_NAME)
    handler.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(handler)
    return path
