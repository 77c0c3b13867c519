"""Letters are jinja2 templates in ``templates/letters/``: a plain-text and an HTML part each.

The complaints team edits the wording there without touching code (docs/letters.md).
Letters to the public are written once, in a small markup (``bot.act.markup``), and
laid out as both parts, so the two can never say different things.

Undefined variables are errors (StrictUndefined).  ``check()`` runs when the bot
starts: it compiles every template, looks for variables no letter is given, and
renders every letter for the example cases (``bot.act.examples``), so a broken
template stops the bot with its file and line before a complainant is due a letter.
"""

from __future__ import annotations

import functools
import re
import traceback
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import jinja2
import jinja2.meta
import jinja2.nodes

from ..errors import TemplateError
from .markup import to_html, to_text

if TYPE_CHECKING:
    from .examples import Example


def long_date(value: date | datetime | str) -> str:
    """'Friday 6 March 2026': the form the public reads most easily."""
    if isinstance(value, jinja2.Undefined):
        str(value)  # a StrictUndefined raises UndefinedError here, naming what is missing
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return f"{value:%A} {value.day} {value:%B %Y}"


RUNNING = ("pending", "extended", "paused")  # a step whose clock has started and not stopped


@functools.lru_cache(maxsize=1)
def _step_titles() -> dict[str, str]:
    """'process.step' -> the step's title, from scheduler/processes/ (the files the engine reads)."""
    from scheduler.process.loader import load_processes

    return {f"{p.key}.{s.key}": s.title for p in load_processes().values() for s in p.steps}


def running_steps(case: dict[str, Any]) -> list[dict[str, Any]]:
    """The case's running steps, soonest first, with the names officers type in commands:
    ``{"name": "process.step", "title": ..., "due": ISO date-time, "paused": bool}``."""
    titles = _step_titles()
    rows = [{"name": f"{p['process']}.{st['key']}", "due": st["due"], "paused": st["status"] == "paused",
             "title": titles.get(f"{p['process']}.{st['key']}", st["key"].replace("_", " "))}
            for p in case.get("processes", []) for st in p.get("steps", [])
            if st.get("status") in RUNNING and st.get("due")]
    return sorted(rows, key=lambda r: (datetime.fromisoformat(r["due"]), r["name"]))


@dataclass(frozen=True)
class Rendered:
    """One letter, ready to send: its subject line (on one line), plain-text part and HTML part."""

    subject: str
    text: str
    html: str


