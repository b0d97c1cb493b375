"""The packaging files agree with the code and with each other (no PyInstaller needed).

The spec bundles what the application loads at run time and only the Qt modules it
imports; the .desktop, AppStream and Inno Setup files carry the same id, command and
version as pyproject.toml; the icon exists at every size; the user guide covers the
topics asked for, and its menu paths and links lead somewhere.
"""

from __future__ import annotations

import ast
import configparser
import html
import re
import shutil
import struct
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from cnam_desktop.db import schema
from cnam_desktop.ui.dialogs.help_dialog import heading_anchor

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
SPEC = PACKAGING / "cnam_desktop.spec"
DESKTOP = PACKAGING / "linux" / "fr.cnam.CnamDesktop.desktop"
METAINFO = PACKAGING / "linux" / "fr.cnam.CnamDesktop.metainfo.xml"
ISS = PACKAGING / "windows" / "cnam-desktop.iss"
ICONS = ROOT / "resources" / "icons"
GUIDE = ROOT / "resources" / "help" / "guide.md"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def _pyproject() -> dict:
    with (ROOT / "pyproject.toml").open("rb") as handle:
        return tomllib.load(handle)


def _constant(path: Path, name: str) -> object:
    """A module-level `NAME = <literal>` of a file, read without running it."""
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == name for t in node.targets
        ):
            return ast.literal_eval(node.value)
    raise AssertionError(f"no {name} in {path}")


VERSION = _pyproject()["project"]["version"]
DESKTOP_ID = _constant(ROOT / "cnam_desktop" / "app.py", "DESKTOP_ID")
COMMAND = next(iter(_pyproject()["project"]["scripts"]))


def _qt_modules_imported() -> set[str]:
    """The PySide6 modules that cnam_desktop imports anywhere."""
    found: set[str] = set()
    for path in (ROOT / "cnam_desktop").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("PySide6."):
                found.add(node.module.split(".")[1])
            elif isinstance(node, ast.ImportFrom) and node.module == "PySide6":
                found.update(a.name for a in node.names if a.name.startswith("Qt"))
    return found


# --- PyInstaller spec -----------------------------------------------------------------------


def test_spec_is_python_and_bundles_what_runs_from_files() -> None:
    text = SPEC.read_text(encoding="utf-8")
    compile(text, str(SPEC), "exec")
    assert '(str(ROOT / "resources"), "resources")' in text
    # Alembic reads these as files, beside cnam_desktop/db/migrate.py in the bundle.
    for needed in ('"env.py"', '"script.py.mako"', '"versions").glob("*.py")'):
        assert needed in text
    assert '"cnam_desktop/db/migrations"' in text
    assert 'copy_metadata("cnam-desktop")' in text  # app_version() in the bundle
    assert (PACKAGING / "launch.py").is_file() and '"launch.py"' in text
    assert _constant(SPEC, "NAME") == COMMAND


def test_spec_keeps_every_qt_module_the_code_imports_and_drops_the_rest() -> None:
    used = set(_constant(SPEC, "QT_USED"))  # type: ignore[arg-type]
    unused = set(_constant(SPEC, "QT_UNUSED"))  # type: ignore[arg-type]
    imported = _qt_modules_imported()
    assert {"QtCore", "QtGui", "QtWidgets"} <= imported
    assert imported <= used, f"imported but not declared in the spec: {imported - used}"
    assert not imported & unused, f"excluded by the spec but imported: {imported & unused}"
    assert {"QtWebEngineCore", "QtQml", "QtQuick", "Qt3DCore", "QtMultimedia"} <= unused


def test_migration_revisions_are_plain_files_the_spec_globs() -> None:
    """Every known revision is a `versions/<revision>.py` file: the spec's glob takes it."""
    versions = ROOT / "cnam_desktop" / "db" / "migrations" / "versions"
    stems = {path.stem for path in versions.glob("*.py")}
    assert set(schema.KNOWN_REVISIONS) <= stems


