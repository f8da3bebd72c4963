"""Readers: every format, and every kind of bad input named with file (and line) and reason."""
from __future__ import annotations

import io
import json
from datetime import date

import pytest

from vigil.ingest import Problems, read_reports


def _read(tmp_path, name: str, data: bytes, **kw):
    path = tmp_path / name
    path.write_bytes(data)
    problems = Problems()
    return list(read_reports([str(path)], problems, **kw)), problems


def test_plain_text_is_one_report_with_published_anchor(tmp_path):
    reports, problems = _read(tmp_path, "a.txt", b"Workers struck in Ahvaz on Monday.", published=date(2018, 11, 6))
    assert len(reports) == 1 and not problems.items
    assert reports[0].published == date(2018, 11, 6)
    assert reports[0].id.startswith("r-")


def test_text_id_is_stable_hash(tmp_path):
    a, _ = _read(tmp_path, "a.txt", b"Same words.")
    b, _ = _read(tmp_path, "b.txt", b"Same words.")
    assert a[0].id == b[0].id


def test_jsonl_ignores_unknown_fields_and_names_broken_lines(tmp_path):
    lines = [json.dumps({"id": "r1", "text": "A rally.", "published": "2019-04-10", "gold": {"x": 1}}),
             "{not json", json.dumps({"id": "r3", "title": "no text"}), "", json.dumps({"text": "Second."})]
    reports, problems = _read(tmp_path, "in.jsonl", "\n".join(lines).encode())
    assert [r.id for r in reports][0] == "r1" and len(reports) == 2
    assert reports[0].published == date(2019, 4, 10)
    origins = [p.origin for p in problems.items]
    assert any(o.endswith("in.jsonl:2") for o in origins)
    assert any(o.endswith("in.jsonl:3") and "text" in p.reason for o, p in zip(origins, problems.items))
    assert problems.any_skipped


def test_bad_published_is_a_warning_not_a_skip(tmp_path):
    reports, problems = _read(tmp_path, "in.jsonl", json.dumps({"text": "x", "published": "last year"}).encode())
    assert len(reports) == 1 and reports[0].published is None
    assert problems.items and not problems.any_skipped


def test_csv_needs_a_text_column(tmp_path):
    reports, problems = _read(tmp_path, "in.csv", b"id,body\n1,hello\n")
    assert reports == [] and problems.any_skipped
    assert "no 'text' column" in problems.items[0].reason


def test_csv_reads_rows_with_line_numbers(tmp_path):
    data = b'id,text,published\nc1,"Teachers rallied, again.",2020-01-02\nc2,,2020-01-03\n'
    reports, problems = _read(tmp_path, "in.csv", data)
    assert [r.id for r in reports] == ["c1"]
    assert problems.items[0].origin.endswith("in.csv:3")


def test_binary_file_is_skipped(tmp_path):
    reports, problems = _read(tmp_path, "blob.txt", bytes(range(256)) * 10)
    assert reports == [] and "binary" in problems.items[0].reason


def test_non_utf8_is_decoded_with_a_warning(tmp_path):
    text = "Grève générale à Lyon : les cheminots ont cessé le travail lundi matin. " * 3
    reports, problems = _read(tmp_path, "latin.txt", text.encode("cp1252"))
    assert len(reports) == 1 and "Grève" in reports[0].text
    assert problems.items and not problems.any_skipped and "UTF-8" in problems.items[0].reason


def test_empty_file_and_missing_path(tmp_path):
    reports, problems = _read(tmp_path, "empty.txt", b"  \n")
    assert reports == [] and "empty" in problems.items[0].reason
    problems = Problems()
    assert list(read_reports([str(tmp_path / "nope.jsonl")], problems)) == []
    assert "no such file" in problems.items[0].reason


def test_html_main_text_without_boilerplate(tmp_path):
    html = b"""<html><head><title>Strike in Yazd</title></head><body>
    <nav>Home | World | Sport | Subscribe</nav>
    <article><h1>Truck drivers strike in Yazd</h1>
    <p>Truck drivers in Yazd parked their lorries on Monday and refused to load freight, demanding higher rates.</p>
    <p>The strike spread to several other cities during the day, drivers said, and ports reported delays.</p>
    </article><footer>Copyright 2018 Example News. All rights reserved.</footer></body></html>"""
    reports, problems = _read(tmp_path, "page.html", html)
    assert len(reports) == 1
    assert "refused to load freight" in reports[0].text
    assert "Subscribe" not in reports[0].text and "Copyright" not in reports[0].text


def test_html_without_text_is_skipped(tmp_path):
    reports, problems = _read(tmp_path, "blank.html", b"<html><body><script>var a=1;</script></body></html>")
    assert reports == [] and "no main text" in problems.items[0].reason


def test_rss_items_are_reports(tmp_path):
    rss = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
    <item><title>Nurses strike in Nairobi</title><description>Nurses walked out on &lt;b&gt;Monday&lt;/b&gt;.</description>
    <pubDate>Tue, 04 Dec 2018 08:00:00 GMT</pubDate><link>http://example.org/1</link></item>
    <item><title>Flood in Shiraz</title><description>Streets were flooded.</description></item>
    </channel></rss>"""
    reports, problems = _read(tmp_path, "feed.xml", rss)
    assert len(reports) == 2
    assert reports[0].published == date(2018, 12, 4) and reports[0].source == "Wire"
    assert "<b>" not in reports[0].text and "Monday" in reports[0].text


def test_directories_are_walked_in_order(tmp_path):
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "b.txt").write_text("Second report.")
    (tmp_path / "d" / "a.txt").write_text("First report.")
    (tmp_path / "d" / ".hidden.txt").write_text("Hidden.")
    problems = Problems()
    reports = list(read_reports([str(tmp_path / "d")], problems))
    assert [r.text for r in reports] == ["First report.", "Second report."]


def test_stdin(monkeypatch):
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b'{"id": "s", "text": "From stdin."}\n')))
    problems = Problems()
    reports = list(read_reports(["-"], problems))
    assert reports[0].id == "s"


def test_long_reports_are_truncated_with_a_warning(tmp_path):
    reports, problems = _read(tmp_path, "long.txt", b"word " * 100, max_chars=50)
    assert len(reports[0].text) == 50 and "truncated" in problems.items[0].reason


@pytest.mark.parametrize("fmt", ["text", "jsonl"])
def test_forced_format(tmp_path, fmt):
    reports, _ = _read(tmp_path, "x.dat", b'{"text": "a"}', input_format=fmt)
    assert len(reports) == 1
    assert (reports[0].text == "a") == (fmt == "jsonl")


def test_jsonl_lines_split_on_newlines_only(tmp_path):
    data = (json.dumps({"id": "u", "text": "Workers struck\u2028in Yazd\x85today."}, ensure_ascii=False) + "\r\n"
            + json.dumps({"id": "v", "text": "Second."}) + "\n")
    reports, problems = _read(tmp_path, "u.jsonl", data.encode("utf-8"))
    assert [r.id for r in reports] == ["u", "v"] and not problems.items
    assert "\u2028" in reports[0].text
