"""Rendered Markdown made safe: what Markdown and the hub's extensions
produce is kept; scripts, handlers, frames, forms and script URLs go."""

from __future__ import annotations

import nh3

_TAGS = {
    "a", "abbr", "b", "blockquote", "br", "caption", "code", "col", "colgroup", "dd", "del", "details",
    "div", "dl", "dt", "em", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img",
    "ins", "kbd", "li", "mark", "ol", "p", "pre", "q", "s", "small", "span", "strong", "sub", "summary",
    "sup", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "u", "ul",
}
_ATTRIBUTES = {
    "*": {"class", "id", "title", "lang", "dir"},
    "a": {"href"},
    "img": {"src", "alt", "width", "height", "loading"},
    "td": {"colspan", "rowspan", "align", "style"},
    "th": {"colspan", "rowspan", "align", "style", "scope"},
    "ol": {"start"},
    "details": {"open"},
    "abbr": {"title"},
}


def sanitize(html: str, base_url: str | None = None) -> str:
    """Clean HTML; with `base_url`, relative links and images become absolute
    (for feeds, which are read away from the site)."""
    return nh3.clean(
        html,
        tags=_TAGS,
        attributes=_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        # Only the alignment Markdown tables write survives in a style.
        filter_style_properties={"text-align"},
        link_rel=None,
        strip_comments=True,
        url_relative=("rewrite_with_base", base_url) if base_url else None,
    )
