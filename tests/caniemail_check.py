"""An e-mail's HTML checked against caniemail's support data (npm package
`caniemail`, pinned in tests/email-checks/), for the mail programs the hub's
readers use: every HTML element and attribute and every CSS property, value,
unit, selector and at-rule it uses, looked up for each program.

The rules (README, "Newsletters by e-mail"): a use fails in a program when
caniemail says the program does not support it ("n"), or supports it in
part ("a") with a note that applies to this use (an element the feature is
not supported on, or a value it refuses); unless the reading does not
depend on it:
- inside a media query: a refinement for narrow screens or dark mode, and a
  `<style>` that holds nothing else (a program that drops it shows the
  e-mail as its inline styles lay it out);
- on the preheader, the hidden summary at the top: it is checked as a
  whole instead, hidden in each program by at least one means it supports;
- on `<body>`: margin and padding resets, and what the wrapper repeats
  (the elements that open before the body's first text; Gmail replaces
  `<body>`, Outlook for Mac drops it);
- inside `<!--[if mso]>` comments: read by Outlook for Windows only;
- a feature in HARMLESS below, with the reason why.
A use caniemail does not know (a property it has not tested, such as
`color`, or Outlook's own `mso-hide`) is listed, not judged.

    python tests/caniemail_check.py FILE.html…   # every use, client by client
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field, replace
from html.parser import HTMLParser

# The mail programs, as caniemail names them: (family, platform).
CLIENTS = {
    "Gmail (web)": ("gmail", "desktop-webmail"),
    "Gmail (mobile web)": ("gmail", "mobile-webmail"),
    "Gmail (Android)": ("gmail", "android"),
    "Gmail (iOS)": ("gmail", "ios"),
    "Outlook (Windows)": ("outlook", "windows"),
    "Outlook (Windows Mail)": ("outlook", "windows-mail"),
    "Outlook (macOS)": ("outlook", "macos"),
    "Outlook (outlook.com)": ("outlook", "outlook-com"),
    "Apple Mail (macOS)": ("apple-mail", "macos"),
    "Apple Mail (iOS)": ("apple-mail", "ios"),
    "Thunderbird": ("thunderbird", "macos"),
}
# The programs that render with Word and read `<!--[if mso]>` comments.
WORD = {"Outlook (Windows)", "Outlook (Windows Mail)"}

# Unsupported here and there, and harmless: what a program loses by ignoring it.
HARMLESS = {
    "html-role": "role=\"presentation\" tells screen readers that a table is layout; Windows Mail ignores it, "
                 "and shows the same table (its screen reader may announce a table, nothing is hidden)",
    "html-doctype": "Outlook for Windows and Thunderbird ignore it; the editions lay out alike with it and "
                    "without it (test_email_clients.py compares every box in quirks mode)",
    "html-meta-color-scheme": "a hint that the e-mail has dark colours of its own; without it a program "
                              "darkens it its own way, or not at all",
    "css-color-scheme": "the same hint, as a property",
    **{feature: "a name or description for screen readers; a program that drops it shows the same"
       for feature in ("html-aria-label", "html-aria-labelledby", "html-aria-describedby")},
}
# <body> itself, which Gmail replaces with a <div> and Outlook for Mac drops:
# every document has one; what it carries is checked declaration by declaration.
BODY = "every document has a <body>; its declarations are checked one by one"
# Declarations on <body> that only reset a browser's default.
BODY_RESETS = {"margin", "padding", "-webkit-text-size-adjust", "-ms-text-size-adjust", "word-spacing"}

ELEMENTS = {
    "table": "html-table", "div": "html-div", "p": "html-p", "span": "html-span", "body": "html-body",
    "style": "html-style", "link": "html-link", "img": "html-img", "pre": "html-pre", "code": "html-code",
    "blockquote": "html-blockquote", "hr": "html-hr", "abbr": "html-abbr", "acronym": "html-acronym",
    "address": "html-address", "audio": "html-audio", "base": "html-base", "bdi": "html-bdi", "del": "html-del",
    "dfn": "html-dfn", "dialog": "html-dialog", "form": "html-form", "marquee": "html-marquee",
    "meter": "html-meter", "object": "html-object", "picture": "html-picture", "progress": "html-progress",
    "rp": "html-rp", "rt": "html-rt", "ruby": "html-ruby", "select": "html-select", "small": "html-small",
    "strike": "html-strike", "strong": "html-strong", "svg": "html-svg", "textarea": "html-textarea",
    "video": "html-video", "wbr": "html-wbr", "map": "html-image-maps", "area": "html-image-maps",
    **{f"h{n}": "html-h1-h6" for n in range(1, 7)},
    **{tag: "html-lists" for tag in ("ul", "ol", "li", "dl", "dt", "dd")},
    **{tag: "html-semantics" for tag in ("article", "aside", "details", "figcaption", "figure", "footer",
                                         "header", "main", "mark", "nav", "section", "summary", "time")},
}
ATTRIBUTES = {
    "align": "html-align", "valign": "html-valign", "width": "html-width", "height": "html-height",
    "cellpadding": "html-cellpadding", "cellspacing": "html-cellspacing", "dir": "html-dir", "lang": "html-lang",
    "role": "html-role", "background": "html-background", "hidden": "html-hidden", "loading": "html-loading-attribute",
    "srcset": "html-srcset", "sizes": "html-srcset", "target": "html-target", "popover": "html-popover",
    "required": "html-required", "inert": "css-inert-attribute", "aria-describedby": "html-aria-describedby",
    "aria-hidden": "html-aria-hidden", "aria-label": "html-aria-label", "aria-labelledby": "html-aria-labelledby",
    "aria-live": "html-aria-live",
}
IMAGE_TYPES = {"png": "image-png", "jpg": "image-jpg", "jpeg": "image-jpg", "gif": "image-gif", "webp": "image-webp",
               "svg": "image-svg", "avif": "image-avif", "bmp": "image-bmp", "ico": "image-ico", "tif": "image-tiff",
               "tiff": "image-tiff", "heif": "image-heif", "heic": "image-heif", "apng": "image-apng"}
UNITS = ("px", "em", "rem", "%", "pt", "vh", "vw", "vmin", "vmax", "ch", "ex", "cm", "mm", "in", "pc")
FUNCTIONS = {"rgb": "css-rgb", "rgba": "css-rgba", "calc": "css-unit-calc", "min": "css-function-min",
             "max": "css-function-max", "clamp": "css-function-clamp", "var": "css-variables",
             "linear-gradient": "css-linear-gradient", "radial-gradient": "css-radial-gradient",
             "conic-gradient": "css-conic-gradient", "light-dark": "css-function-light-dark",
             "lch": "css-modern-color", "oklch": "css-modern-color", "lab": "css-modern-color",
             "oklab": "css-modern-color"}
MEDIA_FEATURES = {"prefers-color-scheme": "css-at-media-prefers-color-scheme",
                  "prefers-reduced-motion": "css-at-media-prefers-reduced-motion",
                  "orientation": "css-at-media-orientation", "hover": "css-at-media-hover",
                  "any-hover": "css-at-media-hover", "-webkit-device-pixel-ratio": "css-at-media-device-pixel-ratio"}
SIDES = re.compile(r"-(top|right|bottom|left)(-(width|style|color))?$")


@dataclass(frozen=True)
class Use:
    """One use of one feature: where it is and, when the reading does not
    depend on it, why."""
    feature: str
    element: str  # the element it is on or in ("" for the document)
    text: str  # what is written: `padding: 0 24px`, `<div>`, `role="presentation"`
    prop: str = ""
    value: str = ""
    inline: bool = False  # a style attribute's declaration
    enhancement: str = ""  # why the reading does not depend on it; "" when it does
    word_only: bool = False  # inside <!--[if mso]>: read by Outlook for Windows only
    within: tuple[str, ...] = ()  # the elements it is inside, outermost first


@dataclass(frozen=True)
class Finding:
    use: Use
    client: str
    support: str  # "y", "a", "n", "u", or "" where caniemail has no result
    notes: tuple[str, ...]
    fails: bool
    why: str


@dataclass
class Report:
    findings: list[Finding] = field(default_factory=list)
    unknown: set[str] = field(default_factory=set)  # uses caniemail has no feature for
    preheader: dict[str, str] = field(default_factory=dict)  # client: how it is hidden ("" when it shows)

    @property
    def failures(self) -> list[str]:
        lines = [f"{f.client}: {f.use.text} on <{f.use.element}> ({f.use.feature}): {f.why}"
                 for f in self.findings if f.fails]
        lines += [f"{client}: the preheader shows (none of its hiding declarations works there)"
                  for client, how in self.preheader.items() if not how]
        return sorted(set(lines))


# ------------------------------------------------------------------ CSS


@dataclass(frozen=True)
class Catalog:
    """caniemail's features by slug, and by the CSS property each covers."""
    features: dict[str, dict]
    properties: dict[str, str]


