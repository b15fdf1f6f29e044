from common import B, R, Report, S

rep = Report("qiaotou-jiedao-2023", "md", "溪川区桥头街道办事处", 2024,
             kind="桥头街道2023年法治政府建设工作报告 (2024, 浙江 style street)", shape="Markdown, 其中 after an amount breaking down the cases before it, persons beside 批, cumulative training, a planted 办结率")
rep.text = """
# 桥头街道2023年法治政府建设工作报告

## 一、基本情况

桥头街道下辖16个社区，常住人口12.46万人，其中流动人口4.83万人。

## 二、主要做法和成效

（一）基层治理。依托“基层治理四平台”全年受理各类事件8,642件，办结8,605件，办结率99.8%。

（二）综合行政执法。全年查处案件236件，罚没款68.4万元，其中简易程序案件174件、一般程序案件62件。

（三）矛盾纠纷化解。调解矛盾纠纷1,046起，调解成功1,021起，成功率97.6%。全年接待群众来信来访218批352人次。

（四）法治宣传。“七五”普法以来累计培训4,260人次；16个社区均已落实“一村（社）一法律顾问”，法律顾问全年审查合同43份。
"""
rep.text = rep.text.rstrip("\n") + """

（五）行政复议和诉讼。以街道为被申请人的行政复议案件6件，其中维持4件、终止2件；行政诉讼案件3件，较上年的5件减少2件，下降40.0%。流动人口占常住人口的38.8%。
"""
rep.add(
    B(48300, 124600, "常住人口12.46万人，其中流动人口4.83万人", "D"),
    R(8605, 8642, 99.8, "受理各类事件8,642件，办结8,605件，办结率99.8%", bad="8,605 / 8,642 = 99.6%, printed 99.8%"),
    B(8605, 8642, "受理各类事件8,642件，办结8,605件", "E"),
    S(236, [174, 62], "查处案件236件，罚没款68.4万元，其中简易程序案件174件、一般程序案件62件"),
    R(1021, 1046, 97.6, "调解矛盾纠纷1,046起，调解成功1,021起，成功率97.6%"),
)
rep.never("罚没款68.4万元，其中简易程序案件174件", "the 其中 follows an amount but lists cases: it breaks down the 236 cases")
rep.never("来信来访218批352人次", "batches beside person-times")
rep.never("累计培训4,260人次", "cumulative since 2016")
rep.never("16个社区均已落实", "a count of communities")
from common import C as _C
from common import R as _R
from common import S as _S
from common import span as _span

rep.add(
    _S(6, [4, 2], "行政复议案件6件，其中维持4件、终止2件"),
    _C(3, -40.0, "行政诉讼案件3件，较上年的5件减少2件，下降40.0%", "A", prev=5),
    _R(48300, 124600, 38.8, _span(rep.text, "常住人口12.46万人", "流动人口占常住人口的38.8%"), "C"),
)
