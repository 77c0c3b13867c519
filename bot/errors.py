"""The bot's exceptions: one small hierarchy so callers catch what they mean.

Every stage raises a subclass of :class:`BotError`; the intake loop catches
:class:`StageError` (and only unexpected library errors it wraps into one) to
quarantine the message with the stage's name.
"""

from __future__ import annotations


class BotError(Exception):
    """Base of every error the bot raises on purpose."""


class ConfigError(BotError):
    """A configuration file is wrong.  Always names the file, the line and the fix."""

    def __init__(self, path: str, problem: str, fix: str = "", line: int | None = None):
        self.path = str(path)
        self.problem = problem
        self.fix = fix
        self.line = line
        where = f"{self.path}:{line}" if line else self.path
        message = f"{where}: {problem}"
        if fix:
            message += f"\n  fix: {fix}"
        super().__init__(message)


class StageError(BotError):
    """A message could not get through one stage of the flow; it goes to quarantine."""

    stage = "unknown"

    def __init__(self, message: str, *, stage: str | None = None):
        super().__init__(message)
        if stage:
            self.stage = stage


class ParseError(StageError):
    stage = "parse"


class LimitExceeded(ParseError):
    """The message is larger or deeper than the configured limits allow."""


class ClassifyError(StageError):
    stage = "classify"


class RouteError(StageError):
    stage = "route"


class ActError(StageError):
    stage = "act"


class StoreError(BotError):
    """The case store cannot be read or written."""


class CaseNotFound(BotError):
    """No case has the reference asked for."""


class QuarantineError(BotError):
    """A quarantine entry is missing or cannot be requeued."""


class MailboxError(BotError):
    """The mailbox (Maildir, IMAP or Exchange) cannot be reached or read."""


class OutboxError(BotError):
    """Outgoing mail cannot be queued or delivered."""


class TemplateError(BotError):
    """A letter template is missing, has a syntax error or uses an unknown variable."""


class StoreTooNew(StoreError):
    """The case store was written by a newer bot, with a schema this release cannot read."""

    def __init__(self, message: str, *, found: int, supported: int, bot_version: str | None = None):
        super().__init__(message)
        self.found = found
        self.supported = supported
        self.bot_version = bot_version


class BackupError(BotError):
    """A backup cannot be made, or a backup file is damaged, too new or cannot be restored."""


class ReloadError(BotError):
    """No running bot to reload, or it did not confirm the reload in time."""
