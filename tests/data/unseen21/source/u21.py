"""Small helpers shared by unseen21's report modules."""
from common import span  # noqa: F401


def take(rep, *groups):
    """Add the relations a table printer returned (their quotes become anchors)."""
    for g in groups:
        for r in g:
            r = dict(r)
            r["anchor"] = r.pop("quote")
            rep.add(r)
