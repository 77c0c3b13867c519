"""Doctor's checks of the machine: the home folder's permissions, free disk, the outbox draining, the bot running."""

from __future__ import annotations

import os
import shutil
import stat
import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path

from ..config import Settings
from . import FAIL, OK, WARN, Finding

# Below these the archive (every message's exact bytes) and the store cannot grow for long.
DISK_FAIL_BYTES = 200 * 1024 * 1024
DISK_WARN_BYTES = 1024 * 1024 * 1024


def _user() -> str:
    try:
        import pwd

        return pwd.getpwuid(os.geteuid()).pw_name
    except (ImportError, KeyError):
        return str(os.geteuid())


def _writable(folder: Path) -> str:
    """'' if a file can really be created and removed in ``folder`` (root ignores modes: so try), else why not."""
    probe = folder / f".doctor-{uuid.uuid4().hex}"
    try:
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        return exc.strerror or exc.__class__.__name__
    return ""


def home(settings: Settings, now: datetime) -> list[Finding]:
    """The home and the folders under it exist or can be made, are writable by this user, and are private."""
    root = settings.home
    user = _user()
    fix = (f"run doctor as the bot's user; make the folder its own: chown -R {user} {root} && chmod 700 {root} "
           "(systemd: ReadWritePaths= must list it; containers: the volume must be writable by uid 10001)")
    if not root.exists():
        parent = next((p for p in root.parents if p.exists()), Path("/"))
        why = _writable(parent)
        if why:
            return [Finding("home", FAIL, f"{root} does not exist and cannot be created in {parent} ({why})",
                            f"create it for the bot's user: mkdir -p {root} && chown {user} {root} && chmod 700 {root}")]
        return [Finding("home", OK, f"{root} does not exist yet; the bot creates it on its first run")]
    if not root.is_dir():
        return [Finding("home", FAIL, f"{root} is not a folder", "give --home (or COMPLAINTS_BOT_HOME) a folder")]
    folders = [root] + [p for p in (settings.archive_dir, settings.quarantine_dir, settings.outbox_dir,
                                    settings.outbox_dir / "new", settings.outbox_dir / "cur", settings.mailbox_dir,
                                    settings.mailbox_dir / "new", settings.mailbox_dir / "cur") if p.is_dir()]
    findings = []
    for folder in folders:
        why = _writable(folder)
        if why:
            findings.append(Finding("home", FAIL, f"{folder} is not writable by {user} ({why}): the bot cannot "
                                                  "store mail or cases", fix))
            break
    store = settings.store_path
    if not findings and store.exists() and not os.access(store, os.W_OK):
        findings.append(Finding("home", FAIL, f"{store} is not writable by {user}", fix))
    if findings:
        return findings
    mode = stat.S_IMODE(root.stat().st_mode)
    if mode & 0o077:
        return [Finding("home", WARN, f"{root} is mode {mode:o}: other users on this machine can look inside "
                                      "(it holds complaints)", f"chmod 700 {root}")]
    return [Finding("home", OK, f"{root}: writable by {user}, private (mode {mode:o})")]


def disk(settings: Settings, now: datetime) -> list[Finding]:
    where = next((p for p in (settings.home, *settings.home.parents) if p.exists()), Path("/"))
    usage = shutil.disk_usage(where)
    free = f"{usage.free / 2**30:.1f} GiB free of {usage.total / 2**30:.1f} GiB at {where}"
    fix = ("free space or grow the disk; `complaints-bot retention` lists closed cases past the retention period; "
           "when the disk is full the bot stops taking mail and leaves it in the mailbox")
    if usage.free < DISK_FAIL_BYTES:
        return [Finding("disk", FAIL, free, fix)]
    if usage.free < DISK_WARN_BYTES:
        return [Finding("disk", WARN, free, fix)]
    return [Finding("disk", OK, free)]


def outbox(settings: Settings, now: datetime) -> list[Finding]:
    """Outgoing mail leaves: nothing waits longer than the alert time, nothing sits in .Failed unseen."""
    root = settings.outbox_dir
    sending = settings.outbox.get("type", "maildir") != "maildir"
    if not (root / "new").is_dir():
        return [Finding("outbox", OK, f"{root}: empty (created on the first letter)")]
    waiting = [p for p in (root / "new").iterdir() if p.is_file()]
    failed_dir = root / ".Failed" / "cur"
    failed = [p for p in failed_dir.iterdir() if p.is_file()] if failed_dir.is_dir() else []
    findings = []
    if sending and waiting:
        oldest = min(waiting, key=lambda p: p.stat().st_mtime)
        written = datetime.fromtimestamp(oldest.stat().st_mtime, timezone.utc)
        age = now - written
        limit = timedelta(minutes=settings.observe.alert_after_minutes)
        if age > limit:
            findings.append(Finding(
                "outbox", FAIL,
                f"{len(waiting)} message(s) waiting to be sent, the oldest ({oldest.name}) for "
                f"{_duration(age)}{_last_attempt(root, oldest.name)}",
                "`complaints-bot outbox check` says why the server refuses; is the bot running? "
                "`complaints-bot outbox flush` sends now, `complaints-bot outbox show NAME` shows the attempts"))
    if failed:
        findings.append(Finding("outbox", WARN, f"{len(failed)} message(s) could not be delivered and sit in "
                                                f"{root / '.Failed'} (the complaints team was told)",
                                "`complaints-bot outbox list` shows them; correct the address and "
                                "`complaints-bot outbox retry NAME`"))
    if not findings:
        state = f"{len(waiting)} waiting" if sending else (
            f"{len(waiting)} collected (the outbox only collects mail: nothing sends it)")
        findings.append(Finding("outbox", OK, f"{root}: {state}, none stuck"))
    return findings


def _last_attempt(root: Path, name: str) -> str:
    from ..send.attempts import Histories
    from ..send.drainer import without_addresses

    last = Histories(root / "attempts").load(name.split(":")[0]).last if (root / "attempts").is_dir() else None
    if last is None:
        return "; never tried: is the bot running?"
    return f"; last try {last.at}: {last.result} {without_addresses(last.detail)}".rstrip()


def _duration(age: timedelta) -> str:
    minutes = int(age.total_seconds() // 60)
    if minutes < 120:
        return f"{minutes} minutes"
    hours = minutes // 60
    return f"{hours} hours" if hours < 48 else f"{hours // 24} days"


def running(settings: Settings, now: datetime) -> list[Finding]:
    """The running bot's last finished mailbox poll (``complaints-bot health``)."""
    from ..observe.health import check_health

    health = check_health(settings, now)
    if health.healthy:
        return [Finding("running", OK, f"the bot is running: {health.text}")]
    if health.last_poll is None:
        return [Finding("running", OK, "no heartbeat yet: the bot has not been started with `run` in this home")]
    return [Finding("running", WARN, f"the bot is not polling: {health.text}",
                    "start it (systemctl start complaints-bot, or docker compose up -d); its log says why it stopped "
                    "(journalctl -u complaints-bot)")]
