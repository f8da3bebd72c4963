"""Bytes to text: binary files are refused, non-UTF-8 text is decoded with a detected encoding."""
from __future__ import annotations

from typing import Optional

from .problems import Problems

_CONTROL = bytes(range(0, 9)) + bytes([11, 12]) + bytes(range(14, 32))


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters in the first 8 KB mean a binary file."""
    head = data[:8192]
    if not head:
        return False
    if b"\x00" in head:
        # UTF-16 text carries NULs too; a BOM says it is text
        return not head.startswith((b"\xff\xfe", b"\xfe\xff"))
    controls = sum(head.count(bytes([c])) for c in _CONTROL)
    return controls / len(head) > 0.05


def decode(data: bytes, origin: str, problems: Problems) -> Optional[str]:
    """Decode ``data`` as UTF-8, else with the encoding charset-normalizer detects (warning).

    Returns None (and records a skip) for binary data or text no encoding explains.
    """
    if looks_binary(data):
        problems.skip(origin, "binary file, not text")
        return None
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        problems.skip(origin, "not UTF-8 and no text encoding detected")
        return None
    problems.warn(origin, f"not UTF-8; decoded as {best.encoding}")
    return str(best)
