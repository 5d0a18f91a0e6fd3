"""The `kb` command line: wires commands to the library, nothing more.

Every failure the user can act on is a `KbError`: `run()` prints it as one line on stderr and
exits with its code (2 usage, 5 server unavailable, 6 server management, 7 output, 130
interrupted; see kb/errors.py). Errors of the Neo4j driver that say the server's state (a
database that cannot serve, a server that went away) are translated by kb.store.session.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sys
from pathlib import Path
from typing import Annotated, NoReturn

import typer

from kb import server
from kb.errors import Interrupted, KbError, OutputError, ServerUnavailable, UsageError

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

app = typer.Typer(
    help="Knowledge base of Party-building-led epidemic prevention, read from news reports.",
    pretty_exceptions_enable=False,
)
server_app = typer.Typer(help="The local Neo4j server (installed from Maven Central under $KB_HOME).")
app.add_typer(server_app, name="server")


@app.callback(invoke_without_command=True)
def main(ctx: typer.Context) -> None:
    """Read reports, extract facts with evidence, load them into Neo4j, ask questions."""
    if ctx.invoked_subcommand is None:
        typer.echo(ctx.get_help())


def run() -> None:
    """Console entry point: every failure is one line on stderr and a distinct exit code."""
    try:
        _refuse_undecodable(sys.argv[1:])
        code = app(standalone_mode=False)
        if code == Interrupted.exit_code:  # Typer turns Ctrl-C into a silent Exit(130)
            raise Interrupted("interrupted")
        sys.stdout.flush()  # here, not at exit, so that a full device is reported like the rest
    except KbError as exc:
        _fail(exc)
    except (typer.Abort, KeyboardInterrupt):
        _fail(Interrupted("interrupted"))
    except OSError as exc:
        # Writing stdout failed (a file's own errors name the file, and kb reports those itself).
        if exc.filename is not None or exc.errno not in _OUTPUT_ERRNOS:
            raise
        _silence_stdout()
        if exc.errno == errno.EPIPE:  # the reader stopped reading (`| head`): nothing to tell
            sys.exit(1)
        _fail(OutputError(f"could not write the output: {exc.strerror}"))
    except Exception as exc:
        if type(exc).__module__.startswith("neo4j"):
            from kb.store.session import as_kb_error

            translated = as_kb_error(exc)
            if translated is None:
                raise
            _fail(translated)
        # Click's usage errors (Typer vendors Click, so match by origin, not by class).
        if not type(exc).__module__.startswith(("click", "typer")) or not hasattr(exc, "format_message"):
            raise
        typer.echo(f"kb: {exc.format_message()} (see `kb --help`)", err=True)
        sys.exit(getattr(exc, "exit_code", 2))
    sys.exit(code if isinstance(code, int) else 0)


_OUTPUT_ERRNOS = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO, errno.EPIPE}


def _fail(exc: KbError) -> NoReturn:
    typer.echo(f"kb: {exc}", err=True)
    sys.exit(exc.exit_code)


def _refuse_undecodable(args: list[str]) -> None:
    """Python hands over bytes that are not UTF-8 as lone surrogates, which no library can
    encode again (the text converter, the driver): refuse them here, by position."""
    for position, arg in enumerate(args, 1):
        try:
            arg.encode("utf-8")
        except UnicodeEncodeError:
            raw = os.fsencode(arg)
            raise UsageError(
                f"argument {position} ({raw!r}) is not UTF-8 text: give names and paths in UTF-8"
            ) from None


def _silence_stdout() -> None:
    """Point fd 1 at /dev/null so that the interpreter's last flush of what could not be
    written fails no more (it would print its own traceback-like lines at exit)."""
    with contextlib.suppress(OSError, ValueError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def _echo_err(message: str) -> None:
    typer.echo(message, err=True)


# ---------------------------------------------------------------- kb server …


@server_app.command("install")
def server_install() -> None:
    """Fetch Neo4j Community from Maven Central and set a random password (once)."""
    if server.install(echo=_echo_err):
        typer.echo(f"Installed Neo4j {server.NEO4J_VERSION} in {server.Layout.default().home}")
    else:
        typer.echo(f"Neo4j {server.NEO4J_VERSION} is already installed in {server.Layout.default().home}")


@server_app.command("start")
def server_start() -> None:
    """Start the local server (installing it first if needed); returns when Bolt answers."""
    st = server.start(echo=_echo_err)
    typer.echo(f"Neo4j {st.version or server.NEO4J_VERSION} {st.edition or ''} is running: {st.bolt}  {st.http}/browser/")


@server_app.command("stop")
def server_stop() -> None:
    """Stop the server that `kb server start` started (and only that one)."""
    typer.echo("Neo4j stopped" if server.stop() else "no server of ours was running")


@server_app.command("status")
def server_status(json_output: bool = typer.Option(False, "--json", help="Print JSON.")) -> None:
    """Say whether the local server is installed and running, and where."""
    import dataclasses
    import json

    st = server.status()
    if json_output:
        typer.echo(json.dumps(dataclasses.asdict(st)))
    elif st.running and st.version is None:
        typer.echo(f"running (pid {st.pid}) but not answering on {st.bolt}: frozen or overloaded")
    elif st.running:
        typer.echo(f"running: Neo4j {st.version} {st.edition} (pid {st.pid}) on {st.bolt} and {st.http}")
    else:
        typer.echo(f"not running (installed: {'yes' if st.installed else 'no'}; home {st.home})")
    if not st.running:
        raise typer.Exit(1)
    if st.version is None:  # the process is there, the database does not answer
        raise typer.Exit(ServerUnavailable.exit_code)


@server_app.command("password")
def server_password() -> None:
    """Print the local server's password (it is never printed unless asked for)."""
    typer.echo(server.password())


