"""Deadlines through the real flow: a case's processes, chasers, officer steps and digests.

Real .eml bytes in a Maildir, the real classifier, the real calendar; the
clock is set with --now.  Hand-computed deadlines, with the reasoning:

Received Thursday 2 April 2026 10:00 BST (the Thursday before Easter), acknowledged at once.
* early_resolution, 1 working day after receipt: Fri 3 Apr is Good Friday, Mon 6 Apr is
  Easter Monday, so day 1 is Tuesday 7 April, 17:00 BST.
* icap_letter, 5 working days after the acknowledgement (2 Apr): 7, 8, 9, 10, 13 April
  -> Monday 13 April, 17:00 BST.  Reminder 1 working day before: Friday 10 April 09:00.
  Escalations from the next working day, every 2 working days: Tue 14, Thu 16 April ...
* send_response, 20 working days after receipt: 7-10 Apr (4), 13-17 (9), 20-24 (14),
  27-30 (18), Fri 1 May (19), Mon 4 May is the Early May bank holiday -> Tuesday 5 May.

Received Friday 27 March 2026 10:00 GMT, two days before the clocks go forward (29 March):
* icap_letter: 30, 31 March, 1, 2 April, then 7 April (Good Friday, Easter Monday)
  -> Tuesday 7 April 17:00 BST, which is 16:00 UTC.
"""

from __future__ import annotations

import email
import email.policy
import json

import pytest

from tests.conftest import copy_samples

RECEIVED = "2026-04-02T10:00"


def outbox(home):
    found = {}
    for sub in ("new", "cur"):
        for path in (home / "outbox" / sub).glob("*"):
            found[path.name] = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    return found


def the_case(home):
    return next(iter(json.loads((home / "cases.json").read_text())["cases"].values()))


def due_of(case, process, step):
    for state in case["processes"]:
        if state["process"] == process:
            for s in state["steps"]:
                if s["key"] == step:
                    return s["due"]
    raise AssertionError(f"{process}.{step} not on the case")


@pytest.fixture
def formal_case(home, cli):
    """d002, a formal complaint about reduced direct payments, received before Easter."""
    copy_samples(home / "mailbox", ["d002"])
    code, out, err = cli("run", "--once", "--now", RECEIVED)
    assert code == 0, err
    case = the_case(home)
    assert case["shape"] == "formal"
    return case


def test_the_case_opens_its_process_with_hand_computed_deadlines(formal_case):
    case = formal_case
    assert [p["process"] for p in case["processes"]] == ["statutory_complaint"]
    assert due_of(case, "statutory_complaint", "early_resolution") == "2026-04-07T17:00:00+01:00"
    assert due_of(case, "statutory_complaint", "icap_letter") == "2026-04-13T17:00:00+01:00"
    assert due_of(case, "statutory_complaint", "send_response") == "2026-05-05T17:00:00+01:00"
    assert case["dates"] == {"received": "2026-04-02", "plan_by": "2026-04-13", "response_by": "2026-05-05"}


def test_the_acknowledgement_quotes_the_real_dates(formal_case, home):
    acks = [m for m in outbox(home).values() if m["Auto-Submitted"] == "auto-replied"]
    text = acks[0].get_body(("plain",)).get_content()
    assert "Monday 13 April 2026" in text and "Tuesday 5 May 2026" in text
    assert "Thursday 2 April 2026" in text


def test_deadlines_command_lists_running_steps(formal_case, cli):
    code, out, _ = cli("deadlines", "--json", "--now", "2026-04-08T10:00")
    data = json.loads(out)
    steps = {row["step"]: row for row in data["steps"]}
    assert steps["statutory_complaint.early_resolution"]["state"] == "OVERDUE"
    assert steps["statutory_complaint.icap_letter"]["state"] == "pending"
    assert steps["statutory_complaint.icap_letter"]["team"] == "complaints"
    code, out, _ = cli("deadlines", "--now", "2026-04-08T10:00")
    assert "OVERDUE" in out and "statutory_complaint.icap_letter" in out


