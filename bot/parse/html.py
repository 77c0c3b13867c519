"""HTML from senders: converted to text for reading, sanitised before it is ever shown.

html2text keeps the shape officers need (paragraphs, lists, ``>`` for
blockquotes, so quoted replies in HTML-only mail can still be split); nh3
(the Rust ammonia sanitiser) strips scripts, styles, event handlers and
remote content before any sender HTML appears in a forward or preview.
"""

from __future__ import annotations

import html2text
import nh3

_SAFE_TAGS = {
    "a", "abbr", "b", "blockquote", "br", "caption", "code", "dd", "div", "dl", "dt", "em",
    "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "li", "ol", "p", "pre", "s", "small",
    "span", "strong", "sub", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "u", "ul",
}


def html_to_text(markup: str) -> str:
    """Readable plain text from an HTML body (no links kept: they would add noise, not meaning)."""
    converter = html2text.HTML2Text()
    converter.body_width = 0  # never re-wrap: the quote splitter works line by line
    converter.ignore_links = True
    converter.ignore_images = True
    converter.ignore_emphasis = True
    converter.ignore_tables = False
    converter.unicode_snob = True
    return converter.handle(markup).strip()


def sanitise_html(markup: str) -> str:
    """Sender HTML made safe to show: no scripts, no styles, no images or remote URLs."""
    return nh3.clean(
        markup,
        tags=_SAFE_TAGS,
        attributes={"a": {"href"}, "td": {"colspan", "rowspan"}, "th": {"colspan", "rowspan", "scope"}},
        url_schemes={"mailto"},
        link_rel="noopener noreferrer",
    )
