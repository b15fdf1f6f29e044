#!/usr/bin/env python3
"""Build the project's own sample reports and their expected answers.

    .venv/bin/python samples/build_samples.py

Reads the plain UTF-8 sources in samples/src/ (one paragraph a line) and the
hand-written answers in samples/src/truth_spec.yaml, and (re)writes:

    samples/reports/qinghe-2022.txt          UTF-8 text, paragraphs indented with U+3000
    samples/reports/qinghe-2023.md           Markdown with **bold** headings
    samples/reports/linjiang-2022.html       government web page (nav, footer, one <table>)
    samples/reports/linjiang-2023.docx       Word document (python-docx)
    samples/reports/songling-2023.txt        GBK bytes (written as gb18030), CRLF
    samples/reports/songling-2024.txt        text as copied out of a PDF (hard wraps, page headers)
    samples/reports/songling-2024-print.pdf  the same report as a PDF (reportlab, STSong-Light)
    samples/truth.yaml                       all answers, the planted errors, cross-report claims
    samples/expected/<stem>.yaml             one answer file per report, corpus format

Everything is deterministic: fixed dates and metadata, fixed zip timestamps, reportlab's
invariant mode. Rerunning produces byte-identical files.
"""

from __future__ import annotations

import datetime as dt
import io
import math
import re
import sys
import zipfile
from fractions import Fraction
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"
OUT = HERE / "reports"
EXPECTED = HERE / "expected"
PARA_MARK = "¶"  # in a source: forced line break in the PDF-like text only (a number split from its unit)
PDF_HEADER = "松岭县应急管理局"


# --------------------------------------------------------------------------- source parsing

CN_ORD = "一二三四五六七八九十"
H1 = re.compile(rf"^[{CN_ORD}]+、")
H2 = re.compile(rf"^（[{CN_ORD}]+）")


def parse_source(path: Path) -> dict:
    """A source file: doc number, title, salutation, body blocks, signature, date."""
    lines = [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines()]
    lines = [ln for ln in lines if ln]
    doc_number, title, salutation = lines[0], lines[1], lines[2]
    sign, date = lines[-2], lines[-1]
    blocks: list[tuple[str, object]] = []
    body = lines[3:-2]
    i = 0
    while i < len(body):
        ln = body[i]
        if ln.startswith("[table"):
            caption = ln[len("[table") :].rstrip("]").strip()
            rows = []
            i += 1
            while body[i] != "[/table]":
                rows.append(body[i].split("|"))
                i += 1
            blocks.append(("table", (caption, rows)))
        elif H1.match(ln) and len(ln) <= 20 and "。" not in ln:
            blocks.append(("h1", ln))
        elif H2.match(ln) and len(ln) <= 24 and "。" not in ln:
            blocks.append(("h2", ln))
        else:
            blocks.append(("p", ln))
        i += 1
    return {
        "doc_number": doc_number,
        "title": title,
        "salutation": salutation,
        "blocks": blocks,
        "sign": sign,
        "date": date,
    }


def clean(text: str) -> str:
    return text.replace(PARA_MARK, "")


# --------------------------------------------------------------------------- renderers


def render_plain(doc: dict, newline: str = "\n") -> str:
    """Text as it comes off a web page or a Word file saved as text: indented paragraphs."""
    ind = "\u3000\u3000"
    out = [doc["doc_number"], "", doc["title"], "", doc["salutation"]]
    for kind, val in doc["blocks"]:
        if kind == "table":
            caption, rows = val
            out.append(caption)
            out.extend("|".join(r) for r in rows)
        else:
            out.append(ind + clean(val))
    out += ["", ind * 8 + doc["sign"], ind * 8 + doc["date"], ""]
    return newline.join(out)


def render_markdown(doc: dict) -> str:
    out = [doc["doc_number"], "", f"# {doc['title']}", "", doc["salutation"], ""]
    for kind, val in doc["blocks"]:
        if kind in ("h1", "h2"):
            out += [f"**{val}**", ""]
        elif kind == "table":
            caption, rows = val
            out += [f"**{caption}**", "", "| " + " | ".join(rows[0]) + " |", "|" + "---|" * len(rows[0])]
            out += ["| " + " | ".join(r) + " |" for r in rows[1:]]
            out.append("")
        else:
            out += [clean(val), ""]
    out += [doc["sign"], "", doc["date"], ""]
    return "\n".join(out)


def esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def render_html(doc: dict, agency: str, pub_date: str, year: int) -> str:
    title = doc["title"]
    body = [f'<p style="text-align:center;">{esc(doc["doc_number"])}</p>', f"<p>{esc(doc['salutation'])}</p>"]
    for kind, val in doc["blocks"]:
        if kind == "h1":
            body.append(f'<p style="text-indent:2em;"><strong>{esc(val)}</strong></p>')
        elif kind == "h2":
            body.append(f'<p style="text-indent:2em;"><span style="font-family:楷体;">{esc(val)}</span></p>')
        elif kind == "table":
            caption, rows = val
            body.append(f'<p style="text-align:center;"><strong>{esc(caption)}</strong></p>')
            body.append(
                '<table border="1" cellspacing="0" cellpadding="4" style="margin:0 auto;'
                'border-collapse:collapse;width:90%;">'
            )
            body.append("<tbody>")
            for j, row in enumerate(rows):
                tag = "th" if j == 0 else "td"
                cells = "".join(f"<{tag}>{esc(c)}</{tag}>" for c in row)
                body.append(f"<tr>{cells}</tr>")
            body.append("</tbody>")
            body.append("</table>")
        else:
            body.append(f'<p style="text-indent:2em;">{esc(clean(val))}</p>')
    body.append(f'<p style="text-align:right;">{esc(doc["sign"])}</p>')
    body.append(f'<p style="text-align:right;">{esc(doc["date"])}</p>')
    body_html = "\n".join("      " + b for b in body)
    site = "临江区人民政府"
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
  <meta charset="utf-8">
  <meta http-equiv="X-UA-Compatible" content="IE=edge">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="SiteName" content="{site}">
  <meta name="ColumnName" content="法治政府建设">
  <meta name="ArticleTitle" content="{esc(title)}">
  <meta name="PubDate" content="{pub_date} 10:30">
  <meta name="ContentSource" content="{agency}">
  <title>{esc(title)}_法治政府建设_{site}</title>
  <link rel="stylesheet" href="/static/css/common.css">
  <link rel="stylesheet" href="/static/css/article.css">
  <script src="/static/js/jquery-1.12.4.min.js"></script>
  <script>
    var _hmt = _hmt || [];
    function setFontSize(size) {{ document.getElementById("zoom").style.fontSize = size + "px"; }}
  </script>
</head>
<body>
  <div class="topbar">
    <div class="wrap">
      <span class="welcome">欢迎访问{site}门户网站</span>
      <a href="/wza/">无障碍浏览</a> | <a href="/lnms/">长者模式</a> | <a href="/en/">English</a>
    </div>
  </div>
  <div class="header">
    <div class="wrap">
      <a class="logo" href="/"><img src="/static/images/logo.png" alt="{site}"></a>
      <form class="search" action="/search/" method="get">
        <input type="text" name="q" placeholder="请输入关键词">
        <button type="submit">搜索</button>
      </form>
    </div>
  </div>
  <ul class="nav">
    <li><a href="/">首页</a></li>
    <li><a href="/zjlj/">走进临江</a></li>
    <li><a href="/zwgk/">政务公开</a></li>
    <li><a href="/zwfw/">政务服务</a></li>
    <li><a href="/hdjl/">互动交流</a></li>
    <li><a href="/ztzl/">专题专栏</a></li>
  </ul>
  <div class="crumb wrap">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt;
    <a href="/zwgk/fzzfjs/">法治政府建设</a> &gt; 正文</div>
  <div class="main wrap">
    <div class="article">
      <h1 class="article-title">{esc(title)}</h1>
      <div class="article-info">
        <span>发布日期：{pub_date}</span>
        <span>来源：{agency}</span>
        <span>浏览次数：<em id="hits">1286</em></span>
        <span>字号：<a href="javascript:setFontSize(18)">大</a> <a href="javascript:setFontSize(16)">中</a>
          <a href="javascript:setFontSize(14)">小</a></span>
      </div>
      <div class="TRS_Editor" id="zoom">
{body_html}
      </div>
      <div class="article-tools">
        <a href="javascript:window.print()">【打印本页】</a>
        <a href="javascript:window.close()">【关闭窗口】</a>
      </div>
      <div class="related">
        <h3>相关信息</h3>
        <ul>
          <li><a href="/zwgk/fzzfjs/{year - 1}/">{agency}关于{year - 1}年度法治政府建设情况的报告</a></li>
          <li><a href="/zwgk/fzzfjs/zcwj/">{site}关于印发法治政府建设年度工作要点的通知</a></li>
        </ul>
      </div>
    </div>
  </div>
  <div class="footer">
    <div class="wrap">
      <p><a href="/about/">关于本站</a> | <a href="/map/">网站地图</a> | <a href="/contact/">联系我们</a></p>
      <p>主办单位：{site}办公室　承办单位：临江区大数据中心</p>
      <p>地址：临江区江滨路88号　安全生产举报电话：12350</p>
      <p>网站标识码：0000000000（示例）　备案编号：示例ICP备00000000号</p>
    </div>
  </div>
