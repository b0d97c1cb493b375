"""Checks on a workbook file BEFORE openpyxl opens it: hostile or broken files are refused.

A workbook that comes back from a partner is untrusted input. Before any XML of it is
parsed, `check_workbook_file` makes sure that:

- it is a zip at all (an Excel 97-2003 .xls, a password-protected workbook or a CSV
  renamed .xlsx is named as such);
- the zip is not a bomb: member count, total uncompressed size and each member's
  compression ratio stay within `GuardLimits` (zipfile never inflates a member past its
  declared size, so the declared sizes bound what openpyxl will read);
- no XML member declares a DTD (entities: the « billion laughs »): a DTD must come
  before the root element, so the prolog of each member is read, nothing more;
- the parts openpyxl needs exist ([Content_Types].xml, the workbook and its rels);
- the sheets to import (`scan`) hold no merged cells and no more than `max_rows` rows,
  read from the `<dimension>` tag and counted while streaming the sheet's XML.

openpyxl itself parses with defusedxml when it is installed (`openpyxl.xml.DEFUSEDXML`),
a second line behind these checks. Each refusal is a `WorkbookFileError` whose French
message names the file.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from defusedxml import ElementTree as SafeTree

from cnam_desktop.domain.formatting import french_count
from cnam_desktop.errors import UserFacingError

OLE2_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_SIGNATURES = (b"PK\x03\x04", b"PK\x05\x06")
WORKBOOK_TYPES = (
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml",
    "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
    "application/vnd.ms-excel.template.macroEnabled.main+xml",
)
XML_SUFFIXES = (".xml", ".rels", ".vml")
MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PACKAGE_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
CONTENT_TYPES_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
CHUNK = 1 << 20
HEAD = 4096


@dataclass(frozen=True)
class GuardLimits:
    max_members: int = 1_000
    max_total_size: int = 300 * 1024 * 1024
    """Uncompressed bytes, all members together."""
    max_ratio: int = 200
    """Uncompressed / compressed size of one member, checked above `ratio_from` bytes."""
    ratio_from: int = 1024 * 1024
    max_rows: int = 100_000
    """Data rows (under the header) of a scanned sheet."""
    max_prolog: int = 64 * 1024
    """Bytes read at most to find an XML member's root element."""


class WorkbookFileError(UserFacingError):
    """The file itself is refused (not a workbook, damaged or hostile): nothing is read."""


class NotAWorkbookError(WorkbookFileError):
    """Not an .xlsx at all: an old .xls, a text file, something else."""


class DamagedWorkbookError(WorkbookFileError):
    """A zip, but not a readable workbook: a broken archive or missing parts."""


class ZipBombError(WorkbookFileError):
    """Too many members, too large once uncompressed, or compressed beyond belief."""


class XmlDeclarationError(WorkbookFileError):
    """An XML member declares a DTD (entities): refused before any parser sees it."""


class MergedCellsError(WorkbookFileError):
    """A sheet to import has merged cells: its rows cannot be read cell by cell."""


class TooManyRowsError(WorkbookFileError):
    """A sheet to import declares or holds more rows than an import accepts."""


@dataclass(frozen=True)
class SheetPart:
    title: str
    member: str
    """The sheet's XML member in the zip (xl/worksheets/sheet1.xml)."""
    rows: int | None
    """Rows counted in the XML (header included); None when the sheet was not scanned."""


