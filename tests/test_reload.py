"""Reloading routing.toml and the letters into a running bot (SIGHUP / ``complaints-bot reload``).

A real ``complaints-bot run`` subprocess watches a Maildir.  The test edits the
home's own copies of routing.toml and the letters, reloads, delivers a real
sample and reads where the case went and what the forward's subject says.
Broken files are refused: by ``reload`` before it signals anything, and by the
bot itself when it is sent SIGHUP directly, which keeps routing by the last
good configuration.
"""

from __future__ import annotations

import contextlib
import email
import email.policy
import io
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bot.act.outbox import file_name
from bot.cli import main
from bot.intake.maildir import deliver_bytes
from bot.pidfile import read_pid
from bot.reload import read_status
from tests.conftest import ROOT, SAMPLES, make_home

NOW = "2026-11-30T10:00"
BOT = [sys.executable, "-c", "import sys; from bot.cli import main; sys.exit(main())"]
NEW_RULE = '''
[[rules]]
name = "reloaded: every complaint to quality"
when = { kind = "complaint" }
teams = ["quality"]
'''
BAD_RULE = '''
[[rules]]
name = "typo"
when = { kind = "complaint" }
teams = ["nobody"]
'''


def cli(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(args))
    return code, out.getvalue(), err.getvalue()


def wait_for(condition, timeout: float, what: str):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}")


def case_of(home: Path, sample: str) -> dict | None:
    """The case opened for a sample (by Message-ID), once the bot has written it."""
    data = (SAMPLES / f"{sample}.eml").read_bytes()
    message_id = email.message_from_bytes(data, policy=email.policy.default)["Message-ID"].strip()
    try:
        store = json.loads((home / "cases.json").read_text(encoding="utf-8"))
    except (FileNotFoundError, ValueError):
        return None
    for case in store.get("cases", {}).values():
        if any(m["message_id"] == message_id for m in case["messages"]) and all(
                a["status"] == "done" for a in case.get("actions", [])):
            return case
    return None


def handled(home: Path, sample: str) -> dict:
    deliver_bytes(home / "mailbox", (SAMPLES / f"{sample}.eml").read_bytes())
    return wait_for(lambda: case_of(home, sample), 120, f"the bot to handle {sample}")


def forward_subject(home: Path, case: dict) -> str:
    sent = next(s for s in case["sent"] if s["letter"] == "forward")
    path = next((home / "outbox").glob(f"*/{file_name(sent['message_id'])}*"))
    return str(email.message_from_bytes(path.read_bytes(), policy=email.policy.default)["Subject"])


@pytest.fixture
def running(tmp_path):
    """A bot running on a home with its own routing.toml and letters, and the home."""
    home = make_home(tmp_path / "home")
    shutil.copy(ROOT / "routing.toml", home / "routing.toml")
    shutil.copytree(ROOT / "templates" / "letters", home / "letters")
    text = (home / "bot.toml").read_text()
    text = text.replace(f'routing = "{ROOT / "routing.toml"}"', 'routing = "routing.toml"')
    text = text.replace(f'templates = "{ROOT / "templates" / "letters"}"', 'templates = "letters"')
    (home / "bot.toml").write_text(text.replace("poll_seconds = 5", "poll_seconds = 0.5"))
    log = open(tmp_path / "bot.log", "wb")
    bot = subprocess.Popen([*BOT, "run", "--home", str(home), "--now", NOW], cwd=ROOT,
                           env={**os.environ, "PYTHONPATH": str(ROOT)}, stdout=log, stderr=subprocess.STDOUT)
    try:
        wait_for(lambda: (home / "heartbeat").exists() and read_pid(home) == bot.pid, 120, "the bot to start")
        yield home
    finally:
        bot.send_signal(signal.SIGTERM)
        bot.wait(timeout=60)
        log.close()
    assert not (home / "bot.pid").exists()  # removed when it stops


def test_reload_changes_routing_and_letters_without_a_restart(running):
    home = running
    before = handled(home, "d002")
    assert "quality" not in before["routing"]["teams"]
    (home / "routing.toml").write_text((home / "routing.toml").read_text() + NEW_RULE)
    subject = home / "letters" / "forward.subject.j2"
    subject.write_text("[reloaded] " + subject.read_text())
    code, out, err = cli("reload", "--home", str(home))
    assert code == 0, err
    assert "reloaded" in out and "8 rules" not in out and "9 rules" in out
    status = read_status(home)
    assert status.ok and status.pid == read_pid(home)
    after = handled(home, "d009")
    assert "quality" in after["routing"]["teams"]
    assert "reloaded: every complaint to quality" in [m["rule"] for m in after["routing"]["matches"]]
    assert forward_subject(home, after).startswith("[reloaded] ")
    assert not forward_subject(home, before).startswith("[reloaded]")


def test_broken_files_are_refused_and_the_bot_keeps_its_configuration(running):
    home = running
    good = (home / "routing.toml").read_text() + NEW_RULE
    (home / "routing.toml").write_text(good)
    assert cli("reload", "--home", str(home))[0] == 0
    seq = read_status(home).seq

    # reload checks first: nothing is signalled, the error names file, line and fix.
    (home / "routing.toml").write_text(good + BAD_RULE)
    bad_line = (good + BAD_RULE).splitlines().index('teams = ["nobody"]') + 1
    code, _out, err = cli("reload", "--home", str(home))
    assert code == 2
    assert f"{home / 'routing.toml'}:{bad_line}: rule 'typo': unknown team 'nobody'" in err
    assert "fix: define [teams.nobody]" in err and "keeps its configuration" in err
    time.sleep(1.5)  # three polls: had the bot been signalled, it would have answered by now
    assert read_status(home).seq == seq

    # Signalled anyway (kill -HUP), the bot checks for itself and keeps the last good routing.
    os.kill(read_pid(home), signal.SIGHUP)
    status = wait_for(lambda: (s := read_status(home)) and s.seq > seq and s, 60, "the bot to answer SIGHUP")
    assert not status.ok and f"routing.toml:{bad_line}" in status.error and "fix:" in status.error
    case = handled(home, "d010")
    assert "reloaded: every complaint to quality" in [m["rule"] for m in case["routing"]["matches"]]

    # A broken letter is refused the same way, naming the template file and line.
    (home / "routing.toml").write_text(good)
    subject = home / "letters" / "forward.subject.j2"
    subject.write_text(subject.read_text() + "{% if %}\n")
    code, _out, err = cli("reload", "--home", str(home))
    assert code == 2 and "forward.subject.j2:2" in err


def test_reload_without_a_running_bot_says_so(home):
    code, _out, err = cli("reload", "--home", str(home))
    assert code == 1 and "no bot is running" in err


def test_a_stale_pid_file_naming_another_program_is_not_signalled(home):
    """A killed bot's pid may since belong to another program, which SIGHUP would stop."""
    other = subprocess.Popen(["sleep", "60"])
    try:
        (home / "bot.pid").write_text(f"{other.pid}\n")
        code, _out, err = cli("reload", "--home", str(home))
        assert code == 1 and "no bot is running" in err
        time.sleep(0.2)
        assert other.poll() is None  # still running: it was never sent SIGHUP
    finally:
        other.kill()
        other.wait()
