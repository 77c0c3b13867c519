"""Real-world mail written by other projects (../shared/corpora/real-mail) through the whole intake.

Bounces, auto-replies, spam, malformed MIME: nothing may crash the bot, every
message is processed or quarantined with a precise reason, and no bounce or
auto-reply is acknowledged.  A fast subset runs here; bench/intake.py runs all.
"""

from __future__ import annotations

import email
import email.policy
from collections import Counter
from pathlib import Path

import pytest

from bot.clock import Clock, parse_now
from bot.config import load_settings
from bot.intake.maildir import deliver_bytes
from bot.parse import parse_message
from bot.pipeline import Bot
from tests.conftest import make_home

# Messages that once broke a stage: each must now be processed, or quarantined for a stated limit.
TRICKY = {
    "mimekit/mbox/simple.002.eml": "case",  # mail-parser raises on its epilogue: the stdlib reads it
    "stalwart-mail-parser/malformed/001.eml": None,
    "sisimai-set-of-emails/maildir/bsd/lhost-sendgrid-01.eml": None,
    "mimekit/messages/stack-overflow.txt": None,  # thousands of nested address groups
    "request-tracker/outlook-rfc822": None,  # attached original with an unwritable Message-ID
    "spamassassin/nice/unicode1": None,  # non-ASCII address: SMTPUTF8
    "staktrace-mailparse/nested.eml": "quarantined",  # MIME nesting over the limit
    "php-mime-mail-parser/issue408.eml": "quarantined",  # 328 attachments, over the limit
}


def corpus_index(shared: Path) -> list[tuple[str, str]]:
    root = shared / "corpora" / "real-mail"
    rows = [line.split("\t") for line in (root / "index.tsv").read_text().splitlines() if line.strip()]
    return [(r[0], r[2]) for r in rows]


@pytest.fixture(scope="module")
def corpus_run(tmp_path_factory):
    shared = Path(__file__).resolve().parents[2] / "shared"
    if not shared.exists():
        pytest.skip("../shared/corpora/real-mail is absent (it ships with the project's CI, not with the product)")
    root = shared / "corpora" / "real-mail"
    index = corpus_index(shared)
    subset = [row for i, row in enumerate(index) if i % 12 == 0] + [(p, "tricky") for p in TRICKY]
    home = make_home(tmp_path_factory.mktemp("corpus"))
    settings = load_settings(str(home / "bot.toml"), str(home))
    bot = Bot(settings, Clock(parse_now("2026-11-30T10:00")))
    for path, _category in subset:
        deliver_bytes(settings.mailbox_dir, (root / path).read_bytes())
    result = bot.process_mailbox()
    return bot, settings, subset, result, root


def test_nothing_crashes_and_every_message_is_accounted_for(corpus_run):
    bot, settings, subset, result, root = corpus_run
    assert len(result.outcomes) == len(subset)
    statuses = Counter(o.status for o in result.outcomes)
    assert set(statuses) <= {"case", "ignored", "quarantined", "followup", "duplicate"}
    for outcome in result.outcomes:
        if outcome.status == "quarantined":
            assert outcome.detail and ":" in outcome.detail  # "stage: reason"
    # Every quarantined message is kept, with its reason, ready to requeue.
    assert len(bot.quarantine.entries()) == statuses["quarantined"]
    assert statuses["quarantined"] <= 4, [o.detail for o in result.outcomes if o.status == "quarantined"]


def test_no_acknowledgement_to_a_bounce_or_auto_reply(corpus_run):
    bot, settings, subset, result, root = corpus_run
    automatic_senders = set()
    for path, category in subset:
        if category in ("bounce", "auto_reply"):
            parsed = parse_message((root / path).read_bytes())
            if parsed.from_addr:
                automatic_senders.add(parsed.from_addr)
    acknowledged = set()
    for path in (settings.outbox_dir / "new").iterdir():
        message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
        if message["Auto-Submitted"] == "auto-replied":
            acknowledged.update(a.addr_spec.lower() for a in message["To"].addresses)
    assert not (acknowledged & automatic_senders)


def test_the_messages_that_once_broke_a_stage(corpus_run):
    bot, settings, subset, result, root = corpus_run
    quarantined_hashes = {e.sha256 for e in bot.quarantine.entries()}
    from bot.archive import digest

    for path, expected in TRICKY.items():
        sha = digest((root / path).read_bytes())
        if expected == "quarantined":
            assert sha in quarantined_hashes, path
        else:
            assert sha not in quarantined_hashes, path


def test_no_bounce_or_auto_reply_is_opened_as_a_complaint(corpus_run):
    """Measured over the whole corpus by bench/corpus.py (bounces_classified_complaint); here on the subset."""
    bot, settings, subset, result, root = corpus_run
    from bot.archive import digest

    automatic = {digest((root / path).read_bytes()) for path, category in subset if category in ("bounce", "auto_reply")}
    opened = [c["ref"] for c in bot.store.all_cases()
              if c["classification"]["labels"].get("kind") == "complaint"
              and any(m["sha256"] in automatic for m in c["messages"])]
    assert not opened, opened
