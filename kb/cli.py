"""The `kb` command line: wires commands to the library, nothing more.

Every failure the user can act on is a `KbError`: `run()` prints it as one line on stderr and
exits with its code (2 usage, 5 server unavailable, 6 server management; see kb/errors.py).
"""

from __future__ import annotations

import sys

import typer

from kb import server
from kb.errors import KbError

app = typer.Typer(
    help="Knowledge base of Party-building-led epidemic prevention, read from news reports.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
server_app = typer.Typer(help="The local Neo4j server (installed from Maven Central under $KB_HOME).")
app.add_typer(server_app, name="server")


def run() -> None:
    """Console entry point."""
    try:
        app()
    except KbError as exc:
        typer.echo(f"kb: {exc}", err=True)
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        typer.echo("kb: interrupted", err=True)
        sys.exit(130)


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
    elif st.running:
        typer.echo(f"running: Neo4j {st.version} {st.edition} (pid {st.pid}) on {st.bolt} and {st.http}")
    else:
        typer.echo(f"not running (installed: {'yes' if st.installed else 'no'}; home {st.home})")
    if not st.running:
        raise typer.Exit(1)


@server_app.command("password")
def server_password() -> None:
    """Print the local server's password (it is never printed unless asked for)."""
    typer.echo(server.password())


# ---------------------------------------------------------------- kb up


@app.command("up")
def up() -> None:
    """Start the local Neo4j (installing it if needed), load seeds/, answer a sample question."""
    st = server.start(echo=_echo_err)
    typer.echo(f"Neo4j {st.version} {st.edition} is running on {st.bolt}")
    typer.echo("The loader (`kb load`) is not built yet: stopping after the server start.")
    typer.echo(f"Neo4j Browser: {st.http}/browser/  (user neo4j; password: `kb server password`)")
