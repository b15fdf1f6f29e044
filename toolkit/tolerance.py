"""How strictly the checks hold stated figures to the arithmetic: a ``Tolerance`` (exact and
rounding-aware by default) and the block that sets it for the checks evaluated inside (``using``)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from decimal import ROUND_DOWN, ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_UP, Decimal, InvalidOperation
from typing import Any

from .errors import ParameterError
from .numbers import to_plain

ROUNDING = {"half-up": ROUND_HALF_UP, "half-even": ROUND_HALF_EVEN, "down": ROUND_DOWN, "up": ROUND_UP}
MAX_RATE_TOLERANCE = Decimal(5)  # in the rate's own unit: beyond 5 percentage points nothing is checked
MAX_SUM_TOLERANCE = Decimal("0.1")


@dataclass(frozen=True)
class Tolerance:
    """How strictly stated figures are held to the arithmetic. The default is exact, rounding-aware.

    ``rounding``: the conventions a printed rate may have been rounded with ("half-up",
    "half-even", "down" = truncated, "up"); ``rate``: slack on a stated rate or change, in its
    own unit (percentage points for a percent); ``relative``: slack on sums, equalities and
    bounds, as a fraction of the total (0.001 = 0.1%).
    """

    rounding: tuple[str, ...] = ("half-up", "half-even")
    rate: Decimal = Decimal(0)
    relative: Decimal = Decimal(0)

    @classmethod
    def of(cls, rounding: Iterable[str] | str | None = None, rate_tolerance: float | str | Decimal = 0,
           sum_tolerance: float | str | Decimal = 0) -> Tolerance:
        """Build and validate one from parameter values; raises ``ParameterError`` naming the parameter."""
        if rounding is None:
            modes = cls.rounding
        else:
            modes = tuple(dict.fromkeys([rounding] if isinstance(rounding, str) else rounding))
        unknown = [m for m in modes if m not in ROUNDING]
        if unknown or not modes:
            raise ParameterError(f"rounding must be some of {', '.join(ROUNDING)}, not {unknown or 'nothing'}",
                                 location="rounding")
        values = {}
        for name, value, top in (("rate_tolerance", rate_tolerance, MAX_RATE_TOLERANCE),
                                 ("sum_tolerance", sum_tolerance, MAX_SUM_TOLERANCE)):
            try:
                d = Decimal(str(value))
            except InvalidOperation:
                raise ParameterError(f"{name} must be a number, not {value!r}", location=name) from None
            if not (0 <= d <= top):
                raise ParameterError(f"{name} must be between 0 and {top}, not {value}", location=name)
            values[name] = d
        return cls(rounding=modes, rate=values["rate_tolerance"], relative=values["sum_tolerance"])

    @property
    def is_default(self) -> bool:
        return self == _DEFAULT_TOLERANCE  # (asked for every check: no new instance each time)

    def to_dict(self) -> dict[str, Any]:
        return {"rounding": list(self.rounding), "rate_tolerance": to_plain(self.rate),
                "sum_tolerance": to_plain(self.relative)}

    def as_parameters(self) -> dict[str, str]:
        """As the workbook's parameters sheet shows them: a pass within a tolerance is the auditor's call."""
        return {"rounding": ", ".join(self.rounding), "rate_tolerance": str(to_plain(self.rate)),
                "sum_tolerance": str(to_plain(self.relative))}


_DEFAULT_TOLERANCE = Tolerance()
_TOLERANCE: ContextVar[Tolerance | None] = ContextVar("audit_workbook_tolerance", default=None)


def _tol() -> Tolerance:
    return _TOLERANCE.get() or _DEFAULT_TOLERANCE


@contextmanager
def using(tol: Tolerance | None) -> Iterator[Tolerance]:
    """Evaluate checks with ``tol`` (None: the default) inside the block."""
    tol = tol or _DEFAULT_TOLERANCE
    token = _TOLERANCE.set(tol)
    try:
        yield tol
    finally:
        _TOLERANCE.reset(token)


def _within(difference: Decimal, scale: Decimal) -> bool:
    """Is a difference inside the relative tolerance of ``scale``? (Exact when it is 0.)"""
    return abs(difference) <= _tol().relative * abs(scale)
