a < b <= c != d
