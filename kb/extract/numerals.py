"""Numerals in Chinese news text: 1255, 3.7万余, 近2000, 一千二百余, 两, 逾百, 1,200.

A numeral is found where it stands, with its value and whether the text hedges it
(余, 多, 近, 约 ...). Whether it counts anything is decided by `kb.extract.stats`,
which looks at what follows it; this module only reads numbers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import cn2an

from kb.wordlists import read_words

# Hedges written before the number (近2000名) and between it and the measure word (3.7万余名).
APPROX_BEFORE = read_words("kb.extract", "approx_before.txt")
APPROX_AFTER = read_words("kb.extract", "approx_after.txt")
# "上百名, 上千人, 上万名" hedge only a bare power of ten.
APPROX_BEFORE_BARE = read_words("kb.extract", "approx_before_bare.txt")

_ARABIC = re.compile(r"(?P<digits>\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:\.\d+)?)(?P<mult>[万亿千百]*)")
_CHINESE = re.compile(r"[零〇一二两三四五六七八九十百千万亿]+")
_MULTIPLIER = {"百": 100, "千": 1000, "万": 10_000, "亿": 100_000_000}
# Full-width digits and brackets become ASCII one character for one, so offsets stay valid.
_FULLWIDTH = str.maketrans("０１２３４５６７８９．（）", "0123456789.()")


@dataclass(frozen=True)
class Numeral:
    value: float
    approx: bool
    chinese: bool  # written in Chinese characters (一千二百), not digits
    bare_power: bool  # only 百/千/万/亿 (万余名, 逾百人)
    start: int  # first character of the number itself, hedge excluded
    end: int  # after the number and any hedge that follows it (余, 多)
    hedge_start: int  # first character of a hedge before it (近), else == start


def ascii_digits(text: str) -> str:
    return text.translate(_FULLWIDTH)


def chinese_value(numeral: str) -> float | None:
    """The value of a Chinese numeral, or None when it is not a well-formed number."""
    if numeral in _MULTIPLIER:
        return float(_MULTIPLIER[numeral])
    try:
        return float(cn2an.cn2an(numeral, "smart"))
    except (ValueError, KeyError, TypeError):
        return None


def _hedged_after(text: str, end: int) -> tuple[bool, int]:
    for hedge in APPROX_AFTER:
        if text.startswith(hedge, end):
            return True, end + len(hedge)
    return False, end


def _hedged_before(text: str, start: int, bare_power: bool) -> tuple[bool, int]:
    hedges = APPROX_BEFORE + (APPROX_BEFORE_BARE if bare_power else ())
    for hedge in hedges:
        if text.endswith(hedge, 0, start):
            return True, start - len(hedge)
    return False, start


def find_numerals(text: str) -> list[Numeral]:
    """Every number in `text`, left to right, Arabic and Chinese."""
    text = ascii_digits(text)
    found: list[Numeral] = []
    for m in _ARABIC.finditer(text):
        value = float(m["digits"].replace(",", ""))
        end = m.end()
        mult = m["mult"]
        # 150万元 keeps 万 with its unit (万元), the way the reports write money.
        if mult and text.startswith("元", end):
            mult, end = "", m.start("mult")
        for ch in mult:
            value *= _MULTIPLIER[ch]
        approx_after, end = _hedged_after(text, end)
        approx_before, hedge_start = _hedged_before(text, m.start(), False)
        found.append(Numeral(value, approx_before or approx_after, False, False, m.start(), end, hedge_start))
    for m in _CHINESE.finditer(text):
        # The 万 of 3.7万 belongs to the Arabic numeral already read.
        if m.start() > 0 and (
            text[m.start() - 1].isdigit() or any(a.start <= m.start() < a.end for a in found)
        ):
            continue
        value = chinese_value(m[0])
        if value is None:
            continue
        bare = m[0] in _MULTIPLIER
        approx_after, end = _hedged_after(text, m.end())
        approx_before, hedge_start = _hedged_before(text, m.start(), bare)
        found.append(Numeral(value, approx_before or approx_after, True, bare, m.start(), end, hedge_start))
    return sorted(found, key=lambda n: n.start)
