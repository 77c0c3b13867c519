"""The bot's own settings (``bot.toml``) and where everything lives.

All state lives under one home folder (``var/`` by default; ``--home`` or
``COMPLAINTS_BOT_HOME``), so tests and several mailboxes can run side by side.
The settings file is found in this order: ``--config``, ``COMPLAINTS_BOT_CONFIG``,
``HOME/bot.toml``, the project's ``bot.toml``.  Paths inside it are relative to
the file itself.
"""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import ConfigError
from .fsutil import private_dir

PROJECT_ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Council:
    name: str = "Example Council"
    domains: tuple[str, ...] = ("council.example",)
    complaints_address: str = "complaints@council.example"
    complaints_name: str = "Adult Social Care Complaints"
    team_name: str = "Adult Social Care Complaints Team"
    phone: str = "01632 960000"
    textphone: str = "18001 01632 960000"
    website: str = "https://www.council.example/complaints"
    privacy_url: str = "https://www.council.example/privacy"
    postal_address: str = "Complaints Team, Example Council, Town Hall, Example Street, EX1 1AA"
    emergency_wording: str = (
        "If someone is in immediate danger, call 999. If you are worried about someone's safety "
        "and it is not an emergency, call us on 01632 960000 (out of hours 01632 960999)."
    )
    reference_prefix: str = "ASC"
    signature: str = "Adult Social Care Complaints Team"
    admin: str = ""  # the IT admin told when the mailbox or sending is down (docs/deploy.md)
    # The council's own web forms and systems whose automatic notices carry a person's message and name
    # that person in Reply-To: the person is acknowledged (docs/mailboxes.md, "Web forms").
    form_senders: tuple[str, ...] = ()


@dataclass(frozen=True)
class Settings:
    config_path: Path | None
    home: Path
    council: Council
    routing_path: Path
    templates_dir: Path
    mailbox: dict[str, Any] = field(default_factory=dict)
    outbox: dict[str, Any] = field(default_factory=dict)
    poll_seconds: float = 5.0
    acknowledge_within_working_days: int = 3
    calendar_config: dict[str, Any] = field(default_factory=dict)
    commands: dict[str, Any] = field(default_factory=dict)
    limits: Any = None  # bot.parse.Limits, from [limits]
    retention: "Retention" = field(default_factory=lambda: Retention())
    observe: "Observe" = field(default_factory=lambda: Observe())

    # ---- paths under home -------------------------------------------------------------------
    @property
    def mailbox_dir(self) -> Path:
        return self._home_path(self.mailbox.get("path", "mailbox"))

    @property
    def outbox_dir(self) -> Path:
        return self._home_path(self.outbox.get("path", "outbox"))

    @property
    def archive_dir(self) -> Path:
        return self.home / "archive"

    @property
    def quarantine_dir(self) -> Path:
        return self.home / "quarantine"

    @property
    def store_path(self) -> Path:
        return self.home / "cases.json"

    def _home_path(self, value: str) -> Path:
        path = Path(value)
        return path if path.is_absolute() else self.home / path

    def calendar(self):
        """The working-day calendar (England's bank holidays plus the council's closures)."""
        from scheduler.calendar_config import calendar_from_config

        text = self.config_path.read_text(encoding="utf-8") if self.config_path else ""
        return calendar_from_config(self.calendar_config, str(self.config_path or "bot.toml"), text)

    def ensure_home(self) -> None:
        for path in (self.home, self.archive_dir, self.quarantine_dir):
            private_dir(path)


@dataclass(frozen=True)
class Retention:
    """[retention]: how long a closed case is kept, and what happens to it then (docs/privacy-and-recovery.md)."""

    years_after_closure: int = 6
    action: str = "delete"  # or "anonymise": keep the case's numbers and dates, drop everything personal


@dataclass(frozen=True)
class Observe:
    """[observe]: how an admin watches the bot (docs/deploy.md): log format, the HTTP endpoint, outage alerts."""

    log_format: str = "text"  # or "json": one JSON object per line
    http: str = ""  # "127.0.0.1:9464" serves /healthz and /metrics; empty: off
    allow_remote: bool = False  # a non-loopback http address is refused unless this is true
    alert_after_minutes: float = 30.0  # mailbox or sending down this long: one email to [council] admin

    @property
    def http_address(self) -> tuple[str, int] | None:
        if not self.http:
            return None
        host, _, port = self.http.rpartition(":")
        return host.strip("[]"), int(port)


