from common import C, R, Report, S, span

rep = Report("yangliu-xinfang-2024q3", "txt", "杨柳市信访局", 2024, half=True,
             kind="杨柳市2024年1-9月信访形势分析",
             shape="txt with half-width punctuation; 1-9月 total with a change, a quarter with 环比 (previous quarter not printed), three months with 分别 adding to the quarter (planted), 市级/县级 with shares, 重复信访 share")
rep.text = """
杨柳市2024年1-9月信访形势分析

一、总体形势

1-9月,全市信访总量8,624件次,同比下降6.3%。其中三季度2,917件次,环比上升4.2%,7月、8月、9月分别为936件次、1,084件次、933件次。

二、层级分布

市级受理2,143件次,占24.8%;县(市、区)级受理6,481件次,占75.2%。

三、重复信访

重复信访1,126件次,占信访总量的13.1%。信访事项及时受理率99.8%。

四、办理情况

1-9月全市信访事项办结8,412件次,办结率97.5%。
"""
t = rep.text
sp = lambda a, b: span(t, a, b)  # noqa: E731
rep.add(
    C(8624, -6.3, sp("全市信访总量8,624件次", "同比下降6.3%")),
    C(2917, 4.2, sp("三季度2,917件次", "环比上升4.2%")),
    S(2917, [936, 1084, 933], sp("三季度2,917件次", "933件次"), "B",
      bad="936 + 1,084 + 933 = 2,953, printed 2,917 (8月 1,048 with digits swapped)"),
    S(8624, [2143, 6481], sp("全市信访总量8,624件次", "受理6,481件次"), "F"),
    R(2143, 8624, 24.8, sp("全市信访总量8,624件次", "占24.8%"), "C"),
    R(6481, 8624, 75.2, sp("全市信访总量8,624件次", "占75.2%"), "C"),
    R(1126, 8624, 13.1, sp("全市信访总量8,624件次", "信访总量的13.1%"), "C"),
)
rep.never("信访事项及时受理率99.8%", "over a count not printed")
rep.never("环比上升4.2%", "the second quarter is not printed")

# ---- more relations ----
from common import B, C, R, S, span  # noqa: F811
t = rep.text
sp = lambda a, b: span(t, a, b)  # noqa: E731
rep.add(
    R(8412, 8624, 97.5, sp("全市信访总量8,624件次", "办结率97.5%"), "C"),
    B(8412, 8624, sp("全市信访总量8,624件次", "办结8,412件次"), "E"),
)
