"""The hub's options: what a hub sets under `plugins: - cphub:` in mkdocs.yml.

Declared once, as MkDocs declares its own (a config class of typed options,
each with a one-line doc); a wrong value is refused with the option's name
and a hint, as `mkdocs.yml: option: message (hint: …)`. An option that was
renamed or removed is named with what replaces it, never silently ignored.
"""

from __future__ import annotations

from email.utils import parseaddr

from mkdocs.config import config_options as opt
from mkdocs.config.base import Config, ValidationError

from . import strings as strings_module
from .outputs import newsletter
from .outputs.editor import EditorOptionError, backend_of
from .site.convert import DEFAULT_LIMIT


def _problem(message: str, hint: str) -> ValidationError:
    return ValidationError(f"{message} (hint: {hint})")


class _PositiveNumber(opt.Type):
    def __init__(self, default: float):
        super().__init__((int, float), default=default)

    def run_validation(self, value):
        value = super().run_validation(value)
        if isinstance(value, bool) or not value > 0:
            raise _problem("must be a number of seconds above 0", "e.g. 5")
        return value


class _Contact(opt.Type):
    """An e-mail address or a web page."""

    def __init__(self):
        super().__init__(str, default="")

    def run_validation(self, value):
        value = super().run_validation(value).strip()
        if value and not contact_link(value):
            raise _problem(f"'{value}' is neither an e-mail address nor a web address",
                           "editors@example.org, or a contact page starting with https://")
        return value


def contact_link(contact: str) -> str:
    """The footer's contact link: a web page, or an e-mail address as
    mailto:; "" for what is neither."""
    if not contact or contact.startswith(("https://", "http://", "mailto:")):
        return contact
    if "@" in contact and not any(c in contact for c in " <>\r\n"):
        return "mailto:" + contact
    return ""


class _SignupAddress(opt.Type):
    def __init__(self):
        super().__init__(str, default="")

    def run_validation(self, value):
        value = super().run_validation(value)
        if value and not value.startswith(("https://", "http://", "mailto:")):
            raise _problem(f"'{value}' is not a web address",
                           "the sign-up form's address, starting with https://, or mailto:…")
        return value


class _MergeTags(opt.Type):
    """A mailing service the hub knows, or a service's own tags."""

    def __init__(self):
        super().__init__((str, dict), default="")

    def run_validation(self, value):
        value = super().run_validation(value)
        if isinstance(value, str) and value and value not in newsletter.MERGE_TAGS:
            raise _problem(f"'{value}' is not a service the hub knows",
                           f"one of {', '.join(newsletter.MERGE_TAGS)}, or your service's own tags "
                           "as {unsubscribe: …, manage: …}")
        if isinstance(value, dict) and (not isinstance(value.get("unsubscribe"), str)
                                        or set(value) - {"unsubscribe", "manage"}
                                        or not all(isinstance(v, str) for v in value.values())):
            raise _problem("give the service's tags as text, {unsubscribe: …, manage: …}",
                           "unsubscribe is required, manage optional")
        return value


class _SiteFile(opt.Type):
    """A file of the built site, by its path there (the engine's assets, or
    the hub's own beside its templates)."""

    def __init__(self, default: str):
        super().__init__(str, default=default)

    def run_validation(self, value):
        value = super().run_validation(value).strip()
        if not value or value.startswith(("/", "http:", "https:")) or ".." in value.split("/"):
            raise _problem(f"'{value}' is not a path in the site",
                           "e.g. assets/images/share.png, a file in the hub's templates/ folder")
        return value


class _Sender(opt.Type):
    def __init__(self):
        super().__init__(str, default="")

    def run_validation(self, value):
        value = super().run_validation(value)
        if value and ("@" not in parseaddr(value)[1] or any(c in value for c in "\r\n")):
            raise _problem(f"'{value.strip()}' is not an e-mail address",
                           "news@example.org, or with a name: 'The Exchange <news@example.org>'")
        return value


class _InterfaceLanguages(opt.Type):
    def __init__(self):
        super().__init__(list, default=[])

    def run_validation(self, value):
        languages = [str(code) for code in super().run_validation(value)]
        shipped = strings_module.languages()
        for code in languages:
            if code not in shipped:
                raise _problem(f"'{code}' has no catalog",
                               f"one of {', '.join(shipped)}; `python tools/catalogs.py --init {code}` starts one")
        if len(set(languages)) != len(languages):
            raise _problem("a language is listed twice", "list each once")
        return languages


class _Editor(opt.Type):
    def __init__(self):
        super().__init__(dict, default={})

    def run_validation(self, value):
        value = super().run_validation(value)
        try:
            backend_of(value, None)  # its shape; the repository may come from repo_url (pipeline)
        except EditorOptionError as error:
            raise ValidationError(str(error).removeprefix("editor: ")) from None
        return value


class _Moved(opt.BaseConfigOption):
    """An option that is no longer the plugin's: a warning naming its new
    place (its value is still used, so that an upgrade loses nothing)."""

    def __init__(self, new_place: str):
        super().__init__()
        self.new_place = new_place

    def run_validation(self, value):
        if value not in (None, ""):
            self.warnings.append(f"this option moved: write it as {self.new_place}")
        return value


class HubConfig(Config):
    page_size = opt.Type(int, default=50)
    """How many entries a listing page shows. On 2G a request costs more than
    its bytes: fewer, longer pages (50 cards are about 6 KB gzipped)."""
    feed_length = opt.Type(int, default=50)
    """How many entries the hub-wide feeds carry."""
    scoped_feed_length = opt.Type(int, default=20)
    """How many entries each type's, topic's, country's and organisation's feeds
    carry (three feeds per term, each with full content)."""
    related_count = opt.Type(int, default=5)
    """How many related entries an entry page shows."""
    zim = opt.Type(bool, default=True)
    """Write the ZIM file for Kiwix (needs the `zim` extra); `cphub archive` makes it apart."""
    cache = opt.Type(bool, default=True)
    """Keep rendered Markdown and the library's index in `.cache/cphub/` between builds."""
    markdown_time_limit = _PositiveNumber(DEFAULT_LIMIT)
    """Seconds one entry's Markdown may take to convert; an entry over it is refused."""
    interface_languages = _InterfaceLanguages()
    """The interface in several languages, e.g. [en, fr]: the first at /, each other under /<code>/."""
    contact = _Contact()
    """How readers reach the hub's editors (an e-mail address or a web page), in every footer."""
    newsletter_signup = _SignupAddress()
    """Where readers subscribe to the newsletter (a form's address, or mailto:)."""
    newsletter_merge_tags = _MergeTags()
    """The mailing service's unsubscribe and preferences links: mailchimp, listmonk, or {unsubscribe, manage}."""
    newsletter_from = _Sender()
    """The sender of the e-mail editions' .eml messages, e.g. `Exchange <news@example.org>`."""
    editor = _Editor()
    """The browser editor at /admin/: `repo` (owner/name on GitHub), `branch`, `auth_url`."""
    share_image = _SiteFile("assets/images/share.png")
    """The image link previews show (1200 × 630 px), a file of the site: a hub's own at
    templates/assets/images/share.png replaces the engine's plain one."""
    description = _Moved("site_description, at the top of mkdocs.yml (the hub's description, written once)")
    """Moved to MkDocs' own `site_description`."""


def email_options(options: HubConfig) -> newsletter.EmailOptions:
    tags = options.newsletter_merge_tags
    if isinstance(tags, str):
        tags = newsletter.MERGE_TAGS.get(tags)
    return newsletter.EmailOptions(merge_tags=tags or None, sender=options.newsletter_from)
