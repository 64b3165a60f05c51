@d1
@d2(1)
def f(): pass
