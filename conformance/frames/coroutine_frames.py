# cr_frame and frames seen from inside coroutines.
import sys


class Step:
    def __await__(self):
        yield "paused"


async def co():
    me = sys._getframe()
    print(me.f_code.co_name, me.f_back.f_code.co_name)
    await Step()
    return me.f_lineno - co.__code__.co_firstlineno


def run():
    c = co()
    print(c.cr_frame.f_lineno - co.__code__.co_firstlineno)
    print(c.send(None))
    print(c.cr_frame.f_lineno - co.__code__.co_firstlineno, c.cr_frame.f_back)
    try:
        c.send(None)
    except StopIteration as stop:
        print("done", stop.value)
    print(c.cr_frame)


run()
