#!/usr/bin/env bash
# Refresh the JavaScript kept in cphub/templates/assets/vendor/ from the npm
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
target=cphub/templates/assets/vendor/snowball-stemmers
rm -rf "$target" && mkdir -p "$target"
node tools/split-snowball.js "$work/sb/package/snowball-stemmers.js" "$target"
cp "$work/sb/package/package.json" "$work/sb/package/README.md" "$target/"
echo "snowball-stemmers $SNOWBALL vendored, split per algorithm"

# The browser editor at /admin/ (hosted site only; never in the offline
# copies): Decap CMS's browser bundle, its lazily loaded chunks and WebAssembly
# (without source maps), and js-yaml, which the hub's own front-matter format
# (cphub/templates/admin/cphub-editor.js) reads files with.
DECAP=3.16.3
JSYAML=5.5.0
(cd "$work" && npm pack "decap-cms@$DECAP" "js-yaml@$JSYAML" --silent >/dev/null \
  && mkdir decap jsyaml && tar xzf "decap-cms-$DECAP.tgz" -C decap && tar xzf "js-yaml-$JSYAML.tgz" -C jsyaml)
target=cphub/templates/admin/decap-cms
rm -rf "$target" && mkdir -p "$target"
cp "$work"/decap/package/dist/*decap-cms.js "$work"/decap/package/dist/*.wasm \
   "$work"/decap/package/dist/decap-cms.js.LICENSE.txt "$work"/decap/package/package.json "$target/"
cp tools/licences/decap-cms.LICENSE "$target/LICENSE"  # the npm package ships none; this is the repository's
target=cphub/templates/admin/js-yaml
rm -rf "$target" && mkdir -p "$target"
cp "$work"/jsyaml/package/dist/browser/js-yaml.umd.min.js "$work"/jsyaml/package/LICENSE "$work"/jsyaml/package/package.json "$target/"
echo "decap-cms $DECAP and js-yaml $JSYAML vendored into cphub/templates/admin/"
