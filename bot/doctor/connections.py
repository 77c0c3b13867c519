"""Doctor's network checks: sign in to the mailbox and to the sending server, as the bot would.

These are the same calls as ``complaints-bot mailbox check`` and ``outbox
check``, so their explanations (wrong password, TLS, unknown folder, missing
consent) are the ones the admin already knows from there.
"""

from __future__ import annotations

from datetime import datetime

from ..config import Settings
from ..errors import ConfigError, MailboxError, OutboxError
from . import OK, WARN, Finding, from_error


def mailbox(settings: Settings, now: datetime) -> list[Finding]:
    from ..intake.open import check_mailbox

    kind = settings.mailbox.get("type", "maildir")
    try:
        report = check_mailbox(settings)
    except MailboxError as exc:
        if kind == "maildir":  # the local default: the bot makes it on its first run
            return [Finding("mailbox", OK, str(exc))]
        return [from_error("mailbox", exc, "`complaints-bot mailbox check` explains; docs/mailboxes.md has the "
                                           "settings for IMAP and Exchange")]
    except ConfigError as exc:
        return [from_error("mailbox", exc)]
    signed_in = f", signed in as {report['username']}" if report.get("username") else ""
    return [Finding("mailbox", OK, f"{report['server']}{signed_in}: {report['folder']} has {report['messages']} "
                                   f"messages, {report['unseen']} unseen")]


def sending(settings: Settings, now: datetime) -> list[Finding]:
    from ..send import open_sender

    try:
        sender = open_sender(settings)
        if sender is None:
            return [Finding("sending", WARN, "[outbox] type = \"maildir\": letters are only collected in "
                                             f"{settings.outbox_dir}, nothing sends them",
                            'set type = "smtp" or "exchange" under [outbox] (docs/mailboxes.md)')]
        report = sender.check()
    except ConfigError as exc:
        return [from_error("sending", exc)]
    except OutboxError as exc:
        return [from_error("sending", exc, "`complaints-bot outbox check` explains; mail waits in the outbox "
                                           "until the server takes it")]
    return [Finding("sending", OK, f"{report['server']}: signed in as {report.get('signed_in_as', '?')}")]
