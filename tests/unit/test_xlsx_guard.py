"""Hostile and broken workbook files: refused with a clear message, nothing written.

Each file is built by its test. Each refusal also goes through the import service on
a copy of the demo network, whose row counts must not move.
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import defusedxml
import openpyxl
import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import text

from cnam_desktop.db.engine import Database
from cnam_desktop.reports import excel_import
from cnam_desktop.reports import xlsx_guard as guard
from cnam_desktop.reports.workbook_layout import ROOMS, SITES
from cnam_desktop.reports.xlsx_guard import (
    DamagedWorkbookError,
    GuardLimits,
    MergedCellsError,
    NotAWorkbookError,
    TooManyRowsError,
    WorkbookFileError,
    XmlDeclarationError,
    ZipBombError,
    check_workbook_file,
    prolog_verdict,
)
from cnam_desktop.services.workbook_import import ImportRefusedError, WorkbookImportService

SHEET = "xl/worksheets/sheet1.xml"
MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
NEW_SITE = ["55999", "Cnam Essai", "Essaiville", "55000", "55"]


def _counts(db: Database) -> dict[str, int]:
    with db.engine.connect() as conn:
        tables = conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite%'"
        ).scalars()
        return {
            name: conn.execute(text(f'SELECT count(*) FROM "{name}"')).scalar_one()
            for name in list(tables)
        }


def _sites_workbook(path: Path, *, rows: list[list[object]] | None = None) -> Path:
    """A valid workbook whose Sites sheet would create one site."""
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = SITES.title
    headers = ["Code INSEE", "Nom du site", "Commune", "Code postal", "Département", "Statut"]
    sheet.append(headers)
    for row in rows or [[*NEW_SITE, "Candidature"]]:
        sheet.append(row)
    workbook.save(path)
    return path


def _rewrite(
    source: Path,
    target: Path,
    replace: dict[str, bytes] | None = None,
    drop: tuple[str, ...] = (),
    add: dict[str, bytes] | None = None,
) -> Path:
    """A copy of a zip with members replaced, dropped or added."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            if info.filename in drop:
                continue
            new.writestr(info.filename, (replace or {}).get(info.filename, old.read(info)))
        for name, data in (add or {}).items():
            new.writestr(name, data)
    return target


def _refused_by_service(db: Database, path: Path, error: type[WorkbookFileError]) -> str:
    """The service refuses the file with `error`; the database did not move."""
    before = _counts(db)
    with pytest.raises(error) as caught:
        WorkbookImportService(db).check(path)
    assert _counts(db) == before
    assert path.name in caught.value.message
    return caught.value.message


def test_a_valid_file_passes_and_would_write(demo_db: Database, tmp_path: Path) -> None:
    """The base of the hostile files below is a good file: only their trap refuses them."""
    path = _sites_workbook(tmp_path / "bon.xlsx")
    parts = check_workbook_file(path)
    assert [(p.title, p.member, p.rows) for p in parts] == [(SITES.title, SHEET, 2)]
    plan = WorkbookImportService(demo_db).check(path)
    assert plan.ok and plan.counts[0].create == 1


def test_old_xls_is_named(demo_db: Database, tmp_path: Path) -> None:
    path = tmp_path / "ancien.xls"
    path.write_bytes(guard.OLE2_SIGNATURE + b"\x00" * 504)
    message = _refused_by_service(demo_db, path, NotAWorkbookError)
    assert "Excel 97-2003 (.xls)" in message and "enregistrez-le au format .xlsx" in message


def test_csv_renamed_xlsx_is_named(demo_db: Database, tmp_path: Path) -> None:
    path = tmp_path / "export.xlsx"
    path.write_text("Nom du site;Commune\nCnam Essai;Essaiville\n", encoding="utf-8")
    message = _refused_by_service(demo_db, path, NotAWorkbookError)
    assert "fichier texte (CSV ?) renommé" in message


