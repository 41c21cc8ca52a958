#!/usr/bin/env bash
# Trunk post-build hook, after hash-pages.sh and before precompress.sh: writes into the
# service worker (frontend/sw.js) the files of this release's app shell and a release name
# drawn from their content, so that every release's worker differs from the last and the
# browser installs it as an update.
set -euo pipefail
dir="${TRUNK_STAGING_DIR:?run by trunk as a post_build hook}"
sw="$dir/sw.js"
[ -f "$sw" ] || { echo "shell-list: no sw.js in $dir" >&2; exit 1; }
# The top folder's files, and the scripts wasm-bindgen puts in snippets/ that the modules
# import: without them a module kept offline would fail to start.
files=$(cd "$dir" && {
  find . -maxdepth 1 -type f \
    \( -name '*.js' -o -name '*.wasm' -o -name '*.css' -o -name '*.svg' -o -name '*.webmanifest' \) \
    ! -name sw.js -printf '%P\n'
  [ ! -d snippets ] || find snippets -type f -name '*.js'
} | LC_ALL=C sort)
[ -n "$files" ] || { echo "shell-list: no app files in $dir" >&2; exit 1; }
list="\"/index.html\""
for file in $files; do list="$list, \"/$file\""; done
release=$(cd "$dir" && cat index.html $files | sha256sum | cut -c1-16)
sed -i -e "s#__IMI_SHELL__#[$list]#" -e "s#__IMI_RELEASE__#$release#" "$sw"
grep -q "imi-shell-' + RELEASE" "$sw" && ! grep -q "__IMI_" "$sw" ||
  { echo "shell-list: sw.js was not filled in" >&2; exit 1; }
