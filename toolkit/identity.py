"""One report, one identity: two files that claim the same agency and year are one report.

A folder often holds a report twice (the .txt and its printed .pdf). Audited twice, it
gives every check id twice, every flag twice in the review ledger and a cross-year check
for one copy only. ``one_per_identity`` keeps one file per (agency, year) and says which.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")

# A text-born file keeps every character; a PDF is read back from glyph positions. Prefer the text.
_PREFERENCE = {"txt": 0, "md": 0, "docx": 1, "html": 2, "pdf": 3}


def _identity(result: Any) -> tuple[str, int] | None:
    info = result.report
    if info.agency and info.year:
        return (info.agency, int(info.year))
    return None


def one_per_identity(results: Sequence[T], keep: set[str] | frozenset[str] = frozenset()) -> tuple[list[T], list[str]]:
    """Keep one result per (agency, year), in the given order; return them and one warning per
    identity claimed by several files (naming the file audited and the files left out).

    The kept file is the one whose text is most direct (text, Word, HTML, then PDF), then the first given.
    Results without an agency or a year are all kept: nothing says they are the same report;
    so are the results whose resolved path is in ``keep`` (files the user named one by one).
    """
    groups: dict[tuple[str, int, int], list[int]] = {}
    for i, r in enumerate(results):
        ident = _identity(r)
        if ident is None or str(Path(r.report.path).resolve()) in keep:  # type: ignore[attr-defined]
            continue
        # One agency publishes several reports a year (法治政府建设, 信息公开年报, 统计公报): the
        # same identity is the same report only when the figures printed are the same too.
        for key, members in groups.items():
            if key[:2] == ident and _same_figures(results[members[0]], r):
                members.append(i)
                break
        else:
            groups[(*ident, len(groups))] = [i]
    dropped: set[int] = set()
    warnings: list[str] = []
    for (agency, year, _), members in groups.items():
        if len(members) < 2:
            continue
        keep = min(members, key=lambda i: (_PREFERENCE.get(results[i].report.format, 4), i))  # type: ignore[attr-defined]
        others = [i for i in members if i != keep]
        dropped.update(others)
        names = ", ".join(Path(results[i].report.path).name for i in others)  # type: ignore[attr-defined]
        kept = Path(results[keep].report.path).name  # type: ignore[attr-defined]
        warnings.append(f"{kept} and {names} are the same report ({agency} {year}): audited {kept} only, "
                        f"so each check and flag appears once")
    return [r for i, r in enumerate(results) if i not in dropped], warnings


def _same_figures(a: Any, b: Any) -> bool:
    """Do two results print (nearly) the same figures? A .txt and its printed .pdf do; two
    different reports of one agency and year do not."""
    fa = Counter(str(q.get("value")) for q in getattr(a, "quantities", []) or [])
    fb = Counter(str(q.get("value")) for q in getattr(b, "quantities", []) or [])
    if not fa or not fb:
        return True  # nothing to compare: the agency and the year decide
    shared = sum((fa & fb).values())
    return shared >= 0.9 * max(sum(fa.values()), sum(fb.values()))
