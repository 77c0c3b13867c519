"""The case store: TinyDB in one JSON file, written atomically.

TinyDB's own JSONStorage rewrites the file in place, so a crash mid-write
leaves half a database.  :class:`AtomicJSONStorage` writes a temporary file,
fsyncs it and renames it over the old one instead.

Tables: ``cases`` (one document per case, holding its messages, labels,
routing, steps and audit trail) and ``ignored`` (messages that needed no case:
auto-replies, spam, the bot's own mail).  A message's identity is its
Message-ID plus the SHA-256 of its bytes; it lives inside the one document its
handling wrote, so recording a case and recording that its message was seen
are one write.

The ``meta`` table holds the schema version; opening an older store migrates
it first, keeping a copy, and a newer one is refused (``bot/store_schema.py``).
"""

from __future__ import annotations

import contextlib
import copy
import fcntl
import json
import os
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from tinydb import Query, TinyDB
from tinydb.storages import Storage

from .errors import CaseNotFound, StoreError
from .fsutil import atomic_write
from .store_schema import SCHEMA_VERSION, new_meta, upgrade

__all__ = ["SCHEMA_VERSION", "Store", "AtomicJSONStorage", "audit", "iso", "message_key", "store_lock"]


class AtomicJSONStorage(Storage):
    """TinyDB storage that never leaves a half-written file (temp file, fsync, rename).

    TinyDB reads the whole file for every query; parsing it each time made the
    store the slowest stage.  The parsed data is kept and reused while the file
    is unchanged (same inode, size and modification time), so another process
    writing the store (the CLI while the bot runs) is always seen.
    """

    def __init__(self, path: str | Path, **_: Any):
        self.path = Path(path)
        self._cache: dict[str, Any] | None = None
        self._signature: tuple[int, int, int] | None = None

    def _stat(self) -> tuple[int, int, int] | None:
        try:
            st = os.stat(self.path)
        except FileNotFoundError:
            return None
        return (st.st_ino, st.st_mtime_ns, st.st_size)

    def read(self) -> dict[str, Any] | None:
        signature = self._stat()
        if signature is None:
            return None
        if self._cache is not None and signature == self._signature:
            return self._cache
        text = self.path.read_text(encoding="utf-8")
        if not text.strip():
            return None
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise StoreError(
                f"{self.path} is not valid JSON (line {exc.lineno}): restore it from a backup"
            ) from exc
        self._cache, self._signature = data, signature
        return data

    def forget(self) -> None:
        """Drop the parsed copy: the next read parses the file again."""
        self._cache = self._signature = None

    def write(self, data: dict[str, Any]) -> None:
        try:
            atomic_write(self.path, json.dumps(data, ensure_ascii=False, sort_keys=True).encode("utf-8"))
        except BaseException:
            self.forget()  # TinyDB changed the cached data in place: it is not what the file holds
            raise
        self._cache, self._signature = data, self._stat()

    def close(self) -> None:
        pass


