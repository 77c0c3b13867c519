"""A local Maildir as the mailbox: the embedded default, and what the demo and tests use.

Messages are read from ``new/`` and ``cur/`` (an officer may have opened one:
the bot never relies on the seen flag), and moved to the Maildir++ folders
``.Processed`` or ``.Quarantine`` once handled, so the inbox holds only mail
still to be done.
"""

from __future__ import annotations

import os
import socket
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterator

from ..errors import MailboxError
from ..fsutil import fsync_dir, private_dir
from ..records import RawMessage

SUBDIRS = ("tmp", "new", "cur")


def ensure_maildir(root: Path) -> Path:
    for sub in SUBDIRS:
        private_dir(root / sub)
    return root


def unique_name() -> str:
    """A Maildir file name: time, a process-unique part, the host (the Maildir spec's recipe)."""
    now = time.time()
    return f"{int(now)}.M{int(now % 1 * 1e6)}P{os.getpid()}Q{time.perf_counter_ns()}.{socket.gethostname()}"


def deliver_bytes(root: Path, data: bytes, name: str | None = None) -> str:
    """Deliver as a mail server would: write into tmp/, fsync, then rename into new/."""
    ensure_maildir(root)
    name = name or unique_name()
    tmp = root / "tmp" / name
    with open(tmp, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.chmod(tmp, 0o600)
    os.replace(tmp, root / "new" / name)
    fsync_dir(root / "new")
    return name


class MaildirSource:
    name = "maildir"

    def __init__(self, root: Path):
        self.root = ensure_maildir(Path(root))
        self.processed = ensure_maildir(self.root / ".Processed")
        self.quarantine = ensure_maildir(self.root / ".Quarantine")

    def _waiting(self) -> list[Path]:
        paths: list[Path] = []
        for sub in ("new", "cur"):
            try:
                entries = list((self.root / sub).iterdir())
            except OSError as exc:
                raise MailboxError(f"cannot read the mailbox folder {self.root / sub}: {exc.strerror}") from exc
            paths.extend(p for p in entries if p.is_file() and not p.name.startswith("."))
        # Maildir names start with the delivery time: sorting gives arrival order.
        return sorted(paths, key=lambda p: (p.name.split(".")[0].zfill(12), p.name))

    def fetch(self) -> Iterator[RawMessage]:
        for path in self._waiting():
            try:
                data = path.read_bytes()
                delivered = path.stat().st_mtime
            except FileNotFoundError:
                continue  # moved by another process between listing and reading
            except OSError as exc:
                raise MailboxError(f"cannot read {path}: {exc.strerror}") from exc
            yield RawMessage(
                data=data,
                source=self.name,
                source_key=f"{path.parent.name}/{path.name}",
                received_at=datetime.fromtimestamp(delivered, timezone.utc),  # delivery time
            )

    def _move(self, message: RawMessage, folder: Path) -> None:
        src = self.root / message.source_key
        base = message.source_key.split("/", 1)[1].split(":2,")[0]
        try:
            os.replace(src, folder / "cur" / f"{base}:2,S")
        except FileNotFoundError:
            return  # already moved: moving is idempotent
        fsync_dir(folder / "cur")

    def done(self, message: RawMessage) -> None:
        self._move(message, self.processed)

    def set_aside(self, message: RawMessage) -> None:
        self._move(message, self.quarantine)

    def deliver(self, data: bytes) -> str:
        return deliver_bytes(self.root, data)
