"""Check this set's answer files against its reports, without the engine (``tests/data/answers.py``).

Usage (from the project root):
    .venv/bin/python tests/data/unseen7/check_answers.py
"""

import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from answers import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main(HERE))
