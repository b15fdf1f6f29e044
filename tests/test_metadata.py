"""Report metadata from the text."""

from __future__ import annotations

import pytest

from toolkit.metadata import find_metadata


def test_banner_doc_number_year_agency_date() -> None:
    text = ("上海市普陀区应急管理局\n普应急〔2020〕15号\n2020年度普陀区应急管理局法治政府建设情况报告\n"
            "区政府:\n根据《法治政府建设实施纲要(2015—2020)》要求……\n上海市普陀区应急管理局\n2020年11月20日")
    meta = find_metadata(text)
    assert meta.doc_number == "普应急〔2020〕15号"
    assert meta.year == 2020
    assert meta.agency == "上海市普陀区应急管理局"
    assert meta.date == "2020-11-20"


def test_cited_document_number_is_not_the_reports() -> None:
    text = "根据《通知》(国办公开办函〔2021〕30号)要求,现发布本局2023年政府信息公开工作年度报告。"
    meta = find_metadata(text)
    assert meta.doc_number is None
    assert meta.year == 2023


def test_compiler_named_in_the_preamble() -> None:
    meta = find_metadata("本年度报告由国家税务总局广州市白云区税务局编制。2021年,主动公开信息38171条。")
    assert meta.agency == "国家税务总局广州市白云区税务局"


def test_doc_number_and_agency_scans_start_where_a_match_can() -> None:
    import random

    from toolkit.metadata import _AGENCY, _AGENCY_TAIL, _DOC_NUMBER, _doc_number_scan_start

    rnd = random.Random(20261123)
    parts = ["松岭县应急管理局", "松应急", "关于", "〔", "〕", "[", "]", "【", "】", "(", ")", "2024", "1999", "61", "号",
             " ", "\u3000", "\n", "年", "委员会", "人民政府", "报告", "县", "的", "局", "，", "。", "a",
             "〔2024〕61号", "〔 2024 〕 61 号", "(2023)5号", "[2022]12号", "【2021】3号", "  ", "\n\n"]
    for _ in range(40_000):
        head = "".join(rnd.choice(parts) for _ in range(rnd.randrange(30)))
        start = _doc_number_scan_start(head)
        want = [m.span() for m in _DOC_NUMBER.finditer(head)]
        assert ([m.span() for m in _DOC_NUMBER.finditer(head, start)] if start is not None else []) == want, head
        m = _AGENCY.search(head)
        tail = _AGENCY_TAIL.search(head)
        got = _AGENCY.search(head, max(0, tail.start() - 24)) if tail else None
        assert (got.span() if got else None) == (m.span() if m else None), head


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        ("鹿城区消防救援大队2023年度工作报告\n\n2023年,大队全力做好火灾防控。", "鹿城区消防救援大队"),
        ("合川区交通运输综合行政执法支队2023年法治政府建设情况报告", "合川区交通运输综合行政执法支队"),
        ("某市消防救援总队关于2023年法治政府建设情况的报告", "某市消防救援总队"),
        ("某某街道办事处2023年政府信息公开工作年度报告", "某某街道办事处"),
        ("某镇司法所2023年工作总结", "某镇司法所"),
        ("某县档案馆2023年度政府信息公开工作年度报告", "某县档案馆"),
        ("某县水文站2023年工作总结", "某县水文站"),
        ("某县公共资源交易中心2023年工作总结", "某县公共资源交易中心"),
        ("鹿城区消防救援大队\n2023年度工作报告", "鹿城区消防救援大队"),
        # Not agencies: a place, a website.
        ("全县各类经营场所2023年完成检查。", None),
        ("本机关政府网站2023年共发布信息。", None),
    ],
)
def test_agency_suffixes(text, agency) -> None:
    assert find_metadata(text).agency == agency


def test_an_agency_named_in_a_cited_title_is_not_the_reports() -> None:
    # Every disclosure report cites the national format's notice: its issuer is no author.
    cited = ("根据《政府信息公开条例》和《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息"
             "公开工作年度报告格式〉的通知》要求,")
    assert find_metadata(cited + "现发布县自然资源局2023年政府信息公开工作年度报告。").agency == "县自然资源局"
    assert find_metadata(cited + "编制本报告。一、总体情况").agency is None
