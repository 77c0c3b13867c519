"""The whole real-mail corpus (../shared/corpora/real-mail) through the full intake, as one JSON object.

Every message is delivered to a Maildir and handled by the real Bot (archive,
parse, classify, route, act, store).  Reports counts by the index's category
and outcome, quarantines by reason, crashes (an exception escaping
``Bot.handle``), acknowledgements sent to mail the index calls bounce or
auto_reply, and bounces or auto-replies opened as complaints.

The case store is one JSON file rewritten on every write, so one home slows
down as it fills (about 3 messages/s at 1,600 messages).  This bench therefore
uses a fresh home per batch of ``--batch`` messages (200 by default) and runs
the batches on ``--workers`` processes; each process loads the classifier once.

    .venv/bin/python bench/corpus.py [--corpus DIR] [--batch 200] [--workers 2] [--limit N]
"""

from __future__ import annotations

import argparse
import email
import email.policy
import json
import re
import sys
import tempfile
import time
import traceback
from collections import Counter, defaultdict
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.clock import Clock, parse_now  # noqa: E402
from bot.config import load_settings  # noqa: E402
from bot.intake.maildir import deliver_bytes  # noqa: E402
from bot.pipeline import Bot  # noqa: E402

AUTOMATIC = ("bounce", "auto_reply")


def reason_key(detail: str) -> str:
    """Group quarantine reasons: drop numbers and quoted values so alike reasons count together."""
    detail = re.sub(r"\d[\d,]*", "N", detail)
    return re.sub(r"'[^']*'", "'…'", detail)[:120]


def replied_to(outbox: Path) -> Counter:
    """How many acknowledgements (Auto-Submitted: auto-replied) answer each Message-ID."""
    found: Counter = Counter()
    for sub in ("new", "cur"):
        for path in (outbox / sub).iterdir():
            message = email.message_from_bytes(path.read_bytes(), policy=email.policy.compat32)
            if str(message.get("Auto-Submitted", "")) == "auto-replied":
                found[str(message.get("In-Reply-To", "")).strip()] += 1
    return found


def run_batch(job: tuple[str, list[tuple[str, str]]]) -> list[dict]:
    """One fresh home: deliver the batch, handle each message, report one row per message."""
    corpus, rows = job
    root = Path(corpus)
    with tempfile.TemporaryDirectory() as tmp:
        settings = load_settings(str(ROOT / "bot.toml"), tmp)
        bot = Bot(settings, Clock(parse_now("2026-11-30T10:00")))
        names = {}
        for path, category in rows:
            names[deliver_bytes(settings.mailbox_dir, (root / path).read_bytes())] = (path, category)
        report = []
        for raw in bot.source.fetch():
            path, category = names[raw.source_key.split("/", 1)[1]]
            row = {"path": path, "category": category}
            try:
                outcome = bot.handle(raw)
            except Exception as exc:  # noqa: BLE001 - counting crashes is this bench's purpose
                row.update(status="crash", detail=f"{exc.__class__.__name__}: {exc}",
                           trace=traceback.format_exc(limit=3))
                report.append(row)
                continue
            row.update(status=outcome.status, detail=outcome.detail, ref=outcome.ref, message_id=outcome.message_id)
            if outcome.status == "case" and outcome.ref:
                row["kind"] = bot.store.get_case(outcome.ref)["classification"]["labels"].get("kind", "")
            report.append(row)
        acks = replied_to(settings.outbox_dir)
        for row in report:
            row["acknowledgements"] = acks.get(row.get("message_id", ""), 0) if row.get("message_id") else 0
        bot.close()
    return report


def summarise(rows: list[dict], seconds: float, batch: int, workers: int) -> dict:
    by_category: dict[str, Counter] = defaultdict(Counter)
    for row in rows:
        by_category[row["category"]][row["status"]] += 1
    quarantined = Counter(reason_key(r["detail"]) for r in rows if r["status"] == "quarantined")
    automatic_acked = [r["path"] for r in rows if r["category"] in AUTOMATIC and r["acknowledgements"]]
    bounce_complaints = [r["path"] for r in rows if r["category"] == "bounce" and r.get("kind") == "complaint"]
    auto_complaints = [r["path"] for r in rows if r["category"] == "auto_reply" and r.get("kind") == "complaint"]
    return {
        "benchmark": "corpus",
        "homes": f"a fresh home per batch of {batch} messages, {workers} worker processes",
        "messages": len(rows),
        "seconds": round(seconds, 1),
        "crashes": sum(1 for r in rows if r["status"] == "crash"),
        "crashed": [{"path": r["path"], "detail": r["detail"]} for r in rows if r["status"] == "crash"],
        "outcomes": dict(Counter(r["status"] for r in rows)),
        "by_category": {k: dict(v) for k, v in sorted(by_category.items())},
        "quarantined_by_reason": dict(quarantined.most_common()),
        "acks_to_automatic_mail": len(automatic_acked),
        "acks_to_automatic_mail_paths": automatic_acked,
        "bounces_classified_complaint": len(bounce_complaints),
        "bounces_classified_complaint_paths": bounce_complaints,
        "auto_replies_classified_complaint": len(auto_complaints),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpora" / "real-mail"))
    parser.add_argument("--batch", type=int, default=200, help="messages per fresh home")
    parser.add_argument("--workers", type=int, default=2, help="processes (each loads the classifier once)")
    parser.add_argument("--limit", type=int, default=0, help="only the first N messages of the index")
    args = parser.parse_args()
    corpus = Path(args.corpus)
    if not (corpus / "index.tsv").exists():
        print(json.dumps({"benchmark": "corpus", "skipped": f"corpus not found at {corpus}"}))
        return 0
    rows = [line.split("\t") for line in (corpus / "index.tsv").read_text().splitlines() if line.strip()]
    rows = [(r[0], r[2]) for r in rows if (corpus / r[0]).exists()]
    if args.limit:
        rows = rows[: args.limit]
    jobs = [(str(corpus), rows[i:i + args.batch]) for i in range(0, len(rows), args.batch)]
    started = time.perf_counter()
    with ProcessPoolExecutor(max_workers=args.workers) as pool:
        results = [row for batch in pool.map(run_batch, jobs) for row in batch]
    print(json.dumps(summarise(results, time.perf_counter() - started, args.batch, args.workers)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
