"""The outbox: every message the bot sends is first written here, durably, exactly once.

A Maildir of complete RFC 5322 messages (``new/`` waiting, ``cur/`` sent).
The file name is derived from the outgoing Message-ID, and each Message-ID is
derived from the case and the purpose, so writing the same letter twice (after
a crash, or processing a mailbox again) finds the file already there and
writes nothing.  The embedded default stops here; the SMTP and Exchange
senders drain ``new/`` into ``cur/``.
"""

from __future__ import annotations

import hashlib
import os
from email.message import EmailMessage
from pathlib import Path
from typing import Iterator

from ..errors import OutboxError
from ..fsutil import fsync_dir
from ..intake.maildir import ensure_maildir


def file_name(message_id: str) -> str:
    return "out-" + hashlib.sha256(message_id.encode("utf-8")).hexdigest()[:32]


class Outbox:
    def __init__(self, root: Path):
        self.root = ensure_maildir(Path(root))

    def _existing(self, name: str) -> Path | None:
        # .Failed holds messages a mail server refused for good: they count as queued too,
        # so a retry of the act that wrote one never queues it again.
        for sub in ("new", "cur", ".Failed/new", ".Failed/cur"):
            for path in (self.root / sub).glob(f"{name}*"):
                return path
        return None

    def contains(self, message_id: str) -> bool:
        return self._existing(file_name(message_id)) is not None

    def put(self, message: EmailMessage) -> bool:
        """Queue a message; returns False (and writes nothing) if it was queued before."""
        message_id = message["Message-ID"]
        if not message_id:
            raise OutboxError("an outgoing message has no Message-ID")
        name = file_name(str(message_id))
        if self._existing(name) is not None:
            return False
        data = message.as_bytes()
        tmp = self.root / "tmp" / name
        try:
            with open(tmp, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.chmod(tmp, 0o600)
            os.replace(tmp, self.root / "new" / name)
            fsync_dir(self.root / "new")
        except OSError as exc:
            raise OutboxError(f"cannot write to the outbox {self.root}: {exc.strerror}") from exc
        return True

    def pending(self) -> Iterator[Path]:
        yield from sorted((self.root / "new").iterdir())

    def sent(self) -> Iterator[Path]:
        yield from sorted((self.root / "cur").iterdir())

    def mark_sent(self, path: Path) -> None:
        os.replace(path, self.root / "cur" / f"{path.name}:2,S")
        fsync_dir(self.root / "cur")

    def all_messages(self) -> list[Path]:
        return [*self.pending(), *self.sent()]
