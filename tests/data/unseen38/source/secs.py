"""Sections the reports of unseen38 share: 行政处罚, 法制审核, 行政复议, 行政应诉, 培训/普法, 双随机, 文件清理, 隐患.

Each writes one or two paragraphs into a `Doc` in one of several phrasings (`v`) and adds the relations the
paragraph states. Figures go through `d.F` under the section's names, so a report can plant a typo by name."""
from __future__ import annotations

from common import B, C, R, S
from u38 import chg, pc, w2

ZH = "一二三四五六七八九十"


def up(g, a="增长", b="下降"):
    return (a if g >= 0 else b) + f"{abs(g):.1f}"


def _set(d, **kw):
    for k, v in kw.items():
        d.F.setdefault(k, v)


def penalty(d, v, kinds, fine, conf, prev=None, prev_amt=None, simple=None, head="", yuan=False):
    """行政处罚 by kind (a total and its parts), 罚没款 = 罚款 + 没收 (in 万元, or 元 when yuan)."""
    _set(d, **{f"pen.k{i}": c for i, (_, c) in enumerate(kinds)})
    tot = sum(c for _, c in kinds)
    _set(d, **{"pen.total": tot, "pen.fine": fine, "pen.conf": conf, "pen.amt": fine + conf if yuan else w2(fine + conf)})
    ks = [d.f(f"pen.k{i}") for i in range(len(kinds))]
    T, U = d.f("pen.total"), ("元" if yuan else "万元")
    amt, fi, co = d.f("pen.amt"), d.f("pen.fine"), d.f("pen.conf")
    sa, sf, sc = (d.s("pen.amt"), d.s("pen.fine"), d.s("pen.conf")) if yuan else (f"{amt:.2f}", f"{fi:.2f}", f"{co:.2f}")
    lst = "、".join(f"{k}{d.s(f'pen.k{i}')}件" for i, (k, _) in enumerate(kinds))
    if v == 0:
        g = chg(d.F["pen.amt"], prev_amt)
        d.p(f"{head}全年共作出行政处罚决定{d.s('pen.total')}件，其中{lst}。罚没款{sa}{U}，其中罚款{sf}{U}、没收违法所得{sc}{U}，"
            f"罚没款同比{up(g)}%。")
        d.r(S(T, ks, None, "F"), f"作出行政处罚决定{d.s('pen.total')}件", f"{kinds[-1][0]}{d.s(f'pen.k{len(kinds) - 1}')}件")
        d.r(S(amt, [fi, co], None, "F"), f"罚没款{sa}", f"没收违法所得{sc}")
        d.r(C(amt, g, None, "O"), f"罚没款{sa}", f"{abs(g):.1f}%")
        d.m("penalties.count", "pen.total", "件", f"作出行政处罚决定{d.s('pen.total')}件")
        d.m("penalties.amount", "pen.amt", U, f"罚没款{sa}{U}")
    elif v == 1:
        g = chg(d.F["pen.total"], prev)
        lst2 = "，".join(f"{k}{d.s(f'pen.k{i}')}件" for i, (k, _) in enumerate(kinds))
        d.p(f"{head}从处罚种类看，{lst2}，合计{d.s('pen.total')}件，较上年的{prev:,}件{up(g, '增加', '减少')}%。罚款、没收违法所得分别为"
            f"{sf}{U}和{sc}{U}，共计罚没款{sa}{U}。")
        d.r(S(T, ks, None, "F"), f"{kinds[0][0]}{d.s('pen.k0')}件", f"合计{d.s('pen.total')}件")
        d.r(C(T, g, None, "A", prev=prev), f"合计{d.s('pen.total')}件", f"{abs(g):.1f}%")
        d.r(S(amt, [fi, co], None, "F"), "罚款、没收违法所得分别为", f"共计罚没款{sa}")
        d.m("penalties.count", "pen.total", "件", f"合计{d.s('pen.total')}件")
        d.m("penalties.amount", "pen.amt", U, f"共计罚没款{sa}{U}")
    else:
        _set(d, **{"pen.simple": simple, "pen.general": tot - simple})
        si, ge = d.f("pen.simple"), d.f("pen.general")
        g = chg(d.F["pen.total"], prev)
        sh = pc(ge, T)
        d.p(f"{head}办理行政处罚案件{d.s('pen.total')}件（上年{prev:,}件），同比{up(g)}%。其中，适用简易程序{d.s('pen.simple')}件，"
            f"适用普通程序{d.s('pen.general')}件，普通程序案件占{sh}%。按处罚种类分，{lst}。罚没款共计{sa}{U}（罚款{sf}{U}，没收违法所得{sc}{U}）。")
        d.r(C(T, g, None, "A", prev=prev), f"办理行政处罚案件{d.s('pen.total')}件", f"{abs(g):.1f}%")
        d.r(S(T, [si, ge], None, "F"), f"办理行政处罚案件{d.s('pen.total')}件", f"适用普通程序{d.s('pen.general')}件")
        d.r(R(ge, T, float(sh), None, "C"), f"办理行政处罚案件{d.s('pen.total')}件", f"普通程序案件占{sh}%")
        d.r(S(T, ks, None, "F"), f"办理行政处罚案件{d.s('pen.total')}件", f"{kinds[-1][0]}{d.s(f'pen.k{len(kinds) - 1}')}件")
        d.r(S(amt, [fi, co], None, "F"), f"罚没款共计{sa}", f"没收违法所得{sc}")
        d.m("penalties.count", "pen.total", "件", f"办理行政处罚案件{d.s('pen.total')}件")
        d.m("penalties.amount", "pen.amt", U, f"罚没款共计{sa}{U}")
        d.m("penalties.simple_procedure.count", "pen.simple", "件", f"适用简易程序{d.s('pen.simple')}件")
        d.m("penalties.general_procedure.count", "pen.general", "件", f"适用普通程序{d.s('pen.general')}件")
    return sa, U


