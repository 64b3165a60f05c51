print("busy", flush=True)
while True:
    pass
