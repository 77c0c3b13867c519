"""``complaints-bot doctor`` against real homes, real files and the real test mail servers.

A good home is all OK; each thing an admin can get wrong gives the FAIL or
WARN line naming the fix.  The network checks sign in to the throwaway
Dovecot and aiosmtpd of tests/servers, or to a port where nothing listens.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from bot.cli import main
from tests.conftest import ROOT, line_of, make_home
from tests.servers.fixtures import free_port, imap_table, smtp_table, write_home

NOW = "2026-11-30T10:00"


def doctor(home: Path, capsys, *extra: str) -> tuple[int, str]:
    code = main(["doctor", "--home", str(home), "--now", NOW, *extra])
    return code, capsys.readouterr().out


def failure(home: Path, capsys, check: str, *extra: str) -> str:
    """Run doctor, expect it to fail, and return the one FAIL line of ``check`` (with its fix)."""
    code, out = doctor(home, capsys, *extra)
    assert code == 1, out
    [row] = lines(out, "FAIL", check)
    return row


def lines(out: str, status: str, check: str) -> list[str]:
    """The finding lines of one check and status, each with its fix line joined on."""
    rows = out.splitlines()
    found = []
    for index, row in enumerate(rows):
        if row.split()[:2] == [status, check]:
            fix = rows[index + 1].strip() if index + 1 < len(rows) and rows[index + 1].strip().startswith("fix:") else ""
            found.append(f"{row} {fix}")
    return found


def private(home: Path) -> Path:
    home.chmod(0o700)
    return home


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text()
    assert old in text, old
    path.write_text(text.replace(old, new, 1))


def own_routing(home: Path) -> Path:
    """A copy of the project's routing.toml in the home, and bot.toml pointed at it."""
    target = home / "routing.toml"
    shutil.copy(ROOT / "routing.toml", target)
    edit(home / "bot.toml", f'routing = "{ROOT / "routing.toml"}"', f'routing = "{target}"')
    return target


def test_a_good_local_home_is_ok_but_says_nothing_sends_mail(home, capsys):
    code, out = doctor(private(home), capsys)
    assert code == 0, out
    assert not [row for row in out.splitlines() if row.startswith("FAIL")]
    assert [row.split()[1] for row in out.splitlines() if row.startswith("WARN")] == ["sending"]
    assert "fix: set type = \"smtp\" or \"exchange\" under [outbox]" in out


def test_a_good_home_with_real_servers_is_all_ok(tmp_path, dovecot, mailbox, smtp, capsys):
    user, _ = mailbox
    home = private(write_home(tmp_path / "home", mailbox=imap_table(dovecot, user, tmp_path),
                              outbox=smtp_table(smtp, tmp_path)))
    code, out = doctor(home, capsys)
    assert code == 0, out
    assert [row.split()[0] for row in out.splitlines()[:-1] if row[:1].isalpha()] == ["OK"] * 14, out
    assert f"signed in as {user}" in lines(out, "OK", "mailbox")[0]
    assert "signed in as bot@council.example" in lines(out, "OK", "sending")[0]
    code, out = doctor(home, capsys, "--json")
    report = json.loads(out)
    assert code == 0 and report["ok"] and {c["status"] for c in report["checks"]} == {"OK"}
    assert {c["check"] for c in report["checks"]} >= {"settings", "routing", "templates", "addresses", "home",
                                                        "disk", "mailbox", "sending", "outbox", "timezone"}


def test_bad_routing_line_names_file_line_and_fix(home, capsys):
    routing = own_routing(private(home))
    edit(routing, 'teams = ["safeguarding"', 'teams = ["safegaurding"')
    line = line_of(routing, "safegaurding")
    row = failure(home, capsys, "routing", "--offline")
    assert f"{routing}:{line}:" in row and "unknown team 'safegaurding'" in row and "fix: define [teams.safegaurding]" in row


def test_broken_template_names_its_line(home, tmp_path, capsys):
    templates = tmp_path / "letters"
    shutil.copytree(ROOT / "templates" / "letters", templates)
    edit(home / "bot.toml", f'templates = "{ROOT / "templates" / "letters"}"', f'templates = "{templates}"')
    victim = sorted(templates.glob("acknowledgement*.j2"))[0]
    victim.write_text(victim.read_text() + "{% if %}\n")
    line = len(victim.read_text().splitlines())
    row = failure(private(home), capsys, "templates", "--offline")
    assert f"{victim}:{line}" in row and "fix: correct the template at that line" in row


