"""The `kb` command line: wires commands to the library, nothing more.

Every failure the user can act on is a `KbError`: `run()` prints it as one line on stderr and
exits with its code (2 usage, 5 server unavailable, 6 server management, 7 output, 130
interrupted; see kb/errors.py); with `--json` anywhere on the line the failure is one JSON object
on stderr instead. Errors of the Neo4j driver that say the server's state (a
database that cannot serve, a server that went away) are translated by kb.store.session.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, NoReturn

import typer

from kb import server
from kb.errors import Interrupted, KbError, OutputError, ServerUnavailable, UsageError

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

# Plain Click help (rich_markup_mode=None): Typer's Rich help gives every flag a `<bool>` metavar,
# and plain help is also quicker to print.
app = typer.Typer(
    help="Knowledge base of Party-building-led epidemic prevention, read from news reports.",
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)
server_app = typer.Typer(help="The local Neo4j server (installed from Maven Central under $KB_HOME).",
                         rich_markup_mode=None)
app.add_typer(server_app, name="server")


def _print_version(value: bool) -> None:
    if value:
        from importlib.metadata import version

        typer.echo(f"kb {version('kb')}")
        raise typer.Exit()


@app.callback(invoke_without_command=True)
def main(
    ctx: typer.Context,
    _version: bool = typer.Option(False, "--version", callback=_print_version, is_eager=True,
                                  help="Print kb's version and exit."),
) -> None:
    """Read reports, extract facts with evidence, load them into Neo4j, ask questions."""
    if ctx.invoked_subcommand is None:
        typer.echo(ctx.get_help())


def run() -> None:
    """Console entry point: every failure is one line on stderr and a distinct exit code."""
    global _json_errors
    _json_errors = "--json" in sys.argv[1:]
    _hide_dataframe_libraries(sys.argv[1:])
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
        code = getattr(exc, "exit_code", 2)
        _say_error(f"{exc.format_message()} (see `kb --help`)", code, "UsageError")
        sys.exit(code)
    sys.exit(code if isinstance(code, int) else 0)


_OUTPUT_ERRNOS = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO, errno.EPIPE}


_json_errors = False  # `--json` was given: failures are JSON too


def _say_error(message: str, code: int, kind: str) -> None:
    """One line on stderr: `kb: …`, or with --json `{"error": {"code", "kind", "message"}}`."""
    if _json_errors:
        import json

        typer.echo(json.dumps({"error": {"code": code, "kind": kind, "message": message}},
                              ensure_ascii=False), err=True)
    else:
        typer.echo(f"kb: {message}", err=True)


def _fail(exc: KbError) -> NoReturn:
    _say_error(str(exc), exc.exit_code, type(exc).__name__)
    sys.exit(exc.exit_code)


# Commands that only speak to Neo4j. The driver imports numpy, pandas and pyarrow whenever they are
# installed (neo4j._optional_deps, for DataFrames kb never builds), which doubles the start-up of
# `kb pairs` (0.46 s -> 0.9 s); an entry of None in sys.modules makes those imports fail, so the
# driver goes without. Extraction needs numpy (the LAC model), so load/extract/up keep them.
_QUERY_COMMANDS = {"query", "pairs", "search", "cypher", "browser", "server"}


def _hide_dataframe_libraries(args: list[str]) -> None:
    command = next((a for a in args if not a.startswith("-")), None)
    if command in _QUERY_COMMANDS:
        for name in ("numpy", "pandas", "pyarrow"):
            sys.modules.setdefault(name, None)  # type: ignore[arg-type]


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


JSON_OPTION = typer.Option(False, "--json", help="Print JSON (and failures as JSON on stderr).")


def _echo_json(data: object) -> None:
    import json

    typer.echo(json.dumps(data, ensure_ascii=False))


def _status_json(st: server.Status) -> dict:
    import dataclasses

    return dataclasses.asdict(st)


@server_app.command("install")
def server_install(json_output: bool = JSON_OPTION) -> None:
    """Fetch Neo4j Community from Maven Central and set a random password (once)."""
    installed = server.install(echo=_echo_err)
    home = str(server.Layout.default().home)
    if json_output:
        _echo_json({"installed": installed, "already_installed": not installed,
                    "version": server.NEO4J_VERSION, "home": home})
    elif installed:
        typer.echo(f"Installed Neo4j {server.NEO4J_VERSION} in {home}")
    else:
        typer.echo(f"Neo4j {server.NEO4J_VERSION} is already installed in {home}")


@server_app.command("start")
def server_start(json_output: bool = JSON_OPTION) -> None:
    """Start the local server (installing it first if needed); returns when Bolt answers."""
    st = server.start(echo=_echo_err)
    if json_output:
        _echo_json(_status_json(st))
    else:
        typer.echo(f"Neo4j {st.version or server.NEO4J_VERSION} {st.edition or ''} is running: {st.bolt}  {st.http}/browser/")


@server_app.command("stop")
def server_stop(json_output: bool = JSON_OPTION) -> None:
    """Stop the server that `kb server start` started (and only that one)."""
    stopped = server.stop()
    if json_output:
        _echo_json({"stopped": stopped})
    else:
        typer.echo("Neo4j stopped" if stopped else "no server of ours was running")


@server_app.command("status")
def server_status(json_output: bool = JSON_OPTION) -> None:
    """Say whether the local server is installed and running, and where."""
    st = server.status()
    if json_output:
        _echo_json(_status_json(st))
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
def server_password(json_output: bool = JSON_OPTION) -> None:
    """Print the local server's password (it is never printed unless asked for)."""
    if json_output:
        _echo_json({"password": server.password()})
    else:
        typer.echo(server.password())


