"""The letter preview in headless Chromium, as a phone would show it.

`complaints-bot letters preview` writes every letter into test-artifacts/letters/preview/;
Chromium (Debian's, installed by tests/browser/ensure-chromium) then loads each page from
file:// with a fresh profile and every background service off.  The tests check that every
page renders, that no page fetches anything from the network, that pages fit a 390-pixel
phone screen, and that dark mode is dark.  Screenshots are kept in test-artifacts/letters/.

Without Chromium the tests are skipped, except under CI=true, where they fail.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import struct
import subprocess
import zlib
from concurrent.futures import ThreadPoolExecutor
from html.parser import HTMLParser
from pathlib import Path

import pytest

from bot.config import PROJECT_ROOT

ARTIFACTS = PROJECT_ROOT / "test-artifacts" / "letters"
PHONE = "390,1800"  # a phone's width; tall enough to see most of a letter in one screenshot
FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run", "--no-default-browser-check",
    "--disable-extensions", "--disable-default-apps", "--hide-scrollbars",
    # Belt and braces: were anything requested, it would go to a closed local port, never out.
    "--proxy-server=http://127.0.0.1:9",
]
# Elements and attributes a browser fetches on its own.  <a href> is only followed when clicked.
FETCHED = {"img": ("src", "srcset"), "script": ("src",), "link": ("href",), "iframe": ("src",),
           "frame": ("src",), "embed": ("src",), "object": ("data",), "source": ("src", "srcset"),
           "video": ("src", "poster"), "audio": ("src",), "track": ("src",), "input": ("src",),
           "image": ("href",), "use": ("href",), "body": ("background",), "table": ("background",),
           "td": ("background",)}
REMOTE = re.compile(r"^\s*(https?:)?//", re.I)


def chromium_path() -> str:
    for name in ("chromium", "chromium-browser"):
        path = shutil.which(name)
        if path:
            return path
    message = ("Chromium is not installed, so the letters cannot be checked in a browser. "
               "`make test` installs it as root (tests/browser/ensure-chromium); "
               "or run: apt-get install -y chromium")
    if os.environ.get("CI") == "true":
        pytest.fail(message)
    pytest.skip(message)


@pytest.fixture(scope="module")
def chromium() -> str:
    return chromium_path()


@pytest.fixture(scope="module")
def preview(tmp_path_factory) -> Path:
    """Every letter written by the real command (StrictUndefined: a missing variable fails it)."""
    from bot.cli import main
    from tests.conftest import make_home

    home = make_home(tmp_path_factory.mktemp("preview-home"))
    folder = ARTIFACTS / "preview"
    shutil.rmtree(folder, ignore_errors=True)
    assert main(["letters", "preview", "--out", str(folder), "--home", str(home)]) == 0
    return folder


def pages(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.html"))


def run(chromium: str, profile: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([chromium, *FLAGS, f"--user-data-dir={profile}", *args],
                          capture_output=True, text=True, timeout=120, check=False)


def harness_rows(chromium: str, profile: Path, harness: Path, budget_ms: int) -> list[list]:
    """Open a check page in Chromium and return the JSON rows its script wrote into <pre id="out">."""
    result = run(chromium, profile, "--allow-file-access-from-files", f"--virtual-time-budget={budget_ms}",
                 "--dump-dom", harness.resolve().as_uri())
    found = re.search(r'<pre id="out">(.*?)</pre>', result.stdout, re.S)
    assert found, result.stderr[-2000:]
    return [json.loads(line) for line in found.group(1).replace("&amp;", "&").replace("&quot;", '"').splitlines()
            if line.strip()]


def page_requests(net_log: Path) -> list[str]:
    """URLs the page itself asked for (the browser's own services have no initiating origin)."""
    log = json.loads(net_log.read_text())
    start = log["constants"]["logEventTypes"]["URL_REQUEST_START_JOB"]
    return [e["params"]["url"] for e in log["events"]
            if e["type"] == start and "url" in e.get("params", {}) and e["params"].get("initiator") != "not an origin"]


def first_pixel(png: Path) -> tuple[int, int, int]:
    """The top-left pixel of an 8-bit RGB(A) PNG: the first row's first pixel is stored unfiltered."""
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    position, idat = 8, b""
    while position < len(data):
        length, kind = struct.unpack(">I4s", data[position:position + 8])
        if kind == b"IDAT":
            idat += data[position + 8:position + 8 + length]
        position += 12 + length
    raw = zlib.decompress(idat)
    return raw[1], raw[2], raw[3]


class Fetches(HTMLParser):
    def __init__(self):
        super().__init__()
        self.remote: list[str] = []
        self._style = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        for name in FETCHED.get(tag, ()):
            value = attrs.get(name) or ""
            if any(REMOTE.match(part.strip().split(" ")[0]) for part in value.split(",") if part.strip()):
                self.remote.append(f"<{tag} {name}={value}>")
        if re.search(r"url\(\s*['\"]?\s*(https?:)?//", attrs.get("style") or "", re.I):
            self.remote.append(f"<{tag} style>")
        self._style = tag == "style"

    def handle_endtag(self, tag):
        self._style = False

    def handle_data(self, data):
        if self._style and re.search(r"(url\(\s*['\"]?\s*(https?:)?//|@import)", data, re.I):
            self.remote.append("<style> url()/@import")


def test_every_letter_was_written_in_full(preview):
    written = pages(preview)
    assert len(written) >= 19  # the index and 18 letters
    for page in written:
        html = page.read_text()
        assert html.startswith("<!DOCTYPE html>") and html.rstrip().endswith("</html>")
        for leftover in ("{{", "{%", "Undefined"):
            assert leftover not in html, (page.name, leftover)


def test_no_page_refers_to_anything_the_browser_would_fetch(preview):
    for page in pages(preview):
        parser = Fetches()
        parser.feed(page.read_text())
        assert not parser.remote, (page.name, parser.remote)


def test_the_detector_sees_a_remote_image(tmp_path):
    parser = Fetches()
    parser.feed('<img src="https://tracker.example/p.gif"><a href="https://www.lgo.org.uk">fine</a>'
                '<style>body { background: url(//cdn.example/x.png) }</style>')
    assert len(parser.remote) == 2


def test_every_page_opens_in_chromium_without_a_network_request(chromium, preview, tmp_path):
    screens = ARTIFACTS / "screens"
    shutil.rmtree(screens, ignore_errors=True)
    screens.mkdir(parents=True)
    control = tmp_path / "control.html"
    control.write_text('<!DOCTYPE html><html lang="en"><body><img src="http://203.0.113.9/p.gif" alt=""></body></html>')
    targets = [*pages(preview), control]

    def open_page(page: Path) -> tuple[Path, subprocess.CompletedProcess, Path, Path]:
        shot = (tmp_path if page == control else screens) / f"{page.stem}.png"
        log = tmp_path / f"{page.stem}.netlog.json"
        result = run(chromium, tmp_path / f"profile-{page.stem}", f"--window-size={PHONE}",
                     f"--screenshot={shot}", f"--log-net-log={log}", page.resolve().as_uri())
        return page, result, shot, log

    with ThreadPoolExecutor(max_workers=min(4, os.cpu_count() or 2)) as pool:
        results = list(pool.map(open_page, targets))
    for page, result, shot, log in results:
        assert shot.exists() and shot.stat().st_size > 5000, (page.name, result.stderr[-2000:])
        requested = page_requests(log)
        if page == control:
            assert requested == ["http://203.0.113.9/p.gif"]  # the check can see a page's request
        else:
            assert requested == [], (page.name, requested)
        if page != control:
            assert first_pixel(shot) == (255, 255, 255), page.name  # light mode: white page


def test_pages_fit_a_phone_screen_and_show_their_title(chromium, preview, tmp_path):
    """Each page in a 390-pixel frame: nothing wider than the screen, and its heading is there."""
    names = [p.name for p in pages(preview)]
    harness = ARTIFACTS / "phone-check.html"
    harness.write_text("""<!DOCTYPE html><html lang="en"><head><title>phone check</title></head><body>
<pre id="out"></pre><script>
const out = document.getElementById("out");
for (const name of %s) {
  const frame = document.createElement("iframe");
  frame.style.width = "390px"; frame.style.height = "844px"; frame.src = "preview/" + name;
  frame.onload = () => {
    const d = frame.contentDocument;
    const h1 = d.querySelector("h1");
    out.textContent += JSON.stringify([name, d.documentElement.scrollWidth, d.documentElement.clientWidth,
                                       h1 ? h1.textContent : ""]) + "\\n";
  };
  document.body.appendChild(frame);
}
</script></body></html>""" % json.dumps(names))
    rows = harness_rows(chromium, tmp_path / "profile", harness, 10000)
    assert sorted(r[0] for r in rows) == sorted(names)
    for name, scroll_width, client_width, heading in rows:
        assert scroll_width <= client_width, (name, scroll_width, client_width)
        assert heading.strip(), name


def test_dark_mode_is_dark(chromium, preview, tmp_path):
    for name in ("index", "acknowledgement-formal-safeguarding-representative", "digest"):
        shot = ARTIFACTS / "screens" / f"{name}-dark.png"
        shot.parent.mkdir(parents=True, exist_ok=True)
        result = run(chromium, tmp_path / f"profile-{name}", "--force-dark-mode",
                     "--blink-settings=preferredColorScheme=0", f"--window-size={PHONE}", f"--screenshot={shot}",
                     (preview / f"{name}.html").resolve().as_uri())
        assert shot.exists(), result.stderr[-2000:]
        assert first_pixel(shot) == (11, 12, 12), name  # the dark background, #0b0c0c