def check_workbook_file(
    path: Path | str,
    scan: Callable[[str], bool] = lambda _title: True,
    limits: GuardLimits | None = None,
) -> list[SheetPart]:
    """Refuse a hostile or broken file (`WorkbookFileError`); return its sheets in order.

    `scan(title)` tells which sheets are to be imported: only those are streamed for
    merged cells and rows (other sheets of a partner workbook may merge cells freely).
    """
    path = Path(path)
    limits = limits or GuardLimits()
    _check_signature(path)
    try:
        with zipfile.ZipFile(path) as archive:
            members = _check_members(path, archive, limits)
            for info in members:
                _check_prolog(path, archive, info, limits)
            workbook = _workbook_member(path, archive)
            sheets = _sheet_members(path, archive, workbook)
            return [
                SheetPart(title, member, _scan_sheet(path, archive, title, member, limits))
                if scan(title)
                else SheetPart(title, member, None)
                for title, member in sheets
            ]
    except zipfile.BadZipFile as exc:
        raise DamagedWorkbookError(
            f"Le fichier « {path.name} » est une archive endommagée ({exc}) : "
            "enregistrez-le à nouveau au format .xlsx."
        ) from exc
    except (OSError, EOFError, NotImplementedError) as exc:
        message = f"Le fichier « {path.name} » n'a pas pu être lu : {exc}"
        raise DamagedWorkbookError(message) from exc


# The file as a whole -----------------------------------------------------------------------


def _check_signature(path: Path) -> None:
    try:
        with path.open("rb") as handle:
            head = handle.read(HEAD)
    except FileNotFoundError as exc:
        raise WorkbookFileError(f"Le fichier « {path} » est introuvable.") from exc
    except IsADirectoryError as exc:
        raise WorkbookFileError(f"« {path} » est un dossier, pas un classeur.") from exc
    except OSError as exc:
        raise WorkbookFileError(f"Le fichier « {path} » n'a pas pu être lu : {exc}") from exc
    name = path.name
    if not head:
        raise NotAWorkbookError(f"Le fichier « {name} » est vide.")
    if head.startswith(OLE2_SIGNATURE):
        raise NotAWorkbookError(
            f"Le fichier « {name} » est un classeur Excel 97-2003 (.xls) ou un classeur "
            "protégé par mot de passe : enregistrez-le au format .xlsx (sans mot de passe)."
        )
    if head.startswith(ZIP_SIGNATURES):
        return
    if _looks_like_text(head):
        raise NotAWorkbookError(
            f"Le fichier « {name} » n'est pas un classeur Excel : c'est un fichier texte "
            "(CSV ?) renommé. Ouvrez-le dans votre tableur et enregistrez-le au format .xlsx."
        )
    raise NotAWorkbookError(
        f"Le fichier « {name} » n'est pas un classeur Excel (.xlsx) : son contenu n'est pas "
        "celui d'un classeur."
    )


def _looks_like_text(head: bytes) -> bool:
    if head.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return True
    if b"\x00" in head:
        return False
    printable = sum(1 for byte in head if byte >= 32 or byte in (9, 10, 13))
    return printable >= 0.95 * len(head)


def _check_members(
    path: Path, archive: zipfile.ZipFile, limits: GuardLimits
) -> list[zipfile.ZipInfo]:
    members = archive.infolist()
    name = path.name
    if len(members) > limits.max_members:
        raise ZipBombError(
            f"Le fichier « {name} » est refusé : il contient {len(members)} éléments "
            f"(un classeur en compte quelques dizaines, {limits.max_members} au plus acceptés)."
        )
    total = sum(info.file_size for info in members)
    if total > limits.max_total_size:
        raise ZipBombError(
            f"Le fichier « {name} » est refusé : décompressé, il occuperait "
            f"{total / 1_048_576:,.0f} Mo ({limits.max_total_size / 1_048_576:,.0f} Mo au plus)."
        )
    for info in members:
        if info.flag_bits & 0x1:
            raise NotAWorkbookError(
                f"Le fichier « {name} » est chiffré : enregistrez-le sans mot de passe."
            )
        if info.file_size > limits.ratio_from and (
            info.compress_size == 0 or info.file_size / info.compress_size > limits.max_ratio
        ):
            raise ZipBombError(
                f"Le fichier « {name} » est refusé : l'élément « {info.filename} » est "
                "compressé de façon anormale (bombe de décompression ?)."
            )
    return members


# XML prologs ---------------------------------------------------------------------------------

_PROLOG_SKIP = re.compile(r"\s+|<\?.*?\?>|<!--.*?-->", re.DOTALL)


