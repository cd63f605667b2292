"""OFD import: the real reports as OFD files (laid out as the published PDF, text placed by
TextCode and DeltaX), the DeltaX notation, and broken or textless OFD files."""

from __future__ import annotations

import zipfile

import pytest

from app.cli import main
from app.errors import UserError
from app.importing import parse_file
from app.importing.ofd_reader import delta_x
from app.store import Store
from tests.app.importing.helpers import expected, outline_problems
from tests.app.importing.made_files import ofd_from_pdf, report_pdfs
from tests.datafiles import REPORT_NAMES, report_file


@pytest.fixture(scope="module")
def ofds(tmp_path_factory):
    folder = tmp_path_factory.mktemp("ofd")
    pdfs = report_pdfs([report_file(f"{name}.txt") for name in REPORT_NAMES], folder)
    return {name: ofd_from_pdf(pdf, folder / f"{name}.ofd") for name, pdf in zip(REPORT_NAMES, pdfs)}


@pytest.mark.parametrize("name", REPORT_NAMES)
def test_real_report_as_ofd_gives_its_outline_and_text(ofds, fixture_path, name):
    report = parse_file(ofds[name])
    assert outline_problems(expected(fixture_path, name), report) == []
    from_txt = parse_file(report_file(f"{name}.txt"))
    assert [s.paragraphs for s in report.all_sections()] == [s.paragraphs for s in from_txt.all_sections()]
    assert report.preamble == from_txt.preamble and report.closing == from_txt.closing
    assert any("页眉" in w for w in report.warnings)


def test_cli_import_an_ofd(ofds, tmp_path, capsys):
    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "import", str(ofds["xiqing-tongji-2024"])]) == 0
    with Store(data) as store:
        assert store.reports.load(int(capsys.readouterr().out.strip())).title == "西青区统计局2024年法治政府建设情况报告"


@pytest.mark.parametrize(("spec", "count", "advances"), [
    ("5.6 5.6 5.6", 4, [5.6, 5.6, 5.6]), ("g 3 5.6", 4, [5.6, 5.6, 5.6]),
    ("2 g 2 5.6 3", 5, [2.0, 5.6, 5.6, 3.0]), ("", 3, []), (None, 2, []),
])
def test_delta_x_notation(spec, count, advances):
    assert delta_x(spec, count) == advances


def _ofd(path, content_xml: str | None, *, pages: bool = True):
    ns = 'xmlns:ofd="http://www.ofdspec.org/2016"'
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("OFD.xml", f"<ofd:OFD {ns}><ofd:DocBody><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot>"
                                    "</ofd:DocBody></ofd:OFD>")
        page_list = '<ofd:Page ID="1" BaseLoc="Pages/Page_0/Content.xml"/>' if pages else ""
        archive.writestr("Doc_0/Document.xml", f"<ofd:Document {ns}><ofd:Pages>{page_list}</ofd:Pages></ofd:Document>")
        if content_xml is not None:
            archive.writestr("Doc_0/Pages/Page_0/Content.xml", content_xml)
    return path


def test_ofd_without_text_says_so(tmp_path):
    image_only = ('<ofd:Page xmlns:ofd="http://www.ofdspec.org/2016"><ofd:Content><ofd:Layer ID="2">'
                  '<ofd:ImageObject ID="3" Boundary="0 0 210 297" ResourceID="9"/></ofd:Layer></ofd:Content></ofd:Page>')
    with pytest.raises(UserError, match="没有文字"):
        parse_file(_ofd(tmp_path / "scan.ofd", image_only))


@pytest.mark.parametrize("case", ["not-zip", "no-page-file", "no-pages", "bad-xml", "empty"])
def test_broken_ofd_is_one_line_and_nothing_stored(tmp_path, capsys, case):
    path = tmp_path / "bad.ofd"
    if case == "not-zip":
        path.write_bytes(b"this is not an OFD")
    elif case == "no-page-file":
        _ofd(path, None)
    elif case == "no-pages":
        _ofd(path, "<x/>", pages=False)
    elif case == "bad-xml":
        _ofd(path, "<ofd:Page><unclosed>")
    else:
        path.write_bytes(b"")
    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "import", str(path)]) == 1
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert not data.exists() or not any(data.iterdir())
