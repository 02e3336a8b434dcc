"""Strict YAML for front matter and vocabularies.

PyYAML's defaults betray contributors: `NO` (Norway) becomes False, `10:00`
becomes 600, a duplicate key silently keeps the last value, and tags can ask
for Python objects. This reader resolves only what the content model needs
(null, true/false, decimal integers and floats); everything else, dates
included, stays text for the validator to judge. It refuses duplicate keys,
tags, anchors and aliases (so no alias bomb can expand), and records the line
of every value so that every problem can name its line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import yaml
from yaml.events import AliasEvent
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

Path = tuple  # a path into the data: ("speakers", 0, "name")

_NULL = re.compile(r"^(?:~|null|Null|NULL|)$")
_BOOL = re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$")
_INT = re.compile(r"^[-+]?[0-9]+$")
_FLOAT = re.compile(r"^[-+]?(?:[0-9]+\.[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?$")


class YamlProblem(Exception):
    """A document that cannot be read; `line` is 1-based within the text."""

    def __init__(self, line: int, message: str, hint: str = ""):
        super().__init__(message)
        self.line = line
        self.message = message
        self.hint = hint


@dataclass
class Document:
    """Plain data plus, for every path into it, the line it came from."""

    data: Any
    lines: dict[Path, int] = field(default_factory=dict)
    # The source text of scalars that were read as numbers or booleans, so a
    # text field given `title: 2024` can take "2024" back exactly as written.
    raw: dict[Path, str] = field(default_factory=dict)

    def line(self, path: Path, default: int = 1) -> int:
        """The line of `path`, or of its nearest ancestor that has one."""
        while path:
            if path in self.lines:
                return self.lines[path]
            path = path[:-1]
        return self.lines.get((), default)


class _Loader(yaml.SafeLoader):
    """Composes nodes only, refusing tags, anchors and aliases on sight.

    Refusing an alias before it is composed is what makes alias bombs
    harmless: nothing is ever expanded.
    """

    def compose_node(self, parent, index):  # PyYAML hook
        event = self.peek_event()
        line = event.start_mark.line + 1
        if isinstance(event, AliasEvent) or getattr(event, "anchor", None):
            raise YamlProblem(line, "anchors and aliases (&name, *name) are not allowed",
                              "write the value out in full")
        if getattr(event, "tag", None) is not None:
            raise YamlProblem(line, f"YAML tags such as '{event.tag.replace('tag:yaml.org,2002:', '!!')}' are not allowed",
                              "remove the tag; put text in double quotes instead")
        return super().compose_node(parent, index)


def parse(text: str, first_line: int = 1) -> Document:
    """Parse one YAML document strictly; line numbers start at `first_line`."""
    offset = first_line - 1
    try:
        node = yaml.compose(text, Loader=_Loader)
    except YamlProblem as problem:
        problem.line += offset
        raise
    except yaml.MarkedYAMLError as error:
        # An unclosed quote is best reported where it opened, not at the end.
        opened = error.context and "quoted scalar" in error.context
        mark = (error.context_mark if opened else error.problem_mark) or error.context_mark
        line = (mark.line + 1 if mark else 1) + offset
        message = (error.problem or error.context or "not valid YAML").strip()
        if opened:
            message = "a quoted value is not closed"
        raise YamlProblem(line, f"not valid YAML: {message}", _yaml_hint(message)) from None
    except yaml.YAMLError as error:
        raise YamlProblem(first_line, f"not valid YAML: {error}") from None
    doc = Document(data=None)
    if node is not None:
        doc.data = _convert(node, (), doc, offset)
    return doc


def _yaml_hint(message: str) -> str:
    if "\\t" in message or "tab" in message:
        return "indent with spaces, never tabs"
    if "mapping values are not allowed" in message:
        return "put text containing ': ' in double quotes"
    if "found character '@'" in message or "found character '`'" in message:
        return "put the value in double quotes"
    return "check quotes, colons and indentation on this line and the one before"


def _convert(node: Node, path: Path, doc: Document, offset: int) -> Any:
    doc.lines.setdefault(path, node.start_mark.line + 1 + offset)
    if isinstance(node, MappingNode):
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            key_line = key_node.start_mark.line + 1 + offset
            if not isinstance(key_node, ScalarNode):
                raise YamlProblem(key_line, "a key must be plain text")
            key = key_node.value
            if key in result:
                first = doc.lines[path + (key,)]
                raise YamlProblem(key_line, f"duplicate key '{key}' (first given on line {first})",
                                  "keep only one of the two")
            doc.lines[path + (key,)] = key_line
            result[key] = _convert(value_node, path + (key,), doc, offset)
        return result
    if isinstance(node, SequenceNode):
        return [_convert(item, path + (i,), doc, offset) for i, item in enumerate(node.value)]
    return _scalar(node, path, doc)


def _scalar(node: ScalarNode, path: Path, doc: Document) -> Any:
    value = node.value
    if node.style:  # quoted or block scalar: always text
        return value
    if _NULL.match(value):
        return None
    for pattern, convert in ((_BOOL, lambda v: v.lower() == "true"), (_INT, int), (_FLOAT, float)):
        if pattern.match(value):
            doc.raw[path] = value
            return convert(value)
    return value
