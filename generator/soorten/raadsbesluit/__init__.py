"""The raadsbesluit: a raadsvoorstel as the raad adopted it, with its adopted amendementen applied."""
