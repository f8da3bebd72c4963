"""Shared by the Persian span benchmarks: read a CoNLL-style NER file into sentences with the
spans of one tag, and score predicted spans against them by overlap.

Files: one token a line ("token|tag" in PEYMA, "token<TAB>tag" in ParsTwiNER), a blank line
between sentences; B-X/I-X (or B_X/I_X) mark the tag X. Each sentence is rebuilt with single
spaces, so the spans are character offsets into that text.
"""
from __future__ import annotations

from collections import Counter
from typing import Callable, Iterable, Iterator

Span = tuple[int, int]


def sentences(path: str, tag: str) -> Iterator[tuple[str, list[Span]]]:
    """(text, spans of ``tag``) per sentence of the file."""
    tokens: list[tuple[str, str]] = []
    with open(path, encoding="utf-8") as fh:
        for line in list(fh) + [""]:
            line = line.rstrip("\n")
            sep = "|" if "|" in line else "\t"
            if line.strip() and sep in line:
                word, label = line.rsplit(sep, 1)
                tokens.append((word, label.replace("_", "-")))
                continue
            if tokens:
                yield _joined(tokens, tag)
                tokens = []


def _joined(tokens: list[tuple[str, str]], tag: str) -> tuple[str, list[Span]]:
    text, spans, open_span = "", [], None
    for word, label in tokens:
        text += " " if text else ""
        start = len(text)
        text += word
        if label == f"B-{tag}" or (label == f"I-{tag}" and open_span is None):
            open_span = [start, len(text)]
            spans.append(open_span)
        elif label == f"I-{tag}":
            open_span[1] = len(text)
        else:
            open_span = None
    return text, [(a, b) for a, b in spans]


def score(corpus: Iterable[tuple[str, list[Span]]], predict: Callable[[int, str], list[tuple[int, int, str]]],
          name: str, errors: int = 0) -> str:
    """The scorer's report: a gold span counts as found when a predicted one overlaps it, a
    predicted span as right when it overlaps a gold one; with ``errors``, the commonest misses
    and extras. ``predict(i, text)`` gives (start, end, text) of each predicted span."""
    n = gold_n = pred_n = found = right = 0
    misses, extras = Counter(), Counter()
    for i, (text, gold) in enumerate(corpus):
        n += 1
        pred = predict(i, text)
        gold_n, pred_n = gold_n + len(gold), pred_n + len(pred)
        for s, e in gold:
            if any(a < e and s < b for a, b, _ in pred):
                found += 1
            else:
                misses[text[s:e]] += 1
        for a, b, t in pred:
            if any(a < e and s < b for s, e in gold):
                right += 1
            else:
                extras[t] += 1
    p, r = right / max(1, pred_n), found / max(1, gold_n)
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    lines = [f"sentences={n} gold_{name}={gold_n} predicted={pred_n} precision={p:.3f} recall={r:.3f} f1={f1:.3f}"]
    if errors:
        lines.append("missed: " + ", ".join(f"{w} ({c})" for w, c in misses.most_common(errors)))
        lines.append("extra: " + ", ".join(f"{w} ({c})" for w, c in extras.most_common(errors)))
    return "\n".join(lines)