def _check_table(path: Path | str, name: str, table: Any, known: set[str], config_path: Path | None) -> None:
    """A settings table must be a table of known keys; the error names the key's line and the keys allowed."""
    if not isinstance(table, dict):
        raise ConfigError(path, f"[{name}] must be a table", f"write [{name}] on its own line with keys under it")
    for key in table:
        if key not in known:
            raise ConfigError(path, f"unknown {name} setting {key!r}", f"use one of: {', '.join(sorted(known))}",
                              _table_line(config_path, name, key))


def load_observe(path: Path | str, table: Any, config_path: Path | None) -> Observe:
    """[observe], checked: an unknown key, a bad format or a public HTTP address stops the bot with the fix."""
    import ipaddress

    _check_table(path, "observe", table, set(Observe.__dataclass_fields__), config_path)
    log_format = table.get("log_format", "text")
    if log_format not in ("text", "json"):
        raise ConfigError(path, f"[observe] log_format = {log_format!r} is not allowed", 'use "text" or "json"',
                          _table_line(config_path, "observe", "log_format"))
    http = table.get("http", "")
    allow_remote = table.get("allow_remote", False)
    if not isinstance(allow_remote, bool):
        raise ConfigError(path, f"[observe] allow_remote = {allow_remote!r} is not true or false",
                          "write allow_remote = false", _table_line(config_path, "observe", "allow_remote"))
    if http:
        match = re.fullmatch(r"(\[[0-9a-fA-F:]+\]|[A-Za-z0-9.-]+):(\d{1,5})", str(http))
        if not match or not 0 < int(match.group(2)) < 65536:
            raise ConfigError(path, f"[observe] http = {http!r} is not HOST:PORT", 'write http = "127.0.0.1:9464"',
                              _table_line(config_path, "observe", "http"))
        host = match.group(1).strip("[]")
        try:
            loopback = host == "localhost" or ipaddress.ip_address(host).is_loopback
        except ValueError:
            loopback = False
        if not loopback and not allow_remote:
            raise ConfigError(path, f"[observe] http = {http!r} would serve the metrics beyond this machine",
                              'use http = "127.0.0.1:9464" (a reverse proxy can publish it), or set '
                              "allow_remote = true if a firewall keeps it inside the council's network",
                              _table_line(config_path, "observe", "http"))
    minutes = table.get("alert_after_minutes", Observe.alert_after_minutes)
    if isinstance(minutes, bool) or not isinstance(minutes, (int, float)) or minutes <= 0:
        raise ConfigError(path, f"[observe] alert_after_minutes = {minutes!r} is not a positive number",
                          "write e.g. alert_after_minutes = 30", _table_line(config_path, "observe", "alert_after_minutes"))
    return Observe(log_format, str(http), allow_remote, float(minutes))


def load_limits(path: Path | str, table: Any, config_path: Path | None):
    """[limits] as a :class:`bot.parse.Limits`: every key a positive whole number, unknown keys refused."""
    from .parse import Limits

    if not isinstance(table, dict):
        raise ConfigError(path, "[limits] must be a table", "write [limits] on its own line with keys under it")
    known = {name for name in Limits.__dataclass_fields__}
    values: dict[str, int] = {}
    for key, value in table.items():
        if key not in known:
            raise ConfigError(path, f"unknown limit {key!r}", f"use one of: {', '.join(sorted(known))}",
                              _table_line(config_path, "limits", key))
        if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
            raise ConfigError(path, f"[limits] {key} = {value!r} is not a positive whole number",
                              f"write {key} as a whole number above 0, e.g. {getattr(Limits(), key)}",
                              _table_line(config_path, "limits", key))
        values[key] = value
    return Limits(**values)


def load_retention(path: Path | str, table: Any, config_path: Path | None) -> Retention:
    """[retention]: years_after_closure (a whole number, at least 1) and action ("delete" or "anonymise")."""
    _check_table(path, "retention", table, set(Retention.__dataclass_fields__), config_path)
    years = table.get("years_after_closure", Retention.years_after_closure)
    if isinstance(years, bool) or not isinstance(years, int) or years < 1:
        raise ConfigError(path, f"[retention] years_after_closure = {years!r} is not a whole number of years (1 or more)",
                          "write e.g. years_after_closure = 6", _table_line(config_path, "retention", "years_after_closure"))
    action = table.get("action", Retention.action)
    if action not in ("delete", "anonymise"):
        raise ConfigError(path, f"[retention] action = {action!r} is not allowed", 'use "delete" or "anonymise"',
                          _table_line(config_path, "retention", "action"))
    return Retention(years, action)


