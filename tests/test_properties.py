"""Property tests: extraction never raises on arbitrary text; ingesting twice equals once."""
from __future__ import annotations

import json
import sqlite3
from datetime import date

from hypothesis import HealthCheck, given, settings, strategies as st

from vigil.model import Report
from vigil.store.sqlite import SQLiteStore

WORDS = st.sampled_from(["protest", "strike", "Ahvaz", "Tehran", "police", "arrested", "50", "over 8,000",
                         "killed", "July 23, 2018", "on Tuesday", "#Iran", "5th day", "-", ",", ".", "\n",
                         "Dey 1396", "۲۱ آبان ۱۴۰۱", "between 10 and", "dozens", "nationwide", "Province"])
# Persian words and marks the Persian readers act on (places, calendar months, ordinal days,
# counts, sources, future and denial words, joiners, Arabic-keyboard letters, Persian digits).
PERSIAN_WORDS = st.sampled_from(["در", "تهران", "اهل", "سقز", "جاوید نام", "۱۹", "دی", "ماه", "۱۴۰۱", "دومین",
                                 "روز", "اعتصاب", "سراسری", "کشته", "و", "بازداشت", "شدند", "بین", "تا", "نفر",
                                 "به گزارش", "هرانا", "گفت", "اما", "این رقم را", "خواهند", "هیچ", "رخ نداد",
                                 "پیکر", "درگذشت", "؟", ".", "،", "‌", "ي", "ك", "٢٤", "بیست و یکمین", "لندن"])
TEXTS = st.one_of(st.text(max_size=400), st.lists(WORDS, max_size=60).map(" ".join),
                  st.lists(PERSIAN_WORDS, max_size=60).map(" ".join))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXTS, published=st.one_of(st.none(), st.dates(date(1990, 1, 1), date(2030, 12, 31))))
def test_extract_never_raises_and_spans_are_exact(pipeline, text, published):
    doc = pipeline.process(Report(id="p", text=text, published=published))
    for ev in doc.events:
        json.dumps(ev.to_json())
        for e in ev.evidence:
            assert text[e.start:e.end] == e.text
    for m in doc.places + doc.dates + doc.numbers:
        assert text[m.start:m.end] == m.text


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(texts=st.lists(TEXTS.filter(lambda t: t.strip()), min_size=1, max_size=5))
def test_ingest_twice_equals_ingest_once(pipeline, tmp_path_factory, texts):
    path = str(tmp_path_factory.mktemp("prop") / "p.db")
    reports = [Report(id=Report.default_id(t), text=t, published=date(2019, 1, 5)) for t in texts]

    def ingest():
        with SQLiteStore(path) as store:
            store.add((d.report, d.events) for d in pipeline.pipe(reports))
        conn = sqlite3.connect(path)
        dump = {t: sorted(conn.execute(f"SELECT * FROM {t}").fetchall()) for t in ("events", "event_reports")}
        dump["reports"] = sorted(r[:-1] for r in conn.execute("SELECT * FROM reports"))
        conn.close()
        return dump

    assert ingest() == ingest()
