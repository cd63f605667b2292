#!/usr/bin/env bash
# Sets up everything the test suite needs, runs the whole suite offscreen, then the linters:
# ruff (pyproject [tool.ruff]) and mypy (pyproject [tool.mypy]). Tests run first so their output
# shows even when lint fails; every step runs, and the script fails if any of them failed.
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --test || exit 1
export QT_QPA_PLATFORM=offscreen
failed=()
.venv/bin/python -m pytest -q "$@" || failed+=("pytest")
echo "== ruff check ."
.venv/bin/ruff check . || failed+=("ruff")
echo "== mypy"
.venv/bin/mypy || failed+=("mypy")
if ((${#failed[@]})); then
    echo "FAILED: ${failed[*]}" >&2
    exit 1
fi
echo "pytest, ruff and mypy: all passed"
