#!/usr/bin/env bash
# Trunk's post-build hook. Trunk starts the hooks of one stage all at once, so the steps that
# must follow each other are one hook: the pages module's content hash first, then the
# service worker's list of the shell's files (with that name), then the precompressed copies
# of every asset (which then carry the hashed names and the list too).
set -euo pipefail
here=$(dirname "$0")
bash "$here/hash-pages.sh"
bash "$here/shell-list.sh"
bash "$here/precompress.sh"
