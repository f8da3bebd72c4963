"""The command line: contract output, exit codes, stage commands, the store round trip."""
from __future__ import annotations

import io
import json
import subprocess
import sys

import pytest

from vigil.cli import main
from vigil.contract import validate_event

REPORTS = [
    {"id": "c1", "published": "2018-07-24", "text": "Yasuj, Iran. July 23, 2018. Truck drivers began a nationwide strike over freight rates."},
    {"id": "c2", "published": "2019-11-18", "text": "Police fired tear gas at protesters in Ahvaz on Saturday and arrested 30 people, according to HRANA."},
    {"id": "c3", "published": "2020-05-02", "text": "The striker scored twice as the home side won the league title."},
]


@pytest.fixture
def reports_file(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in REPORTS) + "\n", encoding="utf-8")
    return path


def run(argv, capsys):
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_extract_writes_contract_lines_only(reports_file, capsys):
    code, out, err = run(["extract", str(reports_file), "--format", "jsonl", "--quiet"], capsys)
    assert code == 0
    events = [json.loads(line) for line in out.splitlines()]
    assert events and all(validate_event(e) == [] for e in events)
    assert {e["report_ids"][0] for e in events} == {"c1", "c2"}  # the football report has none
    assert err == ""


def test_skipped_inputs_give_exit_code_1_and_the_rest_is_processed(reports_file, tmp_path, capsys):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "Teachers rallied in Tehran on Monday."}\n{broken\n', encoding="utf-8")
    code, out, err = run(["extract", str(reports_file), str(bad), str(tmp_path / "missing.txt")], capsys)
    assert code == 1
    assert "bad.jsonl:2" in err and "missing.txt" in err and "Traceback" not in err
    assert any(json.loads(line)["report_ids"][0].startswith("r-") for line in out.splitlines())


def test_usage_error_is_exit_code_2(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["extract", "--format", "xml"])
    assert exc.value.code == 2
    code, _, err = run(["events", "--db", "/nonexistent/dir/v.db"], capsys)
    assert code == 2 and "vigil ingest" in err


def test_stdin_and_published_flag(monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"Nurses went on strike in Nairobi on Tuesday.")))
    code, out, _ = run(["extract", "-", "--published", "2018-12-06", "--quiet"], capsys)
    ev = json.loads(out.splitlines()[0])
    assert code == 0 and ev["type"] == "strike" and ev["date"]["start"] == "2018-12-04"


def test_places_and_dates_stage_commands(reports_file, capsys):
    code, out, _ = run(["places", str(reports_file), "--quiet"], capsys)
    places = [json.loads(line) for line in out.splitlines()]
    text = {r["id"]: r["text"] for r in REPORTS}
    assert code == 0 and any(p["name"] == "Yasuj" for p in places)
    assert all(text[p["report_id"]][p["start"]:p["end"]] == p["text"] for p in places)
    code, out, _ = run(["dates", str(reports_file), "--quiet"], capsys)
    dates = [json.loads(line) for line in out.splitlines()]
    assert any(d["start_date"] == "2018-07-23" and d["precision"] == "day" for d in dates)


def test_ingest_query_export_round_trip(reports_file, tmp_path, capsys):
    db = str(tmp_path / "v.db")
    assert run(["ingest", str(reports_file), "--db", db, "--quiet"], capsys)[0] == 0
    code, out, _ = run(["events", "--db", db, "--type", "repression", "--format", "jsonl"], capsys)
    assert code == 0 and [json.loads(line)["place"]["city"] for line in out.splitlines()] == ["Ahvaz"]
    code, out, _ = run(["events", "--db", db], capsys)
    assert "Ahvaz" in out and "events" in out.splitlines()[-1]
    code, out, _ = run(["export", "--db", db, "--format", "acled"], capsys)
    assert out.startswith("event_id_cnty,event_date,year,time_precision")
    out_file = tmp_path / "e.parquet"
    assert run(["export", "--db", db, "--format", "parquet", "-o", str(out_file)], capsys)[0] == 0
    assert out_file.stat().st_size > 0


def test_validate_command_flags_bad_lines(tmp_path, capsys):
    path = tmp_path / "ev.jsonl"
    path.write_text('{"event_id": "x"}\n', encoding="utf-8")
    code, _, err = run(["validate", str(path)], capsys)
    assert code == 1 and "ev.jsonl:1" in err and "missing field" in err


def test_python_dash_m_entry_point(reports_file):
    out = subprocess.run([sys.executable, "-m", "vigil", "extract", str(reports_file), "--quiet"],
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 0 and out.stdout.strip()


def test_link_unlink_merge_from_the_command_line(tmp_path, capsys):
    text = "A gunman opened fire at a bar on Main Street in Franklin, Indiana on Monday, killing two people, police said."
    rows = [{"id": "a", "published": "2014-02-04", "text": text},
            {"id": "b", "published": "2014-02-04", "text": "Two people were killed on Monday when a gunman opened fire in a Main Street bar in Franklin, Indiana."}]
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    db = str(tmp_path / "v.db")
    assert run(["ingest", str(src), "--db", db, "--quiet"], capsys)[0] == 0
    code, out, _ = run(["events", "--db", db, "--type", "attack", "--format", "jsonl"], capsys)
    [merged] = [json.loads(line) for line in out.splitlines()]
    assert sorted(merged["report_ids"]) == ["a", "b"] and merged["links"]
    code, out, _ = run(["events", "--db", db, "--explain"], capsys)
    assert "linked:" in out and "same city" in out
    code, _, err = run(["unlink", merged["event_id"], "--report", "b", "--db", db], capsys)
    assert code == 0 and "separate" in err
    code, out, _ = run(["events", "--db", db, "--type", "attack", "--format", "jsonl"], capsys)
    ids = [json.loads(line)["event_id"] for line in out.splitlines()]
    assert len(ids) == 2
    assert run(["ingest", str(src), "--db", db, "--quiet"], capsys)[0] == 0  # a re-run keeps the split
    assert len(run(["events", "--db", db, "--type", "attack", "--format", "jsonl"], capsys)[1].splitlines()) == 2
    code, _, err = run(["merge", ids[0], ids[1], "--db", db], capsys)
    assert code == 0 and "merged" in err
    assert len(run(["events", "--db", db, "--type", "attack", "--format", "jsonl"], capsys)[1].splitlines()) == 1
    code, _, err = run(["unlink", "ev-nope", "--db", db], capsys)
    assert code == 2 and "not a merge" in err


def test_workers_give_the_same_events_in_the_same_order(reports_file, capsys):
    _, one, _ = run(["extract", str(reports_file), "--quiet", "--workers", "1"], capsys)
    _, two, _ = run(["extract", str(reports_file), "--quiet", "--workers", "2"], capsys)
    _, auto, _ = run(["extract", str(reports_file), "--quiet"], capsys)  # one per core
    assert one == two == auto and one
