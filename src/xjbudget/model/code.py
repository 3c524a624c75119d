"""Classification codes as printed in the tables (功能分类 类/款/项, 经济分类 类/款)."""

from __future__ import annotations

import unicodedata
from typing import Literal

import regex
from attrs import field, frozen

from ..errors import CodeError

__all__ = ["Code", "Scheme"]

Scheme = Literal["functional", "economic"]
_LEVELS: dict[str, dict[int, str]] = {
    "functional": {3: "类", 5: "款", 7: "项"},
    "economic": {3: "类", 5: "款"},
}
_SEPARATORS = regex.compile(r"[\s|]+")


def _check_digits(instance: Code, attribute: object, value: str) -> None:
    if not value.isascii() or not value.isdigit() or len(value) not in _LEVELS[instance.scheme]:
        raise CodeError(f"not a {instance.scheme} code: {value!r}")


@frozen(order=True)
class Code:
    """A classification code: ``Code("2011301")`` is 201 一般公共服务支出 → 13 → 01.

    ``digits`` has 3, 5 or 7 digits for a functional code (类/款/项) and 3 or 5 for an
    economic one (类/款).
    """

    digits: str = field(validator=_check_digits)
    scheme: Scheme = field(default="functional")

    @classmethod
    def parse(cls, text: str, scheme: Scheme = "functional") -> Code:
        """Read a printed code: ``"201 13 01"``, ``"2011301"``, ``"201|13"``, full-width."""
        digits = _SEPARATORS.sub("", unicodedata.normalize("NFKC", text))
        return cls(digits, scheme)

    @property
    def level(self) -> str:
        """``类``, ``款`` or ``项``."""
        return _LEVELS[self.scheme][len(self.digits)]

    @property
    def depth(self) -> int:
        """1 for 类, 2 for 款, 3 for 项."""
        return (len(self.digits) - 1) // 2

    @property
    def parent(self) -> Code | None:
        """The code one level up, or ``None`` for a 类."""
        if len(self.digits) == 3:
            return None
        return Code(self.digits[:-2], self.scheme)

    @property
    def parts(self) -> tuple[str, ...]:
        """The printed cells: ``("201", "13", "01")``."""
        d = self.digits
        return tuple(p for p in (d[:3], d[3:5], d[5:7]) if p)

    def is_ancestor_of(self, other: Code) -> bool:
        """Whether ``other`` lies under this code (same scheme, strictly deeper)."""
        return (
            self.scheme == other.scheme
            and len(other.digits) > len(self.digits)
            and other.digits.startswith(self.digits)
        )

    def __str__(self) -> str:
        return self.digits
