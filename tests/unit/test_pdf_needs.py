"""« Besoins d'équipement » PDF on the demo network, read back with pypdf."""

from __future__ import annotations

import re
import uuid
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from cnam_desktop.db.engine import Database
from cnam_desktop.domain.formatting import french_sort_key
from cnam_desktop.errors import NotFoundError
from cnam_desktop.reports.pdf_base import ReportCancelled
from cnam_desktop.services.needs_report import funder_choices, write_needs_report
from tests.backends import sql, sql_many

pytestmark = pytest.mark.backends  # SQLite and PostgreSQL (tests/conftest.py)

TODAY = date(2026, 11, 26)
HOSTILE = 'Dupont <Jean> & fils <img src="x"/>'
CENT = Decimal("0.01")


def page_texts(path: Path) -> list[str]:
    """Each page's text, every run of white space (narrow no-break too) made one space."""
    pages = PdfReader(path).pages
    return [re.sub(r"[\s\u202f\u00a0]+", " ", page.extract_text()) for page in pages]


def money(value: Decimal) -> str:
    """« 12 345,60 € » written out here, spaces as `page_texts` leaves them."""
    whole, cents = f"{value.quantize(CENT):.2f}".split(".")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    return f"{' '.join(groups)},{cents} €"


def _needs(db: Database, funder_id: str | None = None) -> dict[str, list[tuple]]:
    """Live needs of live sites per site name: (quantity, cost, priority, status)."""
    query = """
        SELECT s.name, n.quantity, t.unit_cost, n.cost_override, n.priority, n.status
        FROM equipment_need n
        JOIN site s ON s.id = n.site_id
        JOIN equipment_type t ON t.id = n.type_id
        WHERE n.deleted_at IS NULL AND s.deleted_at IS NULL
    """
    params: tuple[str, ...] = ()
    if funder_id is not None:
        query += " AND n.funder_id = ?"
        params = (funder_id,)
    rows = sql(db, query, *params)
    result: dict[str, list[tuple]] = {}
    for site, quantity, unit_cost, override, priority, status in rows:
        if override is not None:
            cost = Decimal(str(override)).quantize(CENT)
        else:
            cost = (quantity * Decimal(str(unit_cost))).quantize(CENT)
        result.setdefault(site, []).append((quantity, cost, priority, status))
    return result


def _total(needs: list[tuple]) -> Decimal:
    return sum((cost for _, cost, *_ in needs), Decimal("0"))


def _execute(db: Database, query: str, *params: object) -> list[tuple]:
    return sql(db, query, *params)


def test_site_and_grand_totals_match_the_needs(demo_db: Database, tmp_path: Path) -> None:
    # One need gets a typed-in cost: it wins over quantity × unit cost.
    need_id = _execute(demo_db, "SELECT id FROM equipment_need ORDER BY id LIMIT 1")[0][0]
    _execute(demo_db, "UPDATE equipment_need SET cost_override = 1234.5 WHERE id = ?", need_id)
    expected = _needs(demo_db)
    assert len(expected) >= 3
    path = write_needs_report(demo_db, tmp_path / "besoins.pdf", today=TODAY)
    texts = page_texts(path)
    everything = " ".join(texts)
    assert "Besoins d'équipement" in texts[0]
    assert "Financeurs : tous · Sites : tout le réseau" in texts[0]
    count = sum(len(v) for v in expected.values())
    grand = sum((_total(v) for v in expected.values()), Decimal("0"))
    assert (
        f"{count} besoins sur {len(expected)} sites, coût estimé total : {money(grand)}"
        in (texts[0])
    )
    for site, needs in expected.items():
        word = "besoins" if len(needs) > 1 else "besoin"
        assert f"Total {site} : {money(_total(needs))} ({len(needs)} {word})" in everything
    assert f"Total général : {money(grand)}" in texts[-1]
    assert "1 234,50 € *" in everything  # the typed-in cost, marked
    assert "Statut Financeur Ouverture liée Motif" in everything  # all funders: a column
    groups = {(site, n[2]) for site, needs in expected.items() for n in needs}
    assert everything.count("Sous-total") == len(groups)  # one subtotal per site and priority
    # The summary lists the sites in French order, each with its total.
    summary = texts[-1][texts[-1].index("Récapitulatif") :]
    positions = [summary.index(site) for site in sorted(expected, key=french_sort_key)]
    assert positions == sorted(positions)
    for status in ("Identifié", "Demandé", "Financé", "Livré"):
        assert status in summary
    for page_number, text in enumerate(texts, start=1):
        assert f"page {page_number} / {len(texts)}" in text


