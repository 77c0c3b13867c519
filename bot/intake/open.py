"""Open the mailbox the settings name: a local Maildir (the embedded default), IMAP, or Exchange."""

from __future__ import annotations

from ..config import Settings
from ..errors import ConfigError, MailboxError
from .maildir import MaildirSource

KINDS = ("maildir", "imap", "exchange")


def open_source(settings: Settings):
    kind = settings.mailbox.get("type", "maildir")
    if kind == "maildir":
        return MaildirSource(settings.mailbox_dir)
    if kind == "imap":
        from .imap import open_imap

        return open_imap(settings)
    if kind == "exchange":
        from .exchange import open_exchange

        return open_exchange(settings)
    raise ConfigError(
        settings.config_path or "bot.toml",
        f"mailbox type {kind!r} is not known",
        'use type = "maildir", "imap" or "exchange" under [mailbox] (see docs/mailboxes.md)',
    )


def _maildir_report(settings: Settings) -> dict:
    root = settings.mailbox_dir
    if not root.exists():
        raise MailboxError(f"the mailbox folder {root} does not exist yet (the bot creates it on its first run)")
    count = {sub: sum(1 for p in (root / sub).iterdir() if p.is_file()) for sub in ("new", "cur")}
    folders = ["INBOX"] + sorted(p.name.lstrip(".") for p in root.iterdir() if p.name.startswith("."))
    return {"server": f"local Maildir {root}", "folders": folders, "folder": "INBOX",
            "messages": count["new"] + count["cur"], "unseen": count["new"]}


def check_mailbox(settings: Settings) -> dict:
    """Connect and sign in to the mailbox without taking mail (``mailbox check`` and ``doctor``).

    Returns what was found (server, folders, counts); raises MailboxError in an
    admin's words, or ConfigError when [mailbox] itself is wrong.
    """
    if settings.mailbox.get("type", "maildir") == "maildir":
        return _maildir_report(settings)
    return open_source(settings).check()
