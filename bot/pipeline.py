"""The flow for one message: archive -> parse -> classify -> route -> act -> store.

``Bot.handle`` is the quarantine boundary: whatever goes wrong in a stage, the
message's bytes are already archived, and it lands in quarantine with the
stage's name and the reason, so nothing is ever lost and the batch goes on.
"""

from __future__ import annotations

import contextlib
import errno
import functools
import logging
import threading
import time
from dataclasses import dataclass, field
from typing import Iterator

from scheduler.chase import ChaserSender
from scheduler.digest import DigestBuilder

from .act.actions import Actor
from .act.processes import CaseProcesses
from .casework import Casework
from .commands.auth import CommandAuth
from .commands.execute import CommandRunner
from .commands.mail import MailCommands
from .commands.tokens import Tokens, load_secret
from .archive import Archive
from .clock import Clock
from .config import Settings
from .errors import ConfigError, MailboxError, OutboxError, StageError, StoreError, TemplateError
from .intake import MailboxSource
from .intake.maildir import MaildirSource
from .intake.open import open_source
from .parse import DEFAULT_LIMITS, parse_message
from .quarantine import Quarantine
from .records import RawMessage
from .reload import ReloadStatus, load_checked, write_status
from .route import Routing, load_routing
from .store import Store, message_key
from .act.letters import Letters
from .act.outbox import Outbox
from .triage import Triage

log = logging.getLogger("complaints_bot.pipeline")


@dataclass
class Outcome:
    """What happened to one message (no personal data: references and ids only)."""

    status: str  # "case", "followup", "ignored", "duplicate", "quarantined"
    detail: str = ""
    ref: str = ""
    message_id: str = ""


@dataclass
class BatchResult:
    outcomes: list[Outcome] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(1 for o in self.outcomes if o.status == status)

    def summary(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for o in self.outcomes:
            counts[o.status] = counts.get(o.status, 0) + 1
        return counts


class StorageFailure(MailboxError):
    """The bot's own storage (archive, store, outbox, quarantine, mailbox folders) could not be written.

    Not the message's fault: it is neither quarantined nor moved, the batch
    stops, and the next poll tries again (the runner treats this like an
    unreachable mailbox: one warning, no heartbeat, retry on the next poll).
    """


# errno values that mean "the disk is full, read-only or refused us", not "this message is bad".
STORAGE_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EROFS, errno.EACCES, errno.EPERM, errno.EIO,
                            errno.EMFILE, errno.ENFILE})


# The stages that read or write the bot's own storage.
WRITING_STAGES = frozenset({"store", "route", "act"})


def storage_failure(exc: BaseException) -> BaseException | None:
    """The storage error behind ``exc`` (following its causes), or None if the message itself is at fault.

    A StoreError or OutboxError is the bot's storage by definition; an OSError
    counts when its errno says the disk is full, read-only or not ours to write.
    """
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, (StoreError, OutboxError)):
            return current
        if isinstance(current, OSError) and current.errno in STORAGE_ERRNOS:
            return current
        current = current.__cause__  # only what was raised *from*: a library's own handled errors do not count
    return None


@contextlib.contextmanager
def stage(name: str) -> Iterator[None]:
    """Turn any failure inside a stage into a StageError naming it.

    This is the one place the bot catches every Exception: a library bug on one
    odd message must quarantine that message, not stop the mailbox.
    """
    try:
        yield
    except StageError as exc:
        if exc.stage == "unknown":
            exc.stage = name
        raise
    except Exception as exc:  # noqa: BLE001 - the quarantine boundary, see docstring
        raise StageError(f"{exc.__class__.__name__}: {exc}", stage=name) from exc


@functools.lru_cache(maxsize=4)
def shared_classifier(council_domains: tuple[str, ...]):
    """Load the classifier once per process (it is read-only once built, and loading takes seconds)."""
    from classifiers import Classifier

    return Classifier(council_domains=council_domains)


