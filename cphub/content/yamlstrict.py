"""Strict YAML for front matter and vocabularies.

PyYAML's defaults betray contributors: `NO` (Norway) becomes False, `10:00`
becomes 600, a duplicate key silently keeps the last value, and tags can ask
for Python objects. This reader builds plain data itself from the parser's
event stream (libyaml's, in C, where available) and resolves only what the
content model needs: null, true/false, decimal integers and floats.
Everything else, dates included, stays text for the validator to judge. It
refuses duplicate keys, tags, anchors and aliases (so no alias bomb can
expand), and records the line of every value so that every problem can name
its line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Iterable, Iterator

import yaml
from yaml import events as ev

from .yamlhints import explain, quoted

Path = tuple  # a path into the data: ("speakers", 0, "name")

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
MAX_DEPTH = 20  # front matter is two or three levels deep; this stops a nesting bomb
_NULL = re.compile(r"^(?:~|null|Null|NULL|)$")
_BOOL = re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$")
_INT = re.compile(r"^[-+]?[0-9]+$")
_FLOAT = re.compile(r"^[-+]?(?:[0-9]+\.[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?$")


class YamlProblem(Exception):
    """A document that cannot be read; `line` is 1-based within the file."""

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


def parse(text: str, first_line: int = 1, keys: Iterable[str] = ()) -> Document:
    """Parse one YAML document strictly; line numbers start at `first_line`.
    `keys` are the names fields may have: they tell a field indented by
    mistake from text (yamlhints.py)."""
    builder = _Builder(first_line - 1)
    try:
        builder.document(iter(yaml.parse(text, Loader=_LOADER)))
    except yaml.MarkedYAMLError as error:
        index, message, hint = explain(error, text, keys)
        raise YamlProblem(index + first_line, message, hint) from None
    except yaml.reader.ReaderError as error:  # a control character, such as NUL
        line = text.count("\n", 0, max(error.position, 0)) + first_line
        code = error.character if isinstance(error.character, int) else ord(str(error.character)[:1] or "\0")
        raise YamlProblem(line, f"contains a character that is not allowed (#x{code:04x})",
                          "remove it: save the file as plain UTF-8 text") from None
    except yaml.YAMLError as error:
        message = " ".join(str(error).split())
        raise YamlProblem(first_line, f"not valid YAML: {message}") from None
    return builder.doc


class _Builder:
    def __init__(self, offset: int):
        self.offset = offset
        self.doc = Document(data=None)

    def document(self, stream: Iterator[ev.Event]) -> None:
        for event in stream:
            if isinstance(event, ev.DocumentStartEvent):
                if self.doc.lines:
                    raise YamlProblem(self._line(event), "only one block of fields is allowed",
                                      "remove the extra '---' line")
                node = next(stream)
                if not isinstance(node, ev.DocumentEndEvent):
                    self.doc.data = self._value(node, stream, ())
                    next(stream)  # its DocumentEndEvent

    def _line(self, event: ev.Event) -> int:
        return event.start_mark.line + 1 + self.offset

    def _value(self, event: ev.Event, stream: Iterator[ev.Event], path: Path) -> Any:
        line = self._line(event)
        if len(path) > MAX_DEPTH:
            raise YamlProblem(line, f"values are nested more than {MAX_DEPTH} levels deep",
                              "front matter needs at most a list of small mappings")
        # Refused on sight: an alias is never expanded, so no alias bomb can grow.
        if isinstance(event, ev.ScalarEvent) and event.anchor and not event.style:
            # `title: &Co partners`: text that begins with '&', not an anchor meant.
            name = f"{path[-1]}: " if path and isinstance(path[-1], str) else ""
            raise YamlProblem(line, "not valid YAML: a value cannot start with '&'",
                              f"put the value in double quotes, e.g. {name}{quoted(f'&{event.anchor} {event.value}')}")
        if isinstance(event, ev.AliasEvent):  # `title: *Important*`, or an alias: either way, quotes
            raise YamlProblem(line, "not valid YAML: a value cannot start with '*'",
                              "put the value in double quotes: YAML's aliases (*name) are not allowed")
        if getattr(event, "anchor", None):
            raise YamlProblem(line, "anchors and aliases (&name, *name) are not allowed",
                              "write the value out in full")
        if getattr(event, "tag", None) is not None:
            tag = event.tag.replace("tag:yaml.org,2002:", "!!")
            raise YamlProblem(line, f"YAML tags such as '{tag}' are not allowed",
                              "remove the tag; put text in double quotes instead")
        self.doc.lines.setdefault(path, line)
        if isinstance(event, ev.MappingStartEvent):
            return self._mapping(stream, path)
        if isinstance(event, ev.SequenceStartEvent):
            items = []
            for item in stream:
                if isinstance(item, ev.SequenceEndEvent):
                    return items
                items.append(self._value(item, stream, path + (len(items),)))
        return self._scalar(event, path)

    def _mapping(self, stream: Iterator[ev.Event], path: Path) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key_event in stream:
            if isinstance(key_event, ev.MappingEndEvent):
                return result
            line = self._line(key_event)
            if not isinstance(key_event, ev.ScalarEvent) or key_event.tag or key_event.anchor:
                raise YamlProblem(line, "a key must be plain text", "write 'name: value'")
            key = key_event.value
            if key in result:
                first = self.doc.lines[path + (key,)]
                raise YamlProblem(line, f"duplicate key '{key}' (first given on line {first})",
                                  "keep only one of the two")
            self.doc.lines[path + (key,)] = line
            result[key] = self._value(next(stream), stream, path + (key,))
        return result

    def _scalar(self, event: ev.ScalarEvent, path: Path) -> Any:
        value = event.value
        if event.style:  # quoted or block scalar: always text
            return value
        if _NULL.match(value):
            return None
        for pattern, convert in ((_BOOL, lambda v: v.lower() == "true"), (_INT, int), (_FLOAT, float)):
            if pattern.match(value):
                self.doc.raw[path] = value
                return convert(value)
        return value
