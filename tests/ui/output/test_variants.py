"""The export dialog's variants in the real window: chosen, remembered across a restart, a formal
export that lacks a property names it and writes nothing, the web version, the status bar line."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

from PySide6.QtWidgets import QApplication, QPushButton

from tests.ui.conftest import answer_box
from ui.output.variant_dialog import VariantDialog
from ui.window.properties_dialog import PropertiesDialog

FORMAL = {"issuer_mark": "某某区统计局文件", "doc_number": "某统〔2025〕3号", "signer": "张三",
          "printer": "某某区统计局办公室", "print_date": dt.date(2025, 2, 25)}


def pick(variant: str):
    """Answer the variant dialog by clicking the variant's radio button, then 选择保存位置…."""
    seen: list[str] = []

    def answer(dialog) -> None:
        assert isinstance(dialog, VariantDialog), dialog
        seen.append(next(name for name, b in dialog.buttons.items() if b.isChecked()))
        dialog.buttons[variant].click()
        dialog.findChild(QPushButton, "chooseFile").click()

    answer_box(answer)
    return seen


def docx_text(path: Path) -> str:
    """The document and its headers (where a draft says 草稿)."""
    with zipfile.ZipFile(path) as archive:
        return "".join(archive.read(n).decode("utf-8") for n in archive.namelist() if n.startswith("word/")
                       and n.endswith(".xml") and ("document" in n or "header" in n))


def test_variant_chosen_and_remembered_across_a_restart(report_window, tmp_path: Path, monkeypatch) -> None:
    import ui.output.export_actions as export_actions

    monkeypatch.setattr(export_actions, "offer_to_open", lambda *a: None)
    monkeypatch.setattr(export_actions, "choose_path", lambda *a: tmp_path / "草稿.docx")
    report_window.controller.update_properties(**FORMAL)
    first = pick("draft")
    report_window.rooms.output.word_action.trigger()
    assert first == ["plain"]  # the default the first time
    assert "草稿" in docx_text(tmp_path / "草稿.docx")
    report_window.rebuild()
    monkeypatch.setattr(export_actions, "choose_path", lambda *a: tmp_path / "正式.docx")
    second = pick("formal")
    report_window.rooms.output.word_action.trigger()
    assert second == ["draft"]  # remembered by the library, not by the window
    assert "某统〔2025〕3号" in docx_text(tmp_path / "正式.docx")
    report_window.rebuild()
    assert report_window.rooms.output.variant() == "formal"


def test_formal_export_names_the_missing_property_and_writes_nothing(report_window, tmp_path: Path,
                                                                      monkeypatch) -> None:
    import ui.output.export_actions as export_actions

    asked: list[Path] = []
    monkeypatch.setattr(export_actions, "choose_variant", lambda _p, _k, _c: "formal")
    monkeypatch.setattr(export_actions, "choose_path", lambda *a: asked.append(tmp_path / "x.docx") or asked[-1])
    values = {k: v for k, v in FORMAL.items() if k != "signer"}
    report_window.controller.update_properties(**values)
    seen = answer_box("取消")
    assert report_window.rooms.output.export("docx") is None
    assert "签发人" in seen[0] and "发文字号" not in seen[0]
    assert asked == [] and not list(tmp_path.glob("*.*"))


def test_formal_missing_opens_the_formal_tab(report_window, tmp_path: Path, monkeypatch) -> None:
    import ui.output.export_actions as export_actions

    monkeypatch.setattr(export_actions, "choose_variant", lambda _p, _k, _c: "formal")
    opened: list[tuple[str, bool]] = []

    def look(dialog) -> None:
        assert isinstance(dialog, PropertiesDialog)
        form = dialog.formal_form
        opened.append((dialog.tabs.tabText(dialog.tabs.currentIndex()), dialog.focusWidget() is form.issuer_mark))
        dialog.reject()

    def fill(box) -> None:
        answer_box(look)
        next(b for b in box.buttons() if b.objectName() == "choice_fill").click()

    answer_box(fill)
    assert report_window.rooms.output.export("pdf") is None
    assert opened == [("正式行文", True)]  # the first missing one (发文机关标志) has the focus
    assert not list(tmp_path.glob("*.*"))


