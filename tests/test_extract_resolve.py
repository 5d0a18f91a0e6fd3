from kb.resolve import merge, resolve_article

from .extract_helpers import facts_of


def _x(*articles):
    return merge(resolve_article(facts_of(*paras, uid=uid)) for uid, paras in articles)


def test_same_region_in_two_articles_is_one_entity():
    x = _x(("a1", ("松江区全力抗疫。",)), ("a2", ("松江区多措并举。",)))
    songjiang = [e for e in x.entities if e.name == "松江区"]
    assert len(songjiang) == 1 and songjiang[0].articles == ["a1", "a2"]


def test_namesakes_in_two_cities_are_two_people():
    x = _x(("a1", ("临汾市全力抗疫。临汾市卫健委主任王强说。",)), ("a2", ("茂名市全力抗疫。茂名市卫健委主任王强说。",)))
    assert len([e for e in x.entities if e.label == "Person" and e.name == "王强"]) == 2


def test_class_mentions_stay_in_their_article():
    x = _x(("a1", ("松江区成立临时党支部。",)), ("a2", ("宝山区成立临时党支部。",)))
    branches = [e for e in x.entities if e.name == "临时党支部"]
    assert len(branches) == 2 and all(e.generic for e in branches)


def test_traditional_surface_becomes_an_alias(tmp_path):
    from kb.pipeline import extract_paths

    f = tmp_path / "t.txt"
    f.write_text("上海松江區方松街道江中公寓社區臨時封控。\n\n松江區委書記程向民說:要與群眾在一起。\n", encoding="utf-8")
    x = extract_paths([f])
    community = next(e for e in x.entities if e.name == "江中公寓社区")
    assert "江中公寓社區" in community.aliases
