"""Normalization: NFKC, page furniture, re-joined wraps, offsets back to the original."""

from __future__ import annotations

from tests.helpers import norm
from toolkit.load import load
from toolkit.normalize import normalize

WRAPPED = """上海市某区应急管理局文件

某应急〔2022〕8号 签发人：张三

一、基本情况

（一）队伍建设

某区应急管理局现有行政执法监督管理机构 7个（5科、1

某区应急管理局
 室、1 安监中心），涉及行政执法监督管理人员 38 人（其中，参

与区城运管理 4 人，援滇 2 人）。现有行政执法资质持证人数 36

人，持证率为 94.7%；承担行政执法专项机构 2 个，总人数为 12

—7—

人，占比 31.58%。全区安全生产监督检查企业 26272 家，发现

隐患 49988 项，完成隐患整改 48248 项，整改率 96.52％；发出执

- 8 -

法文书 17752 份。

某区应急管理局
"""


def test_page_numbers_and_headers_are_removed() -> None:
    t = norm(WRAPPED)
    assert "—7—" not in t.text and "- 8 -" not in t.text
    assert "1室、1安监中心" in t.text  # the running header inside the sentence is gone
    assert "上海市某区应急管理局文件" not in t.text  # banner


def test_wrapped_lines_are_rejoined() -> None:
    t = norm(WRAPPED)
    assert "持证人数36人,持证率为94.7%;" in t.text
    assert "总人数为12人,占比31.58%。" in t.text
    assert "发出执法文书17752份。" in t.text
    # Headings stay on lines of their own.
    assert "\n(一)队伍建设\n" in t.text


def test_nfkc() -> None:
    t = norm("整改率９６．５２％，共１２３项。")
    assert t.text == "整改率96.52%,共123项。"


def test_nfkc_per_character_with_expanding_and_skipped_characters() -> None:
    """NFKC is applied character by character; ASCII and CJK ideographs are left as they are."""
    import unicodedata

    from toolkit.normalize import _MAY_CHANGE, _nfkc_chars

    # The characters the scan skips are the ones NFKC never changes.
    skipped = [chr(c) for c in (*range(0x80), *range(0x4E00, 0xA000))]
    assert not any(_MAY_CHANGE.match(c) for c in skipped)
    assert all(unicodedata.normalize("NFKC", c) == c for c in skipped)
    text, origin = _nfkc_chars("１２，３％")
    assert (text, origin.tolist()) == ("12,3%", [0, 1, 2, 3, 4])
    text, origin = _nfkc_chars("面积5㎡\u200b，")
    assert (text, origin.tolist()) == ("面积5m2,", [0, 1, 2, 3, 3, 5])


def test_offsets_map_back_to_original_lines() -> None:
    t = norm(WRAPPED)
    pos = t.text.index("26272")
    assert t.line_of(pos) == WRAPPED[: WRAPPED.index("26272")].count("\n") + 1
    start, end = t.original_span(pos, pos + 5)
    assert WRAPPED[start:end] == "26272"


def test_markdown_emphasis_dropped() -> None:
    t = norm("## 一、基本情况\n\n**一是做好服务。**共发放资料 3,000 余份。\n", fmt="md")
    assert t.text == "一、基本情况\n一是做好服务。共发放资料3,000余份。"


def test_bold_markers_in_plain_text_dropped() -> None:
    t = norm("**一是做好服务。**共发放资料3000余份。")
    assert "**" not in t.text


def test_flattened_table_is_regrouped() -> None:
    t = norm("表1\n|\n信息内容 |\n本年制发件数 |\n|\n规范性文件 |\n5 |\n12 |\n")
    assert "|规范性文件|5|12|" in t.text


def test_table_of_bare_numbers_is_not_taken_for_page_numbers() -> None:
    t = norm("项目\n0\n0\n5\n")
    assert t.text.split("\n")[1:] == ["0", "0", "5"]


def test_half_width_dot_closing_a_sentence_is_a_full_stop() -> None:
    import pytest

    cases = {
        "共检查企业120家.其中A类企业3家.": "共检查企业120家。其中A类企业3家。",
        "共检查企业120家. 其中A类企业3家": "共检查企业120家。其中A类企业3家",
        "同比增长4.6%.受理投诉12件.\n其中": "同比增长4.6%。受理投诉12件。\n其中",
        "查处“黑车”.全年": "查处“黑车”。全年",
        # after a CJK character a dot is no decimal point, whatever follows
        "罚款68.2万元.4,127件案件中": "罚款68.2万元。4,127件案件中",
        # Decimals, list markers, URLs and Latin abbreviations keep their dot.
        "增长3.5%,罚款1.2万元": "增长3.5%,罚款1.2万元",
        "1.本机关收到申请3件": "1.本机关收到申请3件",
        "一.本机关收到申请3件.\n二.公开情况": "一.本机关收到申请3件。\n二.公开情况",
        "详见www.gov.cn.": "详见www.gov.cn.",
        "网址http://xxgk.gov.cn/a.html": "网址http://xxgk.gov.cn/a.html",
        "see the list etc. 其中": "see the list etc.其中",
    }
    for raw, want in cases.items():
        t = norm(raw)
        assert t.text == want, raw
        assert len(t.origin) == len(t.text)
    # The offsets are kept: "。" maps back to the "." it replaces.
    t = norm("共检查企业120家.其中A类企业3家")
    i = t.text.index("。")
    assert t.original[t.original_offset(i)] == "."
    with pytest.raises(ValueError):
        t.text.index(".")


def test_sentences_end_at_a_half_width_full_stop() -> None:
    from tests.helpers import quantities

    qs = quantities("共检查企业120家.其中A类企业3家.全年罚款5万元.")
    s = qs[0].sentence
    assert norm("共检查企业120家.其中A类企业3家.全年罚款5万元.").text[s[0]:s[1]] == "共检查企业120家。"


