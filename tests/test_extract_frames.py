"""Relations read from clause structure (kb/extract/frames.py) and posts from the words
between an organisation and a person (kb/extract/posts.py), on sentences written for the
project."""

import pytest

from kb.extract.frames import clauses, frames, is_separator
from kb.extract.relations.titles import title_of
from tests.extract_helpers import triples


def test_every_frame_row_names_a_relation_type_and_labels():
    from kb.model import LABELS, RELATION_TYPES

    for frame in frames():
        assert frame.type in RELATION_TYPES
        assert frame.cues and all(frame.cues)
        for label in frame.agents | frame.patients:  # a label, or label:level (Region:town)
            assert label.split(":")[0] in LABELS


def test_clauses_split_at_clause_punctuation():
    assert clauses("甲，乙；丙。") == [(0, 1), (2, 3), (4, 5)]


@pytest.mark.parametrize("between,expected", [("、", True), ("和", True), ("、以及", True), ("的", False),
                                              ("下沉到", False)])
def test_list_separators(between, expected):
    assert is_separator(between) is expected


@pytest.mark.parametrize("gap,title", [("", ""), ("的", ""), ("副局长", "副局长"), ("干部", "干部"),
                                       ("的党员志愿者", "党员志愿者"), ("党建专职副书记", "党建专职副书记")])
def test_words_between_an_organisation_and_a_person_state_a_post(gap, title):
    assert title_of(gap) == title


def test_words_that_are_no_title_state_no_post():
    assert title_of("组织全体") is None


def test_every_agent_of_a_list_sinks_to_every_place_of_a_list():
    found = triples("东城区审计局、东城区统计局和东城区档案馆下沉到青石街道柳荫社区、桃源社区。")
    for unit in ("东城区审计局", "东城区统计局"):
        for place in ("柳荫社区", "桃源社区"):
            assert ("SINKS_TO", unit, place) in found


def test_a_person_introduced_by_unit_sinks_and_holds_the_post():
    found = triples("东城区审计局干部周海涛下沉到柳荫社区。")
    assert ("SINKS_TO", "周海涛", "柳荫社区") in found
    assert ("HOLDS_POST", "周海涛", "东城区审计局") in found


def test_two_posts_before_one_name_are_read_right_to_left():
    found = triples("东城区援助医疗队临时党委书记、东城区人大常委会副主任韩景明带队进入方舱医院。")
    assert ("HOLDS_POST", "韩景明", "东城区人大常委会") in found
    assert ("HOLDS_POST", "韩景明", "东城区援助医疗队临时党委") in found


def test_a_clause_without_agent_takes_the_carried_subject():
    found = triples("东城区审计局组织党员干部下沉一线，支援青石街道柳荫社区做好防控工作。")
    assert ("SINKS_TO", "东城区审计局", "青石街道柳荫社区") in found


def test_a_pronoun_opening_a_clause_is_the_last_person():
    found = triples("周海涛是东城区审计局的工作人员。他主动前往桃源社区报到。")
    assert ("SINKS_TO", "周海涛", "桃源社区") in found


def test_a_place_before_the_cue_after_a_preposition_is_the_patient():
    found = triples("东城区档案馆迅速与桃源社区对接，了解社区需求。")
    assert ("PAIRS_WITH", "东城区档案馆", "桃源社区") in found


def test_a_sentence_opening_at_a_community_places_its_actor_there():
    found = triples("在桃源社区北门，周海涛戴上红袖章为居民测温。")
    assert ("SINKS_TO", "周海涛", "桃源社区") in found


def test_a_verb_glued_to_a_place_name_is_not_part_of_it():
    found = triples("东城区审计局组织党员下沉一线，支援青石街道柳荫社区。")
    assert not any(name.startswith("支援") for _, _, name in found)
