"""soorten."""
