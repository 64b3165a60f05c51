# __name__ and __qualname__ of coroutines can be reassigned; only str is accepted.
async def f():
    pass

c = f()
c.__name__ = "renamed"
c.__qualname__ = "Q.renamed"
print(c.__name__, c.__qualname__, f.__name__)
try:
    c.__name__ = 5
except TypeError as e:
    print("TypeError:", e)
try:
    c.cr_frame = None
except AttributeError as e:
    print("AttributeError:", e)
c.close()
