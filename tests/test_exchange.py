"""Exchange / Microsoft 365 intake and sending, against a HAND-BUILT EWS RESPONDER, not a real Exchange.

No Exchange server can run here.  tests/servers/ews_responder.py is a small
fake mailbox that answers exchangelib's SOAP requests (GetFolder, FindFolder,
CreateFolder, FindItem, GetItem, MoveItem, UpdateItem, CreateItem) with XML
shaped like Exchange Online's, over HTTPS, behind a fake Entra ID that issues
the OAuth2 tokens msal asks for (tests/servers/fake_entra.py).  These tests
show that the bot's Exchange code, exchangelib and msal work together and keep
the same guarantees as IMAP; they cannot show that Exchange Online behaves
exactly like the responder.
"""

from __future__ import annotations

import email
import email.policy
from datetime import datetime, timedelta, timezone

import pytest

from bot.config import load_settings
from bot.errors import MailboxError
from bot.intake.exchange import PROCESSED_CATEGORY
from bot.intake.open import open_source
from bot.pipeline import Bot
from bot.send import open_drainer
from tests.conftest import SAMPLES
from tests.servers.fixtures import exchange_table, write_home
from tests.test_imap import message


@pytest.fixture
def make_source(tmp_path, entra, exchange_mailbox):
    box, client_id, secret = exchange_mailbox
    made = []

    def make(**extra):
        table = exchange_table(entra, box, client_id, secret, tmp_path, **extra)
        home = write_home(tmp_path / "home", mailbox=table)
        source = open_source(load_settings(home=str(home)))
        made.append(source)
        return source

    yield make
    for source in made:
        source.close()


def test_reads_every_message_and_moves_it_when_done(exchange_mailbox, make_source):
    box, _, _ = exchange_mailbox
    box.deliver(message("first"), received=datetime.now(timezone.utc) - timedelta(minutes=2))
    box.deliver(message("opened by an officer"), read=True)
    source = make_source()
    raws = list(source.fetch())
    assert [b"first" in raws[0].data, b"opened by an officer" in raws[1].data] == [True, True]
    assert all(r.source == "exchange" and not r.backlog for r in raws)
    source.done(raws[0])
    source.done(raws[0])  # already moved: a no-op
    source.set_aside(raws[1])
    assert len(box.in_folder("inbox")) == 0
    assert len(box.in_folder("Processed")) == 1 and len(box.in_folder("Quarantine")) == 1
    assert list(source.fetch()) == []


def test_flag_mode_marks_with_a_category(exchange_mailbox, make_source):
    box, _, _ = exchange_mailbox
    box.deliver(message("categorise me"))
    source = make_source(on_done="flag")
    (raw,) = list(source.fetch())
    source.done(raw)
    (item,) = box.in_folder("inbox")
    assert item.categories == [PROCESSED_CATEGORY]
    assert list(source.fetch()) == []


def test_backlog_is_what_was_there_at_first_start(exchange_mailbox, make_source):
    box, _, _ = exchange_mailbox
    box.deliver(message("old"), received=datetime.now(timezone.utc) - timedelta(days=9))
    source = make_source(backlog_before="first-start")
    assert [r.backlog for r in source.fetch()] == [True]
    box.deliver(message("new"), received=datetime.now(timezone.utc) + timedelta(seconds=1))
    assert [r.backlog for r in source.fetch() if b"new" in r.data] == [False]


def test_missing_consent_and_impersonation_and_folder_are_explained(tmp_path, entra, ews, exchange_mailbox,
                                                                     make_source):
    box, client_id, secret = exchange_mailbox
    entra.apps[client_id].consent = False
    with pytest.raises(MailboxError, match="admin consent.*AADSTS65001"):
        list(make_source().fetch())
    entra.apps[client_id].consent = True
    entra.apps[client_id].username = "someone.else@council.example"  # its tokens are for another mailbox
    with pytest.raises(MailboxError, match="may not act as"):
        list(make_source().fetch())
    entra.apps[client_id].username = box.address
    with pytest.raises(MailboxError, match="folder 'Inbox/Complaints' does not exist"):
        list(make_source(folder="Inbox/Complaints").fetch())