def review(d, v, dec, major, ok=None, hearing=0, sug=0, adopted=0, pub=None):
    """法制审核: 重大执法决定 (a part of all decisions), 审核 outcomes, 意见 采纳率, 公示 by kind."""
    _set(d, **{"rv.dec": dec, "rv.major": major})
    D, M = d.f("rv.dec"), d.f("rv.major")
    if v == 0:
        _set(d, **{"rv.ok": ok, "rv.back": major - ok})
        d.p(f"严格落实重大执法决定法制审核制度。全年提交法制审核的重大执法决定{d.s('rv.major')}件，审核通过{d.s('rv.ok')}件，"
            f"退回补充材料或修改后再审{d.s('rv.back')}件；依当事人申请举行听证{hearing}场次，听证案件均属重大执法决定。")
        d.r(S(M, [d.f("rv.ok"), d.f("rv.back")], None, "F"), f"重大执法决定{d.s('rv.major')}件", f"再审{d.s('rv.back')}件")
        d.r(B(hearing, M, None, "E"), f"重大执法决定{d.s('rv.major')}件", f"听证{hearing}场次")
        d.m("decisions.legal_review", "rv.major", "件", f"提交法制审核的重大执法决定{d.s('rv.major')}件")
        if hearing:
            d.m("hearings.count", hearing, "次", f"举行听证{hearing}场次")
    else:
        sh = pc(M, D)
        _set(d, **{"rv.sug": sug, "rv.ad": adopted})
        ar = pc(d.F["rv.ad"], d.F["rv.sug"])
        d.p(f"全年作出行政执法决定{d.s('rv.dec')}件，其中重大执法决定{d.s('rv.major')}件，占{sh}%，全部经法制机构审核后作出。法制审核中提出"
            f"意见建议{d.s('rv.sug')}条，承办机构采纳{d.s('rv.ad')}条，采纳率{ar}%。")
        d.r(R(M, D, float(sh), None, "C"), f"行政执法决定{d.s('rv.dec')}件", f"占{sh}%")
        d.r(R(d.f("rv.ad"), d.f("rv.sug"), float(ar), None, "C"), f"意见建议{d.s('rv.sug')}条", f"采纳率{ar}%")
        d.m("decisions.total", "rv.dec", "件", f"作出行政执法决定{d.s('rv.dec')}件")
        d.m("decisions.major", "rv.major", "件", f"重大执法决定{d.s('rv.major')}件")
    if pub:
        _set(d, **{f"pub.{i}": c for i, (_, c) in enumerate(pub)})
        ps = [d.f(f"pub.{i}") for i in range(len(pub))]
        _set(d, **{"pub.total": sum(c for _, c in pub)})
        lst = "、".join(f"{k}{d.s(f'pub.{i}')}条" for i, (k, _) in enumerate(pub))
        d.p(f"依托行政执法公示平台，全年公示行政执法信息{d.s('pub.total')}条，包括{lst}，做到应公示尽公示。")
        d.r(S(d.f("pub.total"), ps, None, "F"), f"公示行政执法信息{d.s('pub.total')}条", f"{pub[-1][0]}{d.s(f'pub.{len(pub) - 1}')}条")
        d.m("enforcement.publicized", "pub.total", "条", f"公示行政执法信息{d.s('pub.total')}条")


