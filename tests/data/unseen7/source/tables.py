"""Tables printed as text (``|`` rows, space-aligned, Markdown, HTML) with the relations they state."""

from __future__ import annotations

from dataclasses import dataclass, field


def fmt(v) -> str:
    return str(v)


@dataclass
class Table:
    """Rows of cells under a header.

    ``rows``: (label, cells) with cells as printed (numbers or strings); ``sums``: relations the
    table states, as ("row", label, total index, part indexes), ("col", col index, total label,
    part labels), with the pattern letter T. ``before``/``after``: text printed around the rows.
    """

    header: list[str]
    rows: list[tuple[str, list]]
    style: str = "pipe"
    before: str = ""
    after: str = ""
    sums: list[tuple] = field(default_factory=list)
    html_head: str = ""
    widths: int = 8
    _spans: dict = field(default_factory=dict)

    def _line(self, label: str, cells: list, head: bool = False) -> tuple[str, int]:
        """The printed row and the offset where its label starts."""
        cs = [fmt(c) for c in cells]
        if self.style == "pipe":
            s = "| " + " | ".join([label, *cs]) + " |"
            return s, 2
        if self.style == "md":
            s = "| " + " | ".join([label, *cs]) + " |"
            return s, 2
        if self.style == "space":
            pad = max(len(r[0]) for r in self.rows) + 2
            lab = label + "\u3000" * max(pad - len(label), 1)
            return lab + "".join(c.rjust(self.widths) for c in cs), 0
        if self.style == "tab":
            return "\t".join([label, *cs]), 0
        if self.style == "html":
            tag = "th" if head else "td"
            s = "<tr>" + "".join(f"<{tag}>{x}</{tag}>" for x in [label, *cs]) + "</tr>"
            return s, 8
        raise ValueError(self.style)

    def render(self) -> str:
        out = self.before
        if self.style == "html":
            out += "<table border=\"1\">\n"
            out += self.html_head or (self._line(self.header[0], self.header[1:], head=True)[0] + "\n")
        elif self.header:
            out += self._line(self.header[0], self.header[1:])[0] + "\n"
            if self.style == "md":
                out += "|" + "---|" * len(self.header) + "\n"
        for label, cells in self.rows:
            line, lab = self._line(label, cells)
            last = line.rfind(fmt(cells[-1])) + len(fmt(cells[-1])) if cells else len(line)
            self._spans[label] = (len(out) + lab, len(out) + last)
            out += line + "\n"
        if self.style == "html":
            out += "</table>\n"
        return out + self.after

    def cell(self, label: str, i: int) -> float:
        for lab, cells in self.rows:
            if lab == label:
                v = cells[i]
                v = str(v).replace(",", "")
                return float(v) if "." in v else int(v)
        raise KeyError(label)

    def relations(self, offset: int) -> list[dict]:
        rels = []
        for spec in self.sums:
            if spec[0] == "row":
                _, label, ti, pis, rid = spec[:5]
                s, e = self._spans[label]
                total = self.cell(label, ti)
                parts = [self.cell(label, i) for i in pis]
            elif spec[0] == "col":
                _, ci, tlabel, plabels, rid = spec[:5]
                spans = [self._spans[x] for x in [tlabel, *plabels]]
                s, e = min(a for a, _ in spans), max(b for _, b in spans)
                total = self.cell(tlabel, ci)
                parts = [self.cell(x, ci) for x in plabels]
            elif spec[0] == "bound":
                _, label, si, li, rid = spec[:5]
                s, e = self._spans[label]
                small, large = self.cell(label, si), self.cell(label, li)
                rels.append({"id": rid, "kind": "bound", "smaller": small, "larger": large,
                             "q": ("@", offset + s, offset + e), "holds": small <= large, "pattern": "T"})
                continue
            elif spec[0] == "ratio":
                _, label, ni, di, pi, rid = spec[:6]
                s, e = self._spans[label]
                num, den, p = self.cell(label, ni), self.cell(label, di), self.cell(label, pi)
                rel = {"id": rid, "kind": "ratio", "numerator": num, "denominator": den, "percent": p,
                       "q": ("@", offset + s, offset + e), "pattern": "T"}
                from mutate import holds
                rel["holds"] = holds(rel)
                rels.append(rel)
                continue
            else:
                raise ValueError(spec)
            ok = abs(sum(parts) - total) < 1e-6
            rel = {"id": rid, "kind": "sum", "total": total, "parts": parts,
                   "q": ("@", offset + s, offset + e), "holds": ok, "pattern": "T"}
            if not ok:  # a planted cell: say what the printed cells add up to
                rel["why"] = f"{' + '.join(map(str, parts))} = {round(sum(parts), 2)}, printed {total}"
            rels.append(rel)
        return rels


