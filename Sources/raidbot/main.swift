print("raidbot")
