"""Checks that protect the people a hub writes about.

Contributors are practitioners writing about real work with children; a
phone number, a personal e-mail address or an unexplained photograph can put
someone at risk. These are warnings (a reviewer decides), failures under
`--strict` (CI). Organisations' public contacts, listed in
content/organisations.yml under `contacts`, are allowed.
"""

from __future__ import annotations

import re
from typing import Iterable

from ..diagnostics import Diagnostic
from .model import Entry, Organisation
from .remembered import Remembered

_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
# A run of at least nine digits, perhaps with a leading + and spaces, dots,
# dashes or brackets between them: a phone number, not a year or a date.
_PHONE = re.compile(r"(?<![\w/#=-])\+?\(?\d[\d\s().-]{7,}\d(?![\w/])")
_DIGITS = re.compile(r"\d[\d\s().-]{7,}\d")  # what _PHONE needs, searched once per body
_IDENTIFIER = re.compile(r"\b(?:ISBN|ISSN|DOI)(?:-1[03])?:?\s*$", re.I)
_MD_IMAGE = re.compile(r"!\[([^\]]*)\]\(\s*<?([^)\s>]+)")
_HTML_IMAGE = re.compile(r"<img\b[^>]*>", re.I)
_ALT = re.compile(r"""\balt\s*=\s*("([^"]*)"|'([^']*)')""", re.I)
_CODE = re.compile(r"^(```|~~~)")


def public_contacts(organisations: Iterable[Organisation]) -> set[str]:
    """Every contact an organisation publishes, normalised for comparison."""
    return {_normal(c) for org in organisations for c in (org.contacts or [])}


def _normal(text: str) -> str:
    return re.sub(r"[\s().-]", "", text.lower())


def check(entries: Iterable[Entry], organisations: Iterable[Organisation], remembered: Remembered | None = None
          ) -> list[Diagnostic]:
    """Every entry's warnings. `remembered` (content/remembered.py): those
    of an entry checked alike by a preview's build before, taken."""
    allowed = public_contacts(organisations)
    found: list[Diagnostic] = []
    for entry in entries:
        problems = remembered.check(entry, allowed) if remembered else None
        if problems is None:
            problems = _check_entry(entry, allowed)
            if remembered:
                remembered.keep_check(entry, allowed, problems)
        found += problems
    return found


def _warn(entry: Entry, line: int, field: str, message: str, hint: str) -> Diagnostic:
    return Diagnostic(entry.path, line, field, message, hint, severity="warning")


def _check_entry(entry: Entry, allowed: set[str]) -> list[Diagnostic]:
    problems = []
    images = 0
    # Most bodies hold no '@', no long run of digits and no image: a line is
    # searched only for what its body holds (a build checks millions of lines).
    body = entry.body
    emails, phones = "@" in body, _DIGITS.search(body) is not None
    pictures = "![" in body or "<img" in body.lower()
    for number, text in _lines(entry):
        for match in _EMAIL.finditer(text) if emails else ():
            if _normal(match.group(0)) not in allowed:
                problems.append(_warn(entry, number, "body", f"e-mail address '{match.group(0)}'",
                                      "remove personal contact details; an organisation's public address "
                                      "goes under its `contacts` in content/organisations.yml"))
        for match in _PHONE.finditer(text) if phones else ():
            digits = re.sub(r"\D", "", match.group(0))
            if _IDENTIFIER.search(text[: match.start()]):
                continue  # an ISBN or ISSN, not a phone
            if len(digits) >= 9 and _normal(match.group(0)) not in allowed:
                problems.append(_warn(entry, number, "body", f"phone number '{match.group(0).strip()}'",
                                      "remove personal contact details; an organisation's public number "
                                      "goes under its `contacts` in content/organisations.yml"))
        for alt, source in _images(text) if pictures else ():
            images += 1
            if not alt.strip():
                problems.append(_warn(entry, number, "body", f"image '{source}' has no alt text",
                                      "describe the image in the brackets: ![what it shows](file); never "
                                      "name or describe a child who could be recognised"))
    if images and not entry.fields.get("consent"):
        problems.append(_warn(entry, 1, "consent", f"{images} image(s) but no consent field",
                              "add `consent:` saying how the consent of the people shown (and of children's "
                              "carers) was obtained, or remove the images"))
    return problems


def _lines(entry: Entry):
    """(line number in the file, text) of the body, outside code blocks."""
    in_code = False
    for offset, text in enumerate(entry.body.split("\n")):
        if _CODE.match(text.strip()):
            in_code = not in_code
            continue
        if not in_code:
            yield entry.body_line + offset, text


def _images(text: str):
    for match in _MD_IMAGE.finditer(text):
        yield match.group(1), match.group(2)
    for match in _HTML_IMAGE.finditer(text):
        alt = _ALT.search(match.group(0))
        source = re.search(r"""\bsrc\s*=\s*["']?([^"'\s>]+)""", match.group(0), re.I)
        yield (alt.group(2) or alt.group(3) or "") if alt else "", source.group(1) if source else "?"