# ---------------------------------------------------------------- kb up


@app.command("up")
def up(
    question: str = typer.Option("郭家娄居民区", "--name", help="The community or site of the sample question."),
    json_output: bool = JSON_OPTION,
) -> None:
    """Start the local Neo4j (installing it if needed), load seeds/, answer a sample question
    (with --json: one object with the server's status, the load summary and the answer)."""
    st = server.start(echo=_echo_err)
    if json_output:
        import io
        import json

        from kb import present

        captured = io.StringIO()  # load's own JSON summary becomes a part of the one object
        with contextlib.redirect_stdout(captured):
            load([str(SEEDS)], reset=False, prune=False, strict=False, workers=0, dask=None, bulk=False, json_output=True)
        result = _ask("pairs-with", question)
        present.print_json({"server": _status_json(st), "load": json.loads(captured.getvalue()),
                            "answer": result.export(), "browser": f"{st.http}/browser/"})
        return
    typer.echo(f"Neo4j {st.version} {st.edition} is running on {st.bolt}")
    load([str(SEEDS)], reset=False, prune=False, strict=False, workers=0, dask=None, bulk=False, json_output=False)
    typer.echo(f"\n$ kb pairs {question}")
    _answer("pairs-with", question, Output())
    typer.echo(f"\nNeo4j Browser: {st.http}/browser/  (user neo4j; password: `kb server password`)")


def _ask(question: str, entity: str):
    from kb.store import queries

    queries.check_question(question, entity)
    driver, database = _connect()
    with driver:
        return queries.run_query(driver, question, entity, database=database)


# ---------------------------------------------------------------- kb load / query / cypher / browser

QUERY_EXIT_CODES = (
    "Exit codes: 0 answered; 1 empty result; 2 usage or bad input (in `kb cypher` also a statement it "
    "refuses or one that ran over its time limit); "
    "3 unknown name; 4 ambiguous name (the candidates are listed); 5 Neo4j unavailable; "
    "7 the output could not be written; 9 Neo4j refused the credentials."
)