def fuyi_bureau(d, v, org, keep, reject, stop, revoke, unlawful, pend, prev_n, prev_rate):
    """The bureau as 被申请人: cases, outcomes, 纠错 = 撤销 + 确认违法, 纠错率 over 审结 and its change."""
    _set(d, **{"fy.keep": keep, "fy.rej": reject, "fy.stop": stop, "fy.rev": revoke, "fy.ill": unlawful, "fy.pend": pend})
    closed = keep + reject + stop + revoke + unlawful
    _set(d, **{"fy.closed": closed, "fy.n": closed + pend, "fy.cor": revoke + unlawful})
    n, c, cor = d.f("fy.n"), d.f("fy.closed"), d.f("fy.cor")
    parts = [d.f(k) for k in ("fy.keep", "fy.rej", "fy.stop", "fy.rev", "fy.ill")]
    cr = pc(d.F["fy.cor"], d.F["fy.closed"])
    dd = round(float(cr) - prev_rate, 1)
    g = chg(d.F["fy.n"], prev_n)
    d.m("reconsideration.count", "fy.n", "件", f"复议{d.s('fy.n')}件" if v else f"行政复议案件{d.s('fy.n')}件")
    d.m("reconsideration.closed", "fy.closed", "件", f"审结的{d.s('fy.closed')}件" if v else f"已审结{d.s('fy.closed')}件")
    d.m("reconsideration.corrected_rate", float(cr), "%", f"纠错率为{cr}%" if v else f"纠错率{cr}%")
    if v == 0:
        d.p(f"全年{org}作为被申请人的行政复议案件{d.s('fy.n')}件，同比{up(g)}%。已审结{d.s('fy.closed')}件，其中维持{d.s('fy.keep')}件、"
            f"驳回复议申请{d.s('fy.rej')}件、终止{d.s('fy.stop')}件、撤销{d.s('fy.rev')}件、确认违法{d.s('fy.ill')}件；尚未审结{d.s('fy.pend')}件。"
            f"被纠错案件{d.s('fy.cor')}件，纠错率{cr}%，较上年的{prev_rate:.1f}%{up(dd, '上升', '下降')}个百分点。")
        d.r(S(n, [c, d.f("fy.pend")], None, "F"), f"行政复议案件{d.s('fy.n')}件", f"尚未审结{d.s('fy.pend')}件")
        d.r(C(n, g, None, "O"), f"行政复议案件{d.s('fy.n')}件", f"{abs(g):.1f}%")
        d.r(S(c, parts, None, "F"), f"已审结{d.s('fy.closed')}件", f"确认违法{d.s('fy.ill')}件")
        d.r(S(cor, parts[3:], None, "F"), f"撤销{d.s('fy.rev')}件", f"被纠错案件{d.s('fy.cor')}件")
        d.r(R(cor, c, float(cr), None, "C"), f"已审结{d.s('fy.closed')}件", f"纠错率{cr}%")
        d.r(S(float(cr), [prev_rate, dd], None, "O"), f"纠错率{cr}%", "个百分点")
    else:
        d.p(f"行政复议方面，{org}被申请行政复议{d.s('fy.n')}件（上年{prev_n}件）。复议机关审结的{d.s('fy.closed')}件中，维持{d.s('fy.keep')}件，"
            f"驳回{d.s('fy.rej')}件，申请人撤回申请终止审理{d.s('fy.stop')}件，撤销{d.s('fy.rev')}件，确认违法{d.s('fy.ill')}件，"
            f"撤销和确认违法共{d.s('fy.cor')}件；另有{d.s('fy.pend')}件尚在审理中。被纠错率为{cr}%，比上年{up(dd, '上升', '下降')}个百分点。")
        d.r(S(c, parts, None, "F"), f"审结的{d.s('fy.closed')}件", f"确认违法{d.s('fy.ill')}件")
        d.r(S(cor, parts[3:], None, "F"), f"撤销{d.s('fy.rev')}件", f"共{d.s('fy.cor')}件")
        d.r(S(n, [c, d.f("fy.pend")], None, "F"), f"行政复议{d.s('fy.n')}件", f"另有{d.s('fy.pend')}件")
        d.r(R(cor, c, float(cr), None, "C"), f"审结的{d.s('fy.closed')}件", f"被纠错率为{cr}%")
        d.rep.never(f"被纠错率为{cr}%，比上年{up(dd, '上升', '下降')}个百分点", "last year's rate is not printed")
    return cr


