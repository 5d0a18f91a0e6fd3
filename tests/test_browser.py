"""The Neo4j Browser, served by the project's own server, in a real headless Chromium: the style
file pasted after `:style` applies (colours, sizes, full captions) and the Browser versions of
the canned questions (cypher/browser/) draw connected pictures of the seeds.

Needs Debian's `chromium` (README test command) and the `playwright` package, which drives it
(Playwright's own browser download is not used)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kb.browser import STYLE

ROOT = Path(__file__).resolve().parent.parent
KB = str(Path(sys.executable).parent / "kb")
SHOTS = ROOT / "tests" / "output"
PASTE = (
    "(el, text) => { const dt = new DataTransfer(); dt.setData('text/plain', text);"
    " el.dispatchEvent(new ClipboardEvent('paste', {clipboardData: dt, bubbles: true, cancelable: true})); }"
)
# The longest caption the style's node diameter shows whole (Chinese, one line, 8px in 110px).
WHOLE = 12


@pytest.fixture(scope="module")
def seeds(neo4j_server, kb_env):
    settings, http, _ = neo4j_server
    if not http:
        pytest.fail("the test server has no HTTP address for its Browser")
    p = subprocess.run(
        [KB, "load", "seeds", "--reset", "--json"], env=kb_env, cwd=ROOT, capture_output=True, text=True
    )
    assert p.returncode == 0, p.stderr
    return settings, http


@pytest.fixture(scope="module")
def page(seeds):
    from playwright.sync_api import sync_playwright

    settings, http = seeds
    chromium = shutil.which("chromium")
    assert chromium, "Debian's chromium is not installed (see the README's test command)"
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
        pg = browser.new_page(viewport={"width": 1400, "height": 1000})
        pg.goto(f"{http}/browser/")
        pg.wait_for_selector('[data-testid="boltaddress"]', timeout=60_000)
        pg.fill('[data-testid="boltaddress"]', settings.uri)
        pg.fill('[data-testid="username"]', settings.user)
        pg.fill('[data-testid="password"]', settings.password)  # typed into the page, never in argv
        pg.click('[data-testid="connect"]')
        pg.wait_for_selector("text=Connected to Neo4j", timeout=30_000)
        yield pg
        browser.close()


def run(page, text: str) -> None:
    """Paste text into the Browser's editor, as a user's clipboard would, and run it."""
    page.locator('[data-testid="activeEditor"] textarea').evaluate(PASTE, text)
    page.click('[data-testid="editor-Run"]')
    page.wait_for_timeout(1500)


def drawn_nodes(page) -> list[dict]:
    page.wait_for_selector("svg g.node", timeout=30_000)
    page.wait_for_timeout(3000)  # the force layout settles
    return page.locator("svg g.node").evaluate_all(
        """gs => gs.map(g => ({
            r: Number(g.querySelector('circle.b-outline').getAttribute('r')),
            fill: g.querySelector('circle.b-outline').getAttribute('fill'),
            caption: [...g.querySelectorAll('text')].map(t => t.textContent).join('').trim()}))"""
    )


def style_rules() -> dict[str, dict[str, str]]:
    """selector → {property: value} of the style file (a test-side reading, not the Browser's)."""
    import re

    return {
        sel.strip(): dict(re.findall(r"([\w-]+):\s*([^;]+);", body))
        for sel, body in re.findall(r"([\w.]+)\s*\{([^}]*)\}", STYLE.read_text())
    }


def test_the_style_file_has_no_comments_for_the_browser_to_trip_on():
    text = STYLE.read_text()
    assert "/*" not in text and "//" not in text and ":style" not in text


def test_the_pasted_style_applies_and_captions_are_whole_names(page, seeds):
    from kb.store.session import connect

    run(page, ":style " + STYLE.read_text())
    assert page.get_by_text("Something went wrong").count() == 0
    run(page, ":param name => '茂南区'")
    run(page, (ROOT / "cypher" / "browser" / "mechanisms.cypher").read_text())
    nodes = drawn_nodes(page)
    SHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SHOTS / "browser-mechanisms.png"))
    assert page.get_by_text("Something went wrong").count() == 0

    drv = connect(seeds[0])
    try:
        names = {r["name"] for r in drv.execute_query(
            "MATCH p = (:Region {name: '茂南区'})<-[:LOCATED_IN*0..3]-()-[:ADOPTS|ISSUED|ESTABLISHED]->() "
            "UNWIND nodes(p) AS n RETURN DISTINCT n.name AS name").records}  # fmt: skip
    finally:
        drv.close()
    rules = style_rules()
    region = rules["node.Region"]
    assert len(nodes) == len(names) > 3
    captions = {n["caption"] for n in nodes}
    short = {n for n in names if len(n) <= WHOLE}
    assert short and short <= captions, f"cut: {short - captions}"
    assert all(c.rstrip("…") and (c in names or c.endswith("…")) for c in captions)
    regions = [n for n in nodes if n["caption"] in {"茂南区"}]
    assert regions and regions[0]["fill"].upper() == region["color"].upper()
    assert regions[0]["r"] == float(region["diameter"].removesuffix("px")) / 2
    assert {n["r"] for n in nodes} <= {
        float(v["diameter"].removesuffix("px")) / 2 for v in rules.values() if "diameter" in v
    }


def test_stat_nodes_are_captioned_value_and_noun(page):
    run(page, ":param name => '茂南区'")
    run(page, (ROOT / "cypher" / "browser" / "stats.cypher").read_text())
    nodes = drawn_nodes(page)
    page.screenshot(path=str(SHOTS / "browser-stats.png"))
    stats = [n for n in nodes if n["fill"].upper() == style_rules()["node.Stat"]["color"].upper()]
    assert stats
    for n in stats:
        assert (
            n["caption"][0].isdigit()
            and ".0" not in n["caption"]
            and not n["caption"].replace(".", "").isdigit()
        )
