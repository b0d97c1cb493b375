"""Weekly rules over the school year 2019–2020 (zone B), with Alsace-Moselle days.

Expectations are hand-written date lists (checked against a calendar), or read from the
`holidays` package directly — never from the module under test.
"""

from datetime import date, time, timedelta

import holidays
import pytest

from cnam_desktop.domain.enums import ClosureKind
from cnam_desktop.domain.formatting import french_day
from cnam_desktop.domain.recurrence import (
    ClosurePeriod,
    EditScope,
    WeeklyRule,
    describe_rule,
    plan_series,
    skip_reason,
    validate_rule,
)
from cnam_desktop.domain.validation import ValidationError

START, END = date(2019, 9, 2), date(2020, 6, 30)
YEARS = (2019, 2020)
MON, TUE, THU, FRI = 0, 1, 3, 4
NBSP = "\u00a0"


def _public(subdiv: str | None = None) -> list[ClosurePeriod]:
    """National public holidays, or only the extra days of a subdivision."""
    national = holidays.France(years=YEARS, language="fr")
    if subdiv is None:
        days = dict(national)
    else:
        local = holidays.France(years=YEARS, subdiv=subdiv, language="fr")
        days = {d: n for d, n in local.items() if d not in national}
    return [ClosurePeriod(n, ClosureKind.PUBLIC_HOLIDAY, d, d) for d, n in days.items()]


def _school_breaks() -> list[ClosurePeriod]:
    """Zone B school days off, as one-day periods (the rule must cope with any shape)."""
    breaks = holidays.France(years=YEARS, subdiv="Zone B", categories=("school",), language="fr")
    return [ClosurePeriod(n, ClosureKind.SCHOOL_BREAK, d, d) for d, n in breaks.items()]


def _every(weekday: int, start: date, end: date) -> list[date]:
    day = start + timedelta((weekday - start.weekday()) % 7)
    days = []
    while day <= end:
        days.append(day)
        day += timedelta(7)
    return days


TUESDAYS_SKIPPED = [
    (date(2019, 10, 22), "Vacances de la Toussaint"),
    (date(2019, 10, 29), "Vacances de la Toussaint"),
    (date(2019, 12, 24), "Vacances de Noël"),
    (date(2019, 12, 31), "Vacances de Noël"),
    (date(2020, 2, 18), "Vacances d'hiver"),
    (date(2020, 2, 25), "Vacances d'hiver"),
    (date(2020, 4, 14), "Vacances de printemps"),
    (date(2020, 4, 21), "Vacances de printemps"),
]


def test_every_tuesday_of_the_school_year_skips_the_breaks() -> None:
    rule = WeeklyRule(frozenset({TUE}), date(2019, 9, 3), END)
    plan = plan_series(rule, _public() + _school_breaks())
    assert [(s.day, s.reason, s.kind) for s in plan.skipped] == [
        (d, n, ClosureKind.SCHOOL_BREAK) for d, n in TUESDAYS_SKIPPED
    ]
    skipped = {d for d, _ in TUESDAYS_SKIPPED}
    assert plan.days == [d for d in _every(TUE, date(2019, 9, 3), END) if d not in skipped]
    assert len(plan.days) == 36  # 44 Tuesdays, 8 in school breaks (counted on a calendar)
    assert plan.days[0] == date(2019, 9, 3) and plan.days[-1] == date(2020, 6, 30)


def test_breaks_kept_when_asked() -> None:
    rule = WeeklyRule(frozenset({TUE}), date(2019, 9, 3), END, skip_school_breaks=False)
    plan = plan_series(rule, _public() + _school_breaks())
    assert plan.skipped == []  # no public holiday falls on a Tuesday that year
    assert len(plan.days) == 44


def test_public_holidays_on_mondays_and_fridays() -> None:
    rule = WeeklyRule(frozenset({MON, FRI}), START, END, skip_school_breaks=False)
    plan = plan_series(rule, _public() + _school_breaks())
    assert [(s.day, s.reason) for s in plan.skipped] == [
        (date(2019, 11, 1), "Toussaint (jour férié)"),
        (date(2019, 11, 11), "Armistice (jour férié)"),
        (date(2020, 4, 13), "Lundi de Pâques (jour férié)"),
        (date(2020, 5, 1), "Fête du Travail (jour férié)"),
        (date(2020, 5, 8), "Fête de la Victoire (jour férié)"),
        (date(2020, 6, 1), "Lundi de Pentecôte (jour férié)"),
    ]
    assert all(s.kind is ClosureKind.PUBLIC_HOLIDAY for s in plan.skipped)
    every = sorted(_every(MON, START, END) + _every(FRI, START, END))
    assert plan.days == [d for d in every if d not in {s.day for s in plan.skipped}]


