print("transport benchmark: not yet built")
