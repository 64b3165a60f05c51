# An instance's __dict__ keeps attributes in assignment order, as vars()
# and iteration show; deleting and re-adding moves a key to the end.
class Rec:
    def __init__(self):
        self.zeta = 1
        self.alpha = 2
        self.mid = 3
        self.beta = 4
        self.omega = 5
        self.gamma = 6
        self.delta = 7
        self.kappa = 8

r = Rec()
print(list(r.__dict__))
del r.alpha
r.alpha = 9
print(vars(r))
print([k for k in r.__dict__])
