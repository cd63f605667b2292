"""User errors: shown as one line (exit 1 from the CLI, a message box in the app), never a traceback."""


class UserError(Exception):
    """Something the user can fix: a bad file, an unknown id, a path that cannot be written."""


class NotFound(UserError):
    pass


class DataDirLocked(UserError):
    """Another running Chengwen holds the data directory."""


class DataDirUnwritable(UserError):
    pass


class CorruptDatabase(UserError):
    """The database file cannot be read; it has been left where it is for the caller to set aside."""

    def __init__(self, message: str, path: str) -> None:
        super().__init__(message)
        self.path = path


class ReadOnlyStore(UserError):
    pass
