"""A saved HTML page -> its main text, with every character's offset in the page, and its metadata.

trafilatura finds the main text (navigation, breadcrumbs, related links and footers left out) and
the page's title, outlet, authors and URL; htmldate the date the report was first published.
Neither says where its text came from, so the page's own text nodes are walked with the standard
library's `html.parser` (character references decoded, each character keeping the offset of its
first byte in the page, script and style left out) and each of trafilatura's paragraphs is
found in that sequence, whitespace aside. The paragraphs, a blank line between them, are the
text the article reader reads; what trafilatura says that no text node holds is dropped, so
every character of it is one the page shows, and every offset points into `Source.text`, the
decoded page.
"""

from __future__ import annotations

import codecs
import difflib
import html
import re
from dataclasses import dataclass, field, replace
from html.parser import HTMLParser
from pathlib import Path

from kb.model import Article, Source, Text

from .cues import is_metadata_line
from .decode import decode_file
from .metadata import bare_names, parse_byline
from .mojibake import find_mojibake
from .normalize import normalize, simplified_chars

HTML_SUFFIXES = frozenset({".html", ".htm"})
# The elements whose content is code, not text.
CODE_ELEMENTS = frozenset({"script", "style", "template"})
# `<meta charset=gbk>`, `<meta http-equiv="Content-Type" content="text/html; charset=gb2312">`,
# `<?xml version="1.0" encoding="gbk"?>`, looked for where browsers look: the page's first bytes.
DECLARED_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)|<\?xml[^>]*?encoding\s*=\s*["']([\w.:-]+)""", re.I)
CHARSET_WINDOW = 4096
XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
PARAGRAPH_BREAK = "\n\n"
# The elements that begin a line of their own.
LINE_ELEMENTS = frozenset(
    ["address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "td", "th", "tr", "ul"]
)
# More metadata lines than this between headline and text are a page's furniture, not a byline.
MAX_BYLINE_LINES = 4
# A paragraph of which less than this share is found among the page's text nodes is not the
# page's text (trafilatura may add an attribute's text); it is dropped.
MIN_FOUND_SHARE = 0.5


@dataclass
class HtmlPage:
    """A page's main text as the article reader reads it, and the page's own metadata."""

    source: Source  # the decoded page: every offset points into source.text
    text: Text  # the main text, normalised, `origin` into source.text
    mojibake: list[tuple[int, int]]  # garbled runs of the main text, as spans of source.text
    title: str | None = None
    date: str | None = None  # ISO-8601
    outlet: str | None = None
    authors: list[str] = field(default_factory=list)
    url: str | None = None


def is_html(path: str | Path) -> bool:
    return Path(path).suffix.lower() in HTML_SUFFIXES


def declared_charset(data: bytes) -> str | None:
    """The codec the page declares in its first bytes, when Python knows it. A page that says
    UTF-16 in ASCII bytes is not UTF-16 (browsers read it as UTF-8; a real one has a BOM)."""
    m = DECLARED_CHARSET.search(data[:CHARSET_WINDOW])
    if not m:
        return None
    try:
        name = codecs.lookup((m.group(1) or m.group(2)).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None
    return None if name.startswith("utf-16") else name


def read_page(path: str | Path) -> HtmlPage:
    # Imported here: trafilatura costs a quarter of a second, which a text file or a question
    # (`kb pairs`, whose look-up uses the reader's normaliser) should not pay.
    import htmldate
    import trafilatura

    source = decode_file(path, declared_charset)
    page = source.text
    nodes = text_nodes(page)
    extracted = trafilatura.bare_extraction(
        XML_DECLARATION.sub("", page),  # lxml refuses a str that declares its own encoding
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        deduplicate=False,
        # Without it a page of navigation alone comes back as its links.
        favor_precision=True,
    )
    paragraphs = [line for line in extracted.text.split("\n") if line.strip()] if extracted else []
    title = _clean(extracted.title) if extracted else None
    if title and paragraphs and not _same_words(paragraphs[0], title):
        paragraphs.insert(0, title)  # the headline is the report's first heading, as in a text file
    main, origin, spans = align(paragraphs, nodes)
    if title and len(spans) > 1 and (byline := byline_block(nodes, spans[0][1], spans[1][0])):
        main, origin, spans = align([paragraphs[0], *byline, *paragraphs[1:]], nodes)
    text = normalize(main)
    text = Text(text.text, text.surface, [origin[o] for o in text.origin])
    mojibake = [(origin[s], origin[e - 1] + 1) for s, e in find_mojibake(main)]
    if not extracted or not text.text.strip():
        return HtmlPage(source, text, mojibake)
    return HtmlPage(
        source,
        text,
        mojibake,
        title=normalize(title).text if title else None,
        # From the page's markup (meta tags, <time>, the URL) only: a search of its text takes
        # a footer's `1997-2020` for 2020-01-01; the text's own dateline is the reader's.
        date=htmldate.find_date(page, original_date=True, extensive_search=False, outputformat="%Y-%m-%d"),
        outlet=outlet_of(extracted.sitename),
        authors=authors_of(extracted.author),
        url=_clean(extracted.url),
    )


def byline_block(nodes: TextNodes, start: int, end: int) -> list[str]:
    """The metadata lines the page shows between its headline and its first paragraph (the
    dateline, `来源:`, the byline), which trafilatura leaves out: the text reader reads them
    as it reads a text file's."""
    lines, line = [], []
    for k, (ch, at) in enumerate(zip(nodes.chars, nodes.offsets, strict=True)):
        if at >= end:
            break
        if at < start:
            continue
        if k in nodes.breaks and line:
            lines.append("".join(line).strip())
            line = []
        line.append(ch)
    lines.append("".join(line).strip())
    found = [s for s in lines if s and is_metadata_line(normalize(s).text)]
    return found if len(found) <= MAX_BYLINE_LINES else []


@dataclass
class TextNodes:
    """The characters a page shows, references decoded, and each one's offset in the page."""

    chars: list[str]
    offsets: list[int]
    breaks: set[int]  # indices of the characters that a block element's edge precedes
    after_title: int  # index of the first character after the `<title>`: the body's first


def text_nodes(page: str) -> TextNodes:
    walker = _TextNodes(page)
    walker.feed(page)
    walker.close()
    return TextNodes(walker.chars, walker.offsets, walker.breaks, walker.after_title)


class _TextNodes(HTMLParser):
    def __init__(self, page: str) -> None:
        super().__init__(convert_charrefs=False)  # references one by one, to know where each is
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", page)]
        self.chars: list[str] = []
        self.offsets: list[int] = []
        self.breaks: set[int] = set()
        self.in_code: str | None = None
        self.after_title = 0

    def _here(self) -> int:
        line, column = self.getpos()
        return self.line_starts[line - 1] + column

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in CODE_ELEMENTS:
            self.in_code = tag
        if tag in LINE_ELEMENTS:
            self.breaks.add(len(self.chars))

    def handle_endtag(self, tag: str) -> None:
        if tag in LINE_ELEMENTS:
            self.breaks.add(len(self.chars))
        if tag == self.in_code:
            self.in_code = None
        elif tag == "title" and not self.after_title:
            self.after_title = len(self.chars)

    def handle_data(self, data: str) -> None:
        if self.in_code:
            return
        at = self._here()
        self.chars.extend(data)
        self.offsets.extend(range(at, at + len(data)))

    def handle_entityref(self, name: str) -> None:
        self._reference(f"&{name};")

    def handle_charref(self, name: str) -> None:
        self._reference(f"&#{name};")

    def _reference(self, reference: str) -> None:
        if self.in_code:
            return
        decoded = html.unescape(reference)
        if decoded == reference:  # not a reference html knows: the page shows it as written
            decoded = reference[:-1]
        at = self._here()
        self.chars.extend(decoded)
        self.offsets.extend([at] * len(decoded))


def align(paragraphs: list[str], nodes: TextNodes) -> tuple[str, list[int], list[tuple[int, int]]]:
    """`paragraphs` as one text, a blank line between them, for each of its characters (and
    one past the end) an offset in the page, and the page's span of each paragraph kept.
    Whitespace is matched loosely (the page's
    runs of spaces and line breaks are trafilatura's single spaces); the search starts at
    the body (the headline is the body's `<h1>` rather than the `<title>` that repeats it); a
    paragraph not found as a whole is matched character by character near where the last
    one ended, its characters that the page does not show dropped."""
    shown = [(ch, at) for ch, at in zip(nodes.chars, nodes.offsets, strict=True) if not ch.isspace()]
    page_text = "".join(ch for ch, _ in shown)
    out: list[str] = []
    origin: list[int] = []
    spans: list[tuple[int, int]] = []
    cursor = sum(not ch.isspace() for ch in nodes.chars[: nodes.after_title])
    for paragraph in paragraphs:
        words = [(k, ch) for k, ch in enumerate(paragraph) if not ch.isspace()]
        found = _find(page_text, "".join(ch for _, ch in words), cursor)
        if len(found) < MIN_FOUND_SHARE * len(words):
            continue
        if out:
            end = origin[-1] + 1
            out.append(PARAGRAPH_BREAK)
            origin.extend([end] * len(PARAGRAPH_BREAK))
        at_page = dict(zip((words[i][0] for i in found), (shown[j][1] for j in found.values()), strict=True))
        first, last = min(at_page), max(at_page)
        for k in range(first, last + 1):
            if k in at_page:
                out.append(paragraph[k])
                origin.append(at_page[k])
            elif paragraph[k].isspace() and not out[-1].isspace():
                out.append(" ")  # a space of trafilatura's sits where the page's whitespace is
                origin.append(origin[-1] + 1)
        cursor = max(cursor, max(found.values()) + 1)
        spans.append((at_page[first], at_page[last] + 1))
    return "".join(out), [*origin, origin[-1] + 1 if origin else 0], spans


def _find(page_text: str, words: str, cursor: int) -> dict[int, int]:
    """Index in `words` -> index in `page_text` of each character found, in order."""
    if not words:
        return {}
    at = page_text.find(words, cursor)
    if at < 0:
        at = page_text.find(words)  # out of order: a headline trafilatura put first
    if at >= 0:
        return {i: at + i for i in range(len(words))}
    window = page_text[cursor : cursor + 2 * len(words) + 200]
    matcher = difflib.SequenceMatcher(None, words, window, autojunk=False)
    return {
        block.a + i: cursor + block.b + i
        for block in matcher.get_matching_blocks()
        for i in range(block.size)
    }


def authors_of(field_text: str | None) -> list[str]:
    """trafilatura's `某某; 本报记者 某某` -> the names, read as the text reader reads a byline;
    a field of no names (`本站`, an outlet) gives none."""
    names: list[str] = []
    for part in (field_text or "").split(";"):
        part = normalize(part).text.strip()
        byline = parse_byline(part)
        for name in byline.authors + byline.correspondents or bare_names(part):
            if simplified_chars(name) not in names:
                names.append(simplified_chars(name))
    return names


def outlet_of(sitename: str | None) -> str | None:
    """The site's name; a host name (`people.com.cn`), which trafilatura falls back to, is none."""
    if not (sitename := _clean(sitename)) or re.fullmatch(r"[\w.-]+\.[a-z]{2,}", sitename, re.I):
        return None
    return normalize(sitename).text


def with_page_metadata(articles: list[Article], page: HtmlPage) -> list[Article]:
    """The page's metadata over what the text gave: all of it for the page's first report; a
    later report on the same page (a paper's page of several) keeps its own title and authors
    and takes the page's date, outlet and URL only where its text gives none."""
    out = []
    for k, a in enumerate(articles):
        if k == 0:
            authors = page.authors or a.authors
            out.append(
                replace(
                    a,
                    title=page.title or a.title,
                    # the same day with the time the text gives it keeps the time
                    date=a.date if a.date and page.date and a.date.startswith(page.date) else page.date or a.date,
                    source=page.outlet or a.source,
                    authors=authors + [n for n in a.correspondents if n not in authors],
                    url=page.url or a.url,
                )
            )
        else:
            out.append(replace(a, date=a.date or page.date, source=a.source or page.outlet, url=page.url or a.url))
    return out


def _clean(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None


def _same_words(a: str, b: str) -> bool:
    return "".join(a.split()) == "".join(b.split())
