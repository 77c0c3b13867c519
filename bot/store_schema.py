"""The case store's schema versions and the migrations between them.

The store (``cases.json``) records its schema version in its ``meta`` table.
Each migration is a numbered function that turns the raw TinyDB data of
version N into version N + 1, in memory; its docstring says what changed.
:func:`upgrade` runs them when an older store is opened:

1. under the store's lock, so the bot and a CLI command never migrate twice;
2. the old file is first copied, fsynced, to ``cases.json.schemaN.bak`` (kept:
   it is the way back, see docs/backup-and-upgrade.md);
3. every step is applied in memory and the result written in one atomic write
   (temp file, fsync, rename), so a crash at any point leaves either the old
   store or the migrated one, and the copy;
4. each step is recorded in the meta document's ``migrations`` list.

A store written by a newer bot is refused with :class:`StoreTooNew`, which
names the bot release that wrote it.

Schema history (the first released schema is 1):

* 1 - the first release: tables ``cases``, ``ignored`` and ``meta``; the meta
  document holds only ``schema_version``.
* 2 - the meta document also says which bot release created or last migrated
  the store (``bot_version``), when it was created (``created_at``) and which
  migrations it went through (``migrations``).  Schema 1 could not tell an
  older bot which release it needs, nor an admin what an upgrade did.
"""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable, ContextManager

from . import __version__
from .errors import StoreError, StoreTooNew
from .fsutil import atomic_write

SCHEMA_VERSION = 2
FIRST_SCHEMA = 1

Migration = Callable[[dict[str, Any]], None]


def meta_document(data: dict[str, Any]) -> dict[str, Any]:
    """The store's one meta document (TinyDB's lowest document id), made if missing."""
    table = data.setdefault("meta", {})
    if not table:
        table["1"] = {"schema_version": FIRST_SCHEMA}
    return table[min(table, key=int)]


def schema_of(data: dict[str, Any] | None) -> int | None:
    """The schema version of raw store data; None for a store not written yet."""
    if not data:
        return None
    table = data.get("meta") or {}
    if not table:
        return FIRST_SCHEMA  # every store ever written has a meta document; be lenient all the same
    version = table[min(table, key=int)].get("schema_version", FIRST_SCHEMA)
    if isinstance(version, bool) or not isinstance(version, int) or version < FIRST_SCHEMA:
        raise StoreError(f"the store's schema_version {version!r} is not a version number: restore it from a backup")
    return version


def new_meta(now: datetime) -> dict[str, Any]:
    """The meta document of a store created by this release."""
    return {"schema_version": SCHEMA_VERSION, "bot_version": __version__,
            "created_at": now.isoformat(timespec="seconds"), "migrations": []}


# ---- the migrations: MIGRATIONS[N] turns schema N into schema N + 1 --------------------------

def v1_to_v2(data: dict[str, Any]) -> None:
    """Schema 2: the meta document gains ``bot_version``, ``created_at`` and ``migrations``.

    ``bot_version`` becomes the release running the migration, so a future
    older bot can say which release it needs.  A schema-1 store never recorded
    when it was made, so ``created_at`` is null.  Cases and ignored records
    are unchanged.
    """
    meta = meta_document(data)
    meta.setdefault("created_at", None)
    meta.setdefault("migrations", [])
    meta["bot_version"] = __version__


MIGRATIONS: dict[int, Migration] = {1: v1_to_v2}


def migrate(data: dict[str, Any], *, now: datetime, copy_name: str) -> list[dict[str, Any]]:
    """Bring raw store data up to SCHEMA_VERSION in place; returns the steps recorded in meta."""
    version = schema_of(data) or SCHEMA_VERSION
    done: list[dict[str, Any]] = []
    while version < SCHEMA_VERSION:
        step = MIGRATIONS.get(version)
        if step is None:
            raise StoreError(f"no migration from store schema {version}: this release cannot upgrade the store")
        step(data)
        version += 1
        meta = meta_document(data)
        meta["schema_version"] = version
        record = {"from": version - 1, "to": version, "at": now.isoformat(timespec="seconds"),
                  "bot_version": __version__, "copy": copy_name}
        meta.setdefault("migrations", []).append(record)
        done.append(record)
    return done


def refuse_newer(path: Path, data: dict[str, Any]) -> None:
    """Raise StoreTooNew if the store was written by a newer bot than this one."""
    version = schema_of(data)
    if version is None or version <= SCHEMA_VERSION:
        return
    written_by = meta_document(data).get("bot_version")
    need = f"complaints-bot {written_by} or later" if written_by else f"a complaints-bot release newer than {__version__}"
    raise StoreTooNew(
        f"{path} has store schema {version}, written by {need.removesuffix(' or later')}; this is "
        f"complaints-bot {__version__}, which reads schema {FIRST_SCHEMA} to {SCHEMA_VERSION}. "
        f"Run {need}, or restore a backup made before the upgrade (docs/backup-and-upgrade.md).",
        found=version, supported=SCHEMA_VERSION, bot_version=written_by)


def copy_path(path: Path, version: int) -> Path:
    """Where the pre-migration copy of a schema-``version`` store is kept."""
    return path.with_name(f"{path.name}.schema{version}.bak")


def upgrade(path: Path, read: Callable[[], dict[str, Any] | None], write: Callable[[dict[str, Any]], None],
            lock: Callable[[], ContextManager[None]], now: datetime | None = None) -> list[dict[str, Any]]:
    """Check the store at ``path`` and migrate it if it is older; returns the steps it ran (none if current).

    ``read`` and ``write`` are the store's own (atomic) storage; ``lock`` is its flock.
    """
    data = read()
    if data is not None:
        refuse_newer(path, data)
    version = schema_of(data)
    if version is None or version == SCHEMA_VERSION:
        return []
    with lock():
        data = read()  # another process may have migrated it while we waited for the lock
        version = schema_of(data)
        if data is None or version is None or version >= SCHEMA_VERSION:
            if data is not None:
                refuse_newer(path, data)
            return []
        copy = copy_path(path, version)
        keep_copy(path, copy)
        steps = migrate(data, now=now or datetime.now(timezone.utc), copy_name=copy.name)
        write(data)
    return steps


def keep_copy(path: Path, copy: Path) -> None:
    """Copy the store's file, durably and privately, before it is changed."""
    try:
        atomic_write(copy, path.read_bytes())  # private (0600) like the store itself
    except OSError as exc:
        raise StoreError(f"cannot keep a copy of {path} before upgrading it ({exc.strerror}): "
                         f"the store was not changed") from exc
