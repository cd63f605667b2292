"""The printable comparison (修改对照): every changed section with deleted text struck through
in red and inserted text underlined, as .html or .docx, written through atomic_write."""

from __future__ import annotations

from html import escape
from pathlib import Path

from app.errors import UserError
from app.fileio import atomic_write
from app.review.compare import Comparison, SectionDiff

_STYLE = ("body{font-family:'仿宋_GB2312','FangSong',serif;font-size:16pt;line-height:1.6;margin:2cm}"
          "h1{font-family:'方正小标宋简体','SimSun',serif;text-align:center;font-size:20pt}"
          "h2{font-family:'黑体','SimHei',sans-serif;font-size:16pt}"
          "del{color:#c00;text-decoration:line-through}ins{text-decoration:underline;color:#00c}")


def _title(section: SectionDiff) -> str:
    old = section.old.section.heading if section.old else ""
    new = section.new.section.heading if section.new else ""
    return f"{section.number}{new or old}"


def comparison_html(comparison: Comparison) -> str:
    parts = [f"<!DOCTYPE html><html lang='zh-CN'><head><meta charset='utf-8'><title>修改对照</title>"
             f"<style>{_STYLE}</style></head><body><h1>{escape(comparison.new_report.title)}（修改对照）</h1>"]
    changed = [s for s in comparison.sections if s.changed]
    if not changed:
        parts.append("<p>两个版本没有差别。</p>")
    for section in changed:
        parts.append(f"<h2>{escape(_title(section))}</h2>")
        if section.old and section.new and section.old.section.heading != section.new.section.heading:
            parts.append(f"<p>标题：<del>{escape(section.old.section.heading)}</del>"
                         f"<ins>{escape(section.new.section.heading)}</ins></p>")
        if section.old is None or section.new is None:
            located = section.old or section.new
            assert located is not None
            tag = "del" if section.new is None else "ins"
            body = "".join(f"<p><{tag}>{escape(p)}</{tag}></p>" for p in located.section.paragraphs)
            parts.append(f"<p>（{'删除本节' if tag == 'del' else '新增本节'}）</p>{body}")
            continue
        html = []
        for segment in section.segments:
            if not segment.changed:
                html.append(escape(segment.before))
                continue
            if segment.before:
                html.append(f"<del>{escape(segment.before)}</del>")
            if segment.after:
                html.append(f"<ins>{escape(segment.after)}</ins>")
        parts.extend(f"<p>{p}</p>" for p in "".join(html).split("\n") if p)
    parts.append("</body></html>")
    return "".join(parts)


def _use_profile_fonts(document: object) -> None:
    """The official fonts of the standard format profile (仿宋 body, 黑体 headings, 小标宋 title)."""
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor

    from app.profiles import load_profile

    profile = load_profile(None)
    for style_name, role in (("Normal", "body"), ("Title", "title"), ("Heading 1", "heading1")):
        spec = profile.font(role)
        font = document.styles[style_name].font  # type: ignore[attr-defined]
        font.name = spec.family
        font.size = Pt(spec.size_pt)
        font.color.rgb = RGBColor(0, 0, 0)
        font.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), spec.family)


def _write_docx(comparison: Comparison, path: Path) -> None:
    import docx
    from docx.enum.text import WD_UNDERLINE
    from docx.shared import RGBColor

    document = docx.Document()
    _use_profile_fonts(document)
    document.add_heading(f"{comparison.new_report.title}（修改对照）", level=0)
    for section in comparison.sections:
        if not section.changed:
            continue
        document.add_heading(_title(section), level=1)
        if section.old is None or section.new is None:
            located = section.old or section.new
            assert located is not None
            for text in located.section.paragraphs:
                run = document.add_paragraph().add_run(text)
                run.font.strike = section.new is None
                run.font.underline = WD_UNDERLINE.SINGLE if section.old is None else None
            continue
        paragraph = document.add_paragraph()
        for segment in section.segments:
            for text, deleted in ((segment.before, True), (segment.after, False)) if segment.changed \
                    else ((segment.before, None),):
                for k, line in enumerate(text.split("\n")):
                    if k:
                        paragraph = document.add_paragraph()
                    if not line:
                        continue
                    run = paragraph.add_run(line)
                    if deleted is True:
                        run.font.strike = True
                        run.font.color.rgb = RGBColor(0xC0, 0, 0)
                    elif deleted is False:
                        run.font.underline = WD_UNDERLINE.SINGLE
    document.save(str(path))


def write_comparison(comparison: Comparison, path: Path) -> Path:
    suffix = path.suffix.lower()
    if suffix in (".html", ".htm"):
        text = comparison_html(comparison)

        def write_html(tmp: Path) -> None:
            tmp.write_text(text, encoding="utf-8")

        return atomic_write(path, write_html)
    if suffix == ".docx":
        return atomic_write(path, lambda tmp: _write_docx(comparison, tmp))
    raise UserError(f"修改对照只能保存为 .html 或 .docx：{path.name}（use .html or .docx）")
