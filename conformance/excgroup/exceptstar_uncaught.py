# The traceback of what escapes an except* statement.


def handlers():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError:
        raise OSError("replaced")
    except* TypeError:
        raise


handlers()
