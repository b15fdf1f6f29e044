"""Tests for toolkit.load: every supported format, every refused input, memory bounds.

All inputs are generated here into tmp_path; nothing is read from a shared corpus.
"""

from __future__ import annotations

import hashlib
import io
import os
import random
import struct
import tracemalloc
import zipfile
import zlib
from pathlib import Path

import docx
import pytest
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

from toolkit import load as load_module
from toolkit.errors import (
    CorruptDocumentError,
    EmptyDocumentError,
    LoadError,
    ReportNotFoundError,
    UnsafeDocumentError,
    UnsupportedFormatError,
)
from toolkit.load import Document, load, load_bytes

SENTENCE = "全区共检查企业 1,234 家，发现隐患 567 项，整改率 96.5%。"
REPORT = "\n".join(
    [
        "2023年安全生产工作年度报告",
        "一、总体情况",
        SENTENCE * 3,
        "本年度共受理政府信息公开申请 89 件，按时办结 87 件，办结率 97.8%。",
        "二、主要工作",
        SENTENCE * 2 + "较上年增长 12.3%，罚款 45.6 万元。",
        "三、存在的问题",
        "部分企业隐患整改不及时，复查发现 23 项隐患反复出现。",
    ]
)
LAUGHS_DTD = (
    '<!DOCTYPE lolz [<!ENTITY lol "lol">'
    '<!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
    '<!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">'
    '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">'
    '<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">'
    '<!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">'
    '<!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">'
    '<!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">'
    '<!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">'
    '<!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">]>'
)


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def refused(path: Path, error: type[LoadError], *reasons: str) -> LoadError:
    """Load ``path``, expecting ``error`` whose message names the file and a reason."""
    with pytest.raises(error) as info:
        load(path)
    message = str(info.value)
    assert str(path) in message
    assert info.value.path == str(path)
    for reason in reasons:
        assert reason in message, message
    return info.value


# --------------------------------------------------------------------------- builders


def make_docx(path: Path) -> Path:
    document = docx.Document()
    document.add_heading("2023年政府信息公开工作年度报告", level=1)
    document.add_paragraph(SENTENCE)
    table = document.add_table(rows=2, cols=3)
    for cell, value in zip(table.rows[0].cells, ["指标", "2022年", "2023年"], strict=True):
        cell.text = value
    for cell, value in zip(table.rows[1].cells, ["检查企业（家）", "1,100", "1,234"], strict=True):
        cell.text = value
    document.add_paragraph("三、存在的主要问题")
    document.save(str(path))
    return path


def make_pdf(pages: list[list[str]]) -> bytes:
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buf = io.BytesIO()
    pdf = canvas.Canvas(buf)
    for lines in pages:
        pdf.setFont("STSong-Light", 12)
        y = 800
        for line in lines:
            pdf.drawString(50, y, line)
            y -= 20
        pdf.showPage()
    pdf.save()
    return buf.getvalue()


def minimal_pdf(content_stream: bytes, font: bytes = b"", extra: tuple[bytes, ...] = (),
                resources: bytes = b"") -> bytes:
    """A one-page PDF whose page content is ``content_stream`` (already FlateDecoded).

    ``font`` is added to the Helvetica font's dictionary, ``resources`` to the page's
    resources; ``extra`` are objects 6, 7, ...
    """
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >>" + resources + b" >> >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(content_stream) + content_stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica" + font + b" >>",
        *extra,
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def repeated_deflate(chunk: bytes, count: int, wbits: int) -> tuple[bytes, bytes]:
    """(head, block): ``block`` deflates ``chunk`` from a reset state, so it can be repeated.

    After Z_FULL_FLUSH the compressor forgets its history, which makes every block for the
    same chunk byte-identical: gigabytes of output cost one compression of ``chunk``.
    """
    compressor = zlib.compressobj(9, zlib.DEFLATED, wbits)
    head = compressor.compress(b"") + compressor.flush(zlib.Z_FULL_FLUSH)
    block = compressor.compress(chunk) + compressor.flush(zlib.Z_FULL_FLUSH)
    assert block == compressor.compress(chunk) + compressor.flush(zlib.Z_FULL_FLUSH)
    return head, block


def zlib_bomb(prefix: bytes, chunk: bytes, count: int) -> bytes:
    """A valid zlib stream of ``prefix + chunk * count`` built without compressing it all."""
    compressor = zlib.compressobj(9)
    head = compressor.compress(prefix) + compressor.flush(zlib.Z_FULL_FLUSH)
    _, block = repeated_deflate(chunk, count, -15)
    adler = zlib.adler32(prefix)
    for _ in range(count):
        adler = zlib.adler32(chunk, adler)
    final = zlib.compressobj(9, zlib.DEFLATED, -15).flush(zlib.Z_FINISH)  # empty last block
    return head + block * count + final + struct.pack(">I", adler)


def raw_zip(members: list[tuple[str, int, bytes, int, int]]) -> bytes:
    """A ZIP from (name, method, stored bytes, declared size, crc), headers as given."""
    out = bytearray()
    central = bytearray()
    for name, method, payload, size, crc in members:
        encoded = name.encode()
        offset = len(out)
        out += struct.pack(
            "<4sHHHHHIIIHH", b"PK\x03\x04", 20, 0, method, 0, 0x21, crc, len(payload), size, len(encoded), 0
        )
        out += encoded + payload
        central += struct.pack(
            "<4sHHHHHHIIIHHHHHII",
            b"PK\x01\x02", 20, 20, 0, method, 0, 0x21, crc, len(payload), size,
            len(encoded), 0, 0, 0, 0, 0, offset,
        )  # fmt: skip
        central += encoded
    cd_offset = len(out)
    out += central
    out += struct.pack("<4sHHHHIIH", b"PK\x05\x06", 0, 0, len(members), len(members), len(central), cd_offset, 0)
    return bytes(out)


