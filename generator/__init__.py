"""raadsstukken: Dutch council documents as Word files from YAML facts."""

__version__ = "0.1.0"
