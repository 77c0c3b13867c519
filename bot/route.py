"""The route stage: which teams get a message, read from the admin's ``routing.toml``.

Rules are tried in file order; every rule whose conditions all hold adds its
teams.  A condition names a label of LABELS.md and a value (or a list of
values, any of which may match; for ``needs``, the list must contain it).
Nothing matched means the fallback teams.  The file is validated at start so
that a typo stops the bot with the file, the line and the fix, instead of
silently sending safeguarding mail nowhere.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .config import toml_error
from .errors import ConfigError
from .records import LABEL_VALUES, Labels, RouteDecision, RuleMatch, Team

_ADDRESS = re.compile(r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$")


@dataclass(frozen=True)
class Rule:
    name: str
    when: dict[str, tuple[Any, ...]]
    teams: tuple[str, ...]
    urgent: bool = False
    line: int = 0

    def matches(self, labels: Labels) -> list[str]:
        """The reasons each condition holds, or an empty list if any fails."""
        reasons = []
        for name, allowed in self.when.items():
            value = getattr(labels, name)
            if name == "needs":
                hit = [v for v in allowed if v in value]
                if not hit:
                    return []
                reasons.append(f"needs includes {', '.join(hit)}")
            elif value in allowed:
                reasons.append(f"{name} = {_show(value)}")
            else:
                return []
        return reasons


@dataclass
class Routing:
    path: Path
    teams: dict[str, Team]
    rules: list[Rule]
    fallback: tuple[str, ...]
    officers: dict[str, str] = field(default_factory=dict)  # address -> team key
    roles: dict[str, str] = field(default_factory=dict)  # process role -> "team" or "manager:team"

    def route(self, labels: Labels) -> RouteDecision:
        matches: list[RuleMatch] = []
        teams: list[str] = []
        for rule in self.rules:
            reasons = rule.matches(labels)
            if not reasons:
                continue
            matches.append(RuleMatch(rule.name, rule.teams, " and ".join(reasons), rule.urgent))
            for team in rule.teams:
                if team not in teams:
                    teams.append(team)
        if not matches:
            matches.append(RuleMatch("fallback", self.fallback, "no rule matched"))
            teams = list(self.fallback)
        urgent = any(m.urgent for m in matches)
        # Urgent teams first: the safeguarding team must not wait behind a finance forward.
        urgent_teams = [t for m in matches if m.urgent for t in m.teams]
        ordered = [t for t in teams if t in urgent_teams] + [t for t in teams if t not in urgent_teams]
        return RouteDecision(teams=ordered, matches=matches, urgent=urgent)

    def addresses(self, team: str) -> tuple[str, ...]:
        return self.teams[team].addresses

    def is_officer(self, address: str) -> bool:
        return address.lower() in self.officers

    def officers_of(self, team: str) -> tuple[str, ...]:
        """Who may command a case on a team's behalf: its officers, its manager and its own mailboxes."""
        spec = self.teams[team]
        listed = [a for a, t in self.officers.items() if t == team]
        return tuple(dict.fromkeys([*listed, *([spec.manager] if spec.manager else []), *spec.addresses]))

    def role_team(self, role: str) -> str:
        """The team that owns a process role (for "manager:X", team X)."""
        return self.roles[role].removeprefix("manager:")

    def role_addresses(self, role: str) -> tuple[str, ...]:
        target = self.roles[role]
        if target.startswith("manager:"):
            team = self.teams[target.removeprefix("manager:")]
            return (team.manager,) if team.manager else team.addresses
        return self.teams[target].addresses

    def check_roles(self, needed: set[str]) -> None:
        """Every role the processes name must be mapped, or chasers would go nowhere."""
        text = self.path.read_text(encoding="utf-8")
        missing = sorted(needed - set(self.roles))
        if missing:
            raise ConfigError(self.path, f"no team for the process role {missing[0]!r}",
                              f'add under [roles]: {missing[0]} = "complaints" (a team key, or "manager:TEAM")',
                              _line_of(text, r"^\s*\[roles\]"))


def _show(value: Any) -> str:
    return "true" if value is True else "false" if value is False else str(value)


def _line_of(text: str, pattern: str, start: int = 1) -> int | None:
    """The first line at or after ``start`` that matches ``pattern`` (for error messages)."""
    for number, line in enumerate(text.splitlines(), start=1):
        if number >= start and re.search(pattern, line):
            return number
    return None


