"""Doctor's checks of the files the admin edits: calendar and time zone, routing.toml, templates, addresses."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ..config import SECRET_NAMES, Settings, _table_line
from ..errors import ConfigError, TemplateError
from . import FAIL, OK, WARN, Finding, from_error

ENGLAND = "Europe/London"
SECRET_FILES = tuple(f"{name}_file" for name in SECRET_NAMES)


def calendar(settings: Settings, now: datetime) -> list[Finding]:
    """The working-day calendar loads, and counts days in England's time zone."""
    try:
        ZoneInfo(ENGLAND)
    except ZoneInfoNotFoundError:
        return [Finding("timezone", FAIL, f"the time zone database has no {ENGLAND}",
                        "install the tzdata package (apt-get install tzdata, or pip install tzdata)")]
    try:
        working = settings.calendar()
    except ConfigError as exc:
        return [from_error("calendar", exc)]
    zone = settings.calendar_config.get("timezone", ENGLAND)
    if zone != ENGLAND:
        line = _table_line(settings.config_path, "calendar", "timezone")
        where = f"{settings.config_path}:{line}" if line else str(settings.config_path or "bot.toml")
        local = now.astimezone(ZoneInfo(str(zone)))
        return [Finding("timezone", WARN,
                        f"{where}: deadlines are counted in {zone} (now {local:%H:%M} there, "
                        f"{now.astimezone(ZoneInfo(ENGLAND)):%H:%M} in England)",
                        f'write timezone = "{ENGLAND}" under [calendar]: complaint deadlines are English working days')]
    closures = len(getattr(working, "closures", ()) or ())
    return [Finding("timezone", OK, f"working days counted in {ENGLAND}, now {now.astimezone(ZoneInfo(ENGLAND)):%Y-%m-%d %H:%M}"
                    + (f"; {closures} closure days" if closures else ""))]


def routing(settings: Settings, now: datetime) -> list[Finding]:
    """routing.toml as the bot validates it at start, and every process role mapped to a team."""
    from ..act.processes import CaseProcesses
    from ..route import load_routing

    try:
        loaded = load_routing(settings.routing_path)
    except ConfigError as exc:
        return [from_error("routing", exc)]
    try:
        processes = CaseProcesses(settings.calendar())
    except ConfigError:
        processes = None  # the calendar's own line says what is wrong; roles are checked once it loads
    try:
        if processes is not None:
            loaded.check_roles(processes.roles_needed())
    except ConfigError as exc:
        return [from_error("routing", exc)]
    return [Finding("routing", OK, f"{settings.routing_path}: {len(loaded.teams)} teams, {len(loaded.rules)} rules, "
                                   f"fallback to {', '.join(loaded.fallback)}")]


def templates(settings: Settings, now: datetime) -> list[Finding]:
    """Every letter template compiles and renders for this council's example cases (``letters check``)."""
    from ..act.letters import Letters

    letters = Letters(settings.templates_dir)
    try:
        examples = _examples(settings)
        names = letters.check(examples)
    except TemplateError as exc:
        return [Finding("templates", FAIL, str(exc),
                        "correct the template at that line; `complaints-bot letters preview` shows every letter")]
    return [Finding("templates", OK, f"{settings.templates_dir}: {len(names)} templates render")]


def _examples(settings: Settings):
    """This council's example letters, or the shipped ones when routing.toml is broken (reported on its own)."""
    from ..act.examples import ExampleBuilder, all_examples
    from ..act.processes import CaseProcesses
    from ..route import load_routing

    try:
        return all_examples(ExampleBuilder(settings.council, load_routing(settings.routing_path),
                                           CaseProcesses(settings.calendar())))
    except ConfigError:
        return None


def on_council_domain(address: str, domains: tuple[str, ...]) -> bool:
    domain = address.rpartition("@")[2].lower()
    return any(domain == d or domain.endswith("." + d) for d in domains)


