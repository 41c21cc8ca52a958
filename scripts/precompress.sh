#!/usr/bin/env bash
# Trunk post-build hook: writes .gz and .br beside every compressible asset of the staging
# folder, so the backend serves them precompressed.
set -euo pipefail
dir="${TRUNK_STAGING_DIR:?run by trunk as a post_build hook}"
find "$dir" -type f \( -name '*.wasm' -o -name '*.js' -o -name '*.css' -o -name '*.html' -o -name '*.ftl' -o -name '*.svg' \) -print0 |
  while IFS= read -r -d '' file; do
    gzip -9 -n -k -f "$file"
    if command -v brotli >/dev/null 2>&1; then
      brotli -q 11 -k -f "$file"
    fi
  done
