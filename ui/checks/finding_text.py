"""Findings in the interface language. app/checks writes its messages in Chinese; here the fixed
templates (and the messages of the checks that give none, matched by pattern) are named for
translation. What a message quotes from the report — headings, part names, the wrong and right
wording — is the report's own text and stays Chinese. Messages of kinds not listed here (the
part order, the deadline, a heading level skipped) stay Chinese in an English interface."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from app.checks import Finding
from ui.common.translate import QT_TRANSLATE_NOOP

CONTEXT = "FindingText"

# the templates app/checks fills (Finding.template), listed so that lupdate extracts them
TEMPLATES = (
    QT_TRANSLATE_NOOP("FindingText", "“{wrong}”应为“{right}”{why}"),
    QT_TRANSLATE_NOOP("FindingText", "与{source}中的段落完全相同，照搬的文字请改写或更新"),
    QT_TRANSLATE_NOOP("FindingText", "去年报告的打算“{plan}”在今年报告中没有下文，请在第一部分写明落实情况，"
                               "或在“去年打算的落实情况”中关联到相应章节"),
    QT_TRANSLATE_NOOP("FindingText", "成效写得空泛：{count}字中没有数字、日期、文件名或活动名，请补上做了几次、多少人、"
                               "哪天、依据哪个文件等具体内容"),
    QT_TRANSLATE_NOOP("FindingText", "标点重复：“{marks}”"),
    QT_TRANSLATE_NOOP("FindingText", "这一不足与去年报告“{place}”所列基本相同，请写明去年以来采取了哪些整改措施、为什么仍然存在"),
    QT_TRANSLATE_NOOP("FindingText", "这句与去年报告“{place}”中的句子只差年份或数字，请改写，写出今年的新情况"),
    QT_TRANSLATE_NOOP("FindingText", "“约”“近”与“余”“多”不能同时使用，应写作“{right}”"),
    QT_TRANSLATE_NOOP("FindingText", "以月日命名的日子用间隔号，应写作“{right}”"),
    QT_TRANSLATE_NOOP("FindingText", "台账中{activity}记为{name}{ledger}{unit}，报告写的是{this}{unit}，请核对"),
    QT_TRANSLATE_NOOP("FindingText", "同一数据前后不一致：“{place}”写的是{name}{first}{unit}，这里是{this}{unit}，请核对后统一"),
    QT_TRANSLATE_NOOP("FindingText", "数值范围用浪纹线或一字线，不用连字符，应写作“{right}”"),
    QT_TRANSLATE_NOOP("FindingText", "日期中的月、日不加前导零，应写作“{right}”"),
    QT_TRANSLATE_NOOP("FindingText", "汉字数字年份中的零应写作“〇”，应写作“{right}”"),
    QT_TRANSLATE_NOOP("FindingText", "省略号应写作“……”（两个“…”），不用“{wrong}”"),
    QT_TRANSLATE_NOOP("FindingText", "破折号应写作“——”（两个“—”），不用单个“—”"),
    QT_TRANSLATE_NOOP("FindingText", "并列的书名号或引号之间不用顿号，请删去“、”"),
)

# the checks that build their message without a template: the message's pattern and its
# translatable form with %1, %2… for the groups
PATTERNS = (
    (re.compile(r"日期不存在：(.+)"), QT_TRANSLATE_NOOP("FindingText", "日期不存在：%1")),
    (re.compile(r"这一节还没有正文"), QT_TRANSLATE_NOOP("FindingText", "这一节还没有正文")),
    (re.compile(r"缺少第(\d)部分“(.+?)”：没有哪个一级标题对应这一部分"),
     QT_TRANSLATE_NOOP("FindingText", "缺少第%1部分“%2”：没有哪个一级标题对应这一部分")),
    (re.compile(r"编号跳号：“(.+?)”之前缺少“(.+?)”"), QT_TRANSLATE_NOOP("FindingText", "编号跳号：“%1”之前缺少“%2”")),
    (re.compile(r"句子重复，前面（(.+?)）已出现过"), QT_TRANSLATE_NOOP("FindingText", "句子重复，前面（%1）已出现过")),
    (re.compile(r"(.) 缺少对应的 (.)（引号、括号不配对）"),
     QT_TRANSLATE_NOOP("FindingText", "%1 缺少对应的 %2（引号、括号不配对）")),
    (re.compile(r"半角“(.+?)”应改为全角“(.+?)”"), QT_TRANSLATE_NOOP("FindingText", "半角“%1”应改为全角“%2”")),
    (re.compile(r"出现(\d{4})年，距报告年度(\d{4})年较远；如不是历史引用，请核对是否沿用了旧文字"),
     QT_TRANSLATE_NOOP("FindingText", "出现%1年，距报告年度%2年较远；如不是历史引用，请核对是否沿用了旧文字")),
    (re.compile(r"出现上一年度(\d{4})年，请确认不是去年报告的旧文字"),
     QT_TRANSLATE_NOOP("FindingText", "出现上一年度%1年，请确认不是去年报告的旧文字")),
    (re.compile(r"篇幅远短于同级各节（(\d+)字，同级一般(\d+)字）"),
     QT_TRANSLATE_NOOP("FindingText", "篇幅远短于同级各节（%1字，同级一般%2字）")),
    (re.compile(r"标题末尾不用句号"), QT_TRANSLATE_NOOP("FindingText", "标题末尾不用句号")),
)


def finding_message(finding: Finding) -> str:
    """The finding's message in the interface language (its Chinese message where no translation
    is known)."""
    if finding.template:
        translated = QCoreApplication.translate(CONTEXT, finding.template)
        if translated == finding.template:
            return finding.message
        try:
            return translated.format(**dict(finding.values))
        except (KeyError, IndexError, ValueError):
            return finding.message
    for pattern, source in PATTERNS:
        match = pattern.fullmatch(finding.message)
        if match is None:
            continue
        translated = QCoreApplication.translate(CONTEXT, source)
        if translated == source:
            return finding.message
        for number, group in enumerate(match.groups(), start=1):
            translated = translated.replace(f"%{number}", group)
        return translated
    return finding.message


# app.checks names the kinds and severities in Chinese; listed here so that lupdate extracts them (in the
# ChecksPanel context, where the panel's self.tr() looks them up; a name missing here stays Chinese)
_TRANSLATED_NAMES = (
    QT_TRANSLATE_NOOP("ChecksPanel", "缺少部分"), QT_TRANSLATE_NOOP("ChecksPanel", "部分顺序"),
    QT_TRANSLATE_NOOP("ChecksPanel", "标题编号"), QT_TRANSLATE_NOOP("ChecksPanel", "年份"),
    QT_TRANSLATE_NOOP("ChecksPanel", "日期"), QT_TRANSLATE_NOOP("ChecksPanel", "标点"),
    QT_TRANSLATE_NOOP("ChecksPanel", "引号括号配对"), QT_TRANSLATE_NOOP("ChecksPanel", "重复句子"),
    QT_TRANSLATE_NOOP("ChecksPanel", "沿用去年文字"), QT_TRANSLATE_NOOP("ChecksPanel", "空章节"),
    QT_TRANSLATE_NOOP("ChecksPanel", "篇幅"), QT_TRANSLATE_NOOP("ChecksPanel", "报送公开期限"),
    QT_TRANSLATE_NOOP("ChecksPanel", "不足年年相同"), QT_TRANSLATE_NOOP("ChecksPanel", "成效空泛"),
    QT_TRANSLATE_NOOP("ChecksPanel", "去年打算无下文"), QT_TRANSLATE_NOOP("ChecksPanel", "用语规范"),
    QT_TRANSLATE_NOOP("ChecksPanel", "数字用法"), QT_TRANSLATE_NOOP("ChecksPanel", "数据不一致"),
    QT_TRANSLATE_NOOP("ChecksPanel", "错误"), QT_TRANSLATE_NOOP("ChecksPanel", "警告"),
    QT_TRANSLATE_NOOP("ChecksPanel", "提示"),
)
