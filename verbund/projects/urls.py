public_patterns: list = []
office_patterns: list = []
