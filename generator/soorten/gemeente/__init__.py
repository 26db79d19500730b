"""gemeente."""
