"""``backup`` while the real bot runs, and ``restore`` into a new home.

The live bot is a real ``complaints-bot run`` subprocess working through the
80 samples and one oversized message (quarantined).  The backup is taken from
another process while it is still moving mail.  The restored home, once
``run --once`` has finished what was still in its inbox, must hold the same
cases, deadlines, archive and quarantine as the home that was never
interrupted.  A quiet home restores byte for byte; a damaged, altered,
cut-short or too-new backup is refused and the target home is left alone.
"""

from __future__ import annotations

import contextlib
import gzip
import hashlib
import io
import json
import os
import signal
import subprocess
import sys
import tarfile
import time
from collections import Counter
from pathlib import Path

import pytest

from bot.act.outbox import file_name
from bot.cli import main
from bot.store_schema import SCHEMA_VERSION
from tests.conftest import ROOT, copy_samples, make_home

NOW = "2026-11-30T10:00"
BOT = [sys.executable, "-c", "import sys; from bot.cli import main; sys.exit(main())"]
ENV = {**os.environ, "PYTHONPATH": str(ROOT)}


def cli(*args: str) -> tuple[int, str, str]:
    """The CLI in this process, returning (exit code, stdout, stderr)."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(args))
    return code, out.getvalue(), err.getvalue()


def oversized_message() -> bytes:
    body = "My complaint is attached below.\n" + ("x" * 76 + "\n") * 2600
    return ("From: Pat Example <pat@example.org>\nTo: complaints@council.example\nSubject: Long letter\n"
            "Message-ID: <oversized.1@example.org>\nDate: Mon, 30 Nov 2026 09:00:00 +0000\n\n" + body).encode()


def fast_home(path: Path) -> Path:
    """A home polling every half second, with a size limit the oversized message breaks."""
    home = make_home(path)
    text = (home / "bot.toml").read_text()
    text = text.replace("poll_seconds = 5", "poll_seconds = 0.5").replace("max_bytes = 31457280", "max_bytes = 150000")
    (home / "bot.toml").write_text(text)
    return home


def inbox(home: Path) -> list[Path]:
    return [p for sub in ("new", "cur") if (home / "mailbox" / sub).exists() for p in (home / "mailbox" / sub).iterdir()]


def wait_for(condition, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.05)


def tree(root: Path, sub: str) -> dict[str, str]:
    """path -> sha256 of every file under root/sub (temporary and lock files aside)."""
    base = root / sub
    return {str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(base.rglob("*")) if p.is_file() and "/tmp/" not in f"/{p.relative_to(root)}"}


def store(home: Path) -> dict:
    return json.loads((home / "cases.json").read_text(encoding="utf-8"))


def deadlines(home: Path) -> dict:
    code, out, err = cli("deadlines", "--json", "--home", str(home), "--now", "2026-12-02T10:00")
    assert code == 0, err
    return json.loads(out)


def by_message(home: Path) -> dict[str, dict]:
    """Each case keyed by its first message (references depend on the order mail was handled)."""
    cases = {}
    for case in store(home)["cases"].values():
        cases[case["messages"][0]["key"]] = {
            "ref": case["ref"], "shape": case["shape"], "status": case["status"], "teams": case["routing"]["teams"],
            "steps": sorted((p["process"], s["key"], s["due"], s["status"]) for p in case["processes"] for s in p["steps"]),
            "letters": sorted(s["letter"] for s in case["sent"]), "dates": case["dates"],
        }
    return cases


@pytest.fixture(scope="module")
def live(tmp_path_factory):
    """The real bot handling 81 messages, backed up from another process half-way through."""
    root = tmp_path_factory.mktemp("backup")
    home = fast_home(root / "live")
    copy_samples(home / "mailbox")
    from bot.intake.maildir import deliver_bytes

    deliver_bytes(home / "mailbox", oversized_message())
    log = open(root / "bot.log", "wb")
    bot = subprocess.Popen([*BOT, "run", "--home", str(home), "--now", NOW], cwd=ROOT, env=ENV,
                           stdout=log, stderr=subprocess.STDOUT)
    try:
        processed = home / "mailbox" / ".Processed" / "cur"
        wait_for(lambda: processed.exists() and len(list(processed.iterdir())) >= 8, 180, "the bot to start on the mail")
        waiting = len(inbox(home))
        code, out, err = cli("backup", str(root / "during.tar.gz"), "--home", str(home), "--json")
        assert code == 0, err
        still_waiting = len(inbox(home))
        wait_for(lambda: not inbox(home), 300, "the bot to finish the mailbox")
    finally:
        bot.send_signal(signal.SIGTERM)
        bot.wait(timeout=60)
        log.close()
    return {"root": root, "home": home, "backup": root / "during.tar.gz", "summary": json.loads(out),
            "waiting": waiting, "still_waiting": still_waiting}


def test_a_backup_taken_while_the_bot_runs_restores_to_the_same_cases_deadlines_and_archive(live):
    root, home = live["root"], live["home"]
    # The backup really overlapped the bot's work.
    assert live["waiting"] > 10 and live["still_waiting"] > 0, live
    assert live["summary"]["counts"]["cases"] > 0
    restored = fast_home(root / "restored")  # the same settings as the live home
    code, out, err = cli("restore", str(live["backup"]), "--home", str(restored))
    assert code == 0, err
    assert "every checksum verified" in out

    # Consistent as restored: everything the store names is there.
    data = store(restored)
    for case in data["cases"].values():
        for message in case["messages"]:
            sha = message["sha256"]
            assert (restored / "archive" / sha[:2] / f"{sha}.eml").exists()
        outbox = {p.name.split(":")[0] for sub in ("new", "cur") for p in (restored / "outbox" / sub).iterdir()}
        for letter in case["sent"]:
            assert file_name(letter["message_id"]) in outbox, (case["ref"], letter["letter"])
    assert (restored / "secret.key").read_bytes() == (home / "secret.key").read_bytes()
    assert not (restored / "heartbeat").exists() and not (restored / "bot.pid").exists()

    # Finish what was still in the restored inbox: the result is the home that was never interrupted.
    code, out, err = cli("run", "--once", "--home", str(restored), "--now", NOW)
    assert code == 0, err
    assert not inbox(restored)
    assert by_message(restored) == by_message(home)
    assert sorted(store(restored)["ignored"][k]["key"] for k in store(restored)["ignored"]) == \
        sorted(store(home)["ignored"][k]["key"] for k in store(home)["ignored"])
    assert tree(restored, "archive") == tree(home, "archive")
    assert tree(restored, "quarantine") == tree(home, "quarantine")
    assert len([p for p in (home / "quarantine").iterdir() if not p.name.startswith(".")]) == 1
    refs = {c["ref"]: key for key, c in by_message(home).items()}
    refs_restored = {c["ref"]: key for key, c in by_message(restored).items()}

    def steps(listing, names):
        return Counter((names[s["ref"]], s["step"], s["due"], s["state"]) for s in listing["steps"])

    assert steps(deadlines(restored), refs_restored) == steps(deadlines(home), refs)
    letters = Counter(p.name.split(":")[0] for sub in ("new", "cur") for p in (home / "outbox" / sub).iterdir())
    letters_restored = Counter(p.name.split(":")[0] for sub in ("new", "cur") for p in (restored / "outbox" / sub).iterdir())
    assert sum(letters_restored.values()) == sum(letters.values())


def test_a_quiet_home_restores_exactly(live):
    root, home = live["root"], live["home"]
    code, out, err = cli("backup", str(root), "--home", str(home))
    assert code == 0, err
    made = sorted(root.glob("complaints-bot-*.tar.gz"))
    assert len(made) == 1 and made[0].stat().st_mode & 0o777 == 0o600
    target = root / "exact"
    code, out, err = cli("restore", str(made[0]), "--home", str(target))
    assert code == 0, err
    original, copy = store(home), store(target)
    assert copy["cases"] == original["cases"] and copy["ignored"] == original["ignored"]
    assert copy["meta"] == original["meta"]
    for sub in ("archive", "quarantine", "outbox", "mailbox"):
        assert tree(target, sub) == tree(home, sub), sub
    assert deadlines(target)["steps"] == deadlines(home)["steps"]
    modes = {p.stat().st_mode & 0o777 for p in target.rglob("*")}
    assert modes <= {0o600, 0o700}


def test_a_damaged_backup_is_refused_and_the_home_left_alone(live, tmp_path):
    data = live["backup"].read_bytes()
    flipped = tmp_path / "flipped.tar.gz"
    middle = len(data) // 2
    flipped.write_bytes(data[:middle] + bytes(b ^ 0xFF for b in data[middle:middle + 64]) + data[middle + 64:])
    cut = tmp_path / "cut.tar.gz"
    cut.write_bytes(data[: len(data) * 2 // 3])
    for bad in (flipped, cut):
        target = tmp_path / f"home-{bad.stem}"
        code, out, err = cli("restore", str(bad), "--home", str(target))
        assert code == 1, (bad, out)
        assert "damaged" in err or "cut short" in err, err
        assert "use another backup" in err or "not a complaints-bot backup" in err, err
        assert not target.exists() or not [p for p in target.iterdir()], list(target.iterdir())


def repack(source: Path, target: Path, change) -> None:
    """Copy a backup, letting ``change(name, data, manifest)`` alter a member or the manifest."""
    with tarfile.open(source, "r:gz") as tar:
        members = [(m, tar.extractfile(m).read()) for m in tar if m.isfile()]
    manifest = json.loads(dict((m.name, d) for m, d in members)["manifest.json"])
    with gzip.open(target, "wb") as raw, tarfile.open(fileobj=raw, mode="w") as out:
        for member, data in members:
            if member.name == "manifest.json":
                continue
            data = change(member.name, data, manifest)
            member.size = len(data)
            out.addfile(member, io.BytesIO(data))
        encoded = json.dumps(manifest).encode()
        info = tarfile.TarInfo("manifest.json")
        info.size = len(encoded)
        out.addfile(info, io.BytesIO(encoded))


def test_a_changed_file_fails_its_checksum(live, tmp_path):
    altered = tmp_path / "altered.tar.gz"

    def edit(name, data, manifest):
        return data.replace(b'"open"', b'"closed"', 1) if name == "cases.json" else data

    repack(live["backup"], altered, edit)
    target = tmp_path / "home"
    code, _out, err = cli("restore", str(altered), "--home", str(target))
    assert code == 1 and "cases.json does not match its checksum" in err and "nothing was restored" in err
    assert not target.exists() or not list(target.iterdir())


def test_a_backup_from_a_newer_schema_is_refused(live, tmp_path):
    newer = tmp_path / "newer.tar.gz"

    def bump(name, data, manifest):
        manifest.update(schema_version=SCHEMA_VERSION + 1, bot_version="9.4.0")
        return data

    repack(live["backup"], newer, bump)
    code, _out, err = cli("restore", str(newer), "--home", str(tmp_path / "home"))
    assert code == 1 and f"store schema {SCHEMA_VERSION + 1}" in err and "complaints-bot 9.4.0 or later" in err


def test_restore_needs_force_for_a_home_with_files_and_then_moves_them_aside(live, tmp_path):
    target = make_home(tmp_path / "home")
    (target / "cases.json").write_text('{"cases": {}}')
    code, _out, err = cli("restore", str(live["backup"]), "--home", str(target))
    assert code == 1 and "is not empty" in err and "--force" in err
    assert (target / "cases.json").read_text() == '{"cases": {}}'
    code, out, err = cli("restore", str(live["backup"]), "--home", str(target), "--force")
    assert code == 0, err
    aside = list(target.glob(".replaced-*"))
    assert len(aside) == 1 and (aside[0] / "cases.json").read_text() == '{"cases": {}}'
    assert len(store(target)["cases"]) == live["summary"]["counts"]["cases"]
    assert (target / "bot.toml").exists()


def test_backup_refuses_to_write_inside_the_home(home):
    code, _out, err = cli("backup", str(home / "backups"), "--home", str(home))
    assert code == 1 and "inside the home" in err


def test_keep_days_prunes_only_older_dated_backups_after_the_new_one_is_written(home, tmp_path):
    """Nightly backups with --keep-days 7: dated backups older than a week go; named and other files stay."""
    folder = tmp_path / "backups"
    folder.mkdir()
    (folder / "before-upgrade.tar.gz").write_bytes(b"the admin's own copy")
    (folder / "notes.txt").write_text("offsite copy taken on Fridays")
    for day in (1, 2, 3, 6, 8, 9):
        code, _out, err = cli("backup", f"{folder}/", "--home", str(home), "--now", f"2026-11-{day:02d}T02:00")
        assert code == 0, err
    assert len(list(folder.glob("complaints-bot-*.tar.gz"))) == 6

    code, out, err = cli("backup", f"{folder}/", "--home", str(home), "--now", "2026-11-10T02:00",
                         "--keep-days", "7", "--json")
    assert code == 0, err
    summary = json.loads(out)
    # The 3 November backup is exactly seven days old: "more than N days" keeps it.
    assert sorted(Path(p).name for p in summary["pruned"]) == [
        "complaints-bot-20261101T020000.tar.gz", "complaints-bot-20261102T020000.tar.gz"]
    left = sorted(p.name for p in folder.iterdir())
    assert left == ["before-upgrade.tar.gz", "complaints-bot-20261103T020000.tar.gz",
                    "complaints-bot-20261106T020000.tar.gz",
                    "complaints-bot-20261108T020000.tar.gz", "complaints-bot-20261109T020000.tar.gz",
                    "complaints-bot-20261110T020000.tar.gz", "notes.txt"]
    # What is left still restores: pruning removed whole files and touched nothing else.
    code, _out, err = cli("restore", str(folder / "complaints-bot-20261106T020000.tar.gz"),
                          "--home", str(tmp_path / "restored"))
    assert code == 0, err


def test_keep_days_refuses_zero_before_anything_is_written(home, tmp_path, capsys):
    folder = tmp_path / "backups"
    folder.mkdir()
    with pytest.raises(SystemExit) as stop:
        main(["backup", f"{folder}/", "--home", str(home), "--keep-days", "0"])
    assert stop.value.code == 2
    assert "1 or more days" in capsys.readouterr().err
    assert list(folder.iterdir()) == []


def test_a_failed_backup_prunes_nothing(home, tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    old = folder / "complaints-bot-20260101T020000.tar.gz"
    old.write_bytes(b"an old backup")
    code, _out, err = cli("backup", f"{folder}/", "--home", str(tmp_path / "no-such-home"), "--keep-days", "1")
    assert code == 1 and "does not exist" in err
    assert old.exists()
