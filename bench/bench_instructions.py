"""Instructions executed by ``find_relations`` over the bench's reports, counted by callgrind.

    .venv/bin/python bench/bench_instructions.py [--passes N] [--against TREE]

Timings on the shared 2-core machine scatter by up to ±8% from run to run (other sessions' test
suites), more than most single changes to the engine gain or lose. An instruction count does not
depend on the load: the same tree gives the same count to ~0.3% (``PYTHONHASHSEED=0``; the rest is
the garbage collector's timing), so two trees can be compared one change at a time.

The reports are read (load, normalize, quantities, metrics) before callgrind instruments anything;
then one pass warms every vocabulary, and only the ``--passes`` passes after it are counted (the
child process waits for ``callgrind_control -i on`` before them). ``--against TREE`` counts a second
tree the same way (e.g. ``git worktree add /tmp/main main``, or ``git archive main | tar -x -C DIR``):
its ``toolkit`` is put first on ``sys.path``, the same venv is used. Needs valgrind (callgrind).
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _child(tree: str, passes: int, flag: str) -> None:
    sys.path.insert(0, tree)
    import toolkit
    from toolkit.api import _read
    from toolkit.metrics import all_metric_claims
    from toolkit.relations import _Doc, find_relations

    assert toolkit.__file__.startswith(tree), toolkit.__file__
    sys.path.insert(1, str(ROOT))
    from bench.bench_extract import reports

    inputs = []
    for p in reports():
        r = _read(p, None, None, None, None)
        inputs.append((r.text, r.quantities, r.metrics, all_metric_claims(r.text, r.quantities, r.catalog, r.claims)))

    def run() -> None:
        for text, qs, metrics, restated in inputs:
            find_relations(text, qs, metrics, restated, doc=_Doc(text, qs, metrics))

    run()  # every vocabulary loaded, every pattern compiled: not counted
    print("ready", len(inputs), flush=True)
    while not os.path.exists(flag):
        time.sleep(0.05)
    for _ in range(passes):
        run()


def count(tree: Path, passes: int) -> int:
    """Instructions (callgrind's Ir) of ``passes`` passes of ``find_relations`` with ``tree``'s toolkit."""
    with tempfile.TemporaryDirectory() as tmp:
        flag, out = os.path.join(tmp, "go"), os.path.join(tmp, "callgrind.out")
        env = dict(os.environ, PYTHONHASHSEED="0")
        child = subprocess.Popen(
            ["valgrind", "--tool=callgrind", "--instr-atstart=no", f"--callgrind-out-file={out}",
             sys.executable, __file__, "--child", str(tree), "--passes", str(passes), "--flag", flag],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
        assert child.stdout is not None
        line = child.stdout.readline()
        if not line.startswith("ready"):
            child.kill()
            raise SystemExit(f"the child did not get ready: {line!r}")
        subprocess.run(["callgrind_control", "-i", "on", str(child.pid)], check=True, capture_output=True)
        Path(flag).touch()
        child.wait()
        text = "".join(Path(tmp, f).read_text() for f in os.listdir(tmp) if f.startswith("callgrind.out"))
    m = re.search(r"^(?:summary|totals): (\d+)", text, re.M)
    if m is None:
        raise SystemExit("no instruction count in callgrind's output")
    return int(m.group(1))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--passes", type=int, default=2)
    ap.add_argument("--against", type=Path, help="another tree to count the same way")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    ap.add_argument("--flag", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        _child(args.child, args.passes, args.flag)
        return 0
    here = count(ROOT, args.passes)
    print(f"{ROOT}: {here / args.passes / 1e6:,.1f} M instructions a pass of find_relations")
    if args.against:
        there = count(args.against.resolve(), args.passes)
        print(f"{args.against}: {there / args.passes / 1e6:,.1f} M instructions a pass")
        print(f"this tree against it: {100 * (here - there) / there:+.2f}%")
    return 0


if __name__ == "__main__":
    sys.exit(main())
