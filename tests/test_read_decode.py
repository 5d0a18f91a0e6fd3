import pytest

from kb.read import ReadError, decode_file
from kb.read.decode import plausibility

TEXT = "临时党支部成立后,党员下沉到社区,组织开展核酸检测和物资配送工作。"
TRADITIONAL = "臨時黨支部成立後,黨員下沉到社區,組織開展核酸檢測和物資配送工作。"


def write(tmp_path, data: bytes, name="report.txt"):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_utf8_is_read_and_hashed(tmp_path):
    source = decode_file(write(tmp_path, TEXT.encode("utf-8")))
    assert source.text == TEXT
    assert source.encoding == "utf-8"
    assert len(source.sha256) == 64


def test_utf8_bom_is_dropped(tmp_path):
    source = decode_file(write(tmp_path, b"\xef\xbb\xbf" + TEXT.encode("utf-8")))
    assert source.text == TEXT


def test_gb18030_when_utf8_fails(tmp_path):
    source = decode_file(write(tmp_path, TEXT.encode("gb18030")))
    assert source.text == TEXT
    assert source.encoding == "gb18030"


def test_big5_when_utf8_and_gb18030_fail_or_are_implausible(tmp_path):
    source = decode_file(write(tmp_path, TRADITIONAL.encode("big5")))
    assert source.text == TRADITIONAL
    assert source.encoding == "big5"


def test_path_kept_as_given(tmp_path):
    path = write(tmp_path, TEXT.encode())
    assert decode_file(str(path)).path == str(path)


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"  \n\n ", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (TEXT.encode("utf-16-le"), "binary"),  # UTF-16 without its byte-order mark is no text
        ("Größe und Maß, naïve café".encode("latin-1"), "not UTF-8"),
        ("東京都の新型コロナウイルス対策について".encode("shift_jis"), "not UTF-8"),
    ],
)
def test_refused_with_one_line_naming_the_file(tmp_path, data, reason):
    path = write(tmp_path, data, "bad.txt")
    with pytest.raises(ReadError) as err:
        decode_file(path)
    message = str(err.value)
    assert str(path) in message and reason in message and "\n" not in message


def test_unreadable_path(tmp_path):
    with pytest.raises(ReadError, match="missing.txt: cannot read"):
        decode_file(tmp_path / "missing.txt")
    with pytest.raises(ReadError, match="cannot read"):
        decode_file(tmp_path)  # a directory


def test_plausibility_prefers_real_chinese():
    garbage = TRADITIONAL.encode("big5").decode("gb18030", errors="replace")
    assert plausibility(TEXT) > 0.9
    assert plausibility(TRADITIONAL) > 0.9
    assert plausibility(garbage) < plausibility(TRADITIONAL)


def test_utf16_with_a_byte_order_mark_is_read():
    from kb.read.decode import decode_bytes

    text = "东城区民政局干部下沉到桃源社区。"
    for encoded in (text.encode("utf-16"), text.encode("utf-16-be").join([b"\xfe\xff", b""])):
        assert decode_bytes(encoded) == (text, "utf-16")