def _decode_head(data: bytes) -> str:
    """The first bytes of an XML member as text, enough to read its prolog."""
    for bom, codec in (
        (b"\x00\x00\xfe\xff", "utf-32-be"),
        (b"\xff\xfe\x00\x00", "utf-32-le"),
        (b"\xef\xbb\xbf", "utf-8"),
        (b"\xff\xfe", "utf-16-le"),
        (b"\xfe\xff", "utf-16-be"),
    ):
        if data.startswith(bom):
            return data[len(bom) :].decode(codec, errors="ignore")
    if data.startswith(b"\x00\x00\x00<"):
        return data.decode("utf-32-be", errors="ignore")
    if data.startswith(b"<\x00\x00\x00"):
        return data.decode("utf-32-le", errors="ignore")
    if data.startswith(b"\x00<"):
        return data.decode("utf-16-be", errors="ignore")
    if data.startswith(b"<\x00"):
        return data.decode("utf-16-le", errors="ignore")
    return data.decode("latin-1")  # the prolog is ASCII in every ASCII-compatible encoding


def prolog_verdict(text: str) -> str:
    """ "dtd" when a declaration (<!DOCTYPE…) comes before the root element, "ok" when the
    root element starts first, "more" when `text` ends inside the prolog."""
    position = 0
    while True:
        match = _PROLOG_SKIP.match(text, position)
        if match is None or match.end() == position:
            break
        position = match.end()
    rest = text[position : position + 4]
    if not rest or rest in ("<", "<!", "<!-", "<?") or rest.startswith(("<!--", "<?")):
        return "more"  # cut inside a comment or instruction, or nothing yet
    if rest.startswith("<!"):
        return "dtd"
    return "ok"


def _check_prolog(
    path: Path, archive: zipfile.ZipFile, info: zipfile.ZipInfo, limits: GuardLimits
) -> None:
    if info.is_dir():
        return
    with archive.open(info) as handle:
        data = handle.read(HEAD)
        is_xml = info.filename.lower().endswith(XML_SUFFIXES) or data.lstrip()[:1] in (
            b"<",
            b"\xef",
            b"\xff",
            b"\xfe",
            b"\x00",
        )
        if not is_xml or not data:
            return
        verdict = prolog_verdict(_decode_head(data))
        while verdict == "more" and len(data) < limits.max_prolog:
            more = handle.read(HEAD)
            if not more:
                break
            data += more
            verdict = prolog_verdict(_decode_head(data))
    if verdict == "dtd":
        raise XmlDeclarationError(
            f"Le fichier « {path.name} » est refusé : l'élément « {info.filename} » contient "
            "une déclaration DOCTYPE/ENTITY, qu'aucun classeur ne contient (fichier piégé ?)."
        )
    if verdict == "more" and len(data) >= limits.max_prolog:
        raise XmlDeclarationError(
            f"Le fichier « {path.name} » est refusé : l'élément « {info.filename} » commence "
            "par un en-tête XML anormalement long."
        )


# Parts ---------------------------------------------------------------------------------------


def _missing(path: Path, part: str) -> DamagedWorkbookError:
    return DamagedWorkbookError(
        f"Le fichier « {path.name} » n'est pas un classeur complet : la partie « {part} » "
        "manque. Ouvrez-le dans votre tableur et enregistrez-le à nouveau au format .xlsx."
    )


def _parse_member(path: Path, archive: zipfile.ZipFile, member: str) -> SafeTree.Element:
    try:
        data = archive.read(member)
    except KeyError as exc:
        raise _missing(path, member) from exc
    try:
        return SafeTree.fromstring(data, forbid_dtd=True)
    except Exception as exc:  # defusedxml's refusals and plain XML syntax errors alike
        raise DamagedWorkbookError(
            f"Le fichier « {path.name} » est endommagé : la partie « {member} » n'est pas "
            f"lisible ({exc})."
        ) from exc


def _workbook_member(path: Path, archive: zipfile.ZipFile) -> str:
    """The workbook part named by [Content_Types].xml (xl/workbook.xml in practice)."""
    types = _parse_member(path, archive, "[Content_Types].xml")
    for override in types.iter(f"{{{CONTENT_TYPES_NS}}}Override"):
        if override.get("ContentType") in WORKBOOK_TYPES:
            member = (override.get("PartName") or "").lstrip("/")
            if member not in archive.NameToInfo:
                raise _missing(path, member)
            return member
    raise _missing(path, "xl/workbook.xml")


