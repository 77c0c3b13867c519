"""The outbox queues each Message-ID once, wherever the message has got to."""

from __future__ import annotations

import os
from email.message import EmailMessage

from bot.act.outbox import Outbox
from bot.intake.maildir import ensure_maildir
from tests.conftest import mail


def letter(message_id: str) -> EmailMessage:
    return mail("Hello", sender="complaints@council.example", to="someone@example.com", subject="Your reference",
                message_id=message_id, date=None)


def test_each_message_id_is_queued_once(tmp_path):
    outbox = Outbox(tmp_path / "outbox")
    assert outbox.put(letter("<a@council.example>")) is True
    assert outbox.put(letter("<a@council.example>")) is False
    assert len(list(outbox.pending())) == 1


def test_a_sent_or_refused_message_is_not_queued_again(tmp_path):
    outbox = Outbox(tmp_path / "outbox")
    outbox.put(letter("<sent@council.example>"))
    outbox.mark_sent(next(outbox.pending()))
    assert outbox.put(letter("<sent@council.example>")) is False
    outbox.put(letter("<refused@council.example>"))
    failed = ensure_maildir(outbox.root / ".Failed")
    path = next(p for p in outbox.pending())
    os.replace(path, failed / "cur" / f"{path.name}:2,")
    assert outbox.put(letter("<refused@council.example>")) is False
    assert list(outbox.pending()) == []