def test_empty_and_missing_files(tmp_path: Path) -> None:
    (tmp_path / "vide.xlsx").write_bytes(b"")
    with pytest.raises(NotAWorkbookError, match="vide"):
        check_workbook_file(tmp_path / "vide.xlsx")
    with pytest.raises(WorkbookFileError, match="introuvable"):
        check_workbook_file(tmp_path / "absent.xlsx")


@pytest.mark.parametrize(
    "member", ["xl/workbook.xml", "[Content_Types].xml", "xl/_rels/workbook.xml.rels", SHEET]
)
def test_missing_parts_are_named(demo_db: Database, tmp_path: Path, member: str) -> None:
    good = _sites_workbook(tmp_path / "bon.xlsx")
    path = _rewrite(good, tmp_path / "incomplet.xlsx", drop=(member,))
    message = _refused_by_service(demo_db, path, DamagedWorkbookError)
    assert f"« {member} » manque" in message


def test_truncated_zip_is_damaged(tmp_path: Path) -> None:
    good = _sites_workbook(tmp_path / "bon.xlsx").read_bytes()
    path = tmp_path / "coupé.xlsx"
    path.write_bytes(good[: len(good) // 2])
    with pytest.raises(DamagedWorkbookError, match=r"coupé\.xlsx"):
        check_workbook_file(path)


def test_too_many_members(demo_db: Database, tmp_path: Path) -> None:
    good = _sites_workbook(tmp_path / "bon.xlsx")
    extra = {f"xl/media/image{i}.bin": b"x" for i in range(GuardLimits().max_members)}
    path = _rewrite(good, tmp_path / "foule.xlsx", add=extra)
    message = _refused_by_service(demo_db, path, ZipBombError)
    assert "éléments" in message


def test_zip_bomb_member_of_zeros(demo_db: Database, tmp_path: Path) -> None:
    good = _sites_workbook(tmp_path / "bon.xlsx")
    zeros = bytes(20 * 1024 * 1024)  # deflates about 1000:1
    path = _rewrite(good, tmp_path / "bombe.xlsx", add={"xl/media/zeros.bin": zeros})
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo("xl/media/zeros.bin")
        assert info.file_size / info.compress_size > 500
    message = _refused_by_service(demo_db, path, ZipBombError)
    assert "xl/media/zeros.bin" in message and "bombe" in message


def test_total_uncompressed_size_is_bounded(tmp_path: Path) -> None:
    path = _sites_workbook(tmp_path / "bon.xlsx")
    with pytest.raises(ZipBombError, match="décompressé"):
        check_workbook_file(path, limits=GuardLimits(max_total_size=1000))


BILLION_LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n'
    + "".join(
        f' <!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">\n'
        for i in range(1, 10)
    )
    + f']>\n<worksheet xmlns="{MAIN_NS}"><sheetData><row r="1"><c r="A1" t="inlineStr">'
    "<is><t>&lol9;</t></is></c></row></sheetData></worksheet>"
).encode()


def test_entity_bomb_is_refused_before_openpyxl(demo_db: Database, tmp_path: Path) -> None:
    good = _sites_workbook(tmp_path / "bon.xlsx")
    path = _rewrite(good, tmp_path / "rires.xlsx", replace={SHEET: BILLION_LAUGHS})
    message = _refused_by_service(demo_db, path, XmlDeclarationError)
    assert SHEET in message and "DOCTYPE/ENTITY" in message


def test_openpyxl_parses_with_defusedxml_behind_the_guard(tmp_path: Path) -> None:
    """Second line: openpyxl alone refuses the entities, without expanding them."""
    assert openpyxl.xml.DEFUSEDXML is True
    good = _sites_workbook(tmp_path / "bon.xlsx")
    path = _rewrite(good, tmp_path / "rires.xlsx", replace={SHEET: BILLION_LAUGHS})
    with pytest.raises(ValueError) as caught:  # openpyxl wraps defusedxml's refusal
        workbook = load_workbook(path, read_only=True)
        for _row in workbook.worksheets[0].iter_rows(values_only=True):
            pass
    assert isinstance(caught.value.__cause__, defusedxml.EntitiesForbidden)


def test_a_refusal_of_defusedxml_reaches_the_user_as_ours(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Were the guard to miss it, the reader still refuses with our message."""
    good = _sites_workbook(tmp_path / "bon.xlsx")
    path = _rewrite(good, tmp_path / "rires.xlsx", replace={SHEET: BILLION_LAUGHS})
    monkeypatch.setattr(excel_import, "check_workbook_file", lambda *_a, **_k: [])
    with pytest.raises(XmlDeclarationError, match="rires"):
        excel_import.read_workbook(path)


def test_the_reader_stops_at_the_row_limit_too(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = [[f"5599{i}", f"Cnam {i}", "Ville", "55000", "55", "Candidature"] for i in range(6)]
    path = _sites_workbook(tmp_path / "six.xlsx", rows=rows)
    monkeypatch.setattr(excel_import, "check_workbook_file", lambda *_a, **_k: [])
    with pytest.raises(TooManyRowsError, match="plus de 5 lignes"):
        excel_import.read_workbook(path, limits=GuardLimits(max_rows=5))
    assert len(excel_import.read_workbook(path, limits=GuardLimits(max_rows=6)).sheets[0].rows) == 6


def test_dtd_in_an_other_encoding_or_after_a_comment_is_seen() -> None:
    dtd = '<?xml version="1.0" encoding="UTF-16"?><!-- x --><!DOCTYPE a [<!ENTITY b "c">]><a/>'
    assert guard.prolog_verdict(guard._decode_head(dtd.encode("utf-16"))) == "dtd"
    assert guard.prolog_verdict(guard._decode_head(dtd.encode("utf-16-be"))) == "dtd"
    assert prolog_verdict('<?xml version="1.0"?>\n<worksheet/>') == "ok"
    assert prolog_verdict("<?xml version='1.0'?><!-- not finished") == "more"


def test_endless_prolog_is_refused(tmp_path: Path) -> None:
    good = _sites_workbook(tmp_path / "bon.xlsx")
    padded = b'<?xml version="1.0"?>' + b"<!-- " + b"x" * 70_000 + b" -->" + BILLION_LAUGHS[21:]
    path = _rewrite(good, tmp_path / "long.xlsx", replace={SHEET: padded})
    with pytest.raises(XmlDeclarationError, match="anormalement long"):
        check_workbook_file(path)


def test_merged_cells_in_an_imported_sheet(demo_db: Database, tmp_path: Path) -> None:
    workbook = Workbook()
    notes = workbook.active
    assert notes is not None
    notes.title = "Instructions"
    notes.merge_cells("A1:D1")  # sheets not imported may merge cells
    sheet = workbook.create_sheet(SITES.title)
    sheet.append(["Code INSEE", "Nom du site", "Commune", "Statut"])
    sheet.append(["55999", "Cnam Essai", "Essaiville", "Candidature"])
    sheet.append(["55998", "Cnam Fusion", None, "Candidature"])
    sheet.merge_cells("B3:C3")
    path = tmp_path / "fusion.xlsx"
    workbook.save(path)
    message = _refused_by_service(demo_db, path, MergedCellsError)
    assert f"la feuille « {SITES.title} » contient des cellules fusionnées" in message


def test_merge_tag_cut_between_two_chunks_is_found(monkeypatch: pytest.MonkeyPatch) -> None:
    data = b"<worksheet>" + b"x" * 100 + b"<mergeCells><mergeCell ref='A1:B1'/></mergeCells>"
    cut = data.index(b"<mergeCell ") + 5

    class Feeder:
        def __init__(self) -> None:
            self.parts = [data[:cut], data[cut:]]

        def read(self, _size: int) -> bytes:
            return self.parts.pop(0) if self.parts else b""

    chunks = list(guard._chunks(Feeder()))  # type: ignore[arg-type]
    assert b"".join(chunks) == data
    assert any(guard._MERGE.search(chunk) for chunk in chunks)


def _sheet_xml(dimension: str, rows: int) -> Iterator[bytes]:
    yield (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<worksheet xmlns="{MAIN_NS}">'
        f'<dimension ref="{dimension}"/><sheetData>'
        '<row r="1"><c r="A1" t="inlineStr"><is><t>Nom du site</t></is></c>'
        '<c r="B1" t="inlineStr"><is><t>Commune</t></is></c></row>'
    ).encode()
    batch: list[str] = []
    for number in range(2, rows + 1):
        batch.append(f'<row r="{number}"><c r="A{number}"><v>{number}</v></c></row>')
        if len(batch) == 10_000:
            yield "".join(batch).encode()
            batch = []
    yield ("".join(batch) + "</sheetData></worksheet>").encode()


def _with_sheet(good: Path, target: Path, chunks: Callable[[], Iterator[bytes]]) -> Path:
    """A copy of `good` whose first sheet is streamed from `chunks` (not built in memory)."""
    with (
        zipfile.ZipFile(good) as old,
        zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as new,
    ):
        for info in old.infolist():
            if info.filename == SHEET:
                with new.open(SHEET, "w", force_zip64=True) as member:
                    for chunk in chunks():
                        member.write(chunk)
            else:
                new.writestr(info.filename, old.read(info))
    return target


def test_a_million_rows_are_refused_from_the_dimension(demo_db: Database, tmp_path: Path) -> None:
    good = _sites_workbook(tmp_path / "bon.xlsx")
    path = _with_sheet(
        good, tmp_path / "million.xlsx", lambda: _sheet_xml("A1:B1000001", 1_000_001)
    )
    message = _refused_by_service(demo_db, path, TooManyRowsError)
    assert f"la feuille « {SITES.title} » compte 1\u202f000\u202f000 lignes" in message


def test_rows_are_counted_whatever_the_dimension_says(tmp_path: Path) -> None:
    good = _sites_workbook(tmp_path / "bon.xlsx")
    path = _with_sheet(good, tmp_path / "menteur.xlsx", lambda: _sheet_xml("A1:B2", 1_502))
    limits = GuardLimits(max_rows=1_500)
    with pytest.raises(TooManyRowsError, match="plus de 1\u202f500"):
        check_workbook_file(path, limits=limits)
    assert check_workbook_file(path, limits=GuardLimits(max_rows=1_501))[0].rows == 1_502


def _refused_rows(db: Database, path: Path) -> list[tuple[str, int, str, str]]:
    before = _counts(db)
    service = WorkbookImportService(db)
    plan = service.check(path)
    with pytest.raises(ImportRefusedError):
        service.apply(plan)
    assert _counts(db) == before
    return [(p.sheet, p.row, p.column, p.message) for p in plan.problems]


def test_formula_where_a_value_is_expected(demo_db: Database, tmp_path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = ROOMS.title
    sheet.append(["Code INSEE du site", "Site", "Bâtiment", "Salle", "Capacité"])
    sheet.append(["52121", "Cnam Chaumont", "Annexe", "Salle neuve", "=10+2"])
    path = tmp_path / "formule.xlsx"
    workbook.save(path)
    problems = _refused_rows(demo_db, path)
    assert len(problems) == 1
    sheet_title, row, column, message = problems[0]
    assert (sheet_title, row, column) == (ROOMS.title, 2, "Capacité")
    assert message.startswith("formule refusée (=10+2)")


def test_date_typed_as_text(demo_db: Database, tmp_path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = SITES.title
    sheet.append(["Code INSEE", "Nom du site", "Commune", "Statut", "Date de candidature"])
    sheet.append([*NEW_SITE[:3], "Candidature", date(2026, 3, 1)])
    sheet.append(["55998", "Cnam Texte", "Texteville", "Candidature", "12/03/2027"])
    path = tmp_path / "dates.xlsx"
    workbook.save(path)
    problems = _refused_rows(demo_db, path)
    assert [(s, r, c) for s, r, c, _m in problems] == [(SITES.title, 3, "Date de candidature")]
    assert "date saisie comme texte : saisissez une vraie date (format date)" in problems[0][3]
