"""Patterns shared by every reading module.

This module imports nothing from the package, so that `cues` (line kinds) and `pages`
(newspaper page furniture) can both build on it without importing each other in a circle.
"""

from __future__ import annotations

import re

HAN = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ebef\U00030000-\U0003134f"

# A full date with a year: `2022年8月22日`, `2022年08月22日`, `2022-11-03`, `2022/11/03`,
# `2022.11.03`, with an optional time (`08:12`, `10:20:31`, `10时20分`). The digit guards keep
# a longer number (`20221`, `2022.11.035`) from passing for a date.
DATE = re.compile(
    r"(?<!\d)(\d{4})\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})(?!\d)\s*日?"
    r"(?:\s*(\d{1,2})\s*[:：时]\s*(\d{2})(?!\d)\s*分?(?:\s*[:：]\s*\d{2}(?!\d)\s*秒?)?)?"
)

# The same in Chinese numerals, as some page headers print it: `二〇二二年八月二十二日`.
CN_DATE = re.compile(
    r"([〇○零一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月\s*([一二三四五六七八九十]{1,3})\s*日"
)
_CN_DIGITS = {
    ch: n
    for n, chars in enumerate(("〇○零", "一", "二", "三", "四", "五", "六", "七", "八", "九"))
    for ch in chars
}


def cn_number(numeral: str) -> int:
    """`二〇二二` -> 2022 (digit by digit), `二十二` -> 22, `十` -> 10 (with 十)."""
    if "十" not in numeral:
        return int("".join(str(_CN_DIGITS[ch]) for ch in numeral))
    tens, _, ones = numeral.partition("十")
    return (_CN_DIGITS[tens] if tens else 1) * 10 + (_CN_DIGITS[ones] if ones else 0)