# --- Linux desktop integration ----------------------------------------------------------------


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_file_names_the_command_the_icon_and_french() -> None:
    entry = _desktop_entry()
    assert DESKTOP.stem == DESKTOP_ID
    assert entry["Type"] == "Application"
    assert entry["Exec"].split()[0] == COMMAND
    assert entry["Icon"] == DESKTOP_ID
    assert entry["Name"] and entry["Name[fr]"] and entry["Comment[fr]"]
    assert entry["Terminal"] == "false"


def test_metainfo_has_the_same_id_and_the_version_of_pyproject() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == DESKTOP_ID
    assert root.findtext("launchable") == DESKTOP.name
    assert root.findtext("provides/binary") == COMMAND
    releases = root.findall("releases/release")
    assert releases and releases[0].get("version") == VERSION  # newest first
    languages = {n.get(XML_LANG) for n in root.findall("name")}
    assert {None, "fr"} <= languages
    assert {p.get(XML_LANG) for p in root.findall("description/p")} >= {None, "fr"}
    assert root.find("content_rating") is not None


def _run_validator(command: list[str]) -> subprocess.CompletedProcess:
    if shutil.which(command[0]) is None:
        pytest.skip(f"{command[0]} is not installed (Debian: appstream, desktop-file-utils)")
    return subprocess.run(command, capture_output=True, text=True, timeout=60)


def test_metainfo_passes_appstreamcli() -> None:
    result = _run_validator(["appstreamcli", "validate", "--no-net", str(METAINFO)])
    assert result.returncode == 0, result.stdout + result.stderr


def test_desktop_file_passes_desktop_file_validate() -> None:
    result = _run_validator(["desktop-file-validate", str(DESKTOP)])
    assert result.returncode == 0 and "error" not in result.stdout, result.stdout


# --- Windows installer --------------------------------------------------------------------


def test_inno_setup_installs_per_user_and_never_deletes_the_data() -> None:
    text = ISS.read_text(encoding="utf-8-sig")
    settings = dict(
        re.findall(r"^(\w+)=(.*)$", text.split("[Setup]")[1].split("\n[")[0], re.MULTILINE)
    )
    assert settings["PrivilegesRequired"] == "lowest"
    assert settings["DefaultDirName"].startswith(("{userpf}", "{localappdata}"))
    # The version of pyproject.toml as À propos shows it (the executable's ProductVersion
    # text, which the spec writes), its numeric form only where Windows wants numbers.
    assert 'GetStringFileInfo(AppExePath, "ProductVersion")' in text
    assert settings["AppVersion"] == "{#AppVersion}"
    assert settings["VersionInfoVersion"] == "{#AppVersionNumbers}"
    assert "GetVersionNumbersString(AppExePath)" in text
    assert 'vi.StringStruct("ProductVersion", VERSION)' in SPEC.read_text(encoding="utf-8")
    assert re.search(
        r'^Name: "\{group\}\\\{#AppName\}"; Filename: "\{app\}\\\{#AppExe\}"', text, re.M
    )
    assert "[UninstallDelete]\n" not in text
    data_dir = r"{localappdata}\Cnam\cnam-desktop"
    for line in text.splitlines():
        if line.startswith(("Type:", "Name:", "Source:")):  # nothing installed or deleted there
            assert data_dir not in line, line
    assert not settings["DefaultDirName"].startswith(data_dir)
    assert (ROOT / settings["SetupIconFile"].replace("..\\..\\", "").replace("\\", "/")).is_file()


# --- icons ---------------------------------------------------------------------------------


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR", path
    return struct.unpack(">II", data[16:24])


def test_icon_svg_and_every_png_size() -> None:
    svg = ET.parse(ICONS / "cnam-desktop.svg").getroot()
    assert svg.tag.endswith("svg") and svg.get("viewBox")
    sizes = _constant(ROOT / "cnam_desktop" / "app.py", "ICON_SIZES")
    assert sizes == _constant(PACKAGING / "render_icons.py", "SIZES")
    for size in sizes:  # type: ignore[union-attr]
        assert _png_size(ICONS / f"cnam-desktop-{size}.png") == (size, size)


