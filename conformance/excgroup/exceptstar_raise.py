# What handlers raise joins the unhandled rest in a new group.


def show(label, f):
    try:
        f()
    except BaseException as e:
        print(label, repr(e))
        if isinstance(e, BaseExceptionGroup):
            for sub in e.exceptions:
                print("   ", repr(sub), "context:", repr(sub.__context__))
    else:
        print(label, "nothing")


def one_raises():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("from handler")


def two_raise():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), OSError(3)])
    except* ValueError:
        raise KeyError("first")
    except* TypeError:
        raise RuntimeError("second")


def raise_only():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        raise KeyError("alone")


def raise_group():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise ExceptionGroup("new group", [KeyError(5)])


def raise_from():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError as e:
        raise KeyError("from") from e


def handled_then_rest():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        pass


def nested_try():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        try:
            raise OSError("inner")
        except OSError:
            pass
        raise KeyError("after inner")


show("one_raises:", one_raises)
show("two_raise:", two_raise)
show("raise_only:", raise_only)
show("raise_group:", raise_group)
show("raise_from:", raise_from)
show("handled_then_rest:", handled_then_rest)
show("nested_try:", nested_try)
