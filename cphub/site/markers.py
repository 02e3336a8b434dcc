"""The marks that pass between the templates and the Python that reads
their output, named once.

- `TEXT_START`/`TEXT_END`: what entry.html writes around the text a reader
  searches for (an entry's title, summary, body and details); the ZIM's
  full-text index reads only that (outputs/zim.py), so that Kiwix's search
  finds entries, not every list that shows their cards. Templates write
  them as `hub_markers.text_start` and `hub_markers.text_end`.
- `DOWNLOADS_START`/`DOWNLOADS_END`: around the downloads' list on
  /offline/ (offline.html), which is filled in once the archives are
  written, and replaced in the archives' own copy by a note saying where the
  latest are (outputs/offline.py).
- `ROOT`: where a card rendered once (site/render.py) holds the way back to
  the site's root, filled in for each page it is on.
"""

from markupsafe import Markup

TEXT_START, TEXT_END = "<!--cphub:text-->", "<!--/cphub:text-->"
DOWNLOADS_START, DOWNLOADS_END = "<!--cphub:downloads-->", "<!--/cphub:downloads-->"
ROOT = Markup("<hub-root>")
