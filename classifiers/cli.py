"""``complaints-bot classify --json FILE.eml ...``: one JSON line per file, for people and scripts.

Each line is ``{"file", "labels", "evidence", "language"}``: the twelve LABELS.md fields,
evidence per field (text, origin, rule, confidence) for every field not at its empty value,
and the detected language.  A file that cannot be read, parsed or classified gives
``{"file", "error"}`` and the run carries on.  The classifier is loaded once for all files.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, TextIO

from bot.errors import ClassifyError, ParseError
from bot.records import Classification

from .classifier import Classifier


def result_object(path: str, result: Classification) -> dict[str, Any]:
    """The JSON object for one classified file."""
    evidence: dict[str, list[dict[str, str]]] = {}
    for item in result.evidence:
        evidence.setdefault(item.field, []).append(
            {"text": item.text, "origin": item.origin, "rule": item.rule, "confidence": item.confidence}
        )
    return {"file": path, "labels": result.labels.as_dict(), "evidence": evidence, "language": result.language}


def classify_files(paths: list[str], out: TextIO, *, council_domains: tuple[str, ...] | list[str] = ("council.example",),
                   classifier: Classifier | None = None) -> int:
    """Classify each file and print one JSON object a line.  Returns 0, or 1 if any file failed."""
    from bot.parse import parse_message  # the parse stage; imported here so `classifiers` loads without it

    domains = tuple(council_domains)
    model = classifier or Classifier(council_domains=domains)
    failed = 0
    for path in paths:
        try:
            raw = Path(path).read_bytes()
            parsed = parse_message(raw, council_domains=domains)
            line = result_object(path, model.classify(parsed))
        except OSError as exc:
            line = {"file": path, "error": f"cannot read the file: {exc.strerror or exc}"}
        except ParseError as exc:
            line = {"file": path, "error": f"cannot parse the message: {exc}"}
        except ClassifyError as exc:
            line = {"file": path, "error": f"cannot classify the message: {exc}"}
        if "error" in line:
            failed += 1
        out.write(json.dumps(line, ensure_ascii=False) + "\n")
        out.flush()
    return 1 if failed else 0
