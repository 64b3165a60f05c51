global g
g = 1
