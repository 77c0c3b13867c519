"""The IMAP mailbox source against a real Dovecot (see tests/servers/fixtures.py).

Each test has a mailbox user of its own.  These tests drive ``ImapSource``
directly (no classifier); tests/test_imap_flow.py runs the whole bot over IMAP.
"""

from __future__ import annotations

import threading
import time
import uuid
from datetime import datetime, timedelta, timezone

import pytest

from bot.config import load_settings
from bot.errors import ConfigError, MailboxError
from bot.intake.imap import PROCESSED_KEYWORD, open_imap
from bot.intake.open import open_source
from tests.servers.fixtures import imap_table, write_home
from tests.conftest import mail


def message(subject: str = "", sender: str = "resident@example.org") -> bytes:
    return mail("The carer did not come on Tuesday.\n", sender=sender, subject=subject or f"test {uuid.uuid4().hex[:8]}",
                message_id=f"<{uuid.uuid4().hex}@example.org>", date=None).as_bytes()


@pytest.fixture
def make_source(tmp_path, dovecot, mailbox):
    """An ImapSource for this test's mailbox; keyword arguments change [mailbox] settings."""
    user, _ = mailbox
    made = []

    def make(**extra):
        home = write_home(tmp_path / "home", mailbox=imap_table(dovecot, user, tmp_path, **extra))
        source = open_source(load_settings(home=str(home)))
        made.append(source)
        return source

    yield make
    for source in made:
        source.close()


def test_reads_with_peek_and_moves_to_processed(dovecot, mailbox, make_source):
    user, _ = mailbox
    for n in range(3):
        dovecot.append(user, message(f"m{n}"))
    source = make_source()
    raws = list(source.fetch())
    assert [r.data.split(b"Subject: ")[1][:2] for r in raws] == [b"m0", b"m1", b"m2"]
    assert all(r.source == "imap" and not r.backlog for r in raws)
    # BODY.PEEK[]: reading does not mark anything \Seen (an officer's view is unchanged)
    client = dovecot.client(user)
    client.select_folder("INBOX", readonly=True)
    assert all(b"\\Seen" not in flags for flags in client.get_flags(client.search("ALL")).values())
    client.logout()
    for raw in raws:
        source.done(raw)
    assert dovecot.count(user) == 0
    assert dovecot.count(user, "Processed") == 3
    assert list(source.fetch()) == []
    assert source.state.folder.last_uid == 3


def test_a_message_an_officer_already_opened_is_still_read(dovecot, mailbox, make_source):
    user, _ = mailbox
    client = dovecot.client(user)
    client.append("INBOX", message("opened in Outlook"), flags=[b"\\Seen"])
    client.logout()
    raws = list(make_source().fetch())
    assert len(raws) == 1 and b"opened in Outlook" in raws[0].data


def test_done_twice_and_set_aside(dovecot, mailbox, make_source):
    user, _ = mailbox
    dovecot.append(user, message("one"))
    dovecot.append(user, message("two"))
    source = make_source()
    one, two = list(source.fetch())
    source.done(one)
    source.done(one)  # idempotent: it is already in Processed
    source.set_aside(two)
    assert dovecot.count(user, "Processed") == 1
    assert dovecot.count(user, "Quarantine") == 1
    assert dovecot.count(user) == 0


def test_restart_resumes_after_the_last_uid(dovecot, mailbox, make_source):
    user, _ = mailbox
    dovecot.append(user, message("first"))
    source = make_source()
    (first,) = list(source.fetch())
    source.done(first)
    source.close()
    dovecot.append(user, message("second"))
    again = make_source()  # a new process: state from disk
    assert again.state.folder.last_uid == 1
    (second,) = list(again.fetch())
    assert b"second" in second.data and second.source_key.endswith(":2")


def test_starttls_on_the_plain_port(dovecot, mailbox, make_source):
    user, _ = mailbox
    dovecot.append(user, message("over starttls"))
    source = make_source(port=dovecot.port, tls="starttls")
    assert len(list(source.fetch())) == 1


def test_self_signed_certificate_is_refused_without_its_ca(tmp_path, dovecot, mailbox):
    """TLS to a server whose self-signed certificate the test just made: trusted only with ca_file."""
    user, _ = mailbox
    table = imap_table(dovecot, user, tmp_path)
    del table["ca_file"]
    home = write_home(tmp_path / "home", mailbox=table)
    source = open_source(load_settings(home=str(home)))
    with pytest.raises(MailboxError, match="TLS failure.*not trusted.*ca_file"):
        list(source.fetch())


