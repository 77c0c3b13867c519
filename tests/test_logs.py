"""Logs as JSON lines (``--log-format json`` or ``[observe] log_format``): fields for machines, no personal data.

A sample complaint goes through ``complaints-bot run --once``; every line on
stderr is one JSON object with time, level, logger and message, the case's
line carries its reference and Message-ID as fields, and no line holds the
complainant's address, name or a phrase of the body.
"""

from __future__ import annotations

import json
import logging

from bot.cli import main
from bot.parse import parse_message
from tests.conftest import SAMPLES, copy_samples
from tests.test_privacy import body_phrase

NOW = "2026-11-30T10:00"


def records(err: str) -> list[dict]:
    return [json.loads(line) for line in err.splitlines() if line.strip()]


def test_json_lines_carry_the_reference_and_no_personal_data(home, capsys):
    sample = sorted(SAMPLES.glob("*.eml"))[0]
    copy_samples(home / "mailbox", [sample.stem])
    try:
        assert main(["run", "--once", "--log-format", "json", "--now", NOW, "--home", str(home)]) == 0
    finally:
        logging.getLogger().setLevel(logging.WARNING)
    err = capsys.readouterr().err
    entries = records(err)  # every line parses: nothing else is written to stderr
    assert entries and all({"time", "level", "logger", "message"} <= set(e) for e in entries)
    [case] = [e for e in entries if e.get("status") == "case"]
    assert case["ref"].startswith("ASC-2026-") and case["message_id"].startswith("<") and case["ref"] in case["message"]
    assert case["level"] == "INFO" and case["logger"] == "complaints_bot.pipeline"
    parsed = parse_message(sample.read_bytes(), council_domains=("council.example",))
    for value in (parsed.from_addr, parsed.from_name, body_phrase(parsed.text)):
        if value:
            assert value.lower() not in err.lower(), value


def test_log_format_from_the_settings_file(home, capsys):
    (home / "bot.toml").write_text((home / "bot.toml").read_text().replace('log_format = "text"', 'log_format = "json"'))
    copy_samples(home / "mailbox", [sorted(SAMPLES.glob("*.eml"))[0].stem])
    try:
        assert main(["run", "--once", "--now", NOW, "--home", str(home)]) == 0
    finally:
        logging.getLogger().setLevel(logging.WARNING)
    assert [e["status"] for e in records(capsys.readouterr().err) if "status" in e] == ["case"]


def test_the_formatter_keeps_only_known_fields():
    from bot.observe.logs import JsonLines

    record = logging.LogRecord("complaints_bot.outbox", logging.WARNING, __file__, 1, "outbox: %s deferred", ("out-1",),
                               None)
    record.outbox_file = "out-1"
    record.anything_else = "not a field"
    entry = json.loads(JsonLines().format(record))
    assert entry["message"] == "outbox: out-1 deferred" and entry["outbox_file"] == "out-1"
    assert entry["level"] == "WARNING" and entry["time"].endswith("+00:00") and "anything_else" not in entry
