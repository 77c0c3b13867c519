"""Typed figures, tables and charts: what the annual and monthly reports hand to the page and CSV."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from statistics import median
from typing import Any

from .period import ReportPeriod


@dataclass(frozen=True)
class Figure:
    """One headline number, with the rule it answers (e.g. "SI 2009/309 reg 18(1)(a)")."""

    key: str
    label: str
    value: int | float | str | None
    source: str = ""
    note: str = ""


@dataclass(frozen=True)
class Table:
    """One table of the page, written to ``<name>.csv`` too."""

    name: str
    title: str
    columns: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...]
    note: str = ""

    def as_dicts(self) -> list[dict[str, Any]]:
        return [dict(zip(self.columns, row)) for row in self.rows]


@dataclass(frozen=True)
class Chart:
    """A chart drawn from one table (the table is its text alternative, shown below it)."""

    name: str
    title: str
    table: str  # the name of the table it draws
    # "stacked": upright bars stacked by series (volumes over time); "bars": horizontal bars stacked by
    # series (parts of a whole); "grouped": horizontal bars side by side; "percent": grouped, 0-100,
    # with the target as a line.
    kind: str
    summary: str  # one sentence for people who cannot see it
    series: tuple[str, ...] = ()  # the table's columns drawn (its first column labels the bars)
    target: float | None = None


@dataclass
class Report:
    kind: str  # "annual" or "monthly"
    title: str
    period: ReportPeriod
    as_at: datetime
    figures: list[Figure] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    charts: list[Chart] = field(default_factory=list)

    def table(self, name: str) -> Table:
        return next(t for t in self.tables if t.name == name)

    def figures_table(self) -> Table:
        return Table("figures", "Summary figures", ("figure", "value", "source", "note"),
                     tuple((f.label, "" if f.value is None else f.value, f.source, f.note) for f in self.figures))

    def to_json(self) -> dict[str, Any]:
        return {
            "report": self.kind,
            "title": self.title,
            "period": {"first": self.period.first.isoformat(), "last": self.period.last.isoformat(),
                       "label": self.period.label},
            "as_at": self.as_at.isoformat(),
            "figures": {f.key: f.value for f in self.figures},
            "sources": {f.key: f.source for f in self.figures if f.source},
            "tables": {t.name: t.as_dicts() for t in self.tables},
        }


def percent(part: int, whole: int) -> float | None:
    """Percentage to one decimal place; None when there is nothing to divide."""
    return None if whole == 0 else round(100 * part / whole, 1)


def median_minutes(values: list[float]) -> float | None:
    return None if not values else round(median(values), 1)