def test_windows_icon_holds_the_small_and_large_sizes() -> None:
    data = (ICONS / "cnam-desktop.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sizes = set()
    for i in range(count):
        width, height = data[6 + 16 * i], data[7 + 16 * i]
        sizes.add((width or 256, height or 256))  # 0 means 256
    assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= sizes


# --- user guide ----------------------------------------------------------------------------

GUIDE_TOPICS = {
    "first start": "Premier démarrage",
    "demo network": "réseau de démonstration",
    "add a site": "Ajouter un site",
    "plan a series": "Planifier une série",
    "resolve a conflict": "Résoudre un conflit",
    "export for a partner": "Exporter un classeur pour un partenaire",
    "print a centre sheet": "Imprimer une fiche centre",
    "backups and restore": "Sauvegardes et restauration",
    "where the data lives": "Où sont vos données",
}


def _headings(text: str) -> list[str]:
    return [line.lstrip("#").strip() for line in text.splitlines() if line.startswith("#")]


def test_guide_has_a_section_for_each_topic() -> None:
    headings = _headings(GUIDE.read_text(encoding="utf-8"))
    missing = [t for t, words in GUIDE_TOPICS.items() if not any(words in h for h in headings)]
    assert missing == []


def test_guide_links_lead_to_its_headings() -> None:
    text = GUIDE.read_text(encoding="utf-8")
    anchors = {heading_anchor(h) for h in _headings(text)}
    links = re.findall(r"\]\(#([^)]+)\)", text)
    assert len(links) >= len(GUIDE_TOPICS)
    assert [link for link in links if link not in anchors] == []


def _menu_actions() -> dict[str, set[str]]:
    """Menu title → the texts of its actions, as forms/main_window.ui writes them."""
    root = ET.parse(ROOT / "forms" / "main_window.ui").getroot()

    def clean(text: str) -> str:
        return text.replace("&", "").strip()

    actions = {
        a.get("name"): clean(a.findtext("property[@name='text']/string") or "")
        for a in root.iter("action")
    }
    menus = {}
    for menu in root.iter("widget"):
        if menu.get("class") == "QMenu":
            title = clean(menu.findtext("property[@name='title']/string") or "")
            menus[title] = {
                actions[a.get("name")]
                for a in menu.findall("addaction")
                if a.get("name") in actions
            }
    return menus


def _interface_texts() -> str:
    """Every text of the forms and of the interface code, mnemonics (&) left out."""
    files = [*(ROOT / "forms").glob("*.ui"), *(ROOT / "cnam_desktop" / "ui").rglob("*.py")]
    text = "\n".join(html.unescape(f.read_text(encoding="utf-8")) for f in files)
    return text.replace("&", "")


def test_guide_buttons_exist_in_the_interface() -> None:
    """A bold « Label… » of the guide (a button or menu item that opens a window, the
    last step of « Menu → Item… ») is written in a form or in the interface code."""
    text = re.sub(r"\s+", " ", GUIDE.read_text(encoding="utf-8"))
    labels = [label.split(" → ")[-1] for label in re.findall(r"\*\*([^*]+…)\*\*", text)]
    assert len(labels) >= 10
    known = _interface_texts()
    assert [label for label in labels if label not in known] == []


def test_guide_menu_paths_exist_in_the_main_window() -> None:
    text = re.sub(r"\s+", " ", GUIDE.read_text(encoding="utf-8"))
    menus = _menu_actions()
    menus["Édition"] |= {"Annuler", "Rétablir"}  # the undo stack's actions (main_window.py)
    paths = re.findall(r"\*\*(Fichier|Édition|Affichage|Rapports|Aide) → ([^*]+)\*\*", text)
    assert len(paths) >= 8
    wrong = [f"{m} → {item}" for m, item in paths if item.strip() not in menus[m]]
    assert wrong == []
    assert "Guide d'utilisation" in menus["Aide"]
