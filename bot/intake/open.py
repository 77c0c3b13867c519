"""Open the mailbox the settings name: a local Maildir (the embedded default), IMAP, or Exchange."""

from __future__ import annotations

from ..config import Settings
from ..errors import ConfigError
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
