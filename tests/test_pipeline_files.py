"""Which files a directory gives: .txt in any case, in sub-directories, regular files only, and
none too large to be a report."""

import os

import pytest

from kb.errors import UsageError
from kb.pipeline import MAX_FILE_BYTES, Reading, expand_paths

REPORT = "东城区民政局干部下沉到桃源社区。"


def test_a_directory_gives_its_reports_in_any_case_and_below(tmp_path):
    (tmp_path / "a.TXT").write_text(REPORT, encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "notes.md").write_text(REPORT, encoding="utf-8")
    assert sorted(p.name for p in expand_paths([tmp_path])) == ["a.TXT", "b.txt"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")
def test_a_fifo_is_never_read(tmp_path):
    os.mkfifo(tmp_path / "x.txt")
    (tmp_path / "a.txt").write_text(REPORT, encoding="utf-8")
    reading = Reading()
    assert [p.name for p in expand_paths([tmp_path], reading)] == ["a.txt"]
    assert reading.skipped == [(str(tmp_path / "x.txt"), "not a regular file")]
    with pytest.raises(UsageError, match="not a regular file"):
        expand_paths([tmp_path / "x.txt"])


def test_a_file_too_large_to_be_a_report_is_refused(tmp_path):
    big = tmp_path / "dump.txt"
    with big.open("wb") as f:
        f.truncate(MAX_FILE_BYTES + 1)
    with pytest.raises(UsageError, match="MB"):
        expand_paths([big])
