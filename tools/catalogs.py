"""The interface's gettext catalogs: extract, update, check.

    python tools/catalogs.py            # rewrite cphub/locales/cphub.pot from
                                        # the code and templates (babel.cfg),
                                        # and merge it into every catalog
    python tools/catalogs.py --init sw  # start a catalog for a new language

A merged catalog marks new messages untranslated and changed ones fuzzy:
translate them (Poedit, Weblate, Crowdin…), then run the tests, which fail
while any catalog lacks a message or keeps one fuzzy, or the template is stale.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from cphub.strings import DOMAIN, LOCALES, catalog_path  # noqa: E402

TEMPLATE = LOCALES / f"{DOMAIN}.pot"
KEYWORDS = {**DEFAULT_KEYWORDS, "N_": ((1, "c"), 2), "NP_": ((1, "c"), 2, 3)}
# A fixed date: the same sources give the same template, byte for byte.
EPOCH = dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)


def extract() -> Catalog:
    """Every message in the sources babel.cfg names."""
    with (ROOT / "babel.cfg").open(encoding="utf-8") as file:
        method_map, options_map = parse_mapping_cfg(file)
    catalog = Catalog(project="cphub", version="1", domain=DOMAIN, creation_date=EPOCH, revision_date=EPOCH,
                      msgid_bugs_address="", copyright_holder="cphub contributors", charset="utf-8")
    for path, line, message, comments, context in extract_from_dir(
            ROOT, method_map, options_map, keywords=KEYWORDS, strip_comment_tags=True):
        catalog.add(message, None, [(path, line)], auto_comments=comments, context=context)
    return catalog


def text(catalog: Catalog) -> bytes:
    out = io.BytesIO()
    # Files without line numbers: moving a message does not change the catalogs.
    write_po(out, catalog, width=100, include_lineno=False, sort_output=False)
    return out.getvalue()


def template_text() -> bytes:
    return text(extract())


def read(path: Path, language: str) -> Catalog:
    with path.open("rb") as file:
        return read_po(file, locale=language, domain=DOMAIN)


def update(language: str, template: Catalog) -> None:
    path = catalog_path(language)
    catalog = read(path, language)
    catalog.update(template, no_fuzzy_matching=False)
    catalog.revision_date = EPOCH
    path.write_bytes(text(catalog))


def init(language: str, template: Catalog) -> None:
    path = catalog_path(language)
    if path.exists():
        raise SystemExit(f"{path} exists: run without --init to update it")
    catalog = Catalog(locale=language, domain=DOMAIN, project="cphub", version="1", creation_date=EPOCH, revision_date=EPOCH,
                      charset="utf-8")
    catalog.update(template)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text(catalog))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--init", metavar="LANGUAGE", help="start a catalog for this language code")
    args = parser.parse_args()
    template = extract()
    TEMPLATE.write_bytes(text(template))
    if args.init:
        init(args.init, template)
    for path in sorted(LOCALES.glob(f"*/LC_MESSAGES/{DOMAIN}.po")):
        update(path.parent.parent.name, template)
    print(f"{TEMPLATE.relative_to(ROOT)}: {len(template)} messages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
