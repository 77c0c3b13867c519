"""routing.toml: the shipped file routes as the council expects, and mistakes name file, line and fix."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.errors import ConfigError
from bot.records import Labels
from bot.route import load_routing

ROUTING = Path(__file__).resolve().parent.parent / "routing.toml"


@pytest.fixture(scope="module")
def routing():
    return load_routing(ROUTING)


def test_every_complaint_goes_to_the_complaints_team(routing):
    assert routing.route(Labels(kind="complaint", formality="formal")).teams == ["complaints"]


def test_safeguarding_goes_first_and_urgent(routing):
    decision = routing.route(Labels(kind="complaint", safeguarding=True, formality="unclear"))
    assert decision.teams[0] == "safeguarding"
    assert decision.urgent
    assert "complaints" in decision.teams


def test_safeguarding_in_an_enquiry_still_reaches_the_safeguarding_team(routing):
    decision = routing.route(Labels(kind="enquiry", safeguarding=True))
    assert decision.teams[0] == "safeguarding" and decision.urgent


def test_care_charges_go_to_finance_and_the_client_groups_quality_team(routing):
    older = routing.route(Labels(kind="complaint", care_charges=True, client_group="older_people"))
    assert older.teams == ["complaints", "finance", "quality_older_people"]
    disability = routing.route(Labels(kind="complaint", care_charges=True, client_group="disability"))
    assert disability.teams == ["complaints", "finance", "quality_disability"]


def test_professional_concern_goes_to_quality(routing):
    decision = routing.route(Labels(kind="complaint", professional=True, sender_role="professional"))
    assert "quality" in decision.teams


def test_self_funder_tells_commissioning(routing):
    assert "commissioning" in routing.route(Labels(kind="complaint", funding="self_funded")).teams


def test_unmatched_goes_to_the_fallback_with_the_reason(routing):
    decision = routing.route(Labels(kind="auto_reply", sender_role="system"))
    assert decision.teams == ["complaints"]
    assert decision.matches[0].rule == "fallback"


def test_explain_says_why(routing):
    lines = routing.route(Labels(kind="complaint", care_charges=True)).explain()
    assert any("care_charges = true" in line for line in lines)


BAD = [
    ('[teams.a]\naddresses = ["a@council.example"]\n[[rules]]\nname = "x"\nwhen = { kind = "complain" }\nteams = ["a"]\n[fallback]\nteams = ["a"]\n',
     5, "kind cannot be 'complain'"),
    ('[teams.a]\naddresses = ["a@council.example"]\n[[rules]]\nname = "x"\nwhen = { colour = "red" }\nteams = ["a"]\n[fallback]\nteams = ["a"]\n',
     5, "unknown label 'colour'"),
    ('[teams.a]\naddresses = ["a@council.example"]\n[[rules]]\nname = "x"\nwhen = { kind = "complaint" }\nteams = ["b"]\n[fallback]\nteams = ["a"]\n',
     6, "unknown team 'b'"),
    ('[teams.a]\nname = "A"\n[fallback]\nteams = ["a"]\n', 1, "team 'a' has no addresses"),
    ('[teams.a]\naddresses = ["not an address"]\n[fallback]\nteams = ["a"]\n', 2, "is not an email address"),
    ('[teams.a]\naddresses = ["a@council.example"\n', 2, "not valid TOML"),
    ('[teams.a]\naddresses = ["a@council.example"]\n[[rules]]\nname = "x"\nwhen = { safeguarding = "yes" }\nteams = ["a"]\n[fallback]\nteams = ["a"]\n',
     5, "safeguarding cannot be 'yes'"),
]


@pytest.mark.parametrize("text,line,problem", BAD, ids=[b[2] for b in BAD])
def test_mistakes_name_the_file_the_line_and_the_fix(tmp_path, text, line, problem):
    path = tmp_path / "routing.toml"
    path.write_text(text)
    with pytest.raises(ConfigError) as caught:
        load_routing(path)
    error = caught.value
    assert problem in str(error)
    assert error.path == str(path)
    assert error.line == line
    assert error.fix


def test_routing_check_command(cli):
    code, out, _ = cli("routing", "check")
    assert code == 0 and "OK" in out


def test_routing_check_reports_a_broken_file(cli, home, tmp_path):
    broken = tmp_path / "routing.toml"
    broken.write_text('[teams.a]\naddresses = ["a@council.example"]\n[[rules]]\nname = "x"\nwhen = { kind = "complain" }\nteams = ["a"]\n[fallback]\nteams = ["a"]\n')
    settings = home / "bot.toml"
    settings.write_text("\n".join(
        f'routing = "{broken}"' if line.startswith("routing =") else line
        for line in settings.read_text().splitlines()))
    code, _, err = cli("routing", "check")
    assert code == 2
    assert f"{broken}:5" in err and "fix:" in err