def test_reminder_then_escalation_each_sent_once(formal_case, home, cli):
    before = set(outbox(home))
    code, out, _ = cli("chasers", "send", "--now", "2026-04-10T09:30", "--json")
    sent = json.loads(out)
    new = {k: m for k, m in outbox(home).items() if k not in before}
    subjects = sorted(m["Subject"] for m in new.values())
    assert any("Reminder: Send the Individual Complaints Action Plan letter" in s for s in subjects), subjects
    assert any("OVERDUE" in s and "early resolution" in s.lower() or "OVERDUE" in s for s in subjects)
    assert sent["messages"] == len(new)
    reminder = next(m for m in new.values() if "Reminder" in m["Subject"] and "Action Plan" in m["Subject"])
    assert [a.addr_spec for a in reminder["To"].addresses] == ["asc.complaints.team@council.example"]
    body = reminder.get_body(("plain",)).get_content()
    assert "Monday 13 April 2026, 17:00" in body
    assert "practitioner-guidance" in body or "SI 2009/309" in body  # the document that sets it
    assert f"complaints-bot step done {formal_case['ref']} statutory_complaint.icap_letter" in body
    # The same moment again: nothing new.
    again = set(outbox(home))
    code, out, _ = cli("chasers", "send", "--now", "2026-04-10T09:30", "--json")
    assert json.loads(out)["messages"] == 0 and set(outbox(home)) == again
    # After the deadline the escalation goes to the owner and the team's manager.
    code, out, _ = cli("chasers", "send", "--now", "2026-04-14T09:30", "--json")
    escalations = [m for k, m in outbox(home).items() if k not in again and "Action Plan" in m["Subject"]]
    assert len(escalations) == 1 and "OVERDUE" in escalations[0]["Subject"]
    recipients = {a.addr_spec for a in escalations[0]["To"].addresses}
    assert {"asc.complaints.team@council.example", "complaints.manager@council.example"} <= recipients


def test_chasers_missed_while_down_are_sent_once_merged(formal_case, home, cli):
    before = set(outbox(home))
    cli("chasers", "send", "--now", "2026-04-22T09:30")
    new = [m for k, m in outbox(home).items() if k not in before and "Action Plan" in m["Subject"]]
    assert len(new) == 1  # one message for the reminder and every escalation that fell due
    assert "fell due while the bot was not running" in new[0].get_body(("plain",)).get_content()
    keys = [k for k in the_case(home)["chasers_sent"] if "/icap_letter/" in k]
    # reminder (10 Apr) + escalations 14, 16, 20, 22 April
    assert len(keys) == 5


def test_marking_a_step_done_stops_its_chasers(formal_case, home, cli):
    ref = formal_case["ref"]
    code, out, err = cli("step", "done", ref, "statutory_complaint.icap_letter", "--now", "2026-04-13T12:00", "--by", "officer@council.example")
    assert code == 0, err
    assert "done" in out
    before = set(outbox(home))
    cli("chasers", "send", "--now", "2026-04-14T09:30")
    assert not [m for k, m in outbox(home).items() if k not in before and "Action Plan" in m["Subject"]]
    audit = the_case(home)["audit"]
    assert any(a["action"] == "step done" and a["by"] == "officer@council.example" for a in audit)


def test_extending_a_step_moves_its_deadline_with_the_reason(formal_case, home, cli):
    ref = formal_case["ref"]
    code, out, err = cli("step", "extend", ref, "send_response", "5", "--reason", "waiting for the provider's records",
                         "--now", "2026-04-20T10:00")
    assert code == 0, err
    # 5 May + 5 working days: 6, 7, 8, 11, 12 May.
    assert due_of(the_case(home), "statutory_complaint", "send_response") == "2026-05-12T17:00:00+01:00"
    code, _, err = cli("step", "extend", ref, "send_response", "5", "--now", "2026-04-20T10:00")
    assert code == 1 and "reason" in err


def test_unknown_step_is_refused_clearly(formal_case, cli):
    code, _, err = cli("step", "done", formal_case["ref"], "make_tea", "--now", "2026-04-13T12:00")
    assert code == 1 and "no step 'make_tea'" in err and "statutory_complaint.icap_letter" in err


