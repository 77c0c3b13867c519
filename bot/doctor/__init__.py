"""``complaints-bot doctor``: every check of what an admin can get wrong, one line each.

Each check returns :class:`Finding` records: OK, WARN (works, but fix it soon)
or FAIL (the bot will not work, or not safely).  A FAIL names the file and
line where there is one, and always what to do.  The checks reuse the bot's
own start-up validation (settings, routing, templates, calendar), the
``mailbox check`` and ``outbox check`` connections and ``health``, so doctor
can never disagree with what the bot itself would do.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Callable

from ..config import Settings, load_settings
from ..errors import BotError, ConfigError

OK, WARN, FAIL = "OK", "WARN", "FAIL"


@dataclass(frozen=True)
class Finding:
    check: str  # short name: settings, routing, templates, addresses, ...
    status: str  # OK, WARN or FAIL
    message: str  # what was found, with file:line where there is one
    fix: str = ""  # what to do (empty for OK)

    def as_dict(self) -> dict[str, str]:
        return asdict(self)


def from_error(check: str, exc: BotError, fix: str = "") -> Finding:
    """A ConfigError (file, line, problem, fix) or another BotError as a FAIL."""
    if isinstance(exc, ConfigError):
        where = f"{exc.path}:{exc.line}" if exc.line else exc.path
        return Finding(check, FAIL, f"{where}: {exc.problem}", exc.fix or fix)
    return Finding(check, FAIL, str(exc), fix)


Check = Callable[[Settings, datetime], list[Finding]]


def run_checks(config: str | None, home: str | None, now: datetime, *, connect: bool = True) -> list[Finding]:
    """Every check in order.  Without valid settings nothing else can be judged: that FAIL comes alone."""
    from . import connections, files, places

    try:
        settings = load_settings(config, home)
    except ConfigError as exc:
        return [from_error("settings", exc)]
    findings = [Finding("settings", OK, f"{settings.config_path or 'built-in defaults'}: read")]
    checks: list[Check] = [files.calendar, files.routing, files.templates, files.addresses, files.secrets,
                           files.observe,
                           places.home, places.disk]
    if connect:
        checks += [connections.mailbox, connections.sending]
    checks += [places.outbox, places.running]
    for check in checks:
        try:
            findings += check(settings, now)
        except BotError as exc:  # a check's own surprise still becomes one line, never a traceback
            findings.append(from_error(check.__name__, exc))
    return findings


__all__ = ["Finding", "OK", "WARN", "FAIL", "run_checks", "from_error"]
