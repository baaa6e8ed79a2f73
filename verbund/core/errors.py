class DomainError(Exception):
    """An action the domain does not allow; its message is translated and shown to the user."""
