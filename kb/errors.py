"""Errors that the CLI turns into one line on stderr and a distinct exit code."""


class KbError(Exception):
    """A failure the user can act on; its message is one line that says what to do."""

    exit_code = 1


class UsageError(KbError):
    exit_code = 2


class ServerUnavailable(KbError):
    """No Neo4j answers where we were told to connect."""

    exit_code = 5


# `kb load` / `kb extract` did the work, but skipped files it could not read (each was named).
SKIPPED_FILES = 7
