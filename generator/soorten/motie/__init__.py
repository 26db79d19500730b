"""motie."""