def yingsu(d, v, org, first, second, win, lose, wd, pend, should, came, prev_came_rate=None):
    """行政应诉: cases (一审 + 二审), outcomes, 败诉率 over 审结, 负责人出庭率 over 应出庭."""
    closed = win + lose + wd
    _set(d, **{"ys.1": first, "ys.2": second, "ys.n": first + second, "ys.win": win, "ys.lose": lose, "ys.wd": wd,
               "ys.closed": closed, "ys.pend": pend, "ys.o": should, "ys.p": came})
    lr = pc(d.F["ys.lose"], d.F["ys.closed"])
    qr = pc(d.F["ys.p"], d.F["ys.o"])
    n, c, lo, o, p = (d.f(k) for k in ("ys.n", "ys.closed", "ys.lose", "ys.o", "ys.p"))
    d.m("litigation.count", "ys.n", "件", f"合计{d.s('ys.n')}件" if v == 2 else f"行政诉讼案件{d.s('ys.n')}件")
    d.m("litigation.lost", "ys.lose", "件", f"败诉{d.s('ys.lose')}件")
    d.m("litigation.lost_rate", float(lr), "%", f"败诉率{'为' if v == 1 else ''}{lr}%")
    if v == 0:
        d.p(f"全年{org}发生行政诉讼案件{d.s('ys.n')}件，其中一审{d.s('ys.1')}件、二审{d.s('ys.2')}件。已审结{d.s('ys.closed')}件，胜诉{d.s('ys.win')}件，"
            f"败诉{d.s('ys.lose')}件，原告撤诉{d.s('ys.wd')}件，败诉率{lr}%；另有{d.s('ys.pend')}件尚未审结。行政机关负责人出庭应诉{d.s('ys.p')}件，"
            f"应出庭{d.s('ys.o')}件，出庭应诉率{qr}%。")
        d.r(S(n, [d.f("ys.1"), d.f("ys.2")], None, "F"), f"行政诉讼案件{d.s('ys.n')}件", f"二审{d.s('ys.2')}件")
        d.r(S(c, [d.f("ys.win"), lo, d.f("ys.wd")], None, "F"), f"已审结{d.s('ys.closed')}件", f"撤诉{d.s('ys.wd')}件")
        d.r(R(lo, c, float(lr), None, "C"), f"已审结{d.s('ys.closed')}件", f"败诉率{lr}%")
        d.r(S(n, [c, d.f("ys.pend")], None, "F"), f"行政诉讼案件{d.s('ys.n')}件", f"另有{d.s('ys.pend')}件")
        d.r(R(p, o, float(qr), None, "C"), f"出庭应诉{d.s('ys.p')}件", f"出庭应诉率{qr}%")
    elif v == 1:
        dd = round(float(qr) - prev_came_rate, 1)
        d.p(f"行政机关负责人出庭应诉率{qr}%，{d.s('ys.o')}件需负责人出庭的案件中，负责人出庭{d.s('ys.p')}件，较上年的{prev_came_rate:.1f}%"
            f"{up(dd, '提高', '降低')}个百分点。全年共办理行政诉讼案件{d.s('ys.n')}件（一审{d.s('ys.1')}件，二审{d.s('ys.2')}件），"
            f"审结{d.s('ys.closed')}件，其中败诉{d.s('ys.lose')}件，败诉率为{lr}%，同比下降2.3个百分点。")
        d.r(R(p, o, float(qr), None, "C"), f"出庭应诉率{qr}%", f"负责人出庭{d.s('ys.p')}件")
        d.r(S(float(qr), [prev_came_rate, dd], None, "O"), f"出庭应诉率{qr}%", "个百分点")
        d.r(S(n, [d.f("ys.1"), d.f("ys.2")], None, "F"), f"行政诉讼案件{d.s('ys.n')}件", f"二审{d.s('ys.2')}件")
        d.r(R(lo, c, float(lr), None, "C"), f"审结{d.s('ys.closed')}件", f"败诉率为{lr}%")
        d.rep.never(f"败诉率为{lr}%，同比下降2.3个百分点", "last year's 败诉率 is not printed")
    else:
        d.p(f"行政应诉方面，胜诉{d.s('ys.win')}件、败诉{d.s('ys.lose')}件、原告撤诉{d.s('ys.wd')}件、尚未审结{d.s('ys.pend')}件，合计{d.s('ys.n')}件"
            f"（一审{d.s('ys.1')}件、二审{d.s('ys.2')}件）。以审结的{d.s('ys.closed')}件计，败诉率{lr}%。应由负责人出庭的{d.s('ys.o')}件案件，"
            f"负责人均出庭或委托副职出庭，其中主要负责人出庭{d.s('ys.p')}件，占{qr}%。")
        d.r(S(n, [d.f("ys.win"), lo, d.f("ys.wd"), d.f("ys.pend")], None, "F"), f"胜诉{d.s('ys.win')}件", f"合计{d.s('ys.n')}件")
        d.r(S(n, [d.f("ys.1"), d.f("ys.2")], None, "F"), f"合计{d.s('ys.n')}件", f"二审{d.s('ys.2')}件")
        d.r(R(lo, c, float(lr), None, "C"), f"败诉{d.s('ys.lose')}件", f"败诉率{lr}%")
        d.r(R(p, o, float(qr), None, "C"), f"出庭的{d.s('ys.o')}件", f"占{qr}%")
    return lr, qr


