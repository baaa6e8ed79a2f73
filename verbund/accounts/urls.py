# Staff and account pages; wired before the network patterns in verbund/urls.py.
office_patterns: list = []
