"""Ingest: read reports from text, JSONL, CSV, HTML and RSS/Atom inputs."""
from .problems import Problem, Problems
from .readers import FORMATS, read_reports

__all__ = ["FORMATS", "Problem", "Problems", "read_reports"]
