"""Bytes -> text: UTF-16 with a byte-order mark, the encoding the file declares (an HTML page's
`<meta charset>`), UTF-8, then the two legacy Chinese encodings.

GB18030 and Big5 decode many byte strings that are not Chinese at all (each of
them accepts most pairs of high bytes), so a legacy decoding is accepted only when
its Han characters are mostly common ones; of two acceptable decodings the more
plausible one wins.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

from kb.errors import UsageError
from kb.model import Source

from .cues import HAN_CHAR

LEGACY_ENCODINGS = ("gb18030", "big5")
# Share of Han characters that must be common for a legacy decoding to be believed.
MIN_PLAUSIBILITY = 0.6
# Share of control characters above which a file is taken for binary.
MAX_CONTROL_SHARE = 0.01
# A declared encoding is read with the codec that decodes all it may hold: pages that say
# gb2312 or gbk are often written in GBK or GB18030, and a UTF-8 page may start with a BOM.
WIDER_CODEC = {"gb2312": "gb18030", "gbk": "gb18030", "utf-8": "utf-8-sig"}


class ReadError(UsageError):
    """A file that cannot be read as a Chinese report; the message names the file."""


def decode_file(path: str | Path, declared: Callable[[bytes], str | None] | None = None) -> Source:
    """`declared` reads the encoding a file says it is in (see `decode_bytes`)."""
    name = str(path)
    try:
        data = Path(path).read_bytes()
    except OSError as e:
        raise ReadError(f"{name}: cannot read ({e.strerror or e.__class__.__name__})") from None
    text, encoding = decode_bytes(data, name, declared(data) if declared else None)
    return Source(path=name, sha256=hashlib.sha256(data).hexdigest(), encoding=encoding, text=text)


def decode_bytes(data: bytes, name: str = "<bytes>", declared: str | None = None) -> tuple[str, str]:
    """The text of `data` and the encoding it was read with. A `declared` encoding (a Python
    codec name) is believed when it decodes the bytes into Chinese text; a page that lies
    about its encoding is read as if it declared none."""
    if not data.strip():
        raise ReadError(f"{name}: empty file")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 with its byte-order mark
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise ReadError(f"{name}: UTF-16 byte-order mark, but not UTF-16 text") from None
        if not HAN_CHAR.search(text):
            raise ReadError(f"{name}: no Chinese text in it")
        return text, "utf-16"
    if _looks_binary(data):
        raise ReadError(f"{name}: binary file, not text")
    if declared:
        try:
            text = data.decode(WIDER_CODEC.get(declared, declared))
        except (UnicodeDecodeError, LookupError):
            pass
        else:
            if HAN_CHAR.search(text):
                return text, WIDER_CODEC.get(declared, declared).removesuffix("-sig")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    else:
        if not HAN_CHAR.search(text):  # an English page, a CSV: not a report of this genre
            raise ReadError(f"{name}: no Chinese text in it")
        return text, "utf-8"
    candidates = []
    for encoding in LEGACY_ENCODINGS:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        score = plausibility(text)
        if score >= MIN_PLAUSIBILITY:
            candidates.append((score, encoding, text))
    if not candidates:
        raise ReadError(f"{name}: not UTF-8, GB18030 or Big5 Chinese text")
    _, encoding, text = max(candidates)
    return text, encoding


def plausibility(text: str) -> float:
    """Share of the Han characters that are common (GB2312 level 1 or Big5 frequent)."""
    han = [ch for ch in text if HAN_CHAR.match(ch)]
    if not han:
        return 0.0
    return sum(_is_common(ch) for ch in han) / len(han)


def _is_common(ch: str) -> bool:
    # GB2312 level 1 (bytes B0A1-D7F9) holds the 3755 most frequent Simplified characters,
    # Big5 A440-C67E the 5401 frequent Traditional ones.
    try:
        b = ch.encode("gb2312")
        if 0xB0 <= b[0] <= 0xD7:
            return True
    except UnicodeEncodeError:
        pass
    try:
        b = ch.encode("big5")
        return 0xA440 <= (b[0] << 8 | b[1]) <= 0xC67E
    except UnicodeEncodeError:
        return False


def _looks_binary(data: bytes) -> bool:
    if b"\x00" in data:
        return True
    controls = len(data) - len(data.translate(None, _CONTROL_BYTES))
    return controls > MAX_CONTROL_SHARE * len(data)


_CONTROL_BYTES = bytes(b for b in range(0x20) if b not in (0x09, 0x0A, 0x0D, 0x0C))
