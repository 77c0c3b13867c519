"""Read a TOML data file, turning syntax errors into a ConfigError with the line.

Also finds the line a value sits on, so that a validation error can name it:
tomllib gives values without positions, so we search the text.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

from bot.errors import ConfigError

_AT_LINE = re.compile(r"\(at line (\d+), column (\d+)\)")


def read_toml(path: str | Path) -> tuple[dict[str, Any], str]:
    """The parsed data and the raw text of a TOML file."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise ConfigError(str(path), "file not found", "check the path, or create the file") from exc
    except UnicodeDecodeError as exc:
        raise ConfigError(str(path), f"not UTF-8 text ({exc.reason})", "save the file as UTF-8") from exc
    return parse_toml(text, str(path)), text


def parse_toml(text: str, path: str) -> dict[str, Any]:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        match = _AT_LINE.search(str(exc))
        line = int(match.group(1)) if match else None
        raise ConfigError(
            path,
            f"TOML syntax error: {exc}",
            "correct the line: strings need double quotes, lists square brackets, tables [name]",
            line,
        ) from exc


def find_line(text: str, pattern: str, start: int = 1, stop: int | None = None) -> int | None:
    """The first line number >= start (and < stop) whose text matches the regex ``pattern``."""
    regex = re.compile(pattern)
    for number, line in enumerate(text.splitlines(), start=1):
        if number < start:
            continue
        if stop is not None and number >= stop:
            break
        if regex.search(line):
            return number
    return None
