# Variables resolved across four levels of nested functions.
def l1(a):
    def l2(b):
        def l3(c):
            def l4(d):
                return [a, b, c, d]
            return l4
        return l3
    return l2


print(l1(1)(2)(3)(4))


def skip_levels():
    far = "far"

    def l2():
        def l3():
            def l4():
                return far + "!"
            return l4()
        return l3()
    return l2()


print(skip_levels())


def shadow():
    v = "level1"

    def l2():
        v = "level2"

        def l3():
            return v
        return l3()
    return l2(), v


print(shadow())
