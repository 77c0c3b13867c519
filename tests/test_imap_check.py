"""``complaints-bot mailbox check`` against the real Dovecot: what an IT admin sees, working and failing."""

from __future__ import annotations

import json
import uuid

from bot.cli import main
from tests.servers.fixtures import imap_table, write_home
from tests.test_imap import message


def check(home, capsys, *extra):
    code = main(["mailbox", "check", "--home", str(home), *extra])
    return code, capsys.readouterr().out


def test_check_lists_folders_and_unseen(tmp_path, dovecot, mailbox, capsys):
    user, _ = mailbox
    dovecot.append(user, message("one"))
    dovecot.append(user, message("two"))
    home = write_home(tmp_path / "home", mailbox=imap_table(dovecot, user, tmp_path, backlog_before="first-start"))
    code, out = check(home, capsys)
    assert code == 0, out
    assert "connected, TLS (implicit) verified" in out and f"signed in as {user}" in out
    assert "INBOX: 2 messages, 2 unseen" in out and "Sent" in out
    assert "push (IDLE): yes" in out and "'Processed': will be created on first use" in out
    assert "not started yet" in out
    code, out = check(home, capsys, "--json")
    report = json.loads(out)
    assert report["ok"] and report["unseen"] == 2 and "INBOX" in report["folders"]


def test_check_explains_failures(tmp_path, dovecot, mailbox, entra, capsys):
    user, _ = mailbox
    (tmp_path / "wrong").write_text("not-it\n")
    home = write_home(tmp_path / "a", mailbox=imap_table(dovecot, user, tmp_path, password_file=str(tmp_path / "wrong")))
    code, out = check(home, capsys)
    assert code == 1 and "wrong password?" in out

    table = imap_table(dovecot, user, tmp_path)
    del table["ca_file"]
    home = write_home(tmp_path / "b", mailbox=table)
    code, out = check(home, capsys)
    assert code == 1 and "TLS failure" in out and "ca_file" in out

    home = write_home(tmp_path / "c", mailbox=imap_table(dovecot, user, tmp_path, folder="Complaints"))
    code, out = check(home, capsys)
    assert code == 1 and "'Complaints' does not exist" in out and "INBOX" in out

    home = write_home(tmp_path / "d", mailbox=imap_table(dovecot, user, tmp_path, port=dovecot.port, tls="implicit"))
    code, out = check(home, capsys)
    assert code == 1 and "TLS failure" in out and "993" in out

    client_id = f"app-{uuid.uuid4().hex[:8]}"
    entra.register(client_id, "s3cret", user, consent=False)
    (tmp_path / "client-secret").write_text("s3cret\n")
    table = imap_table(dovecot, user, tmp_path, auth="oauth2", tenant_id=entra.tenant, client_id=client_id,
                       client_secret_file=str(tmp_path / "client-secret"), authority=entra.authority)
    del table["password_file"]
    home = write_home(tmp_path / "e", mailbox=table)
    code, out = check(home, capsys)
    assert code == 1 and "Grant admin consent" in out
