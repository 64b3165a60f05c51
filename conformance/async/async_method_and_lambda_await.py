# async methods bind self; a coroutine function can be stored and called later.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class Account:
    def __init__(self):
        self.balance = 0

    async def deposit(self, n):
        self.balance += n
        return self.balance

async def main():
    acct = Account()
    op = acct.deposit
    await op(5)
    return await op(7)

print(run(main()))
