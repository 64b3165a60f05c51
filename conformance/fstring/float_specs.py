# Float format specs: precision, fixed, exponent, percent, general.
x = 3.14159
print(f"{x:.2f} {x:8.3f} {x:<8.1f}| {x:e} {x:.3E}")
print(f"{0.5:%} {0.125:.1%}")
print(f"{x:g} {1e20:g} {0.00001234:g}")
print(f"{2.0:.0f} {-1.5:+.1f} {12345.678:,.2f}")