def catalog(data: dict) -> Catalog:
    """A property's feature is its own (`padding`), one whose title lists it
    (`gap, column-gap, row-gap`), or one whose keywords name it as a longhand
    of the title's property (`border-top-color` under `border`)."""
    features = {feature["slug"]: feature for feature in data["data"]}
    properties: dict[str, str] = {}
    css = {slug: f for slug, f in features.items() if slug.startswith("css-")}
    titles = {slug: re.sub(r" (CSS property|property|shorthand)$", "", f["title"]) for slug, f in css.items()}
    for slug, title in titles.items():
        for name in re.split(r",\s*|\s+&\s+", title):
            properties.setdefault(name.strip(), slug)
    for slug, feature in css.items():
        for name in re.split(r",\s*", feature.get("keywords") or ""):
            if "-" in name and name.split("-")[0] in titles[slug]:
                properties.setdefault(name.strip(), slug)
    return Catalog(features, properties)


def declarations(style: str) -> list[tuple[str, str]]:
    """A style attribute's or a rule's declarations, as (property, value)."""
    pairs = []
    for part in re.split(r";(?![^(]*\))", style):
        name, colon, value = part.partition(":")
        if colon and name.strip():
            pairs.append((name.strip().lower(), value.strip()))
    return pairs


def rules(css: str) -> list[tuple[str, str, str]]:
    """A style sheet's rules as (media condition or "", selector, body).
    Text this reader cannot place is returned as a selector without body,
    outside any media query, so that it counts as needed."""
    css = re.sub(r"/\*.*?\*/", "", css, flags=re.S)
    found, at = [], 0
    for match in re.finditer(r"@media([^{]*)\{((?:[^{}]*\{[^{}]*\})*[^{}]*)\}|([^{}@]+)\{([^{}]*)\}", css):
        if css[at:match.start()].strip():
            found.append(("", css[at:match.start()].strip(), ""))
        at = match.end()
        if match.group(1) is not None:
            found += [(match.group(1).strip(), selector.strip(), body)
                      for selector, body in re.findall(r"([^{}]+)\{([^{}]*)\}", match.group(2))]
        else:
            found.append(("", match.group(3).strip(), match.group(4)))
    if css[at:].strip():
        found.append(("", css[at:].strip(), ""))
    return found


