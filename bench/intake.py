"""Intake throughput: parse + classify + route + store over the samples and the real-mail corpus.

Prints one JSON object: messages/second for each set, and how many messages
were quarantined, by stage and reason.  Runs the real Bot on a temporary home
(Maildir in, outbox out); the classifier is loaded once, outside the timing.

    .venv/bin/python bench/intake.py [--corpus ../shared/corpora/real-mail] [--limit N]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.clock import Clock, parse_now  # noqa: E402
from bot.config import load_settings  # noqa: E402
from bot.intake.maildir import deliver_bytes  # noqa: E402
from bot.pipeline import Bot  # noqa: E402
from classifiers import Classifier  # noqa: E402


def reason_key(detail: str) -> str:
    """Group quarantine reasons: drop numbers and quoted values so alike reasons count together."""
    detail = re.sub(r"\d[\d,]*", "N", detail)
    return re.sub(r"'[^']*'", "'…'", detail)[:120]


def run(files: list[Path], classifier: Classifier) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        settings = load_settings(str(ROOT / "bot.toml"), tmp)
        bot = Bot(settings, Clock(parse_now("2026-11-30T10:00")), classifier=classifier)
        for path in files:
            deliver_bytes(settings.mailbox_dir, path.read_bytes())
        start = time.perf_counter()
        result = bot.process_mailbox()
        elapsed = time.perf_counter() - start
        bot.close()
    quarantined = Counter(reason_key(o.detail) for o in result.outcomes if o.status == "quarantined")
    return {
        "messages": len(files),
        "seconds": round(elapsed, 3),
        "messages_per_second": round(len(files) / elapsed, 1) if elapsed else None,
        "outcomes": result.summary(),
        "quarantined_by_reason": dict(quarantined.most_common()),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpora" / "real-mail"))
    parser.add_argument("--limit", type=int, default=0, help="only the first N corpus messages")
    args = parser.parse_args()
    settings = load_settings(str(ROOT / "bot.toml"))
    started = time.perf_counter()
    classifier = Classifier(council_domains=settings.council.domains)
    load_seconds = time.perf_counter() - started
    report = {"benchmark": "intake", "classifier_load_seconds": round(load_seconds, 3),
              "samples": run(sorted((ROOT / "tests" / "data" / "samples").glob("*.eml")), classifier)}
    corpus = Path(args.corpus)
    if corpus.exists():
        index = corpus / "index.tsv"
        files = [corpus / line.split("\t")[0] for line in index.read_text().splitlines() if line.strip()]
        files = [f for f in files if f.exists()]
        if args.limit:
            files = files[: args.limit]
        report["real_mail"] = run(files, classifier)
    else:
        report["real_mail"] = {"skipped": f"corpus not found at {corpus}"}
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
