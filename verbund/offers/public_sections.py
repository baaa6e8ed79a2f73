"""Sections the offers app adds to public pages (see verbund/core/slots.py)."""
