# A bare raise puts the matched part back where it was in the group.


def show(label, f):
    try:
        f()
    except BaseException as e:
        print(label, repr(e))
    else:
        print(label, "nothing")


eg = ExceptionGroup("eg", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)]), KeyError(4)])


def reraise_all():
    try:
        raise eg
    except* ValueError:
        raise


def reraise_two():
    try:
        raise eg
    except* ValueError:
        raise
    except* TypeError:
        raise


def reraise_and_raise():
    try:
        raise eg
    except* ValueError:
        raise
    except* TypeError:
        raise OSError("new")


def reraise_everything():
    try:
        raise eg
    except* ValueError:
        raise
    except* TypeError:
        raise
    except* KeyError:
        raise


def raise_named():
    try:
        raise eg
    except* KeyError as e:
        raise e


show("reraise_all:", reraise_all)
show("reraise_two:", reraise_two)
show("reraise_and_raise:", reraise_and_raise)
try:
    reraise_everything()
except ExceptionGroup as out:
    print("reraise_everything:", out is eg, repr(out))
show("raise_named:", raise_named)
