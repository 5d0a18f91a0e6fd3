"""File -> articles: decode, normalise, drop boilerplate, split, read metadata, split sentences.

One file may hold several reports. A report starts with a heading block (kicker,
title, subtitle) directly followed by metadata (a byline or a dateline); each such
place starts a new article, together with a newspaper page header right above it.
A page header followed by a heading starts one too. A file with none of them is one article.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from pathlib import Path

from kb.model import Article, Sentence, Text
from kb.wordlists import alternation, read_words

from .base import HAN
from .boilerplate import LineShape, find_boilerplate, says_caption
from .cues import CLAUSE_PUNCT, FINAL_PUNCT, glued_dateline, is_metadata_line, opens_report
from .decode import decode_file
from .html import is_html, read_page, with_page_metadata
from .identity import MIN_REPORT_CHARS, article_uid, report_key
from .linebreaks import HEADING_MAX_CHARS
from .metadata import (
    Metadata,
    dateline_date,
    dateline_source,
    lead_credits,
    parse_metadata_line,
    trailing_byline,
)
from .mojibake import find_mojibake
from .normalize import normalize, simplified_chars
from .pages import MASTHEAD, OUTLET_TOKEN, header_outlet, header_parts, is_header_part, is_masthead, jump_free_span
from .sentences import split_sentences
from .site import image_name_end, is_site_furniture, own_url

BOILERPLATE, METADATA, HEADING, BODY = "boilerplate", "metadata", "heading", "body"
# How many heading lines above a byline can belong to the title block (kicker, title, subtitle).
MAX_TITLE_LINES = 3
CELL_SEPARATORS = "|｜"
# A heading this short and of bare words is a kicker or a section name when one follows it.
LABEL_MAX_CHARS = 6
HAN_WORD = re.compile(f"[{HAN}]+")
# A heading wholly in brackets is a column's label (`【抗疫一线】`), not the headline under it.
COLUMN_LABEL = re.compile(r"[【\[〖][^】\]〗]{1,12}[】\]〗]")
# A page's title ends with the site's name after a separator: `某某标题_某某网`,
# `某某标题 | 某某日报`, `某某标题 - 某某新闻网` (a dash only between spaces: `——` opens a
# subtitle). After a bar or a dash, where a headline's second half may stand (`… | 织密防控网`),
# only a masthead (`某某日报`, `某某新闻网`) or a short `某某网` is the site.
SITE_AFTER_TITLE = re.compile(
    rf"\s*(?:_\s*{OUTLET_TOKEN.pattern}|(?:[|｜]|\s[-－–]\s)\s*(?:{MASTHEAD.pattern}|[{HAN}]{{2,3}}网))\s*$"
)
CHANNELS_AFTER_TITLE = re.compile(rf"(?:_[{HAN}A-Za-z]{{1,8}})+$")
# A day stamped before a headline: `02.26 某某标题`.
DATE_STAMP = re.compile(r"^\d{1,2}[.\-/]\d{1,2}\s+(?=\S)")
# The dateline that opens a lead: `某某网讯 `, `新华社某地8月4日电 `, `某某网消息:`.
LEAD_DATELINE = re.compile(
    rf"^[{HAN}\d·]{{2,24}}?(?:{alternation(read_words('kb.read', 'dateline_marks.txt'))})(?:\s+|[:：]|(?=[“‘(（]))"
)
# A lead's first clause that is only its date or time: `5月5日`, `2月3日上午`, `28日`.
LEAD_DATE = re.compile(r"(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}日(?:[上中下]午|早上|晚上|凌晨|清晨|当晚|晚|夜)?(?:以来)?")
_CLAUSE = re.compile(f"[{re.escape(CLAUSE_PUNCT + FINAL_PUNCT)}]")


@dataclass
class Line:
    text: Text  # stripped, one line of the normalised text
    gap_before: int
    gap_after: int
    kind: str = BODY


def read_articles(path: str | Path) -> list[Article]:
    page = read_page(path) if is_html(path) else None  # an HTML page: its main text, offsets into it
    source = page.source if page else decode_file(path)
    text = page.text if page else normalize(source.text)
    garbage = bytearray(len(source.text) + 1)
    for start, end in page.mojibake if page else find_mojibake(source.text):
        garbage[start:end] = b"\x01" * (end - start)
    lines = classify(split_lines(text))
    articles = []
    for group in split_groups(lines):
        article = build_article(group, str(path), source.sha256, garbage)
        if article is not None:
            articles.append(article)
    give_own_urls(lines, articles)
    return with_page_metadata(articles, page) if page else articles


def give_own_urls(lines: list[Line], articles: list[Article]) -> None:
    """`原文链接:https://…` names the address of the report above it (the line is furniture,
    outside every article's lines)."""
    for line in lines:
        if url := own_url(line.text.surface):
            above = [a for a in articles if a.start <= line.text.origin[0]]
            if above and above[-1].url is None:
                above[-1].url = url


def split_lines(text: Text) -> list[Line]:
    """Non-blank lines of `text`, stripped, with the blank lines around them (0 at the file's edges)."""
    spans = []
    pos = 0
    for raw in text.text.split("\n"):
        # A scraped table leaves its cell separator at the end of each cell (`某某要闻 |`) and
        # lines of nothing else: the separator is no part of the line, a line of it is blank.
        stripped = raw.strip().rstrip(CELL_SEPARATORS).rstrip()
        if stripped:
            left = pos + len(raw) - len(raw.lstrip())
            spans.append((left, left + len(stripped), pos))
        pos += len(raw) + 1
    lines = []
    for k, (start, end, line_start) in enumerate(spans):
        gap_before = text.text.count("\n", spans[k - 1][1], line_start) - 1 if k else 0
        gap_after = text.text.count("\n", end, spans[k + 1][2]) - 1 if k + 1 < len(spans) else 0
        lines.append(Line(text.slice(start, end), gap_before, gap_after))
    return lines


def is_lead_alone(line: str) -> bool:
    """`某某日报讯(记者 某某 通讯员 某某)` on a line of its own: the dateline, with no text after it."""
    found = lead_credits(line)
    return found is not None and not line[found[0]:].strip()


def classify(lines: list[Line]) -> list[Line]:
    boilerplate = find_boilerplate(
        [LineShape(line.text.text, line.gap_before, line.gap_after) for line in lines]
    )
    for line, furniture in zip(lines, boilerplate, strict=True):
        s = line.text.text
        # A caption's credit (`…测温。 本报记者 高雪峰 摄`) names a photographer, not an author,
        # so captions are dropped before a credit can be read as a byline.
        # A site's own lines (a footer's `电话:`, a notice's `来源:`) would pass for metadata.
        if says_caption(s) or is_site_furniture(s):
            line.kind = BOILERPLATE
        elif is_metadata_line(s) or is_lead_alone(s):
            line.kind = METADATA
        elif furniture:
            line.kind = BOILERPLATE
        elif (
            len(s) <= HEADING_MAX_CHARS
            and s[-1] not in CLAUSE_PUNCT
            and not any(ch in FINAL_PUNCT for ch in s)
        ):
            line.kind = HEADING
        else:
            line.kind = BODY
    # A masthead (`长沙日报`) next to a line of date or edition is a page header in two lines.
    for k, line in enumerate(lines):
        neighbours = lines[max(0, k - 1) : k] + lines[k + 1 : k + 2]
        if (
            line.kind == HEADING
            and is_masthead(line.text.text)
            and any(is_header_part(n.text.text) for n in neighbours)
        ):
            line.kind = METADATA
    lines = [part for line in lines for part in split_glued_dateline(line)]
    # A headline may exclaim (`党员冲锋在前!`): a short line right above a byline or a dateline is
    # a heading all the same, so long as it holds no full stop.
    for line, below in zip(lines, lines[1:], strict=False):
        s = line.text.text
        if (
            line.kind == BODY
            and below.kind == METADATA
            and opens_report(below.text.text)
            and len(s) <= HEADING_MAX_CHARS
            and "。" not in s
            and s[-1] not in CLAUSE_PUNCT
        ):
            line.kind = HEADING
    return lines


def split_glued_dateline(line: Line) -> list[Line]:
    """`标题 2022-02-17 来源:某某日报` -> the heading, then the dateline, as two lines."""
    if line.kind != METADATA or (cut := glued_dateline(line.text.text)) is None:
        return [line]
    head = line.text.text[:cut].rstrip()
    heading = Line(line.text.slice(0, len(head)), line.gap_before, 0, HEADING)
    return [heading, Line(line.text.slice(cut, len(line.text.text)), 0, line.gap_after, METADATA)]


def split_groups(lines: list[Line]) -> list[list[Line]]:
    """Cut before every heading block that a byline or a dateline follows directly (and
    before a page header right above it), and before a page header above a heading."""
    content = [line for line in lines if line.kind != BOILERPLATE]

    runs = header_runs(content)
    run_before = {end: first for first, end in runs.items()}
    starts = set()
    for k, line in enumerate(content):
        if (
            k in runs
            and runs[k] < len(content)
            and content[runs[k]].kind == HEADING
            and not (k and content[k - 1].kind == METADATA)  # a header under a byline is that report's
        ):
            starts.add(k)  # a header above a title is no dateline of the line above it
        elif line.kind == METADATA and k and content[k - 1].kind == HEADING and opens_report(line.text.text):
            first = k - 1
            while first > 0 and content[first - 1].kind == HEADING and k - first < MAX_TITLE_LINES:
                first -= 1
            starts.add(run_before.get(first, first))
    if not starts:
        return [content] if content else []
    ordered = sorted(starts)
    ordered[0] = 0  # whatever precedes the first title belongs to the first report
    return [content[a:b] for a, b in zip(ordered, [*ordered[1:], len(content)], strict=True)]


def header_runs(content: list[Line]) -> dict[int, int]:
    """Runs of page-header lines that name an outlet (`长沙日报 2022年8月22日`, or `长沙日报`
    over `2022年8月22日 星期一`): index of the first line -> one past the last."""
    runs = {}
    k = 0
    while k < len(content):
        end = k
        while end < len(content) and content[end].kind == METADATA and header_parts(content[end].text.text):
            end += 1
        if any(header_outlet(line.text.text) for line in content[k:end]):
            runs[k] = end
        k = max(end, k + 1)
    return runs


def build_article(group: list[Line], file: str, sha256: str, garbage: bytearray) -> Article | None:
    """The article of a group of lines; None when it holds no report text (a page of
    navigation, a headline alone)."""
    if not group:
        return None
    meta = Metadata()
    for line in group:
        if line.kind == METADATA:
            meta.merge(respelled(parse_metadata_line(line.text.text), line.text))
    paragraphs = [line for line in group if line.kind in (HEADING, BODY)]
    for line in paragraphs:  # a jump marker glued to a paragraph: `(上接第1版)金水区…`
        start, end = jump_free_span(line.text.text)
        start += image_name_end(line.text.text[start:end])  # `某地10.jpg志愿者…`
        if (start, end) != (0, len(line.text.text)) and end > start:
            line.text = line.text.slice(start, end)
    bodies = [line for line in paragraphs if line.kind == BODY]
    if bodies:
        lead = bodies[0].text
        meta.merge(dateline_source(lead.text))
        meta.merge(dateline_date(lead.text, meta))
        if found := lead_credits(lead.text):  # the dateline and its credits are no text
            start, credits = found
            meta.merge(respelled(credits, lead))
            bodies[0].text = lead.slice(start, len(lead.text))
    for line in bodies:  # credits glued to a paragraph's end: `…取得实效。(责任编辑:王磊)`
        if found := trailing_byline(line.text.text):
            cut, byline = found
            meta.merge(respelled(byline, line.text))
            line.text = line.text.slice(0, cut)

    def is_garbage(offset: int) -> bool:
        return bool(garbage[offset])

    sentences: list[Sentence] = []
    body: list[Sentence] = []
    for p, line in enumerate(paragraphs):
        for piece in split_sentences(line.text, is_garbage):
            sentences.append(Sentence(index=len(sentences), paragraph=p, text=piece))
            if line.kind == BODY:
                body.append(sentences[-1])
    key = report_key(body)
    if len(key) < MIN_REPORT_CHARS:
        return None
    return Article(
        uid=article_uid(key),
        file=file,
        files=[str(Path(file).resolve())],
        sha256=sha256,
        title=title_of(group, sentences),
        date=meta.date,
        source=meta.source,
        # The gold's and an analyst's authors are everyone the byline credits with the report,
        # correspondents included; `correspondents` says which of them were.
        authors=meta.authors + meta.correspondents,
        correspondents=meta.correspondents,
        editors=meta.editors,
        start=group[0].text.origin[0],
        end=group[-1].text.original_span(0, len(group[-1].text.text))[1],
        sentences=sentences,
    )


def respelled(meta: Metadata, text: Text) -> Metadata:
    """`meta` with every name spelt from the line's own characters, simplified one at a time
    (see `simplified_chars`): the normalised text may have turned a name into a word."""

    def spelt(name: str) -> str:
        at = text.text.find(name)
        return simplified_chars(text.surface[at : at + len(name)]) if at >= 0 else name

    for names in (meta.authors, meta.correspondents, meta.editors):
        names[:] = list(dict.fromkeys(spelt(n) for n in names))
    return meta


def without_site_name(title: str) -> str:
    """The headline without the site's name that a page's title carries after it."""
    bare = SITE_AFTER_TITLE.sub("", title)
    if bare != title:  # the channels between headline and site: `某某标题_要闻_某某网`
        bare = CHANNELS_AFTER_TITLE.sub("", bare)
    return bare if bare.strip() else title


def title_of(group: list[Line], sentences: list[Sentence]) -> str:
    """The report's headline: in the heading block right above the last byline or dateline
    before the text (a page's leftovers may stand above an earlier one), else the first
    heading below a dateline, else the first heading before the text. Within the block, not a
    kicker (`…——`) or a subtitle (`——…`), and not a short bare label when a longer heading
    follows (a kicker or a section name: `党建引领` over the headline) or a column's bracketed
    label, and without the site's name after it (`…_某某网`). Without a heading,
    the first clause of the lead that is not its date."""
    lead = list(itertools.takewhile(lambda line: line.kind != BODY, group))
    block: list[Line] = []
    for k in range(len(lead) - 1, 0, -1):
        if lead[k].kind == METADATA and lead[k - 1].kind == HEADING:
            first = k - 1
            while first > 0 and lead[first - 1].kind == HEADING and k - first < MAX_TITLE_LINES:
                first -= 1
            block = lead[first:k]
            break
    if not block:
        block = [line for line in lead if line.kind == HEADING]
    heads = [
        s for line in block if not ((s := line.text.text).endswith("——") or s.startswith("——"))
    ]
    for k, s in enumerate(heads):
        if k + 1 < len(heads) and (
            (len(s) <= LABEL_MAX_CHARS and HAN_WORD.fullmatch(s)) or COLUMN_LABEL.fullmatch(s)
        ):
            continue
        return without_site_name(DATE_STAMP.sub("", s))
    if not sentences:
        return ""
    lead_text = LEAD_DATELINE.sub("", sentences[0].text.text)
    clauses = [c for c in _CLAUSE.split(lead_text) if c.strip()]
    while len(clauses) > 1 and LEAD_DATE.fullmatch(clauses[0].strip()):  # `5月5日,…`
        clauses.pop(0)
    return clauses[0].strip() if clauses else lead_text
