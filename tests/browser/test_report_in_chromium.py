"""The reports' pages in headless Chromium, offline.

`complaints-bot report annual` and `report monthly` write their pages for the store of known
cases (tests/report_store.py) into test-artifacts/reports/; Chromium (Debian's, installed by
tests/browser/ensure-chromium) opens each from file:// with a fresh profile, every background
service off and a proxy that goes nowhere.  The tests check that no page asks the network for
anything, that the screenshot is not blank and shows the charts' colours, that the three charts
are drawn at a readable size, and that a phone-width screen needs no sideways scrolling of the
page itself.  Screenshots are kept in test-artifacts/reports/screens/.

Without Chromium the tests are skipped, except under CI=true, where they fail.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from bot.cli import main
from bot.config import PROJECT_ROOT
from tests.browser.test_preview_in_chromium import chromium_path, harness_rows, page_requests, run
from tests.conftest import make_home
from tests.report_store import build_store

ARTIFACTS = PROJECT_ROOT / "test-artifacts" / "reports"
REPORTS = {"annual": ["report", "annual", "--year", "2026"], "monthly": ["report", "monthly", "--month", "2026-03"]}
CHART_BLUE = (0, 114, 178)  # PALETTE[0] in bot/report/charts.py: the first series of every chart


@pytest.fixture(scope="module")
def chromium() -> str:
    return chromium_path()


@pytest.fixture(scope="module")
def pages(tmp_path_factory) -> dict[str, Path]:
    home = make_home(tmp_path_factory.mktemp("report-browser-home"))
    build_store(home)
    shutil.rmtree(ARTIFACTS, ignore_errors=True)
    out = {}
    for name, args in REPORTS.items():
        folder = ARTIFACTS / name
        assert main([*args, "--now", "2026-04-20T10:00", "--out", str(folder), "--home", str(home)]) == 0
        out[name] = folder / "index.html"
    return out


@pytest.mark.parametrize("name", list(REPORTS))
def test_the_page_opens_offline_and_its_screenshot_shows_the_charts(chromium, pages, tmp_path, name):
    from PIL import Image

    screens = ARTIFACTS / "screens"
    screens.mkdir(parents=True, exist_ok=True)
    shot, log = screens / f"{name}.png", tmp_path / "net.json"
    result = run(chromium, tmp_path / "profile", "--window-size=1280,2400", f"--screenshot={shot}",
                 f"--log-net-log={log}", pages[name].resolve().as_uri())
    assert shot.exists() and shot.stat().st_size > 20_000, result.stderr[-2000:]
    assert page_requests(log) == [], name
    image = Image.open(shot).convert("RGB")
    colours = dict((colour, count) for count, colour in image.getcolors(maxcolors=1 << 22))
    assert len(colours) > 50, "the screenshot is nearly blank"
    assert colours.get(CHART_BLUE, 0) > 500, "no chart bars in the screenshot"
    assert image.getpixel((2, 2)) == (255, 255, 255)


def test_each_page_draws_three_charts_and_fits_a_phone(chromium, pages, tmp_path):
    names = list(pages)
    harness = ARTIFACTS / "check.html"
    harness.write_text("""<!DOCTYPE html><html lang="en"><head><title>report check</title></head><body>
<pre id="out"></pre><script>
const out = document.getElementById("out");
for (const name of %s) {
  for (const width of [1280, 390]) {
    const frame = document.createElement("iframe");
    frame.style.width = width + "px"; frame.style.height = "900px"; frame.src = name + "/index.html";
    frame.onload = () => {
      const d = frame.contentDocument;
      const boxes = [...d.querySelectorAll("figure svg")].map(s => s.getBoundingClientRect());
      out.textContent += JSON.stringify([name, width, d.title, boxes.map(b => [Math.round(b.width), Math.round(b.height)]),
                                         d.documentElement.scrollWidth, d.documentElement.clientWidth]) + "\\n";
    };
    document.body.appendChild(frame);
  }
}
</script></body></html>""" % json.dumps(names))
    rows = harness_rows(chromium, tmp_path / "profile", harness, 15000)
    assert sorted((r[0], r[1]) for r in rows) == sorted((n, w) for n in names for w in (1280, 390))
    for name, width, title, boxes, scroll_width, client_width in rows:
        assert "Adult social care complaints" in title
        assert len(boxes) == 3, (name, boxes)
        for box_width, box_height in boxes:
            assert box_width >= min(300, width - 60) and box_height >= 80, (name, width, boxes)
        assert scroll_width <= client_width, (name, width, scroll_width, client_width)
