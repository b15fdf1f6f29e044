from common import E, R, Report, S, span
from u34 import addt, pc, tgrid

rep = Report("putian-jd-fzzf-2020", "md", "莆田湾市城厢湾区龙桥街道办事处", 2021,
             kind="龙桥街道办事处2020年法治政府建设工作报告 (2021, 法治政府建设, 福建 街道办事处)",
             shape="Markdown with bullet lists; a small table of 网格 事件 by 类别 with 上报 / 办结 / 办结率% and a 合计 row (T: column sums, the rate per row), prose: 疫情 防控 执法 with 人次/家次/起 (a trap), 分别 over a list spanning two sentences (B), 同比 with the previous (A), 普法 (F), 村居 法律顾问 (F)")
rows = [["矛盾纠纷", 642, 631], ["安全隐患", 1208, 1196], ["环境卫生", 2317, 2317], ["违章搭建", 186, 171], ["其他", 459, 452]]
for r in rows:
    r.append(pc(r[2], r[1]))
rows.append(["合计", 4812, 4767, pc(4767, 4812)])
tab, trels, rt = tgrid(["事件类别", "上报（件）", "办结（件）", "办结率（%）"], rows, "md", col_sums=(1, 2), rates=((3, 2, 1),))
t = f"""# 龙桥街道办事处2020年法治政府建设工作报告

*来源：龙桥街道办事处　日期：2021-01-28*

2020年，龙桥街道坚持以习近平新时代中国特色社会主义思想为指导，统筹推进疫情防控和经济社会发展，把法治建设贯穿基层治理全过程。

## 一、强化组织保障

- 街道党工委全年专题研究法治建设工作3次，制定《龙桥街道2020年法治建设工作要点》；
- 街道辖12个社区和5个村，17个村居全部聘请法律顾问，法律顾问全年提供法律咨询1,264人次、参与调解纠纷83起；
- 组织街道机关和村居干部旁听庭审1次，参加人员42人。

## 二、依法推进疫情防控

疫情期间，街道组织执法人员对辖区商超、农贸市场、餐饮店等开展检查，累计出动人员3,860人次、检查经营场所6,415家次，劝导未佩戴口罩人员1.2万人次，依法查处违反防控规定案件27起。

## 三、网格化服务管理

全年通过网格化平台上报各类事件4,812件，办结4,767件，办结率{pc(4767, 4812)}%，较上年提高1.2个百分点。分类情况见下表：

{tab}

## 四、普法依法治理

全年开展“法律进社区”等普法活动126场次，其中“宪法宣传周”活动24场次、民法典专题宣讲57场次、其他主题45场次。街道矛盾纠纷调解中心受理纠纷642起，分别为邻里纠纷218起、婚姻家庭纠纷135起、物业纠纷169起。其余120起为劳动争议和其他纠纷。

## 五、存在问题和下步打算

网格员法律素养有待提高，2021年计划开展网格员法治培训不少于4期；信访总量较上年下降，但重复信访比例仍达18%。

龙桥街道办事处
2021年1月26日
"""
rep.text = t
addt(rep, trels)
rep.add(
    S(17, [12, 5], span(t, "街道辖12个社区和5个村", "17个村居"), "F"),
    E([4812, 4812], span(t, "上报各类事件4,812件", rt[-1]), "H"),
    E([4767, 4767], span(t, "办结4,767件", rt[-1]), "H"),
    R(4767, 4812, float(pc(4767, 4812)), span(t, "上报各类事件4,812件", f"办结率{pc(4767, 4812)}%"), "O"),
    S(126, [24, 57, 45], span(t, "普法活动126场次", "其他主题45场次"), "F"),
    S(642, [218, 135, 169, 120], span(t, "受理纠纷642起", "其余120起"), "B"),
)
rep.never("累计出动人员3,860人次、检查经营场所6,415家次，劝导未佩戴口罩人员1.2万人次", "three units of one effort: not parts")
rep.never("较上年提高1.2个百分点", "last year's 办结率 not printed")
rep.never("重复信访比例仍达18%", "over 信访总量 not printed")
rep.never("受理纠纷642起", "the 调解中心's 642 and the table's 矛盾纠纷 上报 642: equal by chance, two different counts")
rep.never("参与调解纠纷83起", "法律顾问's share of mediation, not a part of the table's 642 (a different count)")
# headline figures (metric-keys.yaml keys), added by met27
rep.metric('inspections.staff_deployed', 3860, '人次', '累计出动人员3,860人次')
