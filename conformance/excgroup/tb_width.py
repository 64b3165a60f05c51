# At most 15 sub-exceptions of a group are printed.

small = ExceptionGroup("sixteen", [ValueError(i) for i in range(16)])
raise ExceptionGroup("wide", [ValueError(i) for i in range(20)] + [small])