def test_a_crash_between_queueing_and_recording_never_sends_twice(formal_case, home, cli, monkeypatch):
    from bot.store import Store

    def crash(self, changes):
        raise SystemExit("killed")

    monkeypatch.setattr(Store, "update_cases", crash)
    with pytest.raises(SystemExit):
        cli("chasers", "send", "--now", "2026-04-10T09:30")
    monkeypatch.undo()
    queued = set(outbox(home))
    assert not the_case(home).get("chasers_sent")  # queued but not recorded
    code, out, _ = cli("chasers", "send", "--now", "2026-04-10T09:30", "--json")
    assert set(outbox(home)) == queued  # nothing new: the same Message-IDs were already queued
    assert the_case(home)["chasers_sent"]  # and now they are recorded


def test_digest_on_working_days_only_and_once(formal_case, home, cli):
    code, out, _ = cli("digest", "--send", "--now", "2026-04-06T08:00")  # Easter Monday
    assert "nobody" in out
    before = set(outbox(home))
    code, out, _ = cli("digest", "--send", "--now", "2026-04-07T08:00")
    assert "complaints" in out
    digests = [m for k, m in outbox(home).items() if k not in before]
    assert len(digests) == 1
    text = digests[0].get_body(("plain",)).get_content()
    assert "OVERDUE (0)" in text and "DUE TODAY (1)" in text and formal_case["ref"] in text
    html = digests[0].get_body(("html",)).get_content()
    assert "<table>" in html and '<th scope="col">Due</th>' in html
    cli("digest", "--send", "--now", "2026-04-07T08:30")
    assert len(set(outbox(home)) - before) == 1


def test_clock_change_deadline(home, cli):
    copy_samples(home / "mailbox", ["d002"])
    cli("run", "--once", "--now", "2026-03-27T10:00")
    due = due_of(the_case(home), "statutory_complaint", "icap_letter")
    assert due == "2026-04-07T17:00:00+01:00"


def test_safeguarding_pauses_the_complaint_until_an_officer_resumes_it(home, cli):
    # d013: an officer forwards a formal complaint about a brother's money at a care home.
    copy_samples(home / "mailbox", ["d013"])
    cli("run", "--once", "--now", RECEIVED)
    case = the_case(home)
    assert case["safeguarding"]
    states = {p["process"]: p for p in case["processes"]}
    assert "safeguarding" in states
    paused = [p for k, p in states.items() if k != "safeguarding" and p["paused_at"]]
    assert paused, "the complaint process waits while safeguarding decides"
    process = paused[0]["process"]
    code, out, err = cli("step", "resume", case["ref"], process, "--now", "2026-04-07T10:00")
    assert code == 0, err
    assert not {p["process"]: p for p in the_case(home)["processes"]}[process]["paused_at"]


def test_the_running_bot_sends_owed_chasers_and_the_digest_by_itself(formal_case, home):
    """`complaints-bot run` (the APScheduler runner), not the `chasers send` command: started on
    Friday 10 April at 09:30 with the case's reminder owed, it queues the reminder and, as it
    started after 08:00 on a working day, the team's digest, with no officer typing anything."""
    import threading
    import time

    from bot.cli.common import make_bot
    from bot.clock import parse_now
    from bot.config import load_settings
    from scheduler.runner import Runner

    from types import SimpleNamespace

    settings = load_settings(home=str(home))
    bot = make_bot(SimpleNamespace(now=parse_now("2026-04-10T09:30")), settings)
    runner = Runner(bot, poll_seconds=3600, drainer=None)
    thread = threading.Thread(target=runner.start, kwargs={"install_signals": False}, daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            subjects = [str(m["Subject"]) for m in outbox(home).values()]
            if any("Reminder" in s for s in subjects) and any("due today" in s for s in subjects):
                break
            time.sleep(0.1)
    finally:
        runner.stop()
        thread.join(10)
        bot.close()
    subjects = [str(m["Subject"]) for m in outbox(home).values()]
    assert any("Reminder" in s and "Action Plan" in s for s in subjects), subjects
    assert any("due today" in s for s in subjects), subjects
    assert any("/icap_letter/" in k for k in the_case(home)["chasers_sent"])
