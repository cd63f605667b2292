"""Report properties set one at a time from text (`chengwen set ID KEY=VALUE`, the 报告属性 form):
the keys of the JSON export, each checked, so a bad value is one clear message and nothing is
changed.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from app.errors import UserError
from app.model import MarkerStyle, Report

# Characters XML 1.0 cannot hold (control characters pasted from elsewhere): never stored.
_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")

# 发文字号 (GB/T 9704 7.2.4): 机关代字, the year in 〔〕, the serial number without a leading zero, 号.
_DOC_NUMBER = re.compile(r"^(?P<code>[^〔〕\s]+)〔(?P<year>\d{4})〕(?P<serial>[1-9]\d*)号$")
_DATE = re.compile(r"^(\d{4})[-年./](\d{1,2})[-月./](\d{1,2})日?$")

MAX_LENGTH = 500  # a property longer than this is a paste gone wrong, not a property

TEXT_KEYS = ("title", "organization", "signature", "issuer_mark", "signer", "copy_to", "printer")
DATE_KEYS = ("date", "print_date")
KEYS = (*TEXT_KEYS, "year", "recipient", *DATE_KEYS, "doc_number", "preamble", "closing", "marker_styles")
NOT_SETTABLE = ("id", "sections", "checklist", "warnings", "missing_parts")

LABELS = {
    "title": "标题", "organization": "单位", "year": "年度", "recipient": "主送机关", "date": "成文日期",
    "signature": "署名", "preamble": "开头段落", "closing": "结尾段落", "marker_styles": "序号样式",
    "issuer_mark": "发文机关标志", "doc_number": "发文字号", "signer": "签发人", "copy_to": "抄送",
    "printer": "印发机关", "print_date": "印发日期",
}


def clean_text(value: str, label: str) -> str:
    """One-line text without characters XML cannot hold; refused when absurdly long."""
    text = " ".join(_INVALID_XML.sub("", value).split())
    if len(text) > MAX_LENGTH:
        raise UserError(f"{label}过长：{len(text)} 字，最多 {MAX_LENGTH} 字（{label} is too long）")
    return text


def parse_date(value: str, label: str) -> dt.date | None:
    """2025-02-25, 2025年2月25日 or 2025.2.25; empty clears the date."""
    text = value.strip()
    if not text:
        return None
    match = _DATE.match(text)
    try:
        if match is None:
            raise ValueError(text)
        return dt.date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        raise UserError(f"{label}不是有效日期：{text}；应如 2025-02-25 或 2025年2月25日"
                        f"（{label} is not a date）") from None


def check_doc_number(value: str) -> str:
    """The 发文字号 as GB/T 9704 writes it, or a message showing the form."""
    text = clean_text(value, "发文字号").replace(" ", "")
    if not text:
        return ""
    match = _DOC_NUMBER.match(text)
    if match is None:
        hint = "年份用六角括号〔〕" if "〔" not in text or "〕" not in text else "序号不加“第”、不编虚位（无前导0），以“号”结尾"
        raise UserError(f"发文字号格式不对：{text}；应如 西青统〔2025〕3号，{hint}（document number must look like "
                        f"西青统〔2025〕3号）")
    return text


def _set_year(report: Report, value: str) -> None:
    text = value.strip()
    if not text:
        report.year = 0
        return
    if not text.isdigit() or not 1949 <= int(text) <= 2200:
        raise UserError(f"年度应为四位年份：{text}（year must be a four-digit year）")
    report.year = int(text)


def _set_styles(report: Report, value: str) -> None:
    names = [v for v in re.split(r"[,，\s]+", value.strip()) if v]
    known = {m.value: m for m in MarkerStyle}
    bad = [n for n in names if n not in known]
    if bad or not names:
        raise UserError(f"序号样式不认识：{'、'.join(bad) or '（空）'}；可用：{' '.join(known)}（unknown marker style）")
    report.marker_styles = [known[n] for n in names]


def _paragraphs(value: str) -> list[str]:
    """Paragraphs separated by line breaks (a literal \\n in a shell argument counts too)."""
    lines = value.replace("\\n", "\n").split("\n")
    return [t for t in (clean_text(line, "段落") for line in lines) if t]


def set_property(report: Report, key: str, value: str) -> None:
    """Set one property of `report` from text; UserError (nothing changed) on a bad key or value."""
    setters: dict[str, Callable[[str], None]] = {
        "year": lambda v: _set_year(report, v),
        "recipient": lambda v: setattr(report, "recipient", clean_text(v, "主送机关") or None),
        "doc_number": lambda v: setattr(report, "doc_number", check_doc_number(v)),
        "preamble": lambda v: setattr(report, "preamble", _paragraphs(v)),
        "closing": lambda v: setattr(report, "closing", _paragraphs(v)),
        "marker_styles": lambda v: _set_styles(report, v),
    }
    setter = setters.get(key)
    if key in TEXT_KEYS:
        setattr(report, key, clean_text(value, LABELS[key]))
        return
    if key in DATE_KEYS:
        setattr(report, key, parse_date(value, LABELS[key]))
        return
    if setter is None:
        if key in NOT_SETTABLE:
            raise UserError(f"“{key}”不能用 set 修改（cannot be set; edit the report or import JSON）")
        raise UserError(f"没有这个属性：{key}；可用：{' '.join(KEYS)}（unknown property）")
    setter(value)


def parse_assignment(text: str) -> tuple[str, str]:
    key, sep, value = text.partition("=")
    if not sep or not key.strip():
        raise UserError(f"应写成 键=值：{text}（expected KEY=VALUE）")
    return key.strip(), value
