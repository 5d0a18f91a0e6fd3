"""An entity's neighbourhood as a PNG picture (`kb draw`, notebooks/explore.ipynb).

The same graph always gives the same picture: nodes and edges are taken in a fixed order and
laid out in rings around the entity asked about, ordered by name (no random layout). Every relationship is drawn, parallel ones (several articles,
several relations between two nodes) as separate curves; node colours stand for labels and
edge colours for relationship types, both named in a legend; names are drawn whole in a CJK
font (Noto Sans CJK, Debian's fonts-noto-cjk).

matplotlib and networkx are the optional `draw` extra (`pip install 'kb[draw]'`): imported
only here, when a picture is asked for, with one line saying how to get them if missing.
"""

from __future__ import annotations

import os
import tempfile
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import neo4j

from kb.errors import KbError, OutputError
from kb.store import session
from kb.store.lookup import Match
from kb.wordlists import read_rows

FONT = "Noto Sans CJK SC"
CURVE_STEP = 0.25  # arc3 curvature between parallel edges
DPI = 110
OTHER_COLOUR = "#A5ABB6"


class MissingExtra(KbError):
    """What a picture needs is not installed (exit 1, a failure with no code of its own)."""


@dataclass(frozen=True)
class Node:
    uid: str
    name: str
    label: str


@dataclass(frozen=True)
class Edge:
    source: str  # uid
    target: str
    type: str


@dataclass(frozen=True)
class Neighbourhood:
    centre: tuple[str, ...]  # the uids asked about
    title: str
    nodes: tuple[Node, ...]  # sorted by uid
    edges: tuple[Edge, ...]  # sorted; parallel edges repeated


def styles() -> tuple[dict[str, tuple[str, str]], dict[str, tuple[str, str]]]:
    """(label -> (colour, legend name), relationship type -> (colour, legend name))."""
    out: dict[str, dict[str, tuple[str, str]]] = {"label": {}, "type": {}}
    for kind, name, colour, gloss in read_rows("kb", "draw_styles.tsv"):
        out[kind][name] = (colour, gloss)
    return out["label"], out["type"]


def neighbourhood(driver: neo4j.Driver, match: Match, database: str | None = None) -> Neighbourhood:
    """What lies around the entity `match` names (cypher/draw/neighbourhood.cypher)."""
    _, rows = session.read(driver, "draw/neighbourhood", {"uids": list(match.uids)}, database)
    return from_rows(match.uids, f"{match.name} ({match.label})", rows)


def from_rows(centre: tuple[str, ...], title: str, rows: list[dict[str, Any]]) -> Neighbourhood:
    nodes: dict[str, Node] = {}
    edges = []
    for r in rows:
        for end in ("source", "target"):
            nodes[r[end]] = Node(r[end], r[f"{end}_name"], r[f"{end}_label"] or "")
        edges.append(Edge(r["source"], r["target"], r["type"]))
    ordered_nodes = tuple(sorted(nodes.values(), key=lambda n: n.uid))
    ordered_edges = tuple(sorted(edges, key=lambda e: (e.source, e.target, e.type)))
    return Neighbourhood(tuple(centre), title, ordered_nodes, ordered_edges)


def require():
    """matplotlib.pyplot and networkx, with the CJK font checked; MissingExtra otherwise."""
    try:
        import matplotlib

        matplotlib.use("Agg")  # files only, no display needed
        import matplotlib.pyplot as plt
        import networkx as nx
        from matplotlib import font_manager
    except ImportError as exc:
        raise MissingExtra(
            f"drawing needs matplotlib and networkx ({exc.name} is missing): pip install 'kb[draw]'"
        ) from None
    try:
        file = font_manager.findfont(font_manager.FontProperties(family=FONT), fallback_to_default=False)
    except ValueError:  # else every Chinese character would be drawn as a box
        raise MissingExtra(f"drawing needs the CJK font {FONT}: apt-get install fonts-noto-cjk") from None
    # The family as matplotlib names it (one file holds SC, TC, JP…; it lists the file under one of them).
    plt.rcParams["font.family"] = font_manager.FontProperties(fname=file).get_name()
    return plt, nx


def _curvatures(edges: tuple[Edge, ...]) -> list[float]:
    """Each edge's arc3 curvature: 0 for a lone edge, spread around 0 for parallel ones.
    The sign is taken relative to one direction of the pair, so A->B and B->A bend apart."""
    groups: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, e in enumerate(edges):
        groups[tuple(sorted((e.source, e.target)))].append(i)
    rad = [0.0] * len(edges)
    for (first, _), members in groups.items():
        for k, i in enumerate(members):
            bend = CURVE_STEP * (k - (len(members) - 1) / 2)
            rad[i] = bend if edges[i].source == first else -bend
    return rad


