"""Time and memory against the report's length: extract and check of one text at 1x, 10x, 100x, 400x.

    .venv/bin/python bench/bench_scale.py [--sizes 1,10,100,400] [--sample PATH] [--rounds N]
                                          [--profile-size N | --profile-size 0]

The long texts are a bundled sample report (samples/reports/qinghe-2022.txt by default: one
report, not a corpus text) repeated, a blank line between copies, written to a temporary folder.
Every measurement runs in a fresh child process: it reads the 1x text once (catalogs, regexes,
imports), then times ``toolkit.extract`` or ``toolkit.audit`` of the long text and reports its
own peak RSS (ru_maxrss, imports included). Times are the process's CPU time (a shared machine's
other load stretches wall-clock time, not this), best of ``--rounds`` up to 10x, of 3 up to
100x, of 2 (extract) or 1 (check) above. The fitted exponent is the slope of log(time) over log(length) from 10x to
the largest size (least squares); 1.0 is linear. Check is also profiled (cProfile, in its own
child) at ``--profile-size``: the share of its time in the relations stage (toolkit/relations,
entered from outside it) is printed, profiler overhead included.
Target (issue 14): exponent <= 1.1 for both from 10x to 400x.
"""

from __future__ import annotations

import argparse
import json
import math
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "reports" / "qinghe-2022.txt"

# Run in the child: time one verb on one file after a warm-up on the 1x text.
CHILD = r"""
import json, resource, sys, time
sys.path.insert(0, sys.argv[1])
import toolkit
verb = {"extract": toolkit.extract, "check": toolkit.audit}[sys.argv[2]]
warm, path, rounds = sys.argv[3], sys.argv[4], int(sys.argv[5])
verb(warm)
best = None
for _ in range(rounds):
    t = time.process_time()
    result = verb(path)
    dt = time.process_time() - t
    best = dt if best is None else min(best, dt)
checks = len(getattr(result, "checks", []))
print(json.dumps({"seconds": best, "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "quantities": len(result.quantities), "checks": checks}))
"""

# Run in the child: profile one audit; the time spent in toolkit/relations entered from outside it.
PROFILE = r"""
import cProfile, json, os, pstats, sys, time
sys.path.insert(0, sys.argv[1])
import toolkit
warm, path = sys.argv[2], sys.argv[3]
toolkit.audit(warm)
relations_dir = os.path.join(os.path.dirname(toolkit.__file__), "relations")
prof = cProfile.Profile(time.process_time)
t = time.process_time()
prof.runcall(toolkit.audit, path)
total = time.process_time() - t
stats = pstats.Stats(prof).stats
inside = lambda func: func[0].startswith(relations_dir + os.sep)
relations = 0.0
for func, (_cc, _nc, _tt, _ct, callers) in stats.items():
    if inside(func):
        relations += sum(edge[3] for caller, edge in callers.items() if not inside(caller))
top = sorted(((ct, f"{os.path.basename(f[0])}:{f[2]}") for f, (_cc, _nc, _tt, ct, _c) in stats.items() if inside(f)),
             reverse=True)[:6]
print(json.dumps({"total": total, "relations": relations, "top": top}))
"""


def _child(code: str, *args: str) -> dict:
    out = subprocess.run([sys.executable, "-c", code, str(ROOT), *args], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def build(sample: Path, copies: int, folder: Path, name: str = "") -> Path:
    """``sample`` repeated ``copies`` times, a blank line between copies, in ``folder``."""
    text = sample.read_text(encoding="utf-8").rstrip("\n") + "\n\n"
    path = folder / f"{name or sample.stem}-x{copies}{sample.suffix}"
    path.write_text(text * copies, encoding="utf-8")
    return path


def exponent(lengths: list[int], seconds: list[float]) -> float:
    """Least-squares slope of log(seconds) over log(length)."""
    xs = [math.log(n) for n in lengths]
    ys = [math.log(t) for t in seconds]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sum((x - mx) ** 2 for x in xs)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="1,10,100,400", help="Copies of the sample (comma-separated).")
    ap.add_argument("--sample", type=Path, default=SAMPLE, help="The report to repeat (txt or md).")
    ap.add_argument("--rounds", type=int, default=5, help="Rounds for texts up to 10x (best kept).")
    ap.add_argument("--profile-size", type=int, default=400, help="Copies for the cProfile of check (0: none).")
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    rows: dict[str, list[dict]] = {"extract": [], "check": []}
    with tempfile.TemporaryDirectory(prefix="bench_scale_") as tmp:
        folder = Path(tmp)
        warm = build(args.sample, 1, folder, "warm-up")
        paths = {n: build(args.sample, n, folder) for n in sizes}
        chars = {n: len(paths[n].read_text(encoding="utf-8")) for n in sizes}
        print(f"sample: {args.sample.relative_to(ROOT) if args.sample.is_relative_to(ROOT) else args.sample} "
              f"({chars[sizes[0]] // sizes[0]:,} characters a copy)")
        print("CPU seconds, best of the rounds; peak RSS of the child process")
        print(f"{'':>8} {'characters':>11} {'figures':>8} | {'extract s':>9} {'us/char':>7} {'peak MB':>7} |"
              f" {'check s':>8} {'us/char':>7} {'peak MB':>7} {'checks':>7}")
        for n in sizes:
            for verb in ("extract", "check"):
                rounds = args.rounds if n <= 10 else 3 if n <= 100 else 2 if verb == "extract" else 1
                r = _child(CHILD, verb, str(warm), str(paths[n]), str(rounds))
                rows[verb].append({"copies": n, "chars": chars[n], **r})
            e, c = rows["extract"][-1], rows["check"][-1]
            print(f"{n:>7}x {chars[n]:>11,} {e['quantities']:>8,} | {e['seconds']:>9.3f} "
                  f"{e['seconds'] / chars[n] * 1e6:>7.2f} {e['peak_mb']:>7.0f} | {c['seconds']:>8.3f} "
                  f"{c['seconds'] / chars[n] * 1e6:>7.2f} {c['peak_mb']:>7.0f} {c['checks']:>7,}")
        fit = [n for n in sizes if n >= 10]
        if len(fit) >= 2:
            for verb in ("extract", "check"):
                pts = [r for r in rows[verb] if r["copies"] in fit]
                k = exponent([r["chars"] for r in pts], [r["seconds"] for r in pts])
                print(f"{verb}: time ~ length^{k:.2f} from {fit[0]}x to {fit[-1]}x (target <= 1.1)")
        if args.profile_size:
            path = paths.get(args.profile_size) or build(args.sample, args.profile_size, folder)
            p = _child(PROFILE, str(warm), str(path))
            print(f"check at {args.profile_size}x under cProfile: {p['total']:.2f} s, of which the relations stage "
                  f"{p['relations']:.2f} s ({100 * p['relations'] / p['total']:.0f}%); its largest functions "
                  "(cumulative s): " + ", ".join(f"{name} {ct:.2f}" for ct, name in p["top"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
