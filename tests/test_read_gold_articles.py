"""The article rows of the gold (kind=article) hold for what the reader makes of the seeds."""

import json
import unicodedata
from pathlib import Path

import pytest

from kb.read import read_articles

ROOT = Path(__file__).resolve().parent.parent
GOLD = [
    json.loads(line) for line in (ROOT / "tests/data/seeds.gold.jsonl").open(encoding="utf-8") if line.strip()
]
ARTICLE_ROWS = [row for row in GOLD if row["kind"] == "article"]


def norm(s):
    """As the scorer compares: NFKC, no spaces, quotes or book-title marks."""
    s = unicodedata.normalize("NFKC", s or "")
    return "".join(ch for ch in s if not ch.isspace() and ch not in "\"'“”‘’《》〈〉「」『』【】·•")


def fits(row, article):
    if "title_contains" in row and row["title_contains"] not in norm(article.title):
        return False
    if "date" in row and not str(article.date or "").startswith(row["date"]):
        return False
    if "source_contains" in row and row["source_contains"] not in norm(article.source):
        return False
    return "authors" not in row or set(row["authors"]) <= {norm(a) for a in article.authors}


def test_gold_has_article_rows():
    assert len(ARTICLE_ROWS) >= 7


@pytest.mark.parametrize("row", ARTICLE_ROWS, ids=lambda r: f"{r['file'][:3]}-{r.get('title_contains', '')}")
def test_gold_article_row_holds(row):
    articles = read_articles(ROOT / "seeds" / row["file"])
    assert any(fits(row, a) for a in articles), [a.export() for a in articles]


def test_first_seed_holds_three_reports():
    assert len(read_articles(ROOT / "seeds/000_3ee1353e5f8020ff.txt")) == 3
