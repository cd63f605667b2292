"""The PyInstaller one-folder build starts (offscreen) and its CLI writes Word, Excel and PDF —
files python-docx and Qt load at run time must be inside the bundle."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pytest.importorskip("PyInstaller", reason="PyInstaller is not installed (pip install -e .[test])")
    work = tmp_path_factory.mktemp("pyinstaller")
    subprocess.run([sys.executable, "-m", "PyInstaller", str(ROOT / "build.spec"), "--noconfirm",
                    "--distpath", str(work / "dist"), "--workpath", str(work / "build")],
                   check=True, capture_output=True, cwd=ROOT, timeout=600)
    exe = work / "dist" / "chengwen" / ("chengwen.exe" if os.name == "nt" else "chengwen")
    assert exe.exists()
    yield exe
    shutil.rmtree(work, ignore_errors=True)


def run(exe: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([str(exe), *args], capture_output=True, text=True, timeout=120, env=env)


def test_the_bundle_runs_the_cli_and_writes_every_format(bundle: Path, tmp_path: Path) -> None:
    data = ["--data-dir", str(tmp_path / "data")]
    made = run(bundle, "new", "--year", "2025", "--org", "测试局", *data)
    assert made.returncode == 0, made.stderr
    for suffix in (".docx", ".xlsx", ".pdf"):
        out = tmp_path / f"r{suffix}"
        done = run(bundle, "export", made.stdout.strip(), "-o", str(out), *data)
        assert done.returncode == 0, done.stderr
        assert out.stat().st_size > 1000
    found = run(bundle, "phrases", "search", "zfjc", "--json", *data)
    assert found.returncode == 0 and "执法检查" in found.stdout


def test_the_bundle_opens_the_window(bundle: Path, tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CHENGWEN_STARTUP_PROBE="1")
    shown = subprocess.run([str(bundle), "--data-dir", str(tmp_path / "data")], capture_output=True, text=True,
                           timeout=120, env=env)
    assert shown.returncode == 0, shown.stderr
    assert "CHENGWEN_READY" in shown.stdout and shown.stdout.split()[2] == "1"