@dataclass(frozen=True)
class Output:
    """How a command's rows go out: a table (at most --limit rows, 20 when not given), JSON,
    or a CSV or Excel file (every row, or --limit of them)."""

    json: bool = False
    limit: int | None = None
    csv: str | None = None
    xlsx: str | None = None

    def __post_init__(self) -> None:  # refused before anything is asked of the server
        if self.limit is not None and self.limit < 0:
            raise UsageError(f"--limit wants a number of rows, 0 for all; got {self.limit}")
        if sum(map(bool, (self.json, self.csv, self.xlsx))) > 1:
            raise UsageError("give one of --json, --csv FILE and --xlsx FILE")

    def emit(self, result, *, table=None) -> None:
        from kb import present

        rows = result.rows[: self.limit] if self.limit else result.rows
        if self.csv or self.xlsx:
            path, kind = (self.csv, "csv") if self.csv else (self.xlsx, "xlsx")
            present.write_rows(path, kind, result.columns, rows)
            if path != "-":
                _echo_err(f"kb: wrote {len(rows)} rows to {path}")
        elif table is not None and not self.json:
            table(result, self.limit)
        else:
            present.print_query_result(result, as_json=self.json, limit=self.limit)


LIMIT_OPTION = typer.Option(None, "--limit", metavar="N", help="At most N rows (tables: 20 unless given; 0: all).")
CSV_OPTION = typer.Option(None, "--csv", metavar="FILE", help="Write the rows to a CSV file (- for stdout).")
XLSX_OPTION = typer.Option(None, "--xlsx", metavar="FILE", help="Write the rows to an Excel workbook (needs openpyxl).")


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


def _dask_engine(spec: str | None, workers: int):
    """The Dask engine `--dask` names (not started yet), or None without `--dask`."""
    if spec is None:
        return None
    from kb.pipeline_dask import DaskEngine

    return DaskEngine(spec, workers or os.cpu_count() or 1, echo=_echo_err)


