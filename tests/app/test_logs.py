"""The log: a rotating file in the data directory, nothing on stderr."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.logs import BACKUPS, LOG_NAME, MAX_BYTES, log_path, setup_logging


@pytest.fixture
def clean_root() -> Iterator[logging.Logger]:
    """The root logger's handlers and level put back after the test (pytest keeps its own there)."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield root
    for handler in root.handlers:
        if handler not in handlers:
            handler.close()
    root.handlers[:] = handlers
    root.setLevel(level)


def test_records_go_to_the_log_file_in_the_data_directory(clean_root, data_dir: Path, capsys) -> None:
    path = setup_logging(data_dir)
    assert path == log_path(data_dir) == data_dir / LOG_NAME
    logging.getLogger("app.test").warning("导入失败：%s", "报告.docx")
    try:
        raise ValueError("坏了")
    except ValueError:
        logging.getLogger("app.test").exception("出错")
    text = path.read_text(encoding="utf-8")
    assert "WARNING app.test: 导入失败：报告.docx" in text
    assert "Traceback" in text and "ValueError: 坏了" in text
    assert capsys.readouterr().err == ""


def test_nothing_is_written_until_something_is_logged(clean_root, data_dir: Path) -> None:
    setup_logging(data_dir)
    assert not log_path(data_dir).exists()


def test_the_log_rotates(clean_root, data_dir: Path) -> None:
    setup_logging(data_dir)
    line = "长" * 1000
    for _ in range(MAX_BYTES * (BACKUPS + 2) // 3000):
        logging.getLogger("app.test").info(line)
    names = sorted(p.name for p in data_dir.iterdir())
    assert names == [LOG_NAME] + [f"{LOG_NAME}.{n}" for n in range(1, BACKUPS + 1)]
    assert all(p.stat().st_size <= MAX_BYTES + 4000 for p in data_dir.iterdir())


def test_setting_up_again_moves_the_log_and_drops_stderr_handlers(clean_root, tmp_path: Path) -> None:
    clean_root.addHandler(logging.StreamHandler())
    first, second = tmp_path / "一", tmp_path / "二"
    setup_logging(first)
    setup_logging(second)
    logging.getLogger("app.test").warning("记录")
    assert log_path(second).exists() and not log_path(first).exists()
    assert not any(type(h) is logging.StreamHandler for h in clean_root.handlers)


def test_an_unwritable_directory_does_not_stop_the_program(clean_root, tmp_path: Path) -> None:
    blocker = tmp_path / "文件"
    blocker.write_text("", encoding="utf-8")
    assert setup_logging(blocker / "data") is None
    logging.getLogger("app.test").error("无处可写")  # must not raise


def test_an_unwritable_log_never_prints_to_stderr(tmp_path, capsys) -> None:
    """A full disk makes the log file unwritable: the record is dropped, stderr stays clean."""
    import logging

    from app.logs import setup_logging

    path = setup_logging(tmp_path)
    assert path is not None
    path.mkdir()  # a folder where the file should be: opening it fails like a full disk
    logging.getLogger("test").error("this cannot be written")
    assert capsys.readouterr().err == ""