def load_routing(path: Path) -> Routing:
    """Read and validate routing.toml; raise ConfigError naming file, line and fix."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise ConfigError(path, "routing file not found", "create it (see routing.toml in the project)") from exc
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise toml_error(path, text, exc, "check quotes, brackets and '=' on that line") from exc

    teams = _load_teams(path, text, data)
    rules = _load_rules(path, text, data, teams)
    fallback = tuple(data.get("fallback", {}).get("teams", []))
    if not fallback:
        raise ConfigError(path, "no [fallback] teams", 'add:\n[fallback]\nteams = ["complaints"]')
    for team in fallback:
        if team not in teams:
            raise ConfigError(path, f"fallback names unknown team {team!r}",
                              f"use one of: {', '.join(sorted(teams))}", _line_of(text, r"^\s*\[fallback\]"))
    roles = _load_roles(path, text, data, teams)
    officers = {}
    for key, team in teams.items():
        for address in data["teams"][key].get("officers", []):
            officers[address.lower()] = key
    return Routing(path=path, teams=teams, rules=rules, fallback=fallback, officers=officers, roles=roles)


def _load_teams(path: Path, text: str, data: dict[str, Any]) -> dict[str, Team]:
    raw = data.get("teams")
    if not isinstance(raw, dict) or not raw:
        raise ConfigError(path, "no teams defined",
                          'add a team:\n[teams.complaints]\nname = "Complaints team"\naddresses = ["complaints.team@council.example"]')
    teams: dict[str, Team] = {}
    for key, spec in raw.items():
        line = _line_of(text, rf"^\s*\[teams\.{re.escape(key)}\]")
        if not isinstance(spec, dict):
            raise ConfigError(path, f"team {key!r} must be a table", f"write it as [teams.{key}]", line)
        addresses = spec.get("addresses")
        if not addresses or not isinstance(addresses, list):
            raise ConfigError(path, f"team {key!r} has no addresses",
                              f'add under [teams.{key}]: addresses = ["{key}@council.example"]', line)
        for address in [*addresses, *spec.get("officers", []), *([spec["manager"]] if spec.get("manager") else [])]:
            if not isinstance(address, str) or not _ADDRESS.match(address):
                raise ConfigError(path, f"team {key!r}: {address!r} is not an email address",
                                  "write a full address such as name@council.example",
                                  _line_of(text, re.escape(str(address))) or line)
        unknown = set(spec) - {"name", "addresses", "manager", "officers"}
        if unknown:
            raise ConfigError(path, f"team {key!r}: unknown setting {sorted(unknown)[0]!r}",
                              "a team has only name, addresses, manager and officers", line)
        teams[key] = Team(key, spec.get("name", key), tuple(a.lower() for a in addresses), spec.get("manager", "").lower())
    return teams


def _load_rules(path: Path, text: str, data: dict[str, Any], teams: dict[str, Team]) -> list[Rule]:
    rules: list[Rule] = []
    rule_lines = [n for n, line in enumerate(text.splitlines(), 1) if re.match(r"^\s*\[\[rules\]\]", line)]
    for index, spec in enumerate(data.get("rules", [])):
        line = rule_lines[index] if index < len(rule_lines) else None
        name = spec.get("name") or f"rule {index + 1}"
        when = spec.get("when")
        if not isinstance(when, dict) or not when:
            raise ConfigError(path, f"rule {name!r} has no conditions",
                              'add e.g. when = { kind = "complaint" }', line)
        conditions: dict[str, tuple[Any, ...]] = {}
        for label, value in when.items():
            where = _line_of(text, rf"\b{re.escape(label)}\s*=", line or 1) or line
            if label not in LABEL_VALUES:
                raise ConfigError(path, f"rule {name!r}: unknown label {label!r}",
                                  f"use one of: {', '.join(LABEL_VALUES)}", where)
            values = tuple(value) if isinstance(value, list) else (value,)
            allowed = LABEL_VALUES[label]
            for v in values:
                if v not in allowed or (isinstance(v, bool) != isinstance(allowed[0], bool)):
                    shown = ", ".join(_show(a) for a in allowed if a is not None)
                    raise ConfigError(path, f"rule {name!r}: {label} cannot be {_show(v)!r}",
                                      f"{label} takes one of: {shown}", where)
            conditions[label] = values
        rule_teams = spec.get("teams")
        if not rule_teams:
            raise ConfigError(path, f"rule {name!r} sends to no team", 'add e.g. teams = ["complaints"]', line)
        for team in rule_teams:
            if team not in teams:
                raise ConfigError(path, f"rule {name!r}: unknown team {team!r}",
                                  f"define [teams.{team}] or use one of: {', '.join(sorted(teams))}",
                                  _line_of(text, r"\bteams\s*=", line or 1) or line)
        unknown = set(spec) - {"name", "when", "teams", "urgent"}
        if unknown:
            raise ConfigError(path, f"rule {name!r}: unknown setting {sorted(unknown)[0]!r}",
                              "a rule has only name, when, teams and urgent", line)
        rules.append(Rule(name, conditions, tuple(rule_teams), bool(spec.get("urgent", False)), line or 0))
    return rules


def _load_roles(path: Path, text: str, data: dict[str, Any], teams: dict[str, Team]) -> dict[str, str]:
    roles = data.get("roles", {})
    if not isinstance(roles, dict):
        raise ConfigError(path, "[roles] must be a table", 'write [roles] then lines like complaints_officer = "complaints"')
    for role, target in roles.items():
        team = str(target).removeprefix("manager:")
        if team not in teams:
            raise ConfigError(path, f"role {role!r}: unknown team {team!r}",
                              f"use one of: {', '.join(sorted(teams))} (or manager:TEAM)",
                              _line_of(text, rf"^\s*{re.escape(role)}\s*="))
        if str(target).startswith("manager:") and not teams[team].manager:
            raise ConfigError(path, f"role {role!r}: team {team!r} has no manager",
                              f'add manager = "name@council.example" under [teams.{team}]',
                              _line_of(text, rf"^\s*\[teams\.{re.escape(team)}\]"))
    return {k: str(v) for k, v in roles.items()}
