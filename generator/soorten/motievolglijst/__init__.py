"""motievolglijst."""