def training(d, v, org, sessions, s1, people, exam, passed, staff=None, units=None, cert=None):
    """培训 (期 = 专题 + 业务), 考试 通过率, 执法人员 by unit and 持证率."""
    _set(d, **{"tr.s": sessions, "tr.s1": s1, "tr.s2": sessions - s1, "tr.p": people, "tr.e": exam, "tr.g": passed})
    gr_ = pc(d.F["tr.g"], d.F["tr.e"])
    d.m("training.sessions", "tr.s", "期", f"培训{d.s('tr.s')}期" if v == 0 else f"共计{d.s('tr.s')}期")
    d.m("training.people", "tr.p", "人次", f"{d.s('tr.p')}人次")
    if v == 0:
        d.p(f"全年组织执法人员培训{d.s('tr.s')}期、{d.s('tr.p')}人次，其中法治专题培训{d.s('tr.s1')}期、执法业务培训{d.s('tr.s2')}期。"
            f"组织{d.s('tr.e')}人参加年度行政执法人员法律知识考试，合格{d.s('tr.g')}人，合格率{gr_}%。")
        d.r(S(d.f("tr.s"), [d.f("tr.s1"), d.f("tr.s2")], None, "F"), f"培训{d.s('tr.s')}期", f"执法业务培训{d.s('tr.s2')}期")
        d.r(R(d.f("tr.g"), d.f("tr.e"), float(gr_), None, "C"), f"组织{d.s('tr.e')}人", f"合格率{gr_}%")
    else:
        d.p(f"坚持以考促学，年度法律知识考试合格率达{gr_}%（参考{d.s('tr.e')}人，合格{d.s('tr.g')}人）。举办“法治讲堂”{d.s('tr.s1')}期，"
            f"另开展业务轮训{d.s('tr.s2')}期，共计{d.s('tr.s')}期，累计培训{d.s('tr.p')}人次。")
        d.r(R(d.f("tr.g"), d.f("tr.e"), float(gr_), None, "C"), f"合格率达{gr_}%", f"合格{d.s('tr.g')}人")
        d.r(S(d.f("tr.s"), [d.f("tr.s1"), d.f("tr.s2")], None, "F"), f"“法治讲堂”{d.s('tr.s1')}期", f"共计{d.s('tr.s')}期")
    if staff:
        _set(d, **{f"st.{i}": c for i, (_, c) in enumerate(units)})
        _set(d, **{"st.total": sum(c for _, c in units), "st.cert": cert})
        T, ce = d.f("st.total"), d.f("st.cert")
        cr = pc(d.F["st.cert"], d.F["st.total"])
        d.m("staff.total", "st.total", "人", f"在编执法人员{d.s('st.total')}人")
        d.m("staff.certified", "st.cert", "人", f"持有行政执法证件{d.s('st.cert')}人")
        d.m("staff.certified_rate", float(cr), "%", f"持证率{cr}%")
        lst = "，".join(f"{k}{d.s(f'st.{i}')}人" for i, (k, _) in enumerate(units))
        d.p(f"{org}现有在编执法人员{d.s('st.total')}人，{lst}。持有行政执法证件{d.s('st.cert')}人，持证率{cr}%。")
        d.r(S(T, [d.f(f"st.{i}") for i in range(len(units))], None, "F"), f"在编执法人员{d.s('st.total')}人",
            f"{units[-1][0]}{d.s(f'st.{len(units) - 1}')}人")
        d.r(R(ce, T, float(cr), None, "C"), f"在编执法人员{d.s('st.total')}人", f"持证率{cr}%")
        return cr
    return None


