"""Log output for people (plain text) or for log collectors (one JSON object per line).

The bot's log calls never carry personal data: they name case references,
Message-IDs, quarantine ids and outbox file names.  Where a call passes
``extra={"ref": ..., "message_id": ...}`` the JSON line carries them as fields,
so a collector can search by case without parsing sentences.
"""

from __future__ import annotations

import json
import logging
import sys
from datetime import datetime, timezone

FORMATS = ("text", "json")
TEXT_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
# Record attributes passed with ``extra=`` that become JSON fields.
FIELDS = ("ref", "message_id", "quarantine_id", "outbox_file", "stage", "status")


class JsonLines(logging.Formatter):
    """One JSON object per record: time (UTC, ISO 8601), level, logger, message, and the id fields present."""

    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": datetime.fromtimestamp(record.created, timezone.utc).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        for name in FIELDS:
            value = getattr(record, name, None)
            if value:
                entry[name] = value
        if record.exc_info:
            entry["error"] = self.formatException(record.exc_info).splitlines()[-1]
        return json.dumps(entry, ensure_ascii=False)


class _Stderr(logging.StreamHandler):
    """Writes to whatever ``sys.stderr`` is at the time (tests and tools swap it), like logging's last resort."""

    def __init__(self):
        super().__init__(sys.stderr)

    @property
    def stream(self):  # type: ignore[override]
        return sys.stderr

    @stream.setter
    def stream(self, _value) -> None:
        pass


def configure(log_format: str, level: int) -> None:
    """Send the bot's logs to stderr in ``log_format``, replacing any earlier set-up of the root logger."""
    if log_format not in FORMATS:
        raise ValueError(f"log format {log_format!r}: use one of {', '.join(FORMATS)}")
    handler = _Stderr()
    handler.setFormatter(JsonLines() if log_format == "json" else logging.Formatter(TEXT_FORMAT))
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, "_complaints_bot", False)]:
        root.removeHandler(old)
    handler._complaints_bot = True  # type: ignore[attr-defined]
    if not [h for h in root.handlers if not getattr(h, "_complaints_bot", False)] or log_format == "json":
        root.addHandler(handler)
    root.setLevel(level)
    logging.getLogger("mailparser").setLevel(logging.ERROR)
    # spaCy prints its own text lines (its handler, not ours) at INFO while the classifier loads: noise
    # for an admin, and not JSON.  Its warnings still show.
    logging.getLogger("spacy").setLevel(logging.WARNING)
