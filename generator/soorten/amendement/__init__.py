"""amendement and subamendement."""
