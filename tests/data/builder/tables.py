"""Tables: the national 政府信息公开 application table, the 复议/诉讼 table, and plain grids.

Each printer returns the table text and the relations its rows and columns state. A printed
cell may be given a typo (`typo={(row, col): printed}`): the relations are then written from the
printed cells, and those the typo breaks are marked as planted (they carry a note).
"""
from __future__ import annotations

from common import E, S, holds

COLS = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]

# (key, label printed, group label for HTML rowspan or None)
LEAVES = [
    ("gk", "（一）予以公开", None),
    ("bf", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", None),
    ("n1", "1.属于国家秘密", "（三）不予公开"),
    ("n2", "2.其他法律行政法规禁止公开", "（三）不予公开"),
    ("n3", "3.危及“三安全一稳定”", "（三）不予公开"),
    ("n4", "4.保护第三方合法权益", "（三）不予公开"),
    ("n5", "5.属于三类内部事务信息", "（三）不予公开"),
    ("n6", "6.属于四类过程性信息", "（三）不予公开"),
    ("n7", "7.属于行政执法案卷", "（三）不予公开"),
    ("n8", "8.属于行政查询事项", "（三）不予公开"),
    ("w1", "1.本机关不掌握相关政府信息", "（四）无法提供"),
    ("w2", "2.没有现成信息需要另行制作", "（四）无法提供"),
    ("w3", "3.补正后申请内容仍不明确", "（四）无法提供"),
    ("c1", "1.信访举报投诉类申请", "（五）不予处理"),
    ("c2", "2.重复申请", "（五）不予处理"),
    ("c3", "3.要求提供公开出版物", "（五）不予处理"),
    ("c4", "4.无正当理由大量反复申请", "（五）不予处理"),
    ("c5", "5.要求行政机关确认或重新出具已获取信息", "（五）不予处理"),
    ("o1", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "（六）其他处理"),
    ("o2", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "（六）其他处理"),
    ("o3", "3.其他", "（六）其他处理"),
]
TOP = [("new", "一、本年新收政府信息公开申请数量"), ("old", "二、上年结转政府信息公开申请数量")]
TOTAL = ("tot", "（七）总计")
FWD = ("fwd", "四、结转下年度继续办理")
NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"


def _fmt(v: int, sep: bool) -> str:
    return f"{v:,}" if sep and v >= 1000 else str(v)


def gk_table(data: dict[str, list[int]], fmt: str, typo: dict | None = None, sep: bool = False,
             cols_checked: tuple[int, ...] = (0, 6), pid: str = "t", note: str = "") -> tuple[str, list[dict], dict]:
    """The application table; data[key] = the six applicant cells (总计 is added up here)."""
    typo = typo or {}
    keys = [k for k, _ in TOP] + [k for k, _, _ in LEAVES] + [TOTAL[0], FWD[0]]
    full = {k: list(data.get(k, [0] * 6)) for k in keys}
    for k in keys:
        if k == "tot":
            full[k] = [sum(full[leaf][i] for leaf, _, _ in LEAVES) for i in range(6)]
        full[k] = full[k] + [sum(full[k])]
    printed = {k: list(v) for k, v in full.items()}
    for (k, c), v in typo.items():
        printed[k][c] = v
    labels = dict(TOP) | {k: lab for k, lab, _ in LEAVES} | dict([TOTAL, FWD])
    groups = {k: g for k, _, g in LEAVES}
    lines, rowtext = [], {}

    def cells(k):
        return [_fmt(v, sep) for v in printed[k]]

    if fmt == "html":
        lines.append('<table border="1" cellspacing="0">')
        lines.append(f'<tr><td colspan="3" rowspan="3">{NOTE}</td><td colspan="7">申请人情况</td></tr>')
        lines.append('<tr><td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td><td rowspan="2">总计</td></tr>')
        lines.append("<tr>" + "".join(f"<td>{c}</td>" for c in COLS[1:6]) + "</tr>")
        seen_group = set()
        for k in keys:
            tds = "".join(f"<td>{c}</td>" for c in cells(k))
            if k in ("new", "old", "fwd"):
                head = f'<td colspan="3">{labels[k]}</td>'
            else:
                head = ""
                if k == "gk":
                    head += '<td rowspan="22">三、本年度办理结果</td>'
                g = groups.get(k)
                if g is None:
                    head += f'<td colspan="2">{labels[k]}</td>'
                else:
                    if g not in seen_group:
                        n = sum(1 for _, _, gg in LEAVES if gg == g)
                        head += f'<td rowspan="{n}">{g}</td>'
                        seen_group.add(g)
                    head += f"<td>{labels[k]}</td>"
            rowtext[k] = f"<tr>{head}{tds}</tr>"
            lines.append(rowtext[k])
        lines.append("</table>")
    elif fmt == "md":
        lines.append("| 项目 | " + " | ".join(COLS) + " |")
        lines.append("|" + " --- |" * 8)
        for k in keys:
            g = groups.get(k)
            lab = (g + labels[k]) if g else (("三、本年度办理结果 " if k == "gk" else "") + labels[k])
            rowtext[k] = f"| {lab} | " + " | ".join(cells(k)) + " |"
            lines.append(rowtext[k])
    elif fmt == "tsv":  # one row a line, cells by tabs (a Word table is written from these)
        lines.append("\t".join(["项目", *COLS]))
        for k in keys:
            g = groups.get(k)
            lab = (g + labels[k]) if g else labels[k]
            rowtext[k] = "\t".join([lab, *cells(k)])
            lines.append(rowtext[k])
    else:  # plain text, space-aligned, the group label on its own line
        lines.append("项目" + "　" * 20 + "　".join(COLS))
        for k in keys:
            g = groups.get(k)
            if k == "gk":
                lines.append("三、本年度办理结果")
            if g and labels[k].startswith("1."):
                lines.append(g)
            rowtext[k] = labels[k] + "  " + "  ".join(f"{c:>4}" for c in cells(k))
            lines.append(rowtext[k])
    text = "\n".join(lines)

    rels = []
    n = 0

    def add(r):
        nonlocal n
        n += 1
        r["id"] = f"{pid}{n}"
        r["quote"] = r.pop("anchor")
        if not holds(r):
            r["note"] = note or "a printed cell of the table does not add up (planted typo)"
        rels.append(r)

    for k in keys:
        row = printed[k]
        if any(row):
            add(S(row[6], row[:6], rowtext[k], "T"))
    first, last = rowtext["gk"], rowtext["tot"]
    region = text[text.index(first):text.index(last) + len(last)]
    colset = sorted(set(cols_checked) | {c for (_, c) in typo})
    for c in colset:
        if printed["tot"][c] == 0:
            continue
        add(S(printed["tot"][c], [printed[k][c] for k, _, _ in LEAVES], region, "T"))
    # the balance 新收 = 总计 + 结转下年度 where nothing was carried in: the 总计 column, and the
    # column of a planted cell (the typo breaks that column's balance too)
    region2 = text[text.index(rowtext["new"]):text.index(rowtext["fwd"]) + len(rowtext["fwd"])]
    for c in sorted({6} | {c for (_, c) in typo}):
        if full["old"][c] or not printed["new"][c]:
            continue
        if c == 6 and not printed["fwd"][c]:
            add(E([printed["new"][c], printed["tot"][c]], region2, "T"))
        else:
            add(S(printed["new"][c], [printed["tot"][c], printed["fwd"][c]], region2, "T"))
    return text, rels, rowtext


FY_HEAD = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]


