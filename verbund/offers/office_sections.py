"""Sections the offers app adds to back-office pages (see verbund/core/slots.py)."""