def _rings(nx, g, hood: Neighbourhood) -> list[list[str]]:
    """The nodes in rings by their distance from the one asked about (it in the middle), each
    ring ordered after its parents in the ring inside it, then by name: a fixed layout that keeps
    a node near what links it to the centre."""
    names = {n.uid: n.name for n in hood.nodes}
    centre = sorted((u for u in hood.centre if u in g), key=lambda u: (names[u], u))
    lengths = nx.multi_source_dijkstra_path_length(g.to_undirected(as_view=True), centre) if centre else {}
    rings: list[list[str]] = [centre]
    far = max(lengths.values(), default=0)
    for distance in range(1, far + 1):
        inner = {u: i for i, u in enumerate(rings[-1])}
        ring = [u for u, d in lengths.items() if d == distance]

        def place(u: str, inner=inner) -> tuple:
            parents = [inner[v] for v in nx.all_neighbors(g, u) if v in inner]
            return (min(parents, default=len(inner)), names[u], u)

        rings.append(sorted(ring, key=place))
    rings.append(sorted((u for u in g if u not in lengths), key=lambda u: (names[u], u)))
    return [r for r in rings if r]


def render(hood: Neighbourhood, path: str | Path) -> Path:
    """Draw `hood` into the PNG file `path` (written whole or not at all)."""
    plt, nx = require()
    label_style, type_style = styles()
    g = nx.MultiDiGraph()
    g.add_nodes_from(n.uid for n in hood.nodes)
    g.add_edges_from((e.source, e.target) for e in hood.edges)
    pos = nx.shell_layout(g, nlist=_rings(nx, g, hood), rotate=0)
    size = min(22.0, 8.0 + 0.25 * len(g))
    fig, ax = plt.subplots(figsize=(size, size * 0.8))
    by_uid = {n.uid: n for n in hood.nodes}
    sizes = [1400 if n.uid in hood.centre else 700 for n in hood.nodes]
    nx.draw_networkx_nodes(g, pos, ax=ax, nodelist=[n.uid for n in hood.nodes], node_size=sizes,
                           node_color=[label_style.get(n.label, (OTHER_COLOUR, ""))[0] for n in hood.nodes],
                           edgecolors="#333333", linewidths=0.8)  # fmt: skip
    node_size = dict(zip((n.uid for n in hood.nodes), sizes, strict=True))
    for edge, rad in zip(hood.edges, _curvatures(hood.edges), strict=True):
        nx.draw_networkx_edges(
            g, pos, ax=ax, edgelist=[(edge.source, edge.target)], arrows=True, arrowsize=14, width=1.4,
            edge_color=type_style.get(edge.type, (OTHER_COLOUR, ""))[0], connectionstyle=f"arc3,rad={rad}",
            nodelist=[edge.source, edge.target], node_size=[node_size[edge.source], node_size[edge.target]],
        )  # fmt: skip
    for uid, (x, y) in pos.items():  # each name just under its own dot, in points (not layout units)
        ax.annotate(by_uid[uid].name, (x, y), xytext=(0, -(13 if uid in hood.centre else 9)), textcoords="offset points",
                    ha="center", va="top", fontsize=9, bbox={"boxstyle": "round,pad=0.1", "fc": "white", "ec": "none",
                                                             "alpha": 0.8})  # fmt: skip
    _legend(ax, plt, hood, label_style, type_style)
    ax.set_title(f"{hood.title}: {len(hood.nodes)} nodes, {len(hood.edges)} relationships", fontsize=14)
    ax.axis("off")
    ax.margins(0.08)
    fig.tight_layout()
    out = Path(path)
    partial: str | None = None
    try:  # beside the target, then renamed: a failed write leaves no half picture
        fd, partial = tempfile.mkstemp(dir=out.parent, suffix=".png.partial")
        os.close(fd)
        fig.savefig(partial, dpi=DPI, format="png")
        os.replace(partial, out)
    except OSError as exc:
        if partial:
            Path(partial).unlink(missing_ok=True)
        raise OutputError(f"could not write the picture {out}: {exc.strerror or exc}") from None
    finally:
        plt.close(fig)
    return out


def _legend(ax, plt, hood: Neighbourhood, label_style, type_style) -> None:
    from matplotlib.lines import Line2D

    labels = sorted({n.label for n in hood.nodes})
    types = sorted({e.type for e in hood.edges})
    handles = [Line2D([], [], marker="o", linestyle="", markersize=10, markeredgecolor="#333333",
                      markerfacecolor=label_style.get(lbl, (OTHER_COLOUR, ""))[0],
                      label=f"{lbl} {label_style.get(lbl, ('', ''))[1]}".strip()) for lbl in labels]  # fmt: skip
    handles += [Line2D([], [], color=type_style.get(t, (OTHER_COLOUR, ""))[0], linewidth=2.5,
                       label=f"{t} {type_style.get(t, ('', ''))[1]}".strip()) for t in types]  # fmt: skip
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False, fontsize=10,
              title="labels · relationships")  # fmt: skip
