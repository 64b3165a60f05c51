"""A small order pipeline: dataclasses, match, TaskGroup and except*.

Orders are parsed from text and reserved concurrently; the failures are
reported together from the ExceptionGroup that TaskGroup raises, and the
orders still in flight are cancelled.

    go run ./cmd/gpyasync examples/pipeline.py
"""
import asyncio
from collections import Counter
from dataclasses import dataclass


@dataclass(frozen=True)
class Order:
    id: int
    item: str
    qty: int


class OutOfStock(Exception):
    pass


class BadQuantity(ValueError):
    pass


STOCK = {"apple": 5, "pear": 2, "plum": 0}


def parse(line: str) -> Order:
    match line.split():
        case [id, item, qty] if qty.isdigit():
            return Order(int(id), item, int(qty))
        case [id, item]:
            return Order(int(id), item, 1)
        case _:
            raise BadQuantity(f"cannot parse {line!r}")


async def reserve(order: Order, reserved: Counter) -> None:
    # Every task checks its order before its first await, so all of them
    # run before the TaskGroup hears of a failure and cancels the rest.
    if order.qty <= 0:
        raise BadQuantity(f"order {order.id}: quantity {order.qty}")
    if STOCK.get(order.item, 0) < order.qty:
        raise OutOfStock(f"order {order.id}: {order.item} x{order.qty}")
    reserved[order.item] += order.qty
    print(f"order {order.id} reserved: {order.item} x{order.qty}")
    await asyncio.sleep(0.01)
    print(f"order {order.id} shipped")


async def main() -> None:
    lines = ["1 apple 3", "2 pear", "3 plum 1", "4 apple 0", "5 pear 1"]
    orders = [parse(line) for line in lines]
    reserved = Counter()
    try:
        async with asyncio.TaskGroup() as tg:
            for order in orders:
                tg.create_task(reserve(order, reserved))
    except* OutOfStock as group:
        for exc in group.exceptions:
            print("out of stock:", exc)
    except* ValueError as group:
        for exc in group.exceptions:
            print("rejected:", exc)
    print("reserved, then cancelled:", dict(reserved))


asyncio.run(main())
