print("storage benchmark: not yet built")
