"""The keys a name is found by, and how close a typed name is to them. No database here.

An entity's look-up keys (the `lookup` property, written by kb.store.writer and indexed by
the full-text index `entity_lookup`) are its name and aliases in Simplified script, the
Pinyin of each without tones or spaces (郭家娄居民区 -> guojialoujuminqu) and its initials
(gjljmq). Class nodes (`generic`) get none, so the index only ever offers specific things.
What a user types goes through the same functions, so 郭家樓居民區 (Traditional, and 楼 for
娄) meets 郭家娄居民区 through its Pinyin, and so do `guojialou` and `Guo Jia Lou`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from rapidfuzz import fuzz

MAX_NAME_LENGTH = 100  # characters; the longest stored names are far shorter, and Lucene caps clauses

# Characters with a meaning in Lucene's query syntax; user text is matched literally.
_LUCENE_SPECIAL = re.compile(r'([+\-!(){}\[\]^"~*?:\\/&|])')
_NOT_KEY = re.compile(r"[^0-9a-z]")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_OTHER = "\0"  # marks a chunk pypinyin has no reading for (Latin letters, digits)

PINYIN_WEIGHT = 0.95  # sounding the same is a little less sure than being written the same
PART_WEIGHT = 0.9  # part of a name (郭家娄 of 郭家娄居民区) is less sure than the whole


def normalise(text: str) -> str:
    """The canonical form of a name, made exactly as the extractor makes it: the reader's
    normalisation (OpenCC Traditional -> Simplified, unified brackets and quotes, NFKC),
    then no quotes or book-title marks, so that what a user types meets what was stored."""
    from kb.extract.entities import normalise_name
    from kb.read import normalize

    return normalise_name(normalize(text.strip()).text)


def has_cjk(text: str) -> bool:
    return bool(_CJK.search(text))


@lru_cache(maxsize=1 << 16)  # the writer meets a region's name again in every file that names it
def pinyin_keys(form: str) -> tuple[str, str]:
    """(Pinyin without tones or spaces, initials) of a Simplified form, lower case; Latin
    letters and digits are kept whole in both (二号楼A座 -> erhaolouazuo, ehlaz)."""
    from pypinyin import lazy_pinyin  # 0.16 s to import: only when a name is not found as typed

    full, initials = [], []
    for syllable in lazy_pinyin(form, errors=lambda chunk: [_OTHER + chunk]):
        if syllable.startswith(_OTHER):
            other = _NOT_KEY.sub("", syllable[1:].lower().replace("ü", "v"))
            full.append(other)
            initials.append(other)
        else:
            full.append(syllable)
            initials.append(syllable[:1])
    return _NOT_KEY.sub("", "".join(full)), _NOT_KEY.sub("", "".join(initials))


def lookup_keys(name: str, aliases: Iterable[str]) -> list[str]:
    """The `lookup` property of a specific entity: its Simplified forms, their Pinyin and
    their initials, distinct and sorted."""
    forms = {f for f in (name, *(normalise(a) for a in aliases if a != name)) if f}
    keys = set(forms)
    for form in forms:
        keys.update(k for k in pinyin_keys(form) if k)
    return sorted(keys)


def query_keys(text: str) -> tuple[str, str]:
    """(Simplified form, Pinyin key) of what a user typed. `Guo Jia Lou` and `guojialou`
    give the same key; so do 郭家楼 and 郭家娄."""
    form = normalise(text)
    return form, pinyin_keys(form)[0] if form else ""


def lucene_query(form: str, key: str, *, written: bool = True) -> str:
    """A Lucene query for the full-text index: the Pinyin key as a whole term, as a prefix
    (guojialou finds guojialoujuminqu) and, when long, within one edit; and, if `written`,
    the form's words (the CJK analyzer makes bigrams of Chinese) matched literally, special
    characters escaped and in lower case so that AND, OR, NOT are words, not operators.
    The Pinyin clauses alone are cheap; the bigrams of common words (居民, 社区) are not."""
    clauses = [_LUCENE_SPECIAL.sub(r"\\\1", form).lower()] if written else []
    if len(key) >= 2:
        clauses += [f"{key}^2", f"{key}*"]
    if len(key) >= 8:
        clauses.append(f"{key}~1")
    return " ".join(clauses)


def similarity(typed: str, key: str) -> float:
    """0-100: the whole of `key` against the whole of `typed`, or `typed` as part of `key`
    (never `key` as part of `typed`: that is how a class word inside a name, 居民区 in
    郭家楼居民区, came to be the answer)."""
    whole = fuzz.ratio(typed, key)
    if len(typed) < len(key):
        return max(whole, PART_WEIGHT * fuzz.partial_ratio(typed, key))
    return whole


def closeness(form: str, key: str, keys: Sequence[str]) -> tuple[float, str]:
    """(score, how) of an entity whose look-up keys are `keys` for the typed `form` and its
    Pinyin `key`. The score's decimals hold a tie-break below one point: the plain ratio to
    the closest form, so that of two names containing 郭家娄 the shorter comes first."""
    best, how, ratio = 0.0, "fuzzy", 0.0
    written = has_cjk(form)  # else the user typed Pinyin (or initials): only the sound counts
    for k in keys:
        if has_cjk(k):
            if not written:
                continue
            s = similarity(form, k)
            if s == 100:
                return 100.0, "alias"
            if s > best:
                best, how, ratio = s, "fuzzy", fuzz.ratio(form, k)
        elif key:
            s = PINYIN_WEIGHT * similarity(key, k)
            if s > best:
                best, how, ratio = s, "pinyin", fuzz.ratio(key, k)
    return best - (100.0 - ratio) / 1000.0, how