LEAVES_2021 = [
    ("（一）予以公开", None),
    ("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", None),
    ("（三）不予公开", "1.属于国家秘密"),
    ("", "2.其他法律行政法规禁止公开"),
    ("", "3.危及“三安全一稳定”"),
    ("", "4.保护第三方合法权益"),
    ("", "5.属于三类内部事务信息"),
    ("", "6.属于四类过程性信息"),
    ("", "7.属于行政执法案卷"),
    ("", "8.属于行政查询事项"),
    ("（四）无法提供", "1.本机关不掌握相关政府信息"),
    ("", "2.没有现成信息需要另行制作"),
    ("", "3.补正后申请内容仍不明确"),
    ("（五）不予处理", "1.信访举报投诉类申请"),
    ("", "2.重复申请"),
    ("", "3.要求提供公开出版物"),
    ("", "4.无正当理由大量反复申请"),
    ("", "5.要求行政机关确认或重新出具已获取信息"),
    ("（六）其他处理", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
    ("", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
    ("", "3.其他"),
]

COLS = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]


def xxgk_application_table(new: list, carried: list, leaves: list[list], carry_out: list, style: str,
                           prefix: str = "t", override: dict | None = None, before: str = "",
                           after: str = "", balance: bool = False, html_head: str = "",
                           extra_cols: tuple = ()) -> Table:
    """The national 政府信息公开 application table (six applicant columns and 总计).

    ``leaves``: the 21 result rows (six cells each). ``override``: {(row label, col): printed value}
    for planted errors. Relations: every nonzero row's 总计, the 自然人 and 总计 columns over the
    result rows, and (``balance``) 新收 + 结转 = 办结 + 结转下年 where one carry is 0.
    """
    override = override or {}
    rows: list[tuple[str, list]] = []

    def add(label: str, cells: list) -> None:
        cells = [*cells, sum(cells)]
        for (lab, col), v in override.items():
            if lab == label:
                cells[col] = v
        rows.append((label, cells))

    add("一、本年新收政府信息公开申请数量", new)
    add("二、上年结转政府信息公开申请数量", carried)
    labels = []
    group = ""
    for (g, item), cells in zip(LEAVES_2021, leaves, strict=True):
        group = g or group
        if item is None:
            label = ("三、本年度办理结果 " if g.startswith("（一）") else "") + g
        else:
            label = (g + " " if g else "") + item
        labels.append(label)
        add(label, cells)
    totals = [sum(col) for col in zip(*leaves, strict=True)]
    add("（七）总计", totals)
    add("四、结转下年度继续办理", carry_out)
    t = Table(header=["项目", *COLS], rows=rows, style=style, before=before, after=after, html_head=html_head)
    n = 0
    for label, cells in rows:
        if any(float(c) for c in cells):
            n += 1
            t.sums.append(("row", label, 6, [0, 1, 2, 3, 4, 5], f"{prefix}{n}"))
    n += 1
    t.sums.append(("col", 0, "（七）总计", labels, f"{prefix}{n}"))
    n += 1
    t.sums.append(("col", 6, "（七）总计", labels, f"{prefix}{n}"))
    if balance:
        n += 1
        first = "一、本年新收政府信息公开申请数量"
        if sum(carried) == 0:
            t.sums.append(("col", 6, first, ["（七）总计", "四、结转下年度继续办理"], f"{prefix}{n}"))
        else:
            t.sums.append(("col", 6, "（七）总计", ["一、本年新收政府信息公开申请数量",
                                                   "二、上年结转政府信息公开申请数量"], f"{prefix}{n}"))
    for ci in extra_cols:  # the column of a planted cell outside 自然人 and 总计
        n += 1
        t.sums.append(("col", ci, "（七）总计", labels, f"{prefix}{n}"))
    return t


def leaves_from(d: dict) -> list[list]:
    """21 result rows from {index: six cells}; missing rows are zeros."""
    return [list(d.get(i, [0] * 6)) for i in range(21)]


def review_table(rows: dict, style: str, prefix: str = "v", before: str = "", after: str = "") -> Table:
    """行政复议/行政诉讼 table: rows {label: [维持, 纠正, 其他, 尚未审结, 总计]} with row sums."""
    t = Table(header=["项目", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计"],
              rows=[(k, v) for k, v in rows.items()], style=style, before=before, after=after)
    n = 0
    for k, v in rows.items():
        if any(float(c) for c in v):
            n += 1
            t.sums.append(("row", k, 4, [0, 1, 2, 3], f"{prefix}{n}"))
    return t
