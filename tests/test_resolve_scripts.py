"""The Traditional and Simplified copies of one report give the same people and places once."""

from collections import Counter
from pathlib import Path

import opencc

from kb.pipeline import extract_paths

SEED = Path(__file__).resolve().parent.parent / "seeds" / "002_d99b937aa296e014.txt"


def test_two_scripts_of_one_report_share_their_entities(tmp_path):
    traditional = SEED.read_text(encoding="utf-8")
    simplified = opencc.OpenCC("t2s").convert(traditional)
    assert simplified != traditional
    (tmp_path / "trad.txt").write_text(traditional, encoding="utf-8")
    (tmp_path / "simp.txt").write_text(simplified, encoding="utf-8")

    x = extract_paths([tmp_path])
    assert len(x.articles) == 2
    named = [e for e in x.entities if e.label in {"Person", "Region", "Community", "Site"} and not e.generic]
    twice = {name: n for name, n in Counter((e.label, e.name) for e in named).items() if n > 1}
    assert not twice, f"entities split by script: {twice}"
    lu = next(e for e in x.entities if e.name == "陆海峰")
    assert len(lu.articles) == 2
    assert "郭家婁居民區" in next(e for e in x.entities if e.name == "郭家娄居民区").aliases
