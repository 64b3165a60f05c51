lambda x, *y: (x, y)
