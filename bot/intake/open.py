"""Open the mailbox the settings name (Maildir is the embedded default)."""

from __future__ import annotations

from ..config import Settings
from ..errors import ConfigError
from .maildir import MaildirSource


def open_source(settings: Settings):
    kind = settings.mailbox.get("type", "maildir")
    if kind == "maildir":
        return MaildirSource(settings.mailbox_dir)
    raise ConfigError(
        settings.config_path or "bot.toml",
        f"mailbox type {kind!r} is not available in this version",
        'use type = "maildir" under [mailbox]',
    )
