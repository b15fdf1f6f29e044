from common import C, R, Report, S

rep = Report("songxi-linye-2022", "md", "松溪县林业局", 2023,
             kind="松溪县林业局2022年法治政府建设情况报告 (2023)", shape="Markdown, 万亩 其中, a share of 林地 printed in the first paragraph, 森林覆盖率 without area, a figure equal by chance in 公顷, per-mille 受害率")
rep.text = """
# 松溪县林业局2022年法治政府建设情况报告

## 一、林业资源

全县林地面积286.4万亩，森林覆盖率68.2%。公益林面积142.3万亩，占林地面积的49.7%。全年完成营造林12.6万亩，其中人工造林3.8万亩、封山育林5.2万亩、森林抚育3.6万亩。林业产业总产值48.62亿元，增长9.3%。

## 二、林业执法

全年办理林业行政案件64件，其中滥伐林木案27件、非法占用林地案19件、其他18件。全县设立县、乡、村三级林长1,248名。

## 三、森林防火

全年发生森林火灾3起，受害森林面积12.6公顷，森林火灾受害率0.021‰。
"""
rep.text = rep.text.rstrip("\n") + """

## 四、行政审批

全年办理林木采伐许可证1,286件，其中商品林采伐1,104件、公益林更新采伐182件，发放采伐蓄积量18.42万立方米，比上年增长6.5%。受理使用林地审核申请46件，审核同意43件，同意率93.5%。
"""
rep.add(
    R(142.3, 286.4, 49.7, "林地面积286.4万亩，森林覆盖率68.2%。公益林面积142.3万亩，占林地面积的49.7%", "C"),
    S(12.6, [3.8, 5.2, 3.6], "完成营造林12.6万亩，其中人工造林3.8万亩、封山育林5.2万亩、森林抚育3.6万亩"),
    C(48.62, 9.3, "林业产业总产值48.62亿元，增长9.3%"),
    S(64, [27, 19, 18], "林业行政案件64件，其中滥伐林木案27件、非法占用林地案19件、其他18件"),
)
rep.never("森林覆盖率68.2%", "the land area is not printed")
rep.never("受害森林面积12.6公顷", "12.6 hectares burnt equals 12.6万亩 planted by chance: other unit, no relation")
rep.never("森林火灾受害率0.021‰", "over forest area in hectares, not printed as such (286.4万亩 of 林地 is not 森林面积)")
rep.never("三级林长1,248名", "persons, no breakdown printed")
from common import B as _B
from common import C as _C
from common import R as _R
from common import S as _S

rep.add(
    _S(1286, [1104, 182], "林木采伐许可证1,286件，其中商品林采伐1,104件、公益林更新采伐182件"),
    _C(18.42, 6.5, "采伐蓄积量18.42万立方米，比上年增长6.5%"),
    _R(43, 46, 93.5, "受理使用林地审核申请46件，审核同意43件，同意率93.5%"),
    _B(43, 46, "受理使用林地审核申请46件，审核同意43件", "E"),
)
