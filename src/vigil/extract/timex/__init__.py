"""Event dates with honest precision: detection, Jalali and relative resolution, and the choice
of an event's date (see :mod:`.stage` and :mod:`.choose`)."""
from .choose import event_date, event_date_and_words
from .stage import DateStage
from .stage import anchor as report_anchor

__all__ = ["DateStage", "event_date", "event_date_and_words", "report_anchor"]
