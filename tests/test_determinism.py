"""The same reports give the same JSON in every process, whatever PYTHONHASHSEED is.

Runs of a batch execute in different processes (kernels, workers): set or dict-of-set
iteration leaking into the output would make two runs of one report disagree.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _check_json(seed: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    done = subprocess.run([sys.executable, "-m", "toolkit.cli", "check", "samples/reports", "--json",
                           "--fail-on", "never"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def test_output_does_not_depend_on_the_hash_seed() -> None:
    outputs = {seed: _check_json(seed) for seed in ("0", "8", "12345")}
    assert outputs["0"] == outputs["8"] == outputs["12345"]
