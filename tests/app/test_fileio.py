import os
from pathlib import Path

import pytest

from app.errors import UserError
from app.fileio import atomic_write


def test_written_files_get_the_users_normal_mode(tmp_path: Path) -> None:
    umask = os.umask(0o022)
    os.umask(umask)
    target = atomic_write(tmp_path / "a.txt", lambda p: p.write_text("x"))
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask


def test_replacing_keeps_the_old_files_mode(tmp_path: Path) -> None:
    target = tmp_path / "a.txt"
    target.write_text("old")
    target.chmod(0o640)
    atomic_write(target, lambda p: p.write_text("new"))
    assert target.read_text() == "new" and target.stat().st_mode & 0o777 == 0o640


def test_a_missing_input_of_the_writer_is_not_blamed_on_the_output(tmp_path: Path) -> None:
    def writer(path: Path) -> None:
        (tmp_path / "missing-template.docx").read_bytes()

    with pytest.raises(UserError) as info:
        atomic_write(tmp_path / "out.docx", writer)
    assert "missing-template.docx" in str(info.value) and "无法读取" in str(info.value)
    assert list(tmp_path.iterdir()) == []
