"""Letters are jinja2 templates in ``templates/letters/``: a plain-text and an HTML part each.

The complaints team edits the wording there without touching code.  Undefined
variables are errors (StrictUndefined), and every template is compiled at
start-up so a broken one stops the bot with its file and line.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

import jinja2

from ..errors import TemplateError


def long_date(value: date | datetime | str) -> str:
    """'Friday 6 March 2026': the form the public reads most easily."""
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return f"{value:%A} {value.day} {value:%B %Y}"


@dataclass(frozen=True)
class Rendered:
    subject: str
    text: str
    html: str


class Letters:
    def __init__(self, directory: Path):
        self.directory = Path(directory)
        self.env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(str(self.directory)),
            undefined=jinja2.StrictUndefined,
            autoescape=jinja2.select_autoescape(enabled_extensions=("html", "html.j2"), default=False),
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
        )
        self.env.filters["long_date"] = long_date

    def check(self) -> list[str]:
        """Compile every template; raise TemplateError naming the file and line of the first fault."""
        names = sorted(self.env.list_templates(extensions=["j2"]))
        if not names:
            raise TemplateError(f"no letter templates (*.j2) in {self.directory}")
        for name in names:
            try:
                self.env.get_template(name)
            except jinja2.TemplateSyntaxError as exc:
                raise TemplateError(f"{self.directory / name}:{exc.lineno}: {exc.message}") from exc
        return names

    def render(self, name: str, **context: Any) -> Rendered:
        """Render ``name.subject.j2``, ``name.txt.j2`` and ``name.html.j2`` with the same context."""
        try:
            subject = self.env.get_template(f"{name}.subject.j2").render(**context)
            text = self.env.get_template(f"{name}.txt.j2").render(**context)
            html = self.env.get_template(f"{name}.html.j2").render(**context)
        except jinja2.TemplateNotFound as exc:
            raise TemplateError(f"letter template {exc.name} is missing from {self.directory}") from exc
        except jinja2.UndefinedError as exc:
            raise TemplateError(f"letter {name}: {exc.message}") from exc
        except jinja2.TemplateSyntaxError as exc:
            raise TemplateError(f"{exc.filename}:{exc.lineno}: {exc.message}") from exc
        return Rendered(" ".join(subject.split()), text, html)
