"""Finding attributes' values in HTML quickly.

The built site's pages are a hundred megabytes at 3,000 entries, and the
offline copies, the feeds and the render cache each look through HTML for
links. A pattern that begins with white space (`\\shref="`) makes Python's
re try a match at every character; one that begins with a literal can
search for the literal first. So the patterns here begin with the `="`
that opens a value and look behind it for the attribute's name: the same
matches, four to ten times as fast.
"""

from __future__ import annotations


def value_start(*names: str) -> str:
    """A pattern matching the `="` that opens the value of one of these
    attributes (written after white space, as HTML writes attributes)."""
    behind = "|".join(f'(?<=\\s{name}=")' for name in names)
    return f'="(?:{behind})'
