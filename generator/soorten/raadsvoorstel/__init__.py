"""raadsvoorstel."""