def value_features(prop: str, value: str) -> list[str]:
    """The features a declaration's value uses: display's kinds, functions,
    units, !important, system fonts."""
    found = []
    if prop == "display":
        found.append({"none": "css-display-none", "flex": "css-display-flex", "inline-flex": "css-display-flex",
                      "grid": "css-display-grid", "inline-grid": "css-display-grid"}.get(value.lower(), "css-display"))
    if prop == "flex-direction" and value.startswith("column"):
        found.append("css-flex-direction")
    if prop in ("left", "right", "top", "bottom"):
        found.append("css-left-right-top-bottom")
    if "!important" in value.lower():
        found.append("css-important")
    if prop == "font-family" and re.search(r"\b(system-ui|ui-serif|ui-sans-serif|ui-rounded|ui-monospace)\b", value):
        found.append("css-sytem-ui")
    found += [FUNCTIONS[name] for name in re.findall(r"([a-z-]+)\(", value.lower()) if name in FUNCTIONS]
    for unit in re.findall(r"(?<![a-z#\d.])\d*\.?\d+([a-z]+|%)", value.lower()):
        if unit in UNITS:
            found.append("css-unit-percent" if unit == "%" else f"css-unit-{unit}")
    return list(dict.fromkeys(found))


def css_uses(element: str, style: str, known: Catalog, **where) -> list[Use]:
    """A style's uses; a property caniemail has not tested is a use of no
    feature ("")."""
    uses = []
    for prop, value in declarations(style):
        text = f"{prop}: {value}"
        feature = known.properties.get(prop) or known.properties.get(SIDES.sub("", prop)) or ""
        uses.append(Use(feature, element, text, prop, value, **where))
        uses += [Use(slug, element, text, prop, value, **where) for slug in value_features(prop, value)]
    return uses


