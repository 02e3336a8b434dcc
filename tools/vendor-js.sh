#!/usr/bin/env bash
# Refresh the JavaScript kept in templates/assets/vendor/ from the npm
# registry, at the exact versions below. The files are committed: a built
# page loads them with a plain <script> from its own site, never a CDN.
set -euo pipefail
cd "$(dirname "$0")/.."
LUNR=2.3.9
SNOWBALL=0.6.0
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack "lunr@$LUNR" --silent >/dev/null && tar xzf "lunr-$LUNR.tgz")
cp "$work/package/lunr.min.js" "$work/package/LICENSE" templates/assets/vendor/lunr/
(cd "$work" && npm pack "snowball-stemmers@$SNOWBALL" --silent >/dev/null && mkdir sb && tar xzf "snowball-stemmers-$SNOWBALL.tgz" -C sb)
cp "$work/sb/package/snowball-stemmers.js" "$work/sb/package/package.json" "$work/sb/package/README.md" \
   templates/assets/vendor/snowball-stemmers/
echo "lunr $LUNR and snowball-stemmers $SNOWBALL vendored"
