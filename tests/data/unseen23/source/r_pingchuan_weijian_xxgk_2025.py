from common import C, E, Report, S, span

# The application table as a PDF copy gives it: each cell on a line of its own, long labels broken.
COLS = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]
ROWS = [("一、本年新收政府信息公开申请数量", [29, 4, 1, 2, 0, 1]),
        ("二、上年结转政府信息公开申请数量", [5, 1, 0, 0, 0, 0]),
        ("（一）予以公开", [11, 2, 0, 1, 0, 0]),
        ("（二）部分公开（区分处理的，只计这一\n情形，不计其他情形）", [6, 2, 1, 0, 0, 0], 8),
        ("（三）不予公开\n4.保护第三方合法权益", [2, 0, 0, 0, 0, 0]),
        ("（四）无法提供\n1.本机关不掌握相关政府\n信息", [8, 1, 0, 1, 0, 1]),
        ("（五）不予处理\n1.信访举报投诉类申请", [3, 0, 0, 0, 0, 0]),
        ("（七）总计", [30, 4, 1, 2, 0, 1]),
        ("四、结转下年度继续办理", [4, 1, 0, 0, 0, 0])]
blocks = {}
lines = ["申请人情况", "自然人", "法人或其他组织", "总计", "商业", "企业", "科研", "机构", "社会公", "益组织", "法律服", "务机构", "其他"]
for lab, cells, *tot in ROWS:
    b = "\n".join([lab, *map(str, cells), str(tot[0] if tot else sum(cells))])
    blocks[lab.split("\n")[0]] = b
    lines.append(b)
tab = "\n".join(lines)
rep = Report("pingchuan-weijian-xxgk-2025", "txt", "平川市卫生健康委员会", 2026, wrap=33, page_every=26,
             page_style="— {n} —",
             kind="平川市卫生健康委员会2025年政府信息公开工作年度报告 (2026)",
             shape="PDF copy wrapped at 33 with — n — footers; the application table copied from a PDF with every cell on a line of its own and labels broken; carry-in 6, carry-out 5; prose restating it; hospitals and beds beside applications; a planted 部分公开 total")
rep.text = f"""
平川市卫生健康委员会2025年政府信息公开工作年度报告

一、总体情况

2025年，市卫生健康委在委门户网站主动公开信息1,386条，较上年增加112条，增长8.8%。全市二级以上公立医院23家、编制床位1.42万张，医疗服务价格、药品耗材集中采购结果全部在院务公开栏目公示。

依申请公开方面，本年度新收申请37件，上年结转6件，合计43件。办结38件，结转下年度5件。办结的38件中，予以公开14件，部分公开8件，不予公开2件，无法提供11件，不予处理3件。予以公开和部分公开的占57.9%，较上年提高4.2个百分点。

新收申请中，自然人29件，商业企业4件，科研机构1件，社会公益组织2件，其他1件；其中涉及医疗纠纷、病历复印等事项的11件，已告知申请人通过医疗机构病历管理渠道办理。

二、收到和处理政府信息公开申请情况

{tab}

三、政府信息公开行政复议、行政诉讼情况

本年度未发生因政府信息公开引发的行政复议、行政诉讼。
"""
t = rep.text
rep.add(
    C(1386, 8.8, span(t, "主动公开信息1,386条", "增长8.8%"), "A"),
    S(43, [37, 6], span(t, "新收申请37件", "合计43件"), "O"),
    S(43, [38, 5], span(t, "合计43件", "结转下年度5件"), "E"),
    S(38, [14, 8, 2, 11, 3], span(t, "办结的38件中", "不予处理3件"), "F"),
    S(37, [29, 4, 1, 2, 1], span(t, "本年度新收申请37件", "其他1件；"), "F"),
    S(37, [29, 4, 1, 2, 0, 1], blocks["一、本年新收政府信息公开申请数量"], "T"),
    S(6, [5, 1, 0, 0, 0, 0], blocks["二、上年结转政府信息公开申请数量"], "T"),
    S(14, [11, 2, 0, 1, 0, 0], blocks["（一）予以公开"], "T"),
    S(8, [6, 2, 1, 0, 0, 0], blocks["（二）部分公开（区分处理的，只计这一"], "T", bad="6 + 2 + 1 = 9, printed 8 (商业企业 1 typed 2)"),
    S(2, [2, 0, 0, 0, 0, 0], blocks["（三）不予公开"], "T"),
    S(11, [8, 1, 0, 1, 0, 1], blocks["（四）无法提供"], "T"),
    S(38, [30, 4, 1, 2, 0, 1], blocks["（七）总计"], "T"),
    S(5, [4, 1, 0, 0, 0, 0], blocks["四、结转下年度继续办理"], "T"),
    S(38, [14, 8, 2, 11, 3], span(t, "（一）予以公开", "（七）总计\n30\n4\n1\n2\n0\n1\n38"), "T"),
    S(30, [11, 6, 2, 8, 3], span(t, "（一）予以公开", "（七）总计\n30"), "T"),
    E([38, 38], span(t, "办结38件", "（七）总计\n30\n4\n1\n2\n0\n1\n38"), "H"),
)
rep.never("予以公开和部分公开的占57.9%", "a share of a sum not printed: (14 + 8) / 38 = 57.9 holds")
rep.never("较上年提高4.2个百分点", "last year's share not printed")
rep.never("其中涉及医疗纠纷、病历复印等事项的11件", "a subject count that overlaps the outcomes; 11 equals 无法提供 by chance")
rep.never("二级以上公立医院23家、编制床位1.42万张", "hospitals and beds, not applications")
