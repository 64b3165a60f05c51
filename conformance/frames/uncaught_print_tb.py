# print_tb and print_exc to a file-like object, then format_exc.
import os
import traceback


class Sink:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


def boom():
    raise LookupError("nope")


try:
    boom()
except LookupError as e:
    sink = Sink()
    traceback.print_tb(e.__traceback__, file=sink)
    text = "".join(sink.parts)
    print(text.replace(__file__, os.path.basename(__file__)), end="")
    print(traceback.format_exc().replace(__file__, os.path.basename(__file__)), end="")
    print(traceback.format_tb(e.__traceback__, limit=1)[0].replace(__file__, "F"), end="")