def selector_features(selector: str) -> list[str]:
    found = ["css-selector-grouping"] if "," in selector else []
    for part in (part.strip() for part in selector.split(",")):
        found += ["css-selector-class"] if "." in part else []
        found += ["css-selector-id"] if "#" in part else []
        found += ["css-selector-attribute"] if "[" in part else []
        found += ["css-selector-child"] if ">" in part else []
        found += ["css-selector-adjacent-sibling"] if "+" in part else []
        found += ["css-selector-general-sibling"] if "~" in part else []
        found += ["css-selector-universal"] if "*" in part else []
        found += ["css-selector-descendant"] if re.search(r"[\w\])*]\s+[\w.#\[:*]", part) else []
        found += ["css-selector-type"] if re.match(r"[a-z]", part) or re.search(r"\s[a-z]", part) else []
        found += [f"css-pseudo-class-{name}" for name in re.findall(r"(?<!:):([a-z-]+)", part)]
        found += [f"css-pseudo-element-{name}" for name in re.findall(r"::([a-z-]+)", part)]
    return list(dict.fromkeys(found))


def style_sheet_uses(css: str, known: Catalog, word_only: bool) -> tuple[list[Use], bool]:
    """The uses in a <style>, and whether it holds media queries only."""
    uses, media_only = [], True
    for media, selector, body in rules(css):
        where = {"enhancement": "inside @media: a refinement" if media else "", "word_only": word_only}
        media_only = media_only and bool(media)
        if media:
            uses.append(Use("css-at-media", "style", f"@media {media}", **where))
            uses += [Use(MEDIA_FEATURES[name], "style", f"@media {media}", **where)
                     for name in re.findall(r"\(\s*([a-z-]+)", media) if name in MEDIA_FEATURES]
        uses += [Use(slug, "style", selector, **where) for slug in selector_features(selector)]
        uses += css_uses("style", body, known, **where)
    return uses, media_only


# ----------------------------------------------------------------- HTML

VOID = {"br", "hr", "img", "meta", "link", "input", "wbr", "col", "area", "base", "source"}
# Elements caniemail has no feature for, which every program shows.
PLAIN = {"html", "head", "meta", "title", "a", "em", "b", "i", "tbody", "thead", "tfoot", "tr", "td", "th", "sup",
         "sub", "u", "s", "cite", "q", "caption", "br", "noscript", "xml", "o:officedocumentsettings",
         "o:pixelsperinch"}