# ---------------------------------------------------------------- kb up


@app.command("up")
def up(
    question: str = typer.Option("郭家娄居民区", "--name", help="The community or site of the sample question."),
) -> None:
    """Start the local Neo4j (installing it if needed), load seeds/, answer a sample question."""
    st = server.start(echo=_echo_err)
    typer.echo(f"Neo4j {st.version} {st.edition} is running on {st.bolt}")
    load([str(SEEDS)], reset=False, json_output=False)
    typer.echo(f"\n$ kb pairs {question}")
    query("pairs-with", question, False, False)
    typer.echo(f"\nNeo4j Browser: {st.http}/browser/  (user neo4j; password: `kb server password`)")


# ---------------------------------------------------------------- kb load / query / cypher / browser

QUERY_EXIT_CODES = (
    "Exit codes: 0 answered; 1 empty result; 2 usage or bad input (in `kb cypher` also a statement it "
    "refuses or one that ran over its time limit); "
    "3 unknown name; 4 ambiguous name (the candidates are listed); 5 Neo4j unavailable."
)


def _connect():
    """(driver, database) for the configured server; ServerUnavailable if it does not answer."""
    from kb.config import connection_settings
    from kb.store.session import connect

    settings = connection_settings()
    return connect(settings), settings.database


def _report_reading(reading) -> None:
    """One line per file not read, or read without report text, on stderr. When no file could
    be read at all, that is a usage error (exit 2), raised before anything is written."""
    from kb.errors import UsageError

    if reading.skipped and not reading.files:
        (file, why), more = reading.skipped[0], len(reading.skipped) - 1
        raise UsageError(f"{file}: {why}" + (f" (and {more} more files could not be read)" if more else ""))
    for file, why in reading.skipped:
        _echo_err(f"kb: skipped {file}: {why}")
    for file in reading.empty:
        _echo_err(f"kb: warning: {file}: no report text in it (page furniture only?), no article")


def _finish(reading) -> None:
    """Exit SKIPPED_FILES when files were skipped: the rest was done, but not everything."""
    from kb.errors import SKIPPED_FILES

    if reading.skipped:
        raise typer.Exit(SKIPPED_FILES)


@app.command("load")
def load(
    paths: Annotated[list[str], typer.Argument(help="Report files or directories of them.")],
    reset: bool = typer.Option(False, "--reset", help="Empty the graph first (after extraction succeeded)."),
    prune: bool = typer.Option(False, "--prune", help="Remove the facts of files no longer under the directories given."),
    strict: bool = typer.Option(False, "--strict", help="Refuse the whole load if any file cannot be read."),
    workers: int = typer.Option(0, "--workers", help="Processes that read and extract (0: one per core)."),
    json_output: bool = typer.Option(False, "--json", help="Print a machine-readable summary."),
) -> None:
    """Extract facts from reports and write them to Neo4j (idempotent; a changed file replaces its facts;
    a copy of a stored report is recognised and only noted)."""
    import time

    from rich.console import Console
    from rich.progress import MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from kb import pipeline, present
    from kb.errors import UsageError
    from kb.store import writer

    missing = [p for p in paths if not Path(p).exists()]
    if missing:
        raise UsageError(f"no such file or directory: {missing[0]}")
    if strict:  # refuse everything before anything is written
        pipeline.check_readable(paths)
    driver, database = _connect()  # before the work: a server that is down is said at once
    err = Console(stderr=True)
    reading = pipeline.Reading()
    started = time.perf_counter()
    files = pipeline.expand_paths(paths, None if strict else reading)  # a directory without reports: said now
    with driver:
        parts = pipeline.iter_extractions(files, reading, strict=strict, workers=workers or os.cpu_count() or 1)

        def before_first() -> None:
            if reset:  # once the first report is read and extracted: unreadable input empties nothing
                writer.reset(driver, database=database)

        columns = (TextColumn("{task.description}"), MofNCompleteColumn(), TimeElapsedColumn())
        with Progress(*columns, console=err, transient=True) as bar:
            task = bar.add_task("reading", total=None)

            def advance(file: str, done: int, total: int) -> None:
                bar.update(task, completed=done, description=f"articles: {file}")

            summary = writer.write_extractions(driver, parts, database=database, progress=advance,
                                               before_first=before_first)
        _report_reading(reading)
        if prune:
            under = [Path(p) for p in paths if Path(p).is_dir()]
            present_files = pipeline.expand_paths(under, pipeline.Reading())  # unreadable is not gone
            summary.pruned = writer.prune(driver, under, present_files, database=database)
            summary.graph_articles = writer.graph_counts(driver, database=database)["Article"]
    extract_seconds = time.perf_counter() - started - summary.seconds
    summary.extract_seconds = extract_seconds
    summary.reading = reading
    present.print_load_summary(summary, as_json=json_output)
    _finish(reading)


