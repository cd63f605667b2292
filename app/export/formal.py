"""Formal submission (正式行文, GB/T 9704-2012 7.2 and 7.4): what the 版头 and 版记 need, checked
before anything is written."""

from __future__ import annotations

from app.errors import UserError
from app.model import Report
from app.report_properties import LABELS, check_doc_number

REQUIRED = ("issuer_mark", "doc_number", "signer", "printer", "print_date")


def check_formal(report: Report) -> None:
    """One message naming the first missing or malformed property; nothing else happens."""
    values = report.formal_text()
    for key in REQUIRED:
        if not values[key].strip():
            raise UserError(f"正式行文缺少“{LABELS[key]}”：请在报告属性中填写，或 chengwen set {report.id or 'ID'} "
                            f"{key}=…（formal export needs {key}）")
    check_doc_number(report.doc_number)


def print_date_text(report: Report) -> str:
    """印发日期 as the 版记 writes it: 2025年2月25日印发."""
    day = report.print_date
    return f"{day.year}年{day.month}月{day.day}日印发" if day else ""
