#!/usr/bin/env bash
# Trunk post-build hook, before precompress.sh: gives the pages module (src/bin/pages.rs) a
# content hash in its file names, as Trunk gives the app's own files, so that browsers may
# cache it for a year instead of revalidating it (Trunk names "worker" modules without one).
# The names go into index.html's <meta name="imi-pages">, which the early loader there and
# the app (src/lazy.rs) read.
set -euo pipefail
dir="${TRUNK_STAGING_DIR:?run by trunk as a post_build hook}"
js="$dir/pages.js"
wasm="$dir/pages_bg.wasm"
[ -f "$js" ] && [ -f "$wasm" ] || { echo "hash-pages: no pages module in $dir" >&2; exit 1; }
hash=$(cat "$wasm" "$js" | sha256sum | cut -c1-16)
sed "s/pages_bg\.wasm/pages-${hash}_bg.wasm/g" "$js" > "$dir/pages-$hash.js"
mv "$wasm" "$dir/pages-${hash}_bg.wasm"
rm "$js"
sed -i "s#__IMI_PAGES__#/pages-$hash#g" "$dir/index.html"
grep -q "/pages-$hash" "$dir/index.html" || { echo "hash-pages: index.html names no pages module" >&2; exit 1; }
