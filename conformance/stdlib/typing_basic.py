# typing: the names annotated code imports, their reprs, cast and TypeVar.
from typing import (Any, Optional, Union, List, Dict, Tuple, Callable, Iterable,
                    TypeVar, Generic, cast, TYPE_CHECKING, Awaitable, AsyncIterator)

T = TypeVar('T')
K = TypeVar('K', covariant=True)


def first(items: List[int], default: Optional[int] = None) -> Optional[int]:
    return items[0] if items else default


print(first([3, 4]), first([], 7))
print(List[int], Dict[str, int], Optional[int], Union[int, str], Tuple[int, ...])
print(Union[int], Union[int, Union[str, int]], Optional[Union[int, str]])
print(Callable[[int, str], bool], Iterable[str], Awaitable[int], AsyncIterator[bytes])
print(Any, List, T, K, cast(int, 'not checked'), TYPE_CHECKING)


class Box(Generic[T]):
    def __init__(self, item):
        self.item = item

    def get(self):
        return self.item


b = Box(5)
print(b.get(), isinstance(b, Box))
print(List[int] == List[int], Optional[int] == Union[int, None])