def stored(name: str, payload: bytes) -> tuple[str, int, bytes, int, int]:
    return name, 0, payload, len(payload), zlib.crc32(payload)


CONTENT_TYPES = b'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'


def rewrite_zip(source: Path, target: Path, replace: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zout.writestr(info.filename, replace.get(info.filename, zin.read(info)))
    return target


# --------------------------------------------------------------------------- text


@pytest.mark.parametrize(
    ("codec", "prefix", "expected"),
    [
        ("utf-8", b"", "utf-8"),
        ("utf-8", b"\xef\xbb\xbf", "utf-8-sig"),
        ("utf-16-le", b"\xff\xfe", "utf-16-le"),
        ("utf-16-be", b"\xfe\xff", "utf-16-be"),
        ("utf-16-le", b"", "utf-16-le"),  # no BOM: recognised from the NULs of ASCII digits
        ("gbk", b"", "gb18030"),
        ("gb18030", b"", "gb18030"),
    ],
)
def test_text_encodings(tmp_path: Path, codec: str, prefix: bytes, expected: str) -> None:
    data = prefix + REPORT.encode(codec)
    path = write(tmp_path, "report.txt", data)
    doc = load(path)
    assert doc.text == REPORT
    assert doc.encoding == expected
    assert doc.format == "txt"
    assert doc.path == str(path)
    assert doc.size == len(data)
    assert doc.sha256 == hashlib.sha256(data).hexdigest()


def test_gb18030_beyond_gbk(tmp_path: Path) -> None:
    # 𠮷 (U+20BB7) and 䶮 exist only in GB18030's four-byte range, not in GBK.
    text = REPORT + "\n联系人：𠮷䶮，电话 0571-12345678。"
    with pytest.raises(UnicodeEncodeError):
        text.encode("gbk")
    doc = load(write(tmp_path, "report.txt", text.encode("gb18030")))
    assert (doc.text, doc.encoding) == (text, "gb18030")


def test_line_breaks_are_normalized(tmp_path: Path) -> None:
    data = "第一行 1\r\n第二行 2\r第三行 3\n".encode()
    doc = load(write(tmp_path, "crlf.txt", data))
    assert doc.text == "第一行 1\n第二行 2\n第三行 3\n"
    assert "\r" not in load(write(tmp_path, "gbk.txt", data.decode().replace("\n", "\r\n").encode("gbk"))).text


def test_markdown_kept_as_text(tmp_path: Path) -> None:
    text = f"# 2023年度报告\n\n## 一、总体情况\n\n**全区**共检查企业 *1,234* 家。\n\n- {SENTENCE}\n"
    doc = load(write(tmp_path, "report.md", text.encode()))
    assert (doc.format, doc.text, doc.encoding) == ("md", text, "utf-8")
    assert load(write(tmp_path, "report.markdown", text.encode("gbk"))).format == "md"


def test_load_bytes_uses_name_as_path() -> None:
    doc = load_bytes(REPORT.encode("gbk"), "内存/report.text")
    assert isinstance(doc, Document)
    assert (doc.path, doc.format, doc.encoding, doc.text) == ("内存/report.text", "txt", "gb18030", REPORT)
    with pytest.raises(EmptyDocumentError, match=r"内存/empty\.txt"):
        load_bytes(b"", "内存/empty.txt")


# --------------------------------------------------------------------------- HTML

HTML_PAGE = """<!DOCTYPE html>
<html><head><meta charset="gbk"><title>2023年度报告</title>
<style>p {{ color: red }}</style>
<script>var total = "脚本内容 9999"; if (a < b) {{ document.write("<p>x</p>"); }}</script></head>
<body>
<nav><a href="/">首页</a> | <a href="/gk">政务公开</a></nav>
<header><div class="logo">某某区人民政府门户网站</div></header>
<div class="content">
<h1>2023年度安全生产工作报告</h1>
<p>{sentence}</p>
<p>本年度共受理政府信息公开申请 <b>89</b> 件。<br>办结率 100%。</p>
<table><tr><th>项目</th><th>数量</th></tr>
<tr><td>检查企业</td><td><p>1,234</p></td></tr></table>
<ul><li>第一项</li><li>第二项</li></ul>
<!-- 注释 不应出现 -->
</div>
<form action="/search"><input name="q"><button>搜索</button></form>
<footer>版权所有 某某区人民政府</footer>
<noscript>请启用脚本 8888</noscript>
</body></html>
"""
HTML_LINES = [
    "2023年度安全生产工作报告",
    SENTENCE,
    "本年度共受理政府信息公开申请 89 件。",
    "办结率 100%。",
    "项目 | 数量",
    "检查企业 | 1,234",
    "第一项",
    "第二项",
]


def test_html_gbk_meta_charset(tmp_path: Path) -> None:
    data = HTML_PAGE.format(sentence=SENTENCE).encode("gbk")
    doc = load(write(tmp_path, "report.html", data))
    assert doc.format == "html"
    assert doc.encoding == "gb18030"
    assert doc.text.split("\n") == HTML_LINES
    for gone in ("9999", "8888", "脚本", "首页", "门户网站", "版权所有", "搜索", "注释", "color"):
        assert gone not in doc.text


def test_html_utf8_without_meta(tmp_path: Path) -> None:
    page = HTML_PAGE.format(sentence=SENTENCE).replace('<meta charset="gbk">', "")
    doc = load(write(tmp_path, "report.htm", page.encode("utf-8")))
    assert (doc.encoding, doc.text.split("\n")) == ("utf-8", HTML_LINES)


def test_html_meta_lies_falls_back(tmp_path: Path) -> None:
    # Declares UTF-8, is GBK: a common misconfiguration on older government sites.
    page = HTML_PAGE.format(sentence=SENTENCE).replace('charset="gbk"', 'charset="utf-8"')
    doc = load(write(tmp_path, "report.html", page.encode("gbk")))
    assert (doc.encoding, doc.text.split("\n")) == ("gb18030", HTML_LINES)


def test_html_page_form_and_article_header_are_content(tmp_path: Path) -> None:
    page = (
        '<html><body><form id="form1" method="post"><div class="main">'
        "<article><header><h1>政府信息公开年度报告</h1></header>"
        f"<p>{SENTENCE}</p><footer>某某区人民政府办公室 2024年1月20日</footer></article>"
        "</div></form></body></html>"
    )
    doc = load(write(tmp_path, "aspnet.html", page.encode()))
    assert doc.text.split("\n") == ["政府信息公开年度报告", SENTENCE, "某某区人民政府办公室 2024年1月20日"]


def test_html_comments_and_instructions_dropped_text_around_kept(tmp_path: Path) -> None:
    page = ("<html><body><p>前文<!-- 注释 1 -->后文 12 家</p><!-- top --> 尾巴 <div>块<?php echo 2 ?>内</div>"
            "<p>A&amp;B &#x4E2D;&#25991;</p></body></html>")
    assert load(write(tmp_path, "c.html", page.encode())).text.split("\n") == ["前文后文 12 家", "尾巴", "块内", "A&B 中文"]


def test_html_page_laid_out_in_a_table_reads_as_blocks_and_rows(tmp_path: Path) -> None:
    # Many government sites frame the whole page in one cell of an outer table; the report's
    # paragraphs and its own data table sit inside that cell. The frame is no cell of a row:
    # its paragraphs stay lines and the nested table's cells stay apart ("17 | 2 | 19", not "17219").
    page = (
        '<html><body><table width="1000"><tr><td><div>首页 | 政务公开</div></td></tr>'
        '<tr><td class="content"><p>一、总体情况</p><p>收到申请19件，均已按期答复。</p>'
        "<table border=1><tr><td>项目</td><td>自然人</td><td>法人</td><td>总计</td></tr>"
        "<tr><td>本年新收</td><td>17</td><td>2</td><td>19</td></tr></table>"
        "<p>二、存在的问题</p></td></tr></table></body></html>"
    )
    assert load(write(tmp_path, "framed.html", page.encode())).text.split("\n") == [
        "首页 | 政务公开", "一、总体情况", "收到申请19件，均已按期答复。",
        "项目 | 自然人 | 法人 | 总计", "本年新收 | 17 | 2 | 19", "二、存在的问题",
    ]


def test_html_one_cell_rows_keep_their_paragraphs_and_real_rows_stay_rows(tmp_path: Path) -> None:
    page = ("<html><body><table><tr><td><p>第一段 3 件。</p><p>第二段 4 件。</p></td></tr>"
            "<tr><td><p>办结</p></td><td><p>12</p></td></tr></table></body></html>")
    assert load(write(tmp_path, "cells.html", page.encode())).text.split("\n") == [
        "第一段 3 件。", "第二段 4 件。", "办结 | 12"]


def test_html_deeply_nested(tmp_path: Path) -> None:
    page = "<html><body>" + "<div><span>" * 3000 + SENTENCE + "</span></div>" * 3000 + "</body></html>"
    assert load(write(tmp_path, "deep.html", page.encode())).text == SENTENCE


# --------------------------------------------------------------------------- DOCX and PDF


def test_docx_paragraphs_and_table_in_order(tmp_path: Path) -> None:
    path = make_docx(tmp_path / "report.docx")
    doc = load(path)
    assert (doc.format, doc.encoding) == ("docx", None)
    assert doc.text.split("\n") == [
        "2023年政府信息公开工作年度报告",
        SENTENCE,
        "指标 | 2022年 | 2023年",
        "检查企业（家） | 1,100 | 1,234",
        "三、存在的主要问题",
    ]
    assert doc.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()


def test_pdf_chinese_cid_font(tmp_path: Path) -> None:
    pages = [
        ["2023年政府信息公开工作年度报告", SENTENCE, "- 1 -"],
        ["二、主动公开政府信息情况", "本年度新制发规范性文件 12 件，现行有效 345 件。", "- 2 -"],
    ]
    doc = load(write(tmp_path, "report.pdf", make_pdf(pages)))
    assert (doc.format, doc.encoding) == ("pdf", None)
    assert [page.split("\n") for page in doc.text.split("\n\f\n")] == pages


def test_pdf_lines_in_reading_order(tmp_path: Path) -> None:
    """Lines come top to bottom, left to right, whatever order the page draws them in."""
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buf = io.BytesIO()
    pdf = canvas.Canvas(buf)
    pdf.setFont("Helvetica", 10)
    pdf.drawCentredString(300, 40, "- 1 -")  # the footer first, as print drivers do
    pdf.setFont("STSong-Light", 11)
    rows = [["指标", "2022年", "2023年"], ["检查企业（家）", "1,100", "1,234"]]
    for col, x in enumerate((50, 250, 400)):  # a table drawn column by column
        for r, row in enumerate(rows):
            pdf.drawString(x, 700 - 20 * r, row[col])
    pdf.drawString(300, 621.5, "右栏 2,345 人")  # a line drawn before the one to its left
    pdf.drawString(50, 620, "左栏　第一行")
    pdf.setFont("Helvetica", 11)
    pdf.drawString(50, 600, "Total   1,234   items and co-")
    pdf.drawString(50, 585, "operation with 12 partners.")
    pdf.showPage()
    pdf.save()
    doc = load(write(tmp_path, "order.pdf", buf.getvalue()))
    # Pieces of one line far apart are a table's cells (a tab); words a space or three apart are not.
    assert doc.text.split("\n") == [
        "指标\t2022年\t2023年",
        "检查企业（家）\t1,100\t1,234",
        "左栏 第一行\t右栏 2,345 人",
        "Total 1,234 items and co-",
        "operation with 12 partners.",
        "- 1 -",
    ]


def test_a_pdf_table_drawn_row_by_row_keeps_its_columns(tmp_path: Path) -> None:
    """A table printed from Word draws each row as one line of text: the cells' gaps make them
    a table again, checked like a web page's table; words one ideographic space apart stay prose."""
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buf = io.BytesIO()
    pdf = canvas.Canvas(buf)
    pdf.setFont("STSong-Light", 10.5)
    pdf.drawString(50, 760, "全年受理群众诉求46821件，分类情况见下表。")
    pdf.drawString(50, 740, "第一季度　受理诉求12000件。")
    rows = [["类别", "数量（件）", "占比"], ["咨询", "20114", "43.0%"], ["投诉", "15227", "32.5%"],
            ["求助", "8906", "19.0%"], ["建议及其他", "2574", "5.5%"], ["合计", "46821", "100%"]]
    for r, row in enumerate(rows):
        text = pdf.beginText(50, 700 - 18 * r)
        text.setFont("STSong-Light", 10.5)
        for cell, width in zip(row, (130, 110, 80), strict=True):
            text.textOut(cell)
            text.moveCursor(width, 0)  # the next cell starts at its column, in the same text object
        pdf.drawText(text)
    pdf.showPage()
    pdf.save()
    path = write(tmp_path, "table.pdf", buf.getvalue())
    lines = load(path).text.split("\n")
    assert lines[1] == "第一季度　受理诉求12000件。" or lines[1] == "第一季度 受理诉求12000件。"
    assert lines[2:] == ["\t".join(r) for r in rows]
    import toolkit

    checks = toolkit.audit(path).checks
    assert {c.rule for c in checks} >= {"sum.table_group", "ratio.table_share"}
    assert all(c.status == "pass" for c in checks), [(c.rule, c.operands) for c in checks if c.status != "pass"]


def test_a_pdf_table_of_contents_is_no_table(tmp_path: Path) -> None:
    """Right-aligned page numbers are a wide gap from their headings (a tab each), but a heading
    and a page number that never goes back are a table of contents: its 3 is no count of the
    申请 its heading names (an equal.restated failure 3 vs 2 before)."""
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buf = io.BytesIO()
    pdf = canvas.Canvas(buf)
    pdf.setFont("STSong-Light", 12)
    pdf.drawString(260, 780, "目录")
    for k, (heading, page) in enumerate([("一、总体情况", 1), ("二、主动公开政府信息情况", 2),
                                         ("三、收到和处理政府信息公开申请情况", 3), ("四、存在的主要问题", 5)]):
        pdf.drawString(50, 750 - 20 * k, heading)
        pdf.drawRightString(540, 750 - 20 * k, str(page))
    pdf.drawString(50, 640, "三、收到和处理政府信息公开申请情况")
    pdf.drawString(50, 620, "本年度共收到政府信息公开申请2件，办结2件。")
    pdf.showPage()
    pdf.save()
    path = write(tmp_path, "contents.pdf", buf.getvalue())
    assert "三、收到和处理政府信息公开申请情况\t3" in load(path).text.split("\n")  # the gap is seen
    import toolkit

    checks = toolkit.audit(path).checks
    assert not [c for c in checks if c.status == "fail"], [(c.rule, c.operands) for c in checks]
    assert not [c for c in checks if 3 in c.operands.get("values", [])]


def test_pdf_characters_outside_the_basic_plane(tmp_path: Path) -> None:
    # A ToUnicode map to U+20BB7 (a surrogate pair in UTF-16) and to U+4E2D.
    cmap = (b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /X def "
            b"1 begincodespacerange <00> <FF> endcodespacerange 2 beginbfchar <41> <D842DFB7> <42> <4E2D> "
            b"endbfchar endcmap CMapName currentdict /CMap defineresource pop end end")
    cmap_stream = b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream"
    data = minimal_pdf(zlib.compress(b"BT /F1 12 Tf 72 720 Td (AB 1,234 BA) Tj ET"), font=b" /ToUnicode 6 0 R",
                       extra=(cmap_stream,))
    assert load(write(tmp_path, "ext-b.pdf", data)).text == "\U00020bb7\u4e2d 1,234 \u4e2d\U00020bb7"


def test_pdf_without_text_layer(tmp_path: Path) -> None:
    buf = io.BytesIO()
    pdf = canvas.Canvas(buf)
    pdf.rect(100, 100, 200, 300, fill=1)  # a "scan": graphics only
    pdf.showPage()
    pdf.save()
    refused(write(tmp_path, "scan.pdf", buf.getvalue()), EmptyDocumentError, "no text layer", "scanned")


def test_pdf_password_protected(tmp_path: Path) -> None:
    buf = io.BytesIO()
    pdf = canvas.Canvas(buf, encrypt="secret")
    pdf.drawString(100, 700, "2023 report 1,234")
    pdf.save()
    refused(write(tmp_path, "locked.pdf", buf.getvalue()), UnsupportedFormatError, "password")


# --------------------------------------------------------------------------- bad inputs


def test_missing_path(tmp_path: Path) -> None:
    refused(tmp_path / "nope.txt", ReportNotFoundError, "no such file")


def test_directory(tmp_path: Path) -> None:
    (tmp_path / "dir.txt").mkdir()
    refused(tmp_path / "dir.txt", ReportNotFoundError, "directory")


@pytest.mark.parametrize("name", ["report.xls", "report.exe", "report.zip", "report.doc", "README"])
def test_unknown_suffix(tmp_path: Path, name: str) -> None:
    refused(write(tmp_path, name, b"PK\x03\x04 whatever"), UnsupportedFormatError, "expected one of")


@pytest.mark.parametrize("name", ["empty.txt", "empty.md", "empty.html", "empty.pdf", "empty.docx"])
def test_empty_file(tmp_path: Path, name: str) -> None:
    refused(write(tmp_path, name, b""), EmptyDocumentError, "empty", "0 bytes")


@pytest.mark.parametrize(
    "data",
    [b" \n\t\r\n  ", b"\xef\xbb\xbf  \n", "\u3000\u3000\n\n".encode("gbk"), "\ufeff \n".encode("utf-16")],
)
def test_whitespace_only(tmp_path: Path, data: bytes) -> None:
    refused(write(tmp_path, "blank.txt", data), EmptyDocumentError, "only whitespace")


def test_html_without_visible_text(tmp_path: Path) -> None:
    page = b"<html><head><title>t</title><script>var a = 1;</script></head><body> </body></html>"
    refused(write(tmp_path, "blank.html", page), EmptyDocumentError, "no visible text")


@pytest.mark.parametrize("name", ["noise.txt", "noise.md", "noise.html"])
def test_binary_garbage(tmp_path: Path, name: str) -> None:
    for size in (64, 4096, 200_000):
        refused(write(tmp_path, name, os.urandom(size)), CorruptDocumentError, "binary data")


def test_nul_padded_text_is_garbage(tmp_path: Path) -> None:
    refused(write(tmp_path, "nul.txt", SENTENCE.encode() + b"\x00" * 500), CorruptDocumentError, "binary data")


def test_text_that_is_really_pdf_or_zip(tmp_path: Path) -> None:
    refused(write(tmp_path, "a.txt", make_pdf([["报告"]])), UnsupportedFormatError, "PDF")
    docx_bytes = make_docx(tmp_path / "r.docx").read_bytes()
    refused(write(tmp_path, "b.txt", docx_bytes), UnsupportedFormatError, "ZIP")
    refused(write(tmp_path, "c.html", docx_bytes), UnsupportedFormatError, "ZIP")


def test_pdf_truncated(tmp_path: Path) -> None:
    data = make_pdf([[SENTENCE]] * 3)
    refused(write(tmp_path, "cut.pdf", data[: len(data) // 2]), CorruptDocumentError, "truncated PDF")


def test_pdf_damaged_but_terminated(tmp_path: Path) -> None:
    data = b"%PDF-1.4\n" + os.urandom(5000) + b"\n%%EOF\n"
    refused(write(tmp_path, "junk.pdf", data), CorruptDocumentError, "cannot read PDF")


def test_pdf_that_is_text(tmp_path: Path) -> None:
    refused(write(tmp_path, "fake.pdf", REPORT.encode()), CorruptDocumentError, "not a PDF")


def test_docx_truncated(tmp_path: Path) -> None:
    data = make_docx(tmp_path / "r.docx").read_bytes()
    refused(write(tmp_path, "cut.docx", data[: len(data) // 2]), CorruptDocumentError, "truncated or damaged")


def test_docx_that_is_text(tmp_path: Path) -> None:
    refused(write(tmp_path, "fake.docx", REPORT.encode()), CorruptDocumentError, "not a DOCX", "not a ZIP")


def test_docx_that_is_legacy_doc(tmp_path: Path) -> None:
    data = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(2000)
    refused(write(tmp_path, "old.docx", data), UnsupportedFormatError, "OLE2")


@pytest.mark.parametrize(
    ("members", "reason"),
    [
        ({"hello.txt": b"hi"}, "[Content_Types].xml"),
        ({"[Content_Types].xml": CONTENT_TYPES, "xl/workbook.xml": b"<workbook/>"}, "word/document.xml"),
    ],
)
def test_zip_that_is_not_docx(tmp_path: Path, members: dict[str, bytes], reason: str) -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, payload in members.items():
            z.writestr(name, payload)
    refused(write(tmp_path, "fake.docx", buf.getvalue()), CorruptDocumentError, "not a DOCX", reason)


def test_docx_with_broken_document_xml(tmp_path: Path) -> None:
    source = make_docx(tmp_path / "r.docx")
    bad = rewrite_zip(source, tmp_path / "bad.docx", {"word/document.xml": b"<w:document><unclosed>"})
    refused(bad, CorruptDocumentError, "cannot read DOCX")


def test_docx_main_part_must_be_a_word_document(tmp_path: Path) -> None:
    source = make_docx(tmp_path / "r.docx")
    with zipfile.ZipFile(source) as z:
        types = z.read("[Content_Types].xml")
    main = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
    assert main in types
    sheet = types.replace(main, b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml")
    bad = rewrite_zip(source, tmp_path / "sheet.docx", {"[Content_Types].xml": sheet})
    refused(bad, CorruptDocumentError, "cannot read DOCX", "not a Word document")
    norels = rewrite_zip(source, tmp_path / "norels.docx", {"_rels/.rels": CONTENT_TYPES})
    refused(norels, CorruptDocumentError, "cannot read DOCX", "officeDocument")


# --------------------------------------------------------------------------- hostile inputs


def test_zip_bomb_ratio(tmp_path: Path) -> None:
    # 20 MB of zeros, streamed through zipfile: ~20 KB on disk, a 1000:1 ratio.
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        with z.open("word/document.xml", "w") as member:
            zeros = bytes(1 << 20)
            for _ in range(20):
                member.write(zeros)
    assert len(buf.getvalue()) < 100_000
    refused(write(tmp_path, "ratio.docx", buf.getvalue()), UnsafeDocumentError, "zip bomb", "word/document.xml")


def test_zip_bomb_declared_2gb(tmp_path: Path) -> None:
    # word/document.xml: 2 GiB of zeros, valid deflate of ~2 MB (the CRC is left 0:
    # the loader refuses on the declared size before inflating a single byte).
    head, block = repeated_deflate(bytes(1 << 20), 2048, -15)
    final = zlib.compressobj(9, zlib.DEFLATED, -15).flush(zlib.Z_FINISH)
    bomb = head + block * 2048 + final
    data = raw_zip([stored("[Content_Types].xml", CONTENT_TYPES), ("word/document.xml", 8, bomb, 2 << 30, 0)])
    with zipfile.ZipFile(io.BytesIO(data)) as z:  # a well-formed archive by zipfile's reading
        assert z.getinfo("word/document.xml").file_size == 2 << 30
    tracemalloc.start()
    try:
        refused(write(tmp_path, "bomb.docx", data), UnsafeDocumentError, "zip bomb", "2048 MB")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 50 * (1 << 20)


def test_zip_bomb_lying_header(tmp_path: Path) -> None:
    # Declares 64 KB (a harmless ratio) but the stream inflates to 2 GiB.
    head, block = repeated_deflate(bytes(1 << 20), 2048, -15)
    bomb = head + block * 2048 + zlib.compressobj(9, zlib.DEFLATED, -15).flush(zlib.Z_FINISH)
    data = raw_zip([stored("[Content_Types].xml", CONTENT_TYPES), ("word/document.xml", 8, bomb, 65536, 0)])
    tracemalloc.start()
    try:
        err = refused(write(tmp_path, "liar.docx", data), CorruptDocumentError, "damaged DOCX")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert "CRC" in str(err)
    assert peak < 50 * (1 << 20)


def test_zip_member_read_is_capped(tmp_path: Path) -> None:
    # Defence in depth behind zipfile's own size check: the reader stops at its cap.
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", b"<w/>" * 100_000)
    with zipfile.ZipFile(buf) as z, pytest.raises(UnsafeDocumentError, match="more than 1000 bytes"):
        load_module._read_member(z, z.getinfo("word/document.xml"), 1000, "x.docx")


def test_docx_part_size_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(load_module.limits, "MAX_DOCX_PART_BYTES", 1024)
    refused(make_docx(tmp_path / "r.docx"), UnsafeDocumentError, "over the 1024 bytes limit")


def test_docx_billion_laughs(tmp_path: Path) -> None:
    source = make_docx(tmp_path / "r.docx")
    with zipfile.ZipFile(source) as z:
        xml = z.read("word/document.xml")
    end = xml.index(b"?>") + 2
    xml = xml[:end] + LAUGHS_DTD.encode() + xml[end:].replace("三、存在的主要问题".encode(), b"&lol9;")
    bomb = rewrite_zip(source, tmp_path / "laughs.docx", {"word/document.xml": xml})
    refused(bomb, UnsafeDocumentError, "word/document.xml", "DOCTYPE/ENTITY")


def test_html_billion_laughs(tmp_path: Path) -> None:
    page = f'<?xml version="1.0"?>{LAUGHS_DTD}<html><body><p>&lol9;</p><p>{SENTENCE}</p></body></html>'
    refused(write(tmp_path, "laughs.html", page.encode()), UnsafeDocumentError, "entit")


def test_html_too_many_tags(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(load_module.limits, "MAX_HTML_TAGS", 100)
    page = "<html><body>" + "<p>1</p>" * 200 + "</body></html>"
    refused(write(tmp_path, "tags.html", page.encode()), UnsafeDocumentError, "more than 100 tags")


def test_pdf_flate_bomb(tmp_path: Path) -> None:
    # A content stream of valid text followed by 48 MB of spaces, ~50 KB compressed.
    stream = zlib_bomb(b"BT /F1 12 Tf 72 720 Td (Total 1,234) Tj ET\n", b" " * (1 << 20), 48)
    assert zlib.decompressobj().decompress(stream, 64).startswith(b"BT /F1")
    data = minimal_pdf(stream)
    assert len(data) < 100_000
    tracemalloc.start()
    try:
        refused(write(tmp_path, "bomb.pdf", data), UnsafeDocumentError, "compression bomb", "32 MB")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 200 * (1 << 20)
    # The same stream under the limit reads normally.
    small = minimal_pdf(zlib.compress(b"BT /F1 12 Tf 72 720 Td (Total 1,234) Tj ET\n" + b" " * 1000))
    assert load(write(tmp_path, "ok.pdf", small)).text == "Total 1,234"


def test_pdf_bomb_outside_the_page_content(tmp_path: Path) -> None:
    # A font's ToUnicode map that inflates to 48 MB: every stream but images is vetted.
    bomb = zlib_bomb(b"/CIDInit /ProcSet findresource begin ", b" " * (1 << 20), 48)
    stream = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(bomb) + bomb + b"\nendstream"
    data = minimal_pdf(zlib.compress(b"BT /F1 12 Tf 72 720 Td (Total 1,234) Tj ET"), font=b" /ToUnicode 6 0 R",
                       extra=(stream,))
    refused(write(tmp_path, "cmap-bomb.pdf", data), UnsafeDocumentError, "compression bomb")


def test_pdf_large_image_is_not_decoded(tmp_path: Path) -> None:
    # Images are not read for text: a 48 MB image stream does not count against the budget.
    pixels = zlib_bomb(b"", bytes(1 << 20), 48)
    image = (b"<< /Type /XObject /Subtype /Image /Width 4096 /Height 4096 /ColorSpace /DeviceRGB"
             b" /BitsPerComponent 8 /Length %d /Filter /FlateDecode >>\nstream\n" % len(pixels) + pixels + b"\nendstream")
    content = b"q 100 0 0 100 72 500 cm /Im1 Do Q BT /F1 12 Tf 72 720 Td (Total 1,234) Tj ET"
    data = minimal_pdf(zlib.compress(content), extra=(image,), resources=b" /XObject << /Im1 6 0 R >>")
    assert load(write(tmp_path, "image.pdf", data)).text == "Total 1,234"


def test_pdf_total_decode_budget(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(load_module.limits, "MAX_PDF_DECODED_BYTES", 100)
    data = make_pdf([[SENTENCE], [SENTENCE]])
    refused(write(tmp_path, "many.pdf", data), UnsafeDocumentError, "in total")


def test_pdf_page_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(load_module.limits, "MAX_PDF_PAGES", 2)
    refused(write(tmp_path, "long.pdf", make_pdf([["一"], ["二"], ["三"]])), UnsafeDocumentError, "3 pages")


def test_pdfminer_unchanged_outside_load(tmp_path: Path) -> None:
    load(write(tmp_path, "ok.pdf", make_pdf([[SENTENCE]])))
    import pdfminer.pdftypes as pdftypes

    big = bytes(40 << 20)  # over the per-stream limit: fine when not loading through us
    assert pdftypes.zlib.decompress(zlib.compress(big, 1)) == big
    assert pdftypes.rldecode(b"\x81a\x80") == b"a" * 128


def test_file_size_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(load_module.limits, "MAX_FILE_BYTES", 1000)
    refused(write(tmp_path, "big.txt", b"a" * 1001), UnsafeDocumentError, "over the 1000 bytes limit")
    monkeypatch.setattr(load_module.limits, "MAX_FILE_BYTES", 200 << 20)
    monkeypatch.setattr(load_module.limits, "MAX_TEXT_BYTES", 1000)
    refused(write(tmp_path, "big.md", b"a" * 1001), UnsafeDocumentError, "text file")


# --------------------------------------------------------------------------- big input


@pytest.mark.parametrize(("codec", "expected"), [("utf-8", "utf-8"), ("gbk", "gb18030")])
def test_20mb_text_report(tmp_path: Path, codec: str, expected: str) -> None:
    unit = (REPORT + "\n").encode(codec)
    copies = (20 << 20) // len(unit) + 1
    path = write(tmp_path, "big.txt", unit * copies)
    size = path.stat().st_size
    assert size >= 20 << 20
    tracemalloc.start()
    try:
        doc = load(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert doc.encoding == expected
    assert doc.size == size
    assert len(doc.text) == len(REPORT + "\n") * copies
    assert doc.text.startswith(REPORT)
    assert peak < 1 << 30
    assert peak < 8 * size  # a few copies of the input, not a blow-up


DOCX_BODY = """<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
 xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
 xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
 xmlns:v="urn:schemas-microsoft-com:vml" mc:Ignorable="wps"><w:body>
<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>
 <w:r><w:t>检查企业</w:t></w:r><w:r><w:tab/><w:t>1,234</w:t><w:br/><w:t>家</w:t></w:r></w:p>
<w:sdt><w:sdtPr/><w:sdtContent><w:p><w:r><w:t>目录：一、总体情况</w:t></w:r></w:p></w:sdtContent></w:sdt>
<w:p><w:r><w:t xml:space="preserve">整改率 </w:t></w:r>
 <w:del w:id="1" w:author="a"><w:r><w:delText>95.0%</w:delText></w:r></w:del>
 <w:ins w:id="2" w:author="a"><w:r><w:t>96.5%</w:t></w:r></w:ins>
 <w:hyperlink r:id="x" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
 <w:r><w:t>（详见附件）</w:t></w:r></w:hyperlink></w:p>
<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent>
 <w:p><w:r><w:t>文本框 12 项</w:t></w:r></w:p></w:txbxContent></wps:txbx></w:drawing></mc:Choice>
 <mc:Fallback><w:pict><v:textbox><w:txbxContent><w:p><w:r><w:t>文本框 12 项</w:t></w:r></w:p>
 </w:txbxContent></v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r>
 <w:r><w:t>正文 34 项</w:t></w:r></w:p>
<w:tbl><w:tr><w:tc><w:p><w:r><w:t>合计</w:t></w:r></w:p><w:p><w:r><w:t>（家）</w:t></w:r></w:p></w:tc>
 <w:tc><w:tbl><w:tr><w:tc><w:p><w:r><w:t>内表 5</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>6</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:tc>
 <w:tc><w:p/></w:tc></w:tr>
 <w:tr><w:tc><w:p/></w:tc><w:tc><w:p/></w:tc></w:tr></w:tbl>
<w:p/>
<w:p><w:r><w:t>完</w:t></w:r></w:p>
<w:sectPr/></w:body></w:document>"""


def test_docx_structures(tmp_path: Path) -> None:
    source = make_docx(tmp_path / "r.docx")
    path = rewrite_zip(source, tmp_path / "structures.docx", {"word/document.xml": DOCX_BODY.encode()})
    assert load(path).text.split("\n") == [
        "检查企业\t1,234",
        "家",
        "目录：一、总体情况",
        "整改率 96.5%（详见附件）",
        "文本框 12 项",
        "正文 34 项",
        "合计 （家） | 内表 5 | 6 | ",
        "",
        "完",
    ]


@pytest.mark.parametrize("name", ["x.pdf", "x.docx", "x.html", "x.txt"])
def test_damaged_inputs_raise_only_load_errors(tmp_path: Path, name: str) -> None:
    # Truncations, byte flips, cuts and insertions: whatever breaks must be a LoadError.
    base = {
        "x.pdf": lambda: make_pdf([[SENTENCE, "第二行 12"], ["三 3"]]),
        "x.docx": lambda: make_docx(tmp_path / "a.docx").read_bytes(),
        "x.html": lambda: HTML_PAGE.format(sentence=SENTENCE).encode("gbk"),
        "x.txt": lambda: REPORT.encode("gbk"),
    }[name]()
    rnd = random.Random(20240601)
    for _ in range(150):
        data = bytearray(base)
        at = rnd.randrange(len(data))
        mode = rnd.randrange(4)
        if mode == 0:
            del data[at:]
        elif mode == 1:
            for _ in range(rnd.randrange(1, 20)):
                data[rnd.randrange(len(data))] = rnd.randrange(256)
        elif mode == 2:
            del data[at : at + rnd.randrange(200)]
        else:
            data[at:at] = rnd.randbytes(rnd.randrange(50))
        try:
            doc = load_bytes(bytes(data), name)
        except LoadError as err:
            assert name in str(err)
        else:
            assert isinstance(doc.text, str) and "\r" not in doc.text


def test_pdf_with_an_undecodable_unused_stream(tmp_path: Path) -> None:
    # A stream no page uses, with a filter pdfminer does not know: the text is still read.
    odd = b"<< /Length 4 /Filter /NoSuchDecode >>\nstream\nabcd\nendstream"
    data = minimal_pdf(zlib.compress(b"BT /F1 12 Tf 72 720 Td (Total 1,234) Tj ET"), extra=(odd,))
    assert load(write(tmp_path, "odd.pdf", data)).text == "Total 1,234"


def _pages_pdf(count: int, texts: list[bytes]) -> bytes:
    """A PDF whose page tree holds one page per text and declares /Count ``count``."""
    kids = b" ".join(b"%d 0 R" % (4 + 2 * i) for i in range(len(texts)))
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, count),
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    for i, text in enumerate(texts):
        stream = b"BT /F1 12 Tf 72 720 Td (" + text + b") Tj ET"
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents %d 0 R"
                       b" /Resources << /Font << /F1 3 0 R >> >> >>" % (5 + 2 * i))
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


@pytest.mark.parametrize("count", [1, 3, 5])
def test_pdf_lying_page_count_reads_every_page(tmp_path: Path, count: int) -> None:
    # PDFium trusts /Count (it would read one page, or fail on the fourth); the pages the
    # tree holds are read all the same (by pdfminer when PDFium cannot).
    data = _pages_pdf(count, [b"Page one 1,234", b"Page two 56", b"Page three 7"])
    text = load(write(tmp_path, f"count{count}.pdf", data)).text
    assert text.split("\n\f\n") == ["Page one 1,234", "Page two 56", "Page three 7"]


# --------------------------------------------------------------------------- damaged text


def _damage(data: bytes, before: str, bad: bytes = b"\xff") -> tuple[bytes, int]:
    """``data`` with ``bad`` inserted before the first ``before``; the byte offset of the damage."""
    at = data.index(before.encode())
    return data[:at] + bad + data[at:], at


def test_utf8_text_damaged_in_one_byte_is_read_with_a_note_naming_the_offset(tmp_path: Path) -> None:
    data, at = _damage(REPORT.encode(), "本年度")
    doc = load(write(tmp_path, "damaged.txt", data))
    assert doc.encoding == "utf-8"
    # The bad byte becomes one U+FFFD; every other character is read as it was written.
    assert doc.text == REPORT.replace("本年度", "\ufffd本年度", 1)
    assert doc.notes == (f"1 invalid utf-8 byte sequence replaced by U+FFFD, at byte offset {at}",)
    assert load(write(tmp_path, "clean.txt", REPORT.encode())).notes == ()


def test_utf8_html_damaged_in_a_few_bytes_is_read(tmp_path: Path) -> None:
    page = HTML_PAGE.format(sentence=SENTENCE).replace('charset="gbk"', 'charset="utf-8"').encode()
    data, first = _damage(page, "本年度", b"\xe5\x85")  # a multi-byte character cut short
    data, second = _damage(data, "办结率", b"\x80")
    doc = load(write(tmp_path, "damaged.html", data))
    assert doc.encoding == "utf-8"
    assert doc.text.split("\n")[2:4] == ["\ufffd本年度共受理政府信息公开申请 89 件。", "\ufffd办结率 100%。"]
    assert doc.notes == (f"2 invalid utf-8 byte sequences replaced by U+FFFD, at byte offsets {first}, {second}",)


def test_gbk_text_is_not_taken_for_damaged_utf8(tmp_path: Path) -> None:
    # GBK breaks UTF-8 at most of its non-ASCII bytes: it is detected as GB18030, with no note.
    for text in (REPORT, "Annual report 2023: 89 requests, 87 answered (办结率 97.8%)."):
        doc = load(write(tmp_path, "gbk.txt", text.encode("gbk")))
        assert (doc.encoding, doc.text, doc.notes) == ("gb18030", text, ())


def test_utf8_text_with_many_bad_bytes_is_still_refused(tmp_path: Path) -> None:
    data = bytearray(REPORT.encode() * 4)
    for i in range(0, len(data), len(data) // (load_module.MAX_DAMAGED_SPOTS + 8)):
        data[i] = 0xFF
    with pytest.raises(CorruptDocumentError):
        load(write(tmp_path, "noise.txt", bytes(data)))


def test_the_note_travels_to_results_json_and_the_cli(tmp_path: Path) -> None:
    import json

    from click.testing import CliRunner

    import toolkit
    from toolkit.cli import main

    data, at = _damage(REPORT.encode(), "本年度")
    path = write(tmp_path, "damaged.txt", data)
    note = f"1 invalid utf-8 byte sequence replaced by U+FFFD, at byte offset {at}"
    assert toolkit.audit(path).notes == [note]
    assert toolkit.extract(path).to_dict()["notes"] == [note]
    # A file read cleanly has no "notes" in its extract JSON: the contract's shape is unchanged.
    assert "notes" not in toolkit.extract(write(tmp_path, "clean.txt", REPORT.encode())).to_dict()
    result = CliRunner().invoke(main, ["check", "--json", str(path)])
    assert json.loads(result.stdout)[0]["notes"] == [note]
    assert f"warning: {path}: {note}" in result.stderr
