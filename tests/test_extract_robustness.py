"""Any text, however odd, yields mentions inside it and no exception."""

from hypothesis import given, settings
from hypothesis import strategies as st

from kb.extract.entities import find_mentions
from kb.resolve import resolve_article

from .extract_helpers import facts_of

PIECES = ["区委", "组织部", "书记", "王", "张伟", "社区", "临时党支部", "下沉到", "、", ",", "“", "”", "(", ")",
          "松江区", "上海", "镇", "街道", "12", "个", "名", "—", "《", "》", "的", "担任", "接管", "交由", "机制", "队"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30))
def test_mentions_stay_inside_the_sentence(pieces):
    text = "".join(pieces)
    for m in find_mentions(text):
        assert 0 <= m.start < m.end <= len(text)
        assert m.name


@settings(max_examples=100, deadline=None)
@given(st.lists(st.lists(st.sampled_from(PIECES), min_size=1, max_size=20), min_size=1, max_size=4))
def test_articles_of_any_shape_resolve(paragraphs):
    x = resolve_article(facts_of(*["".join(p) + "。" for p in paragraphs]))
    uids = {e.uid for e in x.entities}
    assert all(r.source in uids and r.target in uids for r in x.relations)
