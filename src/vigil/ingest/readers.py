"""Readers: text, JSONL, CSV, HTML and RSS/Atom inputs, files, directories and stdin.

Each yields :class:`~vigil.model.Report` objects. Problems (binary files, broken JSON lines,
a CSV without a ``text`` column, empty files, missing paths, pages with no text) are recorded
in a :class:`Problems` with the file and line, and every other input is still read.
"""
from __future__ import annotations

import csv
import io
import json
import sys
from datetime import date
from pathlib import Path
from typing import Iterable, Iterator, Optional

from ..model import Report
from .decode import decode
from .problems import Problems

FORMATS = ("text", "jsonl", "csv", "html", "rss")
_EXTENSIONS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl", ".csv": "csv", ".tsv": "csv",
               ".html": "html", ".htm": "html", ".xhtml": "html", ".rss": "rss", ".atom": "rss",
               ".xml": "rss", ".txt": "text", ".text": "text", ".md": "text"}
_FIELDS = ("id", "text", "title", "url", "published", "source", "language")


def read_reports(inputs: Iterable[str], problems: Problems, input_format: Optional[str] = None,
                 published: Optional[date] = None, max_chars: int = 200_000) -> Iterator[Report]:
    """Every report in ``inputs`` (paths, directories, or ``-`` for stdin), in order."""
    for item in inputs:
        if item == "-":
            yield from _read_bytes(sys.stdin.buffer.read(), "<stdin>", problems, input_format, published, max_chars)
            continue
        path = Path(item)
        if not path.exists():
            problems.skip(item, "no such file or directory")
        elif path.is_dir():
            for child in _walk(path):
                yield from _read_file(child, problems, input_format, published, max_chars)
        else:
            yield from _read_file(path, problems, input_format, published, max_chars)


def _walk(folder: Path) -> Iterator[Path]:
    for child in sorted(folder.rglob("*")):
        if child.is_file() and not any(part.startswith(".") for part in child.relative_to(folder).parts):
            yield child


def _read_file(path: Path, problems: Problems, fmt: Optional[str], published: Optional[date],
               max_chars: int) -> Iterator[Report]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        problems.skip(str(path), f"cannot read ({exc.strerror or exc})")
        return
    yield from _read_bytes(data, str(path), problems, fmt or _EXTENSIONS.get(path.suffix.lower()),
                           published, max_chars)


def _read_bytes(data: bytes, origin: str, problems: Problems, fmt: Optional[str],
                published: Optional[date], max_chars: int) -> Iterator[Report]:
    if not data.strip():
        problems.skip(origin, "empty input")
        return
    text = decode(data, origin, problems)
    if text is None:
        return
    fmt = fmt or sniff(text)
    reader = {"jsonl": _jsonl, "csv": _csv, "html": _html, "rss": _rss, "text": _text}[fmt]
    for report in reader(text, origin, problems, published):
        yield _truncate(report, max_chars, problems)


def sniff(text: str) -> str:
    """Guess a format from the content when the extension does not say."""
    head = text.lstrip()[:1000].lower()
    if head.startswith("{"):
        return "jsonl"
    if head.startswith("<?xml") or head.startswith("<rss") or head.startswith("<feed"):
        return "rss" if ("<rss" in head or "<feed" in head or "<rdf" in head) else "html"
    if head.startswith("<!doctype html") or head.startswith("<html") or "<body" in head:
        return "html"
    return "text"


def _truncate(report: Report, max_chars: int, problems: Problems) -> Report:
    if len(report.text) <= max_chars:
        return report
    problems.warn(report.origin or report.id, f"text longer than {max_chars} characters; truncated")
    from dataclasses import replace
    return replace(report, text=report.text[:max_chars])


def make_report(fields: dict, origin: str, problems: Problems, published: Optional[date] = None) -> Optional[Report]:
    """A Report from a dict of input fields (unknown fields ignored); None when text is missing."""
    text = fields.get("text")
    if not isinstance(text, str) or not text.strip():
        problems.skip(origin, "no 'text' field" if "text" not in fields else "empty 'text'")
        return None
    values = {k: (str(fields[k]) if fields.get(k) is not None else None) for k in _FIELDS if k != "text"}
    pub = parse_published(values.pop("published"), origin, problems) or published
    return Report(id=values.pop("id") or Report.default_id(text), text=text, published=pub, origin=origin, **values)


def parse_published(value: Optional[str], origin: str, problems: Problems) -> Optional[date]:
    """``YYYY-MM-DD`` (or an ISO timestamp starting with it) as a date; a warning otherwise."""
    if not value:
        return None
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        problems.warn(origin, f"unreadable published date {value!r}; ignored")
        return None


def _jsonl(text: str, origin: str, problems: Problems, published: Optional[date]) -> Iterator[Report]:
    for n, line in enumerate(text.split("\n"), 1):  # not splitlines(): U+2028 may sit inside a JSON string
        line = line.rstrip("\r")
        if not line.strip():
            continue
        where = f"{origin}:{n}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.skip(where, f"broken JSON ({exc.msg} at column {exc.colno})")
            continue
        if not isinstance(obj, dict):
            problems.skip(where, "a JSON line must be an object with a 'text' field")
            continue
        report = make_report(obj, where, problems, published)
        if report is not None:
            yield report


def _csv(text: str, origin: str, problems: Problems, published: Optional[date]) -> Iterator[Report]:
    sample = text[:4096]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel
    rows = csv.DictReader(io.StringIO(text), dialect=dialect)
    header = [h.strip().lower() for h in rows.fieldnames or []]
    if "text" not in header:
        problems.skip(origin, f"CSV has no 'text' column (columns: {', '.join(header) or 'none'})")
        return
    for n, row in enumerate(rows, 2):
        fields = {(k or "").strip().lower(): v for k, v in row.items()}
        report = make_report(fields, f"{origin}:{n}", problems, published)
        if report is not None:
            yield report


def _html(text: str, origin: str, problems: Problems, published: Optional[date]) -> Iterator[Report]:
    from .html import html_to_report_fields

    fields = html_to_report_fields(text)
    if not fields.get("text"):
        problems.skip(origin, "HTML page has no main text")
        return
    fields.setdefault("id", Report.default_id(fields["text"]))
    report = make_report(fields, origin, problems, published)
    if report is not None:
        yield report


def _rss(text: str, origin: str, problems: Problems, published: Optional[date]) -> Iterator[Report]:
    from .feeds import feed_items

    items = list(feed_items(text))
    if not items:
        problems.skip(origin, "feed has no items with text")
    for n, fields in enumerate(items, 1):
        report = make_report(fields, f"{origin}#item{n}", problems, published)
        if report is not None:
            yield report


def _text(text: str, origin: str, problems: Problems, published: Optional[date]) -> Iterator[Report]:
    report = make_report({"text": text}, origin, problems, published)
    if report is not None:
        yield report
