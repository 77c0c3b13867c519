"""``letters``: check the letter templates, and preview every letter for example cases.

Both use this council's settings (bot.toml's [council], routing.toml and the
working-day calendar), so the preview shows the council's own name, numbers and
dates as its complainants will see them.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from ..config import Settings
from .common import dump


def _builder(settings: Settings):
    from ..act.examples import ExampleBuilder
    from ..act.processes import CaseProcesses
    from ..route import load_routing

    return ExampleBuilder(settings.council, load_routing(settings.routing_path), CaseProcesses(settings.calendar()))


def cmd_letters_check(args: argparse.Namespace, settings: Settings) -> int:
    from ..act.examples import all_examples
    from ..act.letters import Letters

    letters = Letters(settings.templates_dir)
    examples = all_examples(_builder(settings))
    names = letters.check(examples)
    unchecked = letters.unchecked_letters(examples)
    if args.json:
        dump({"templates": len(names), "examples": len(examples), "not_rendered": unchecked})
        return 0
    print(f"{settings.templates_dir}: OK - {len(names)} templates; {len(examples)} example letters rendered")
    if unchecked:
        print(f"  no example case renders: {', '.join(unchecked)} (syntax checked only; "
              "add an example in bot/act/examples.py)")
    return 0


def cmd_letters_preview(args: argparse.Namespace, settings: Settings) -> int:
    from ..act.examples import all_examples, preview_examples
    from ..act.letters import Letters
    from ..act.preview import write_preview

    builder = _builder(settings)
    examples = all_examples(builder) if args.all else preview_examples(builder)
    folder = Path(args.out) if args.out else settings.home / "preview"
    index = write_preview(Letters(settings.templates_dir), examples, folder)
    if args.json:
        dump({"index": str(index), "letters": [{"key": e.key, "letter": e.letter, "title": e.title,
                                                "html": str(folder / f"{e.key}.html"),
                                                "text": str(folder / f"{e.key}.txt")} for e in examples]})
        return 0
    print(f"{len(examples)} letters written to {folder}")
    print(f"open {index.resolve().as_uri()}")
    return 0


def register(sub, common) -> None:
    letters = sub.add_parser("letters", help="check the letter templates or preview every letter")
    lsub = letters.add_subparsers(dest="letters_command", required=True, metavar="ACTION")
    lsub.add_parser("check", parents=[common],
                    help="compile every template and render every letter for the example cases"
                    ).set_defaults(func=cmd_letters_check)
    preview = lsub.add_parser("preview", parents=[common],
                              help="write every letter (HTML and text) and an index page to HOME/preview/")
    preview.add_argument("--out", metavar="DIR", help="folder to write to (default HOME/preview)")
    preview.add_argument("--all", action="store_true",
                         help="every acknowledgement variant too (each kind of message, at risk or not, "
                              "for someone else or not, English or Polish)")
    preview.set_defaults(func=cmd_letters_preview)
