"""HTML pages (`.html`, `.htm`): the main text through trafilatura, the date through htmldate,
every offset into the page itself, the page's declared charset honoured.

`data/html/shenhe_report.html` is seed 003's report (the project's own) in a saved page of the
usual kind: meta tags, a navigation bar, a breadcrumb, related links, a footer, scripts, and
character references (`&#65292;`, `&ldquo;`, `&nbsp;`) inside the paragraphs.
"""

import html
import re
import shutil
from pathlib import Path

import pytest

from kb.pipeline import expand_paths, extract_paths
from kb.read import read_articles
from kb.read.decode import decode_bytes
from kb.read.html import align, declared_charset, read_page, text_nodes
from kb.read.normalize import normalize
from kb.store import writer

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).parent / "data" / "html"
PAGE = DATA / "shenhe_report.html"
SAME_TEXT = ROOT / "seeds" / "003_d1474b1b0d13d392.txt"
# Places and bodies that only the page's navigation, related links, footer and scripts name.
FURNITURE_NAMES = ("大连市", "鞍山市", "锦州市", "和平区", "南湖街道", "皇姑区", "华山路社区", "铁西区", "浑南区", "大东区")


@pytest.fixture(scope="module")
def page_extraction():
    return extract_paths([PAGE])


def facts(extraction):
    names = {e.uid: e.name for e in extraction.entities}
    return (
        {(e.label, e.name) for e in extraction.entities},
        {(r.type, names[r.source], names[r.target]) for r in extraction.relations},
        sorted((s.value, s.noun) for s in extraction.stats),
    )


def shown(page_text: str) -> str:
    """What a span of the page reads as: references decoded, normalised, no whitespace."""
    return "".join(normalize(html.unescape(page_text)).text.split())


def test_the_page_gives_the_facts_of_its_text(page_extraction):
    entities, relations, stats = facts(page_extraction)
    assert (entities, relations, stats) == facts(extract_paths([SAME_TEXT]))
    assert ("Region", "沈河区") in entities and len(relations) >= 10


def test_evidence_offsets_point_into_the_html_file(page_extraction):
    page = PAGE.read_text(encoding="utf-8")
    evidence = [r.evidence for r in page_extraction.relations] + [s.evidence for s in page_extraction.stats]
    assert evidence
    for ev in evidence:
        # A span that ends in a reference (`&rdquo;`) ends at its `&`: the sentence less its last character.
        assert "".join(ev.text.split())[:-1] in shown(page[ev.start : ev.end])
    assert any("&#65292;" in page[ev.start : ev.end] for ev in evidence)  # the page's own bytes, not a copy


def test_every_character_read_comes_from_the_page():
    p = read_page(PAGE)
    page = p.source.text
    for ch, at in zip(p.text.surface, p.text.origin, strict=False):
        if ch.isspace():
            continue
        written = page[at : page.index(";", at) + 1] if page[at] == "&" else page[at]
        # A straight quote is read as an opening or a closing one by its place in the line.
        assert normalize(html.unescape(written)).surface.replace("“", "”") == ch.replace("“", "”")


def test_navigation_footer_and_scripts_give_nothing(page_extraction):
    names = {n for e in page_extraction.entities for n in (e.name, *e.aliases)}
    assert not names & set(FURNITURE_NAMES)
    page = PAGE.read_text(encoding="utf-8")
    body = (page.index("<h1>"), page.index('<div class="related">'))
    for a in read_articles(PAGE):
        assert body[0] <= a.start and a.end <= body[1]
        assert all(body[0] <= s.start and s.end <= body[1] for s in a.sentences)


def test_title_date_outlet_and_url_come_from_the_page():
    (article,) = read_articles(PAGE)
    assert article.title == "沈阳市沈河区打造社区党建“四网融合”模式 全力搭建疫情防控组织防线"
    assert article.date == "2020-02-17T14:16"  # the page's day, with the time its dateline gives
    assert article.source == "人民网"  # og:site_name
    assert article.url == "http://ln.people.com.cn/n2/2020/0217/c378317-33801234.html"
    assert article.export()["url"] == article.url
    assert article.sentences[0].text.text == article.title  # the headline is read, as in a text file


def test_authors_from_the_page_are_read_as_a_byline(tmp_path):
    page = PAGE.read_text(encoding="utf-8").replace(
        '<meta name="source"', '<meta name="author" content="本报记者 张明远 通讯员 王小红">\n<meta name="source"'
    )
    (tmp_path / "p.html").write_text(page, encoding="utf-8")
    (article,) = read_articles(tmp_path / "p.html")
    assert article.authors == ["张明远", "王小红"]


