#!/usr/bin/env bash
# Trunk's post-build hook. Trunk starts the hooks of one stage all at once, so the steps that
# must follow each other are one hook: the pages module's content hash first, then the
# precompressed copies of every asset (which then carry the hashed names too).
set -euo pipefail
here=$(dirname "$0")
bash "$here/hash-pages.sh"
bash "$here/precompress.sh"
