#!/usr/bin/env bash
# Sets up everything the test suite needs, then runs the whole suite offscreen.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --test
export QT_QPA_PLATFORM=offscreen
exec .venv/bin/python -m pytest -q "$@"
