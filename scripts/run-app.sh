#!/usr/bin/env bash
# Sets up Chengwen (first time only) and opens the desktop app.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/chengwen "$@"
