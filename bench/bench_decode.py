"""Charset detection: kb/read/decode.py against charset-normalizer, on reports re-encoded.

.venv/bin/python bench/bench_decode.py

Issue 9 asks for a charset detector library where it beats decode.py on the corpus. Every
file of corpus/dev, seeds/ and tests/data is UTF-8, so the corpus alone cannot tell them
apart: each text is therefore written again as GB18030, Big5 (its Traditional form, where
Big5 can hold it), UTF-16 with a byte-order mark and UTF-8, in full and cut to its first 300
characters (short pages are where guessing is hard). A decoding is right when it gives the
text back exactly. Prints accuracy per encoding and the time per file.
"""

from __future__ import annotations

import contextlib
import sys
import time
from collections import defaultdict
from pathlib import Path

import charset_normalizer
import opencc

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kb.read.decode import decode_bytes  # noqa: E402

SOURCES = [ROOT.parent / "shared" / "corpus" / "dev", ROOT / "seeds", ROOT / "tests" / "data"]


def samples() -> list[tuple[str, str, bytes]]:
    """(encoding, text, bytes) for every text, length and encoding that can hold it."""
    to_traditional = opencc.OpenCC("s2t")
    out = []
    for folder in SOURCES:
        for f in sorted(folder.rglob("*.txt")):
            full = f.read_text(encoding="utf-8")
            for text in (full, full[:300]):
                out.append(("utf-8", text, text.encode("utf-8")))
                out.append(("utf-16", text, text.encode("utf-16")))
                out.append(("gb18030", text, text.encode("gb18030")))  # GB18030 holds every character
                traditional = to_traditional.convert(text)
                with contextlib.suppress(UnicodeEncodeError):  # Big5 holds fewer
                    out.append(("big5", traditional, traditional.encode("big5")))
    return out


def with_decode_py(data: bytes) -> str | None:
    try:
        return decode_bytes(data)[0]
    except Exception:
        return None


def with_charset_normalizer(data: bytes) -> str | None:
    best = charset_normalizer.from_bytes(data).best()
    return str(best) if best is not None else None


def main() -> None:
    cases = samples()
    print(f"{len(cases)} samples")
    print("| detector | " + " | ".join(["utf-8", "utf-16", "gb18030", "big5"]) + " | ms per file |")
    print("|---|---|---|---|---|---|")
    for name, detect in (("kb/read/decode.py", with_decode_py), ("charset-normalizer", with_charset_normalizer)):
        right: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        t0 = time.perf_counter()
        for encoding, text, data in cases:
            right[encoding][1] += 1
            right[encoding][0] += detect(data) == text
        ms = (time.perf_counter() - t0) * 1000 / len(cases)
        cells = [f"{right[e][0]}/{right[e][1]}" for e in ("utf-8", "utf-16", "gb18030", "big5")]
        print(f"| {name} | " + " | ".join(cells) + f" | {ms:.1f} |")


if __name__ == "__main__":
    main()
