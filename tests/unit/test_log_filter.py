"""The log file never holds email addresses, phone numbers or values a statement bound."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from cnam_desktop.log import PersonalDataFilter, mask_personal_data


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mail claire.martin@example.org sent", "mail <courriel masqué> sent"),
        ("tel 06 12 34 56 78.", "tel <téléphone masqué>."),
        ("tel 0612345678", "tel <téléphone masqué>"),
        ("tel +33 6 12 34 56 78", "tel <téléphone masqué>"),
        ("tel 03.25.00.00.00", "tel <téléphone masqué>"),
        ("[parameters: ('Claire', 'Martin')] end", "[parameters: <valeurs masquées>] end"),
    ],
)
def test_mask_personal_data(text: str, expected: str) -> None:
    assert mask_personal_data(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "opened 2026-11-26 10:30:00 in 0.25 s",
        "session 1a2b3c4d-0612-3456-7890-123456789012 moved",
        "12 rows, 100000 sessions",
    ],
)
def test_ordinary_text_is_kept(text: str) -> None:
    assert mask_personal_data(text) == text


def test_log_file_masks_message_args_and_traceback(log_file: Path) -> None:
    log = logging.getLogger("cnam_desktop.test")
    log.info("contact %s, phone %s", "anne.petit@chaumont.fr", "03 25 00 00 00")
    try:
        raise ValueError("bad address paul@example.org")
    except ValueError:
        log.exception("import failed")
    for handler in logging.getLogger("cnam_desktop").handlers:
        handler.flush()
    text = log_file.read_text(encoding="utf-8")
    assert "contact <courriel masqué>, phone <téléphone masqué>" in text
    assert "ValueError: bad address <courriel masqué>" in text
    assert "Traceback" in text
    for secret in ("anne.petit", "03 25 00 00 00", "paul@example.org"):
        assert secret not in text


def test_filter_keeps_records_and_drops_args() -> None:
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "to %s", ("a@b.fr",), None)
    assert PersonalDataFilter().filter(record) is True
    assert record.getMessage() == "to <courriel masqué>"
    assert record.args is None