def test_a_public_holiday_inside_a_break_is_shown_as_the_holiday() -> None:
    rule = WeeklyRule(frozenset({MON, FRI}), date(2019, 10, 28), date(2019, 11, 11))
    plan = plan_series(rule, _school_breaks() + _public())  # order of input is irrelevant
    assert [(s.day, s.reason) for s in plan.skipped] == [
        (date(2019, 10, 28), "Vacances de la Toussaint"),
        (date(2019, 11, 1), "Toussaint (jour férié)"),
        (date(2019, 11, 11), "Armistice (jour férié)"),
    ]
    assert plan.days == [date(2019, 11, 4), date(2019, 11, 8)]


def test_alsace_moselle_good_friday_only_where_it_applies() -> None:
    rule = WeeklyRule(frozenset({FRI}), date(2020, 4, 3), date(2020, 4, 10))
    elsewhere = plan_series(rule, _public() + _school_breaks())
    assert elsewhere.days == [date(2020, 4, 3), date(2020, 4, 10)]  # breaks start on the 11th
    moselle = plan_series(rule, _public() + _public("57") + _school_breaks())
    assert moselle.days == [date(2020, 4, 3)]
    assert [(s.day, s.reason) for s in moselle.skipped] == [
        (date(2020, 4, 10), "Vendredi saint (jour férié)")
    ]
    alsace = plan_series(rule, _public() + _public("6AE"))
    assert alsace.days == [date(2020, 4, 3)]


def test_alsace_moselle_26_december() -> None:
    thursdays = WeeklyRule(
        frozenset({THU}), date(2019, 12, 1), date(2019, 12, 31), skip_school_breaks=False
    )
    assert plan_series(thursdays, _public()).days == [
        date(2019, 12, 5),
        date(2019, 12, 12),
        date(2019, 12, 19),
        date(2019, 12, 26),
    ]
    plan = plan_series(thursdays, _public() + _public("57"))
    assert plan.days[-1] == date(2019, 12, 19)
    assert [(s.day, s.reason) for s in plan.skipped] == [
        (date(2019, 12, 26), "Saint-Étienne (jour férié)")
    ]
    # In the Christmas break too: the holiday is the reason shown.
    with_breaks = WeeklyRule(frozenset({THU}), date(2019, 12, 1), date(2019, 12, 31))
    plan = plan_series(with_breaks, _public() + _public("57") + _school_breaks())
    assert [s.reason for s in plan.skipped] == ["Saint-Étienne (jour férié)"]
    assert plan.days == [date(2019, 12, 5), date(2019, 12, 12), date(2019, 12, 19)]


def test_site_closure_is_always_skipped() -> None:
    works = ClosurePeriod(
        "Fermeture des locaux : travaux",
        ClosureKind.SITE_CLOSURE,
        date(2019, 9, 9),
        date(2019, 9, 13),
    )
    rule = WeeklyRule(
        frozenset({TUE}), date(2019, 9, 3), date(2019, 9, 24), skip_school_breaks=False
    )
    plan = plan_series(rule, [works])
    assert plan.days == [date(2019, 9, 3), date(2019, 9, 17), date(2019, 9, 24)]
    assert [(s.day, s.reason, s.kind) for s in plan.skipped] == [
        (date(2019, 9, 10), "Fermeture des locaux : travaux", ClosureKind.SITE_CLOSURE)
    ]


def test_every_other_week() -> None:
    rule = WeeklyRule(frozenset({TUE}), date(2019, 9, 3), date(2020, 1, 10), every_weeks=2)
    plan = plan_series(rule, _public() + _school_breaks())
    assert plan.days == [
        date(2019, 9, 3),
        date(2019, 9, 17),
        date(2019, 10, 1),
        date(2019, 10, 15),
        date(2019, 11, 12),
        date(2019, 11, 26),
        date(2019, 12, 10),
        date(2020, 1, 7),
    ]
    assert [s.day for s in plan.skipped] == [date(2019, 10, 29), date(2019, 12, 24)]


