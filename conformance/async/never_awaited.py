# A coroutine object dropped without being awaited gets CPython's
# RuntimeWarning on stderr, once per place; closing it first silences it.
import sys


async def job():
    return 1


def fire_and_forget():
    job()
    print("dropped one")


fire_and_forget()
fire_and_forget()
closed = job()
closed.close()
kept = job()
print("end")
sys.exit(1)
