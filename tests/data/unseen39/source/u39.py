"""Small helpers of unseen39 (copied from unseen37's u37.py unchanged):
small helpers of unseen35: the shared table and rounding helpers (builder/grids.py), `gk` and `tot6` of
unseen33 (the national 政府信息公开 table's 新收 row from the outcome rows), and `shares`, the T relations of a
占比 column over a printed total row."""
from __future__ import annotations

from common import R
from grids import addt, gk, gr, n, NOTE, mark, pc, pdf_table, tgrid, tot6, tsv_rows, val  # noqa: F401


def shares(rows, rowt, vc, sc, tr, note=NOTE, skip=()):
    """T relations: each body row's share cell (column sc) = its value (column vc) over the total row tr."""
    tr = tr % len(rows)
    out = []
    for i, row in enumerate(rows):
        if i == tr or i in skip or str(row[sc]).strip() in ("", "—", "-"):
            continue
        a, b = min(i, tr), max(i, tr)
        out.append(mark(R(val(row[vc]), val(rows[tr][vc]), val(row[sc]), "\n".join(rowt[a:b + 1]), "T"), note))
    return out


def refit(rels, text):
    """Re-cut a table relation's quote from the final text (after a page break or a repeated header was put
    inside the table): from its first line to its last line."""
    from common import span
    for r in rels:
        q = r.get("quote") or r.get("anchor")
        if q in text:
            continue
        lines = [ln for ln in q.split("\n") if ln.strip()]
        r["quote"] = span(text, lines[0], lines[-1])
    return rels


# The national table of the 2019 template (国办公开办函〔2019〕60号): （六）其他处理 is one row.
L19 = [("gk", "（一）予以公开"), ("bf", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"),
       ("n1", "1.属于国家秘密"), ("n2", "2.其他法律行政法规禁止公开"), ("n3", "3.危及“三安全一稳定”"),
       ("n4", "4.保护第三方合法权益"), ("n5", "5.属于三类内部事务信息"), ("n6", "6.属于四类过程性信息"),
       ("n7", "7.属于行政执法案卷"), ("n8", "8.属于行政查询事项"), ("w1", "1.本机关不掌握相关政府信息"),
       ("w2", "2.没有现成信息需要另行制作"), ("w3", "3.补正后申请内容仍不明确"), ("c1", "1.信访举报投诉类申请"),
       ("c2", "2.重复申请"), ("c3", "3.要求提供公开出版物"), ("c4", "4.无正当理由大量反复申请"),
       ("c5", "5.要求行政机关确认或重新出具已获取信息"), ("oth", "（六）其他处理")]
G19 = {"n1": "（三）不予公开", "w1": "（四）无法提供", "c1": "（五）不予处理"}
COLS19 = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]


def gk19(leaves, fmt, old=None, fwd=None, typo=None, note=NOTE):
    """The 2019 table, printed as md or txt (space-aligned, group labels on their own lines); returns the text,
    its T relations (row sums, the 自然人 and 总计 columns, the balance per column with a planted cell) and
    each row's text by key."""
    from common import S
    z = [0] * 6
    old, fwd = list(old or z), list(fwd or z)
    lv = {k: list(leaves.get(k, z)) for k, _ in L19}
    tot = [sum(lv[k][i] for k, _ in L19) for i in range(6)]
    new = [tot[i] + fwd[i] - old[i] for i in range(6)]
    rows = [("new", "一、本年新收政府信息公开申请数量", new), ("old", "二、上年结转政府信息公开申请数量", old)]
    rows += [(k, lab, lv[k]) for k, lab in L19]
    rows += [("tot", "（七）总计", tot), ("fwd", "四、结转下年度继续办理", fwd)]
    full = {k: [*c, sum(c)] for k, _, c in rows}
    printed = {k: list(v) for k, v in full.items()}
    for (k, c), v in (typo or {}).items():
        printed[k][c] = v
    lines, rt = [], {}
    if fmt == "md":
        lines += ["| 本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和 | " + " | ".join(COLS19) + " |",
                  "|" + " --- |" * 8]
    else:
        lines.append("项目" + "　" * 18 + "　".join(COLS19))
    for k, lab, _ in rows:
        if fmt == "md":
            pre = ("三、本年度办理结果 " if k == "gk" else "") + (G19[k] + " " if k in G19 else "")
            rt[k] = f"| {pre}{lab} | " + " | ".join(str(v) for v in printed[k]) + " |"
        else:
            if k == "gk":
                lines.append("三、本年度办理结果")
            if k in G19:
                lines.append(G19[k])
            rt[k] = lab + "  " + "  ".join(f"{v:>3}" for v in printed[k])
        lines.append(rt[k])
    text = "\n".join(lines)
    rels = []
    for k, _, _ in rows:
        if any(printed[k]):
            rels.append(mark(S(printed[k][6], printed[k][:6], rt[k], "T"), note))
    region = span_(text, rt["gk"], rt["tot"])
    cols = sorted({0, 6} | {c for (_, c) in (typo or {})})
    for c in cols:
        if printed["tot"][c]:
            rels.append(mark(S(printed["tot"][c], [printed[k][c] for k, _ in L19], region, "T"), note))
    bal = span_(text, rt["new"], rt["fwd"])
    for c in cols:
        if not printed["new"][c]:
            continue
        parts = [printed["tot"][c]] + ([printed["fwd"][c]] if printed["fwd"][c] else [])
        lhs = [printed["new"][c]] + ([printed["old"][c]] if printed["old"][c] else [])
        if len(lhs) == 1:
            rels.append(mark(S(lhs[0], parts, bal, "T") if len(parts) > 1 else E_(lhs + parts, bal), note))
        else:
            rels.append(mark(_bal(lhs, parts, bal), note))
    for r in rels:
        r["quote"] = r.pop("anchor")
    return text, rels, rt, full


def span_(text, a, b):
    i = text.index(a)
    return text[i:text.index(b, i) + len(b)]


def E_(values, q):
    from common import E
    return E(values, q, "T")


def _bal(lhs, parts, q):
    """新收 + 上年结转 = 总计 + 结转下年度, written as 新收 = 总计 + 结转 − 上年结转 (a negative part)."""
    from common import S
    return S(lhs[0], parts + [-x for x in lhs[1:]], q, "T")


def share_sum(rows, rowt, sc, tr=-1, planted=None):
    """T relation: a 占比 column's body cells add to the total row's printed share (100.0); `approx` when they
    miss it by rounding only, a note when a planted cell breaks it (`planted` says how)."""
    from common import S
    tr = tr % len(rows)
    body = [i for i in range(len(rows)) if i != tr]
    parts = [val(rows[i][sc]) for i in body]
    q = "\n".join(rowt[min(body[0], tr):max(body[-1], tr) + 1])
    total = val(rows[tr][sc])
    if planted:
        return S(total, parts, q, "T", bad=planted)
    return S(total, parts, q, "T", approx=abs(sum(parts) - total) > 1e-6)
