"""Dates in questions: "this week", "yesterday", "since January", "in 2022", "last month".

Pure but for dateparser (for named months and written dates), relative to a given `today`
so tests run on a fixed clock. A question's date phrase becomes a `DateFilter` (first and
last day, inclusive; either may be open) and is taken out of the question, so "What did
Peskov say this week?" is asked as "What did Peskov say?" over this week's articles.
"latest on Ukraine" asks for the newest first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

import dateparser

_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
            "eight": 8, "nine": 9, "ten": 10, "a": 1, "an": 1}


@dataclass(frozen=True, slots=True)
class DateFilter:
    first: date | None  # inclusive; None: open
    last: date | None  # inclusive; None: open
    newest: bool = False  # "latest", "recent": newest first
    words: str = ""  # the phrase as the user wrote it
    # "yesterday", "this week": about when articles came out, always. "in 2014", "in
    # January", "since 1998" may as well be about when something happened in the story.
    relative: bool = False

    def describe(self) -> str:
        if self.first and self.last:
            if self.first == self.last:
                return f"on {self.first.isoformat()}"
            return f"from {self.first.isoformat()} to {self.last.isoformat()}"
        if self.first:
            return f"since {self.first.isoformat()}"
        if self.last:
            return f"until {self.last.isoformat()}"
        return "newest first"

    def contains(self, day: str | None) -> bool:
        if day is None:
            return self.first is None and self.last is None
        d = day[:10]
        return (self.first is None or d >= self.first.isoformat()) and (
            self.last is None or d <= self.last.isoformat())


def _parse(words: str, today: date, prefer: str = "past") -> date | None:
    got = dateparser.parse(words, languages=["en"], settings={
        "PREFER_DATES_FROM": prefer, "RELATIVE_BASE": datetime.combine(today, datetime.min.time()),
        "PREFER_DAY_OF_MONTH": "first", "REQUIRE_PARTS": []})
    return got.date() if got else None


def _month_span(d: date) -> tuple[date, date]:
    nxt = date(d.year + (d.month == 12), d.month % 12 + 1, 1)
    return date(d.year, d.month, 1), nxt - timedelta(days=1)


_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
          r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
# Weekday names are no date here: "talks on Tuesday" is the article's Tuesday, whatever
# week it is now, so they stay in the question as words to search for.
_WHEN = (rf"(?:{_MONTH}\s+\d{{4}}|{_MONTH}(?:\s+\d{{1,2}}(?:st|nd|rd|th)?(?!\d))?"
         rf"(?:,?\s+\d{{4}})?|\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?|\d{{4}}-\d{{2}}-\d{{2}}|"
         rf"\d{{4}}|yesterday|today)")
_N = r"(\d+|one|two|three|four|five|six|seven|eight|nine|ten|a|an)"

_RULES: list[tuple[re.Pattern[str], str]] = [(re.compile(p, re.I), k) for p, k in [
    (rf"\bbetween\s+(?P<a>{_WHEN})\s+and\s+(?P<b>{_WHEN})", "between"),
    (rf"\b(?:since|from)\s+(?P<a>{_WHEN})", "since"),
    (rf"\b(?:before|until|till)\s+(?P<a>{_WHEN})", "before"),
    (rf"\bafter\s+(?P<a>{_WHEN})", "after"),
    (r"\b(?:over\s+|in\s+|during\s+)?the\s+(?:past|last)\s+" + _N +
     r"\s+(?P<unit>days?|weeks?|months?|years?)", "past_n"),
    (r"\b(?:in\s+the\s+)?(?:past|last)\s+" + _N + r"\s+(?P<unit>days?|weeks?|months?|years?)",
     "past_n"),
    (r"\b(?:so\s+far\s+)?this\s+(?P<unit>week|month|year)\b", "this"),
    (r"\b(?:over\s+|in\s+|during\s+)?(?:the\s+)?(?:last|past|previous)\s+"
     r"(?P<unit>week|month|year)\b", "last"),
    (r"\btoday\b", "today"),
    (r"\byesterday\b", "yesterday"),
    (rf"\b(?:in|during)\s+(?P<a>{_MONTH}(?:\s+\d{{4}})?)\b", "in_month"),
    (r"\b(?:in|during)\s+(?P<a>(?:19|20)\d{2})\b", "in_year"),
    (rf"\bon\s+(?P<a>{_WHEN})", "on"),
    (r"\b(?:the\s+)?(?:latest|newest|most\s+recent|recent(?:ly)?)\b", "newest"),
]]


_RELATIVE = {"today", "yesterday", "this", "last", "past_n", "newest"}


def parse_dates(question: str, today: date) -> tuple[DateFilter | None, str]:
    """The date filter a question asks for, and the question without its date words."""
    for pattern, kind in _RULES:
        m = pattern.search(question)
        if not m:
            continue
        found = _filter(kind, m, today)
        if found is None:
            continue
        rest = (question[:m.start()] + " " + question[m.end():]).strip()
        rest = re.sub(r"\s+([?.!,])", r"\1", re.sub(r"\s{2,}", " ", rest))
        rest = re.sub(r"^(?:on|about)\s+", "", rest, flags=re.I) if kind == "newest" else rest
        return DateFilter(found[0], found[1], kind == "newest", m.group().strip(),
                          kind in _RELATIVE), rest
    return None, question


def _filter(kind: str, m: re.Match[str], today: date) -> tuple[date | None,
                                                                date | None] | None:
    groups = m.groupdict()
    if kind == "today":
        return today, today
    if kind == "yesterday":
        return today - timedelta(days=1), today - timedelta(days=1)
    if kind == "newest":
        return None, None
    if kind == "this":
        unit = groups["unit"].lower()
        start = {"week": today - timedelta(days=today.weekday()),
                 "month": today.replace(day=1), "year": today.replace(month=1, day=1)}[unit]
        return start, today
    if kind == "last":
        unit = groups["unit"].lower()
        if unit == "week":
            start = today - timedelta(days=today.weekday() + 7)
            return start, start + timedelta(days=6)
        if unit == "month":
            return _month_span(today.replace(day=1) - timedelta(days=1))
        return date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)
    if kind == "past_n":
        n = int(m.group(1)) if m.group(1).isdigit() else _NUMBERS[m.group(1).lower()]
        unit = groups["unit"].lower().rstrip("s")
        days = {"day": 1, "week": 7, "month": 30, "year": 365}[unit] * n
        return today - timedelta(days=days - 1 if unit == "day" else days), today
    a = groups.get("a")
    if kind == "in_year" and a:
        return date(int(a), 1, 1), date(int(a), 12, 31)
    first = _when(a, today) if a else None
    if first is None:
        return None
    if kind == "in_month":
        return _month_span(first)
    if kind == "since" or kind == "after":
        start = first + timedelta(days=1) if kind == "after" else first
        return start, None
    if kind == "before":
        return None, first - timedelta(days=1)
    if kind == "on":
        return _span_of(a or "", first)
    if kind == "between":
        second = _when(groups["b"], today)
        if second is None:
            return None
        last = _span_of(groups["b"], second)[1]
        return (first, last) if first <= last else (second, first)
    return None


def _when(words: str, today: date) -> date | None:
    """The first day a written date stands for: "January" → 1 January (this year, or last
    if January has not come yet), "2022" → 1 January 2022."""
    w = words.strip()
    if re.fullmatch(r"\d{4}", w):
        return date(int(w), 1, 1)
    return _parse(w, today)


def _span_of(words: str, first: date) -> tuple[date, date]:
    """The days a written date covers: a year, a month, or one day."""
    w = words.strip().lower()
    if re.fullmatch(r"\d{4}", w):
        return first, date(first.year, 12, 31)
    if re.fullmatch(_MONTH + r"(?:\s+\d{4})?", w):
        return _month_span(first)
    return first, first
