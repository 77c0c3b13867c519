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
TEMPLATE = "report.html.j2"
PAGE = "index.html"


def template_dir(letters_dir: Path | None) -> Path:
    """templates/reports/ beside the council's letter templates (a Docker image installs the code
    elsewhere, and a council's own templates/ folder may hold its own page), else the project's."""
    if letters_dir is not None and (letters_dir.parent / "reports" / TEMPLATE).exists():
        return letters_dir.parent / "reports"
    return TEMPLATES


def render_html(report: Report, council: Council, calendar, csv_files: list[str], templates: Path = TEMPLATES) -> str:
    env = Environment(loader=FileSystemLoader(templates), autoescape=select_autoescape(["html", "j2"]),
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    svgs = all_svgs(report.charts, {t.name: t for t in report.tables})
    as_at = calendar.local(report.as_at).strftime("%d %B %Y %H:%M")
    return env.get_template(TEMPLATE).render(report=report, council=council, svgs=svgs, as_at=as_at,
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


def write_report(report: Report, folder: Path, council: Council, calendar, letters_dir: Path | None = None) -> list[Path]:
    """Write index.html, figures.csv and one CSV per table into ``folder``; returns the paths."""
    private_dir(folder)
    tables = [report.figures_table(), *report.tables]
    written = []
    for table in tables:
        path = folder / f"{table.name}.csv"
        atomic_write(path, csv_text(table.columns, table.rows).encode("utf-8"))
        written.append(path)
    page = folder / PAGE
    html = render_html(report, council, calendar, [p.name for p in written], template_dir(letters_dir))
    atomic_write(page, html.encode("utf-8"))
    return [page, *written]
