"""A report's identity: what stays the same across copies of it.

The same report reaches an analyst many times: saved again with a byte-order mark or
Windows line ends, re-encoded as GBK, converted to Traditional script, syndicated by a
second site with its own navigation and footer. A hash of the file's bytes calls each of
them new, and every answer about the report then comes back twice. Its identity is
therefore taken from what the reader keeps of it: the body sentences, already Simplified
and cut free of page furniture, reduced to their letters and digits (so that half- and
full-width punctuation, spaces and line breaks do not count either).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from kb.model import Sentence

# Fewer letters than this in the body is no report (a page of navigation, a bare headline).
MIN_REPORT_CHARS = 6


def report_key(sentences: Iterable[Sentence]) -> str:
    """The body's letters and digits, casefolded: equal for every copy of a report."""
    return "".join(ch for s in sentences for ch in s.text.text if ch.isalnum()).casefold()


def article_uid(key: str) -> str:
    return "a_" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]