def test_requeue_delivers_into_the_folder(exchange_mailbox, make_source):
    box, _, _ = exchange_mailbox
    source = make_source()
    assert source.deliver(message("requeued"))
    assert len(box.in_folder("inbox")) == 1


@pytest.fixture
def exchange_bot(tmp_path, entra, exchange_mailbox, classifier):
    """A Bot whose mailbox and outbox are both the fake Exchange mailbox."""
    box, client_id, secret = exchange_mailbox
    table = exchange_table(entra, box, client_id, secret, tmp_path)
    home = write_home(tmp_path / "home", mailbox=table, outbox={"type": "exchange", "path": "outbox",
                                                               "retry_first_seconds": 0.2})
    settings = load_settings(home=str(home))
    bot = Bot(settings, classifier=classifier)
    yield bot, open_drainer(settings, bot.outbox), box
    bot.source.close()
    bot.close()


def test_the_bot_over_exchange_acknowledges_through_ews(exchange_bot):
    bot, drainer, box = exchange_bot
    names = ["d001", "d002", "d003", "d021"]
    for name in names:
        box.deliver((SAMPLES / f"{name}.eml").read_bytes())
    result = bot.process_mailbox()
    assert len(result.outcomes) == len(names)
    assert drainer.flush().sent >= 1
    assert box.in_folder("inbox") == [] and len(box.in_folder("Processed")) == len(names)
    sent_ids = [str(email.message_from_bytes(m)["Message-ID"]) for m in box.sent]
    queued = [str(email.message_from_bytes(p.read_bytes())["Message-ID"]) for p in bot.outbox.sent()]
    assert sorted(sent_ids) == sorted(queued) and len(sent_ids) == len(set(sent_ids))
    assert len(box.in_folder("sentitems")) == len(sent_ids)  # a copy in Sent Items
    # again: nothing new read, nothing sent twice
    assert bot.process_mailbox().outcomes == [] and drainer.flush().sent == 0


def test_ews_refusal_fails_the_message_and_busy_pauses_the_queue(exchange_bot):
    from email.message import EmailMessage

    bot, drainer, box = exchange_bot
    refused = EmailMessage()
    refused["From"] = "complaints@council.example"
    refused["To"] = "nobody@example.org"
    refused["Subject"] = "Your complaint ASC-2026-00009"
    refused["Message-ID"] = "<ASC-2026-00009.acknowledgement.00aa@council.example>"
    refused.set_content("Thank you.\n")
    box.refuse.add("nobody@example.org")
    box.busy = 1
    bot.outbox.put(refused)
    first = drainer.flush()
    assert first.sent == 0 and "busy" in first.down  # ErrorServerBusy: wait, blame nobody
    drainer.transport.until = 0
    second = drainer.flush()
    assert second.failed == 1 and second.sent == 1  # refused for good; the team's alert went out
    (alert,) = [email.message_from_bytes(m, policy=email.policy.default) for m in box.sent]
    assert "ASC-2026-00009" in alert["Subject"] and "ErrorInvalidRecipients" in alert.get_content()


def test_mailbox_check_over_exchange(tmp_path, entra, exchange_mailbox, capsys):
    from bot.cli import main

    box, client_id, secret = exchange_mailbox
    box.deliver(message("waiting"))
    home = write_home(tmp_path / "home", mailbox=exchange_table(entra, box, client_id, secret, tmp_path))
    assert main(["mailbox", "check", "--home", str(home)]) == 0
    out = capsys.readouterr().out
    assert "Inbox: 1 messages, 1 unseen" in out and "Sent Items" in out
    assert "will be created on first use" in out
