"""beleidsplan."""
