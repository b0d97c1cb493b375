from datetime import date

import pytest

from cnam_desktop.domain.enums import (
    CertificationType,
    Modality,
    PartnerRole,
    SiteStatus,
)
from cnam_desktop.domain.sites import SiteData, validate_site
from cnam_desktop.domain.validation import ValidationError, Validator


def site(**kw: object) -> SiteData:
    base: dict[str, object] = {"name": "Cnam Chaumont", "town": "Chaumont"}
    base.update(kw)
    return SiteData(**base)  # type: ignore[arg-type]


def errors_of(data: SiteData) -> dict[str, str]:
    with pytest.raises(ValidationError) as info:
        validate_site(data)
    return info.value.errors


def test_valid_site_is_normalised() -> None:
    data = validate_site(
        site(name="  Cnam Chaumont ", insee_code="52121", department="52", postcode="52000")
    )
    assert data.name == "Cnam Chaumont"
    assert data.insee_code == "52121"


@pytest.mark.parametrize("code", ["52121", "2A004", "2b033", "97411"])
def test_insee_codes_accepted(code: str) -> None:
    assert validate_site(site(insee_code=code)).insee_code == code.upper()


@pytest.mark.parametrize("code", ["5212", "521210", "ABCDE", "2C004"])
def test_bad_insee_code_names_the_field(code: str) -> None:
    errors = errors_of(site(insee_code=code))
    assert list(errors) == ["insee_code"]
    assert "Code INSEE" in errors["insee_code"]
    assert code.upper() in errors["insee_code"]


def test_insee_code_must_belong_to_department() -> None:
    errors = errors_of(site(insee_code="52121", department="55"))
    assert "département 55" in errors["insee_code"]


def test_every_problem_is_reported_at_once() -> None:
    errors = errors_of(SiteData(name="", town="", postcode="520", latitude=120.0, department="99"))
    assert set(errors) == {"name", "town", "postcode", "latitude", "department"}
    assert errors["name"] == "Nom du site : ce champ est obligatoire."
    assert "Code postal" in errors["postcode"]


def test_dates_must_follow_the_pipeline() -> None:
    errors = errors_of(
        site(
            application_date=date(2019, 6, 1),
            selection_date=date(2019, 5, 1),
            opening_date=date(2019, 4, 1),
        )
    )
    assert "candidature" in errors["selection_date"]
    assert "sélection" in errors["opening_date"]


def test_open_site_needs_opening_date() -> None:
    errors = errors_of(site(status=SiteStatus.OPEN))
    assert "obligatoire pour un site ouvert" in errors["opening_date"]


@pytest.mark.parametrize(
    ("method", "good", "bad"),
    [
        ("rncp_code", "RNCP35000", "RNCP-35000"),
        ("rs_code", "RS5000", "RS"),
        ("email", "prenom.nom@exemple.fr", "prenom.nom@"),
    ],
)
def test_code_and_email_formats(method: str, good: str, bad: str) -> None:
    v = Validator()
    getattr(v, method)("f", good)
    assert v.errors == {}
    getattr(v, method)("f", bad)
    assert bad in v.errors["f"]


def test_capacity_and_time_rules() -> None:
    v = Validator()
    v.positive("capacity", "Capacité", 0)
    v.end_after_start("end", date(2026, 1, 2), date(2026, 1, 1))
    assert v.errors["capacity"] == "Capacité : doit être supérieur à 0."
    assert "postérieure" in v.errors["end"]
    with pytest.raises(ValidationError) as info:
        v.raise_if_any()
    assert "Capacité" in info.value.message


def test_enum_labels_are_french_and_complete() -> None:
    assert SiteStatus.BDT_SUPPORT.label == "Accompagné Banque des territoires"
    assert Modality.DISTANCE.label == "À distance"
    assert CertificationType.CERTIFICAT_COMPETENCE.label == "Certificat de compétence"
    assert PartnerRole.from_label("hébergeur") is PartnerRole.HOST
    for enum_cls in (SiteStatus, Modality, CertificationType, PartnerRole):
        assert all(label for _, label in enum_cls.choices())