def find_config(explicit: str | None, home: Path) -> Path | None:
    candidates = [explicit, os.environ.get("COMPLAINTS_BOT_CONFIG"), home / "bot.toml", PROJECT_ROOT / "bot.toml"]
    for candidate in candidates:
        if not candidate:
            continue
        path = Path(candidate)
        if path.is_dir():
            path = path / "bot.toml"
        if path.exists():
            return path
        if candidate in (explicit, os.environ.get("COMPLAINTS_BOT_CONFIG")):
            raise ConfigError(path, "settings file not found", "give the path of an existing bot.toml")
    return None


_COUNCIL_KEYS = {f for f in Council.__dataclass_fields__}


def toml_error(path: Path | str, text: str, exc: tomllib.TOMLDecodeError, fix: str) -> ConfigError:
    """A TOML syntax error as a ConfigError with its line (the last line when the file ends early)."""
    match = re.search(r"line (\d+)", str(exc))
    if match:
        line = int(match.group(1))
    elif "end of document" in str(exc):
        line = max(1, len(text.rstrip("\n").splitlines()))
    else:
        line = None
    return ConfigError(path, f"not valid TOML: {exc}", fix, line)


def load_settings(config: str | None = None, home: str | None = None) -> Settings:
    home_path = Path(home or os.environ.get("COMPLAINTS_BOT_HOME") or PROJECT_ROOT / "var").resolve()
    path = find_config(config, home_path)
    data: dict[str, Any] = {}
    base = PROJECT_ROOT
    if path is not None:
        text = path.read_text(encoding="utf-8")
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise toml_error(path, text, exc, "check quotes and brackets on that line") from exc
        base = path.parent
    known = {"council", "routing", "templates", "mailbox", "outbox", "poll_seconds", "calendar", "commands",
             "limits", "retention", "observe"}
    for key in data:
        if key not in known:
            raise ConfigError(path or "bot.toml", f"unknown setting {key!r}", f"use one of: {', '.join(sorted(known))}",
                              _line(path, key))
    council_data = dict(data.get("council", {}))
    for key in council_data:
        if key not in _COUNCIL_KEYS:
            raise ConfigError(path or "bot.toml", f"unknown council setting {key!r}",
                              f"use one of: {', '.join(sorted(_COUNCIL_KEYS))}", _line(path, key))
    for table in ("mailbox", "outbox"):
        refuse_inline_secrets(path or "bot.toml", table, data.get(table, {}))
    for key in ("domains", "form_senders"):
        if key in council_data:
            value = council_data[key]
            if not isinstance(value, list) or not all(isinstance(d, str) for d in value):
                raise ConfigError(path or "bot.toml", f"council setting {key!r} must be a list of strings",
                                  f'write it as {key} = ["a", "b"]', _line(path, key))
            council_data[key] = tuple(d.strip().lower() for d in value)
    for sender in council_data.get("form_senders", ()):
        local, at, domain = sender.partition("@")
        if not (local and at and "." in domain):
            # A bare name ("webforms") would never match a From address: the form's people would go unanswered.
            raise ConfigError(path or "bot.toml", f"council setting 'form_senders' holds {sender!r}, which is not an "
                              "email address", 'write the full address the form sends from, e.g. '
                              '["webforms@council.example"]', _line(path, "form_senders"))
    council = Council(**council_data)

    def resolve(value: str | None, default: Path) -> Path:
        if not value:
            return default
        candidate = Path(value)
        return candidate if candidate.is_absolute() else (base / candidate).resolve()

    return Settings(
        config_path=path,
        home=home_path,
        council=council,
        routing_path=resolve(data.get("routing"), PROJECT_ROOT / "routing.toml"),
        templates_dir=resolve(data.get("templates"), PROJECT_ROOT / "templates" / "letters"),
        mailbox=dict(data.get("mailbox", {"type": "maildir", "path": "mailbox"})),
        outbox=dict(data.get("outbox", {"type": "maildir", "path": "outbox"})),
        poll_seconds=float(data.get("poll_seconds", 5.0)),
        calendar_config=dict(data.get("calendar", {})),
        commands=dict(data.get("commands", {})),
        limits=load_limits(path or "bot.toml", data.get("limits", {}), path),
        retention=load_retention(path or "bot.toml", data.get("retention", {}), path),
        observe=load_observe(path or "bot.toml", data.get("observe", {}), path),
    )


