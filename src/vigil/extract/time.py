"""The date stage. The implementation lives in :mod:`vigil.extract.timex`; this module keeps
the stage importable as ``vigil.extract.time``."""
from .timex import DateStage, event_date, event_date_and_words, report_anchor

__all__ = ["DateStage", "event_date", "event_date_and_words", "report_anchor"]
