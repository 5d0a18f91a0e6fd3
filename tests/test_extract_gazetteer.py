from kb.extract.gazetteer import load_gazetteer, short_form


def test_levels_and_parents_come_from_adcodes():
    g = load_gazetteer()
    songjiang = g.full["松江区"][0]
    assert songjiang.level == "district"
    # Municipalities are listed as province and city: the chain folds them into one.
    assert [a.name for a in g.ancestors(songjiang)] == ["上海市"]
    xi = g.full["隰县"][0]
    assert [a.name for a in g.ancestors(xi)] == ["临汾市", "山西省"]


def test_short_forms_strip_the_level_suffix():
    assert short_form("浮山县") == "浮山"
    assert short_form("上海市") == "上海"
    assert short_form("内蒙古自治区") == "内蒙古"
    assert short_form("古县") is None  # one character is no name
    assert load_gazetteer().short["浮山"][0].name == "浮山县"


def test_longest_match_wins():
    g = load_gazetteer()
    assert g.match_at("上海市松江区", 0)[0] == "上海市"
    assert g.match_at("上海市松江区", 3)[0] == "松江区"