@contextlib.contextmanager
def _files_bar(total: int):
    """A progress bar over files on stderr, gone when done: yields its (done, total) callback."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    columns = (TextColumn("reports"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    console = Console(stderr=True)
    with Progress(*columns, console=console, transient=True, disable=not console.is_terminal) as bar:
        task = bar.add_task("reports", total=total)
        yield lambda done, _total: bar.update(task, completed=done)


@app.command("load")
def load(
    paths: Annotated[list[str], typer.Argument(help="Report files or directories of them.")],
    reset: bool = typer.Option(False, "--reset", help="Empty the graph first (after extraction succeeded)."),
    prune: bool = typer.Option(False, "--prune", help="Remove the facts of files no longer under the directories given."),
    strict: bool = typer.Option(False, "--strict", help="Refuse the whole load if any file cannot be read."),
    workers: int = typer.Option(0, "--workers", help="Processes that read and extract (0: one per core)."),
    dask: str = typer.Option(None, "--dask", help="Read and extract on Dask: `local` (a cluster of --workers "
                             "processes) or a scheduler's address (tcp://host:8786); paths may be globs or fsspec URLs."),
    bulk: bool = typer.Option(False, "--bulk", help="First load into an empty local database: neo4j-admin import "
                              "(the server is restarted for it)."),
    json_output: bool = typer.Option(False, "--json", help="Print a machine-readable summary."),
) -> None:
    """Extract facts from reports and write them to Neo4j (idempotent; a changed file replaces its facts;
    a copy of a stored report is recognised and only noted)."""
    import time

    from rich.console import Console
    from rich.progress import MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from kb import pipeline, pipeline_dask, present
    from kb.errors import UsageError
    from kb.store import writer

    engine = _dask_engine(dask, workers)
    missing = [p for p in paths if not Path(p).exists()] if engine is None else []  # the engine expands its own
    if missing:
        raise UsageError(f"no such file or directory: {missing[0]}")
    if strict and engine:  # refuse everything before anything is written
        pipeline_dask.check_readable(engine.expand(paths))
    elif strict:
        pipeline.check_readable(paths)
    driver, database = _connect()  # before the work: a server that is down is said at once
    if bulk:  # before the work too: a database that is not empty, a server that is not ours
        from kb.config import connection_settings
        from kb.store import bulk as bulk_import

        bulk_import.check(connection_settings(), replace=reset)
    err = Console(stderr=True)
    reading = pipeline.Reading()
    started = time.perf_counter()
    note = None if strict else reading
    # a directory without reports: said now
    files = engine.expand(paths, note) if engine else pipeline.expand_paths(paths, note)
    with driver, engine or contextlib.nullcontext():
        if engine is None:
            parts = pipeline.iter_extractions(files, reading, strict=strict, workers=workers or os.cpu_count() or 1)

        def before_first() -> None:
            if reset:  # once the first report is read and extracted: unreadable input empties nothing
                writer.reset(driver, database=database)

        columns = (TextColumn("{task.description}"), MofNCompleteColumn(), TimeElapsedColumn())
        with Progress(*columns, console=err, transient=True) as bar:
            task = bar.add_task("reading", total=None)
            if engine:  # the cluster's work: files done out of all
                on_cluster = bar.add_task("reports extracted on Dask", total=len(files))
                parts = engine.extractions(files, reading, strict=strict,
                                           progress=lambda done, _: bar.update(on_cluster, completed=done))

            def advance(file: str, done: int, total: int) -> None:
                bar.update(task, completed=done, description=f"articles: {file}")

            if bulk:
                summary = bulk_import.bulk_load(connection_settings(), parts, replace=reset, progress=advance,
                                                echo=_echo_err)
            else:
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
    json_output: bool = typer.Option(False, "--json", help="Print the JSON export (ONTOLOGY.md); with "
                                     "--explain, one JSON object per article (a line each)."),
    explain: bool = typer.Option(False, "--explain", help="Print each sentence with what each rule found."),
    strict: bool = typer.Option(False, "--strict", help="Refuse the whole run if any file cannot be read."),
    workers: int = typer.Option(0, "--workers", help="Processes that read and extract (0: one per core)."),
    dask: str = typer.Option(None, "--dask", help="Read and extract on Dask: `local` (a cluster of --workers "
                             "processes) or a scheduler's address (tcp://host:8786); paths may be globs or fsspec URLs."),
) -> None:
    """Extract entities, relations and counted facts from reports; no database needed (the output
    is the same for any number of workers)."""
    import json

    from kb import pipeline, present
    from kb.resolve import merge

    reading = pipeline.Reading()
    if explain:
        present.print_explain(pipeline.iter_facts(paths, reading, strict=strict), as_json=json_output)
        _report_reading(reading)
        _finish(reading)
        return
    if engine := _dask_engine(dask, workers):
        files = engine.expand(paths, None if strict else reading)
        with engine, _files_bar(len(files)) as advance:
            extraction = merge(engine.extractions(files, reading, strict=strict, progress=advance))
    else:
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
    json_output: bool = JSON_OPTION,
    limit: int = LIMIT_OPTION,
    csv: str = CSV_OPTION,
    xlsx: str = XLSX_OPTION,
) -> None:
    from kb import present
    from kb.errors import UsageError
    from kb.store import queries

    if list_:
        present.print_query_list(queries.list_queries(), as_json=json_output)
        return
    if not question or entity is None:
        raise UsageError("usage: kb query QUESTION --name TEXT [--json]  (kb query --list lists the questions)")
    _answer(question, entity, Output(json_output, limit, csv, xlsx))


def _answer(question: str, entity: str, output: Output) -> None:
    output.emit(_ask(question, entity))


@app.command("pairs", help="Shortcut for `kb query pairs-with --name TEXT`.\n\n" + QUERY_EXIT_CODES)
def pairs(
    text: str = typer.Argument(..., metavar="NAME", help="A community or site (an alias such as 二号方舱 works)."),
    json_output: bool = JSON_OPTION,
    limit: int = LIMIT_OPTION,
    csv: str = CSV_OPTION,
    xlsx: str = XLSX_OPTION,
) -> None:
    _answer("pairs-with", text, Output(json_output, limit, csv, xlsx))


@app.command("search", help="Shortcut for `kb query search --name TEXT`.\n\n" + QUERY_EXIT_CODES)
def search(
    text: str = typer.Argument(..., metavar="TEXT", help="Part of a name or alias."),
    json_output: bool = JSON_OPTION,
    limit: int = LIMIT_OPTION,
    csv: str = CSV_OPTION,
    xlsx: str = XLSX_OPTION,
) -> None:
    _answer("search", text, Output(json_output, limit, csv, xlsx))


@app.command("cypher", help="Run your own read query: no writes, LOAD CSV, SHOW/TERMINATE, administration or "
                            "procedures off the allow-list; stopped after KB_CYPHER_TIMEOUT seconds (30).\n\n"
                            + QUERY_EXIT_CODES)  # fmt: skip
def cypher_command(
    statement: str = typer.Argument(..., help='e.g. "MATCH (c:Community) RETURN c.name LIMIT 5"'),
    param: Annotated[
        list[str] | None, typer.Option("--param", "-p", help="k=v (JSON values are parsed: 3, [1,2], true).")
    ] = None,
    json_output: bool = JSON_OPTION,
    limit: int = LIMIT_OPTION,
    csv: str = CSV_OPTION,
    xlsx: str = XLSX_OPTION,
) -> None:
    from kb import present
    from kb.errors import UsageError
    from kb.store import queries

    if not statement.strip():
        raise UsageError("empty Cypher statement")
    output = Output(json_output, limit, csv, xlsx)
    params = queries.parse_params(param or [])
    driver, database = _connect()
    with driver:
        result = queries.run_cypher(driver, statement, params, database=database)
    if result.truncated:
        _echo_err(f"kb: only the first {len(result.rows)} rows are shown: add LIMIT (and SKIP to page)")
    if not result.rows:  # as for every question: an empty answer exits 1
        raise queries.EmptyResult("cypher: the statement returned no rows")
    if json_output and not (csv or xlsx):
        rows = result.rows[:limit] if limit else result.rows
        present.print_json(rows)  # a plain list of rows, as before
        return
    output.emit(
        result, table=lambda r, n: present.print_rows(f"{len(r.rows)} rows", r.columns, r.rows, n))


@app.command("browser")
def browser(json_output: bool = JSON_OPTION) -> None:
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


@app.command("draw", help="Draw the neighbourhood of a canned question's entity as a PNG picture (legend, "
                          "every parallel relationship, the same layout every time; needs the `draw` extra).\n\n"
                          + QUERY_EXIT_CODES + " 1 also when matplotlib, networkx or the CJK font is missing; "
                          "7 the picture could not be written.")  # fmt: skip
def draw(
    question: Annotated[str, typer.Argument(help="The question whose name look-up to use: pairs-with, person, …")],
    entity: Annotated[str, typer.Option("--name", "-n", help="The entity (Simplified or Traditional; forgiving).")],
    output: Annotated[Path, typer.Option("--output", "-o", help="The PNG file to write.")],
) -> None:
    from kb import draw as drawing
    from kb.store import lookup, queries

    queries.check_question(question, entity)
    if question == "search":
        raise UsageError("`kb draw` pictures one entity: give a question about one (pairs-with, person, …)")
    drawing.require()  # before asking the server anything: a picture that cannot be drawn is said at once
    driver, database = _connect()
    with driver:
        match = lookup.resolve(driver, entity, labels=queries.LOOKUP_LABELS[question],
                               classes=question in queries.CLASS_QUESTIONS, database=database)  # fmt: skip
        hood = drawing.neighbourhood(driver, match, database)
    if not hood.edges:
        raise queries.EmptyResult(f"draw: nothing around {match.name} ({match.label})")
    drawing.render(hood, output)
    typer.echo(f"{output}: {len(hood.nodes)} nodes, {len(hood.edges)} relationships around {match.name} ({match.label})")