def pufa(d, v, events, week, leaflets, books, people):
    """普法: 活动 场次 with the 宣传周 part's share, 资料 = 折页 + 手册 (F); 受众 人次 a trap."""
    _set(d, **{"pf.e": events, "pf.w": week, "pf.l": leaflets, "pf.b": books, "pf.m": leaflets + books})
    sh = pc(d.F["pf.w"], d.F["pf.e"])
    if v == 0:
        d.p(f"深入落实“谁执法谁普法”责任制，全年开展普法宣传活动{d.s('pf.e')}场次，其中“宪法宣传周”期间{d.s('pf.w')}场次，占全年的{sh}%；"
            f"发放宣传资料{d.s('pf.m')}份，其中宣传折页{d.s('pf.l')}份、法律法规汇编{d.s('pf.b')}册，受众约{people}人次。")
    else:
        d.p(f"普法宣传方面，发放宣传折页{d.s('pf.l')}份和法规汇编{d.s('pf.b')}册，合计{d.s('pf.m')}份；组织“法律进企业、进社区”等活动"
            f"{d.s('pf.e')}场次，“宪法宣传周”集中宣传{d.s('pf.w')}场次，占{sh}%，覆盖群众{people}人次。")
    d.r(R(d.f("pf.w"), d.f("pf.e"), float(sh), None, "C"), f"{d.s('pf.e')}场次", f"占{'全年的' if v == 0 else ''}{sh}%")
    if v == 0:
        d.r(S(d.f("pf.m"), [d.f("pf.l"), d.f("pf.b")], None, "F"), f"发放宣传资料{d.s('pf.m')}份", f"汇编{d.s('pf.b')}册")
    else:
        d.r(S(d.f("pf.m"), [d.f("pf.l"), d.f("pf.b")], None, "F"), f"宣传折页{d.s('pf.l')}份", f"合计{d.s('pf.m')}份")
    d.rep.never(f"{people}人次", "an audience in 人次, beside counts of events and leaflets")
    d.m("publicity.materials", "pf.m", "份", f"宣传资料{d.s('pf.m')}份" if v == 0 else f"合计{d.s('pf.m')}份")


def random_checks(d, tasks, joint, firms, found):
    """双随机: 问题发现率 over 抽查 户, 联合抽查 share of tasks."""
    _set(d, **{"dr.t": tasks, "dr.j": joint, "dr.n": firms, "dr.k": found})
    r1, r2 = pc(d.F["dr.k"], d.F["dr.n"]), pc(d.F["dr.j"], d.F["dr.t"])
    d.p(f"全面推行“双随机、一公开”监管，全年完成抽查任务{d.s('dr.t')}项，其中部门联合抽查{d.s('dr.j')}项，联合抽查占比{r2}%；"
        f"共抽查检查对象{d.s('dr.n')}户，发现问题{d.s('dr.k')}户，问题发现率{r1}%，抽查结果全部通过国家企业信用信息公示系统公示。")
    d.r(R(d.f("dr.j"), d.f("dr.t"), float(r2), None, "C"), f"抽查任务{d.s('dr.t')}项", f"联合抽查占比{r2}%")
    d.r(R(d.f("dr.k"), d.f("dr.n"), float(r1), None, "C"), f"检查对象{d.s('dr.n')}户", f"问题发现率{r1}%")
    d.m("inspections.random_tasks", "dr.t", "项", f"抽查任务{d.s('dr.t')}项")


