"""Logging to a rotating file in the logs folder of `paths.py`.

The log records what the application did (opened a file, ran a migration, an
error's traceback) but never the content users type: no names, emails or notes.
`PersonalDataFilter` masks email addresses and phone numbers that slip through
(an exception's message quoting a value, for instance).
"""

from __future__ import annotations

import logging
import re
from logging.handlers import RotatingFileHandler
from pathlib import Path

LOG_FILENAME = "cnam-desktop.log"


def setup_logging(log_dir: Path, level: int = logging.INFO) -> Path:
    """Send the application's log records to a rotating file; return its path."""
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / LOG_FILENAME
    root = logging.getLogger("cnam_desktop")
    if not any(isinstance(h, RotatingFileHandler) for h in root.handlers):
        handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        handler.addFilter(PersonalDataFilter())
        root.addHandler(handler)
    root.setLevel(level)
    return path


EMAIL_PATTERN = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
PHONE_PATTERN = re.compile(r"(?<![\w.:-])(?:\+\d{1,3}[ .-]?|0)\d(?:[ .-]?\d{2}){4}(?![\w-])")
SQL_PARAMETERS_PATTERN = re.compile(r"\[parameters: [^\n]*\]")
"""The values SQLAlchemy quotes in a database error (names, emails a statement bound)."""
EMAIL_MASK = "<courriel masqué>"
PHONE_MASK = "<téléphone masqué>"


def mask_personal_data(text: str) -> str:
    """The text with email addresses, (French or international) phone numbers and the
    values quoted by a database error masked."""
    text = SQL_PARAMETERS_PATTERN.sub("[parameters: <valeurs masquées>]", text)
    return PHONE_PATTERN.sub(PHONE_MASK, EMAIL_PATTERN.sub(EMAIL_MASK, text))


class PersonalDataFilter(logging.Filter):
    """Masks email addresses and phone numbers in a record: message, arguments, traceback.

    The message is formatted once here (`getMessage`) and the arguments dropped, so that
    nothing unmasked reaches a handler; the exception text is formatted and masked too.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = mask_personal_data(record.getMessage())
        record.args = None
        if record.exc_info:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
            record.exc_info = None
        if record.exc_text:
            record.exc_text = mask_personal_data(record.exc_text)
        if record.stack_info:
            record.stack_info = mask_personal_data(record.stack_info)
        return True
