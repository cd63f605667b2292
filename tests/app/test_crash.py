"""A process editing through the store is killed with SIGKILL: the library opens intact and holds
every edit older than one second."""

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from app.store import Store
from tests.datafiles import ROOT

CHILD = textwrap.dedent("""
    import sys, time
    from app.model import Report, Section
    from app.store import Store
    store = Store(sys.argv[1])
    report = Report(title="崩溃测试", year=2025, sections=[Section("一节")])
    store.reports.insert(report)
    section = report.sections[0]
    n = 0
    while True:
        n += 1
        section.paragraphs = [f"第{n}次编辑"] + ["填充文字" * 50] * (n % 7)
        store.reports.update_section(section)
        print(n, time.monotonic(), flush=True)
        time.sleep(0.01)
""")


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
def test_sigkill_mid_edit_loses_nothing_older_than_a_second(data_dir: Path) -> None:
    root = ROOT
    env = dict(os.environ, PYTHONPATH=str(root))
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(data_dir)], stdout=subprocess.PIPE,
                             text=True, env=env)
    acknowledged: list[tuple[int, float]] = []
    assert child.stdout is not None
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        line = child.stdout.readline()
        if not line:
            break
        n, stamp = line.split()
        acknowledged.append((int(n), float(stamp)))
        if len(acknowledged) >= 150:
            break
    os.kill(child.pid, signal.SIGKILL)
    killed_at = time.monotonic()
    child.wait()
    assert len(acknowledged) >= 150, "the child did not get going"
    older = [n for n, stamp in acknowledged if stamp < killed_at - 1.0]
    with Store(data_dir) as store:
        assert store.db.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        [summary] = store.reports.summaries()
        text = store.reports.load(summary.id).sections[0].paragraphs[0]
    saved = int(text.removeprefix("第").removesuffix("次编辑"))
    assert saved >= acknowledged[-1][0]  # every acknowledged edit is there …
    assert older and saved >= max(older)  # … in particular every one older than a second
