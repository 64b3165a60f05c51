# The handled part survives a yield inside an except* clause.
import sys


def gen():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        yield repr(sys.exc_info()[1])
        yield repr(e)
    except* TypeError:
        yield repr(sys.exc_info()[1])
        raise


g = gen()
for item in g:
    print(item)
