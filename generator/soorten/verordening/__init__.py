"""verordening."""
