"""Offset-keeping clean-up: original text -> `Text` (Simplified, cleaned, with an origin map).

Every step edits three parallel lists: `surface` (the cleaned text in the original
script), `simple` (the same in Simplified script) and `origin` (for each character, its
offset in the original). Deleting a character deletes it from all three, and replacing one
replaces it in place, so `origin` stays right whatever the order of the steps:

1. Pinyin glosses after a character are deleted: `產(chǎn)` -> `產`; HTML character references
   are decoded (`&#65292;` -> `，`, the character's origin is the `&`) and stray tags dropped
   (`<br>`, `</p>`), with the standard library's `html` module.
2. Punctuation is unified where it matters for matching (brackets, quotes, `·`), and NFKC
   applied to every character whose NFKC form is a single character.
3. Traditional -> Simplified with OpenCC, character for character.
4. Line breaks that cut a sentence are removed (see `linebreaks.py`).

Mojibake runs (see `mojibake.py`) are left exactly as they are.
"""

from __future__ import annotations

import html
import re
import unicodedata
from functools import cache, lru_cache

import opencc

from kb.model import Text

from .cues import HAN
from .linebreaks import is_continuation
from .mojibake import find_mojibake
from .pages import is_page_break_line

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
_PINYIN_SYLLABLE = re.compile(
    r"(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?"
    r"(?:a|o|e|ai|ei|ao|ou|an|en|ang|eng|ong|er|i|ia|ie|iao|iu|ian|in|iang|ing|iong|"
    r"u|ua|uo|uai|ui|uan|un|uang|ueng|ü|üe|üan|ün|v|ve|ue)[1-5]?"
)
GLOSS = re.compile(rf"(?<=[{HAN}])[(（]\s*([a-zü{_TONED}]{{1,7}}[1-5]?)\s*[)）]")

MIDDLE_DOTS = "•‧・･∙⋅·"
QUOTE_MAP = {"「": "“", "」": "”", "『": "‘", "』": "’", "〝": "“", "〞": "”", "＂": '"'}


@lru_cache(maxsize=1)
def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def normalize(original: str) -> Text:
    protected = _protected_mask(original)
    surface, origin = _drop_glosses(original)
    surface, origin = _decode_markup(surface, origin)
    keep = [not protected[o] for o in origin]
    surface = _unify_punctuation(surface, keep)
    simple = _to_simplified(surface, keep)
    surface, simple, origin = _join_broken_lines(surface, simple, origin, keep)
    return Text("".join(simple), "".join(surface), origin + [len(original)])


def simplified_chars(surface: str) -> str:
    """`surface` in Simplified script one character at a time. A person's name is no word:
    OpenCC's phrase table turns the Simplified name 沈默 into the word 沉默, its table of
    characters leaves 沈 alone and still makes 陳 of a Traditional name 陈."""
    return "".join(c if len(c := _t2s().convert(ch)) == 1 else ch for ch in surface)


def is_gloss(letters: str) -> bool:
    """A Pinyin syllable: with a tone mark, or a bare syllable such as `de`."""
    plain = unicodedata.normalize("NFKD", letters)
    plain = "".join(ch for ch in plain if not unicodedata.combining(ch)).replace("ü", "v")
    return any(ch in _TONED for ch in letters) or bool(_PINYIN_SYLLABLE.fullmatch(plain))


def _protected_mask(original: str) -> list[bool]:
    mask = [False] * len(original)
    for start, end in find_mojibake(original):
        mask[start:end] = [True] * (end - start)
    return mask


def _drop_glosses(original: str) -> tuple[list[str], list[int]]:
    chars, origin, pos = [], [], 0
    for m in GLOSS.finditer(original):
        if not is_gloss(m.group(1)):
            continue
        chars.extend(original[pos : m.start()])
        origin.extend(range(pos, m.start()))
        pos = m.end()
    chars.extend(original[pos:])
    origin.extend(range(pos, len(original)))
    return chars, origin


ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});")
TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]{0,9}(?:\s[^<>]{0,200})?/?>")


def _decode_markup(chars: list[str], origin: list[int]) -> tuple[list[str], list[int]]:
    """HTML character references decoded, tags dropped, each kept character keeping its origin."""
    text = "".join(chars)
    if "&" not in text and "<" not in text:
        return chars, origin
    out_chars, out_origin, pos = [], [], 0
    for m in sorted([*ENTITY.finditer(text), *TAG.finditer(text)], key=lambda m: m.start()):
        if m.start() < pos:
            continue
        out_chars.extend(chars[pos:m.start()])
        out_origin.extend(origin[pos:m.start()])
        decoded = html.unescape(m.group(0)).replace("\xa0", " ") if m.group(0).startswith("&") else ""
        if len(decoded) == 1:
            out_chars.append(decoded)
            out_origin.append(origin[m.start()])
        elif decoded == m.group(0):  # not a reference html knows: keep it as written
            out_chars.extend(chars[m.start():m.end()])
            out_origin.extend(origin[m.start():m.end()])
        pos = m.end()
    out_chars.extend(chars[pos:])
    out_origin.extend(origin[pos:])
    return out_chars, out_origin


