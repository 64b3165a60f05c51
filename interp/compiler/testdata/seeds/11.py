for i in x:
    try:
        continue
    finally:
        pass
else:
    pass
