"""Name keys for gazetteer matching.

``fold_key`` is the exact key: accents, case, spacing, hyphens and apostrophes folded, so
``Pol-e Dokhtar`` = ``Poledokhtar`` and ``Torbat-E Jam`` = ``Torbat-e Jam``. ``loose_key`` is a
fallback for transliterations of Persian and Arabic names: it also drops the ezafe ("-e-"),
collapses doubled letters and merges the vowel and w/v spellings that romanisations disagree
on, so ``Kut Abdullah`` = ``Kut-e Abdollah``, ``Ahwaz`` = ``Ahvaz``, ``Saqez`` = ``Saqqez``,
``Javanroud`` = ``Javanrud`` and ``Poldokhtar`` = ``Pol-e Dokhtar``.
"""
from __future__ import annotations

import re
import unicodedata
from operator import methodcaller

_FOLD_DROP = re.compile(r"[\s_\-‐‑–—'’‘`ʻʼ.·]+")
_WORDS = re.compile(r"[^\W_]+")
_EZAFE = frozenset({"e", "ye", "i"})
_DOUBLE = re.compile(r"(.)\1+")
_FIRST_OF_RUN = methodcaller("group", 1)  # (a callable: a template such as "\\1" costs a trip into Python's re module each call)
_LOOSE = (("ou", "u"), ("oo", "u"), ("ee", "i"), ("w", "v"), ("u", "o"), ("dh", "z"), ("ph", "f"),
          ("kh", "k"), ("gh", "g"), ("q", "g"), ("y", "i"), ("j", "j"))


def strip_accents(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch))


# Arabic-script letters that Persian writes with its own forms (kaf, yeh, teh marbuta, heh with
# yeh), the tatweel and the (non-)joiners: "شهر كرد" = "شهرکرد" = "شهر‌کرد".
_PERSIAN_FORMS = str.maketrans({"ك": "ک", "ي": "ی", "ى": "ی", "ة": "ه", "ۀ": "ه", "ـ": None,
                                "\u200c": None, "\u200d": None})


# An Arabic article opening a town's name ("Al Diwaniyah", "As Samawah", "Ad-Dawr"), which English
# writing often drops
ARABIC_ARTICLE = re.compile(r"^(?:al|el|as|ad|ar|an|at|ash|az|adh)[ -]", re.I)


def fold_key(s: str) -> str:
    """Exact matching key: no accents, casefolded, no spaces, hyphens, dots or apostrophes;
    Arabic-script letters in their Persian forms."""
    if s.isascii():
        return _FOLD_DROP.sub("", s.lower())
    return _FOLD_DROP.sub("", strip_accents(s).casefold().translate(_PERSIAN_FORMS))


def loose_key(s: str) -> str:
    """Looser key for romanisation variants; only used when the exact key finds nothing."""
    words = _WORDS.findall(s.lower() if s.isascii() else strip_accents(s).casefold())
    if len(words) > 1:
        words = [w for i, w in enumerate(words) if not (i and w in _EZAFE)]
    k = "".join(words)
    for a, b in _LOOSE:
        k = k.replace(a, b)
    if k.endswith("h") and k[-2:-1] in _VOWELS:
        k = k[:-1]  # a final "h" after a vowel, often left out: "Kabkabiya" for Kabkabiyah, "Jeddah" for Jedda
    return _DOUBLE.sub(_FIRST_OF_RUN, k)


_VOWELS = frozenset("aeio")  # (u and y are o and i by then)


def is_latin(key: str) -> bool:
    return all(ch.isascii() for ch in key)


def is_arabic_script(key: str) -> bool:
    return bool(key) and all("\u0600" <= ch <= "\u06ff" or "\u0750" <= ch <= "\u077f"
                             or "\ufb50" <= ch <= "\ufdff" or "\ufe70" <= ch <= "\ufeff"
                             or ch == "\u200c" for ch in key)
