class C(B, metaclass=M):
    def m(self):
        return super().m()
