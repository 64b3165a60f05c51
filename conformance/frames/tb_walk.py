# Walking a traceback by hand: tb_next, tb_lineno, tb_frame.
def inner():
    raise ValueError("boom")


def middle():
    inner()


def outer():
    middle()


try:
    outer()
except ValueError as e:
    tb = e.__traceback__
    while tb is not None:
        code = tb.tb_frame.f_code
        print(code.co_name, tb.tb_lineno, tb.tb_frame.f_lineno, type(tb.tb_lasti).__name__)
        tb = tb.tb_next
    print(type(e.__traceback__).__name__)
