# Uncaught exception while executing a class body.
def make():
    class Config:
        size = 10
        half = size // 2
        broken = size // (half - 5)
    return Config


print("making")
make()
