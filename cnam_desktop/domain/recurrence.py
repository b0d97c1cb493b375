"""Recurring series of sessions: a weekly rule, the days it yields, the days it skips.

A `WeeklyRule` gives candidate days (some weekdays, every N weeks, between two dates);
`plan_series` removes the days that fall on a closure of the site: public holidays and
site closures always, school breaks when the rule says so. What was skipped is kept,
with a French reason, so that the user sees it before the series is saved.

Weeks are counted from the Monday of the start date's week: with `every_weeks=2`, the
chosen weekdays of the start week, of the third week, of the fifth… are kept.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, time, timedelta
from enum import StrEnum

from cnam_desktop.domain.enums import ClosureKind
from cnam_desktop.domain.formatting import BEFORE_UNIT, WEEKDAY_NAMES, french_day, plural
from cnam_desktop.domain.validation import ValidationError, Validator


def monday_of(day: date) -> date:
    """The Monday of the week `day` falls in."""
    return day - timedelta(days=day.weekday())


MAX_SERIES_DAYS = 731
"""A series spans two years at most (731 days covers a leap year)."""
MAX_EVERY_WEEKS = 12

_ORDINALS = {2: "deux", 3: "trois", 4: "quatre"}

# When closures overlap on one day, the reason shown is that of the first kind here.
_KIND_PRIORITY = (ClosureKind.PUBLIC_HOLIDAY, ClosureKind.SITE_CLOSURE, ClosureKind.SCHOOL_BREAK)


class EditScope(StrEnum):
    """Which sessions of a series an edit, a cancellation or a delete applies to."""

    THIS = "this"
    FOLLOWING = "following"
    ALL = "all"

    @property
    def label(self) -> str:
        return _SCOPE_LABELS[self]


_SCOPE_LABELS = {
    EditScope.THIS: "cette séance",
    EditScope.FOLLOWING: "cette séance et les suivantes",
    EditScope.ALL: "toute la série",
}


@dataclass(frozen=True)
class WeeklyRule:
    """Some weekdays (0 = lundi … 6 = dimanche), every `every_weeks` weeks, dates inclusive."""

    weekdays: frozenset[int]
    start_date: date
    end_date: date
    every_weeks: int = 1
    skip_school_breaks: bool = True

    def candidate_days(self) -> Iterator[date]:
        """The days of the rule, before any closure is skipped, in order."""
        first_monday = monday_of(self.start_date)
        day = self.start_date
        while day <= self.end_date:
            week = (day - first_monday).days // 7
            if day.weekday() in self.weekdays and week % self.every_weeks == 0:
                yield day
            day += timedelta(days=1)


@dataclass(frozen=True)
class ClosurePeriod:
    """A closure as plain values: the days from `start` to `end` (inclusive)."""

    label: str
    kind: ClosureKind
    start: date
    end: date


@dataclass(frozen=True)
class SkippedDay:
    day: date
    reason: str
    kind: ClosureKind


@dataclass(frozen=True)
class SeriesPlan:
    days: list[date]
    skipped: list[SkippedDay]


@dataclass(frozen=True)
class SeriesPreview:
    """What a series would create at a site, shown before saving it."""

    days: list[date]
    skipped: list[SkippedDay]
    description: str
    site_name: str

    @property
    def summary(self) -> str:
        """« 34 séances, 8 jours exclus »."""
        skipped = plural(len(self.skipped), "jour exclu", "jours exclus")
        return f"{plural(len(self.days), 'séance')}, {skipped}"


def validate_rule(rule: WeeklyRule) -> WeeklyRule:
    """Return the rule, or raise `ValidationError` naming each bad field in French."""
    v = Validator()
    if not rule.weekdays:
        v.fail("weekdays", "Jours de la semaine : choisissez au moins un jour.")
    elif any(not 0 <= d <= 6 for d in rule.weekdays):
        v.fail("weekdays", "Jours de la semaine : valeur inconnue (0 = lundi … 6 = dimanche).")
    if rule.start_date is None:
        v.fail("start_date", "Date de début : ce champ est obligatoire.")
    if rule.end_date is None:
        v.fail("end_date", "Date de fin : ce champ est obligatoire.")
    v.not_before("end_date", "Date de fin", rule.end_date, rule.start_date, "la date de début")
    if (
        rule.start_date is not None
        and rule.end_date is not None
        and (rule.end_date - rule.start_date).days > MAX_SERIES_DAYS
    ):
        v.fail(
            "end_date",
            "Date de fin : une série couvre deux ans au plus "
            f"(au plus tard le {french_day(rule.start_date + timedelta(MAX_SERIES_DAYS))}).",
        )
    if not 1 <= rule.every_weeks <= MAX_EVERY_WEEKS:
        v.fail(
            "every_weeks",
            f"Fréquence : doit être comprise entre 1 et {MAX_EVERY_WEEKS} semaines.",
        )
    v.raise_if_any()
    return rule


def plan_series(rule: WeeklyRule, closures: Iterable[ClosurePeriod]) -> SeriesPlan:
    """The days of the rule kept and skipped; `ValidationError` when the rule is bad or
    no day remains.

    `closures` are those that apply to the site (its own, region-wide, its department's).
    """
    validate_rule(rule)
    closed = _closed_days(rule, closures)
    days: list[date] = []
    skipped: list[SkippedDay] = []
    candidates = 0
    for day in rule.candidate_days():
        candidates += 1
        if day in closed:
            skipped.append(closed[day])
        else:
            days.append(day)
    if not days:
        raise ValidationError({"period": _empty_message(rule, candidates, skipped)})
    return SeriesPlan(days, skipped)


def _closed_days(rule: WeeklyRule, closures: Iterable[ClosurePeriod]) -> dict[date, SkippedDay]:
    skipped_kinds = [k for k in _KIND_PRIORITY if rule.skip_school_breaks or k in _ALWAYS_SKIPPED]
    relevant = sorted(
        (c for c in closures if c.kind in skipped_kinds),
        key=lambda c: (skipped_kinds.index(c.kind), c.start, c.label),
    )
    closed: dict[date, SkippedDay] = {}
    for closure in relevant:
        day = max(closure.start, rule.start_date)
        last = min(closure.end, rule.end_date)
        while day <= last:
            closed.setdefault(
                day, SkippedDay(day, skip_reason(closure.label, closure.kind), closure.kind)
            )
            day += timedelta(days=1)
    return closed


_ALWAYS_SKIPPED = frozenset({ClosureKind.PUBLIC_HOLIDAY, ClosureKind.SITE_CLOSURE})
# A label starting with this word already says what kind of closure it is.
_KIND_WORDS = {
    ClosureKind.PUBLIC_HOLIDAY: "jour férié",
    ClosureKind.SITE_CLOSURE: "fermeture",
    ClosureKind.SCHOOL_BREAK: "vacances",
}


def skip_reason(label: str, kind: ClosureKind) -> str:
    """« Armistice (jour férié) »; a label that already names its kind is kept as it is
    (« Vacances de la Toussaint (zone B) », « Fermeture des locaux : travaux »)."""
    kind_name = kind.label.casefold()
    if label.casefold().startswith(_KIND_WORDS[kind]):
        return label
    if label.endswith(")"):
        return f"{label}, {kind_name}"
    return f"{label} ({kind_name})"


def _empty_message(rule: WeeklyRule, candidates: int, skipped: list[SkippedDay]) -> str:
    period = f"du {french_day(rule.start_date)} au {french_day(rule.end_date)}"
    if not candidates:
        return f"Période : aucun des jours choisis ne tombe {period}."
    reasons = sorted({s.reason for s in skipped})
    return (
        f"Période : les {plural(candidates, 'jour')} de la série {period} tombent tous "
        f"sur des fermetures ({', '.join(reasons)})."
        if candidates > 1
        else f"Période : le seul jour de la série tombe sur une fermeture ({reasons[0]})."
    )


def french_time(value: time) -> str:
    """« 18 h », « 18 h 30 » (with no-break spaces)."""
    text = f"{value.hour}{BEFORE_UNIT}h"
    return f"{text}{BEFORE_UNIT}{value.minute:02d}" if value.minute else text


def _join(words: list[str]) -> str:
    return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} et {words[-1]}"


def describe_rule(rule: WeeklyRule, start: time | None = None, end: time | None = None) -> str:
    """« tous les mardis du 3 septembre 2019 au 30 juin 2020 », « un mardi sur deux … »,
    « les lundis et jeudis une semaine sur deux … »; times are added when given."""
    names = [WEEKDAY_NAMES[d] for d in sorted(rule.weekdays) if 0 <= d <= 6]
    if not names:
        return "aucun jour choisi"
    plurals = _join([f"{n}s" for n in names])
    n = rule.every_weeks
    if n == 1:
        rhythm = f"tous les {plurals}"
    elif len(names) == 1:
        rhythm = (
            f"un {names[0]} sur {_ORDINALS[n]}"
            if n in _ORDINALS
            else f"un {names[0]} toutes les {n} semaines"
        )
    else:
        rhythm = (
            f"les {plurals} une semaine sur {_ORDINALS[n]}"
            if n in _ORDINALS
            else f"les {plurals} toutes les {n} semaines"
        )
    text = f"{rhythm} du {french_day(rule.start_date)} au {french_day(rule.end_date)}"
    if start is not None and end is not None:
        text += f", de {french_time(start)} à {french_time(end)}"
    return text
