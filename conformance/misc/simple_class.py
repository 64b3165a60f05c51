# A simple class with __init__, methods and class attributes.
class Account:
    kind = "basic"

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance

    def deposit(self, amount):
        self.balance += amount
        return self

    def describe(self):
        return "%s: %d (%s)" % (self.owner, self.balance, self.kind)


a = Account("ann")
b = Account("bob", 10)
a.deposit(5).deposit(7)
print(a.describe())
print(b.describe())
Account.kind = "premium"
print(a.describe())
b.kind = "own"
print(b.describe(), Account.kind)
print(hasattr(a, "balance"), hasattr(a, "missing"), getattr(a, "missing", "dflt"))
try:
    a.missing
except AttributeError as e:
    print("AttributeError:", e)
