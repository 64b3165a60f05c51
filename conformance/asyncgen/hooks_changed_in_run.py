# Hooks set by code running in the loop replace the loop's own; when the
# run ends the hooks found when it started come back. A generator first
# iterated under user hooks is not the loop's to close.
import asyncio
import sys

seen = []


def mine(agen):
    seen.append(agen.__name__)


async def tracked():
    try:
        yield 1
    finally:
        print("tracked: finally")


async def untracked():
    try:
        yield 1
    finally:
        print("untracked: finally")


keep = []


async def main():
    loop_hooks = sys.get_asyncgen_hooks()
    g = tracked()
    keep.append(g)
    await g.__anext__()
    sys.set_asyncgen_hooks(firstiter=mine)
    h = untracked()
    keep.append(h)
    await h.__anext__()
    print(seen, sys.get_asyncgen_hooks().finalizer is not None)
    sys.set_asyncgen_hooks(*loop_hooks)


asyncio.run(main())
print(sys.get_asyncgen_hooks())
print([g.ag_frame is None for g in keep])
