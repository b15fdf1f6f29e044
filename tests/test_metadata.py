"""Report metadata from the text."""

from __future__ import annotations

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