def cleanup(d, keep, amend, repeal, void=0):
    """规范性文件清理: total stated first, the outcomes after 其中."""
    _set(d, **{"cl.k": keep, "cl.a": amend, "cl.r": repeal, "cl.v": void, "cl.t": keep + amend + repeal + void})
    tail = f"、宣布失效{d.s('cl.v')}件" if void else ""
    d.p(f"组织开展规范性文件专项清理，共梳理现行规范性文件{d.s('cl.t')}件，其中继续有效{d.s('cl.k')}件、拟修改{d.s('cl.a')}件、"
        f"废止{d.s('cl.r')}件{tail}，清理结果已向社会公布。")
    parts = [d.f("cl.k"), d.f("cl.a"), d.f("cl.r")] + ([d.f("cl.v")] if void else [])
    d.m("normative_docs.cleanup.reviewed", "cl.t", "件", f"现行规范性文件{d.s('cl.t')}件")
    d.m("normative_docs.cleanup.repealed", "cl.r", "件", f"废止{d.s('cl.r')}件")
    d.r(S(d.f("cl.t"), parts, None, "F"), f"规范性文件{d.s('cl.t')}件", (f"宣布失效{d.s('cl.v')}件" if void else f"废止{d.s('cl.r')}件"))


def hazards(d, units, found, fixed, major, major_fixed):
    """隐患: 整改率 over 排查, 重大隐患 整改 ≤ 发现 (E)."""
    _set(d, **{"hz.u": units, "hz.f": found, "hz.x": fixed, "hz.m": major, "hz.mx": major_fixed})
    r = pc(d.F["hz.x"], d.F["hz.f"])
    d.p(f"全年检查生产经营单位{d.s('hz.u')}家次，排查各类隐患{d.s('hz.f')}项，已整改{d.s('hz.x')}项，整改率{r}%；其中重大事故隐患"
        f"{d.s('hz.m')}项，已整改销号{d.s('hz.mx')}项，其余落实挂牌督办。")
    d.r(R(d.f("hz.x"), d.f("hz.f"), float(r), None, "C"), f"排查各类隐患{d.s('hz.f')}项", f"整改率{r}%")
    d.r(B(d.f("hz.mx"), d.f("hz.m"), None, "E"), f"重大事故隐患{d.s('hz.m')}项", f"整改销号{d.s('hz.mx')}项")
    d.m("inspections.enterprises", "hz.u", "家次", f"检查生产经营单位{d.s('hz.u')}家次")
    d.m("hazards.found", "hz.f", "项", f"排查各类隐患{d.s('hz.f')}项")
    d.m("hazards.rectified", "hz.x", "项", f"已整改{d.s('hz.x')}项")
    d.m("hazards.rectified_rate", float(r), "%", f"整改率{r}%")
    d.m("hazards.major.found", "hz.m", "项", f"重大事故隐患{d.s('hz.m')}项")
    return r