</body>
</html>
"""


def wrap_units(ch: str) -> float:
    return 0.5 if ord(ch) < 0x2000 else 1.0


def pdf_spacing(text: str) -> str:
    """PDF text extraction puts spaces around runs of Latin digits next to Chinese characters."""
    punct = "，。、；：（）《》“”〔〕！？—"
    text = re.sub(rf"(?<=[^\s\d.{punct}])(?=\d)", " ", text)
    text = re.sub(rf"(?<=[\d%])(?=[^\s\d.%{punct}{PARA_MARK}])", " ", text)
    text = re.sub(rf"(?<=\d)(?={PARA_MARK})", " ", text)
    return text


NO_LINE_START = set("，。、；：）》”’！？%")


def wrap_pdf_like(doc: dict, width: float = 30.0) -> list[str]:
    """Hard-wrap every ~30 characters, never inside a number."""
    paras: list[tuple[str, str]] = [
        ("c", doc["doc_number"]),
        ("c", ""),
        ("c", doc["title"]),
        ("c", ""),
        ("p", doc["salutation"]),
    ]
    for kind, val in doc["blocks"]:
        assert kind != "table", "the PDF-like renderer does not do tables"
        paras.append((kind, val))
    lines: list[str] = []
    for kind, text in paras:
        if kind == "c":
            lines.append(text)
            continue
        tokens = re.findall(rf"{PARA_MARK}| ?[\d.,%]+ ?|.", pdf_spacing(text))
        cur, w = "", 0.0
        for j, tok in enumerate(tokens):
            if tok == PARA_MARK:
                lines.append(cur.rstrip())
                cur, w = "", 0.0
                continue
            tw = sum(wrap_units(c) for c in tok)
            # no line starts with closing punctuation, and a forced break keeps its number on the line
            hold = tok in NO_LINE_START or (j + 1 < len(tokens) and tokens[j + 1] == PARA_MARK)
            if w + tw > width and cur and not hold:
                lines.append(cur.rstrip())
                cur, w = tok.lstrip(), sum(wrap_units(c) for c in tok.lstrip())
            else:
                cur += tok
                w += tw
        if cur:
            lines.append(cur.rstrip())
    lines += ["", doc["sign"], doc["date"]]
    return lines


def render_pdf_like(doc: dict, lines_per_page: int = 21) -> str:
    lines = wrap_pdf_like(doc)
    pages = [lines[i : i + lines_per_page] for i in range(0, len(lines), lines_per_page)]
    out = []
    for n, page in enumerate(pages, 1):
        chunk = "\n\n".join(page)
        if n > 1:
            chunk = PDF_HEADER + "\n " + chunk
        out.append(chunk + f"\n\n— {n} —\n")
    return "\n".join(out)


def render_docx(doc: dict, path: Path, agency: str, when: dt.datetime) -> None:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Pt

    d = Document()
    normal = d.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(16)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")

    def para(text, *, font=None, size=16, bold=False, align=None, indent=True):
        p = d.add_paragraph()
        if align is not None:
            p.alignment = align
        if indent:
            p.paragraph_format.first_line_indent = Pt(32)
        p.paragraph_format.line_spacing = Pt(28)
        p.paragraph_format.space_after = Pt(0)
        run = p.add_run(text)
        run.bold = bold
        run.font.size = Pt(size)
        if font:
            run.font.name = font
            run._element.rPr.rFonts.set(qn("w:eastAsia"), font)
        return p

    para(doc["doc_number"], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    para(doc["title"], font="方正小标宋简体", size=22, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    para(doc["salutation"], indent=False)
    for kind, val in doc["blocks"]:
        if kind == "h1":
            para(val, font="黑体")
        elif kind == "h2":
            para(val, font="楷体_GB2312", bold=True)
        elif kind == "table":
            raise ValueError("the docx renderer does not do tables")
        else:
            para(clean(val))
    para(doc["sign"], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    para(doc["date"], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)

    cp = d.core_properties
    cp.author = agency
    cp.last_modified_by = agency
    cp.title = doc["title"]
    cp.subject = "法治政府建设情况报告"
    cp.keywords = "法治政府建设"
    cp.comments = ""
    cp.revision = 1
    cp.created = when
    cp.modified = when
    cp.last_printed = when

    buf = io.BytesIO()
    d.save(buf)
    # python-docx stamps zip members with the current time: rewrite them with a fixed one.
    stamp = (when.year, when.month, when.day, 0, 0, 0)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=stamp)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            z.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


def render_pdf(doc: dict, path: Path, agency: str) -> None:
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    font = "STSong-Light"
    body = ParagraphStyle("body", fontName=font, fontSize=12, leading=21, firstLineIndent=24, wordWrap="CJK")
    head = ParagraphStyle("head", parent=body, fontSize=12.5)
    title = ParagraphStyle(
        "title",
        parent=body,
        fontSize=18,
        leading=28,
        alignment=TA_CENTER,
        firstLineIndent=0,
        spaceBefore=6,
        spaceAfter=14,
    )
    center = ParagraphStyle("center", parent=body, alignment=TA_CENTER, firstLineIndent=0)
    right = ParagraphStyle("right", parent=body, alignment=TA_RIGHT, firstLineIndent=0)
    plain = ParagraphStyle("plain", parent=body, firstLineIndent=0)

    def on_page(canvas, document):
        canvas.saveState()
        canvas.setFont(font, 9)
        w, h = A4
        if document.page > 1:
            canvas.drawCentredString(w / 2, h - 15 * mm, PDF_HEADER)
            canvas.line(25 * mm, h - 17 * mm, w - 25 * mm, h - 17 * mm)
        canvas.setFont(font, 11)
        canvas.drawCentredString(w / 2, 14 * mm, f"— {document.page} —")
        canvas.restoreState()

    story = [
        Paragraph(esc(doc["doc_number"]), center),
        Spacer(1, 8),
        Paragraph(esc(doc["title"]), title),
        Paragraph(esc(doc["salutation"]), plain),
    ]
    for kind, val in doc["blocks"]:
        style = head if kind in ("h1", "h2") else body
        story.append(Paragraph(esc(clean(val)), style))
    story += [Spacer(1, 16), Paragraph(esc(doc["sign"]), right), Paragraph(esc(doc["date"]), right)]
    pdf = SimpleDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=25 * mm,
        rightMargin=25 * mm,
        topMargin=25 * mm,
        bottomMargin=25 * mm,
        title=doc["title"],
        author=agency,
        subject="法治政府建设情况报告",
        creator="audit-workbook samples",
        invariant=1,
        allowSplitting=0,
    )
    pdf.build(story, onFirstPage=on_page, onLaterPages=on_page)


# --------------------------------------------------------------------------- answers


def decimals(x) -> int:
    s = repr(x)
    return len(s.split(".")[1]) if "." in s and not s.endswith(".0") else 0


def round_half_up(q: Fraction, nd: int) -> Fraction:
    sign = -1 if q < 0 else 1
    scaled = abs(q) * 10**nd
    return sign * Fraction(math.floor(scaled + Fraction(1, 2)), 10**nd)


def fmt(x) -> str:
    if isinstance(x, Fraction):
        x = float(x)
    if isinstance(x, float) and x.is_integer():
        return str(int(x))
    return f"{x:.4f}".rstrip("0").rstrip(".") if isinstance(x, float) else str(x)


def fmtd(q: Fraction, nd: int) -> str:
    """A rounded value, printed with the decimals of the figure it is compared with."""
    return f"{float(q):.{nd}f}"


def signed(q: Fraction) -> str:
    return ("+" if q >= 0 else "-") + fmt(float(abs(q)))


def F(x) -> Fraction:
    return Fraction(str(x))


def explain(rel: dict, money: bool) -> str:
    """The arithmetic comment written after `holds:`."""
    k = rel["kind"]
    if k == "sum":
        s = sum(F(p) for p in rel["parts"])
        expr = "+".join(fmt(p) for p in rel["parts"])
        return f"{expr} = {fmt(s)}" + ("" if s == F(rel["total"]) else f", not {fmt(rel['total'])}")
    if k == "ratio":
        per = rel.get("per", 100)
        q = F(rel["numerator"]) * per / F(rel["denominator"])
        r = round_half_up(q, decimals(rel["percent"]))
        ok = r == F(rel["percent"])
        return (
            f"{per}*{rel['numerator']}/{rel['denominator']} = {float(q):.4f} -> "
            f"{fmtd(r, decimals(rel['percent']))}" + ("" if ok else f", not {fmt(rel['percent'])}")
        )
    if k == "change":
        nd = decimals(rel["percent"])
        cur, pct = F(rel["current"]), F(rel["percent"])
        if "previous" in rel:
            prev = F(rel["previous"])
            q = 100 * (cur - prev) / prev
            r = round_half_up(q, nd)
            return (
                f"100*({fmt(rel['current'])}-{fmt(rel['previous'])})/{fmt(rel['previous'])} = "
                f"{float(q):.4f} -> {fmtd(r, nd)}" + ("" if r == pct else f", not {fmt(rel['percent'])}")
            )
        est = cur / (1 + pct / 100)
        if money:
            return f"previous = {fmt(rel['current'])}/(1{signed(pct / 100)}) = {float(est):.2f} 万元"
        fits = whole_previous(rel["current"], rel["percent"])
        if fits:
            p = min(fits, key=lambda v: abs(v - est))
            return (
                f"previous {p}: 100*({fmt(rel['current'])}-{p})/{p} = "
                f"{float(100 * (cur - p) / p):.4f} -> {fmtd(round_half_up(100 * (cur - p) / p, nd), nd)}"
            )
        lo, hi = math.floor(est), math.ceil(est)
        near = ", ".join(f"{p} gives {float(100 * (cur - p) / p):.2f}" for p in (lo, hi) if p > 0)
        return f"previous = {fmt(rel['current'])}/(1{signed(pct / 100)}) = {float(est):.4f}, no whole number ({near})"
    if k == "equal":
        vals = [F(v) for v in rel["values"]]
        return (
            " == ".join(fmt(v) for v in rel["values"])
            if len(set(vals)) == 1
            else " != ".join(fmt(v) for v in rel["values"])
        )
    if k == "bound":
        ok = F(rel["smaller"]) <= F(rel["larger"])
        return f"{fmt(rel['smaller'])} {'<=' if ok else '>'} {fmt(rel['larger'])}"
    raise ValueError(k)


def whole_previous(current, percent) -> list[int]:
    nd = decimals(percent)
    cur, pct = F(current), F(percent)
    if pct <= -100:
        return []
    est = cur / (1 + pct / 100)
    out = []
    for p in range(max(1, math.floor(est) - 3), math.ceil(est) + 4):
        if round_half_up(100 * (cur - p) / p, nd) == pct:
            out.append(p)
    return out


def y(v) -> str:
    """One YAML scalar or flow list."""
    s = yaml.safe_dump(v, allow_unicode=True, default_flow_style=True, width=10**9, sort_keys=False)
    s = s.strip()
    if s.endswith("\n..."):
        s = s[: -len("\n...")]
    if s.endswith("..."):
        s = s[:-3].rstrip()
    return s


def money_values(entry: dict) -> set:
    return {F(m[2]) for m in entry["metrics"] if m[3] in ("万元", "元", "亿元")}


FIELDS = {
    "sum": ("total", "parts"),
    "ratio": ("numerator", "denominator", "percent", "per"),
    "change": ("current", "previous", "percent"),
    "equal": ("values",),
    "bound": ("smaller", "larger"),
}


def emit_entry(stem: str, entry: dict, report_file: str, quotes: dict[str, str]) -> list[str]:
    """One report's answers, in the corpus expected format (with comments)."""
    L = [
        f"report: {y(report_file)}",
        f"agency: {y(entry['agency'])}",
        f"year: {entry['year']}",
        f"doc_number: {y(entry['doc_number'])}",
        f"# format: {entry['format']}",
        f"# period of the figures: {entry['period']}",
        "",
        "metrics:",
    ]
    for key, label, value, unit, qual, quote in entry["metrics"]:
        L += [
            f"  - key: {key}",
            f"    label: {y(label)}",
            f"    value: {y(value)}",
            f"    unit: {y(unit)}",
            f"    qualifier: {y(qual)}",
            f"    quote: {y(quotes.get(quote, quote))}",
        ]
    L += ["", "relations:"]
    money = money_values(entry)
    for rel in entry["relations"]:
        note = f"   # {rel['note']}" if rel.get("note") else ""
        L += [f"  - id: {rel['id']}", f"    kind: {rel['kind']}{note}"]
        for field in FIELDS[rel["kind"]]:
            if field in rel:
                L.append(f"    {field}: {y(rel[field])}")
        is_money = rel["kind"] == "change" and F(rel["current"]) in money
        L.append(f"    holds: {y(rel['holds'])}   # {explain(rel, is_money)}")
        L.append(f"    approx: {y(bool(rel.get('approx', False)))}")
        L.append(f"    quote: {y(quotes.get(rel['quote'], rel['quote']))}")
    L += ["", "not_checkable:"]
    for nc in entry.get("not_checkable") or []:
        L += [f"  - quote: {y(quotes.get(nc['quote'], nc['quote']))}", f"    why: {y(nc['why'])}"]
    L += ["", "# Deliberate errors planted in this sample (see samples/README.md)."]
    L += ["planted:" if entry.get("planted") else "planted: []"]
    for p in entry.get("planted") or []:
        L += [f"  - id: {p['id']}", f"    relation: {y(p['relation'])}", f"    kind: {y(p['kind'])}"]
        if p.get("quote"):
            L.append(f"    quote: {y(quotes.get(p['quote'], p['quote']))}")
        L.append(f"    error: {y(p['error'])}")
    return L


