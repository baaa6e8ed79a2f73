"""Filled in by the offers work in progress."""

patterns = []
root_patterns = []
