#!/usr/bin/env bash
# Refresh the JavaScript kept in templates/assets/vendor/ from the npm
# registry, at the exact version below. The files are committed: a built
# page loads them with a plain <script> from its own site, never a CDN.
#
# snowball-stemmers ships its 24 algorithms in one 868 KB file; it is split
# here into a shared runtime and one file per algorithm (tools/split-snowball.js,
# which checks every algorithm against the original before writing), so a
# hub's library loads the stemmers of its own languages only.
set -euo pipefail
cd "$(dirname "$0")/.."
SNOWBALL=0.6.0
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack "snowball-stemmers@$SNOWBALL" --silent >/dev/null && mkdir sb && tar xzf "snowball-stemmers-$SNOWBALL.tgz" -C sb)
target=templates/assets/vendor/snowball-stemmers
rm -rf "$target" && mkdir -p "$target"
node tools/split-snowball.js "$work/sb/package/snowball-stemmers.js" "$target"
cp "$work/sb/package/package.json" "$work/sb/package/README.md" "$target/"
echo "snowball-stemmers $SNOWBALL vendored, split per algorithm"
