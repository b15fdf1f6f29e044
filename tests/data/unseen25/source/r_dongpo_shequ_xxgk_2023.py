from common import B, C, E, R, Report, S, span
from tables import gk_table
from u25 import addt

rep = Report("dongpo-shequ-xxgk-2023", "txt", "安宁区东坡街道东坡社区居民委员会", 2024, wrap=34,
             page_every=18, page_style="第{n}页",
             kind="东坡社区2023年居务公开和信息公开工作年度报告 (2024, 社区)",
             shape="txt wrapped at 34 with 第n页 footers; the national table space-aligned with 上年结转 1 and 结转 1, a planted 总计 cell (总计 row), 办结 6 = 新收 6 by chance, 居务 items by kind without 其中, a planted 回收率, 证明 and 居民代表会议 beside applications")
data = {"new": [5, 0, 0, 0, 0, 1], "old": [1, 0, 0, 0, 0, 0],
        "gk": [3, 0, 0, 0, 0, 1], "w1": [1, 0, 0, 0, 0, 0], "c1": [1, 0, 0, 0, 0, 0],
        "fwd": [1, 0, 0, 0, 0, 0]}
gk, trels, rows = gk_table(data, "txt", typo={("tot", 6): 7}, note="总计 row: 5 + 1 = 6, printed 7 (planted typo)")
rep.text = f"""
东坡社区2023年居务公开和信息公开工作年度报告

按照街道党工委关于基层政务公开标准化规范化建设的部署，现将本社区2023年居务公开和信息公开工作情况报告如下。

一、居务公开情况

全年在社区公开栏、居民微信群公布居务事项148项：党务36项，居务58项，财务54项。召开居民代表会议12次，为居民代办各类证明183件。

二、依申请公开情况

2023年社区收到信息公开申请6件（上年4件），增长50.0%。连同2022年结转的1件，全年需办理7件；年内办结6件，另有1件转入2024年继续办理。

办结的6件中，予以公开4件，无法提供1件，不予处理1件；予以公开的占66.7%。

三、收到和处理政府信息公开申请情况

{gk}

四、群众评议

年底向居民发放满意度问卷320份，收回302份，回收率95.4%；表示满意的281份。

五、存在问题和下一步打算

公开栏更新不及时的问题仍有发生，2024年将明确专人负责。
"""
t = rep.text
p = span(t, "2023年社区收到信息公开申请6件", "转入2024年继续办理")
q = span(t, "办结的6件中", "占66.7%")
rep.add(
    S(148, [36, 58, 54], span(t, "公布居务事项148项", "财务54项"), "F"),
    C(6, 50.0, span(t, "收到信息公开申请6件", "增长50.0%"), "A", prev=4),
    S(7, [6, 1], p, "H"),
    S(7, [6, 1], span(t, "全年需办理7件", "另有1件转入2024年继续办理"), "H"),
    S(6, [4, 1, 1], q, "F"),
    R(4, 6, 66.7, q, "C"),
    R(302, 320, 95.4, span(t, "发放满意度问卷320份", "回收率95.4%"), bad="302 / 320 = 94.4%, printed 95.4%"),
    B(281, 302, span(t, "收回302份", "满意的281份"), "E"),
    E([6, 6], span(t, "收到信息公开申请6件", rows["new"]), "H"),
)
addt(rep, trels)
rep.never("年内办结6件", "办结 6 = 新收 6 by chance: 办结 includes the carried-in 1 and leaves 1 over")
rep.never("召开居民代表会议12次，为居民代办各类证明183件", "meetings and certificates beside applications")