def fuyi_gov(d, v, org, accepted, refused, told, respond, closed_parts, old, prev_recv):
    """The government as 复议机关: 收到 = 受理 + 不予受理 + 告知 (F), 被申请人 split (F), 应审结 = 受理 + 上年结转 (F),
    审结率 (C), outcomes (F), 纠错 = 撤销 + 变更 + 确认违法 + 责令履行 (F) and 纠错率 (C), 调撤 (F, C).
    closed_parts: 维持, 驳回, 撤销, 变更, 确认违法, 责令履行, 调解, 终止 (a zero is not printed)."""
    names = ["维持", "驳回", "撤销", "变更", "确认违法", "责令履行", "调解", "终止"]
    _set(d, **{"fg.acc": accepted, "fg.ref": refused, "fg.told": told, "fg.recv": accepted + refused + told,
               "fg.old": old, "fg.due": accepted + old, "fg.closed": sum(closed_parts),
               "fg.cor": sum(closed_parts[2:6]), "fg.med": closed_parts[6] + closed_parts[7]})
    _set(d, **{f"fg.o{i}": c for i, c in enumerate(closed_parts)})
    _set(d, **{f"fg.r{i}": c for i, (_, c) in enumerate(respond)})
    cor, med, cl, due, acc = (d.f(k) for k in ("fg.cor", "fg.med", "fg.closed", "fg.due", "fg.acc"))
    g = chg(d.F["fg.recv"], prev_recv)
    cr, mr, dr = pc(d.F["fg.cor"], d.F["fg.closed"]), pc(d.F["fg.med"], d.F["fg.closed"]), pc(d.F["fg.closed"], d.F["fg.due"])
    rsp = "，".join(f"以{k}为被申请人的{d.s(f'fg.r{i}')}件" for i, (k, _) in enumerate(respond))
    d.p(f"{org}共收到行政复议申请{d.s('fg.recv')}件，同比{up(g)}%。经审查，依法受理{d.s('fg.acc')}件，不予受理{d.s('fg.ref')}件，"
        f"告知申请人向有关机关提出{d.s('fg.told')}件。受理的案件中，{rsp}。")
    d.r(S(d.f("fg.recv"), [acc, d.f("fg.ref"), d.f("fg.told")], None, "F"), f"行政复议申请{d.s('fg.recv')}件", f"提出{d.s('fg.told')}件")
    d.r(C(d.f("fg.recv"), g, None, "O"), f"行政复议申请{d.s('fg.recv')}件", f"{abs(g):.1f}%")
    d.r(S(acc, [d.f(f"fg.r{i}") for i in range(len(respond))], None, "F"), f"依法受理{d.s('fg.acc')}件",
        f"为被申请人的{d.s(f'fg.r{len(respond) - 1}')}件")
    d.m("reconsideration.count", "fg.recv", "件", f"收到行政复议申请{d.s('fg.recv')}件")
    d.m("reconsideration.accepted", "fg.acc", "件", f"依法受理{d.s('fg.acc')}件")
    d.m("reconsideration.corrected", "fg.cor", "件", f"纠错{d.s('fg.cor')}件")
    d.m("reconsideration.corrected_rate", float(cr), "%", f"纠错率{cr}%")
    d.m("reconsideration.mediated_rate", float(mr), "%", f"调撤率{mr}%")
    lab = {i: f"{names[i]}{d.s(f'fg.o{i}')}件" for i in range(8) if closed_parts[i]}
    olst = "、".join(lab.values())
    if v == 0:
        d.p(f"受理的{d.s('fg.acc')}件加上年结转{d.s('fg.old')}件，应审结{d.s('fg.due')}件，实际审结{d.s('fg.closed')}件，审结率{dr}%。审结案件中，"
            f"{olst}。其中，撤销、变更、确认违法、责令履行等纠错{d.s('fg.cor')}件，纠错率{cr}%；通过调解、和解后终止等方式结案"
            f"{d.s('fg.med')}件，调撤率{mr}%。")
        d.r(S(due, [acc, d.f("fg.old")], None, "F"), f"受理的{d.s('fg.acc')}件", f"应审结{d.s('fg.due')}件")
        d.r(R(cl, due, float(dr), None, "C"), f"应审结{d.s('fg.due')}件", f"审结率{dr}%")
        mend = f"结案{d.s('fg.med')}件"
    else:
        d.p(f"全年审结{d.s('fg.closed')}件（含上年结转{d.s('fg.old')}件），审结率{dr}%（应审结{d.s('fg.due')}件）。从审结结果看，{olst}；"
            f"纠错{d.s('fg.cor')}件，纠错率{cr}%，调解和解及终止{d.s('fg.med')}件，调撤率{mr}%。")
        d.r(R(cl, due, float(dr), None, "C"), f"审结{d.s('fg.closed')}件", f"应审结{d.s('fg.due')}件")
        mend = f"终止{d.s('fg.med')}件"
    d.m("reconsideration.closed", "fg.closed", "件", f"审结{d.s('fg.closed')}件")
    keys = list(lab)
    d.r(S(cl, [d.f(f"fg.o{i}") for i in keys], None, "F"), f"审结{d.s('fg.closed')}件", lab[keys[-1]])
    ck = [i for i in range(2, 6) if closed_parts[i]]
    d.r(S(cor, [d.f(f"fg.o{i}") for i in ck], None, "F"), lab[ck[0]], f"纠错{d.s('fg.cor')}件")
    d.r(R(cor, cl, float(cr), None, "C"), f"审结{d.s('fg.closed')}件", f"纠错率{cr}%")
    mk = [i for i in (6, 7) if closed_parts[i]]
    d.r(S(med, [d.f(f"fg.o{i}") for i in mk], None, "F"), lab[mk[0]], mend)
    d.r(R(med, cl, float(mr), None, "C"), f"审结{d.s('fg.closed')}件", f"调撤率{mr}%")
    return cr