class _Reader(HTMLParser):
    """Every use of a feature in an HTML document, and what the checks of
    the preheader and of <body> need to know."""

    def __init__(self, known: Catalog, word_only: bool = False):
        super().__init__(convert_charrefs=True)
        self.known, self.word_only = known, word_only
        self.uses: list[Use] = []
        self.unknown: set[str] = set()
        self.styles: list[tuple[str, bool]] = []  # each <style>'s text, and whether only Word reads it
        self.stack: list[str] = []
        # The declarations of the elements that open before the body's first
        # text (the preheader apart): the wrapper, which carries what <body> would.
        self.wrapper: set[tuple[str, str]] = set()
        self._before_text = False
        self.preheader: dict[str, str] | None = None
        self._preheader_depth, self._in_preheader = 0, False
        self._in_style = False

    def use(self, feature: str, element: str, text: str, **where) -> None:
        within = tuple(self.stack[:-1] if self.stack and self.stack[-1] == element else self.stack)
        self.uses.append(Use(feature, element, text, word_only=self.word_only, within=within, **where))

    def handle_decl(self, decl):
        if decl.lower().startswith("doctype"):
            self.use("html-doctype", "", f"<!{decl}>")

    def handle_comment(self, data):
        self.use("html-comments", "", "<!-- -->")
        conditional = re.match(r"\[if ([^\]]*)\]>(.*)<!\[endif\]$", data, re.S)
        if conditional and "mso" in conditional.group(1) and "!" not in conditional.group(1):
            inner = _Reader(self.known, word_only=True)
            inner.stack = list(self.stack)
            inner.feed(conditional.group(2))
            self.uses += inner.uses
            self.styles += inner.styles
            self.unknown |= inner.unknown

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self._in_style = tag == "style"
        if tag not in VOID:
            self.stack.append(tag)
        if tag in ELEMENTS:
            self.use(ELEMENTS[tag], tag, f"<{tag}>", enhancement=BODY if tag == "body" else "")
        elif tag not in PLAIN:
            self.unknown.add(f"<{tag}>")
        self.attributes(tag, attrs)
        style = attrs.get("style") or ""
        if self._is_preheader(style):
            self.preheader, self._preheader_depth, self._in_preheader = dict(declarations(style)), len(self.stack), True
            self.uses += css_uses(tag, style, self.known, inline=True, enhancement="on the preheader, checked apart")
            return
        if tag == "body":
            self._before_text = True
        elif self._before_text and not self.word_only:
            self.wrapper |= set(declarations(style))
        self.uses += css_uses(tag, style, self.known, inline=True, word_only=self.word_only)

    def _is_preheader(self, style: str) -> bool:
        """The preheader: the first element of the body hidden by its style."""
        return self.preheader is None and not self.word_only and "body" in self.stack[:-1] \
            and ("display", "none") in declarations(style.lower())

    def attributes(self, tag: str, attrs: dict) -> None:
        for name, value in attrs.items():
            value = value or ""
            if name in ATTRIBUTES:
                self.use(ATTRIBUTES[name], tag, f'{name}="{value}"', value=value)
            if tag == "a" and name == "href" and value.startswith("mailto:"):
                self.use("html-mailto-links", tag, f'href="{value}"')
            if tag == "a" and name == "href" and value.startswith("#"):
                self.use("html-anchor-links", tag, f'href="{value}"')
            if tag == "img" and name == "src":
                kind = "base64" if value.startswith("data:") else value.split("?")[0].rsplit(".", 1)[-1].lower()
                self.use("image-base64" if kind == "base64" else IMAGE_TYPES.get(kind, ""), tag, f'src="{value}"')
            if tag == "meta" and name == "name" and value in ("color-scheme", "supported-color-schemes"):
                self.use("html-meta-color-scheme", tag, f'<meta name="{value}">')

    def handle_endtag(self, tag):
        self._in_style = False
        if tag in self.stack:
            while self.stack.pop() != tag:
                pass
        if len(self.stack) < self._preheader_depth:
            self._in_preheader = False

    def handle_data(self, data):
        if self._in_style:
            self.styles.append((data, self.word_only))
        elif data.strip() and not self._in_preheader:
            self._before_text = False


# -------------------------------------------------------------- verdicts


def support(feature: dict, client: str) -> tuple[str, tuple[str, ...]]:
    """The latest result caniemail records for a client, with its notes."""
    family, platform = CLIENTS[client]
    versions = feature["stats"].get(family, {}).get(platform)
    if not versions:
        return "", ()
    result = list(versions.values())[-1].split()
    notes = feature.get("notes_by_num") or {}
    return result[0], tuple(notes[n.lstrip("#")] for n in result[1:] if n.lstrip("#") in notes)


def note_applies(note: str, use: Use) -> bool:
    """Whether a note of partial support rules out this use: it names the
    elements the feature works on (and not this one), or those it does not
    work on, or a value, unit or keyword it refuses that this use has."""
    text = note.lower()
    tags = set(re.findall(r"<(\w+)>", note)) | ({"td", "th"} if "table cells" in text else set())
    if tags and re.search(r"only (supported|works?) on|only `<", text):  # "Only `<time>` is supported"
        return use.element not in tags
    if tags and re.search(r"not supported on|unreliable if used on|removed from|doesn't work on|buggy on|"
                          r"does not work when applied directly to", text):
        return use.element in tags
    if tags and "not supported inside" in text:
        return bool(tags & set(use.within))
    listed = re.findall(r"`([^`]+)`", note)
    if listed and re.search(r"only supports? `", text):  # "Only supports `display:none`"
        written = {use.value.lower(), f"{use.prop}:{use.value}".lower().replace(" ", "")}
        return not written & {token.lower().replace(" ", "") for token in listed}
    if "not supported inline" in text:
        return use.inline
    if "not supported" not in text:
        return False
    if "negative values" in text:
        return bool(re.search(r"(?<![\w-])-\d", use.value))
    if "percentage" in text and "%" in use.value:
        return True
    written = use.value.lower()
    return any(token == use.prop or re.search(rf"(?<![a-z-]){re.escape(token.lower())}(?![a-z-])", written)
               for token in listed)


