"""A report's day words resolved to full dates with the report's year (kb/dates.py)."""

import pytest


@pytest.mark.parametrize("words, article_date, expect", [
    ("3月31日", "2022-04-16", "2022-03-31"),
    ("10日", "2022-04-16T08:12", "2022-04-10"),
    ("28日", "2022-04-16", "2022-03-28"),  # a day after the report's: the month before
    ("12月30日", "2022-01-05", "2021-12-30"),  # a January report looks back on December
    ("2021年2月3日", None, "2021-02-03"),
    ("3月31日", None, None),  # no year to give it
    ("2月30日", "2022-04-01", None),
])  # fmt: skip
def test_a_day_is_resolved_in_the_reports_year(words, article_date, expect):
    from kb.dates import resolve_day

    assert resolve_day(words, article_date) == expect
