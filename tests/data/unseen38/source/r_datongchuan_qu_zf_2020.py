from common import C, E, Report, R, S, span
from u38 import Doc, pc
import secs

rep = Report("datongchuan-qu-zf-2020", "html", "大同川市云冈湾区人民政府", 2021,
             kind="云冈湾区人民政府2020年法治政府建设情况报告 (2021, 法治政府建设, 山西 区政府)",
             shape="HTML paragraphs; 规范性文件 备案 (C), 执法 by 领域 'X、Y和Z分别为' (F) with the total after, 罚没款 (F), 双随机 (C), 复议 as 复议机关 with 应审结 = 受理 + 结转 (F, C, O), 应诉 with parts first and 合计 after (F, C), 信访 (C), 培训 (F, C), restatements (H); 疫情 防控 counts as traps")
d = Doc(rep, {}, we="区政府", typo={"ys.wd": 9}, note="the printed 原告撤诉 9件 (true 7) breaks the outcomes' sum (planted)")
d.p("<h1>云冈湾区人民政府2020年法治政府建设情况报告</h1>")
d.p("2020年，面对新冠肺炎疫情带来的严峻考验，区政府坚持在法治轨道上统筹推进疫情防控和经济社会发展，全区累计设置防控卡点46个、发布疫情防控通告17期，"
    "法治政府建设各项任务有序推进。")
d.p("<b>一、完善依法行政制度体系</b>")
d.p("全年区政府制定行政规范性文件9件，全部报送市政府和区人大常委会备案，按时报备9件，报备及时率100%；区政府部门制定的规范性文件21件报区司法局备案审查，"
    "审查中发现问题并督促纠正3件，纠正率" + pc(3, 21) + "%。")
d.r(R(9, 9, 100, None, "C"), "规范性文件9件", "报备及时率100%")
d.r(R(3, 21, float(pc(3, 21)), None, "C"), "规范性文件21件", "纠正率" + pc(3, 21) + "%")
d.m("normative_docs.issued", 9, "件", "制定行政规范性文件9件")
d.p("<b>二、严格规范公正文明执法</b>")
d.p("全区行政执法机关在市场监管、生态环境和城市管理领域作出的行政处罚分别为1,213件、86件和764件，加上其他领域的352件，全区共作出行政处罚2,415件，"
    "同比下降6.1%；罚没款共计2,036.58万元，其中罚款1,884.90万元，没收违法所得151.68万元。")
d.r(S(2415, [1213, 86, 764, 352], None, "F"), "分别为1,213件", "共作出行政处罚2,415件")
d.r(C(2415, -6.1, None, "O"), "共作出行政处罚2,415件", "下降6.1%")
d.r(S(2036.58, [1884.90, 151.68], None, "F"), "罚没款共计2,036.58万元", "没收违法所得151.68万元")
d.m("penalties.count", 2415, "件", "共作出行政处罚2,415件")
d.m("penalties.amount", 2036.58, "万元", "罚没款共计2,036.58万元")
secs.random_checks(d, tasks=133, joint=38, firms=2912, found=214)
d.p("<b>三、依法化解社会矛盾</b>")
secs.fuyi_gov(d, 0, "区政府", accepted=36, refused=3, told=1, respond=[("区政府部门", 29), ("乡镇（街道）", 7)],
              closed_parts=[17, 4, 3, 1, 2, 0, 3, 5], old=2, prev_recv=33)
secs.yingsu(d, 2, "", first=42, second=11, win=31, lose=4, wd=7, pend=11, should=27, came=25)
d.p("全年区信访局受理群众来信来访1,427件次，按期办结1,398件次，按期办结率" + pc(1398, 1427) + "%。")
d.r(R(1398, 1427, float(pc(1398, 1427)), None, "C"), "1,427件次", pc(1398, 1427) + "%")
d.p("<b>四、提高依法行政能力</b>")
secs.training(d, 0, "全区", 24, 9, 3150, 1672, 1629)
d.p("<b>五、存在的问题和下一步打算</b>")
d.p(f"一是行政执法能力与新形势要求还有差距，全区{2415:,}件行政处罚中有部分案卷存在程序瑕疵；二是行政应诉工作仍需加强，{d.s('ys.n')}件行政诉讼案件中败诉{d.s('ys.lose')}件。"
    "下一步，区政府将以创建省级法治政府建设示范区为抓手，推动法治政府建设再上新台阶。")
rep.text = "<html><body>\n" + "\n".join(p if p.startswith("<h1") else f"<p>{p}</p>" for p in d.parts) + "\n</body></html>"
t = rep.text
rep.add(E([2415, 2415], span(t, "共作出行政处罚2,415件", "全区2,415件行政处罚"), "H"),
        E([d.f("ys.n")] * 2, span(t, f"合计{d.s('ys.n')}件", f"{d.s('ys.n')}件行政诉讼案件"), "H"),
        E([d.f("ys.lose")] * 2, span(t, f"败诉{d.s('ys.lose')}件", f"中败诉{d.s('ys.lose')}件"), "H"))
rep.never("防控卡点46个、发布疫情防控通告17期", "counts of another kind")
