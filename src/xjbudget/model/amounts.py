"""An immutable mapping of column keys to amounts, used by every table row."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from decimal import Decimal

__all__ = ["Amounts"]


class Amounts(Mapping[str, "Decimal | None"]):
    """Values of one row by column key, in column order; ``None`` is an empty cell.

    Immutable, hashable, picklable and equal to any mapping with the same items.
    """

    __slots__ = ("_items",)
    _items: tuple[tuple[str, Decimal | None], ...]

    def __init__(
        self,
        items: Mapping[str, Decimal | None] | Iterable[tuple[str, Decimal | None]] = (),
    ) -> None:
        pairs = items.items() if isinstance(items, Mapping) else items
        object.__setattr__(self, "_items", tuple((str(k), v) for k, v in pairs))

    def __getitem__(self, key: str) -> Decimal | None:
        for k, v in self._items:
            if k == key:
                return v
        raise KeyError(key)

    def __iter__(self) -> Iterator[str]:
        return (k for k, _ in self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __hash__(self) -> int:
        return hash(self._items)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Amounts):
            return self._items == other._items
        if isinstance(other, Mapping):
            return dict(self._items) == dict(other)
        return NotImplemented

    def __repr__(self) -> str:
        return f"Amounts({dict(self._items)!r})"

    def __reduce__(self) -> tuple[object, ...]:
        return (Amounts, (self._items,))

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("Amounts is immutable")

    def filled(self) -> dict[str, Decimal]:
        """The non-empty cells only."""
        return {k: v for k, v in self._items if v is not None}
