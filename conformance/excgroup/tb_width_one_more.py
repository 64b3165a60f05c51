# "and 1 more exception" when one is left out.

raise ExceptionGroup("sixteen", [ValueError(i) for i in range(16)])
