from common import B, C, E, R, Report, S, span
from u39 import addt, gr, n, pc, share_sum, shares, tgrid

rep = Report("sanyawan-12345-lvyou-2024", "txt", "三亚湾市12345政务服务便民热线工作办公室", 2025, enc="utf-16", dest="enc",
             kind="三亚湾市12345热线2024年涉旅诉求专题分析 (2025, 12345 专题分析 旅游, 海南 市, UTF-16)",
             shape="UTF-16 txt with BOM; 涉旅 诉求 share of 受理 (C), 旺季 = 1月 + 2月 + 春节 … stated as 其中 parts of a named whole (F), a space-aligned table of 涉旅 类别 with 件数 / 占比 / 同比 and a 合计 row (T: column sum, share per row; a planted 合计), 投诉 退赔 金额 万元 with 户均 (G), 先行赔付 (F), 境外 游客 share (C), 办结 within 24小时 rate (C), 同比 with the previous in brackets (A); 游客 接待 人次 and 酒店 counts as traps")
cats = [("酒店民宿", 5126, 8.4), ("景区景点", 3817, -2.6), ("旅游购物", 2264, -11.3), ("餐饮", 1938, 5.2),
        ("交通出行", 2715, 14.7), ("旅行社及导游", 1047, -6.9), ("其他", 1386, 3.1)]
L = sum(c[1] for c in cats)
rows = [[c[0], n(c[1]), pc(c[1], L), f"{c[2]}"] for c in cats] + [["合计", n(L + 10), "100.0", gr(L, 17954)]]
tab, trels, rowt = tgrid(["涉旅类别", "件数", "占比（%）", "同比（%）"], rows, "txt", col_sums=(1,))
srels = shares(rows, rowt, 1, 2, -1)
ACC = 286415
rep.text = f"""三亚湾市12345热线2024年涉旅诉求专题分析

三亚湾市12345政务服务便民热线工作办公室　2025年1月15日

　　一、基本情况

　　2024年，全市接待游客3,286.4万人次，市12345热线共受理各类诉求{n(ACC)}件，其中涉旅诉求{n(L)}件，占{pc(L, ACC)}%，比上年（{n(17954)}件）增长{gr(L, 17954)}%。

　　旅游旺季诉求集中。1月、2月和12月受理涉旅诉求分别为{n(2316)}件、{n(2847)}件和{n(1958)}件，三个月合计{n(7121)}件，占全年涉旅诉求的{pc(7121, L)}%；其中春节黄金周（2月10日至17日）受理{n(1392)}件。

　　二、诉求构成

{tab}

　　从来源看，境外游客诉求{n(684)}件，占涉旅诉求的{pc(684, L)}%，主要涉及免签入境后的支付和语言服务。

　　三、处置成效

　　全年通过热线协调为游客退赔金额共计486.37万元，涉及投诉{n(3162)}件，件均{pc(486.37, 3162, 0, 10000)}元。对{n(412)}件涉旅投诉启动先行赔付，赔付金额58.64万元，其中景区{n(137)}件、酒店民宿{n(186)}件、其他{n(89)}件。

　　涉旅诉求24小时内办结{n(15217)}件，24小时办结率{pc(15217, L)}%。全市共有旅游饭店和民宿2,863家。

　　四、工作建议

　　建议文旅、市场监管部门在旺季前开展酒店价格专项检查，并将投诉量前10名的经营单位向社会公布。
"""
t = rep.text
addt(rep, trels)
addt(rep, srels)
rep.add(share_sum(rows, rowt, 2))
rep.add(
    R(L, ACC, float(pc(L, ACC)), span(t, f"受理各类诉求{n(ACC)}件", f"占{pc(L, ACC)}%"), "C"),
    C(L, float(gr(L, 17954)), span(t, f"涉旅诉求{n(L)}件", f"增长{gr(L, 17954)}%"), "A", prev=17954),
    E([float(gr(L, 17954))] * 2, span(t, f"增长{gr(L, 17954)}%", rowt[-1]), "H"),
    S(7121, [2316, 2847, 1958], span(t, f"分别为{n(2316)}件", f"三个月合计{n(7121)}件"), "B"),
    R(7121, L, float(pc(7121, L)), span(t, f"涉旅诉求{n(L)}件", f"占全年涉旅诉求的{pc(7121, L)}%"), "C"),
    B(1392, 2847, span(t, f"{n(2847)}件", f"受理{n(1392)}件"), "E"),
    E([L, L + 10], span(t, f"涉旅诉求{n(L)}件", rowt[-1]), "H", bad=f"the prose gives 涉旅诉求 {n(L)}件, the table's 合计 prints {n(L + 10)} (planted)"),
    R(684, L, float(pc(684, L)), span(t, f"涉旅诉求{n(L)}件", f"占涉旅诉求的{pc(684, L)}%"), "C"),
    R(486.37, 3162, int(pc(486.37, 3162, 0, 10000)), span(t, "退赔金额共计486.37万元", f"件均{pc(486.37, 3162, 0, 10000)}元"), "G", per=10000),
    S(412, [137, 186, 89], span(t, f"对{n(412)}件涉旅投诉", f"其他{n(89)}件"), "F"),
    R(15217, L, float(pc(15217, L)), span(t, f"涉旅诉求{n(L)}件", f"24小时办结率{pc(15217, L)}%"), "C"),
)
rep.never("接待游客3,286.4万人次", "visitors in no relation")
rep.never("旅游饭店和民宿2,863家", "a count of businesses")
rep.never("投诉量前10名", "a rank")
rep.metric("hotline.requests", ACC, "件", f"市12345热线共受理各类诉求{n(ACC)}件")
