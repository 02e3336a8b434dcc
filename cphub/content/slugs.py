"""Slugs: lowercase a-z, 0-9 and single hyphens, made from any title.

The browser editor makes a new entry's file name the same way, with its
copy of this function (`slugify` in templates/admin/cphub-editor.js, which a
test runs against this one): apostrophes dropped, accents stripped, a title
over 80 characters cut at 79 first.
"""

from __future__ import annotations

import re
import unicodedata

# Letters that NFKD does not split into a base letter and a mark.
_FOLD = str.maketrans({"ß": "ss", "æ": "ae", "Æ": "ae", "ø": "o", "Ø": "o", "œ": "oe", "Œ": "oe",
                       "đ": "d", "Đ": "d", "ł": "l", "Ł": "l", "þ": "th", "ı": "i", "'": ""})
MAX_TITLE = 80


def slugify(title: str) -> str:
    """"Children's Ümlauts & Co" → 'childrens-umlauts-co'. Letters outside
    Latin script are dropped."""
    if len(title) > MAX_TITLE:
        title = title[:MAX_TITLE - 1]
    text = unicodedata.normalize("NFKD", title.translate(_FOLD))
    text = text.encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")
