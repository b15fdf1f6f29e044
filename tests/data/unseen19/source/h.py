"""Small helpers of this set's modules: percents printed from the figures, so the text and answers agree."""
from decimal import ROUND_HALF_UP, Decimal


def r(x: float, n: int = 1) -> str:
    return str(Decimal(repr(x)).quantize(Decimal(1).scaleb(-n), rounding=ROUND_HALF_UP))


def pc(a, b, n: int = 1) -> str:
    """a / b in per cent, printed with n places."""
    return r(100 * a / b, n)


def gr(cur, prev, n: int = 1) -> str:
    """Change of cur over prev in per cent (signed), printed with n places."""
    return r(100 * (cur - prev) / prev, n)


def ab(s: str) -> str:
    return s.lstrip("-")


def f(s: str) -> float:
    return float(s)


def gk_sums(data: dict) -> dict:
    """Row totals of an application table's data (new, old, tot, fwd and each leaf), checking the balance."""
    out = {k: sum(v) for k, v in data.items()}
    leaves = [k for k in data if k not in ("new", "old", "fwd")]
    out["tot"] = sum(out[k] for k in leaves)
    out.setdefault("old", 0)
    out.setdefault("fwd", 0)
    assert out["new"] + out["old"] == out["tot"] + out["fwd"], out
    z = [0] * 6
    for c in range(6):  # the balance holds in every applicant column too
        col_tot = sum(data[k][c] for k in leaves)
        assert data["new"][c] + data.get("old", z)[c] == col_tot + data.get("fwd", z)[c], (c, data)
    for k in ("n1", "n2", "n3", "n4", "n5", "n6", "n7", "n8", "w1", "w2", "w3", "c1", "c2", "c3", "c4", "c5",
              "o1", "o2", "o3", "gk", "bf"):
        out.setdefault(k, 0)
    out["n"] = sum(out[f"n{i}"] for i in range(1, 9))
    out["w"] = sum(out[f"w{i}"] for i in range(1, 4))
    out["c"] = sum(out[f"c{i}"] for i in range(1, 6))
    out["o"] = sum(out[f"o{i}"] for i in range(1, 4))
    out["fr"] = sum(data["new"][1:])
    out["zr"] = data["new"][0]
    return out


def addt(rep, *lists) -> None:
    for rels in lists:
        for x in rels:
            x["anchor"] = x.pop("quote")
            rep.add(x)
