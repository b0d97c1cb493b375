from datetime import date

import holidays
import pytest
from sqlalchemy import select

from cnam_desktop.db import models as m
from cnam_desktop.db.engine import Database
from cnam_desktop.db.repositories.sites import default_centre_id
from cnam_desktop.domain.closures import ClosureData, ClosureFilter
from cnam_desktop.domain.enums import ClosureKind
from cnam_desktop.domain.validation import ValidationError
from cnam_desktop.errors import NotFoundError
from cnam_desktop.services.closures import ClosureService

pytestmark = pytest.mark.backends  # SQLite and PostgreSQL (tests/conftest.py)


def _site(db: Database, name: str, department: str | None) -> str:
    with db.uow() as s:
        site = m.Site(
            regional_centre_id=default_centre_id(s), name=name, town=name, department=department
        )
        s.add(site)
        s.flush()
        return site.id


def _demo_site(db: Database, town: str) -> tuple[str, str | None]:
    with db.reader() as s:
        site = s.scalars(select(m.Site).where(m.Site.town == town)).one()
        return site.id, site.department


def test_create_update_delete_restore(db: Database) -> None:
    service = ClosureService(db)
    sedan = _site(db, "Sedan", "08")
    works = ClosureData(
        kind=ClosureKind.SITE_CLOSURE,
        label=" Travaux ",
        start_date=date(2026, 2, 16),
        end_date=date(2026, 2, 20),
        site_id=sedan,
    )
    closure = service.create(works)
    assert service.get(closure).label == "Travaux"
    rows = service.rows()
    assert [(r.label, r.scope_label, r.kind_label) for r in rows] == [
        ("Travaux", "Sedan", "Fermeture du site")
    ]
    service.update(closure, ClosureData(**{**works.__dict__, "end_date": date(2026, 2, 27)}))
    assert service.get(closure).end_date == date(2026, 2, 27)
    one_day = ClosureData(**{**works.__dict__, "end_date": works.start_date})
    service.update(closure, one_day)  # a one-day closure is fine
    service.delete(closure)
    assert service.rows() == []
    with pytest.raises(NotFoundError):
        service.get(closure)
    service.restore(closure)
    assert [r.id for r in service.rows()] == [closure]


def test_validation(db: Database) -> None:
    service = ClosureService(db)
    sedan = _site(db, "Sedan", "08")
    with pytest.raises(ValidationError) as info:
        service.create(
            ClosureData(
                kind=ClosureKind.SITE_CLOSURE,
                label="",
                start_date=date(2026, 2, 20),
                end_date=date(2026, 2, 16),
                site_id=sedan,
                subdivision="57",
            )
        )
    assert set(info.value.errors) == {"label", "end_date", "subdivision"}
    assert info.value.errors["end_date"].startswith("Date de fin")
    with pytest.raises(ValidationError) as info:
        service.create(
            ClosureData(
                ClosureKind.PUBLIC_HOLIDAY,
                "Férié",
                date(2026, 1, 1),
                date(2026, 1, 1),
                subdivision="999",
            )
        )
    assert set(info.value.errors) == {"subdivision"}
    with pytest.raises(NotFoundError):
        service.create(
            ClosureData(ClosureKind.SITE_CLOSURE, "X", date(2026, 1, 1), date(2026, 1, 2), "nope")
        )
    assert service.rows() == []


def test_generate_public_holidays_is_idempotent(db: Database) -> None:
    service = ClosureService(db)
    forbach = _site(db, "Forbach", "57")
    chaumont = _site(db, "Chaumont", "52")
    national = holidays.France(years=2026, language="fr")
    assert service.generate_public_holidays(2026) == len(national) + 2  # + Moselle's two days
    assert service.generate_public_holidays(2026) == 0
    rows = service.rows(ClosureFilter(kind=ClosureKind.PUBLIC_HOLIDAY))
    assert {r.start_date for r in rows if r.subdivision is None} == set(national)
    assert sorted((r.start_date, r.subdivision) for r in rows if r.subdivision) == [
        (date(2026, 4, 3), "57"),
        (date(2026, 12, 26), "57"),
    ]
    assert all(r.site_id is None for r in rows)
    # A site opens in Bas-Rhin: only its two days are added on the next run.
    _site(db, "Haguenau", "67")
    assert service.generate_public_holidays(2026) == 2
    december = date(2026, 12, 1), date(2026, 12, 31)
    assert [r.label for r in service.closures_for_site(forbach, *december)] == [
        "Noël",
        "Saint-Étienne (Alsace-Moselle)",
    ]
    assert [r.label for r in service.closures_for_site(chaumont, *december)] == ["Noël"]