def test_bad_doc_number_is_named_before_anything_is_written(report_window, tmp_path: Path, monkeypatch) -> None:
    import ui.output.export_actions as export_actions

    report = report_window.controller.report
    for key, value in FORMAL.items():
        setattr(report, key, value)
    report.doc_number = "某统2025第03号"  # stored by an older copy: the form no longer lets it in
    monkeypatch.setattr(export_actions, "choose_variant", lambda _p, _k, _c: "formal")
    seen = answer_box("取消")
    assert report_window.rooms.output.export("docx") is None
    assert "发文字号" in seen[0]


def test_web_version_from_the_file_menu(report_window, tmp_path: Path, monkeypatch) -> None:
    import ui.output.export_actions as export_actions

    report_window.controller.update_properties(**FORMAL)
    kinds: list[str] = []
    monkeypatch.setattr(export_actions, "choose_path", lambda _p, kind, _s: kinds.append(kind.suffix) or tmp_path / "网页")
    monkeypatch.setattr(export_actions, "offer_to_open", lambda *a: None)
    export_menu_actions = report_window.window.menu_slot("file.export").contents()
    assert report_window.rooms.output.html_action in export_menu_actions
    report_window.rooms.output.html_action.trigger()  # no variant step: the web version is the public one
    written = tmp_path / "网页.html"
    html = written.read_text(encoding="utf-8")
    assert kinds == [".html"]
    assert 'lang="zh-CN"' in html and "<script" not in html
    assert "签发人" not in html and "某统〔2025〕3号" not in html
    status = report_window.window.statusBar().currentMessage()
    assert "网页.html" in status and str(tmp_path) in status and "公开版" in status


def test_every_export_says_in_the_status_bar_what_was_written_where(report_window, tmp_path: Path,
                                                                    monkeypatch) -> None:
    import ui.output.export_actions as export_actions

    monkeypatch.setattr(export_actions, "offer_to_open", lambda *a: None)
    monkeypatch.setattr(export_actions, "choose_variant", lambda _p, _k, _c: "plain")
    for kind, name in (("docx", "a.docx"), ("xlsx", "b.xlsx"), ("pdf", "c.pdf")):
        monkeypatch.setattr(export_actions, "choose_path", lambda *a, n=name: tmp_path / n)
        assert report_window.rooms.output.export(kind) == tmp_path / name
        status = report_window.window.statusBar().currentMessage()
        assert name in status and str(tmp_path) in status


def test_cancelling_the_variant_step_exports_nothing(report_window, tmp_path: Path, monkeypatch) -> None:
    import ui.output.export_actions as export_actions

    monkeypatch.setattr(export_actions, "choose_path", lambda *a: tmp_path / "x.docx")
    answer_box(lambda dialog: dialog.reject())
    assert report_window.rooms.output.export("docx") is None
    assert not list(tmp_path.glob("*.*"))
    assert QApplication.activeModalWidget() is None


def test_filling_the_missing_property_goes_on_with_the_export(report_window, tmp_path: Path, monkeypatch) -> None:
    import ui.output.export_actions as export_actions
    from tests.ui.conftest import type_text

    monkeypatch.setattr(export_actions, "choose_variant", lambda _p, _k, _c: "formal")
    monkeypatch.setattr(export_actions, "choose_path", lambda *a: tmp_path / "正式.docx")
    monkeypatch.setattr(export_actions, "offer_to_open", lambda *a: None)
    report_window.controller.update_properties(**{k: v for k, v in FORMAL.items() if k != "signer"})

    def fill_signer(dialog) -> None:
        assert dialog.focusWidget() is dialog.formal_form.signer
        type_text(dialog.formal_form.signer, "李四")
        dialog.accept()

    def fill(box) -> None:
        answer_box(fill_signer)
        next(b for b in box.buttons() if b.objectName() == "choice_fill").click()

    answer_box(fill)
    assert report_window.rooms.output.export("docx") == tmp_path / "正式.docx"
    assert report_window.controller.report.signer == "李四"
    assert "李四" in docx_text(tmp_path / "正式.docx")
