try:
    a
except E as e:
    b
except:
    c
else:
    d
finally:
    e