@contextlib.contextmanager
def store_lock(store_path: Path) -> Iterator[None]:
    """The store's exclusive lock (flock on ``cases.json.lock``), also taken by a backup while it copies."""
    lock_path = Path(store_path).with_name(Path(store_path).name + ".lock")
    # The lock file is empty, but everything under the home is private (0600).
    with os.fdopen(os.open(lock_path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600), "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def message_key(message_id: str, sha256: str) -> str:
    return f"{message_id}|{sha256}"


def iso(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds")


class Store:
    def __init__(self, path: Path):
        self.path = Path(path)
        try:
            self.db = TinyDB(self.path, storage=AtomicJSONStorage)
        except OSError as exc:
            raise StoreError(f"cannot open the case store {self.path}: {exc.strerror}") from exc
        self.lock_path = self.path.with_name(self.path.name + ".lock")
        storage: AtomicJSONStorage = self.db.storage
        try:
            self.migrations = upgrade(self.path, storage.read, storage.write, self.locked)
        except BaseException:
            storage.forget()
            raise
        self.cases = self.db.table("cases")
        self.ignored = self.db.table("ignored")
        self.meta = self.db.table("meta")
        if not self.meta.all():
            with self.locked():
                if not self.meta.all():
                    self.meta.insert(new_meta(datetime.now(timezone.utc)))

    def schema(self) -> dict[str, Any]:
        """The store's meta document: schema version, bot release, creation time, migrations."""
        documents = self.meta.all()
        return dict(documents[0]) if documents else {}

    def locked(self) -> contextlib.AbstractContextManager[None]:
        """Hold the store's lock for a read-modify-write, so the bot and the CLI never lose each other's changes."""
        return store_lock(self.path)

    # ---- messages ---------------------------------------------------------------------------

    def find_message(self, key: str) -> tuple[str, dict[str, Any]] | None:
        """Where a message already went: ("case", case) or ("ignored", record), or None."""
        Case = Query()
        found = self.cases.get(Case.messages.any(Query().key == key))
        if found is not None:
            return "case", copy.deepcopy(dict(found))
        record = self.ignored.get(Query().key == key)
        if record is not None:
            return "ignored", copy.deepcopy(dict(record))
        return None

    def find_case_by_message_id(self, message_ids: Iterable[str]) -> dict[str, Any] | None:
        """The case that holds (or sent) any of these Message-IDs, for threading replies."""
        wanted = {m for m in message_ids if m}
        if not wanted:
            return None
        Case = Query()
        found = self.cases.get(
            Case.messages.any(Query().message_id.one_of(list(wanted)))
            | Case.sent.any(Query().message_id.one_of(list(wanted)))
        )
        return copy.deepcopy(dict(found)) if found is not None else None

    def record_ignored(self, record: dict[str, Any]) -> None:
        with self.locked():
            self.ignored.insert(record)

    # ---- cases ------------------------------------------------------------------------------

    def next_reference(self, prefix: str, year: int) -> str:
        """The next free reference for the year, e.g. ASC-2026-00042 (derived, so no separate counter)."""
        stem = f"{prefix}-{year}-"
        numbers = [int(c["ref"][len(stem):]) for c in self.cases.all() if c["ref"].startswith(stem)]
        return f"{stem}{(max(numbers) + 1 if numbers else 1):05d}"

    def create_case(self, case: dict[str, Any]) -> dict[str, Any]:
        with self.locked():
            if self.cases.get(Query().ref == case["ref"]) is not None:
                raise StoreError(f"case {case['ref']} already exists: two processes allocated the same reference")
            self.cases.insert(case)
        return case

    def get_case(self, ref: str) -> dict[str, Any]:
        found = self.cases.get(Query().ref == ref.upper())
        if found is None:
            raise CaseNotFound(f"no case {ref}: `complaints-bot cases list` shows the references")
        return copy.deepcopy(dict(found))

    def update_case(self, ref: str, change: Callable[[dict[str, Any]], None]) -> dict[str, Any]:
        """Apply ``change`` to a copy of the case and write it back in one atomic write, under the lock.

        If ``change`` raises, nothing is written.
        """
        with self.locked():
            case = self.get_case(ref)
            change(case)
            self.cases.update(case, Query().ref == case["ref"])
        return case

    def update_cases(self, changes: dict[str, Callable[[dict[str, Any]], None]]) -> None:
        """Apply many cases' changes in one pass and one atomic write (a scheduler tick over
        thousands of cases must not rewrite the whole file once per case)."""
        if not changes:
            return
        wanted = {ref.upper(): change for ref, change in changes.items()}

        def transform(document: dict[str, Any]) -> None:
            wanted[document["ref"]](document)

        with self.locked():
            found = {c["ref"] for c in self.cases.search(Query().ref.one_of(list(wanted)))}
            missing = sorted(set(wanted) - found)
            if missing:
                raise CaseNotFound(f"no case {missing[0]}")
            try:
                self.cases.update(transform, Query().ref.one_of(list(wanted)))
            except BaseException:
                self.db.storage.forget()  # a change raised half-way: re-read the file, write nothing
                raise

    def all_cases(self) -> list[dict[str, Any]]:
        """Every case, read-only: callers must not change these (use update_case)."""
        return self.cases.all()

    def all_ignored(self) -> list[dict[str, Any]]:
        return self.ignored.all()

    def close(self) -> None:
        self.db.close()


def audit(case: dict[str, Any], at: datetime, action: str, detail: str = "", by: str = "bot") -> None:
    """Add one line to a case's audit trail (kept in the case document itself)."""
    case.setdefault("audit", []).append({"at": iso(at), "action": action, "detail": detail, "by": by})
