from pathlib import Path

from kb.pipeline import expand_paths, extract_paths, iter_extractions

ROOT = Path(__file__).resolve().parent.parent


def test_directories_expand_to_sorted_txt_files(tmp_path):
    (tmp_path / "b.txt").write_text("松江区全力抗疫。\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text("宝山区全力抗疫。\n", encoding="utf-8")
    (tmp_path / "notes.md").write_text("x", encoding="utf-8")
    assert [p.name for p in expand_paths([tmp_path])] == ["a.txt", "b.txt"]


def test_one_article_at_a_time_gives_the_same_uids_as_the_whole_run():
    whole = extract_paths([ROOT / "seeds"])
    parts = list(iter_extractions([ROOT / "seeds"]))
    assert len(parts) == len(whole.articles)
    assert all(len(p.articles) == 1 for p in parts)
    assert {e.uid for p in parts for e in p.entities} == {e.uid for e in whole.entities}
    assert sum(len(p.relations) for p in parts) == len(whole.relations)


def test_the_output_is_the_same_for_any_number_of_workers():
    one = extract_paths([ROOT / "seeds"], workers=1).export()
    two = extract_paths([ROOT / "seeds"], workers=2).export()
    assert two == one and len(one["articles"]) == 7
