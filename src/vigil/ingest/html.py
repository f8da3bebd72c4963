"""HTML pages: main text via trafilatura (boilerplate dropped), title and date from metadata."""
from __future__ import annotations


def html_to_report_fields(html: str) -> dict:
    """Fields for a report from an HTML page; ``text`` is empty when the page has no main text."""
    import trafilatura

    text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_recall=True) or ""
    fields: dict = {"text": text.strip()}
    meta = trafilatura.extract_metadata(html)
    if meta is not None:
        fields.update({k: v for k, v in (("title", meta.title), ("url", meta.url), ("published", meta.date),
                                          ("source", meta.sitename)) if v})
    return fields