def _line(path: Path | None, key: str) -> int | None:
    if path is None:
        return None
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if re.match(rf"^\s*{re.escape(key)}\s*=|^\s*\[{re.escape(key)}\]", line):
            return number
    return None


# ---- mailbox and outbox transports ------------------------------------------------------------

# Secrets never live in bot.toml: each is named by ``<name>_env`` (an environment variable)
# or ``<name>_file`` (a file, e.g. a container secret under /run/secrets).
SECRET_NAMES = ("password", "client_secret", "access_token")


def refuse_inline_secrets(path: Path | str, table: str, values: dict[str, Any]) -> None:
    """A password written into the settings file would end up in backups and version control."""
    for name in SECRET_NAMES:
        if name in values:
            raise ConfigError(
                path, f"[{table}] {name} is written into the settings file",
                f'remove it and use {name}_env = "VARIABLE" (an environment variable) '
                f'or {name}_file = "/run/secrets/..." (a file only the bot can read)',
                _table_line(path if isinstance(path, Path) else None, table, name),
            )


def table_option(settings: Settings, table: str, key: str, default: Any = None, *,
                 kind: type | tuple[type, ...] | None = None, choices: tuple[Any, ...] = (),
                 required: bool = False) -> Any:
    """One setting from [mailbox] or [outbox], checked, with the file and line if it is wrong."""
    values: dict[str, Any] = getattr(settings, table)
    path = settings.config_path or "bot.toml"
    if key not in values:
        if required:
            raise ConfigError(path, f"[{table}] needs {key} for type = {values.get('type')!r}",
                              f"add {key} = ... under [{table}] (see docs/mailboxes.md)")
        return default
    value = values[key]
    if kind is not None and (not isinstance(value, kind) or (isinstance(value, bool) and bool not in _kinds(kind))):
        names = " or ".join(k.__name__ for k in _kinds(kind))
        raise ConfigError(path, f"[{table}] {key} = {value!r} is not a {names}",
                          f"write {key} as a {names}", _table_line(settings.config_path, table, key))
    if choices and value not in choices:
        raise ConfigError(path, f"[{table}] {key} = {value!r} is not allowed",
                          f"use one of: {', '.join(repr(c) for c in choices)}", _table_line(settings.config_path, table, key))
    return value


def _kinds(kind: type | tuple[type, ...]) -> tuple[type, ...]:
    return kind if isinstance(kind, tuple) else (kind,)


def read_secret(settings: Settings, table: str, name: str, *, required: bool = True) -> str:
    """The secret ``name`` of [table], from the environment variable or file the settings name."""
    values: dict[str, Any] = getattr(settings, table)
    path = settings.config_path or "bot.toml"
    env_key, file_key = f"{name}_env", f"{name}_file"
    if env_key in values:
        variable = str(values[env_key])
        secret = os.environ.get(variable, "")
        if not secret:
            raise ConfigError(path, f"[{table}] {env_key} names the environment variable {variable}, which is not set",
                              f"set {variable} in the bot's environment (service unit, container or shell)",
                              _table_line(settings.config_path, table, env_key))
        return secret
    if file_key in values:
        secret_path = Path(str(values[file_key]))
        if not secret_path.is_absolute() and settings.config_path is not None:
            secret_path = settings.config_path.parent / secret_path
        try:
            return secret_path.read_text(encoding="utf-8").strip()
        except OSError as exc:
            raise ConfigError(path, f"[{table}] {file_key}: cannot read {secret_path} ({exc.strerror})",
                              "check the path and that the bot's user may read the file",
                              _table_line(settings.config_path, table, file_key)) from exc
    if required:
        raise ConfigError(path, f"[{table}] has no {name}",
                          f'add {env_key} = "VARIABLE" or {file_key} = "/run/secrets/..." under [{table}]')
    return ""


def _table_line(path: Path | None, table: str, key: str) -> int | None:
    """The line of ``key`` inside ``[table]`` (keys such as port or host appear in several tables)."""
    if path is None:
        return None
    inside = False
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        header = re.match(r"^\s*\[([^\]]+)\]", line)
        if header:
            inside = header.group(1).strip() == table
        elif inside and re.match(rf"^\s*{re.escape(key)}\s*=", line):
            return number
    return None


def table_path(settings: Settings, table: str, key: str) -> str:
    """A file named in [mailbox] or [outbox] (CA file, token file), relative to the settings file."""
    value = table_option(settings, table, key, "", kind=str)
    if not value:
        return ""
    path = Path(value)
    if not path.is_absolute() and settings.config_path is not None:
        path = settings.config_path.parent / path
    return str(path)
