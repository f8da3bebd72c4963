"""The first stage: split the report's text into sentences."""
from __future__ import annotations

from ..model import Doc
from .text import split_sentences


class SegmentStage:
    def __call__(self, doc: Doc) -> Doc:
        doc.sentences = split_sentences(doc.text)
        return doc
