"""What the bot remembers about one IMAP folder across restarts.

* ``uidvalidity`` and ``last_uid``: every message up to ``last_uid`` has been
  stored and moved (or flagged).  UIDs only mean something together with the
  folder's UIDVALIDITY; when the server changes it, the bot forgets
  ``last_uid`` and reads the whole folder again, and the case store
  recognises what it already handled (so nothing is skipped or answered twice).
* ``first_started`` and ``backlog_below_uid``: when the bot first read the
  folder, and the folder's UIDNEXT then.  Mail that was already there is the
  backlog: imported as cases, never acknowledged.

One small JSON file, replaced atomically on every change.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

from ..errors import MailboxError
from ..fsutil import atomic_write


@dataclass
class FolderState:
    uidvalidity: int | None = None
    last_uid: int = 0
    first_started: str = ""  # ISO time of the bot's first read of this folder
    backlog_below_uid: int | None = None  # UIDNEXT at that first read (valid under first_uidvalidity)
    first_uidvalidity: int | None = None


class ImapState:
    def __init__(self, path: Path, key: str):
        self.path = Path(path)
        self.key = key
        self._all: dict[str, dict] = {}
        if self.path.exists():
            try:
                self._all = json.loads(self.path.read_text(encoding="utf-8")).get("folders", {})
            except (json.JSONDecodeError, AttributeError) as exc:
                raise MailboxError(f"{self.path} is damaged ({exc}); delete it to read the mailbox from the start "
                                   "(the case store recognises messages already handled)") from exc
        self.folder = FolderState(**self._all.get(key, {}))

    @property
    def started(self) -> bool:
        return bool(self.folder.first_started)

    def start(self, now: datetime, uidvalidity: int, uidnext: int) -> None:
        """The first read of this folder: everything already in it is the backlog."""
        self.folder.first_started = now.isoformat(timespec="seconds")
        self.folder.backlog_below_uid = uidnext
        self.folder.first_uidvalidity = uidvalidity
        self.save()

    def first_started_at(self) -> datetime | None:
        return datetime.fromisoformat(self.folder.first_started) if self.folder.first_started else None

    def check_validity(self, uidvalidity: int) -> bool:
        """Adopt the folder's UIDVALIDITY; True if it changed (the UIDs we knew are now meaningless)."""
        if self.folder.uidvalidity == uidvalidity:
            return False
        changed = self.folder.uidvalidity is not None
        self.folder.uidvalidity = uidvalidity
        self.folder.last_uid = 0
        self.save()
        return changed

    def advance(self, uidvalidity: int, uid: int) -> None:
        """Messages up to ``uid`` are handled (only under the UIDVALIDITY they were read with).

        Written atomically but not fsync'd: a ``last_uid`` lost in a power cut only makes the
        bot search from an older UID, and what it finds again is already moved (or flagged,
        or recognised by the case store).  It saves two disk flushes per message.
        """
        if self.folder.uidvalidity == uidvalidity and uid > self.folder.last_uid:
            self.folder.last_uid = uid
            self.save(durable=False)

    def save(self, *, durable: bool = True) -> None:
        self._all[self.key] = asdict(self.folder)
        data = json.dumps({"folders": self._all}, indent=2, sort_keys=True).encode("utf-8")
        if durable:
            atomic_write(self.path, data)
            return
        tmp = self.path.with_name(f".{self.path.name}.tmp")
        tmp.write_bytes(data)
        os.chmod(tmp, 0o600)
        os.replace(tmp, self.path)