class Letters:
    """The letter templates of one folder: checked once at start-up, then rendered per letter."""

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
        self.env.filters["letter_text"] = to_text
        self.env.filters["letter_html"] = to_html
        self.env.filters["running_steps"] = running_steps

    # Template sets already checked in this process against the default examples, by their
    # files' names, sizes and times: tests and commands build many bots over the same files.
    _checked: set[tuple] = set()

    def names(self) -> list[str]:
        """Every template file (``*.j2``), sub-folders included, as jinja2 names them."""
        return sorted(self.env.list_templates(extensions=["j2"]))

    def check(self, examples: list[Example] | None = None) -> list[str]:
        """Compile every template, look for unknown variables, render every letter for the examples.

        Without ``examples``, the shipped example cases are used (``bot.act.examples``).  Raises
        TemplateError naming the file and line of the first fault; returns the template names.
        """
        names = self.names()
        if not names:
            raise TemplateError(f"no letter templates (*.j2) in {self.directory}")
        for name in names:
            try:
                self.env.get_template(name)
            except jinja2.TemplateSyntaxError as exc:
                raise TemplateError(f"{self.directory / name}:{exc.lineno}: {exc.message}") from exc
        default = examples is None
        signature = (str(self.directory.resolve()), tuple((n, *self._stat(n)) for n in names))
        if default and signature in self._checked:
            return names
        if examples is None:
            from .examples import all_examples, default_builder

            examples = all_examples(default_builder())
        self._check_names(names, examples)
        for example in examples:
            self.render(example.letter, **example.context)
        if default:
            self._checked.add(signature)
        return names

    def unchecked_letters(self, examples: list[Example]) -> list[str]:
        """Letters no example renders: only their syntax and variable names are checked."""
        from .examples import letters_without_examples

        return letters_without_examples(self.names(), examples)

    def _stat(self, name: str) -> tuple[int, int]:
        stat = (self.directory / name).stat()
        return stat.st_size, stat.st_mtime_ns

    def _check_names(self, names: list[str], examples: list[Example]) -> None:
        """A variable that no letter is given is a typo: name its file and line.

        Letters without an example (another part of the bot may be adding them) are left
        to their own tests; every shared piece and every letter with an example is checked.
        """
        known = set(self.env.globals) | {key for e in examples for key in e.context}
        unchecked = set(self.unchecked_letters(examples))
        for name in names:
            if name.split(".", 1)[0] in unchecked:
                continue
            source = self.env.loader.get_source(self.env, name)[0]
            tree = self.env.parse(source)
            unknown = sorted(jinja2.meta.find_undeclared_variables(tree) - known - _declared(tree))
            if unknown:
                line = _line_of(source, unknown[0])
                raise TemplateError(f"{self.directory / name}:{line}: unknown variable {unknown[0]!r}; "
                                    f"letters are given: {', '.join(sorted(known - set(self.env.globals)))}")

    def _where(self, exc: BaseException) -> str:
        """'file:line' of the innermost template frame of an error raised while rendering."""
        for frame in reversed(traceback.extract_tb(exc.__traceback__)):
            if frame.filename and Path(frame.filename).resolve().is_relative_to(self.directory.resolve()):
                return f"{frame.filename}:{frame.lineno}"
        return str(self.directory)

    def render(self, name: str, **context: Any) -> Rendered:
        """Render ``name.subject.j2``, ``name.txt.j2`` and ``name.html.j2`` with the same context."""
        try:
            subject = self.env.get_template(f"{name}.subject.j2").render(**context)
            text = self.env.get_template(f"{name}.txt.j2").render(**context)
            html = self.env.get_template(f"{name}.html.j2").render(**context)
        except jinja2.TemplateNotFound as exc:
            raise TemplateError(f"letter template {exc.name} is missing from {self.directory}") from exc
        except jinja2.UndefinedError as exc:
            raise TemplateError(f"{self._where(exc)}: letter {name}: unknown variable: {exc.message}") from exc
        except jinja2.TemplateSyntaxError as exc:
            raise TemplateError(f"{exc.filename}:{exc.lineno}: {exc.message}") from exc
        except (TypeError, ValueError, AttributeError) as exc:
            raise TemplateError(f"{self._where(exc)}: letter {name}: {exc.__class__.__name__}: {exc}") from exc
        return Rendered(" ".join(subject.split()), text, html)


def _declared(tree: jinja2.nodes.Template) -> set[str]:
    """Names a template declares itself (imports, macros, set): jinja2.meta does not carry
    a child template's top-level imports into its blocks."""
    names = {node.target for node in tree.find_all(jinja2.nodes.Import)}
    names |= {node.name for node in tree.find_all(jinja2.nodes.Macro)}
    for node in tree.find_all(jinja2.nodes.FromImport):
        names |= {alias if isinstance(alias, str) else alias[1] for alias in node.names}
    names |= {node.name for node in tree.find_all(jinja2.nodes.Name) if node.ctx == "store"}
    return names


def _line_of(source: str, variable: str) -> int:
    """The first line that uses ``variable`` in a tag (comments blanked out first)."""
    source = re.sub(r"\{#.*?#\}", lambda m: "\n" * m.group(0).count("\n"), source, flags=re.S)
    pattern = re.compile(rf"(?<![\w.]){re.escape(variable)}\b")
    for number, line in enumerate(source.splitlines(), 1):
        if ("{{" in line or "{%" in line or "}}" in line or "%}" in line) and pattern.search(line):
            return number
    return 1