def strip_ws(s: str) -> str:
    return re.sub(r"\s+", "", s)


def adjust_quotes(entry: dict, text: str) -> dict[str, str]:
    """Quotes that cross a page break must carry the page number and running header."""
    flat = strip_ws(text)
    noise = rf"(?:—\d+—)?(?:{PDF_HEADER})?"
    quotes = [m[5] for m in entry["metrics"]] + [r["quote"] for r in entry["relations"]]
    quotes += [n["quote"] for n in entry.get("not_checkable") or []]
    quotes += [p["quote"] for p in entry.get("planted") or [] if p.get("quote")]
    out = {}
    for q in quotes:
        q0 = strip_ws(q)
        if q0 in flat:
            continue
        pat = noise.join(re.escape(c) for c in q0)
        m = re.search(pat, flat)
        if not m:
            raise SystemExit(f"quote not found in rendered text: {q}")
        out[q] = m.group(0)
    return out


# --------------------------------------------------------------------------- main


def extract_pdf_text(path: Path) -> str:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def main() -> int:
    spec = yaml.safe_load((SRC / "truth_spec.yaml").read_text(encoding="utf-8"))
    OUT.mkdir(exist_ok=True)
    EXPECTED.mkdir(exist_ok=True)
    reports = spec["reports"]
    docs = {stem: parse_source(SRC / f"{stem}.txt") for stem in reports}
    rendered: dict[str, str] = {}

    # qinghe-2022: UTF-8 text
    t = render_plain(docs["qinghe-2022"])
    (OUT / "qinghe-2022.txt").write_bytes(t.encode("utf-8"))
    rendered["qinghe-2022"] = t
    # qinghe-2023: Markdown
    t = render_markdown(docs["qinghe-2023"])
    (OUT / "qinghe-2023.md").write_bytes(t.encode("utf-8"))
    rendered["qinghe-2023"] = t
    # linjiang-2022: web page
    t = render_html(docs["linjiang-2022"], reports["linjiang-2022"]["agency"], "2023-01-16", 2022)
    (OUT / "linjiang-2022.html").write_bytes(t.encode("utf-8"))
    # linjiang-2023: Word
    render_docx(
        docs["linjiang-2023"],
        OUT / "linjiang-2023.docx",
        reports["linjiang-2023"]["agency"],
        dt.datetime(2024, 1, 16, 9, 0, 0),
    )
    # songling-2023: GBK text with CRLF
    t = render_plain(docs["songling-2023"], newline="\r\n")
    data = t.encode("gb18030")
    assert data == t.encode("gbk"), "songling-2023 must stay within GBK"
    (OUT / "songling-2023.txt").write_bytes(data)
    # songling-2024: text copied out of a PDF
    t = render_pdf_like(docs["songling-2024"])
    (OUT / "songling-2024.txt").write_bytes(t.encode("utf-8"))
    rendered["songling-2024"] = t
    # songling-2024-print: the same report as a real PDF
    render_pdf(docs["songling-2024"], OUT / "songling-2024-print.pdf", reports["songling-2024"]["agency"])
    rendered["songling-2024-print"] = extract_pdf_text(OUT / "songling-2024-print.pdf")

    # answers
    entries = dict(reports)
    for stem, c in (spec.get("copies") or {}).items():
        e = dict(reports[c["of"]])
        e["file"], e["format"] = c["file"], c["format"]
        entries[stem] = e
    truth = [
        "# Answers for the project's own sample reports (generated by build_samples.py from",
        "# src/truth_spec.yaml; edit that file, not this one). Each entry has the shape of",
        "# ../shared/corpus/expected/*.yaml plus `planted`; expected/<stem>.yaml holds the same entries.",
        "",
        "reports:",
    ]
    for stem, entry in entries.items():
        quotes = {}
        if stem in ("songling-2024", "songling-2024-print"):
            quotes = adjust_quotes(entry, rendered[stem])
        lines = emit_entry(stem, entry, entry["file"], quotes)
        (EXPECTED / f"{stem}.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
        truth.append(f"  {stem}:")
        truth += [("    " + ln) if ln else "" for ln in lines]
        truth.append("")
    truth += ["# Year-over-year claims checked against the same agency's previous report.", "cross_report:"]
    for c in spec["cross_report"]:
        cur, prev = F(c["current"]), F(c["previous"])
        q = 100 * (cur - prev) / prev
        r = round_half_up(q, decimals(c["percent"]))
        comment = (
            f"100*({fmt(c['current'])}-{fmt(c['previous'])})/{fmt(c['previous'])} = {float(q):.4f} -> "
            f"{fmtd(r, decimals(c['percent']))}"
        )
        truth.append(f"  - report: {c['report']}")
        for k in ("relation", "metric", "current", "previous_report", "previous", "percent"):
            truth.append(f"    {k}: {y(c[k])}")
        truth.append(f"    holds: {y(c['holds'])}   # {comment}")
        for k in ("planted", "note"):
            if k in c:
                truth.append(f"    {k}: {y(c[k])}")
    (HERE / "truth.yaml").write_text("\n".join(truth) + "\n", encoding="utf-8")

    # the emitted YAML must read back as the spec says
    back = yaml.safe_load((HERE / "truth.yaml").read_text(encoding="utf-8"))
    for stem, entry in entries.items():
        got = back["reports"][stem]
        assert [m["value"] for m in got["metrics"]] == [m[2] for m in entry["metrics"]], stem
        assert [r["holds"] for r in got["relations"]] == [r["holds"] for r in entry["relations"]], stem
        one = yaml.safe_load((EXPECTED / f"{stem}.yaml").read_text(encoding="utf-8"))
        assert one == got, stem
    for p in sorted(OUT.iterdir()):
        print(f"{p.relative_to(HERE.parent)}  {p.stat().st_size} bytes")
    print(f"{len(entries)} expected files, truth.yaml, {sum(len(e['relations']) for e in entries.values())} relations")
    return 0


if __name__ == "__main__":
    sys.exit(main())
