"""The `kb` command line: wires commands to the library, nothing more."""

import typer

app = typer.Typer(help="Knowledge base of Party-building-led epidemic prevention, read from news reports.")


@app.callback()
def main() -> None:
    """kb: read reports, extract facts, load them into Neo4j, ask questions."""