def test_a_short_wrapped_report_among_long_lines_is_rejoined() -> None:
    # Lines cut mid-sentence at ~28 characters, between an unwrapped opening paragraph and headings:
    # the cut lines share one length, so they are wraps (written for the project).
    from helpers import norm

    text = ("2023年,我局坚持以习近平法治思想为指导,全面推进依法行政,现将有关情况报告如下:\n"
            "一、主要工作成效\n"
            "(一)执法监管持续加强。全年共开展卫片执法检查图斑\n"
            "核查1286个,其中合法图斑1102个,违法图斑184个,违法\n"
            "用地面积326.5亩,已整改到位172个,整改率93.5%。立案\n"
            "查处违法用地案件38件,结案35件,结案率92.1%,罚没款\n"
            "186.4万元,拆除违法建筑面积2.6万平方米。\n"
            "二、存在问题\n")
    out = norm(text).text
    assert "违法用地面积326.5亩" in out and "立案查处违法用地案件" in out and "罚没款186.4万元" in out
    assert "\n二、存在问题" in out and "\n一、主要工作成效\n" in out


def test_html_blocks_of_one_length_are_not_taken_for_wrapped_lines(tmp_path) -> None:
    # A web page's heading and table rows are blocks: six rows of nearly one length once made
    # the text look wrapped at ~20 characters, and the heading, rows and cells ran together.
    page = ("<html><body><h1>某市12345热线2024年3月运行情况通报</h1>\n"
            "<p>3月份,热线共受理群众诉求46,821件,环比增长6.2%。其中,电话受理38,142件,占81.5%;"
            "网络渠道受理8,679件,占18.5%。</p>\n"
            "<table><tr><th>类别</th><th>数量(件)</th><th>占比</th></tr>\n"
            + "".join(f"<tr><td>{k}</td><td>{v}</td><td>{p}</td></tr>\n" for k, v, p in
                      [("咨询", "20,114", "43.0%"), ("投诉", "15,227", "32.5%"), ("求助", "8,906", "19.0%"),
                       ("建议及其他", "2,574", "5.5%"), ("合计", "46,821", "100%")])
            + "</table></body></html>")
    (tmp_path / "p.html").write_text(page, encoding="utf-8")
    lines = normalize(load(tmp_path / "p.html")).text.split("\n")
    assert lines[0] == "某市12345热线2024年3月运行情况通报"
    assert lines[1].startswith("3月份,")
    assert lines[-2:] == ["建议及其他|2,574|5.5%", "合计|46,821|100%"]


def test_a_table_row_is_never_joined_to_the_next_line() -> None:
    text = "\n".join(["说明一段不以句号结尾的较长文字,用于测试表格行之前的普通行会不会被并入表格的行里去"] * 1
                     + ["类别|数量|占比", "咨询|20114|43.0%", "投诉|15227|32.5%", "合计|35341|75.5%"])
    lines = norm(text).text.split("\n")
    assert lines[-3:] == ["咨询|20114|43.0%", "投诉|15227|32.5%", "合计|35341|75.5%"]
    assert lines[-4] == "类别|数量|占比"


def test_a_number_cut_at_the_wrap_is_rejoined() -> None:
    # Text copied from a PDF wrapped at a fixed width cuts numbers too: "已办结55" / "18件".
    para = ("全县共办理各类行政处罚案件326件,其中一般程序案件214件、简易程序案件112件,罚没款合计418.6万元,"
            "同比增长12.4%。全年受理投诉举报5632件,已办结5518件,办结率98.0%。开展双随机抽查1248户次,"
            "发现问题86户次,其中责令整改79户次,立案查处7户次。")
    for width in (28, 30, 33, 34):
        wrapped = "\n".join(para[i : i + width] for i in range(0, len(para), width))
        assert norm(wrapped).text == para, width
    # numbers alone on their lines are a table's cells, not one number cut in two
    cells = norm("项目\n收到\n办结\n申请\n12\n11\n投诉\n8\n8").text
    assert "1211" not in cells and "88" not in cells


def test_a_title_repeated_once_beside_a_page_number_is_a_running_header() -> None:
    text = ("某县林业局2024年法治政府建设情况报告\n全县落实林长1,026名,其中县级林长18名、乡级林长\n\n- 1 -\n\n"
            "某县林业局2024年法治政府建设情况报告\n214名、村级林长794名。\n")
    out = norm(text).text
    assert out.count("某县林业局2024年法治政府建设情况报告") == 1 and "- 1 -" not in out
    assert out.startswith("某县林业局2024年法治政府建设情况报告")  # the title itself stays
    # a line recurring twice far from any page number is left alone
    assert norm("某县林业局工作要点\n正文一句。\n某县林业局工作要点\n").text.count("某县林业局工作要点") == 2


def test_a_figure_spaced_out_letter_by_letter_is_one_figure() -> None:
    # a justified PDF line extracted with a space between every character
    text = norm("全 年 立 案 查 处 3 1 2 件 , 结 案 率 9 9 . 0 % , 罚 款 1 , 2 3 4 . 5 6 万 元 。\n").text
    assert "312件" in text and "99.0%" in text and "1,234.56万元" in text, text
    assert "受理1,286件,同比增长12.6%" in norm("受理 1 ,2 8 6件,同比增长 1 2 .6%\n").text


def test_numbers_side_by_side_are_not_spaced_out_figures() -> None:
    # groups of digits, or one-digit cells ending their line, are several numbers: kept apart
    text = norm("年份 2021 2022年\n受理 12 34件\n自然人 3 1 0 0 0 0 4\n").text
    assert "2021 2022" in text and "12 34" in text and "3 1 0 0 0 0 4" in text, text
