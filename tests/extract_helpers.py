"""Build articles from strings, to test extraction without files."""

from kb.extract.article import ArticleFacts, extract_article
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
