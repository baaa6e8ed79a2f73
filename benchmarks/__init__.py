"""Scripts that produce Verbund's performance figures (see README.md); not part of the tests."""
