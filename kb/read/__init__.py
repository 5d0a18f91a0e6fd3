"""The reading stage: a file of scraped or pasted reports -> articles made of sentences.

decode_file(path) -> Source          bytes -> text (UTF-8, GB18030, Big5)
normalize(original) -> Text          offset-keeping clean-up, Simplified script
read_articles(path) -> [Article]     boilerplate dropped, articles split, metadata, sentences
read_page(path) -> HtmlPage          an HTML page's main text (offsets into the page) and metadata
"""

from .articles import read_articles
from .decode import ReadError, decode_file
from .normalize import normalize

__all__ = ["ReadError", "decode_file", "normalize", "read_articles"]
