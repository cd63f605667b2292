"""Quitting the program while a job runs in a worker process: the process ends with the program
and the library's lock is released. (Here and not beside the other runner tests: run_app installs
the Chinese Qt translations, which later tests that click "OK" must not find.)"""

from __future__ import annotations

import ui.common.runner as runner
from app.store import Store
from tests.app.test_jobs import forever
from tests.ui.output.test_pdf_job import _gone


def test_quitting_with_a_job_running_ends_it_and_releases_the_library(data_dir, qtbot, monkeypatch) -> None:
    import ui.main as main

    controls: list[runner.ProcessControl] = []
    real = runner._start_process
    monkeypatch.setattr(runner, "_start_process", lambda target, args: controls.append(real(target, args))
                        or controls[-1])

    def quit_while_working(app, window) -> None:
        runner.start_process_job(window, forever, on_done=lambda _r: None, on_error=lambda _e: None)
        app.processEvents()
        app.quit()

    monkeypatch.setenv(main.PROBE_ENV, "1")
    monkeypatch.setattr(main, "_probe", quit_while_working)
    assert main.run_app(str(data_dir)) == 0
    assert len(controls) == 1 and controls[0].pid is not None
    assert _gone(controls[0].pid)
    with Store(data_dir):  # the lock was released
        pass