def addresses(settings: Settings, now: datetime) -> list[Finding]:
    """Every team, manager and officer address is on the council's domain, and so are the bot's own.

    Forwards carry personal data: a typo'd or private domain would send a
    complaint outside the council; an officer off the domain could command cases.
    """
    from ..route import load_routing

    domains = settings.council.domains
    findings: list[Finding] = []
    try:
        loaded = load_routing(settings.routing_path)
    except ConfigError:
        return []  # reported by the routing check
    text = Path(settings.routing_path).read_text(encoding="utf-8")
    listed: list[tuple[str, str]] = []
    for key, team in loaded.teams.items():
        listed += [(f"team {key!r} address", a) for a in team.addresses]
        if team.manager:
            listed.append((f"team {key!r} manager", team.manager))
    listed += [(f"team {team!r} officer", a) for a, team in loaded.officers.items()]
    for what, address in listed:
        if not on_council_domain(address, domains):
            line = _find(text, address)
            where = f"{settings.routing_path}:{line}" if line else str(settings.routing_path)
            findings.append(Finding("addresses", FAIL, f"{where}: {what} {address} is not on the council's domain "
                                                        f"({', '.join(domains)})",
                                    "use the council address (name@" + domains[0] + "), or if this domain is the "
                                    "council's too, add it to [council] domains in bot.toml"))
    config_text = settings.config_path.read_text(encoding="utf-8") if settings.config_path else ""
    for what, address, status in (("[council] complaints_address", settings.council.complaints_address, FAIL),
                                  ("[council] admin", settings.council.admin, WARN)):
        if address and not on_council_domain(address, domains):
            findings.append(Finding("addresses", status, f"{_where(settings, config_text, address)}: {what} {address} "
                                                         "is not on the council's domain",
                                    "use an address on " + ", ".join(domains)))
    senders_at = _where(settings, config_text, "form_senders")
    for sender in settings.council.form_senders:
        # Anyone who can send as a form sender makes the bot write to the address in their Reply-To.
        if sender == settings.council.complaints_address.lower():
            findings.append(Finding("addresses", FAIL, f"{senders_at}: [council] form_senders lists the complaints "
                                                        f"mailbox {sender} itself",
                                    "list only the address the council's web form sends from"))
        elif not on_council_domain(sender, domains):
            findings.append(Finding("addresses", WARN, f"{senders_at}: form sender {sender} is not on the council's "
                                                        "domain",
                                    "list only form systems the council runs; if a supplier runs the council's form, "
                                    "keep it, or if this domain is the council's too, add it to [council] domains"))
    if not findings:
        findings.append(Finding("addresses", OK, f"{len(listed)} team, manager and officer addresses, all on "
                                                 f"{', '.join(domains)}"))
    return findings


def _where(settings: Settings, config_text: str, needle: str) -> str:
    """bot.toml:line where ``needle`` first appears, or the file alone."""
    line = _find(config_text, needle)
    path = str(settings.config_path or "bot.toml")
    return f"{path}:{line}" if line else path


def _find(text: str, needle: str) -> int | None:
    for number, line in enumerate(text.splitlines(), 1):
        if re.search(re.escape(needle), line, re.I):
            return number
    return None


def secrets(settings: Settings, now: datetime) -> list[Finding]:
    """Secret files named in [mailbox] and [outbox] exist and only the bot's user can read them."""
    import stat

    findings = []
    for table in ("mailbox", "outbox"):
        values = getattr(settings, table)
        for key, value in values.items():
            if key not in SECRET_FILES:
                continue
            path = Path(str(value))
            if not path.is_absolute() and settings.config_path is not None:
                path = settings.config_path.parent / path
            line = _table_line(settings.config_path, table, key)
            where = f"{settings.config_path}:{line}" if line else str(settings.config_path or "bot.toml")
            try:
                mode = stat.S_IMODE(path.stat().st_mode)
            except OSError as exc:
                findings.append(Finding("secrets", FAIL, f"{where}: [{table}] {key}: cannot read {path} "
                                                         f"({exc.strerror})",
                                        "create the file with the secret, readable only by the bot's user "
                                        f"(chmod 600 {path})"))
                continue
            if mode & 0o077:
                findings.append(Finding("secrets", WARN, f"{path} ([{table}] {key}) is mode {mode:o}: other users "
                                                         "can read the secret", f"chmod 600 {path}"))
    if not findings:
        findings.append(Finding("secrets", OK, "secret files private, none written in bot.toml"))
    return findings


def observe(settings: Settings, now: datetime) -> list[Finding]:
    """Who hears about an outage, and where the metrics are served."""
    findings = []
    if not settings.council.admin:
        findings.append(Finding("alerts", WARN, "no admin address: nobody is emailed when the mailbox or sending "
                                                "is down", 'add admin = "it-admin@' + settings.council.domains[0]
                                + '" under [council] in bot.toml'))
    else:
        findings.append(Finding("alerts", OK, f"an outage of {settings.observe.alert_after_minutes:g} minutes "
                                              f"emails {settings.council.admin}"))
    http = settings.observe.http
    findings.append(Finding("metrics", OK, f"/healthz and /metrics on http://{http}/" if http
                            else "HTTP endpoint off ([observe] http to turn it on)"))
    return findings
