"""Backups of the bot's home, made while it runs, and restoring them into a home.

A backup is one file, ``complaints-bot-YYYYMMDDTHHMMSS.tar.gz`` (private, 0600):
the home's files under their paths relative to the home, then ``manifest.json``
with each file's SHA-256 and size, the store's schema version, the bot release
and the counts.  The copy is consistent with a running bot because of the order
files are read in, which follows the order the bot writes them
(docs/privacy-and-recovery.md, "Crash"):

1. ``archive/``: content-addressed and only ever added to, so copying it first
   means every message the store will name is already there;
2. the mailbox Maildir (when it lives under the home), ``new/`` before ``cur/``
   before its ``.Processed``/``.Quarantine`` folders: a message that left the
   inbox before it was copied was handled before, so the store copied later
   holds it; one still in the inbox is recognised as handled when the restored
   bot reads it again;
3. with the store's lock held (no case can be written meanwhile): quarantine,
   the outbox (``new/`` before ``cur/`` before ``.Failed``, so a letter moved
   on by the sender while we copy is found further on), ``cases.json`` and
   every other state file (``secret.key``, IMAP/Exchange state, retention log).

Left out: lock and pid files, the heartbeat, temporary files, ``preview/`` and
``sar/`` exports, pre-upgrade store copies and the settings file (``bot.toml``
belongs with the rest of the configuration, under the admin's version control).

``restore`` verifies every checksum and the schema version into a staging folder
beside the home before anything in the home is touched.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import shutil
import tarfile
import tempfile
import zlib
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta
from pathlib import Path, PurePosixPath
from typing import Any, Iterator

from . import __version__
from .config import Settings
from .errors import BackupError
from .fsutil import PRIVATE_DIR, PRIVATE_FILE, fsync_dir, private_dir
from .pidfile import PID_NAME, running_pid
from .store import store_lock
from .store_schema import SCHEMA_VERSION, schema_of

FORMAT = "complaints-bot-backup"
# The name ``backup_target`` gives a dated backup in a folder; only files named so are ever pruned.
DATED_NAME = "complaints-bot-%Y%m%dT%H%M%S.tar.gz"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"

# Top-level names under the home that are never backed up (see the module docstring).
SKIPPED_TOP = frozenset({"heartbeat", PID_NAME, "reload-status.json", "preview", "sar", "bot.toml"})
MAILDIR_ORDER = ("new", "cur")  # then the other folders, by name; tmp/ is skipped


@dataclass(frozen=True)
class BackupFile:
    path: str  # relative to the home, with /
    sha256: str
    size: int


@dataclass
class Manifest:
    created_at: str
    bot_version: str
    schema_version: int | None
    files: list[BackupFile] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    dirs: list[str] = field(default_factory=list)  # folders, kept even when empty (a Maildir needs its three)
    format: str = FORMAT
    format_version: int = FORMAT_VERSION

    def to_json(self) -> bytes:
        return json.dumps(asdict(self), indent=2, sort_keys=True).encode("utf-8")

    @classmethod
    def from_json(cls, data: bytes, source: Path) -> "Manifest":
        try:
            raw = json.loads(data)
            files = [BackupFile(**f) for f in raw.pop("files")]
            return cls(files=files, **raw)
        except (ValueError, TypeError, KeyError) as exc:
            raise BackupError(f"{source}: its manifest is damaged ({exc.__class__.__name__}): use another backup") from exc


@dataclass(frozen=True)
class BackupResult:
    path: Path
    manifest: Manifest
    vanished: int  # files that moved on while being copied (found again further on)


@dataclass(frozen=True)
class RestoreResult:
    home: Path
    manifest: Manifest
    replaced: Path | None  # where the home's previous files went (with --force)
    migrations: list[dict[str, Any]]


def skipped(relative: PurePosixPath) -> bool:
    """Files a backup leaves out: locks, pid, heartbeat, temporary files, exports, store copies."""
    name = relative.name
    if relative.parts[0] in SKIPPED_TOP or relative.parts[0].startswith(".replaced-"):
        return True
    if name.endswith(".lock") or (name.startswith(".") and name.endswith(".tmp")) or (
            ".schema" in name and name.endswith(".bak")):
        return True
    return "tmp" in relative.parts[:-1]  # a Maildir's tmp/: half-delivered files


def walk(folder: Path) -> Iterator[Path]:
    """``folder`` and every file and folder under it; in a Maildir, new/ before cur/ before its sub-folders."""
    try:
        entries = list(os.scandir(folder))
    except FileNotFoundError:
        return
    yield folder
    files = sorted((e for e in entries if e.is_file(follow_symlinks=False)), key=lambda e: e.name)
    dirs = {e.name: e for e in entries if e.is_dir(follow_symlinks=False)}
    for entry in files:
        yield Path(entry.path)
    for name in [*[n for n in MAILDIR_ORDER if n in dirs], *sorted(n for n in dirs if n not in MAILDIR_ORDER)]:
        yield from walk(Path(dirs[name].path))


class BackupWriter:
    """Writes one backup file: members as they are read, the manifest last."""

    def __init__(self, home: Path, target: Path):
        self.home = home
        self.target = target
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
        os.fchmod(fd, PRIVATE_FILE)
        self.tmp = Path(tmp)
        self.handle = os.fdopen(fd, "wb")
        self.tar = tarfile.open(fileobj=self.handle, mode="w:gz", format=tarfile.PAX_FORMAT)
        self.files: list[BackupFile] = []
        self.dirs: list[str] = []
        self.seen: set[str] = set()
        self.vanished = 0

    def add_tree(self, folder: Path) -> None:
        for path in walk(folder):
            if path.is_dir():
                self.add_dir(path)
            else:
                self.add_file(path)

    def add_dir(self, path: Path) -> None:
        relative = path.relative_to(self.home).as_posix()
        if relative == "." or relative in self.seen or skipped(PurePosixPath(relative)):
            return
        info = tarfile.TarInfo(relative)
        info.type, info.mode = tarfile.DIRTYPE, PRIVATE_DIR
        self.tar.addfile(info)
        self.dirs.append(relative)
        self.seen.add(relative)

    def add_file(self, path: Path) -> bytes | None:
        """Copy one file (read whole: files are written by rename, so a name holds a complete file)."""
        relative = PurePosixPath(path.relative_to(self.home).as_posix())
        if skipped(relative) or str(relative) in self.seen:
            return None
        try:
            with open(path, "rb") as handle:
                data = handle.read()
                mtime = int(os.fstat(handle.fileno()).st_mtime)
        except FileNotFoundError:
            self.vanished += 1  # moved on (inbox to .Processed, outbox new/ to cur/): copied further on
            return None
        info = tarfile.TarInfo(str(relative))
        info.size, info.mode, info.mtime = len(data), PRIVATE_FILE, mtime
        self.tar.addfile(info, io.BytesIO(data))
        self.files.append(BackupFile(str(relative), hashlib.sha256(data).hexdigest(), len(data)))
        self.seen.add(str(relative))
        return data

    def finish(self, manifest: Manifest) -> None:
        data = manifest.to_json()
        info = tarfile.TarInfo(MANIFEST)
        info.size, info.mode, info.mtime = len(data), PRIVATE_FILE, int(datetime.now().timestamp())
        self.tar.addfile(info, io.BytesIO(data))
        self.tar.close()
        self.handle.flush()
        os.fsync(self.handle.fileno())
        self.handle.close()
        os.replace(self.tmp, self.target)
        fsync_dir(self.target.parent)

    def abandon(self) -> None:
        try:
            self.tar.close()
            self.handle.close()
        except (OSError, tarfile.TarError, ValueError):
            pass
        self.tmp.unlink(missing_ok=True)


def backup_target(dest: Path, now: datetime) -> Path:
    """DEST itself, or a dated file inside DEST when it is a folder (or ends with /)."""
    if dest.is_dir() or str(dest).endswith(os.sep):
        private_dir(dest)
        return dest / now.strftime(DATED_NAME)
    if not dest.parent.is_dir():
        raise BackupError(f"{dest.parent} does not exist: make the folder, or give an existing one")
    return dest


def under(path: Path, home: Path) -> bool:
    return path.resolve().is_relative_to(home.resolve())


def make_backup(settings: Settings, dest: Path, now: datetime) -> BackupResult:
    """Copy the home into one backup file, consistently with a running bot (see the module docstring)."""
    home = settings.home
    if not home.is_dir():
        raise BackupError(f"{home} does not exist: nothing to back up")
    if under(Path(dest), home):
        raise BackupError(f"{dest} is inside the home it backs up: write it somewhere else")
    target = backup_target(Path(dest), now)
    writer = BackupWriter(home, target)
    try:
        writer.add_tree(settings.archive_dir)
        mailbox = settings.mailbox_dir
        if settings.mailbox.get("type", "maildir") == "maildir" and under(mailbox, home):
            writer.add_tree(mailbox)
        with store_lock(settings.store_path):
            writer.add_tree(settings.quarantine_dir)
            if under(settings.outbox_dir, home):
                writer.add_tree(settings.outbox_dir)
            store = writer.add_file(settings.store_path) if settings.store_path.exists() else None
            writer.add_tree(home)  # the rest: secret.key, mailbox and sender state, retention log
        data = json.loads(store) if store else None
        manifest = Manifest(
            created_at=now.isoformat(timespec="seconds"), bot_version=__version__, schema_version=schema_of(data),
            files=writer.files, dirs=writer.dirs, counts=_counts(writer.files, data))
        writer.finish(manifest)
    except BaseException:
        writer.abandon()
        raise
    return BackupResult(target, manifest, writer.vanished)


def prune_backups(folder: Path, keep_days: int, now: datetime, *, keep: Path) -> list[Path]:
    """Delete the dated backups in ``folder`` made more than ``keep_days`` before ``now``; never ``keep``.

    A deleted case lives on in every backup made before retention removed it
    (docs/privacy-and-recovery.md, "Retention"), so old backups are pruned rather
    than kept for ever.  Only names ``backup_target`` writes are touched: a file the
    admin named, or anything else in the folder, is left alone.  The date comes
    from the name, which ``backup_target`` writes in the clock's time zone.
    """
    cutoff = now - timedelta(days=keep_days)
    removed = []
    for path in sorted(folder.iterdir()):
        made = _dated(path.name)
        if made is None or not path.is_file() or path.resolve() == keep.resolve():
            continue
        if made.replace(tzinfo=now.tzinfo) < cutoff:
            path.unlink()
            removed.append(path)
    if removed:
        fsync_dir(folder)
    return removed


def _dated(name: str) -> datetime | None:
    """When a backup named by ``backup_target`` was made; None for any other name.  The name must read back exactly as
    ``backup_target`` writes it (strptime alone also takes "complaints-bot-2026111T2000.tar.gz")."""
    try:
        made = datetime.strptime(name, DATED_NAME)
    except ValueError:
        return None
    return made if made.strftime(DATED_NAME) == name else None


def _counts(files: list[BackupFile], store: dict[str, Any] | None) -> dict[str, int]:
    tops = [f.path.split("/", 1)[0] for f in files]
    return {
        "files": len(files),
        "cases": len((store or {}).get("cases", {})),
        "ignored": len((store or {}).get("ignored", {})),
        "archive": tops.count("archive"),
        "quarantine": sum(1 for f in files if f.path.startswith("quarantine/") and f.path.endswith("/reason.json")
                          and "/.requeued/" not in f.path),
        "outbox": sum(1 for f in files if f.path.startswith("outbox/") and f.path.split("/")[-2] in ("new", "cur")),
    }


# ---- restore ------------------------------------------------------------------------------------

def _safe_member(member: tarfile.TarInfo, source: Path) -> PurePosixPath:
    name = PurePosixPath(member.name)
    if not member.isfile() or name.is_absolute() or ".." in name.parts or not name.parts:
        raise BackupError(f"{source}: member {member.name!r} is not a plain file inside the home: "
                          "this is not a backup made by complaints-bot")
    return name


def read_manifest(source: Path) -> Manifest:
    """The manifest of a backup file, or BackupError saying what is wrong with it."""
    try:
        with tarfile.open(source, mode="r:gz") as tar:
            try:
                member = tar.getmember(MANIFEST)
            except KeyError:
                raise BackupError(f"{source} has no {MANIFEST}: it is not a complaints-bot backup, "
                                  "or it was cut short") from None
            handle = tar.extractfile(member)
            data = handle.read() if handle else b""
    except FileNotFoundError as exc:
        raise BackupError(f"{source} does not exist") from exc
    except (tarfile.TarError, zlib.error, EOFError, OSError) as exc:
        raise BackupError(f"{source} is damaged and cannot be read ({exc.__class__.__name__}: {exc}): "
                          "nothing was restored; use another backup") from exc
    manifest = Manifest.from_json(data, source)
    if manifest.format != FORMAT or manifest.format_version > FORMAT_VERSION:
        raise BackupError(f"{source} is a {manifest.format} backup, format {manifest.format_version}; this release "
                          f"reads {FORMAT} format {FORMAT_VERSION}: restore it with complaints-bot "
                          f"{manifest.bot_version} or later")
    if manifest.schema_version is not None and manifest.schema_version > SCHEMA_VERSION:
        raise BackupError(f"{source} holds store schema {manifest.schema_version}, made by complaints-bot "
                          f"{manifest.bot_version}; this is complaints-bot {__version__}, which reads schema up to "
                          f"{SCHEMA_VERSION}: restore it with complaints-bot {manifest.bot_version} or later")
    return manifest


def extract_verified(source: Path, manifest: Manifest, staging: Path) -> None:
    """Unpack into ``staging``, checking every file against the manifest: all there, none extra, none changed."""
    expected = {f.path: f for f in manifest.files}
    found: set[str] = set()
    try:
        with tarfile.open(source, mode="r:gz") as tar:
            for member in tar:
                if member.name == MANIFEST:
                    continue
                if member.isdir() and member.name in manifest.dirs and ".." not in PurePosixPath(member.name).parts:
                    private_dir(staging / member.name)
                    continue
                name = _safe_member(member, source)
                entry = expected.get(str(name))
                if entry is None:
                    raise BackupError(f"{source}: {name} is not in the manifest: the backup was altered; use another")
                handle = tar.extractfile(member)
                data = handle.read() if handle else b""
                if len(data) != entry.size or hashlib.sha256(data).hexdigest() != entry.sha256:
                    raise BackupError(f"{source}: {name} does not match its checksum in the manifest: the backup is "
                                      "damaged; nothing was restored; use another backup")
                target = staging / name
                private_dir(target.parent)
                fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
                with os.fdopen(fd, "wb") as out:
                    out.write(data)
                    out.flush()
                    os.fsync(out.fileno())
                os.utime(target, (member.mtime, member.mtime))  # a Maildir's delivery time is the file's mtime
                found.add(str(name))
    except (tarfile.TarError, zlib.error, EOFError) as exc:
        raise BackupError(f"{source} is damaged and cannot be read ({exc.__class__.__name__}: {exc}): "
                          "nothing was restored; use another backup") from exc
    missing = sorted(set(expected) - found)
    if missing:
        raise BackupError(f"{source}: {len(missing)} file(s) of the manifest are missing, first {missing[0]}: "
                          "the backup was cut short; nothing was restored; use another backup")


def home_in_use(home: Path) -> list[str]:
    """What a home already holds (its settings file and a restore cut short do not count)."""
    if not home.exists():
        return []
    for leftover in home.glob(".restore-*"):
        shutil.rmtree(leftover, ignore_errors=True)  # staging of a restore that was killed: never moved in
    return sorted(p.name for p in home.iterdir() if p.name != "bot.toml")


def restore_backup(source: Path, home: Path, *, force: bool, now: datetime) -> RestoreResult:
    """Verify ``source`` completely, then move its files into ``home``."""
    source, home = Path(source), Path(home)
    manifest = read_manifest(source)
    pid = running_pid(home)
    if pid is not None:
        raise BackupError(f"a bot is running on {home} (pid {pid}): stop it before restoring into its home")
    held = home_in_use(home)
    if held and not force:
        raise BackupError(f"{home} is not empty (it holds {', '.join(held[:5])}{', …' if len(held) > 5 else ''}): "
                          "restore into a new home, or add --force to move its files aside first")
    private_dir(home)
    staging = Path(tempfile.mkdtemp(prefix=".restore-", dir=home))
    os.chmod(staging, PRIVATE_DIR)
    replaced: Path | None = None
    try:
        extract_verified(source, manifest, staging)
        if held:
            replaced = private_dir(home / f".replaced-{now:%Y%m%dT%H%M%S}")
            for name in held:
                if not name.startswith(".replaced-") and home / name != staging:
                    os.replace(home / name, replaced / name)
        for entry in sorted(staging.iterdir()):
            os.replace(entry, home / entry.name)
        fsync_dir(home)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    migrations: list[dict[str, Any]] = []
    if (home / "cases.json").exists():
        from .store import Store

        store = Store(home / "cases.json")  # proves it opens; an older schema is migrated now, with its copy
        migrations = store.migrations
        store.close()
    return RestoreResult(home, manifest, replaced, migrations)
