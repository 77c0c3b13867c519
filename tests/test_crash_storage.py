"""Disk full and read-only var/: the bot stops taking mail, says so, and resumes when it can write.

ENOSPC and EROFS are *simulated* by monkeypatching ``os.replace`` (every
durable write of the archive, store, outbox, quarantine and the Maildir moves
ends in a rename) to raise ``OSError(errno.ENOSPC)`` or ``OSError(errno.EROFS)``
for chosen paths: the tests run as root, where chmod does not stop writes.
The message must stay in the mailbox, never be quarantined, the batch must
stop with StorageFailure (an ALERT in the log), and the next poll after the
disk is writable again must finish the work exactly once.
"""

from __future__ import annotations

import errno
import logging
import os
from pathlib import Path

import pytest

from bot.clock import Clock, parse_now
from bot.config import load_settings
from bot.intake.maildir import deliver_bytes
from bot.pipeline import Bot, StorageFailure
from tests.conftest import SAMPLES, make_home

REAL_REPLACE = os.replace


def fail_writes(monkeypatch, code: int, when) -> list[str]:
    """Make ``os.replace`` raise OSError(code) whenever ``when(destination)`` is true; returns the refused paths."""
    refused: list[str] = []

    def replace(src, dst, *args, **kwargs):
        if when(Path(dst)):
            refused.append(str(dst))
            raise OSError(code, os.strerror(code), str(dst))
        return REAL_REPLACE(src, dst, *args, **kwargs)

    monkeypatch.setattr(os, "replace", replace)
    return refused


@pytest.fixture
def bot(tmp_path):
    home = make_home(tmp_path / "home")
    settings = load_settings(str(home / "bot.toml"), str(home))
    return Bot(settings, Clock(parse_now("2026-11-30T10:00")))


def inbox(bot: Bot) -> list[Path]:
    return [p for sub in ("new", "cur") for p in (bot.settings.mailbox_dir / sub).iterdir()]


def acknowledgements(bot: Bot) -> list[Path]:
    return [p for p in bot.outbox.all_messages() if b"Auto-Submitted: auto-replied" in p.read_bytes()]


COMPLAINT = (SAMPLES / "d001.eml").read_bytes()


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EROFS])
@pytest.mark.parametrize("where", ["archive", "cases.json", "outbox", "mailbox"])
def test_a_storage_failure_leaves_the_message_in_the_mailbox_and_resumes(bot, monkeypatch, caplog, code, where):
    home = bot.settings.home
    targets = {
        "archive": lambda p: home / "archive" in p.parents,
        "cases.json": lambda p: p.name == "cases.json",
        "outbox": lambda p: home / "outbox" in p.parents,
        "mailbox": lambda p: home / "mailbox" / ".Processed" in p.parents,
    }
    deliver_bytes(bot.settings.mailbox_dir, COMPLAINT)
    with monkeypatch.context() as patch:
        refused = fail_writes(patch, code, targets[where])
        with caplog.at_level(logging.ERROR, logger="complaints_bot.pipeline"):
            with pytest.raises(StorageFailure):
                bot.process_mailbox()
    assert refused, "the failure was never triggered"
    assert "ALERT" in caplog.text and "stops taking mail" in caplog.text
    assert len(inbox(bot)) == 1, "the message must stay in the mailbox"
    assert bot.quarantine.entries() == []
    assert not list((bot.settings.mailbox_dir / ".Quarantine" / "cur").iterdir())
    # A second poll while the disk is still full stops again, and still loses nothing.
    with monkeypatch.context() as patch:
        fail_writes(patch, code, targets[where])
        with pytest.raises(StorageFailure):
            bot.process_mailbox()
    assert len(inbox(bot)) == 1
    # The disk is writable again: the next poll does the work, exactly once.
    result = bot.process_mailbox()
    assert [o.status for o in result.outcomes] in (["case"], ["duplicate"])
    assert inbox(bot) == []
    assert len(bot.store.all_cases()) == 1
    assert len(acknowledgements(bot)) == 1
    assert bot.quarantine.entries() == []


def test_the_batch_stops_at_the_failure_and_the_rest_waits(bot, monkeypatch):
    names = ["d001.eml", "d002.eml", "d004.eml"]
    for name in names:
        deliver_bytes(bot.settings.mailbox_dir, (SAMPLES / name).read_bytes())
    processed = bot.settings.mailbox_dir / ".Processed" / "cur"

    def second_store_write(path: Path) -> bool:
        # The disk fills once the first message is done: the second message's case cannot be written.
        return path.name == "cases.json" and any(processed.iterdir())

    with monkeypatch.context() as patch:
        fail_writes(patch, errno.ENOSPC, second_store_write)
        with pytest.raises(StorageFailure):
            bot.process_mailbox()
    assert len(inbox(bot)) == 2  # the second and third wait; the first is done
    assert bot.quarantine.entries() == []
    result = bot.process_mailbox()
    assert len(result.outcomes) == 2 and inbox(bot) == []
    assert len(bot.store.all_cases()) == 3
    refs = [p.read_bytes() for p in acknowledgements(bot)]
    assert len(refs) == 3


def test_a_bad_message_is_still_quarantined_while_the_disk_is_fine(bot):
    deliver_bytes(bot.settings.mailbox_dir, b"\r\n\r\n")
    result = bot.process_mailbox()
    assert [o.status for o in result.outcomes] == ["quarantined"]
    assert len(bot.quarantine.entries()) == 1
