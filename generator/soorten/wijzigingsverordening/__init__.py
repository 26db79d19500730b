"""wijzigingsverordening."""