def _unify_punctuation(chars: list[str], keep: list[bool]) -> list[str]:
    out = []
    open_quote = True  # straight quotes alternate between opening and closing within a line
    for ch, editable in zip(chars, keep, strict=True):
        if ch == "\n":
            open_quote = True
        if not editable:
            out.append(ch)
            continue
        ch = _unified(ch)
        if ch == '"':
            ch = "“" if open_quote else "”"
            open_quote = not open_quote
        out.append(ch)
    return out


@cache
def _unified(ch: str) -> str:
    ch = QUOTE_MAP.get(ch, ch)
    nfkc = unicodedata.normalize("NFKC", ch)
    if len(nfkc) == 1 and not _is_list_marker(ch):
        ch = nfkc
    return "·" if ch in MIDDLE_DOTS else ch


def _is_list_marker(ch: str) -> bool:
    # ① ⑵ ❶ number the items of a list; as plain digits they would read as counts.
    return "\u2460" <= ch <= "\u24ff" or "\u2776" <= ch <= "\u2793" or "\u3251" <= ch <= "\u32bf"


def _to_simplified(chars: list[str], keep: list[bool]) -> list[str]:
    """OpenCC on the whole text when it keeps the length (almost always), else line by line,
    else character by character, so that the result stays aligned with `chars`."""
    text = "".join(chars)
    converted = _t2s().convert(text)
    if len(converted) != len(text):
        pieces = []
        for line in text.splitlines(keepends=True):
            piece = _t2s().convert(line)
            if len(piece) != len(line):
                piece = "".join(c if len(c := _t2s().convert(ch)) == 1 else ch for ch in line)
            pieces.append(piece)
        converted = "".join(pieces)
    return [new if editable else old for old, new, editable in zip(chars, converted, keep, strict=True)]


_LINE = re.compile(r"[^\n]*")


def _is_latin_letter(ch: str) -> bool:
    return ch.isascii() and ch.isalpha()

REST_WINDOW = 200


def _join_broken_lines(
    surface: list[str], simple: list[str], origin: list[int], editable: list[bool]
) -> tuple[list[str], list[str], list[int]]:
    """Remove the breaks that `is_continuation` calls cuts. A line that ends in a mojibake run
    keeps its break: such runs are most often a garbled full stop and closing quote."""
    text = "".join(simple)
    # A page break drops a page number and a running header into the middle of a sentence;
    # they are passed over here, so the two halves meet and a cut deletes them with the break.
    lines = [
        (m.start(), m.end())
        for m in _LINE.finditer(text)
        if text[m.start() : m.end()].strip() and not is_page_break_line(text[m.start() : m.end()])
    ]
    # Decide from the last break to the first, so that `rest` is the block already joined.
    cuts: list[tuple[int, int, bool]] = []  # (start, end) of break to delete, keep a space?
    rest_start = None
    for k in range(len(lines) - 1, 0, -1):
        (ps, pe), (ns, ne) = lines[k - 1], lines[k]
        line, following = text[ps:pe], text[ns:ne]
        # The rules read only the start of the block: a bounded window keeps this linear.
        rest = text[ns : min(rest_start if rest_start is not None else len(text), ns + REST_WINDOW)]
        after = text[slice(*lines[k + 1])] if k + 1 < len(lines) else ""
        ends_in_mojibake = not editable[ps + len(line.rstrip()) - 1]
        if not ends_in_mojibake and is_continuation(line, following, rest, after):
            left = ps + len(line.rstrip())
            right = ns + (len(following) - len(following.lstrip()))
            # Two Latin words keep a space between them; a number cut in two (`2\n36个`) does not.
            latin = _is_latin_letter(text[left - 1]) and _is_latin_letter(text[right])
            cuts.append((left, right, latin))
        else:
            rest_start = pe
    if not cuts:
        return surface, simple, origin
    keep = [True] * len(text)
    for left, right, latin in cuts:
        keep[left + 1 if latin else left : right] = [False] * (right - left - (1 if latin else 0))
        if latin:
            surface[left] = simple[left] = " "
    idx = [i for i, k in enumerate(keep) if k]
    return [surface[i] for i in idx], [simple[i] for i in idx], [origin[i] for i in idx]
