"""subamendement: the amendement soort pointing at an amendement (its model and document live in soorten/amendement)."""
