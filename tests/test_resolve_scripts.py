"""The Traditional and Simplified copies of one report give the same people and places once."""

from collections import Counter
from pathlib import Path

import opencc

from kb.pipeline import extract_paths

SEED = Path(__file__).resolve().parent.parent / "seeds" / "002_d99b937aa296e014.txt"


def test_a_report_in_the_other_script_is_a_copy_of_it(tmp_path):
    traditional = SEED.read_text(encoding="utf-8")
    (tmp_path / "trad.txt").write_text(traditional, encoding="utf-8")
    (tmp_path / "simp.txt").write_text(opencc.OpenCC("t2s").convert(traditional), encoding="utf-8")
    x = extract_paths([tmp_path])
    assert len(x.articles) == 1
    assert sorted(Path(f).name for f in x.articles[0].files) == ["simp.txt", "trad.txt"]


def test_two_scripts_of_two_reports_share_their_entities(tmp_path):
    traditional = SEED.read_text(encoding="utf-8")
    # A follow-up report in the other script: another text, so another article.
    simplified = opencc.OpenCC("t2s").convert(traditional) + "\n后续报道:陆海峰继续在郭家娄居民区值守。\n"
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