@app.command("extract")
def extract(
    paths: Annotated[list[str], typer.Argument(help="Report files or directories of them (*.txt).")],
    json_output: bool = typer.Option(False, "--json", help="Print the JSON export (ONTOLOGY.md)."),
    explain: bool = typer.Option(False, "--explain", help="Print each sentence with what each rule found."),
    strict: bool = typer.Option(False, "--strict", help="Refuse the whole run if any file cannot be read."),
    workers: int = typer.Option(0, "--workers", help="Processes that read and extract (0: one per core)."),
) -> None:
    """Extract entities, relations and counted facts from reports; no database needed (the output
    is the same for any number of workers)."""
    import json

    from kb import pipeline, present

    reading = pipeline.Reading()
    if explain:
        present.print_explain(pipeline.iter_facts(paths, reading, strict=strict))
        _report_reading(reading)
        _finish(reading)
        return
    extraction = pipeline.extract_paths(paths, reading, strict=strict, workers=workers or os.cpu_count() or 1)
    _report_reading(reading)
    if json_output:
        typer.echo(json.dumps(extraction.export(), ensure_ascii=False))
    else:
        present.print_extraction_summary(extraction)
        if reading.copies:
            typer.echo(f"{len(reading.copies)} files were copies of reports read before (extracted once)")
    _finish(reading)


@app.command("query", help="Ask a canned question (cypher/queries/NAME.cypher) about a named entity.\n\n"
                           + QUERY_EXIT_CODES)  # fmt: skip
def query(
    question: str = typer.Argument(None, help="The question: pairs-with, person, hierarchy, mechanisms, stats, evidence, search."),
    entity: str = typer.Option(None, "--name", "-n", help="The entity (Simplified or Traditional; forgiving)."),
    list_: bool = typer.Option(False, "--list", help="List the canned questions and their parameters."),
    json_output: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    from kb import present
    from kb.errors import UsageError
    from kb.store import queries

    if list_:
        present.print_query_list(queries.list_queries(), as_json=json_output)
        return
    if not question or entity is None:
        raise UsageError("usage: kb query QUESTION --name TEXT [--json]  (kb query --list lists the questions)")
    queries.check_question(question, entity)
    driver, database = _connect()
    with driver:
        result = queries.run_query(driver, question, entity, database=database)
    present.print_query_result(result, as_json=json_output)


@app.command("pairs", help="Shortcut for `kb query pairs-with --name TEXT`.\n\n" + QUERY_EXIT_CODES)
def pairs(
    text: str = typer.Argument(..., help="A community or site (an alias such as 二号方舱 works)."),
    json_output: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    query("pairs-with", text, False, json_output)


@app.command("search", help="Shortcut for `kb query search --name TEXT`.\n\n" + QUERY_EXIT_CODES)
def search(
    text: str = typer.Argument(..., help="Part of a name or alias."),
    json_output: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    query("search", text, False, json_output)


@app.command("cypher", help="Run your own read query: no writes, LOAD CSV, SHOW/TERMINATE, administration or "
                            "procedures off the allow-list; stopped after KB_CYPHER_TIMEOUT seconds (30).\n\n"
                            + QUERY_EXIT_CODES)  # fmt: skip
def cypher_command(
    statement: str = typer.Argument(..., help='e.g. "MATCH (c:Community) RETURN c.name LIMIT 5"'),
    param: Annotated[
        list[str] | None, typer.Option("--param", "-p", help="k=v (JSON values are parsed: 3, [1,2], true).")
    ] = None,
    json_output: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    from kb import present
    from kb.errors import UsageError
    from kb.store import queries

    if not statement.strip():
        raise UsageError("empty Cypher statement")
    params = queries.parse_params(param or [])
    driver, database = _connect()
    with driver:
        result = queries.run_cypher(driver, statement, params, database=database)
    if result.truncated:
        _echo_err(f"kb: only the first {len(result.rows)} rows are shown: add LIMIT (and SKIP to page)")
    if json_output:
        present.print_json(result.rows)
    else:
        present.print_rows(f"{len(result.rows)} rows", result.columns, result.rows)


@app.command("browser")
def browser(json_output: bool = typer.Option(False, "--json", help="Print JSON.")) -> None:
    """Print the Neo4j Browser's URL, how to log in and where the style file is."""
    from kb import present
    from kb.browser import browser_info

    info = browser_info()
    if json_output:
        present.print_json(info.export())
        return
    typer.echo(f"Open        {info.url}")
    typer.echo(f"Connect URL {info.connect_url}")
    typer.echo(f"User        {info.user}")
    typer.echo(f"Password    {info.password_hint}")
    typer.echo(f"Style       type :style and paste {info.style} after it, or drop the file on the panel")
