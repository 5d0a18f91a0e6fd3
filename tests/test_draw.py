"""`kb draw` and kb/draw.py: the neighbourhood of an entity as a PNG, against the real server."""

from __future__ import annotations

import subprocess
import sys

import pytest

from kb import draw

from .conftest import KB

PNG = b"\x89PNG\r\n\x1a\n"


def _kb(kb_env, *args):
    return subprocess.run([KB, *args], env=kb_env, capture_output=True, text=True, timeout=120)


def test_draw_writes_the_same_picture_for_both_scripts(graph, kb_env, tmp_path):
    simplified, traditional = tmp_path / "s.png", tmp_path / "t.png"
    out = _kb(kb_env, "draw", "pairs-with", "--name", "郭家娄居民区", "-o", str(simplified))
    assert out.returncode == 0, out.stderr
    assert "5 nodes, 5 relationships around 郭家娄居民区 (Community)" in out.stdout
    assert "Glyph" not in out.stderr  # matplotlib warns when a character is missing from the font
    out = _kb(kb_env, "draw", "pairs-with", "--name", "郭家婁居民區", "-o", str(traditional))
    assert out.returncode == 0, out.stderr
    assert simplified.read_bytes()[:8] == PNG and simplified.stat().st_size > 10_000
    assert simplified.read_bytes() == traditional.read_bytes()  # deterministic layout
    assert not list(tmp_path.glob("*.partial"))


def test_the_neighbourhood_keeps_parallel_relationships(graph):
    from kb.store import lookup

    hood = draw.neighbourhood(graph, lookup.resolve(graph, "郭家娄居民区"))
    sinks = [e for e in hood.edges if e.type == "SINKS_TO"]
    assert len(sinks) == 2 and sinks[0] == sinks[1]  # one per article, both drawn
    assert {n.name for n in hood.nodes} == {"郭家娄居民区", "陆海峰", "松江区退役军人事务局", "中山街道", "松江区"}


def test_parallel_edges_bend_apart_and_a_lone_edge_is_straight():
    e = draw.Edge
    edges = (e("a", "b", "SINKS_TO"), e("a", "b", "SINKS_TO"), e("b", "a", "PAIRS_WITH"), e("a", "c", "ADOPTS"))
    rad = draw._curvatures(edges)
    assert rad[3] == 0.0
    assert len({rad[0], rad[1], -rad[2]}) == 3  # b->a bends by the opposite sign to stay apart


@pytest.mark.parametrize(
    ("args", "code", "text"),
    [
        (("draw", "pairs-with", "--name", "不存在的社区", "-o", "x.png"), 3, "no entity named"),
        (("draw", "search", "--name", "郭家娄", "-o", "x.png"), 2, "pictures one entity"),
        (("draw", "no-such", "--name", "郭家娄", "-o", "x.png"), 2, "no canned question"),
        (("draw", "pairs-with", "--name", "郭家娄居民区", "-o", "/nonexistent/dir/x.png"), 7, "could not write the picture"),
    ],
)
def test_draw_failures_are_one_line(graph, kb_env, tmp_path, args, code, text):
    out = subprocess.run([KB, *args], env=kb_env, capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert out.returncode == code, out.stderr
    assert out.stderr.count("\n") == 1 and text in out.stderr and "Traceback" not in out.stderr
    assert not (tmp_path / "x.png").exists()


def test_draw_without_the_draw_extra_says_how_to_get_it(kb_env, tmp_path):
    # networkx made unimportable in the kb process: what a user without `kb[draw]` sees
    script = "import sys; sys.modules['networkx'] = None; sys.argv[0] = 'kb'; from kb.cli import run; run()"
    args = ["draw", "pairs-with", "--name", "郭家娄居民区", "-o", str(tmp_path / "x.png")]
    out = subprocess.run([sys.executable, "-c", script, *args], env=kb_env, capture_output=True, text=True, timeout=60)
    assert out.returncode == 1
    assert out.stderr == "kb: drawing needs matplotlib and networkx (networkx is missing): pip install 'kb[draw]'\n"
    assert not (tmp_path / "x.png").exists()
