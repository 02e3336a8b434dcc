"""Slugs: lowercase a-z, 0-9 and single hyphens, made from any title."""

from __future__ import annotations

import re
import unicodedata

# Letters that NFKD does not split into a base letter and a mark.
_FOLD = str.maketrans({"ß": "ss", "æ": "ae", "Æ": "ae", "ø": "o", "Ø": "o", "œ": "oe", "Œ": "oe",
                       "đ": "d", "Đ": "d", "ł": "l", "Ł": "l", "þ": "th", "ı": "i"})


def slugify(title: str, max_length: int = 80) -> str:
    """'Ümlauts & Co' → 'umlauts-co'. Letters outside Latin script are dropped."""
    text = unicodedata.normalize("NFKD", title.translate(_FOLD))
    text = text.encode("ascii", "ignore").decode("ascii").lower()
    slug = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    if len(slug) > max_length:
        slug = slug[:max_length].rsplit("-", 1)[0]
    return slug
