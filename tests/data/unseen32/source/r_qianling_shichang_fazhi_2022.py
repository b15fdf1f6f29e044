from common import C, E, R, Report, S, span
from u32 import addt, gr, pc, tgrid

rep = Report("qianling-shichang-fazhi-2022", "html", "黔岭县市场监督管理局", 2023,
             kind="黔岭县市场监督管理局2022年法治政府建设情况报告 (2023, 法治政府 年度报告, 贵州 county 市场监管局)",
             shape="HTML; a table of 执法 by 领域 with 案件数/罚没款/占比 and a 合计 row (T: column sums, a planted 案件 合计; 占比 over the 合计 罚没款), prose restating the 案件 total (H, against the planted cell), 食品 share of 案件 (C), 行政许可 with 其中 (F), 市场主体 growth, 持证率, 罚没款 growth, 被申请复议 by 决定 (O), 首违不罚 (a trap)")
body = [["食品", "126", "186.42"], ["药品医疗器械", "38", "64.15"], ["特种设备", "22", "18.60"], ["价格", "31", "42.38"],
        ["商标广告", "47", "53.27"], ["其他", "58", "41.18"]]
tot = 406.00
rows = [[*r, pc(float(r[2]), tot)] for r in body] + [["合计", "332", "406.00", "100.0"]]
tab, trels, rowt = tgrid(["执法领域", "立案查处（件）", "罚没款（万元）", "占比（%）"], rows, "html", col_sums=(1, 2))
for r in trels:
    if r.get("note"):
        r["note"] = "the 案件 column adds to 322, 合计 printed 332 (a slipped digit; the prose gives 322)"
for i, r in enumerate(body):
    trels.append(R(float(r[2]), tot, float(rows[i][3]), "\n".join(rowt[i:]), "T"))
rep.text = f"""<html><head><meta charset="utf-8"><title>黔岭县市场监督管理局2022年法治政府建设情况报告</title></head><body>
<h2>黔岭县市场监督管理局2022年法治政府建设情况报告</h2>
<p>黔市监发〔2023〕7号</p>
<p>2022年，我局坚持以习近平法治思想为指导，深入推进市场监管领域法治建设，现将有关情况报告如下。</p>
<h3>一、深化“放管服”改革，依法实施行政许可</h3>
<p>全年办理各类行政许可事项4,862件，按时办结率100%，其中食品经营许可2,316件、药品经营许可184件、特种设备使用登记1,062件、其他许可1,300件。年末全县实有市场主体5.86万户，比上年末增长{gr(58600, 54100)}%。</p>
<h3>二、严格规范公正文明执法</h3>
<p>全年立案查处各类违法案件322件，结案309件，罚没款406.00万元，比上年增长{gr(406.00, 361.24)}%。其中食品领域案件126件，占全部案件的{pc(126, 322)}%。对首次轻微违法且及时改正的86户次依法不予处罚。分领域情况见下表：</p>
{tab}
<h3>三、加强执法队伍建设</h3>
<p>全局在编执法人员168名，取得执法证件152名，持证率{pc(152, 168)}%。全年组织法治专题培训8场次，参训516人次；领导班子集体学法4次。</p>
<h3>四、行政复议和行政诉讼</h3>
<p>全年我局被申请行政复议4件，复议机关维持3件、撤销1件，被撤销案件已按要求重新作出处理；被提起行政诉讼2件，均胜诉。重大执法决定法制审核36件，审核率100%。</p>
<h3>五、下一步工作</h3>
<p>2023年将持续推行“双随机、一公开”监管，力争随机抽查事项覆盖率达到100%。</p>
</body></html>"""
t = rep.text
addt(rep, trels)
rep.add(
    E([322, 332], span(t, "立案查处各类违法案件322件", rowt[-1]), "H", bad="the prose gives 322, the table's 合计 332 (planted)"),
    S(4862, [2316, 184, 1062, 1300], span(t, "办理各类行政许可事项4,862件", "其他许可1,300件"), "F"),
    C(58600, float(gr(58600, 54100)), span(t, "实有市场主体5.86万户", "增长" + gr(58600, 54100) + "%")),
    C(406.00, float(gr(406.00, 361.24)), span(t, "罚没款406.00万元", "增长" + gr(406.00, 361.24) + "%")),
    R(126, 322, float(pc(126, 322)), span(t, "立案查处各类违法案件322件", "占全部案件的" + pc(126, 322) + "%"), "C"),
    R(152, 168, float(pc(152, 168)), span(t, "在编执法人员168名", "持证率" + pc(152, 168) + "%")),
    S(4, [3, 1], span(t, "被申请行政复议4件", "撤销1件")),
)
rep.never("按时办结率100%", "over 办结 not printed")
rep.never("对首次轻微违法且及时改正的86户次依法不予处罚", "首违不罚 counts in 户次, not a part of the 案件")
rep.never("审核率100%", "over a count of 重大执法决定 not printed")
