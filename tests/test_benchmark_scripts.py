"""The measuring scripts under benchmarks/ still run against the current code: they reach into
the stages (the event-place scorer calls the event-place helpers directly), so a change of
signature would otherwise only show when someone next measures. Tiny invented inputs; no
figure is asserted beyond the script's own output shape."""
from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _run(*args: str) -> str:
    done = subprocess.run([sys.executable, *args], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def _record(text: str, verb: str, place: str | None) -> dict:
    spans = [{"label": "VERB", "start": text.index(verb), "end": text.index(verb) + len(verb)}]
    if place is not None:
        spans.append({"label": "LOCATION", "start": text.index(place), "end": text.index(place) + len(place)})
    return {"text": text, "spans": spans, "answer": "accept"}


def test_event_place_scorer_runs(tmp_path):
    records = [_record("Hundreds of farmers protested in Lahore on Monday over water prices.", "protested", "Lahore"),
               _record("Dockworkers went on strike across the country, the union said.", "strike", None)]
    path = tmp_path / "labeled.zip"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("labeled_text.jsonl", json.dumps(records))
    out = _run("benchmarks/event_place_eval.py", str(path))
    assert "all: " in out and "of 2" in out


def test_link_benchmark_runs():
    out = _run("benchmarks/bench_link.py", "--sizes", "300")
    assert "B-cubed" in out and "300" in out


def test_persian_place_scorer_reads_both_corpus_styles(tmp_path):
    # Workers gathered in Tabriz | in front of the governor's office (a place no gazetteer holds).
    peyma = tmp_path / "peyma_like.txt"
    peyma.write_text("کارگران|O\nدر|O\nتبریز|B_LOC\nتجمع|O\nکردند|O\n\nمقابل|O\nاستانداری|B_LOC\n\n", encoding="utf-8")
    out = _run("benchmarks/persian_places_eval.py", str(peyma), "--errors", "5")
    assert "sentences=2 gold_locations=2 predicted=1 precision=1.000 recall=0.500" in out
    assert "استانداری (1)" in out
    tweets = tmp_path / "tweets_like.txt"  # ParsTwiNER: tab-separated, B-LOC with a hyphen
    tweets.write_text("سلام\tO\nاز\tO\nشیراز\tB-LOC\n", encoding="utf-8")
    assert "gold_locations=1 predicted=1 precision=1.000 recall=1.000" in _run("benchmarks/persian_places_eval.py", str(tweets))


def test_persian_date_scorer_runs(tmp_path):
    # Workers gathered yesterday. / The bazaar closed on 18 Dey.
    rows = ["کارگران|O", "دیروز|B_DAT", "تجمع|O", "کردند|O", "", "بازار|O", "۱۸|B_DAT", "دی|I_DAT", "بسته|O", "شد|O"]
    path = tmp_path / "dates.txt"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    out = _run("benchmarks/persian_dates_eval.py", str(path), "--errors", "3")
    assert "sentences=2 gold_dates=2" in out and "missed:" in out


def test_probe_scorer_pairs_events_by_type_and_town(tmp_path):
    """One labelled protest found in its town, one arrest labelled and missed, one non-event with an
    event found: precision 1/2, recall 1/2, the paired protest right in every field."""
    probes = [
        {"id": "p1", "published": "2024-03-11", "text": "Farmers marched in Lyon on Friday against fuel taxes. Police "
         "said they would look into it.", "expected": [
            {"type": "protest", "status": "occurred", "city": "Lyon", "nationwide": False, "date_start": "2024-03-08"},
            {"type": "arrest", "status": "occurred", "city": "Lyon", "nationwide": False, "date_start": "2024-03-08"}]},
        {"id": "p2", "published": "2024-03-11", "text": "Teachers went on strike in Lille on Monday.", "expected": []},
    ]
    path = tmp_path / "probes.jsonl"
    path.write_text("".join(json.dumps(p) + "\n" for p in probes))
    out = _run("benchmarks/probe_eval.py", str(path))
    assert "2 reports, 2 labelled events: precision 0.500, recall 0.500, F1 0.500" in out
    assert "city 1.000, date 1.000, status 1.000" in out
