"""Kill the bot with SIGKILL at random points of a 200-message batch, restart it, count lost and doubled mail.

Each trial uses a fresh home: the 80 samples plus 120 real-mail corpus
messages (category "normal", when ../shared is present) are delivered, a real
``complaints-bot run --once`` subprocess is killed after a random delay, and
``run --once`` runs again until the inbox is empty (tests/test_crash_kill.py
holds the trial and the checks).  Prints ONE JSON object.

    .venv/bin/python bench/soak.py [--trials 50] [--workers 2] [--messages 200] [--progress FILE]

A trial of 200 messages takes about 70 s per worker on a loaded 2-core machine,
so 50 trials take about half an hour; ``--progress`` appends each trial's result
as a JSON line while it runs.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.conftest import SAMPLES, SHARED  # noqa: E402
from tests.test_crash_kill import trial  # noqa: E402


def batch_of(size: int) -> list[bytes]:
    batch = [p.read_bytes() for p in sorted(SAMPLES.glob("*.eml"))]
    index = SHARED / "corpora" / "real-mail" / "index.tsv"
    if index.exists():
        for line in index.read_text().splitlines():
            parts = line.split("\t")
            if len(batch) >= size:
                break
            if len(parts) > 2 and parts[2] == "normal":
                batch.append((index.parent / parts[0]).read_bytes())
    return batch[:size]


def one(job: tuple[int, int]) -> dict:
    seed, size = job
    with tempfile.TemporaryDirectory() as tmp:
        try:
            return trial(Path(tmp) / "home", batch_of(size), seed)
        except (AssertionError, OSError, ValueError) as exc:  # a failed restart or an unreadable store
            return {"seed": seed, "error": f"{exc.__class__.__name__}: {exc}"[:300]}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=50)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--messages", type=int, default=200)
    parser.add_argument("--progress", help="append each trial's result to this file as a JSON line")
    args = parser.parse_args()
    started = time.perf_counter()
    results = []
    with ProcessPoolExecutor(max_workers=args.workers) as pool:
        for result in pool.map(one, [(seed, args.messages) for seed in range(1, args.trials + 1)]):
            results.append(result)
            if args.progress:
                with open(args.progress, "a", encoding="utf-8") as handle:
                    handle.write(json.dumps(result) + "\n")
    ok = [r for r in results if "error" not in r]
    print(json.dumps({
        "benchmark": "soak",
        "trials": len(results),
        "messages_per_trial": args.messages,
        "messages": sum(r["messages"] for r in ok),
        "killed_mid_run": sum(1 for r in ok if r["killed"]),
        "crashes": len(results) - len(ok),
        "errors": [r for r in results if "error" in r],
        "store_opened_cleanly": len(ok),
        "lost_after_kills": sum(r["lost"] for r in ok),
        "duplicates_after_kills": sum(r["duplicated_entries"] for r in ok),
        "duplicate_acknowledgements": sum(r["duplicate_acknowledgements"] for r in ok),
        "pending_actions_left": sum(r["pending_actions"] for r in ok),
        "sent_letters_without_file": sum(r["sent_letters_without_file"] for r in ok),
        "inbox_left": sum(r["inbox_left"] for r in ok),
        "max_restarts": max((r["restarts"] for r in ok), default=0),
        "kill_after_seconds": sorted(r["after_seconds"] for r in ok),
        "seconds": round(time.perf_counter() - started, 1),
    }))
    return 0


if __name__ == "__main__":
    sys.exit(main())
