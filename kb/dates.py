"""Dates an analyst can sort: the words of a report resolved against the report's own date.

A report says `3月31日` or `10日` and leaves the year (and the month) to its dateline. Resolved
with the article's date, a relation's date becomes a full ISO date, and the words are kept
beside it (`date_text`). A day after the report's own date is the same day of the year (or
month) before: a January report looks back on December.

In Neo4j, dates are temporal values, so that `ORDER BY a.date` sorts by time: an Article's
`date` is a DATE (its `datetime` a LOCAL DATETIME when the page gives the time), a
relation's `date` a DATE.
"""

from __future__ import annotations

import datetime as dt
import re

DAY_WORDS = re.compile(r"^(?:(?P<y>\d{4})年)?(?:(?P<m>\d{1,2})月)?(?P<d>\d{1,2})日$")


def resolve_day(words: str, article_date: str | None) -> str | None:
    """`3月31日` in a report of 2022-04-16 -> `2022-03-31`; None when it cannot be told."""
    m = DAY_WORDS.match(words.strip())
    if not m:
        return None
    ref = day_of(article_date)
    year, month, day = m.group("y"), m.group("m"), int(m.group("d"))
    try:
        if year:
            return dt.date(int(year), int(month), day).isoformat() if month else None
        if ref is None:
            return None
        if month:
            when = dt.date(ref.year, int(month), day)
            return (when if when <= ref else dt.date(ref.year - 1, int(month), day)).isoformat()
        when = dt.date(ref.year, ref.month, day)
        if when > ref:
            before = ref.replace(day=1) - dt.timedelta(days=1)
            when = dt.date(before.year, before.month, day)
        return when.isoformat()
    except ValueError:  # 2月30日, or a 31st in a month of 30 days
        return None


def day_of(iso: str | None) -> dt.date | None:
    """The day of an ISO date or date-time string (None if there is none)."""
    if not iso:
        return None
    try:
        return dt.date.fromisoformat(iso[:10])
    except ValueError:
        return None


def neo4j_dates(iso: str | None) -> dict[str, dt.date | dt.datetime]:
    """Properties for an ISO date or date-time: {date} or {date, datetime}; {} for none."""
    day = day_of(iso)
    if day is None:
        return {}
    if iso and len(iso) > 10:
        try:
            return {"date": day, "datetime": dt.datetime.fromisoformat(iso)}
        except ValueError:
            pass
    return {"date": day}