def test_weeks_are_counted_from_the_start_week() -> None:
    # Starting on a Wednesday: that week's Tuesday is before the start, the next kept
    # Tuesday is two weeks on.
    rule = WeeklyRule(frozenset({MON, TUE}), date(2019, 9, 4), date(2019, 10, 1), every_weeks=2)
    assert plan_series(rule, []).days == [
        date(2019, 9, 16),
        date(2019, 9, 17),
        date(2019, 9, 30),
        date(2019, 10, 1),
    ]


def _errors(rule: WeeklyRule) -> dict[str, str]:
    with pytest.raises(ValidationError) as info:
        plan_series(rule, [])
    return info.value.errors


def test_validation_names_the_fields() -> None:
    errors = _errors(WeeklyRule(frozenset(), date(2020, 6, 30), date(2019, 9, 3), every_weeks=0))
    assert set(errors) == {"weekdays", "end_date", "every_weeks"}
    assert errors["weekdays"].startswith("Jours de la semaine :")
    assert errors["end_date"] == "Date de fin : ne peut pas précéder la date de début."
    assert errors["every_weeks"].startswith("Fréquence :")
    assert set(_errors(WeeklyRule(frozenset({7}), START, END))) == {"weekdays"}
    too_long = _errors(WeeklyRule(frozenset({TUE}), date(2019, 9, 3), date(2021, 9, 4)))
    assert set(too_long) == {"end_date"}
    assert "deux ans" in too_long["end_date"]
    # Exactly two years (with a 29 February) is accepted.
    validate_rule(WeeklyRule(frozenset({TUE}), date(2019, 9, 3), date(2021, 9, 3)))


def test_no_day_left() -> None:
    # A Wednesday–Thursday range has no Tuesday.
    errors = _errors(WeeklyRule(frozenset({TUE}), date(2019, 9, 4), date(2019, 9, 5)))
    assert set(errors) == {"period"} and errors["period"].startswith("Période : aucun")
    # Every Tuesday of the Christmas break is skipped.
    rule = WeeklyRule(frozenset({TUE}), date(2019, 12, 21), date(2020, 1, 5))
    with pytest.raises(ValidationError) as info:
        plan_series(rule, _school_breaks())
    message = info.value.errors["period"]
    assert message.startswith("Période : les 2 jours") and "Vacances de Noël" in message


def test_description() -> None:
    weekly = WeeklyRule(frozenset({TUE}), date(2019, 9, 3), END)
    assert describe_rule(weekly) == "tous les mardis du 3 septembre 2019 au 30 juin 2020"
    fortnightly = WeeklyRule(frozenset({TUE}), date(2019, 9, 1), END, every_weeks=2)
    assert describe_rule(fortnightly) == "un mardi sur deux du 1er septembre 2019 au 30 juin 2020"
    two_days = WeeklyRule(frozenset({FRI, MON}), START, END, every_weeks=2)
    assert describe_rule(two_days, time(18), time(21, 30)) == (
        "les lundis et vendredis une semaine sur deux du 2 septembre 2019 au 30 juin 2020, "
        f"de 18{NBSP}h à 21{NBSP}h{NBSP}30"
    )
    three = WeeklyRule(frozenset({MON, TUE, THU}), START, END)
    assert describe_rule(three).startswith("tous les lundis, mardis et jeudis du")
    rare = WeeklyRule(frozenset({THU}), START, END, every_weeks=6)
    assert describe_rule(rare).startswith("un jeudi toutes les 6 semaines du")
    assert french_day(date(2020, 8, 1)) == "1er août 2020"


def test_reasons_and_scopes_in_french() -> None:
    assert skip_reason("Noël", ClosureKind.PUBLIC_HOLIDAY) == "Noël (jour férié)"
    assert (
        skip_reason("Saint-Étienne (Alsace-Moselle)", ClosureKind.PUBLIC_HOLIDAY)
        == "Saint-Étienne (Alsace-Moselle), jour férié"
    )
    assert skip_reason("Toussaint", ClosureKind.SCHOOL_BREAK) == "Toussaint (vacances scolaires)"
    assert (
        skip_reason("Vacances de Noël (zone B)", ClosureKind.SCHOOL_BREAK)
        == "Vacances de Noël (zone B)"
    )
    assert skip_reason("Travaux", ClosureKind.SITE_CLOSURE) == "Travaux (fermeture du site)"
    assert [s.label for s in EditScope] == [
        "cette séance",
        "cette séance et les suivantes",
        "toute la série",
    ]
