# sys.exit with a non-zero status prints nothing to stderr but sets the exit code.
import sys

print("exiting with 3")
sys.exit(3)
print("never")
