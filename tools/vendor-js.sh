#!/usr/bin/env bash
# Refresh the JavaScript kept in templates/assets/vendor/ from the npm
# registry, at the exact versions below. The files are committed: a built
# page loads them with a plain <script> from its own site, never a CDN.
set -euo pipefail
cd "$(dirname "$0")/.."
LUNR=2.3.9
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack "lunr@$LUNR" --silent >/dev/null && tar xzf "lunr-$LUNR.tgz")
cp "$work/package/lunr.min.js" "$work/package/LICENSE" templates/assets/vendor/lunr/
echo "lunr $LUNR vendored"
