"""Public holidays and school breaks from the `holidays` package, as closures and day sets.

Conventions of the `closure` rows written by the seeders:
- national public holidays and school breaks: `site_id` NULL, `subdivision` NULL
  (every site of the Grand Est region is in school zone B);
- the two extra Alsace-Moselle days (Good Friday, 26 December): `site_id` NULL and
  `subdivision` = the department code ("57", "67", "68"), so a closure applies to a
  site when `subdivision IS NULL OR subdivision = site.department`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

import holidays

from cnam_desktop.domain.enums import ClosureKind

# Departments under Alsace-Moselle local law → subdivision code of `holidays.France`.
ALSACE_MOSELLE: dict[str, str] = {"57": "57", "67": "6AE", "68": "6AE"}
DEFAULT_ZONE = "Zone B"


@dataclass(frozen=True)
class ClosureSpan:
    kind: ClosureKind
    label: str
    start: date
    end: date
    subdivision: str | None = None

    def days(self) -> Iterator[date]:
        day = self.start
        while day <= self.end:
            yield day
            day += timedelta(days=1)


def _years(start: date, end: date) -> tuple[int, ...]:
    return tuple(range(start.year, end.year + 1))


@lru_cache(maxsize=32)
def _france(years: tuple[int, ...], subdiv: str | None, school: bool) -> dict[date, str]:
    categories = ("school",) if school else ("public",)
    calendar = holidays.France(years=years, subdiv=subdiv, categories=categories, language="fr")
    return dict(calendar.items())


def public_holidays(start: date, end: date) -> dict[date, str]:
    """National public holidays between two dates (inclusive), with their French names."""
    return {d: n for d, n in _france(_years(start, end), None, False).items() if start <= d <= end}


def local_holidays(start: date, end: date, department: str | None) -> dict[date, str]:
    """Extra public holidays of a department (Alsace-Moselle), beyond the national ones."""
    subdiv = ALSACE_MOSELLE.get(department or "")
    if subdiv is None:
        return {}
    years = _years(start, end)
    national = _france(years, None, False)
    return {
        d: n
        for d, n in _france(years, subdiv, False).items()
        if start <= d <= end and d not in national
    }


def school_breaks(start: date, end: date, zone: str = DEFAULT_ZONE) -> list[ClosureSpan]:
    """School breaks of a zone, as day ranges clipped to [start, end]."""
    days = sorted(
        (d, n) for d, n in _france(_years(start, end), zone, True).items() if start <= d <= end
    )
    suffix = zone.replace("Zone", "zone")
    spans: list[ClosureSpan] = []
    for day, name in days:
        label = f"{name} ({suffix})"
        last = spans[-1] if spans else None
        if last and last.label == label and last.end + timedelta(days=1) == day:
            spans[-1] = ClosureSpan(last.kind, label, last.start, day)
        else:
            spans.append(ClosureSpan(ClosureKind.SCHOOL_BREAK, label, day, day))
    return spans


def holiday_spans(
    start: date, end: date, departments: Iterable[str] = tuple(ALSACE_MOSELLE)
) -> list[ClosureSpan]:
    """Public holidays as one-day spans: national ones (`subdivision` None), then the
    extra Alsace-Moselle days of each of `departments` (`subdivision` = department)."""
    spans = [
        ClosureSpan(ClosureKind.PUBLIC_HOLIDAY, name, day, day)
        for day, name in sorted(public_holidays(start, end).items())
    ]
    for department in sorted(set(departments)):
        for day, name in sorted(local_holidays(start, end, department).items()):
            label = f"{name} (Alsace-Moselle)"
            spans.append(ClosureSpan(ClosureKind.PUBLIC_HOLIDAY, label, day, day, department))
    return spans


def closure_spans(start: date, end: date, zone: str = DEFAULT_ZONE) -> list[ClosureSpan]:
    """Region-wide closures: public holidays, Alsace-Moselle days, school breaks."""
    spans = holiday_spans(start, end)
    spans.extend(school_breaks(start, end, zone))
    return spans


def closed_days(
    start: date, end: date, department: str | None, zone: str = DEFAULT_ZONE
) -> set[date]:
    """Days without sessions at a site: public holidays (local ones too) and school breaks."""
    days = set(public_holidays(start, end)) | set(local_holidays(start, end, department))
    for span in school_breaks(start, end, zone):
        days.update(span.days())
    return days
