from common import E, Report, R, S, span
from u38 import Doc, pc
import secs

rep = Report("beihaichuan-zhen-2022", "txt", "北海川市合浦湾县石湾镇人民政府", 2023, half=True,
             kind="石湾镇人民政府2022年法治政府建设工作报告 (2023, 法治政府建设, 广西 镇)",
             shape="txt copied from a web page, half-width punctuation; 综合行政执法 by kind first and 合计 after (F) with 较上年的 (A), 罚没款 '分别为' (F), 矛盾纠纷 排查 调处 (F, C, E), 法律顾问 审查 (F), 普法 share (C) and 资料 (F), 村 法律明白人 (F), a restatement (H); 村 counts and 电话 as traps")
d = Doc(rep, {}, we="镇政府", sep=False)
d.p("石湾镇人民政府2022年法治政府建设工作报告")
d.p("合浦湾县人民政府:\n2022年,石湾镇党委、政府坚持以习近平法治思想为指导,认真落实县委、县政府关于法治政府建设的部署,全镇辖15个村(社区)、户籍人口4.6万人,"
    "各项工作依法有序推进。现将有关情况报告如下。")
d.p("一、推进综合行政执法")
secs.penalty(d, 1, [("责令改正并处罚款", 37), ("警告", 22), ("没收违法物品", 6)], 8.46, 0.94, prev=51)
d.p("二、依法化解矛盾纠纷")
d.p("全年排查矛盾纠纷286件,调处成功279件,调处成功率" + pc(279, 286) + "%;其中土地山林纠纷97件、婚姻家庭纠纷64件、邻里纠纷78件、其他纠纷47件。"
    "对调处不成的7件纠纷,全部引导当事人通过诉讼、仲裁等途径解决。")
d.r(S(286, [97, 64, 78, 47], None, "F"), "矛盾纠纷286件", "其他纠纷47件")
d.r(R(279, 286, float(pc(279, 286)), None, "C"), "矛盾纠纷286件", pc(279, 286) + "%")
d.r(S(286, [279, 7], None, "F"), "矛盾纠纷286件", "调处不成的7件")
d.p("三、重大事项合法性审查")
d.p("镇政府法律顾问全年审查合同协议31份、信访答复意见18份、其他文件9份,共计58份,提出法律意见46条。")
d.r(S(58, [31, 18, 9], None, "F"), "合同协议31份", "共计58份")
d.p("四、法治宣传教育")
secs.pufa(d, 1, events=42, week=8, leaflets=6400, books=600, people="1.1万")
d.p("全镇培育“法律明白人”143名,其中村(社区)干部52名、网格员47名、其他群众44名。")
d.r(S(143, [52, 47, 44], None, "F"), "法律明白人”143名", "其他群众44名")
d.p("五、存在问题和下一步打算")
d.p(f"镇综合行政执法队仅有执法人员6名,全年办理的{d.s('pen.total')}件行政处罚案件中,部分案件调查取证不够规范。下一步,我镇将加强与县直执法部门的协作,"
    "镇综治中心值班电话0779-7213566全天候受理群众诉求。")
d.p("石湾镇人民政府\n2023年1月10日")
rep.text = d.text()
t = rep.text
rep.add(E([d.f("pen.total")] * 2, span(t, f"合计{d.s('pen.total')}件", f"办理的{d.s('pen.total')}件"), "H"))
rep.never("15个村(社区)、户籍人口4.6万人", "counts of villages and people")
rep.never("执法人员6名", "a count of staff")
rep.never("0779-7213566", "a telephone number")