def _sheet_members(path: Path, archive: zipfile.ZipFile, workbook: str) -> list[tuple[str, str]]:
    """(title, member) of each worksheet, in workbook order."""
    folder, base = posixpath.split(workbook)
    rels_member = posixpath.join(folder, "_rels", f"{base}.rels")
    if rels_member not in archive.NameToInfo:
        raise _missing(path, rels_member)
    relations = _parse_member(path, archive, rels_member)
    targets = {
        rel.get("Id"): rel.get("Target") or ""
        for rel in relations.iter(f"{{{PACKAGE_REL_NS}}}Relationship")
    }
    sheets: list[tuple[str, str]] = []
    for sheet in _parse_member(path, archive, workbook).iter(f"{{{MAIN_NS}}}sheet"):
        target = targets.get(sheet.get(f"{{{REL_NS}}}id"), "")
        member = target.lstrip("/") if target.startswith("/") else posixpath.join(folder, target)
        member = posixpath.normpath(member)
        if member not in archive.NameToInfo:
            raise _missing(path, member)
        sheets.append((sheet.get("name") or "", member))
    return sheets


# Sheets --------------------------------------------------------------------------------------

_DIMENSION = re.compile(rb"<(?:\w+:)?dimension\b[^>]*?\bref=\"[A-Z]*(\d*)(?::[A-Z]*(\d+))?\"")
_MERGE = re.compile(rb"<(?:\w+:)?mergeCell\b")
_ROW = re.compile(rb"<(?:\w+:)?row\b")
_TAG_ROOM = 64
"""Bytes after a '<' that always hold the tag's name (a tag cut there is carried over)."""


def _chunks(handle: IO[bytes]) -> Iterator[bytes]:
    """The member's bytes in chunks, never cutting a tag's name: a '<' closer than
    `_TAG_ROOM` bytes to a chunk's end is carried over to the next one."""
    carry = b""
    while True:
        data = handle.read(CHUNK)
        if not data:
            if carry:
                yield carry
            return
        buffer = carry + data
        cut = buffer.rfind(b"<")
        if cut >= 0 and len(buffer) - cut < _TAG_ROOM:
            carry, buffer = buffer[cut:], buffer[:cut]
        else:
            carry = b""
        yield buffer


def _scan_sheet(
    path: Path, archive: zipfile.ZipFile, title: str, member: str, limits: GuardLimits
) -> int:
    """Rows of the sheet (header included), refusing merged cells and too many rows."""
    most = limits.max_rows + 1
    rows = 0
    first = True
    with archive.open(member) as handle:
        for chunk in _chunks(handle):
            if first:
                first = False
                dimension = _DIMENSION.search(chunk)
                if dimension is not None:
                    last = dimension.group(2) or dimension.group(1)
                    if last and int(last) > most:
                        raise _too_many_rows(path, title, int(last) - 1, limits)
            if _MERGE.search(chunk) is not None:
                raise MergedCellsError(
                    f"Le fichier « {path.name} » est refusé : la feuille « {title} » contient "
                    "des cellules fusionnées. Annulez la fusion (une valeur par cellule) puis "
                    "enregistrez à nouveau."
                )
            rows += len(_ROW.findall(chunk))
            if rows > most:
                raise _too_many_rows(path, title, None, limits)
    return rows


def _too_many_rows(
    path: Path, title: str, declared: int | None, limits: GuardLimits
) -> TooManyRowsError:
    most = french_count(limits.max_rows)
    count = french_count(declared) if declared is not None else f"plus de {most}"
    return TooManyRowsError(
        f"Le fichier « {path.name} » est refusé : la feuille « {title} » compte {count} "
        f"lignes ({most} au plus par import). Supprimez les lignes vides en bas de la "
        "feuille, ou découpez-la en plusieurs fichiers."
    )