def test_one_funder_only(demo_db: Database, tmp_path: Path) -> None:
    choices = funder_choices(demo_db)
    funded = _execute(
        demo_db,
        "SELECT DISTINCT p.id FROM partner p JOIN equipment_need n ON n.funder_id = p.id "
        "WHERE n.deleted_at IS NULL",
    )
    assert {pid for pid, _ in choices} == {pid for (pid,) in funded}
    assert [name for _, name in choices] == sorted(
        (name for _, name in choices), key=french_sort_key
    )
    # The funder of the most needs.
    by_funder = {pid: _needs(demo_db, pid) for pid, _ in choices}
    funder_id, name = max(choices, key=lambda c: sum(len(v) for v in by_funder[c[0]].values()))
    expected = by_funder[funder_id]
    path = write_needs_report(demo_db, tmp_path / "f.pdf", today=TODAY, funder_id=funder_id)
    texts = page_texts(path)
    everything = " ".join(texts)
    assert f"Besoins d'équipement — {name}" in texts[0]
    assert f"Financeur : {name}" in texts[0]
    grand = sum((_total(v) for v in expected.values()), Decimal("0"))
    assert f"Total général : {money(grand)}" in everything
    for site, needs in expected.items():
        assert f"Total {site} : {money(_total(needs))}" in everything
    others = set(_needs(demo_db)) - set(expected)
    assert others
    for site in others:
        assert f"Total {site} :" not in everything
    assert "Statut Financeur" not in everything  # one funder: no funder column


def test_one_site_and_unknown_ids(demo_db: Database, tmp_path: Path) -> None:
    site_id, site = _execute(
        demo_db,
        "SELECT s.id, s.name FROM site s JOIN equipment_need n ON n.site_id = s.id "
        "GROUP BY s.id ORDER BY count(*) DESC LIMIT 1",
    )[0]
    expected = _needs(demo_db)[site]
    path = write_needs_report(demo_db, tmp_path / "s.pdf", today=TODAY, site_id=site_id)
    everything = " ".join(page_texts(path))
    assert f"Site : {site}" in everything
    assert f"Total général : {money(_total(expected))}" in everything
    with pytest.raises(NotFoundError, match="Financeur"):
        write_needs_report(demo_db, tmp_path / "x.pdf", today=TODAY, funder_id="nobody")
    with pytest.raises(NotFoundError, match="Site"):
        write_needs_report(demo_db, tmp_path / "x.pdf", today=TODAY, site_id="nowhere")
    with pytest.raises(ReportCancelled):
        write_needs_report(demo_db, tmp_path / "x.pdf", today=TODAY, cancelled=lambda: True)
    assert not (tmp_path / "x.pdf").exists()


def test_hostile_names_print_literally(demo_db: Database, tmp_path: Path) -> None:
    need_id, site_id = _execute(
        demo_db, "SELECT id, site_id FROM equipment_need ORDER BY id LIMIT 1"
    )[0]
    _execute(demo_db, "UPDATE equipment_need SET reason = ? WHERE id = ?", HOSTILE, need_id)
    _execute(demo_db, "UPDATE site SET name = ? WHERE id = ?", f"Site {HOSTILE}", site_id)
    path = write_needs_report(demo_db, tmp_path / "h.pdf", today=TODAY)
    everything = " ".join(page_texts(path))
    assert f"Total Site {HOSTILE} :" in everything
    assert 'fils <img src="x"/>' in everything.replace(f"Site {HOSTILE}", "")  # the reason


def test_a_long_list_repeats_its_header_on_each_page(demo_db: Database, tmp_path: Path) -> None:
    site_id = _execute(demo_db, "SELECT id FROM site ORDER BY name LIMIT 1")[0][0]
    types = [t for (t,) in _execute(demo_db, "SELECT id FROM equipment_type")]
    now = datetime(2026, 11, 1).isoformat(sep=" ")
    rows = [
        (
            str(uuid.uuid4()),
            site_id,
            types[i % len(types)],
            1 + i % 7,
            f"Besoin numéro {i}",
            ("high", "medium", "low")[i % 3],
            ("identified", "requested", "funded", "delivered")[i % 4],
            now,
            now,
        )
        for i in range(600)
    ]
    sql_many(
        demo_db,
        "INSERT INTO equipment_need (id, site_id, type_id, quantity, reason, priority, "
        "status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    expected = _needs(demo_db)
    path = write_needs_report(demo_db, tmp_path / "long.pdf", today=TODAY, site_id=site_id)
    texts = page_texts(path)
    assert len(texts) >= 12
    table_pages = [t for t in texts if "Besoin numéro" in t]
    assert len(table_pages) >= 10
    for text in table_pages:
        assert "Type de matériel Qté Coût unitaire Coût estimé Statut" in text
    everything = " ".join(texts)
    for i in (0, 299, 599):
        assert f"Besoin numéro {i} " in everything or everything.endswith(f"Besoin numéro {i}")
    site_needs = next(v for v in expected.values() if len(v) >= 600)
    assert f"Total général : {money(_total(site_needs))}" in everything
