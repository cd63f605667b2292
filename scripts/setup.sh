#!/usr/bin/env bash
# Sets up Chengwen on a fresh Debian/Ubuntu machine: system packages, then a virtualenv in .venv.
#   scripts/setup.sh          the app
#   scripts/setup.sh --test   the app plus what the test suite needs (LibreOffice, poppler)
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(python3 python3-venv python3-pip
          libgl1 libegl1 libxkbcommon0 libxkbcommon-x11-0 libglib2.0-0 libfreetype6 libfontconfig1 libdbus-1-3
          libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-randr0 libxcb-render-util0
          libxcb-image0 libxcb-xinerama0 libxcb-xkb1 fonts-noto-cjk)
if [[ "${1:-}" == "--test" ]]; then
    packages+=(libreoffice-writer-nogui poppler-utils xvfb xauth)
fi

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
    sudo=""
    [[ $(id -u) -eq 0 ]] || sudo="sudo"
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get update -q
    $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

python=python3
[[ -x .venv/bin/python ]] || "$python" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
if [[ "${1:-}" == "--test" ]]; then
    .venv/bin/python -m pip install -q -e ".[test]"
else
    .venv/bin/python -m pip install -q -e .
fi
