"""Small builders shared by the tests."""

from __future__ import annotations

import hashlib

from toolkit.load import Document
from toolkit.normalize import Text, normalize
from toolkit.quantities import Quantity, find_quantities


def doc(text: str, fmt: str = "txt") -> Document:
    data = text.encode("utf-8")
    return Document("inline.txt", text, fmt, "utf-8", hashlib.sha256(data).hexdigest(), len(data))


def norm(text: str, fmt: str = "txt") -> Text:
    return normalize(doc(text, fmt))


def quantities(text: str) -> list[Quantity]:
    return find_quantities(norm(text))
