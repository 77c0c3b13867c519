"""Fuzz parse, classify and Bot.handle with many more examples than `make test` runs.

Uses the strategies of tests/test_fuzz.py (mutated real sample bytes and
generated messages) and prints one JSON object: examples tried per property
and any falsifying example's error (none expected).

    .venv/bin/python bench/fuzz.py [--examples 2000]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from hypothesis import HealthCheck, given, settings  # noqa: E402

from bot.clock import Clock, parse_now  # noqa: E402
from bot.config import load_settings  # noqa: E402
from bot.errors import ParseError  # noqa: E402
from bot.intake.maildir import deliver_bytes  # noqa: E402
from bot.parse import parse_message  # noqa: E402
from bot.pipeline import Bot, Outcome, shared_classifier  # noqa: E402
from bot.records import RawMessage  # noqa: E402
from tests.conftest import make_home  # noqa: E402
from tests.test_fuzz import messages  # noqa: E402


def check(name: str, examples: int, prop) -> dict:
    counter = {"n": 0}

    @settings(max_examples=examples, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    @given(messages)
    def run(data):
        counter["n"] += 1
        prop(data)

    started = time.perf_counter()
    try:
        run()
    except Exception as exc:  # noqa: BLE001 - a falsified property is the result to report
        return {"property": name, "examples": counter["n"], "failed": f"{exc.__class__.__name__}: {exc}"[:500]}
    return {"property": name, "examples": counter["n"], "failed": None,
            "seconds": round(time.perf_counter() - started, 1)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=2000)
    args = parser.parse_args()
    classifier = shared_classifier(("council.example",))

    def parse_and_classify(data: bytes) -> None:
        try:
            parsed = parse_message(data)
        except ParseError:
            return
        classifier.classify(parsed)

    with tempfile.TemporaryDirectory() as tmp:
        home = make_home(Path(tmp) / "home")
        bot = Bot(load_settings(str(home / "bot.toml"), str(home)), Clock(parse_now("2026-11-30T10:00")))

        def handle(data: bytes) -> None:
            name = deliver_bytes(bot.settings.mailbox_dir, data)
            raw = RawMessage(data=data, source="maildir", source_key=f"new/{name}",
                             received_at=parse_now("2026-11-30T10:00"))
            assert isinstance(bot.handle(raw), Outcome)

        results = [check("parse_and_classify", args.examples, parse_and_classify),
                   check("bot_handle", max(1, args.examples // 4), handle)]
        bot.close()
    print(json.dumps({"benchmark": "fuzz", "results": results,
                      "failures": sum(1 for r in results if r["failed"])}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
