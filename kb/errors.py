"""Errors that the CLI turns into one line on stderr and a distinct exit code.

The codes (README, "Exit codes"): 1 a failure with no code of its own (and an empty result);
2 usage or bad input; 3 unknown name and 4 ambiguous name (kb.store.lookup); 5 Neo4j
unavailable; 6 the local server could not be managed (kb.server); 7 the output could not be
written; 8 files skipped; 9 Neo4j refused the credentials; 130 interrupted (Ctrl-C).

With `--json`, the CLI writes a failure as one JSON object on stderr instead:
`{"error": {"code": 3, "kind": "UnknownName", "message": "…"}}`.
"""


class KbError(Exception):
    """A failure the user can act on; its message is one line that says what to do."""

    exit_code = 1


class UsageError(KbError):
    exit_code = 2


class ServerUnavailable(KbError):
    """No Neo4j answers where we were told to connect, or its database cannot serve."""

    exit_code = 5


class AuthFailed(KbError):
    """Neo4j answered but refused the user name or password (not the same as an empty answer)."""

    exit_code = 9


class OutputError(KbError):
    """Standard output refused what kb wrote (a full disk, a device that takes nothing)."""

    exit_code = 7


class Interrupted(KbError):
    """Ctrl-C (SIGINT): the shell's convention, 128 + the signal's number."""

    exit_code = 130


# `kb load` / `kb extract` did the work, but skipped files it could not read (each was named).
SKIPPED_FILES = 8
