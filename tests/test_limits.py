"""Limits (bot.toml [limits]): a message over any limit is archived and quarantined, never dropped.

Each limit is set low in a temporary home's bot.toml and a real message just
over it goes through ``Bot.handle``: the outcome is "quarantined" naming the
limit, the exact bytes are in the archive and in quarantine, and the Maildir
file moved to .Quarantine (not deleted).  Bad values are a ConfigError naming
the file, the line and the fix.
"""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from bot.archive import digest
from bot.clock import Clock, parse_now
from bot.config import load_settings
from bot.errors import ConfigError
from bot.intake.maildir import deliver_bytes
from bot.pipeline import Bot
from tests.conftest import mail, make_home


def complaint(**extra) -> EmailMessage:
    return mail("The carers did not come on Tuesday and my mother was left without food all day.\n",
                sender="Pat Example <pat@example.org>", subject="Complaint about my mother's care",
                message_id=f"<limits-{extra.get('tag', 'x')}@example.org>", date="Mon, 30 Nov 2026 09:00:00 +0000")


def with_attachments(count: int, size: int) -> bytes:
    msg = complaint(tag=f"att-{count}-{size}")
    for i in range(count):
        msg.add_attachment(b"x" * size, maintype="application", subtype="octet-stream", filename=f"f{i}.bin")
    return msg.as_bytes()


def nested(depth: int) -> bytes:
    inner = complaint(tag=f"depth-{depth}")
    for _ in range(depth):
        outer = EmailMessage()
        outer.make_mixed()
        outer.attach(inner)
        inner = outer
    for key in ("From", "To", "Subject", "Message-ID"):
        inner[key] = complaint(tag=f"depth-{depth}")[key]
    return inner.as_bytes()


def html(chars: int) -> bytes:
    msg = complaint(tag=f"html-{chars}")
    msg.add_alternative("<p>" + "a" * chars + "</p>", subtype="html")
    return msg.as_bytes()


def attached_messages(count: int) -> bytes:
    msg = complaint(tag=f"fwd-{count}")
    for i in range(count):
        msg.add_attachment(complaint(tag=f"inner-{i}"))
    return msg.as_bytes()


CASES = [
    ("max_bytes", 3000, complaint(tag="big").as_bytes() + b"y" * 0, "bytes; the limit is"),
    ("max_attachments", 2, with_attachments(3, 10), "attachments; the limit is 2"),
    ("max_attachment_bytes", 1000, with_attachments(1, 5000), "an attachment of 5,000 bytes"),
    ("max_mime_depth", 3, nested(6), "MIME nesting deeper than 3"),
    ("max_html_chars", 500, html(2000), "HTML body"),
    ("max_attached_messages", 1, attached_messages(2), "attached messages; the limit is 1"),
]



def replace_table(text: str, name: str, body: str) -> str:
    """The project's bot.toml with one table's body replaced (it already has [limits] and [retention])."""
    start = text.index(f"[{name}]")
    end = text.find("\n[", start + 1)
    end = len(text) if end < 0 else end
    return text[:start] + f"[{name}]\n{body}\n" + text[end:]


@pytest.mark.parametrize("key,value,data,reason", CASES, ids=[c[0] for c in CASES])
def test_a_message_over_each_limit_is_archived_and_quarantined(tmp_path, key, value, data, reason):
    if key == "max_bytes":
        data = data + b"\n" + b"padding line to pass the size limit\n" * 100
    home = make_home(tmp_path / "home")
    (home / "bot.toml").write_text(replace_table((home / "bot.toml").read_text(), "limits", f"{key} = {value}"))
    settings = load_settings(str(home / "bot.toml"), str(home))
    bot = Bot(settings, Clock(parse_now("2026-11-30T10:00")))
    deliver_bytes(settings.mailbox_dir, data)
    raw = next(iter(bot.source.fetch()))
    outcome = bot.handle(raw)
    assert outcome.status == "quarantined", outcome
    assert outcome.detail.startswith("parse: ") and reason in outcome.detail, outcome.detail
    sha = digest(data)
    assert bot.archive.get(sha) == data
    [entry] = bot.quarantine.entries()
    assert entry.sha256 == sha and entry.error == "LimitExceeded"
    assert bot.quarantine.get(entry.id)[1] == data
    assert not list((settings.mailbox_dir / "new").iterdir())
    assert len(list((settings.mailbox_dir / ".Quarantine" / "cur").iterdir())) == 1


def test_the_same_messages_pass_under_the_default_limits(tmp_path):
    home = make_home(tmp_path / "home")
    settings = load_settings(str(home / "bot.toml"), str(home))
    bot = Bot(settings, Clock(parse_now("2026-11-30T10:00")))
    for _key, _value, data, _reason in CASES:
        deliver_bytes(settings.mailbox_dir, data)
    outcomes = bot.process_mailbox().outcomes
    assert len(outcomes) == len(CASES)
    assert not [o for o in outcomes if o.status == "quarantined"], outcomes


@pytest.mark.parametrize("body,problem", [
    ("max_bytes = 0", "not a positive whole number"),
    ("max_bytes = -5", "not a positive whole number"),
    ('max_attachments = "many"', "not a positive whole number"),
    ("max_html_chars = 1.5", "not a positive whole number"),
    ("max_mime_depth = true", "not a positive whole number"),
    ("max_size = 10", "unknown limit 'max_size'"),
])
def test_bad_limits_are_a_clear_config_error(tmp_path, body, problem):
    home = make_home(tmp_path / "home")
    (home / "bot.toml").write_text(replace_table((home / "bot.toml").read_text(), "limits", body))
    with pytest.raises(ConfigError) as caught:
        load_settings(str(home / "bot.toml"), str(home))
    assert problem in caught.value.problem
    assert caught.value.line is not None and caught.value.fix


@pytest.mark.parametrize("body,problem", [
    ("years_after_closure = 0", "not a whole number of years"),
    ('years_after_closure = "six"', "not a whole number of years"),
    ('action = "shred"', "is not allowed"),
    ("keep = 1", "unknown retention setting"),
])
def test_bad_retention_is_a_clear_config_error(tmp_path, body, problem):
    home = make_home(tmp_path / "home")
    (home / "bot.toml").write_text(replace_table((home / "bot.toml").read_text(), "retention", body))
    with pytest.raises(ConfigError) as caught:
        load_settings(str(home / "bot.toml"), str(home))
    assert problem in caught.value.problem


def test_limits_and_retention_are_read_from_bot_toml(tmp_path):
    home = make_home(tmp_path / "home")
    text = replace_table((home / "bot.toml").read_text(), "limits", "max_attachments = 7")
    text = replace_table(text, "retention", 'years_after_closure = 3\naction = "anonymise"')
    (home / "bot.toml").write_text(text)
    settings = load_settings(str(home / "bot.toml"), str(home))
    assert settings.limits.max_attachments == 7 and settings.limits.max_bytes == 30 * 1024 * 1024
    assert settings.retention.years_after_closure == 3 and settings.retention.action == "anonymise"
