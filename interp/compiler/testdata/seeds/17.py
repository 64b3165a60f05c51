import a.b.c as d
from . import x
from ..m import (y as z, w)
from n import *
