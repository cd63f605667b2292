"""The import preview shows what the recogniser made of each paragraph: body text under the
selected heading, the opening and the end, the parts and the words that decided them, and the
text it set aside (a covering letter, site text), which the clerk can bring back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from app.importing import parse_text
from app.model import Part, Report, Section
from ui.importing.import_dialog import HEAD, REASON_COLUMN, TAIL, ImportPreviewDialog
from ui.importing.preview_text import section_html

LETTER = ("某某镇人民政府\n"
          "某政报〔2025〕7号\n"
          "关于报送2024年度法治政府建设情况报告的报告\n"
          "区委全面依法治区委员会办公室：\n"
          "按照区里的统一部署，现将我镇2024年度法治政府建设情况报告如下，请审阅。\n"
          "某某镇人民政府\n"
          "2025年1月15日\n")
REPORT = ("某某镇人民政府2024年度\n"
          "法治政府建设情况报告\n"
          "2024年，我镇坚持依法行政，各项工作取得新进展。\n"
          "一、推进法治政府建设的主要举措和成效\n"
          "（一）健全依法决策机制。全年重大行政决策全部经过合法性审查。\n"
          "镇政府常务会议集体讨论决定重大事项12项。\n"
          "（二）深化普法宣传。开展法治讲座8场。\n"
          "二、加强基层执法队伍\n"
          "综合执法队伍配齐配强，持证上岗率达到百分之百。\n"
          "三、存在的不足\n"
          "执法人员专业能力有待提高。\n"
          "四、2025年工作安排\n"
          "继续推进综合行政执法改革。\n"
          "以上报告，请审阅。\n"
          "某某镇人民政府\n"
          "2025年1月10日\n")


def open_dialog(qtbot, report) -> ImportPreviewDialog:
    dialog = ImportPreviewDialog(None, report)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def row_of(dialog: ImportPreviewDialog, heading: str):
    for key, section in dialog._sections.items():
        if section.heading == heading:
            return dialog._items[key]
    raise AssertionError(heading)


def set_aside_texts(dialog: ImportPreviewDialog) -> list[str]:
    return [dialog.set_aside_panel.list.item(row).text() for row in range(dialog.set_aside_panel.list.count())]


def test_covering_letter_listed_as_set_aside_with_the_reports_own_title(qtbot):
    dialog = open_dialog(qtbot, parse_text(LETTER + REPORT))
    assert dialog._title.text() == "某某镇人民政府2024年度法治政府建设情况报告"
    listed = set_aside_texts(dialog)
    letter_lines = LETTER.splitlines()
    assert len(listed) == len(letter_lines)
    for row, (line, shown) in enumerate(zip(letter_lines, listed)):
        assert line in shown and "不导入" in shown
        assert "报送函" in dialog.set_aside_panel.list.item(row).toolTip()
    assert "报送函" in listed[0]  # the reason written out under the letter's first line
    # the letter's recipient and request are not the report's opening
    dialog.select_place(HEAD)
    opening = dialog.text_view.toPlainText()
    assert "某某镇人民政府2024年度法治政府建设情况报告" in opening
    assert "2024年，我镇坚持依法行政" in opening and "〔导语〕" in opening
    assert "区委全面依法治区委员会办公室" not in opening and "请审阅" not in opening


def test_a_set_aside_paragraph_brought_back_into_the_preamble(qtbot):
    dialog = open_dialog(qtbot, parse_text(LETTER + REPORT))
    changes: list[None] = []
    dialog.reportChanged.connect(lambda: changes.append(None))
    request = LETTER.splitlines()[4]
    recipient = LETTER.splitlines()[3]
    for wanted in (request, recipient):  # later one first: each goes back where it stood
        row = next(r for r, text in enumerate(set_aside_texts(dialog)) if wanted in text)
        dialog.set_aside_panel.list.setCurrentRow(row)
        qtbot.mouseClick(dialog.set_aside_panel.restore_button, Qt.MouseButton.LeftButton)
    assert len(changes) == 2
    assert not any(request in text or recipient in text for text in set_aside_texts(dialog))
    assert dialog.tree.currentItem().data(0, Qt.ItemDataRole.UserRole + 2) == HEAD
    assert request in dialog.text_view.toPlainText()
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    result = dialog.result_report()
    assert result.preamble == [recipient, request, "2024年，我镇坚持依法行政，各项工作取得新进展。"]
    assert recipient not in result.set_aside and len(result.set_aside) == len(LETTER.splitlines()) - 2


def test_site_text_glued_to_the_title_is_set_aside_as_site_text(qtbot):
    text = ("某某区2024年法治政府建设情况报告 发布时间：2025-01-20 来源：区司法局\n"
            "2024年，我区全面推进依法行政。\n一、主要举措和成效\n开展普法活动。\n二、存在的不足\n力量不足。\n")
    dialog = open_dialog(qtbot, parse_text(text))
    assert dialog._title.text() == "某某区2024年法治政府建设情况报告"
    [shown] = set_aside_texts(dialog)
    assert "发布时间：2025-01-20" in shown and "网页文字" in shown and "报送函" not in shown
    assert "网页文字" in dialog.set_aside_panel.list.item(0).toolTip()


def test_nothing_set_aside_says_so_and_cannot_restore(qtbot):
    dialog = open_dialog(qtbot, parse_text(REPORT))
    [shown] = set_aside_texts(dialog)
    assert "没有" in shown
    dialog.set_aside_panel.list.setCurrentRow(0)
    assert not dialog.set_aside_panel.restore_button.isEnabled()


def test_parts_shown_with_the_words_that_decided(qtbot):
    dialog = open_dialog(qtbot, parse_text(REPORT))
    measures = row_of(dialog, "推进法治政府建设的主要举措和成效")
    assert measures.text(3) == "1 主要举措和成效"
    assert "标题含“举措”" in measures.text(REASON_COLUMN)
    assert measures.toolTip(3).startswith("1 主要举措和成效（标题含")
    themed = row_of(dialog, "加强基层执法队伍")  # its heading names no part: its place decides
    assert themed.text(3) == "1 主要举措和成效" and "标题未点明部分" in themed.text(REASON_COLUMN)
    shortcomings = row_of(dialog, "存在的不足").text(REASON_COLUMN)
    assert shortcomings.startswith("标题含“") and "不足" in shortcomings
    assert row_of(dialog, "2025年工作安排").text(3).startswith(f"{int(Part.PLANS)} ")
    # the selected section's text repeats the part and why
    dialog.tree.setCurrentItem(measures)
    assert "1 主要举措和成效（标题含“举措”）" in dialog.text_view.toPlainText()
    # the clerk changes the part: the reason says so
    dialog.tree.setCurrentItem(themed)
    index = dialog.part_combo.findData(int(Part.LEADERSHIP))
    dialog.part_combo.setCurrentIndex(index)
    dialog.part_combo.activated.emit(index)
    themed = row_of(dialog, "加强基层执法队伍")
    assert themed.text(3).startswith(f"{int(Part.LEADERSHIP)} ") and themed.text(REASON_COLUMN) == "在预览中指定"


def test_selected_heading_shows_its_paragraphs_as_body(qtbot):
    dialog = open_dialog(qtbot, parse_text(LETTER + REPORT))
    dialog.tree.setCurrentItem(row_of(dialog, "健全依法决策机制"))
    text = dialog.text_view.toPlainText()
    assert "〔标题〕 （一）健全依法决策机制" in text
    assert "〔正文〕 全年重大行政决策全部经过合法性审查。" in text
    assert "〔正文〕 镇政府常务会议集体讨论决定重大事项12项。" in text
    assert "深化普法宣传" not in text  # only the selected heading's own text
    # a level-1 heading shows its subsections' headings and bodies beneath it
    dialog.tree.setCurrentItem(row_of(dialog, "推进法治政府建设的主要举措和成效"))
    text = dialog.text_view.toPlainText()
    assert "（二）深化普法宣传" in text and "开展法治讲座8场。" in text and "综合执法队伍" not in text
    # the end: closing, signature and date as recognised
    dialog.select_place(TAIL)
    text = dialog.text_view.toPlainText()
    assert "〔落款〕 某某镇人民政府" in text and "〔日期〕 2025年1月10日" in text
    assert "〔结束语〕 以上报告，请审阅。" in text
    # the rows around the outline cannot be promoted, demoted or merged
    assert not dialog.merge_button.isEnabled() and not dialog.part_combo.isEnabled()
    qtbot.keyClick(dialog.tree, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert dialog.tree.topLevelItemCount() == 4 + 2


def test_a_long_section_shows_its_first_lines_and_says_how_many_more() -> None:
    paragraphs = [f"第{i}段正文。" for i in range(30)]
    children = [Section(heading=f"下级标题{i}", paragraphs=[f"下级{i}的正文。"] * 4) for i in range(10)]
    section = Section(heading="主要举措和成效", paragraphs=paragraphs, children=children)
    report = Report(title="报告", sections=[section])
    whole = section_html(report, section, limit=1000)
    assert whole.count("〔正文〕") == 30 + 40 and "以下还有" not in whole
    cut = section_html(report, section, limit=20)
    assert cut.count("〔标题〕") + cut.count("〔正文〕") == 20
    assert "第18段正文" in cut and "第19段正文" not in cut
    assert "以下还有 61 段" in cut  # 11 of the 30 paragraphs, and 10 subsections of a heading and 4 paragraphs