def test_officer_on_another_domain_fails(home, capsys):
    routing = own_routing(private(home))
    edit(routing, '"safeguarding.officer@council.example"', '"safeguarding.officer@example.org"')
    line = line_of(routing, "@example.org")
    row = failure(home, capsys, "addresses", "--offline")
    assert f"{routing}:{line}:" in row and "officer safeguarding.officer@example.org" in row
    assert "add it to [council] domains" in row


def test_form_sender_off_the_council_domain_warns(home, capsys):
    """A form sender is trusted to name a person in Reply-To: one the council does not run is worth a second look."""
    edit(home / "bot.toml", "form_senders = []", 'form_senders = ["forms@formsupplier.example"]')
    code, out = doctor(private(home), capsys, "--offline")
    assert code == 0, out  # a supplier may run the council's form: a warning, not a failure
    [row] = lines(out, "WARN", "addresses")
    line = line_of(home / "bot.toml", "formsupplier")
    assert f"bot.toml:{line}:" in row and "forms@formsupplier.example is not on the council's domain" in row
    assert "fix: list only form systems the council runs" in row


def test_the_complaints_mailbox_as_a_form_sender_fails(home, capsys):
    edit(home / "bot.toml", "form_senders = []", 'form_senders = ["Complaints@council.example"]')
    row = failure(private(home), capsys, "addresses", "--offline")
    assert "lists the complaints mailbox complaints@council.example itself" in row


def test_a_form_sender_that_is_not_an_address_is_a_config_error(home, capsys):
    edit(home / "bot.toml", "form_senders = []", 'form_senders = ["webforms"]')
    row = failure(private(home), capsys, "settings", "--offline")
    line = line_of(home / "bot.toml", "webforms")
    assert f"bot.toml:{line}:" in row and "'webforms', which is not an email address" in row
    assert 'fix: write the full address the form sends from' in row


def test_wrong_timezone_warns_with_the_line(home, capsys):
    edit(home / "bot.toml", 'timezone = "Europe/London"', 'timezone = "America/New_York"')
    code, out = doctor(private(home), capsys, "--offline")
    assert code == 0  # a warning: the bot runs, but its deadlines are not England's
    [row] = lines(out, "WARN", "timezone")
    line = line_of(home / "bot.toml", "New_York")
    assert f"bot.toml:{line}:" in row and 'fix: write timezone = "Europe/London" under [calendar]' in row


def test_broken_settings_file_is_the_only_finding(home, capsys):
    edit(home / "bot.toml", 'poll_seconds = 5', 'poll_seconds = = 5')
    code, out = doctor(home, capsys)
    assert code == 1
    [row] = lines(out, "FAIL", "settings")
    assert "bot.toml:" in row and "not valid TOML" in row and "fix:" in row
    assert out.count("FAIL") == 2  # the line and the count: nothing else can be judged


def test_group_readable_home_warns(home, capsys):
    home.chmod(0o755)
    code, out = doctor(home, capsys, "--offline")
    [row] = lines(out, "WARN", "home")
    assert "mode 755" in row and f"fix: chmod 700 {home}" in row


def test_unwritable_home_fails(tmp_path, capsys):
    """The home belongs to another user (the classic: made by one user, the bot runs as another)."""
    home = make_home(tmp_path / "home")
    (home / "archive").mkdir(mode=0o700)
    if os.geteuid() != 0:
        home.chmod(0o555)
        code, out = doctor(home, capsys, "--offline")
    else:
        # root writes anywhere: give the folder to another user and run doctor without root's
        # power to ignore file modes (CAP_DAC_OVERRIDE), as the bot's own user would be.
        setpriv = shutil.which("setpriv")
        if not setpriv:
            pytest.skip("running as root without setpriv (util-linux) to drop CAP_DAC_OVERRIDE")
        os.chown(home, 65534, 65534)
        home.chmod(0o755)
        drop = "-dac_override,-dac_read_search"
        result = subprocess.run(
            [setpriv, f"--bounding-set={drop}", f"--inh-caps={drop}", sys.executable, "-c",
             "import sys; from bot.cli import main; sys.exit(main(sys.argv[1:]))",
             "doctor", "--home", str(home), "--now", NOW, "--offline"],
            capture_output=True, text=True, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=120)
        code, out = result.returncode, result.stdout + result.stderr
    assert code == 1, out
    [row] = lines(out, "FAIL", "home")
    assert f"{home} is not writable by" in row and "Permission denied" in row
    assert "chown -R" in row and "ReadWritePaths=" in row