def test_wrong_password_and_missing_folder_are_explained(tmp_path, dovecot, mailbox, make_source):
    user, _ = mailbox
    source = make_source()
    (tmp_path / f"imap-{user.split('@')[0]}").write_text("not-the-password\n")
    wrong = open_imap(load_settings(home=str(tmp_path / "home")))
    with pytest.raises(MailboxError, match="refused the username or password"):
        list(wrong.fetch())
    (tmp_path / f"imap-{user.split('@')[0]}").write_text(dovecot.users[user])
    missing = make_source(folder="Complaints")
    with pytest.raises(MailboxError, match="folder 'Complaints' does not exist"):
        list(missing.fetch())
    assert source is not None


def test_plain_imap_to_a_remote_host_and_secrets_in_the_file_are_refused(tmp_path):
    home = write_home(tmp_path / "home", mailbox={"type": "imap", "host": "imap.council.example", "tls": "none",
                                                  "username": "x", "password_env": "X"})
    with pytest.raises(ConfigError, match="unencrypted"):
        open_source(load_settings(home=str(home)))
    home = write_home(tmp_path / "home2", mailbox={"type": "imap", "host": "imap.council.example",
                                                   "username": "x", "password": "hunter2"})
    with pytest.raises(ConfigError, match="password_env") as caught:
        load_settings(home=str(home))
    assert caught.value.line is not None
    home = write_home(tmp_path / "home3", mailbox={"type": "imap", "host": "imap.council.example",
                                                   "username": "x", "password_env": "COMPLAINTS_TEST_UNSET"})
    with pytest.raises(ConfigError, match="COMPLAINTS_TEST_UNSET, which is not set"):
        open_source(load_settings(home=str(home)))


def test_uidvalidity_change_reads_the_folder_again(dovecot, mailbox, make_source):
    user, _ = mailbox
    for n in range(3):
        dovecot.append(user, message(f"u{n}"))
    source = make_source()
    raws = list(source.fetch())
    source.done(raws[0])
    old_validity = source.state.folder.uidvalidity
    dovecot.set_uidvalidity(user, "INBOX", old_validity + 1000)
    # done() for a message read under the old UIDVALIDITY cannot address it: nothing moves,
    # and it is read again (the case store then recognises it as a duplicate).
    source.done(raws[1])
    again = list(source.fetch())
    assert source.state.folder.uidvalidity == old_validity + 1000
    assert sorted(r.data.split(b"Subject: ")[1][:2] for r in again) == [b"u1", b"u2"]
    for raw in again:
        source.done(raw)
    assert dovecot.count(user) == 0 and dovecot.count(user, "Processed") == 3


def test_uids_renumbered_by_a_server_rebuild(dovecot, mailbox, make_source):
    user, _ = mailbox
    for n in range(2):
        dovecot.append(user, message(f"r{n}"))
    source = make_source()
    first = list(source.fetch())
    source.done(first[0])
    source.close()
    dovecot.reset_uids(user)  # stop, delete dovecot-uidlist and indexes, start
    again = list(make_source().fetch())
    assert [b"r1" in r.data for r in again] == [True]


def test_flag_mode_where_move_is_missing(dovecot, mailbox, make_source):
    user, _ = mailbox
    dovecot.append(user, message("flag me"))
    source = make_source(on_done="flag")
    (raw,) = list(source.fetch())
    source.done(raw)
    assert dovecot.count(user) == 1  # still in the inbox, marked
    client = dovecot.client(user)
    client.select_folder("INBOX")
    flags = client.get_flags(client.search("ALL"))
    client.logout()
    assert PROCESSED_KEYWORD.encode() in next(iter(flags.values()))
    # Even with the UID state forgotten (a UIDVALIDITY change), the keyword keeps it out.
    dovecot.set_uidvalidity(user, "INBOX", source.state.folder.uidvalidity + 7)
    assert list(source.fetch()) == []


def test_connection_drop_between_fetch_and_done(dovecot, mailbox, make_source):
    user, _ = mailbox
    dovecot.append(user, message("survives a restart"))
    source = make_source()
    (raw,) = list(source.fetch())
    dovecot.restart()  # the server drops every connection
    source.done(raw)  # reconnects once, at once, and moves it
    assert dovecot.count(user, "Processed") == 1


