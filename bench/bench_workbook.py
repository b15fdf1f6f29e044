"""Writing the workbook for 100,000 quantity rows, against xlsxwriter's constant-memory mode.

    .venv/bin/python bench/bench_workbook.py [--rows N]

Each writer runs in a child process of its own, so that its peak memory (ru_maxrss) is its
own; the two runs happen one after the other in this one invocation. Targets: time ratio
<= 2.5, peak memory <= 400 MB.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SENTENCE = "全年共受理投诉举报案件若干件,办结若干件,办结率若干。"


def rows(n: int) -> list[dict]:
    return [{"value": i, "unit": "件", "qualifier": None, "interval": [i, i], "printed": f"{i}件",
             "line": i // 10 + 1, "start": 0, "end": 1, "evidence": SENTENCE} for i in range(n)]


def ours(n: int, out: Path) -> None:
    sys.path.insert(0, str(ROOT))
    from toolkit.result import AuditResult, ReportInfo
    from toolkit.workbook import write_workbook

    info = ReportInfo(path="bench.txt", sha256="0" * 64, format="txt", encoding="utf-8", agency="某局", year=2023,
                      doc_number=None, date=None)
    write_workbook([AuditResult(report=info, quantities=rows(n))], out)


def baseline(n: int, out: Path) -> None:
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(out), {"constant_memory": True})
    ws = wb.add_worksheet("数据 Quantities")
    ws.write_row(0, 0, ["报告 Report", "序号 #", "数值 Value", "单位 Unit", "限定词 Qualifier", "下限 Low",
                        "上限 High", "原文写法 Printed", "行 Line", "句子 Sentence"])
    for r, q in enumerate(rows(n), start=1):
        ws.write_row(r, 0, ["bench.txt", r - 1, q["value"], q["unit"], "", q["interval"][0], q["interval"][1],
                            q["printed"], q["line"], q["evidence"]])
    wb.close()


def child(which: str, n: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        t = time.perf_counter()
        (ours if which == "openpyxl" else baseline)(n, Path(tmp) / "out.xlsx")
        seconds = time.perf_counter() - t
    print(json.dumps({"seconds": seconds, "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--rows", type=int, default=100_000)
    ap.add_argument("--child", choices=["openpyxl", "xlsxwriter"])
    args = ap.parse_args()
    if args.child:
        child(args.child, args.rows)
        return 0
    res = {}
    for which in ("xlsxwriter", "openpyxl"):
        out = subprocess.run([sys.executable, __file__, "--child", which, "--rows", str(args.rows)],
                             capture_output=True, text=True, check=True)
        res[which] = json.loads(out.stdout.strip().splitlines()[-1])
    a, b = res["openpyxl"], res["xlsxwriter"]
    print(f"rows: {args.rows:,}")
    print(f"xlsxwriter constant_memory: {b['seconds']:.1f} s, peak {b['peak_mb']:.0f} MB")
    print(f"audit workbook (openpyxl):  {a['seconds']:.1f} s, peak {a['peak_mb']:.0f} MB")
    print(f"time ratio: {a['seconds'] / b['seconds']:.2f}x (target <= 2.5); peak memory {a['peak_mb']:.0f} MB "
          f"(target <= 400)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
