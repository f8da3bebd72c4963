"""RSS and Atom feeds: each item is one report (title and summary/content as its text)."""
from __future__ import annotations

from datetime import date
from typing import Iterator


def feed_items(xml: str) -> Iterator[dict]:
    """Report fields for every feed item that carries some text."""
    import feedparser

    feed = feedparser.parse(xml)
    source = feed.feed.get("title") if feed.get("feed") else None
    for entry in feed.entries:
        body = _entry_body(entry)
        title = (entry.get("title") or "").strip()
        text = f"{title}\n\n{body}" if title and body and not body.startswith(title) else (body or title)
        if not text:
            continue
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        yield {"id": entry.get("id") or entry.get("link") or None, "text": text, "title": title or None,
               "url": entry.get("link"), "source": source,
               "published": date(*stamp[:3]).isoformat() if stamp else None}


def _entry_body(entry) -> str:
    html = ""
    if entry.get("content"):
        html = " ".join(c.get("value", "") for c in entry.content)
    html = html or entry.get("summary", "")
    return _strip_tags(html).strip()


def _strip_tags(html: str) -> str:
    if "<" not in html:
        return html
    import lxml.html

    try:
        return lxml.html.fromstring(f"<div>{html}</div>").text_content()
    except Exception:  # malformed markup: fall back to the raw string
        return html