def test_a_secret_file_others_can_read_warns(tmp_path, smtp, capsys):
    home = private(write_home(tmp_path / "home", outbox=smtp_table(smtp, tmp_path)))
    (tmp_path / "smtp-password").chmod(0o644)
    code, out = doctor(home, capsys, "--offline")
    [row] = lines(out, "WARN", "secrets")
    assert "smtp-password ([outbox] password_file) is mode 644" in row and "fix: chmod 600" in row
    (tmp_path / "smtp-password").unlink()
    code, out = doctor(home, capsys, "--offline")
    [row] = lines(out, "FAIL", "secrets")
    assert "[outbox] password_file: cannot read" in row and "No such file" in row and code == 1


def test_unreachable_servers_fail(tmp_path, capsys, tls_cert):
    from tests.servers.fixtures import SMTPServer

    closed = free_port()  # nothing listens here
    server = SMTPServer(tls_cert)  # only for smtp_table's shape; never started
    server.port = closed
    table = {"type": "imap", "host": "127.0.0.1", "port": closed, "tls": "implicit", "username": "box@council.example",
             "password_file": str(tmp_path / "pw"), "ca_file": str(tls_cert.cert), "retry_first_seconds": 0.2}
    (tmp_path / "pw").write_text("x\n")
    home = private(write_home(tmp_path / "home", mailbox=table, outbox=smtp_table(server, tmp_path)))
    code, out = doctor(home, capsys)
    assert code == 1
    [mailbox] = lines(out, "FAIL", "mailbox")
    [sending] = lines(out, "FAIL", "sending")
    assert str(closed) in mailbox and "fix: `complaints-bot mailbox check` explains" in mailbox
    assert str(closed) in sending and "fix: `complaints-bot outbox check` explains" in sending


def test_wrong_mailbox_password_against_dovecot(tmp_path, dovecot, mailbox, capsys):
    user, _ = mailbox
    (tmp_path / "wrong").write_text("not-it\n")
    home = private(write_home(tmp_path / "home",
                              mailbox=imap_table(dovecot, user, tmp_path, password_file=str(tmp_path / "wrong"))))
    row = failure(home, capsys, "mailbox")
    assert "wrong password?" in row


def test_stuck_outbox_with_an_old_message(tmp_path, smtp, capsys):
    from bot.act.outbox import Outbox
    from bot.clock import parse_now
    from tests.test_smtp import outgoing

    home = private(write_home(tmp_path / "home", outbox=smtp_table(smtp, tmp_path)))
    outbox = Outbox(home / "outbox")
    outbox.put(outgoing())
    [path] = list(outbox.pending())
    old = parse_now(NOW).timestamp() - 3 * 3600
    os.utime(path, (old, old))
    row = failure(home, capsys, "outbox", "--offline")
    assert "1 message(s) waiting to be sent" in row and "for 3 hours" in row and "never tried" in row
    assert "outbox check" in row and "outbox flush" in row
    assert "example.org" not in row  # the recipient is personal data: doctor names files, not people


def test_exchange_mailbox_and_sending_signed_in_and_a_wrong_secret(tmp_path, entra, exchange_mailbox, capsys):
    from tests.servers.fixtures import exchange_table

    box, client_id, secret = exchange_mailbox
    outbox = {"type": "exchange", "path": "outbox"}
    home = private(write_home(tmp_path / "good", mailbox=exchange_table(entra, box, client_id, secret, tmp_path),
                              outbox=outbox))
    code, out = doctor(home, capsys)
    assert code == 0, out
    assert f"signed in as {box.address}" in lines(out, "OK", "mailbox")[0]
    assert f"signed in as {box.address}" in lines(out, "OK", "sending")[0]
    (tmp_path / "secrets").mkdir()
    table = exchange_table(entra, box, client_id, "not-the-secret", tmp_path / "secrets")
    home = private(write_home(tmp_path / "bad", mailbox=table, outbox=outbox))
    code, out = doctor(home, capsys)
    assert code == 1
    for check in ("mailbox", "sending"):
        [row] = lines(out, "FAIL", check)
        assert "the client secret is wrong" in row and f"`complaints-bot {'mailbox' if check == 'mailbox' else 'outbox'} check` explains" in row
