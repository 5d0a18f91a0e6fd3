"""The word lists the extractor's stages share (data/*.txt, data/*.tsv), loaded once.

Head nouns, post titles, relation cues, boundary words, surnames and the like are read here
into one `Lexicon`; a list that only one rule or finder uses is loaded by its module. Every
list is read through `kb.wordlists`. Adding a cue word, a suffix or a post title is a
change to a data file, not to the rules.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from kb.wordlists import read_groups, read_list, read_rows

HERE = "kb.extract"  # the package whose data/ holds these lists


@dataclass(frozen=True)
class Head:
    """A head noun that ends a name and decides its label."""

    suffix: str
    label: str
    kind: str


@dataclass(frozen=True)
class Lexicon:
    heads: dict[str, Head]  # suffix -> head
    head_lengths: tuple[int, ...]  # longest first
    region_suffixes: tuple[tuple[str, str], ...]  # (suffix, level), longest first: 新区 before 区
    surnames: frozenset[str]
    titles: frozenset[str]
    title_lengths: tuple[int, ...]
    boundaries: frozenset[str]
    boundary_lengths: tuple[int, ...]
    generic_words: tuple[str, ...]  # longest first
    generic_words_and_heads: tuple[str, ...]  # a modifier made of these (隔离点, 社区, 临时) names no one
    cues: dict[str, tuple[str, ...]]  # relation type -> cue words, longest first
    mechanism_suffixes: tuple[str, ...]  # longest first
    false_heads: tuple[str, ...]
    person_introducers: tuple[str, ...]  # longest first
    short_form_breakers: tuple[str, ...]  # 路 after 中山: the short form starts a road's name
    county_short_form_breakers: tuple[str, ...]  # 银行 after 中原: a county's short form starts a brand
    community_head_breakers: tuple[str, ...]  # 路 after 花园: the head is inside a road's name
    place_boundaries: tuple[str, ...]  # 支援 in 支援红旗社区: boundaries for places' names only
    after_name_words: tuple[str, ...]  # 分别, 陪同: words that may follow a name after a title
    not_names: frozenset[str]  # 马上, 高度: words that look like names after a title
    leading_verbs: frozenset[str]  # 经 in 经区委组织部研究: never the first character of a body's name
    title_fits: dict[str, tuple[str, ...]]  # 组长 -> (组, 专班): the bodies a bare title belongs to
    long_name_followers: tuple[str, ...] = ()  # 下沉, 说: end a transliterated name of 3–5 characters
    name_adverbs: str = ""  # 则, 便: end a two-character name when a verb of name_adverb_verbs follows
    name_adverb_verbs: tuple[str, ...] = ()  # 带着, 下沉: the verbs after such an adverb
    sent_people: tuple[str, ...] = ()  # 干部, 党员教师: a body's own people, counted before a verb of going

    def title_ending_at(self, text: str, end: int) -> str | None:
        return _word_ending_at(self.titles, self.title_lengths, text, end)

    def title_starting_at(self, text: str, start: int) -> str | None:
        return _word_starting_at(self.titles, self.title_lengths, text, start)

    def boundary_ending_at(self, text: str, end: int) -> str | None:
        return _word_ending_at(self.boundaries, self.boundary_lengths, text, end)

    def boundary_starting_at(self, text: str, start: int) -> str | None:
        return _word_starting_at(self.boundaries, self.boundary_lengths, text, start)


def _word_ending_at(words: frozenset[str], lengths: tuple[int, ...], text: str, end: int) -> str | None:
    """The longest of `words` (whose lengths are `lengths`, longest first) ending at `end`."""
    for n in lengths:
        if n <= end and text[end - n : end] in words:
            return text[end - n : end]
    return None


def _word_starting_at(words: frozenset[str], lengths: tuple[int, ...], text: str, start: int) -> str | None:
    """The longest of `words` (whose lengths are `lengths`, longest first) starting at `start`."""
    for n in lengths:
        if text[start : start + n] in words:
            return text[start : start + n]
    return None


def _longest_first(name: str) -> tuple[str, ...]:
    return tuple(sorted(read_list(HERE, name), key=len, reverse=True))


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    heads = {r[0]: Head(r[0], r[1], r[2]) for r in read_rows(HERE, "org_suffixes.tsv")}
    titles = frozenset(read_list(HERE, "post_titles.txt"))
    cues = read_groups(HERE, "relation_cues.tsv")
    # A cue verb is never inside a name (…医疗队入驻方舱 is two things).
    boundaries = frozenset(read_list(HERE, "boundary_words.txt")) | {c for cs in cues.values() for c in cs}
    return Lexicon(
        heads=heads,
        head_lengths=tuple(sorted({len(s) for s in heads}, reverse=True)),
        region_suffixes=tuple(sorted(((r[0], r[1]) for r in read_rows(HERE, "region_suffixes.tsv")), key=lambda r: -len(r[0]))),
        surnames=frozenset(read_list(HERE, "surnames.txt")),
        titles=titles,
        title_lengths=tuple(sorted({len(t) for t in titles}, reverse=True)),
        boundaries=boundaries,
        boundary_lengths=tuple(sorted({len(b) for b in boundaries}, reverse=True)),
        generic_words=_longest_first("generic_words.txt"),
        generic_words_and_heads=tuple(sorted({*read_list(HERE, "generic_words.txt"), *heads}, key=len, reverse=True)),
        cues={t: tuple(sorted(c, key=len, reverse=True)) for t, c in cues.items()},
        mechanism_suffixes=_longest_first("mechanism_suffixes.txt"),
        false_heads=tuple(read_list(HERE, "false_heads.txt")),
        person_introducers=_longest_first("person_introducers.txt"),
        short_form_breakers=_longest_first("short_form_breakers.txt"),
        county_short_form_breakers=_longest_first("county_short_form_breakers.txt"),
        community_head_breakers=_longest_first("community_head_breakers.txt"),
        leading_verbs=frozenset(read_list(HERE, "leading_verbs.txt")),
        not_names=frozenset(read_list(HERE, "not_names.txt")),
        after_name_words=tuple(read_list(HERE, "after_name_words.txt")),
        place_boundaries=_longest_first("place_boundary_words.txt"),
        title_fits={r[0]: tuple(r[1:]) for r in read_rows(HERE, "title_fits.tsv")},
        long_name_followers=_longest_first("long_name_followers.txt"),
        name_adverbs="".join(read_list(HERE, "name_adverbs.txt")),
        name_adverb_verbs=_longest_first("name_adverb_verbs.txt"),
        sent_people=tuple(read_list(HERE, "sent_people.txt")),
    )
