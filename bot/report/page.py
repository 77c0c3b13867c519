"""Write a report: one self-contained HTML page (charts inline) and a CSV file per table.

The folder and its files are private (0700/0600), like everything under the bot's home: the
tables name cases, and the learning table quotes officers' notes.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from ..config import PROJECT_ROOT, Council
from ..fsutil import atomic_write, private_dir
from .charts import all_svgs
from .model import Report

TEMPLATES = PROJECT_ROOT / "templates" / "reports"
PAGE = "index.html"


def render_html(report: Report, council: Council, calendar, csv_files: list[str]) -> str:
    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html", "j2"]),
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    svgs = all_svgs(report.charts, {t.name: t for t in report.tables})
    as_at = calendar.local(report.as_at).strftime("%d %B %Y %H:%M")
    return env.get_template("report.html.j2").render(report=report, council=council, svgs=svgs, as_at=as_at,
                                                     csv_files=csv_files)


def csv_text(columns, rows) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(columns)
    for row in rows:
        # A cell starting with = + - @ would be a formula in a spreadsheet: learning notes are typed by people.
        writer.writerow(["'" + v if isinstance(v, str) and v[:1] in ("=", "+", "-", "@") else
                         ("" if v is None else v) for v in row])
    return buffer.getvalue()


def write_report(report: Report, folder: Path, council: Council, calendar) -> list[Path]:
    """Write index.html, figures.csv and one CSV per table into ``folder``; returns the paths."""
    private_dir(folder)
    tables = [report.figures_table(), *report.tables]
    written = []
    for table in tables:
        path = folder / f"{table.name}.csv"
        atomic_write(path, csv_text(table.columns, table.rows).encode("utf-8"))
        written.append(path)
    page = folder / PAGE
    atomic_write(page, render_html(report, council, calendar, [p.name for p in written]).encode("utf-8"))
    return [page, *written]
