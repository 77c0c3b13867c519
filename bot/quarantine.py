"""Quarantine: messages that could not be processed, kept with the reason, ready to requeue.

Each entry is a folder ``quarantine/<id>/`` holding the exact bytes
(``message.eml``) and ``reason.json`` (stage, exception, message, time,
source).  Requeueing puts the bytes back in the mailbox, so they go through
the whole flow again, and moves the entry to ``quarantine/.requeued/``.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

from .archive import digest
from .errors import QuarantineError
from .fsutil import atomic_write, private_dir


@dataclass(frozen=True)
class QuarantineEntry:
    id: str
    stage: str
    error: str
    reason: str
    at: str
    source: str
    source_key: str
    sha256: str
    size: int
    subject: str = ""


class Quarantine:
    def __init__(self, root: Path):
        self.root = private_dir(Path(root))
        self.requeued = private_dir(self.root / ".requeued")

    def put(self, data: bytes, *, stage: str, error: str, reason: str, at: datetime,
            source: str, source_key: str, subject: str = "") -> QuarantineEntry:
        sha = digest(data)
        entry_id = f"{at:%Y%m%dT%H%M%S}-{sha[:12]}"
        folder = self.root / entry_id
        entry = QuarantineEntry(entry_id, stage, error, reason, at.isoformat(timespec="seconds"),
                                source, source_key, sha, len(data), " ".join(subject.split())[:200])
        atomic_write(folder / "message.eml", data)
        atomic_write(folder / "reason.json", json.dumps(asdict(entry), indent=2).encode("utf-8"))
        return entry

    def entries(self) -> list[QuarantineEntry]:
        found = []
        for folder in sorted(self.root.iterdir()):
            reason = folder / "reason.json"
            if folder.name.startswith(".") or not reason.exists():
                continue
            found.append(QuarantineEntry(**json.loads(reason.read_text(encoding="utf-8"))))
        return found

    def get(self, entry_id: str) -> tuple[QuarantineEntry, bytes]:
        folder = self.root / entry_id
        if entry_id.startswith(".") or "/" in entry_id or not (folder / "reason.json").exists():
            raise QuarantineError(f"no quarantine entry {entry_id!r}: `complaints-bot quarantine list` shows them")
        entry = QuarantineEntry(**json.loads((folder / "reason.json").read_text(encoding="utf-8")))
        return entry, (folder / "message.eml").read_bytes()

    def release(self, entry_id: str) -> None:
        """The entry was requeued: keep it, out of the active list."""
        target = self.requeued / entry_id
        if target.exists():
            shutil.rmtree(target)
        (self.root / entry_id).rename(target)