def test_without_markup_the_date_is_the_datelines(tmp_path):
    page = PAGE.read_text(encoding="utf-8")
    page = re.sub(r'<meta name="publishdate"[^>]*>\n|<meta property="og:url"[^>]*>\n|<link rel="canonical"[^>]*>\n', "", page)
    # htmldate's search of the text would take the footer's `1997-2020` for a date; it is not asked to.
    (tmp_path / "p.html").write_text(page, encoding="utf-8")
    (article,) = read_articles(tmp_path / "p.html")
    assert article.date == "2020-02-17T14:16"
    assert article.url is None


def test_a_page_of_navigation_only_gives_no_article():
    assert read_articles(DATA / "navigation_only.html") == []


def test_a_directory_gives_its_pages_and_text_files(tmp_path):
    shutil.copy(PAGE, tmp_path / "report.html")
    (tmp_path / "sub").mkdir()
    shutil.copy(PAGE, tmp_path / "sub" / "copy.HTM")
    shutil.copy(SAME_TEXT, tmp_path / "report.txt")
    assert sorted(p.name for p in expand_paths([tmp_path])) == ["copy.HTM", "report.html", "report.txt"]
    # the page, its copy and the same report as text are one report: read once, from all three
    (article,) = extract_paths([tmp_path]).articles
    assert Path(article.file).name == "report.html"
    assert sorted(Path(f).name for f in article.files) == ["copy.HTM", "report.html", "report.txt"]
    assert article.url == "http://ln.people.com.cn/n2/2020/0217/c378317-33801234.html"


def test_a_gbk_page_is_read_with_offsets_into_its_decoded_text(tmp_path):
    page = PAGE.read_text(encoding="utf-8").replace('<meta charset="utf-8">', "<meta charset=gbk>")
    (tmp_path / "p.htm").write_bytes(page.encode("gbk"))
    p = read_page(tmp_path / "p.htm")
    assert p.source.encoding == "gb18030" and p.source.text == page
    assert p.text.text == read_page(PAGE).text.text


def test_the_declared_charset_beats_the_guess(tmp_path):
    # Few Traditional characters in Big5 pass for GB18030 ones (`黨支部` reads as `囊…`): the
    # page says what it is, and is believed.
    page = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=big5"><title>黨支部</title></head>' \
           "<body><h1>黨支部建在網格上</h1></body></html>"
    data = page.encode("big5")
    assert decode_bytes(data)[0] != page  # the guess alone is wrong here
    (tmp_path / "p.html").write_bytes(data)
    assert read_page(tmp_path / "p.html").source.text == page


def test_a_page_that_lies_about_its_charset_is_guessed(tmp_path):
    page = PAGE.read_text(encoding="utf-8")  # declares utf-8
    (tmp_path / "p.html").write_bytes(page.encode("gb18030"))
    p = read_page(tmp_path / "p.html")
    assert p.source.encoding == "gb18030" and p.source.text == page


@pytest.mark.parametrize(
    ("head", "codec"),
    [
        (b"<meta charset=gbk>", "gbk"),
        (b'<meta charset="GB2312" />', "gb2312"),
        (b'<meta http-equiv="Content-Type" content="text/html; charset=utf-8">', "utf-8"),
        (b'<?xml version="1.0" encoding="big5"?>', "big5"),
        (b'<meta charset="utf-16">', None),  # said in ASCII bytes: not UTF-16
        (b'<meta charset="x-unknown">', None),
        (b"<title>no declaration</title>", None),
    ],
)
def test_declared_charset(head, codec):
    assert declared_charset(b"<html><head>" + head + b"</head>") == codec


def test_a_paragraph_the_page_does_not_hold_as_written_is_aligned_character_by_character():
    page = "<p>党员干部&#65292;下沉&nbsp;社区。</p><div>页脚</div>"
    text, origin, spans = align(["党员干部，下沉 社区※。", "别处的话"], text_nodes(page))
    assert text == "党员干部，下沉 社区。"  # `※` is not on the page; the second paragraph not at all
    assert page[origin[0]] == "党" and page[origin[4] : origin[4] + 8] == "&#65292;"
    assert page[origin[text.index("社")]] == "社" and len(origin) == len(text) + 1
    assert spans == [(3, page.index("</p>"))]


def test_a_loaded_page_keeps_its_url_and_offsets_in_the_graph(clean_db, page_extraction):
    writer.write_extraction(clean_db, page_extraction)
    rows, _, _ = clean_db.execute_query("MATCH (a:Article) RETURN a.url AS url, a.file AS file")
    assert [(r["url"], r["file"]) for r in rows] == [
        ("http://ln.people.com.cn/n2/2020/0217/c378317-33801234.html", str(PAGE))
    ]
    rows, _, _ = clean_db.execute_query("MATCH ()-[r:ADOPTS]->() RETURN r.start AS s, r.end AS e, r.evidence AS ev")
    page = PAGE.read_text(encoding="utf-8")
    assert rows and all("".join(r["ev"].split())[:-1] in shown(page[r["s"] : r["e"]]) for r in rows)