def verdict(use: Use, client: str, features: dict) -> Finding:
    result, notes = support(features[use.feature], client)
    if use.enhancement:
        return Finding(use, client, result, notes, False, use.enhancement)
    if use.feature in HARMLESS:
        return Finding(use, client, result, notes, False, HARMLESS[use.feature])
    if result == "n":
        return Finding(use, client, result, notes, True, "not supported" + "".join(f"; {n}" for n in notes))
    applying = [note for note in notes if note_applies(note, use)] if result == "a" else []
    if applying:
        return Finding(use, client, result, notes, True, "partly supported: " + "; ".join(applying))
    return Finding(use, client, result, notes, False, {"y": "supported", "a": "partly supported, not this use",
                                                      "u": "unknown", "": "not tested"}[result])


def preheader_hidden(declared: dict[str, str], client: str, features: dict) -> str:
    """How the preheader is hidden in a client: "" when it shows."""
    def works(feature: str, prop: str, value: str) -> bool:
        result, notes = support(features[feature], client)
        use = Use(feature, "div", f"{prop}: {value}", prop, value, inline=True)
        return result == "y" or (result == "a" and not any(note_applies(n, use) for n in notes))

    if declared.get("display") == "none" and works("css-display-none", "display", "none"):
        return "display: none"
    if re.fullmatch(r"0(px)?", declared.get("max-height", "")) and declared.get("overflow") == "hidden" \
            and works("css-max-height", "max-height", "0") and works("css-overflow", "overflow", "hidden"):
        return "max-height: 0 and overflow: hidden"
    if declared.get("mso-hide") == "all" and client in WORD:
        return "mso-hide: all (Word's own property)"
    return ""


def check(html: str, data: dict) -> Report:
    """Every use in an e-mail's HTML, judged for every client."""
    known = catalog(data)
    reader = _Reader(known)
    reader.feed(html)
    sheets = [(style_sheet_uses(css, known, word_only), word_only) for css, word_only in reader.styles]
    uses = reader.uses + [use for (sheet, _), _ in sheets for use in sheet]
    # The <style> every program may read is a refinement when it holds
    # media queries only: what the reading needs is inline.
    if all(media_only for (_, media_only), word_only in sheets if not word_only):
        uses = [replace(u, enhancement="a <style> of media queries only")
                if u.feature == "html-style" and not u.word_only else u for u in uses]
    uses = [_body_use(use, reader) for use in uses]
    report = Report(unknown={u.prop or u.text for u in uses if u.feature not in known.features} | reader.unknown)
    for use in (u for u in uses if u.feature in known.features):
        report.findings += [verdict(use, client, known.features) for client in CLIENTS
                            if not use.word_only or client in WORD]
    if reader.preheader is not None:
        report.preheader = {client: preheader_hidden(reader.preheader, client, known.features) for client in CLIENTS}
    return report


def _body_use(use: Use, reader: _Reader) -> Use:
    """A declaration on <body> that resets a default, or that the wrapper
    repeats, is not needed from <body>; any other is needed (and is a use
    of <body>, which Outlook for Mac drops)."""
    if use.element != "body" or not use.prop:
        return use
    if use.prop in BODY_RESETS:
        return replace(use, enhancement="on <body>: a reset")
    if (use.prop, use.value) in reader.wrapper:
        return replace(use, enhancement="on <body>, and repeated on the wrapper")
    return replace(use, feature="html-body")


def summary(report: Report) -> str:
    """The report as text: the failures, then every use caniemail knows
    with its result in each client."""
    lines = ["FAILURES" if report.failures else "No failure"] + [f"  {line}" for line in report.failures]
    lines.append("Preheader: " + ("; ".join(f"{c}: {how or 'SHOWS'}" for c, how in report.preheader.items())
                                  or "none"))
    by_use: dict[tuple, list[Finding]] = {}
    for finding in report.findings:
        by_use.setdefault((finding.use.feature, finding.use.element, finding.use.text), []).append(finding)
    for (feature, element, text), findings in sorted(by_use.items()):
        results = {f.client: f"{f.client}={f.support or '-'}{'!' if f.fails else ''}" for f in findings
                   if f.support != "y"}
        results = " ".join(results.values())
        lines.append(f"{feature} <{element}> {text}: {results or 'supported everywhere'}")
    lines.append("Not in caniemail's data: " + ", ".join(sorted(report.unknown)))
    return "\n".join(lines)


if __name__ == "__main__":
    from node_tools import caniemail_data

    for name in sys.argv[1:]:
        with open(name, encoding="utf-8") as file:
            print(f"== {name}\n{summary(check(file.read(), caniemail_data()))}")
