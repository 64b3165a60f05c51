# Groups nested more than 10 deep are cut short.

eg = ValueError("bottom")
for i in range(13):
    eg = ExceptionGroup(f"depth {i}", [eg, TypeError(i)])
raise eg
