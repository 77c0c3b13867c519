"""``complaints-bot report annual`` and ``report monthly``: every figure of a store of known cases.

The store (tests/report_store.py) is built with the real process engine and command runner at
set times; its docstring gives each case and the reasoning for each date.  Figures are checked
in the JSON output, then the CSV files and the HTML page are checked to say the same.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import re
import stat
from html.parser import HTMLParser
from pathlib import Path

import pytest

from bot.cli import main
from bot.report.period import ReportPeriodError, calendar_month, year_ending_march
from tests.conftest import make_home
from tests.report_store import build_store

NOW = "2026-04-20T10:00"


def run(home: Path, *args: str) -> tuple[int, str]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = main([*args, "--home", str(home)])
    return code, out.getvalue()


@pytest.fixture(scope="module")
def home(tmp_path_factory) -> Path:
    home = make_home(tmp_path_factory.mktemp("report-home"))
    build_store(home)
    return home


def _report(home, tmp_path_factory, kind: str, *period: str):
    """Write one report into a fresh folder: (its --json figures, the folder)."""
    out = tmp_path_factory.mktemp(kind)
    code, text = run(home, "report", kind, *period, "--now", NOW, "--json", "--out", str(out))
    assert code == 0
    return json.loads(text), out


@pytest.fixture(scope="module")
def annual(home, tmp_path_factory):
    return _report(home, tmp_path_factory, "annual", "--year", "2026")


@pytest.fixture(scope="module")
def monthly(home, tmp_path_factory):
    return _report(home, tmp_path_factory, "monthly", "--month", "2026-03")


# ---- periods ---------------------------------------------------------------------------------------


def test_year_2026_is_the_year_ending_31_march_2026():
    period = year_ending_march(2026)
    assert (period.first.isoformat(), period.last.isoformat()) == ("2025-04-01", "2026-03-31")
    assert period.label == "1 April 2025 to 31 March 2026 (2025/26)"
    assert len(period.months()) == 12 and period.months()[0].isoformat() == "2025-04-01"
    march = calendar_month("2026-03")
    assert (march.first.isoformat(), march.last.isoformat(), len(march.days())) == ("2026-03-01", "2026-03-31", 31)
    for bad in ("2026-13", "March", "2026-3"):
        with pytest.raises(ReportPeriodError, match="YYYY-MM"):
            calendar_month(bad)
    with pytest.raises(ReportPeriodError):
        year_ending_march(26)


def test_help_says_which_year(capsys):
    with pytest.raises(SystemExit):
        main(["report", "annual", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert "1 April 2025 to 31 March 2026" in text and "31 March" in text and "reg 18" in text


# ---- the annual report ----------------------------------------------------------------------------


def test_annual_figures(annual):
    data, _ = annual
    assert data["period"] == {"first": "2025-04-01", "last": "2026-03-31",
                              "label": "1 April 2025 to 31 March 2026 (2025/26)"}
    assert data["as_at"] == "2026-04-01T00:00:00+01:00"  # the end of the year, not --now
    assert data["figures"] == {
        "contacts_received": 10,  # 8 complaints, M4 (enquiry), M5 (compliment); not A1 or P1
        "complaints_received": 8,  # Y1, Y2, Y3, M1, M2, M3, M6, M7
        "complaints_decided": 4,  # P1 (received the year before), Y1, Y3, M1
        "well_founded": 2,
        "upheld": 1,  # M1
        "partly_upheld": 1,  # Y1
        "not_upheld": 2,  # P1, Y3
        "ombudsman_referrals": 1,  # M1
        "responses_sent": 3,  # Y1, Y3, M1
        "responses_within_period": 2,  # Y1 (target), M1 (agreed); Y3 was late
        "responses_within_period_percent": 66.7,
        "responses_within_six_months": 3,
        "acknowledged_within_3_days": 5,  # Y1, Y3, M1, M3, M6; Y2 and M2 late; M7 not yet due
        "acknowledged_within_3_days_percent": 71.4,
        "still_open": 5,  # Y2, M2, M3, M6, M7
        "learning_recorded": 3,
    }
    assert data["sources"]["complaints_received"] == "SI 2009/309 reg 18(1)(a)"
    assert data["sources"]["well_founded"] == "SI 2009/309 reg 18(1)(b)"
    assert data["sources"]["ombudsman_referrals"] == "SI 2009/309 reg 18(1)(c)"
    assert data["sources"]["responses_within_period"] == "SI 2009/309 reg 16"


def test_annual_tables(annual):
    tables = annual[0]["tables"]
    months = {row["month"]: row for row in tables["volumes_by_month"]}
    assert list(months)[0] == "Apr 2025" and list(months)[-1] == "Mar 2026"
    assert months["Dec 2025"] == {"month": "Dec 2025", "complaints": 2, "compliments": 0, "enquiries": 0, "total": 2}
    assert months["Mar 2026"] == {"month": "Mar 2026", "complaints": 5, "compliments": 1, "enquiries": 1, "total": 7}
    assert sum(row["total"] for row in tables["volumes_by_month"]) == 10
    timely = {row["month"]: list(row.values())[1:] for row in tables["timeliness_by_month"]}
    assert timely["Dec 2025"] == [50.0, None] and timely["Jan 2026"] == [None, 100.0]
    assert timely["Feb 2026"] == [100.0, None] and timely["Mar 2026"] == [75.0, 50.0]
    assert [list(r.values()) for r in tables["outcomes_by_service_area"]] == [
        # area, received, decided, well-founded, upheld, partly, not upheld, Ombudsman
        ["Adult Social Care Complaints Team", 6, 2, 1, 0, 1, 1, 0],  # not recorded: the team routed to
        ["direct payments", 1, 1, 0, 0, 0, 1, 0],
        ["home care", 1, 1, 1, 1, 0, 0, 1],
    ]
    assert [list(r.values()) for r in tables["outcomes_by_client_group"]] == [
        ["not known", 3, 2, 0, 0, 0, 2, 0],
        ["older people", 3, 1, 1, 1, 0, 0, 1],
        ["people with a disability", 2, 1, 1, 0, 1, 0, 0],
    ]
    assert [list(r.values())[1:] for r in tables["responses_by_period"]] == [[1, 1, 0], [0, 0, 0], [2, 1, 1]]
    subjects = {r["subject"]: r["complaints"] for r in tables["subject_matter"]}
    assert subjects["safeguarding concern raised"] == 2 and subjects["help asked for (interpreter, BSL, advocacy, format)"] == 2
    assert subjects["care charges or financial assessment"] == 0  # M4 was an enquiry, not a complaint
    assert [(r["recorded"], r["case"], r["outcome"], r["what changed"]) for r in tables["learning"]] == [
        ("2026-01-20", "ASC-2025-00001", "partly upheld", "care plans now reviewed within a week of a hospital stay"),
        ("2026-03-20", "ASC-2026-00001", "upheld", "carers' rotas are now sent to families every week"),
        ("2026-03-23", "ASC-2026-00001", "upheld", "home care providers briefed on missed visits"),
    ]


def test_the_next_year_holds_only_the_case_received_after_midnight_on_31_march(home, tmp_path):
    code, text = run(home, "report", "annual", "--year", "2027", "--now", NOW, "--json", "--out", str(tmp_path))
    figures = json.loads(text)["figures"]
    assert figures["contacts_received"] == figures["complaints_received"] == 1  # A1: 1 April 00:30 BST
    assert json.loads(text)["as_at"] == "2026-04-20T10:00:00+01:00"  # the year has not ended: now
    code, text = run(home, "report", "annual", "--year", "2025", "--now", NOW, "--json", "--out", str(tmp_path / "y"))
    assert json.loads(text)["figures"]["complaints_received"] == 1  # P1, 31 March 2025
    assert json.loads(text)["figures"]["complaints_decided"] == 0  # P1 was decided on 2 April 2025


def test_a_case_anonymised_under_the_retention_policy_still_counts(tmp_path):
    from tinydb import Query

    from bot.retention import _replace_with, anonymised
    from bot.store import Store
    from tests.report_store import at

    home = make_home(tmp_path / "home")
    build_store(home)
    store = Store(home / "cases.json")

    # As `complaints-bot retention --apply` does it (bot/retention.py): the whole document replaced.
    kept = anonymised(store.get_case("ASC-2025-00003"), at("2026-04-10T10:00"))  # P1: decided 2 April 2025
    store.cases.update(_replace_with(kept), Query().ref == "ASC-2025-00003")
    assert "classification" not in store.get_case("ASC-2025-00003")
    store.close()
    code, text = run(home, "report", "annual", "--year", "2026", "--now", NOW, "--json", "--out", str(tmp_path / "o"))
    figures = json.loads(text)["figures"]
    assert (figures["complaints_decided"], figures["not_upheld"]) == (4, 2)
    code, text = run(home, "report", "annual", "--year", "2025", "--now", NOW, "--json", "--out", str(tmp_path / "p"))
    assert json.loads(text)["figures"]["complaints_received"] == 1


# ---- the monthly report ---------------------------------------------------------------------------


def test_monthly_figures(monthly):
    data, _ = monthly
    assert data["as_at"] == "2026-04-01T00:00:00+01:00"
    assert data["figures"] == {
        "contacts_received": 7,  # M1-M7; not A1 (1 April BST)
        "complaints_received": 5,  # M1, M2, M3, M6, M7
        "compliments_received": 1,
        "enquiries_received": 1,
        "acknowledgements_counted": 4,  # M7 not yet due (Tue 7 April, after Easter)
        "acknowledged_within_3_days": 3,  # M1, M3, M6; M2 late
        "acknowledged_within_3_days_percent": 75.0,
        "acknowledgement_target_percent": 100,
        "acknowledgement_median_minutes": 2672.5,  # of 1, 5, 5340, 9840 (M4, an enquiry, is not counted)
        "steps_done": 13,
        "steps_done_on_time": 11,
        "steps_overdue": 8,
        "safeguarding_referrals": 2,
        "safeguarding_routed": 2,
        "safeguarding_routed_same_day": 1,  # M3; M6 arrived on a Friday afternoon, routed on Monday
        "safeguarding_median_minutes": 1956.0,  # of 2 and 3910
        "needs_requested": 2,
    }


def test_monthly_tables(monthly):
    tables = monthly[0]["tables"]
    days = [r for r in tables["volumes_by_day"] if r["total"]]
    assert [(r["day"], r["complaints"], r["compliments"], r["enquiries"]) for r in days] == [
        ("2026-03-02", 1, 0, 0), ("2026-03-04", 1, 0, 0), ("2026-03-10", 1, 0, 0), ("2026-03-12", 0, 0, 1),
        ("2026-03-16", 0, 1, 0), ("2026-03-27", 1, 0, 0), ("2026-03-31", 1, 0, 0)]
    assert len(tables["volumes_by_day"]) == 31
    labels = {(r["label"], r["value"]): r["contacts"] for r in tables["volumes_by_label"]}
    assert labels[("formality", "formal")] == 3 and labels[("formality", "informal")] == 2
    assert labels[("safeguarding", "yes")] == 2 and labels[("care_charges", "yes")] == 1
    assert labels[("needs", "bsl")] == 1 and labels[("needs", "interpreter")] == 1 and labels[("needs", "advocacy")] == 0
    timeliness = {r["step"] or r["deadline"]: (r["counted"], r["on time"], r["late"], r["on time (%)"])
                  for r in tables["timeliness"]}
    assert timeliness == {
        "acknowledgement within 3 working days": (4, 3, 1, 75.0),
        "provider_informal.acknowledge": (1, 0, 1, 0.0),  # M2: due Fri 6 Mar (2 working days), done Tue 10
        "provider_informal.send_to_provider_and_quality": (1, 1, 0, 100.0),
        "safeguarding.refer_to_safeguarding": (1, 1, 0, 100.0),  # M3
        "statutory_complaint.acknowledge": (3, 3, 0, 100.0),  # M1, M3, M6
        "statutory_complaint.offer_discussion": (3, 3, 0, 100.0),
        "statutory_complaint.send_response": (2, 1, 1, 50.0),  # M1 on time (agreed period), Y3 late
        "statutory_complaint.six_month_limit": (2, 2, 0, 100.0),
    }
    assert [list(r.values()) for r in tables["overdue_by_team"]] == [
        ["Adult Social Care Complaints Team", 7, 3], ["Quality Assurance Team", 1, 0]]
    overdue = [(r["case"], r["step"], r["due"], r["working days overdue"]) for r in tables["overdue_steps"]]
    assert overdue == [
        # Y2: 1 working day after Wed 24 Dec is Mon 29 Dec; 65 working days to Tue 31 March.
        ("ASC-2025-00002", "statutory_complaint.early_resolution", "2025-12-29 17:00", 65),
        ("ASC-2025-00002", "statutory_complaint.agree_response_period", "2026-01-09 17:00", 57),
        ("ASC-2025-00002", "statutory_complaint.icap_letter", "2026-01-09 17:00", 57),
        ("ASC-2025-00002", "statutory_complaint.send_response", "2026-01-26 17:00", 46),
        ("ASC-2026-00003", "safeguarding.decide_if_entwined", "2026-03-11 17:00", 14),
        ("ASC-2026-00002", "provider_informal.quality_officer_review", "2026-03-12 17:00", 13),
        ("ASC-2026-00006", "safeguarding.refer_to_safeguarding", "2026-03-27 17:00", 2),
        ("ASC-2026-00006", "safeguarding.decide_if_entwined", "2026-03-30 17:00", 1),
    ]
    # M3's and M6's complaint processes are paused for safeguarding: none of their steps is overdue.
    assert not [r for r in tables["overdue_steps"] if r["step"].startswith("statutory_complaint")
                and r["case"] in ("ASC-2026-00003", "ASC-2026-00006")]
    assert [list(r.values()) for r in tables["safeguarding"]] == [
        ["ASC-2026-00003", "2026-03-10 16:30", "2026-03-10 16:32", 2.0, "yes"],
        ["ASC-2026-00006", "2026-03-27 15:00", "2026-03-30 09:10", 3910.0, "no"],
    ]
    assert [list(r.values()) for r in tables["needs"]] == [
        ["an interpreter", 1, 1, 0], ["a British Sign Language interpreter", 1, 0, 1],
        ["an advocate", 0, 0, 0], ["letters in another format", 0, 0, 0]]
    assert [list(r.values()) for r in tables["labels_by_team"]] == [
        # team, complaints, compliments, enquiries, formal, informal, safeguarding, help asked for
        ["Adult Social Care Complaints Team", 5, 1, 0, 3, 2, 2, 2],
        ["Financial Assessment and Charging Team", 0, 0, 1, 0, 0, 0, 0],
        ["Adult Safeguarding Hub", 2, 0, 0, 2, 0, 2, 1],
    ]


def test_a_month_not_yet_ended_is_counted_to_now(home, tmp_path):
    code, text = run(home, "report", "monthly", "--month", "2026-04", "--now", "2026-04-08T12:00", "--json",
                     "--out", str(tmp_path))
    data = json.loads(text)
    assert data["as_at"] == "2026-04-08T12:00:00+01:00"
    assert data["figures"]["contacts_received"] == 1  # A1
    assert data["figures"]["acknowledgement_median_minutes"] == 510.0  # 00:30 to 09:00 BST


# ---- the files agree with the figures ----------------------------------------------------------------


def _csv(path: Path) -> list[list[str]]:
    return list(csv.reader(path.read_text(encoding="utf-8").splitlines()))


@pytest.mark.parametrize("which", ["annual", "monthly"])
def test_every_table_is_a_csv_file_with_the_same_numbers(which, request):
    data, out = request.getfixturevalue(which)
    names = sorted(p.name for p in out.glob("*.csv"))
    assert names == sorted(["figures.csv", *(f"{name}.csv" for name in data["tables"])])
    for name, rows in data["tables"].items():
        lines = _csv(out / f"{name}.csv")
        assert lines[0] == list(rows[0].keys()) if rows else len(lines) == 1
        assert lines[1:] == [["" if v is None else str(v) for v in row.values()] for row in rows], name
    figures = _csv(out / "figures.csv")
    assert figures[0] == ["figure", "value", "source", "note"]
    assert [row[1] for row in figures[1:]] == ["" if v is None else str(v) for v in data["figures"].values()]
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in out.iterdir())


class Page(HTMLParser):
    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.figures: dict[str, str] = {}
        self.cells: list[str] = []
        self._row: str | None = None
        self._cell = False
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append((tag, attrs))
        if tag == "tr":
            self._row = attrs.get("data-figure")
            self._cells = []
        if tag == "td":
            self._cell = True
            self.cells.append("")

    def handle_endtag(self, tag):
        if tag == "td":
            self._cell = False
            if self._row:
                self._cells.append(self.cells[-1])
        if tag == "tr" and self._row:
            self.figures[self._row] = self._cells[1]
            self._row = None

    def handle_data(self, data):
        if self._cell:
            self.cells[-1] += data


@pytest.mark.parametrize("which", ["annual", "monthly"])
def test_the_page_shows_the_same_figures_and_every_table_and_fetches_nothing(which, request):
    data, out = request.getfixturevalue(which)
    html = (out / "index.html").read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>")
    page = Page(html)
    assert page.figures == {k: "-" if v is None else str(v) for k, v in data["figures"].items()}
    tags = [t for t, _ in page.tags]
    assert tags.count("svg") == 3 and tags.count("figure") == 3
    for tag in ("script", "img", "link", "iframe", "object", "embed"):
        assert tag not in tags, tag
    assert not re.search(r"https?:|//[a-z]", html, re.I)  # no address of any kind, not even XML namespaces
    assert not re.search(r"url\((?!#)", html) and "@import" not in html
    ids = [a["id"] for _, a in page.tags if "id" in a]
    assert len(ids) == len(set(ids))  # three charts' ids never collide
    for _, attrs in page.tags:
        if attrs.get("href"):
            assert attrs["href"].startswith("#"), attrs
    svgs = [a for t, a in page.tags if t == "svg"]
    assert all(a.get("role") == "img" and a.get("aria-labelledby") for a in svgs)
    for name, rows in data["tables"].items():
        assert f'id="table-{name}"' in html
        for row in rows[:5]:
            for value in row.values():
                cell = "-" if value is None else str(value)
                assert cell.replace("'", "&#39;") in html or cell in page.cells, (name, cell)
    assert dict(page.tags)["html"]["lang"] == "en-GB"
    headings = [int(t[1]) for t, _ in page.tags if re.fullmatch(r"h[1-6]", t)]
    assert headings[0] == 1 and headings.count(1) == 1
    assert all(after <= before + 1 for before, after in zip(headings, headings[1:]))  # no level skipped
    assert tags.count("table") == tags.count("caption") == tags.count("thead") == len(data["tables"]) + 1
    assert all(a.get("scope") == "col" for t, a in page.tags if t == "th")


def test_the_page_is_the_same_every_time(home, annual, tmp_path):
    code, _ = run(home, "report", "annual", "--year", "2026", "--now", NOW, "--out", str(tmp_path))
    assert code == 0
    assert (tmp_path / "index.html").read_bytes() == (annual[1] / "index.html").read_bytes()


def test_default_folder_is_private_under_the_home_and_the_summary_is_printed(home):
    code, text = run(home, "report", "monthly", "--month", "2026-03", "--now", NOW)
    assert code == 0
    folder = home / "reports" / "monthly-2026-03"
    assert (folder / "index.html").exists() and str(folder) in text
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700 and stat.S_IMODE((home / "reports").stat().st_mode) == 0o700
    assert "Acknowledged within 3 working days (%)" in text and "75.0" in text


def test_a_wrong_month_is_an_error_not_a_traceback(home, capsys):
    assert main(["report", "monthly", "--month", "2026-13", "--home", str(home)]) == 1
    assert "YYYY-MM" in capsys.readouterr().err


def test_the_daily_digest_links_to_nothing_outside_the_council():
    from bot.act.examples import all_examples, default_builder
    from bot.act.letters import Letters
    from bot.config import PROJECT_ROOT

    letters = Letters(PROJECT_ROOT / "templates" / "letters")
    for example in all_examples(default_builder()):
        if example.letter != "digest":
            continue
        rendered = letters.render(example.letter, **example.context)
        for text in (rendered.text, rendered.html):
            for host in re.findall(r"https?://([^/\s\"'<>]+)", text):
                assert host == "council.example" or host.endswith(".council.example"), host


def test_the_page_template_beside_the_councils_letters_is_used_when_there_is_one(tmp_path):
    from bot.report.page import TEMPLATES, template_dir

    letters = tmp_path / "templates" / "letters"
    letters.mkdir(parents=True)
    assert template_dir(letters) == TEMPLATES  # none of its own: the project's page
    (tmp_path / "templates" / "reports").mkdir()
    (tmp_path / "templates" / "reports" / "report.html.j2").write_text("{{ report.title }}")
    assert template_dir(letters) == tmp_path / "templates" / "reports"
    assert template_dir(None) == TEMPLATES