def fy_table(fy: list[int], direct: list[int], after: list[int], fmt: str, pid: str = "f",
             printed_totals: tuple | None = None) -> tuple[str, list[dict]]:
    """The 行政复议 / 行政诉讼 table: three groups of four outcomes and a total."""
    groups = [list(fy), list(direct), list(after)]
    for i, g in enumerate(groups):
        g.append(sum(g) if not printed_totals or printed_totals[i] is None else printed_totals[i])
    row = groups[0] + groups[1] + groups[2]
    if fmt == "html":
        head = ('<table border="1">\n<tr><td colspan="5" rowspan="2">行政复议</td><td colspan="10">行政诉讼</td></tr>\n'
                '<tr><td colspan="5">未经复议直接起诉</td><td colspan="5">复议后起诉</td></tr>\n'
                "<tr>" + "".join(f"<td>{h}</td>" for h in FY_HEAD * 3) + "</tr>\n")
        rowt = "<tr>" + "".join(f"<td>{v}</td>" for v in row) + "</tr>"
        text = head + rowt + "\n</table>"
    elif fmt == "md":
        text = ("| 复议维持 | 复议纠正 | 复议其他 | 复议尚未审结 | 复议总计 | 直诉维持 | 直诉纠正 | 直诉其他 | 直诉尚未审结 | 直诉总计 "
                "| 复议后诉维持 | 复议后诉纠正 | 复议后诉其他 | 复议后诉尚未审结 | 复议后诉总计 |\n" + "|" + " --- |" * 15 + "\n")
        rowt = "| " + " | ".join(map(str, row)) + " |"
        text += rowt
    else:
        text = ("行政复议　　　　　　　　　　　　行政诉讼\n"
                "　　　　　　　　　　　　　　　　未经复议直接起诉　　　　　　　复议后起诉\n"
                + "  ".join(FY_HEAD * 3) + "\n")
        rowt = "  ".join(f"{v:>3}" for v in row)
        text += rowt
    rels = []
    for i, g in enumerate(groups):
        if any(g):
            r = S(g[4], g[:4], rowt, "T")
            r["id"] = f"{pid}{i + 1}"
            r["quote"] = r.pop("anchor")
            if not holds(r):
                r["note"] = "a printed total of the 复议/诉讼 table does not add up (planted typo)"
            rels.append(r)
    return text, rels


def grid(header: list[str], rows: list[list], fmt: str) -> tuple[str, list[str]]:
    """A plain table; returns its text and each body row's printed text (for quotes)."""
    out, rowt = [], []
    if fmt == "html":
        out.append('<table border="1">')
        out.append("<tr>" + "".join(f"<th>{h}</th>" for h in header) + "</tr>")
        for r in rows:
            t = "<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>"
            rowt.append(t)
            out.append(t)
        out.append("</table>")
    elif fmt == "md":
        out.append("| " + " | ".join(header) + " |")
        out.append("|" + " --- |" * len(header))
        for r in rows:
            t = "| " + " | ".join(map(str, r)) + " |"
            rowt.append(t)
            out.append(t)
    elif fmt == "tsv":
        out.append("\t".join(header))
        for r in rows:
            t = "\t".join(map(str, r))
            rowt.append(t)
            out.append(t)
    else:
        out.append("　".join(header))
        for r in rows:
            t = "  ".join(str(c) for c in r)
            rowt.append(t)
            out.append(t)
    return "\n".join(out), rowt
