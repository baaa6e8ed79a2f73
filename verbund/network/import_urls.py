office_patterns: list = []