def test_server_down_backs_off_then_recovers(dovecot, mailbox, make_source):
    user, _ = mailbox
    source = make_source()
    assert list(source.fetch()) == []
    dovecot.stop()
    try:
        with pytest.raises(MailboxError, match="next try in"):
            list(source.fetch())
        with pytest.raises(MailboxError, match="next try in"):
            list(source.fetch())  # waiting: no new connection attempt yet
        assert source.backoff.failures >= 1
    finally:
        dovecot.start()
    dovecot.append(user, message("after the outage"))
    deadline = time.monotonic() + 5
    while True:
        try:
            raws = list(source.fetch())
            break
        except MailboxError:
            assert time.monotonic() < deadline
            time.sleep(0.2)
    assert len(raws) == 1


def test_backlog_is_what_was_there_before_the_first_read(dovecot, mailbox, make_source):
    user, _ = mailbox
    dovecot.append(user, message("old one"), when=datetime.now(timezone.utc) - timedelta(days=30))
    dovecot.append(user, message("old two"))
    source = make_source(backlog_before="first-start")
    raws = list(source.fetch())
    assert [r.backlog for r in raws] == [True, True]
    dovecot.append(user, message("new"))
    new = [r for r in source.fetch() if b"new" in r.data]
    assert [r.backlog for r in new] == [False]


def test_backlog_before_a_configured_date(dovecot, mailbox, make_source):
    user, _ = mailbox
    dovecot.append(user, message("last year"), when=datetime(2025, 6, 1, tzinfo=timezone.utc))
    dovecot.append(user, message("this week"))
    cutoff = (datetime.now(timezone.utc) - timedelta(days=1)).replace(microsecond=0)
    raws = list(make_source(backlog_before=cutoff).fetch())
    assert [r.backlog for r in raws] == [True, False]
    assert raws[0].received_at == datetime(2025, 6, 1, tzinfo=timezone.utc)


def test_idle_wakes_the_bot_when_mail_arrives(dovecot, mailbox, make_source):
    user, _ = mailbox
    source = make_source()
    woken = threading.Event()
    calls = []

    def on_mail():
        calls.append(time.monotonic())
        woken.set()

    stop = threading.Event()
    watcher = threading.Thread(target=source.watch, args=(on_mail, stop), daemon=True)
    watcher.start()
    assert woken.wait(5)  # once on connecting: mail may have come while it was away
    woken.clear()
    sent = time.monotonic()
    dovecot.append(user, message("wake up"))
    assert woken.wait(5)
    assert calls[-1] - sent < 3
    stop.set()
    watcher.join(5)
    assert not watcher.is_alive()


def test_deliver_appends_to_the_inbox(dovecot, mailbox, make_source):
    user, _ = mailbox
    source = make_source()
    key = source.deliver(message("requeued"))
    assert ":" in key
    assert dovecot.count(user) == 1


def test_xoauth2_login_with_a_token_from_entra(tmp_path, dovecot, mailbox, entra):
    user, _ = mailbox
    client_id = f"app-{uuid.uuid4().hex[:8]}"
    entra.register(client_id, "app-secret", user)
    (tmp_path / "client-secret").write_text("app-secret\n")
    table = imap_table(dovecot, user, tmp_path, auth="oauth2", tenant_id=entra.tenant, client_id=client_id,
                       client_secret_file=str(tmp_path / "client-secret"), authority=entra.authority)
    del table["password_file"]
    home = write_home(tmp_path / "home", mailbox=table)
    dovecot.append(user, message("via oauth"))
    source = open_source(load_settings(home=str(home)))
    assert len(list(source.fetch())) == 1
    source.close()


def test_xoauth2_without_admin_consent_is_explained(tmp_path, dovecot, mailbox, entra):
    user, _ = mailbox
    client_id = f"app-{uuid.uuid4().hex[:8]}"
    entra.register(client_id, "app-secret", user, consent=False)
    (tmp_path / "client-secret").write_text("app-secret\n")
    table = imap_table(dovecot, user, tmp_path, auth="oauth2", tenant_id=entra.tenant, client_id=client_id,
                       client_secret_file=str(tmp_path / "client-secret"), authority=entra.authority)
    del table["password_file"]
    home = write_home(tmp_path / "home", mailbox=table)
    source = open_source(load_settings(home=str(home)))
    with pytest.raises(MailboxError, match="admin consent.*AADSTS65001"):
        list(source.fetch())