class Bot:
    """One mailbox's bot: the stages wired together over one home folder."""

    def __init__(self, settings: Settings, clock: Clock | None = None, *, classifier=None,
                 source: MailboxSource | None = None):
        self.settings = settings
        self.clock = clock or Clock()
        self.progress_at = 0.0  # time.monotonic() when the last message was handled
        settings.ensure_home()
        self.routing = load_routing(settings.routing_path)
        self.letters = Letters(settings.templates_dir)
        self.letters.check()
        self.archive = Archive(settings.archive_dir)
        self.store = Store(settings.store_path)
        self.outbox = Outbox(settings.outbox_dir)
        self.quarantine = Quarantine(settings.quarantine_dir)
        self.classifier = classifier or shared_classifier(tuple(settings.council.domains))
        self.source = source or open_source(settings)
        self.calendar = settings.calendar()
        self.processes = CaseProcesses(self.calendar)
        self.routing.check_roles(self.processes.roles_needed())
        self.tokens = Tokens(load_secret(settings.home), settings.council.complaints_address)
        self.casework = Casework(self.store, self.processes.engine)
        self._wire(self.routing, self.letters)
        # Set by SIGHUP (``complaints-bot reload``); applied between messages by process_mailbox.
        self.reload_requested = threading.Event()

    def _wire(self, routing: Routing, letters: Letters) -> None:
        """Build the stages that read routing.toml or the letters, then swap them all in at once.

        They hold only configuration and the shared store, outbox and clock, so a reload
        can rebuild them between two messages without losing anything.
        """
        settings = self.settings
        triage = Triage(settings, routing, self.store)
        actor = Actor(settings, self.clock, routing, letters, self.outbox, self.store, self.archive,
                      self.processes, self.tokens)
        commands = CommandRunner(self.store, self.casework, self.processes, routing, actor)
        mail_commands = MailCommands(self._command_auth(routing), commands, self.store, actor)
        chasers = ChaserSender(settings, routing, letters, self.outbox, self.store, self.processes.engine, self.tokens)
        digests = DigestBuilder(settings, routing, letters, self.outbox, self.store, chasers.deadlines, self.calendar)
        (self.routing, self.letters, self.triage, self.actor, self.commands, self.mail_commands, self.chasers,
         self.digests) = (routing, letters, triage, actor, commands, mail_commands, chasers, digests)

    def _command_auth(self, routing: Routing) -> CommandAuth:
        options = self.settings.commands
        mailbox_type = self.settings.mailbox.get("type", "maildir")
        # Authentication-Results come from a real mail server; the local Maildir demo has none.
        required = options.get("require_authentication_results", mailbox_type != "maildir")
        return CommandAuth(self.tokens, routing, self.store, council_domains=self.settings.council.domains,
                           token_days=int(options.get("token_days", 90)), require_authentication=bool(required),
                           trusted_authserv_id=str(options.get("trusted_authserv_id", "")))

    def reload(self) -> ReloadStatus:
        """Re-read routing.toml and the letters; swap them in only if they pass every start-up check.

        When they do not, the old configuration stays in force and the error (file:line
        and the fix) is logged and written to the reload-status file.
        """
        self.reload_requested.clear()
        try:
            routing, letters = load_checked(self.settings, self.processes)
        except (ConfigError, TemplateError, OSError) as exc:
            log.error("reload refused, still using the previous routing and letters: %s", exc)
            return write_status(self.settings.home, ok=False, error=str(exc))
        self._wire(routing, letters)
        log.info("reloaded %s (%d teams, %d rules) and the letters in %s", self.settings.routing_path,
                 len(routing.teams), len(routing.rules), self.settings.templates_dir)
        return write_status(self.settings.home, ok=True, teams=len(routing.teams), rules=len(routing.rules))

    def _reload_if_requested(self) -> None:
        if self.reload_requested.is_set():
            self.reload()

    def close(self) -> None:
        self.store.close()

    def heartbeat(self) -> None:
        """Record that a poll finished (``complaints-bot health`` reads it)."""
        from .fsutil import atomic_write

        atomic_write(self.settings.home / "heartbeat", self.clock.now().isoformat().encode())

    # ---- the mailbox ------------------------------------------------------------------------

    def process_mailbox(self) -> BatchResult:
        """Process every waiting message once; safe to run again at any time.

        If the bot's own storage fails (disk full, read-only), the batch stops
        with :class:`StorageFailure` and the message stays in the mailbox.
        """
        result = BatchResult()
        self._reload_if_requested()
        for raw in self.source.fetch():
            self._reload_if_requested()  # between two messages, never inside one
            try:
                result.outcomes.append(self.handle(raw))
                self.progress_at = time.monotonic()  # the runner's watchdog: a long batch is not a hung one
            except StorageFailure as exc:
                log.error("ALERT: the bot's storage under %s failed (%s); it stops taking mail and leaves the rest "
                          "in the mailbox until the disk is writable again (%d handled in this batch)",
                          self.settings.home, exc, len(result.outcomes))
                raise
        return result

    def handle(self, raw: RawMessage) -> Outcome:
        """One message through every stage: always an Outcome, or StorageFailure if the bot cannot write."""
        try:
            return self._handle(raw)
        except StorageFailure:
            raise
        except OSError as exc:
            # Outside the stages only the bot's own writes run: archive.put, quarantine.put, mailbox moves.
            raise StorageFailure(f"{exc.__class__.__name__}: errno {exc.errno} ({exc.strerror})") from exc

    def _handle(self, raw: RawMessage) -> Outcome:
        sha = self.archive.put(raw.data)  # the exact bytes are safe before anything else happens
        subject = ""
        try:
            with stage("parse"):
                parsed = parse_message(raw.data, council_domains=self.settings.council.domains,
                                       limits=self.settings.limits or DEFAULT_LIMITS)
                subject = parsed.subject
            key = message_key(parsed.message_id, sha)
            with stage("store"):
                seen = self.store.find_message(key)
            if seen is not None:
                where, record = seen
                if where == "case":
                    with stage("act"):
                        self.actor.complete_pending(record["ref"])
                self.source.done(raw)
                return Outcome("duplicate", f"already handled ({where})", record.get("ref", ""), parsed.message_id)
            with stage("route"):
                verdict = self.mail_commands.auth.check(parsed, raw.data, self.clock.now())
            if verdict is not None:
                # A reply to an officer's signed address: a command, never a complaint.
                with stage("act"):
                    status, detail, ref = self.mail_commands.handle(raw, sha, key, parsed, verdict, self.clock.now())
                self.source.done(raw)
                log.info("message %s: %s %s", parsed.message_id, status, ref,
                         extra={"message_id": parsed.message_id, "ref": ref, "status": status})
                return Outcome(status, detail, ref, parsed.message_id)
            with stage("classify"):
                classification = self.classifier.classify(parsed)
            with stage("route"):
                decision = self.triage.decide(parsed, classification, backlog=raw.backlog)
            with stage("act"):
                outcome = self.actor.act(raw, sha, key, parsed, classification, decision)
        except StageError as exc:
            # Parse and classify never write: their failures are always the message's (a poison message
            # must not block the mailbox by passing for a full disk).
            failed = storage_failure(exc) if exc.stage in WRITING_STAGES else None
            if failed is not None:
                # The bot's storage failed, not the message: keep it in the mailbox for the next poll.
                code = getattr(failed, "errno", None)
                raise StorageFailure(f"stage {exc.stage}: {failed.__class__.__name__}"
                                     + (f" errno {code}" if code else "")) from exc
            at = self.clock.now()
            entry = self.quarantine.put(
                raw.data, stage=exc.stage, error=exc.__cause__.__class__.__name__ if exc.__cause__ else exc.__class__.__name__,
                reason=str(exc), at=at, source=raw.source, source_key=raw.source_key, subject=subject,
            )
            self.source.set_aside(raw)
            log.warning("quarantined %s at stage %s: %s", entry.id, exc.stage, entry.error,
                        extra={"quarantine_id": entry.id, "stage": exc.stage, "status": "quarantined"})
            return Outcome("quarantined", f"{exc.stage}: {exc}", "", entry.id)
        self.source.done(raw)
        log.info("message %s: %s %s", parsed.message_id, outcome.status, outcome.ref,
                 extra={"message_id": parsed.message_id, "ref": outcome.ref, "status": outcome.status})
        return Outcome(outcome.status, outcome.detail, outcome.ref, parsed.message_id)

    def requeue(self, entry_id: str) -> str:
        """Put a quarantined message back through the flow (via the mailbox)."""
        entry, data = self.quarantine.get(entry_id)
        key = self.source.deliver(data)
        self.quarantine.release(entry.id)
        return key


__all__ = ["Bot", "BatchResult", "Outcome", "MaildirSource"]
