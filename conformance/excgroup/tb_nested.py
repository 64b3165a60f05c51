# Nested groups are drawn one box inside another.


def level2():
    raise ExceptionGroup("level2", [TypeError("deep"), ValueError("deeper")])


def level1():
    try:
        level2()
    except ExceptionGroup as e:
        raise ExceptionGroup("level1", [e, OSError("sibling")])


def top():
    try:
        level1()
    except ExceptionGroup as e:
        raise BaseExceptionGroup("top", [e, KeyboardInterrupt()])


top()
