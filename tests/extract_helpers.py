"""Build articles from strings, to test extraction without files, and check what is extracted from them."""

import pytest

from kb.extract.article import ArticleFacts, extract_article
from kb.extract.entities import find_mentions
from kb.model import Article, Sentence, Text
from kb.resolve import resolve_article


def make_article(*paragraphs: str, uid: str = "a1", title: str = "") -> Article:
    sentences, offset = [], 0
    for p, para in enumerate(paragraphs):
        for piece in [s + "。" for s in para.split("。") if s]:
            text = Text(piece, piece, list(range(offset, offset + len(piece) + 1)))
            sentences.append(Sentence(index=len(sentences), paragraph=p, text=text))
            offset += len(piece)
    return Article(uid=uid, file=f"{uid}.txt", sha256="0" * 64, title=title or paragraphs[0][:10], date=None,
                   source=None, authors=[], correspondents=[], editors=[], start=0, end=offset,
                   sentences=sentences)


def facts_of(*paragraphs: str, uid: str = "a1") -> ArticleFacts:
    return extract_article(make_article(*paragraphs, uid=uid))


def triples(*paragraphs: str, uid: str = "a1") -> set[tuple[str, str, str]]:
    """(type, source name, target name) of every relation found."""
    x = resolve_article(facts_of(*paragraphs, uid=uid))
    names = {e.uid: e.name for e in x.entities}
    return {(r.type, names[r.source], names[r.target]) for r in x.relations}


def entities(*paragraphs: str, uid: str = "a1") -> set[tuple[str, str]]:
    x = resolve_article(facts_of(*paragraphs, uid=uid))
    return {(e.label, e.name) for e in x.entities}


def names(*paragraphs: str, label: str) -> set[str]:
    """The names of the entities of one label extracted from an article of these paragraphs."""
    return {n for lab, n in entities(*paragraphs) if lab == label}


def mention_names(text: str, label: str | None = None) -> set[str]:
    """The names of the mentions (of one label, or of all) that find_mentions reads in one text."""
    return {m.name for m in find_mentions(text) if label is None or m.label == label}


def assert_extracted(paragraphs: tuple[str, ...], found=(), not_found=(), named=(), not_named=(),
                     exactly=None) -> None:
    """From an article of these paragraphs: every (label, name) entity in named is read and none in
    not_named; for each label in exactly, the names of that label are exactly the ones given; every
    relation in found is extracted and none in not_found."""
    if named or not_named or exactly:
        got = entities(*paragraphs)
        assert set(named) - got == set(), got
        assert set(not_named) & got == set(), got
        for label, want in (exactly or {}).items():
            assert {n for lab, n in got if lab == label} == set(want), label
    got = triples(*paragraphs)
    assert set(found) - got == set(), got
    assert set(not_found) & got == set(), got


def case(name: str, paragraphs: tuple[str, ...], **expected):
    """One row of a table for assert_extracted, named by its test id."""
    return pytest.param(paragraphs, expected, id=name)


# Opening sentences that name the region a test article is about.
HANGZHOU = "浙江省杭州市拱墅区全力抗疫。"
WUHAN = "湖北省武汉市江岸区全力抗疫。"
CHENGDU = "四川省成都市武侯区全力抗疫。"
GUANGZHOU = "广东省广州市海珠区全力抗疫。"
XINING = "青海省西宁市城中区全力抗疫。"
KASHGAR = "新疆维吾尔自治区喀什地区全力抗疫。"
BAOTOU = "内蒙古自治区包头市昆都仑区全力抗疫。"
NANNING = "广西壮族自治区南宁市青秀区全力抗疫。"
ZHUZHOU = "湖南省株洲市荷塘区全力抗疫。"
ANSHUN = "贵州省安顺市普定县全力抗疫。"
TOWN_REPORT = "贵州省安顺市普定县马官镇坚持党建引领，马官镇党委统筹全镇防控。"
LIUZHOU = "广西壮族自治区柳州市鱼峰区全力抗疫。"