def test_generate_school_breaks(db: Database) -> None:
    service = ClosureService(db)
    created = service.generate_school_breaks(2025)
    rows = service.rows(ClosureFilter(kind=ClosureKind.SCHOOL_BREAK))
    assert created == len(rows) >= 5
    assert rows[0].label == "Vacances de la Toussaint (zone B)"
    assert all(date(2025, 9, 1) <= r.start_date <= r.end_date <= date(2026, 8, 31) for r in rows)
    assert service.generate_school_breaks(2025) == 0
    assert service.generate_school_breaks(2025, zone="Zone A") == len(rows)  # other labels


def test_generation_on_demo_data_adds_only_missing_days(demo_db: Database) -> None:
    service = ClosureService(demo_db)
    # The demo seeds 1 Sept 2025 – 31 Aug 2027: all of 2026 is there already.
    assert service.generate_public_holidays(2026) == 0
    assert service.generate_school_breaks(2025) == 0
    assert service.generate_school_breaks(2026) == 0
    # In 2025, only September–December was seeded; every demo Alsace-Moselle
    # department (57, 67, 68) has a site, so Good Friday is added for each.
    national_before_september = [
        d for d in holidays.France(years=2025, language="fr") if d < date(2025, 9, 1)
    ]
    assert service.generate_public_holidays(2025) == len(national_before_september) + 3
    assert service.generate_public_holidays(2025) == 0


def _expected(db: Database, site_id: str, start: date, end: date) -> set[str]:
    """Independent reading of the rule: own closures, region-wide ones, the department's."""
    with db.reader() as s:
        department = s.scalars(select(m.Site.department).where(m.Site.id == site_id)).one()
        closures = s.execute(
            select(
                m.Closure.id,
                m.Closure.site_id,
                m.Closure.subdivision,
                m.Closure.start_date,
                m.Closure.end_date,
            ).where(m.Closure.deleted_at.is_(None))
        ).all()
    return {
        closure_id
        for closure_id, own, subdivision, first, last in closures
        if first <= end
        and last >= start
        and (own == site_id or (own is None and subdivision in (None, department)))
    }


def test_closures_for_site_on_demo_data(demo_db: Database) -> None:
    service = ClosureService(demo_db)
    haguenau, department = _demo_site(demo_db, "Haguenau")
    chaumont, _ = _demo_site(demo_db, "Chaumont")
    assert department == "67"
    december = date(2025, 12, 1), date(2025, 12, 31)
    alsace = service.closures_for_site(haguenau, *december)
    elsewhere = service.closures_for_site(chaumont, *december)
    assert [(r.start_date, r.subdivision) for r in alsace if r.start_date.day == 26] == [
        (date(2025, 12, 26), "67")
    ]
    assert not [r for r in elsewhere if r.start_date == date(2025, 12, 26)]
    assert {r.label for r in alsace} - {r.label for r in elsewhere} == {
        "Saint-Étienne (Alsace-Moselle)"
    }
    # Chaumont's own works closure of February 2027 applies to Chaumont only.
    february = date(2027, 2, 1), date(2027, 2, 28)
    works = [r for r in service.closures_for_site(chaumont, *february) if r.site_id]
    assert [r.label for r in works] == ["Fermeture des locaux : mise aux normes électriques"]
    assert not [r for r in service.closures_for_site(haguenau, *february) if r.site_id]
    whole = date(2025, 9, 1), date(2027, 8, 31)
    for site_id in (haguenau, chaumont):
        found = service.closures_for_site(site_id, *whole)
        assert {r.id for r in found} == _expected(demo_db, site_id, *whole)
        assert [r.start_date for r in found] == sorted(r.start_date for r in found)


def test_plain_rule_agrees_with_the_query() -> None:
    from cnam_desktop.domain.closures import applies_to

    assert applies_to(None, None, "s1", "52")  # region-wide
    assert applies_to(None, "67", "s1", "67")  # the site's department
    assert not applies_to(None, "67", "s1", "57")
    assert not applies_to(None, "67", "s1", None)
    assert applies_to("s1", None, "s1", "52")  # its own closure
    assert not applies_to("s2", None, "s1", "52")
